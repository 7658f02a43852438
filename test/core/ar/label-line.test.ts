// A headline that is a source's label, a colon and words holding a quotation (src/core/ar/label-line.ts):
// that source's statement, with no cue. A bare label with no quotation marks is none (ANNOTATION).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["a title's label and a quotation: a direct statement with no cue",
    "وزير الزراعة: \"لا زيادة في أسعار الخبز هذا العام\"\n\nوقال الوزير سامر الحداد إن المخزون يكفي.",
    { statements: [
      { kind: "direct", cue: null, source: "وزير الزراعة", starts: "لا زيادة", ends: "هذا العام" },
      { cue: "قال", speaker: "سامر الحداد" },
    ] }],
  ["an unnamed source's label and words with a quotation inside: partial, anonymous",
    "ناشطون: القصف طال \"كل الأحياء\" في البلدة\n\nوتواصل القصف لليوم الثالث.",
    { statements: [{ kind: "partial", cue: null, source: "ناشطون", speakerKind: "anonymous", starts: "القصف طال" }] }],
  ["…after a headline break (حصري.. مصادر: …)",
    "حصري.. مصادر: \"مفاجآت\" في ملف الميناء",
    { statements: [{ kind: "partial", cue: null, source: "مصادر", starts: "\"مفاجآت\"" }] }],
  ["…a topic after the source (حول، عن) belongs to the label, not the source",
    "رئيسة البرلمان حول الميزانية: لا تعديل قبل \"التصويت النهائي\"",
    { statements: [{ kind: "partial", cue: null, source: "رئيسة البرلمان", starts: "لا تعديل" }] }],
  ["a bare label with no quotation marks is no statement",
    "وزير الزراعة: لا زيادة في أسعار الخبز هذا العام",
    { statements: [] }],
  ["a label that is no source (a topic, a place, a list's heading) is no statement",
    "عن الحرب في الوادي: \"لم نعد نملك شيئاً\"\n\nمصر: إحالة المسؤول إلى \"التحقيق\"\n\nالمواعيد: \"من التاسعة صباحاً\" حتى الخامسة",
    { statements: [] }],
  ["an indefinite title (مفوضة أممية), most often named further on, is left alone for now",
    "مفوضة أممية: لا حصانة أمام \"المحاسبة\"",
    { statements: [] }],
  ["a colon after a cue stays the cue's (وأضاف: …)",
    "وقال الوزير سامر الحداد إن المخزون يكفي. وأضاف: \"لن نرفع الأسعار\".",
    { statements: [{ cue: "قال" }, { cue: "أضاف", kind: "direct" }] }],
];

describe("Arabic label headlines", () => table(rows));
