// Speech not (yet) given (src/core/en/constructions/unsaid.ts): what someone will say, and what
// someone refused to say with the negation before the subject.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["will + verb + that: what someone will say, no report", "Vera Lind will testify that she saw the van leave the depot.", { statements: [] }],
  ["…an adverb between, or 'll written on", "The minister will also argue that the fee is illegal. He'll say the budget is balanced.", { statements: [] }],
  ["…but quoted words after the future verb were given out: a statement", "\"We are ready,\" the general will say.",
    { statements: [{ kind: "direct", cue: "say", source: "the general" }] }],
  ["…and so after it", "The general will say: \"We are ready.\"", { statements: [{ kind: "direct", cue: "say", source: "The general" }] }],
  ["nor + an inverted auxiliary before the subject: speech refused", "The port did not reopen, nor would the harbour master say whether the cranes were damaged.", { statements: [] }],
  ["neither … nor … would say: speech refused", "Neither Ruiz nor Hale would say how the loan was repaid.", { statements: [] }],
  ["…a past report keeps its statement", "Ruiz said the loan was repaid in May.", { statements: [{ cue: "said", source: "Ruiz", starts: "the loan" }] }],
];

describe("English speech not given", () => table(rows));
