// Quotes in Arabic copy: every mark style agencies and sites use, direct vs
// partial, quote-first order, split quotes, addressees in quote marks.
import { describe } from "vitest";
import { type Row, table } from "./expect";

const styles: Row[] = [
  ["guillemets « »", "وقال الوزير: «لن نسمح بتكرار ما حدث».",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير", quotes: ["لن نسمح بتكرار ما حدث"] }], noFindings: ["unbalanced-quote"] }],
  ["curly “ ”", "وقال المدرب: “اللاعبون قدموا كل ما لديهم”.",
    { statements: [{ kind: "direct", cue: "قال", source: "المدرب", quotes: ["اللاعبون قدموا كل ما لديهم"] }], noFindings: ["unbalanced-quote"] }],
  ["straight \" \"", "وقالت الوزيرة: \"الأولوية لإعادة فتح المدارس\".",
    { statements: [{ kind: "direct", cue: "قالت", source: "الوزيرة", quotes: ["الأولوية لإعادة فتح المدارس"] }], noFindings: ["unbalanced-quote"] }],
  ["” used as the opening mark too", "وقال المتحدث: ”لن نتفاوض تحت الضغط”.",
    { statements: [{ kind: "direct", cue: "قال", source: "المتحدث", quotes: ["لن نتفاوض تحت الضغط"] }], noFindings: ["unbalanced-quote"] }],
  ["لـ”…” addressee is not a quote", "وقال الوزير لـ”العربية” إن الحكومة ستراجع القرار.",
    { statements: [{ kind: "indirect", cue: "قال", source: "الوزير", quotes: [], starts: "الحكومة", ends: "القرار" }], noFindings: ["unbalanced-quote"] }],
  ["addressee in quotes, then the quote", "وقال مدير الشركة لـ\"الاقتصادية\": \"الطلب تضاعف خلال عام\".",
    { statements: [{ kind: "direct", source: "مدير الشركة", quotes: ["الطلب تضاعف خلال عام"] }] }],
  ["quote spanning two sentences", "وقال الأمين العام: \"الوضع مأساوي. الناس بلا ماء ولا كهرباء منذ أسبوع\".",
    { statements: [{ kind: "direct", quotes: ["الوضع مأساوي. الناس بلا ماء ولا كهرباء منذ أسبوع"] }] }],
  ["padded \" text \"", "وقال المتحدث: \" لا تعليق لدينا في الوقت الحالي \".",
    { statements: [{ kind: "direct", quotes: ["لا تعليق لدينا في الوقت الحالي"] }], noFindings: ["unbalanced-quote"] }],
  ["nested term in quotes: one outer quote", "وقال المتحدث: «ما يسمى \"الحل المؤقت\" لم يعد مقبولاً لدى أحد».",
    { statements: [{ kind: "direct", quotes: ["ما يسمى \"الحل المؤقت\" لم يعد مقبولاً لدى أحد"] }] }],
];

const kinds: Row[] = [
  ["partial: some words quoted inside reported speech", "وقال الوزير إن الهجوم كان \"عملاً جباناً\" لن يمر دون عقاب.",
    { statements: [{ kind: "partial", cue: "قال", quotes: ["عملاً جباناً"], starts: "الهجوم", ends: "دون عقاب" }] }],
  ["partial with two quoted stretches", "وقال رئيس الوفد إن الاتفاق \"متوازن\" و\"قابل للتطبيق\".",
    { statements: [{ kind: "partial", quotes: ["متوازن", "قابل للتطبيق"], starts: "الاتفاق" }] }],
  ["partial ending in a quote", "وقال الطبيب إن المريض \"في حالة مستقرة\".",
    { statements: [{ kind: "partial", quotes: ["في حالة مستقرة"], starts: "المريض" }] }],
  ["لفت إلى أنه … \"…\" … is partial", "ولفت الوزير إلى أنه لا يوجد ما هو \"غير قانوني\" في العقد.",
    { statements: [{ kind: "partial", cue: ["لفت", "لفت إلى"], source: "الوزير", quotes: ["غير قانوني"], starts: "أنه لا يوجد", ends: "في العقد" }] }],
  ["whole clause after إن quoted is direct", "وقالت مصادر إن «الجيش اعتقل قائد المجموعة فجر اليوم».",
    { statements: [{ kind: "direct", cue: "قالت", source: "مصادر", quotes: ["الجيش اعتقل قائد المجموعة فجر اليوم"] }] }],
  ["قائلاً إن \"…\" (whole clause quoted) is direct", "ودافع المدير عن القرار قائلاً إن \"الشركة لا تملك خياراً آخر\".",
    { statements: [{ kind: "direct", cue: "قائلاً", source: "المدير", quotes: ["الشركة لا تملك خياراً آخر"] }] }],
  ["quote right after the cue, no colon", "وأكد الرئيس \"أن بلاده لن تتخلى عن حلفائها\".",
    { statements: [{ kind: "direct", cue: "أكد", source: "الرئيس", quotes: ["أن بلاده لن تتخلى عن حلفائها"] }] }],
];

const order: Row[] = [
  ["quote first: «…»، قال + source", "«المرحلة المقبلة أصعب»، قال رئيس الحكومة.",
    { statements: [{ kind: "direct", cue: "قال", source: "رئيس الحكومة", quotes: ["المرحلة المقبلة أصعب"] }] }],
  ["quote first, addressee after the source", "«لم نأت إلى هنا لتبادل الاتهامات»، قال الوزير للصحفيين.",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير", quotes: ["لم نأت إلى هنا لتبادل الاتهامات"] }] }],
  ["quote first, feminine verb, anonymous source", "«لم نر شيئاً كهذا من قبل»، قالت إحدى الممرضات.",
    { statements: [{ kind: "direct", cue: "قالت", source: "إحدى الممرضات", speakerKind: "anonymous", quotes: ["لم نر شيئاً كهذا من قبل"] }] }],
  ["quote split by its cue is one statement", "«نحن مستعدون للحوار»، قال الوزير، «لكننا لن نقبل الشروط المسبقة».",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير", quotes: ["نحن مستعدون للحوار", "لكننا لن نقبل الشروط المسبقة"] }] }],
  ["وأضاف and a quotation with no colon: direct", "وقال المدرب إن فريقه جاهز. وأضاف \"سنلعب من أجل جماهيرنا\".",
    { statements: [
      { kind: "indirect", cue: "قال", source: "المدرب" },
      { kind: "direct", cue: "أضاف", source: null, speaker: "المدرب", quotes: ["سنلعب من أجل جماهيرنا"] },
    ] }],
  ["قائلاً and a quotation with no colon: direct", "وخرج الوزير قائلاً \"لن أعود إلى هنا\".",
    { statements: [{ kind: "direct", cue: "قائلاً", quotes: ["لن أعود إلى هنا"] }] }],
  ["وأضاف and a quotation, then a participle: two statements", "وأضاف \"هذا غير مقبول\" مشيراً إلى أن الحكومة ستتحرك.",
    { statements: [
      { kind: "direct", cue: "أضاف", quotes: ["هذا غير مقبول"] },
      { kind: "indirect", cue: "مشيراً", source: null, starts: "الحكومة" },
    ] }],
  ["a quoted outlet, an adjunct, then أن: the outlet is the source", "وذكرت \"سي إن إن\" في تقرير لها أن الوزير استقال.",
    { statements: [{ kind: "indirect", cue: "ذكرت", source: "سي إن إن", quotes: [], starts: "الوزير" }] }],
  ["quote, then a new statement with وأضاف", "وقال الوزير: «الحكومة لن تستقيل». وأضاف: «سنكمل ولايتنا حتى آخر يوم».",
    { statements: [
      { kind: "direct", cue: "قال", source: "الوزير", quotes: ["الحكومة لن تستقيل"] },
      { kind: "direct", cue: "أضاف", source: null, speaker: "الوزير", quotes: ["سنكمل ولايتنا حتى آخر يوم"] },
    ] }],
];

describe("Arabic quotes", () => {
  describe("mark styles", () => table(styles));
  describe("direct and partial", () => table(kinds));
  describe("order", () => table(order));
});
