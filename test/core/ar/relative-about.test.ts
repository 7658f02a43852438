// A cue in a relative clause whose object is its antecedent (src/core/ar/constructions/relative-about.ts):
// الذين تحدثت عنهم المنظمة — someone spoke about them; the words after belong to the sentence's statement.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["الذين تحدثت عنهم + a long quotation: one statement, the outer one's",
    "وأوضحت الوزارة أن توقيف العمال الذين تحدثت عنهم النقابة \"جرى وفق القانون وهو إجراء معتاد في مثل هذه الحالات\".",
    { statements: [{ cue: "أوضحت", source: "الوزارة", starts: "توقيف العمال" }] }],
  ["الذي قال: the relative clause's verb still reports",
    "ونقلت الصحيفة تصريحات المسؤول الذي قال إن المشروع سيكتمل قريباً.",
    { statements: [{ cue: "قال", starts: "المشروع" }] }],
];

describe("Arabic relative clause about its antecedent", () => table(rows));
