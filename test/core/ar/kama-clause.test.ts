// …، كما أفاد مصدر (src/core/ar/constructions/kama-clause.ts): the clause before كما is what the source said.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["the clause before كما is the statement of the source after it", "وستفتح الحدود الأسبوع المقبل، كما أفاد مصدر في الجمارك.",
    { statements: [{ kind: "indirect", cue: "أفاد", source: "مصدر في الجمارك", speakerKind: "anonymous", starts: "وستفتح الحدود", ends: "الأسبوع المقبل" }] }],
  // Partial quotes next to their cue (issue 11, family 1).
  ["\"…\" كما أكد X with no comma: the clause before is the words", "وستناقش القمة الملف \"بشكل موسع\" كما أكد مسؤول أوروبي كبير.",
    { statements: [{ kind: "partial", cue: "أكد", source: "مسؤول أوروبي كبير", quotes: ["بشكل موسع"] }] }],
];

describe("Arabic كما clauses", () => table(rows));
