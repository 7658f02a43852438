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
  ["a pronoun after the opinion refers back to its speaker",
    "Ole Brandt, the union leader, repeated his view that mergers cost jobs. He said new models were needed.",
    { statements: [{ speaker: "Ole Brandt" }, { source: "He", speaker: "Ole Brandt" }] }],
];

describe("English views and feelings before that", () => table(rows));
