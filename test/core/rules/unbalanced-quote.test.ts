// The unbalanced-quote rule (src/core/rules/unbalanced-quote.ts): where it fires and where it stays
// quiet.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["unclosed « points at the mark", "وقال الوزير: «سنواصل العمل حتى النهاية.", { findings: [{ rule: "unbalanced-quote", text: "«", occurrence: 1, count: 1 }] }],
  ["unclosed “ points at the mark", "He said: “We will keep going no matter what.", { findings: [{ rule: "unbalanced-quote", text: "“", occurrence: 1, count: 1 }] }],
  ["unclosed mark: the message says to close it or remove it",
    "He said: “We will keep going no matter what.", { findings: [{ rule: "unbalanced-quote", says: "Close the quotation where the quoted words end, or remove the mark." }] }],
  ["stray closing mark: the message says it never opened",
    "وقال الوزير إن العمل مستمر» حتى النهاية.", { findings: [{ rule: "unbalanced-quote", text: "»", says: "تغلق اقتباساً لم يُفتح" }] }, { locale: "ar" }],
  ["a quotation over a paragraph break, no mark opening the second paragraph, closed at its end: balanced",
    "وقال المدير: «سنفتتح الفرع الجديد في الربيع.\nونشكر عملاءنا على ثقتهم طوال الأعوام الماضية».\nوقال آخرون إن الموعد تأخر.",
    { noFindings: ["unbalanced-quote"] }],
  ["the same with straight marks, the closing one padded by a space (… الماضية \".)",
    "وأوضح المدير قائلاً: \" إننا نعمل على توسيع الخدمة.\nوأضاف أننا نسعى إلى خدمة الجميع في المنطقة \".",
    { noFindings: ["unbalanced-quote"] }],
  ["an opening mark left open, and a closing one in the next paragraph that does not end it: both reported",
    "وقال المدير: «سنفتتح الفرع الجديد في الربيع.\nونشكر عملاءنا» على ثقتهم طوال الأعوام الماضية.",
    { findings: [{ rule: "unbalanced-quote", count: 2 }] }],
  ["an opening mark left open, and another quotation closed in the next paragraph: the first still reported",
    "وقال المدير: «سنفتتح الفرع الجديد في الربيع.\nوقال آخر: «لن نتأخر هذه المرة».",
    { findings: [{ rule: "unbalanced-quote", text: "«", count: 1 }] }],
  ["a mark left open, and a closing one ending a later paragraph where someone else speaks: both reported",
    "Smith said: \"The deal is done.\n\nJones said the team was tired and the plan was reckless.\"",
    { findings: [{ rule: "unbalanced-quote", count: 2 }] }],
  ["…in Arabic too: another speaker named in the closing paragraph",
    "وقال الوزير: «سنبني المدارس في كل القرى.\nوقال النائب إن الخطة مكلفة جداً».",
    { findings: [{ rule: "unbalanced-quote", count: 2 }] }],
  ["…and when the other speaker's sentence opens with an adjunct or a conjunction (On Tuesday, Jones said; لكن رئيس اللجنة قال)",
    "Smith said: \"The plan is bad and it will fail.\n\nOn Tuesday, Jones said the plan was reckless.\"\nقال الوزير: «إن الخطة فاشلة وستنهار.\n\nلكن رئيس اللجنة قال إن الخطة متهورة.»",
    { findings: [{ rule: "unbalanced-quote", count: 4 }] }],
  ["…but a speaker cited inside the quoted words (as the minister said) speaks nowhere: one quotation, balanced",
    "Ruiz told reporters on Monday: \"The plan is dead.\nWe will not accept it, as the minister said last week, and we will fight it in court.\"",
    { noFindings: ["unbalanced-quote"] }],
  ["…in Arabic too (وكما قال …)",
    "وقال النائب: «لن نقبل بهذا القرار.\nوكما قال رئيس الحكومة أمس، سنواصل الطعن فيه أمام المحكمة».",
    { noFindings: ["unbalanced-quote"] }],
  ["balanced text has none", "وقال الوزير: «سنواصل العمل». وقالت الوزيرة: \"نحن معه\".", { noFindings: ["unbalanced-quote"] }],
];

describe("rule unbalanced-quote", () => table(rows));
