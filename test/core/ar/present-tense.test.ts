// A present-tense verb inside a clause (src/core/ar/constructions/present-tense.ts): the clause's subject speaks.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["يتساءل inside the clause of كتب: the subject of كتب is the source", "وكتب المحرر في مقاله يتساءل عن جدوى الخطة.",
    { statements: [{ cue: "يتساءل", source: "المحرر", starts: "جدوى" }] }],
];

describe("Arabic present tense inside a clause", () => table(rows));
