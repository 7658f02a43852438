// A present-tense verb inside a clause (src/core/ar/constructions/present-tense.ts): the clause's subject speaks.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["يتساءل inside the clause of كتب: the subject of كتب is the source", "وكتب المحرر في مقاله يتساءل عن جدوى الخطة.",
    { statements: [{ cue: "يتساءل", source: "المحرر", starts: "جدوى" }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["ما وصفه بـ\"…\": the quoted words are the speaker's", "وانتقد رئيس الحزب ما وصفه بـ\"الصفقة المشبوهة\" مع المستثمرين.",
    { statements: [{ cue: "وصفه", source: "رئيس الحزب", quotes: ["الصفقة المشبوهة"] }] }],
  ["ما قال إنه: the subject of the clause's verb said it, not the source of the sentence's attribution",
    "وعرض الوزير ما قال إنه دليل على الخطة، بحسب وكالة الأنباء الرسمية.",
    { statements: [{ cue: "بحسب", source: "وكالة الأنباء الرسمية" }, { cue: "قال", source: "الوزير", starts: "إنه دليل" }] }],
  ["وهو يقول: the pronoun ends the subject, and a definite noun after its complete name is the main verb's object",
    "وغادر النائب سامر الخطيب القاعة وهو يقول: \"هذا القرار ظالم\".",
    { statements: [{ cue: "يقول", source: "النائب سامر الخطيب", speaker: "سامر الخطيب" }] }],
  ["…and so with وهي (وغادرت المعلمة سلمى الحداد القاعة وهي تقول)",
    "وغادرت المعلمة سلمى الحداد القاعة وهي تقول: \"لن نسكت\".",
    { statements: [{ cue: "تقول", source: "المعلمة سلمى الحداد", speaker: "سلمى الحداد" }] }],
  ["…but a relational adjective after the name is no object (سامر الخطيب الحلبي)",
    "وغادر النائب سامر الخطيب الحلبي وهو يقول: \"هذا القرار ظالم\".",
    { statements: [{ cue: "يقول", source: "النائب سامر الخطيب الحلبي" }] }],
];

describe("Arabic present tense inside a clause", () => table(rows));
