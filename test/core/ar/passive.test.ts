// Passive reports (src/core/ar/constructions/passive.ts): أفيد بأن … — no source, no speaker.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["passive أفيد بأن: no source, no speaker", "وأفيد بأن انفجاراً وقع قرب السفارة.",
    { statements: [{ kind: "indirect", cue: "أفيد", source: null, speaker: null, starts: "انفجاراً", ends: "قرب السفارة" }] }],
];

describe("Arabic passive", () => table(rows));
