// The anonymous-source rule (src/core/rules/anonymous-source.ts): where it fires and where it stays
// quiet.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["anonymous source with a reason: listed, no warning",
    "وقال مسؤول أمني، طلب عدم نشر اسمه لأنه غير مخول بالحديث لوسائل الإعلام، إن الهجوم أحبط.",
    { findings: [{ rule: "anonymous-source", has: "مسؤول أمني" }], noFindings: ["anonymous-no-reason"] }],
  ["one finding per anonymous speaker, not per mention",
    "وقال مسؤول غربي، طلب عدم نشر اسمه، إن الاتفاق قريب. وأضاف المسؤول أن التوقيع قد يتم الشهر المقبل.",
    { findings: [{ rule: "anonymous-source", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["English anonymous with a reason",
    "An official, who spoke on condition of anonymity, said the shipment had arrived.",
    { findings: [{ rule: "anonymous-source", has: "official" }], noFindings: ["anonymous-no-reason"] }],
  ["named person: no anonymity findings",
    "وقال وزير العمل، يوسف البدري، إن البطالة تراجعت.",
    { noFindings: ["anonymous-source", "anonymous-no-reason", "vague-source", "anonymous-lead"] }],
  ["organization: no anonymity findings",
    "وقالت وزارة الصحة إن عدد الإصابات تراجع.",
    { noFindings: ["anonymous-source", "anonymous-no-reason", "vague-source"] }],
];

describe("rule anonymous-source", () => table(rows));
