// A second verb of the same subject (src/core/en/constructions/second-verb.ts): "… said … but warned that …".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["but warned that: the subject of said speaks again", "Officials said the plan was ready but warned that costs could rise.",
    { statements: [
      { cue: "said", source: "Officials", speakerKind: "anonymous" },
      { cue: "warned", source: null, speaker: "Officials", starts: "costs could rise" },
    ] }],
];

describe("English second verbs", () => table(rows));
