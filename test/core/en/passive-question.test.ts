// A passive question (src/core/en/constructions/passive-question.ts): "X was asked how …" — who asked is not written.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["was asked how: a reported question with no speaker, not the one asked", "The old general was once asked how the war would end.",
    { statements: [{ kind: "indirect", cue: "asked", source: null, speaker: null, starts: "how the war" }] }],
  ["…and a he after it is the one asked", "A company spokesman said the firm was sorry.\n\nOn the radio Mr Tolan was asked why Ms Reed had resigned. He replied: \"It was time to move on.\"",
    { statements: [{ cue: "said", speaker: "A company spokesman" }, { cue: "asked", speaker: null, starts: "why Ms Reed" }, { cue: "replied", speaker: "Tolan" }] }],
  ["…not a question to come, would be asked what: the words of the statement around it run on", "Ana Ruiz said groups would be asked what skills they had.",
    { someStatements: [{ cue: "said", source: "Ana Ruiz", starts: "groups would be asked", ends: "they had" }] }],
  ["…nor asked to, a request to the one asked", "The mayor was asked to leave the hall.", { statements: [] }],
];

describe("English passive questions", () => table(rows));
