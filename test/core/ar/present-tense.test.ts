// A present-tense verb inside a clause (src/core/ar/constructions/present-tense.ts): the clause's subject speaks.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["و and a preposition before a present verb (وعن أيام الدراسة تضيف) is an adverbial, no subject: the speaker before, as before a past verb",
    "وقالت الكاتبة سلمى ناصر إنها تعلمت الكثير في الغربة.\n\nوعن أيام الدراسة تضيف: \"كانت أعواما صعبة\".",
    { statements: [{ cue: "قالت", speaker: "سلمى ناصر" }, { cue: "تضيف", source: null, speaker: "سلمى ناصر" }] }],
  ["…but وعبر is the verb عبّر (a cue), no preposition: the speaker after it", "وقال المهندس وائل سمير إن الجسر آمن.\n\nوعبر الأسير، أبو خالد، عن فرحته بتعليق يقول فيه \"إنه يوم سعيد\".",
    { statements: [{ cue: "قال", speaker: "وائل سمير" }, { cue: "يقول", speaker: "أبو خالد" }] }],
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
  ["inside a reported clause after أن and a subject of its own, a verb with only a noun after it is no statement: the words run on",
    "وقال الخبير إن الميناء مهم، لافتاً أن كل مستويات صنع القرار في الغرب يتحدثون الآن عن الفرص الجديدة. وأضاف أن الدلائل كانت تشير إلى وجود النفط.",
    { statements: [{ cue: "قال", source: "الخبير" }, { cue: "لافتاً", starts: "كل مستويات", ends: "الفرص الجديدة" }, { cue: "أضاف", ends: "وجود النفط" }] }],
  ["…but one with words of its own after إن/أن is", "وقال الطبيب إن الجهاز جديد، مضيفاً أن المهندس يقول إنه يعمل بالطاقة الشمسية.",
    { someStatements: [{ cue: "يقول", starts: "إنه" }] }],
  ["…and one carrying its object (a relative's verb) is", "وقال المتحدث إن السجن يضم أجانب تتهمهم السلطات بالتجسس.",
    { someStatements: [{ cue: "تتهمهم" }] }],
];

describe("Arabic present tense inside a clause", () => table(rows));
