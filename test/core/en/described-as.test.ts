// "described X as "…"" (src/core/en/constructions/described-as.ts, frame `as`): the quoted words are the subject's.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["described + object + as + a quotation: a partial statement of the subject",
    "The coach described the ruling on Friday as \"not unexpected\" and left.",
    { statements: [{ kind: "partial", cue: "described", source: "The coach", quotes: ["not unexpected"] }] }],
  ["characterised, British spelling", "The senator characterised the deal as \"a giveaway to the banks\".",
    { statements: [{ kind: "partial", cue: "characterised", source: "The senator", quotes: ["a giveaway to the banks"] }] }],
  ["described + as + a plain word: no report", "Witnesses described the man as tall and thin.", { statements: [] }],
  ["described without as: no report", "She described the scene in detail.", { statements: [] }],
];

describe("English described as", () => table(rows));
