// Arabic statements with no written subject (src/core/ar/constructions/dropped-subject.ts): وأضاف أن …
// / وتابع قوله: «…» carry the last speaker.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const continuations: Row[] = [
  ["وأضاف أنه: dropped subject keeps the speaker",
    "وقال المحامي إن موكله لم يمثل أمام قاض منذ اعتقاله. وأضاف أنه لا يعرف مكان احتجازه.",
    { statements: [
      { cue: "قال", source: "المحامي", speaker: "المحامي" },
      { kind: "indirect", cue: "أضاف", source: null, speaker: "المحامي", starts: "أنه لا يعرف", ends: "مكان احتجازه" },
    ] }],
  ["وتابع قوله: «…»",
    "وقال رئيس البلدية، فادي عواد، إن الطرق ستفتح صباحاً. وتابع قوله: «لا نريد أن نعرض حياة أحد للخطر».",
    { statements: [
      { cue: "قال", source: "رئيس البلدية، فادي عواد", speaker: "فادي عواد" },
      { kind: "direct", cue: "تابع قوله", source: null, speaker: "فادي عواد", quotes: ["لا نريد أن نعرض حياة أحد للخطر"] },
    ] }],
  ["وتابعت: feminine continuation with a quote",
    "وقالت الطبيبة، سلمى داود، إن المستشفى يعمل بنصف طاقته. وتابعت: \"نحتاج إلى الوقود قبل أي شيء آخر\".",
    { statements: [
      { cue: "قالت", source: "الطبيبة، سلمى داود" },
      { kind: "direct", cue: "تابعت", source: null, speaker: "سلمى داود", quotes: ["نحتاج إلى الوقود قبل أي شيء آخر"] },
    ] }],
];

const order: Row[] = [
  ["وأضاف and a quotation with no colon: direct", "وقال المدرب إن فريقه جاهز. وأضاف \"سنلعب من أجل جماهيرنا\".",
    { statements: [
      { kind: "indirect", cue: "قال", source: "المدرب" },
      { kind: "direct", cue: "أضاف", source: null, speaker: "المدرب", quotes: ["سنلعب من أجل جماهيرنا"] },
    ] }],
  ["وأضاف and a quotation, then a participle: two statements", "وأضاف \"هذا غير مقبول\" مشيراً إلى أن الحكومة ستتحرك.",
    { statements: [
      { kind: "direct", cue: "أضاف", quotes: ["هذا غير مقبول"] },
      { kind: "indirect", cue: "مشيراً", source: null, starts: "الحكومة" },
    ] }],
  ["quote, then a new statement with وأضاف", "وقال الوزير: «الحكومة لن تستقيل». وأضاف: «سنكمل ولايتنا حتى آخر يوم».",
    { statements: [
      { kind: "direct", cue: "قال", source: "الوزير", quotes: ["الحكومة لن تستقيل"] },
      { kind: "direct", cue: "أضاف", source: null, speaker: "الوزير", quotes: ["سنكمل ولايتنا حتى آخر يوم"] },
    ] }],
];

describe("Arabic dropped subject", () => {
  describe("continuations", () => table(continuations));
  describe("order", () => table(order));
});
