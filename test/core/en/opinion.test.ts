// A view or a feeling before "that" (src/core/en/constructions/opinion.ts), and "made (it) clear that".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["repeated his view on Friday that", "Ole Brandt, the union leader, repeated his view on Friday that every merger costs jobs.",
    { statements: [{ kind: "indirect", cue: "repeated his view", speaker: "Ole Brandt", starts: "every merger", ends: "costs jobs" }] }],
  ["voiced their concern that", "The ministers voiced their concern that the strong currency was hurting exports.",
    { statements: [{ cue: "voiced their concern", source: "The ministers", starts: "the strong currency" }] }],
  ["expressed confidence that", "Lena Holm expressed confidence that the bill would pass.",
    { statements: [{ cue: "expressed confidence", source: "Lena Holm", starts: "the bill" }] }],
  ["expressed deep concern that", "The bishops expressed deep concern that the law would divide the country.",
    { statements: [{ cue: "expressed deep concern", source: "The bishops", starts: "the law" }] }],
  ["made it clear that", "The commissioner made it clear that action was needed.",
    { statements: [{ cue: "made it clear", source: "The commissioner", speakerKind: "person", starts: "action" }] }],
  ["a feeling with no clause is no statement", "She expressed concern about the delays.", { statements: [] }],
  ["believes that / think that: an opinion stated, of a body or of people of a kind",
    "The insurer believes that its losses will be small. Many economists believe that rates will rise. The board thinks that the offer is too low.",
    { statements: [{ cue: "believes", source: "The insurer", starts: "its losses" }, { cue: "believe", source: "Many economists", starts: "rates" }, { cue: "thinks", source: "The board", starts: "the offer" }] }],
  ["…and around its clause when it closes there", "The battle is already won, he believes.",
    { statements: [{ cue: "believes", source: "he", starts: "The battle", ends: "won" }] }],
  ["…not with no \"that\", a passive, an object or inside words already reported",
    "Ana Ruiz believes in a press that takes sides. It is also believed that the talks failed. Tom Vale said he believed that prices would fall. Fans believe him.",
    { statements: [{ cue: "said", source: "Tom Vale", starts: "he believed" }] }],
  ["an opinion in a relative clause or after whether is not stated",
    "Investors who believe that rates will rise sold bonds. Whether the mayor thinks that the plan works is unclear.", { statements: [] }],
  ["a passive past an adverb with no -ly reports nothing", "Tom Vale was also charged with fraud. The plan was also announced on Monday.", { statements: [] }],
  ["a pronoun after the opinion refers back to its speaker",
    "Ole Brandt, the union leader, repeated his view that mergers cost jobs. He said new models were needed.",
    { statements: [{ speaker: "Ole Brandt" }, { source: "He", speaker: "Ole Brandt" }] }],
];

describe("English views and feelings before that", () => table(rows));
