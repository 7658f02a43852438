// The unbalanced-quote rule (src/core/rules/unbalanced-quote.ts): where it fires and where it stays
// quiet.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["unclosed « points at the mark", "وقال الوزير: «سنواصل العمل حتى النهاية.", { findings: [{ rule: "unbalanced-quote", text: "«", occurrence: 1, count: 1 }] }],
  ["unclosed “ points at the mark", "He said: “We will keep going no matter what.", { findings: [{ rule: "unbalanced-quote", text: "“", occurrence: 1, count: 1 }] }],
  ["balanced text has none", "وقال الوزير: «سنواصل العمل». وقالت الوزيرة: \"نحن معه\".", { noFindings: ["unbalanced-quote"] }],
];

describe("rule unbalanced-quote", () => table(rows));
