// The unattributed-quote rule (src/core/rules/unattributed-quote.ts): where it fires and where it
// stays quiet.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["Arabic quote standing alone",
    "وانتهت الجلسة دون اتفاق.\n\n«لن نوقع على أي شيء قبل انسحاب القوات من أراضينا».",
    { findings: [{ rule: "unattributed-quote", has: "لن نوقع" }] }],
  ["English quote standing alone",
    "The meeting ended without a deal.\n\n\"We will not sign anything until the troops leave our land.\"",
    { findings: [{ rule: "unattributed-quote", has: "We will not sign" }] }],
  ["attributed quote is not flagged", "وقال الوزير: «لن نوقع على أي اتفاق قبل انسحاب القوات».", { noFindings: ["unattributed-quote"] }],
  ["quote-first attribution is not flagged", "\"We will not sign anything,\" the minister said.", { noFindings: ["unattributed-quote"] }],
  ["scare quote is not flagged", "وتحولت \"الهدنة\" إلى مواجهات مفتوحة خلال ساعات.", { noFindings: ["unattributed-quote"] }],
  ["title is not flagged", "ونشرت صحيفة «الشرق الأوسط» تقريراً عن الأزمة.", { noFindings: ["unattributed-quote"] }],
];

describe("rule unattributed-quote", () => table(rows));
