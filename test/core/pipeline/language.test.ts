// Analysis.lang: the language of the document as a whole (src/core/pipeline/output.ts).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["Arabic article", "وقال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.", { lang: "ar" }],
  ["Arabic with a Latin brand name", "وقال موقع Axios إن البيت الأبيض يدرس فرض عقوبات جديدة على الشركات المعنية.", { lang: "ar" }],
  ["Arabic with digits and a URL", "وارتفع المؤشر 2.5 في المئة إلى 11500 نقطة، بحسب موقع البورصة www.example.com الرسمي.", { lang: "ar" }],
  ["English article", "The minister said talks would resume next week in the capital.", { lang: "en" }],
  ["English with one Arabic name", "Protesters chanted \"ارحل\" outside the parliament building on Friday evening.", { lang: "en" }],
  ["Arabic and English paragraphs", "وقال الوزير إن المحادثات ستستأنف الأسبوع المقبل في العاصمة عمّان.\n\nThe minister said talks would resume next week in the capital, Amman.", { lang: "mixed" }],
  ["empty text", "", { lang: "unknown", statements: [] }],
  ["only whitespace", "  \n\n\t ", { lang: "unknown", statements: [] }],
  ["only digits and punctuation", "2024 — 12/03 — 15:30", { lang: "unknown", statements: [] }],
  ["neither Arabic nor Latin script", "Министр заявил, что переговоры продолжатся на следующей неделе.", { lang: "unknown" }],
];

describe("document language", () => table(rows));
