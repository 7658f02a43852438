// Two reporting words, one statement (src/core/ar/constructions/two-cues.ts): أضاف موضحاً أن … — the participle is the cue.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["وأضاف موضحاً: one statement, its cue the participle nearest the words", "وأضاف موضحاً أن الموعد لم يحدد بعد.",
    { statements: [{ kind: "indirect", cue: "موضحاً", source: null, starts: "الموعد" }] }],
];

describe("Arabic verb then participle", () => table(rows));
