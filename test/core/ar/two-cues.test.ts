// Two reporting words, one statement (src/core/ar/constructions/two-cues.ts): أضاف موضحاً أن … — the participle is the cue.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["وأضاف موضحاً: one statement, its cue the participle nearest the words", "وأضاف موضحاً أن الموعد لم يحدد بعد.",
    { statements: [{ kind: "indirect", cue: "موضحاً", source: null, starts: "الموعد" }] }],
  ["فكتب يقول في بيان: «…»: one statement, its cue the present verb", "وأشاد الوزير باللاعبين فكتب يقول في بيان: «أداء مشرف للجميع».",
    { statements: [{ kind: "direct", cue: "يقول", speaker: "الوزير", quotes: ["أداء مشرف للجميع"] }] }],
  ["وغردت X تقول: «…»: the present verb after the source", "وغردت الوزيرة تقول: «نحن مستعدون للحوار».",
    { statements: [{ kind: "direct", cue: "تقول", source: "الوزيرة", quotes: ["نحن مستعدون للحوار"] }] }],
  ["فكتب يقول في بيان إن …: the present verb with إن after it is the cue too (was two statements: كتب and يقول)",
    "وأشاد الوزير باللاعبين فكتب يقول في بيان إن الأداء كان مشرفاً.",
    { statements: [{ cue: "يقول", speaker: "الوزير", starts: "الأداء" }] }],
  ["وكتب X يقول …: the subject between the past verb and the present one (was two statements)",
    "وكتب الوزير يقول في بيان إن الأداء كان مشرفاً.",
    { statements: [{ cue: "يقول", source: "الوزير", starts: "الأداء" }] }],
  ["…but a present verb inside the words after أن is a statement of its own, and the past verb's too",
    "وأكد الوزير أن الحكومة تقول إن الاتفاق وشيك.",
    { statements: [{ cue: "أكد", source: "الوزير" }, { cue: "تقول", source: "الحكومة" }] }],
  ["يدعى (with ى) names the source, no second cue", "وقال ساكن آخر يدعى سمير “إن الحي هادئ”.",
    { statements: [{ kind: "direct", cue: "قال", quotes: ["إن الحي هادئ"] }] }],
];

// بدوره، من جهته open the clause before its verb: the subject follows the verb.
const ownAdverb: Row[] = [
  ["بدوره أثنى X …، مضيفا: the clause's subject speaks", "بدوره أثنى رئيس الوزراء على الفريق، مضيفا أن \"الفوز مستحق\".",
    { statements: [{ cue: "مضيفا", speaker: "رئيس الوزراء" }] }],
  ["من جهته حذر NAME من …، مؤكدا: the clause's subject speaks", "من جهته حذر الوزير سامي الحداد من التسرع، مؤكدا أن \"الصبر مطلوب\".",
    { statements: [{ cue: "مؤكدا", speaker: "سامي الحداد" }] }],
];

describe("Arabic verb then participle", () => {
  table(rows);
  describe("an adverb with the subject's pronoun opens the clause", () => table(ownAdverb));
});
