// A quotation split by its cue (src/core/ar/constructions/split-quote.ts): «…»، قال الوزير، «…».
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["quote split by its cue is one statement", "«نحن مستعدون للحوار»، قال الوزير، «لكننا لن نقبل الشروط المسبقة».",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير", quotes: ["نحن مستعدون للحوار", "لكننا لن نقبل الشروط المسبقة"] }] }],
];

describe("Arabic split quotes", () => table(rows));
