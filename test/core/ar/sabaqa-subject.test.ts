// The subject under لـ after سبق (src/core/ar/constructions/sabaqa-subject.ts): وسبق للوزارة أن
// أكدت أن …: "the ministry had already said".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["سبق لـ + a title, أن + the verb: the title speaks", "وسبق لوزير المالية أن أكد أن الرواتب ستصرف في موعدها.",
    { statements: [{ kind: "indirect", cue: "أكد", source: "وزير المالية", speaker: "وزير المالية", starts: "الرواتب" }] }],
  ["a quoted outlet's name and an adjunct between commas", "وسبق لمجلة «الأسواق» الاقتصادية أن ذكرت، في عددها الأخير، أن المصنع سيغلق.",
    { statements: [{ kind: "indirect", cue: "ذكرت", source: "مجلة «الأسواق» الاقتصادية", starts: "المصنع" }] }],
  ["a named person after the previous speaker: the named one speaks, not the one carried",
    "وقال المدرب إن الفريق جاهز. وسبق لرئيس النادي سامي الحربي أن قال إن الملعب سيجدد.",
    { statements: [{ cue: "قال", source: "المدرب" }, { cue: "قال", source: "رئيس النادي سامي الحربي", speaker: "سامي الحربي" }] }],
  ["سبق أن + the verb and its subject after it: the usual verb-first source", "وسبق أن أعلنت الشركة أن الأسعار سترتفع.",
    { statements: [{ kind: "indirect", cue: "أعلنت", source: "الشركة", starts: "الأسعار" }] }],
  // The name as written starts after the لـ too (not «لمجلة …»).
  ["سبق لمجلة «…» أن: the speaker's name without the لـ", "وسبق لمجلة «الأفق» الفرنسية أن ذكرت أن النادي وافق على العرض.",
    { statements: [{ cue: "ذكرت", source: "مجلة «الأفق» الفرنسية", speaker: ["مجلة «الأفق»", "مجلة «الأفق» الفرنسية"] }] }],
];

describe("Arabic سبق لـ-subjects", () => table(rows));
