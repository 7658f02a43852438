// «اقرأ أيضاً: …» related-link lines (src/core/ar/link-line.ts): the link is no cue; the linked headline
// is read as a headline (a statement needs its own written source).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["a link line with a colon: no statement, though اقرأ is spelled like أقرّا",
    "قال الوزير سمير الخطابي إن المحصول تضاعف.\nاقرأ أيضاً: الحكومة تعلن خطة جديدة للري في وادي السنابل",
    { statements: [{ cue: "قال", speaker: "سمير الخطابي" }] }],
  ["…with a bar, and شاهد أيضاً",
    "قال الوزير سمير الخطابي إن المحصول تضاعف.\nإقرأ أيضا| أزمة المياه تتفاقم في مدينة الرمال\nشاهد أيضاً: لقطات من الفيضانات في بلدة العين الزرقاء",
    { statements: [{ cue: "قال", speaker: "سمير الخطابي" }] }],
  ["a bare link line: the next paragraph is the headline, and a verb in it with no written source is nobody's",
    "قال الوزير سمير الخطابي إن المحصول تضاعف.\nاقرأ أيضا|\nوأكد أن السدود ممتلئة في الجنوب\nوأضاف أن الخطة جاهزة.",
    { statements: [{ cue: "قال", speaker: "سمير الخطابي" }, { cue: "أضاف", speaker: "سمير الخطابي", starts: "الخطة" }] }],
  ["a headline with its own source after اقرأ المزيد: the source is the headline's, never the link words",
    "قالت الشركة إن الأرباح تراجعت.\nاقرأ المزيد: المدير يقول إن الأسعار ستنخفض",
    { statements: [{ cue: "قالت", source: "الشركة" }, { cue: "يقول", source: "المدير", starts: "الأسعار" }] }],
  ["the dual أقرّا in a sentence stays a cue",
    "وأقرا بأن الخطة فشلت في بلدة الرمال.",
    { statements: [{ cue: "أقرا", starts: "الخطة" }] }],
];

describe("Arabic related-link lines", () => table(rows));
