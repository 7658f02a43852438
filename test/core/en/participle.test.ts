// English participles (src/core/en/constructions/participle.ts): "…, saying …" reports; other -ing
// forms do not.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const empty = (): Row[2] => ({ statements: [], noFindings: ["unattributed-quote", "unbalanced-quote"] });

const rows: Row[] = [
  ["It is worth noting", "It is worth noting that the law was passed in 2015.", empty()],
];

describe("English participles", () => table(rows));
