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
  ["balanced text has none", "وقال الوزير: «سنواصل العمل». وقالت الوزيرة: \"نحن معه\".", { noFindings: ["unbalanced-quote"] }],
];

describe("rule unbalanced-quote", () => table(rows));
