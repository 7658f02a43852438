// English accusations (src/core/en/constructions/accusation.ts): accused X of ….
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["accused X of", "Critics accused the government of hiding the real figures.",
    { statements: [{ kind: "indirect", cue: "accused", source: "Critics", starts: "the government", ends: "real figures" }] }],
  ["blamed X for", "Dock workers have blamed the new owners for the cuts in pay.",
    { statements: [{ kind: "indirect", cue: "blamed", source: "Dock workers", starts: "the new owners", ends: "cuts in pay" }] }],
  ["blamed X with no \"for\": no statement", "Officials blamed the weather.", { statements: [] }],
];

describe("English accusations", () => table(rows));
