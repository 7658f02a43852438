// The yardstick of the CLI bench: a whole node process that reads a file and
// runs one bare \p{L}+ pass over it, the same start-up and read costs as
// `isnad analyze` with none of the analysis.
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2], "utf8");
const words = text.match(/\p{L}+/gu);
process.stdout.write(`${words ? words.length : 0}\n`);
