// The anonymous-source rule (src/core/rules/anonymous-source.ts): an anonymous source whose
// anonymity needs no warning (a reason given, or an unnamed collective) gets one information
// finding naming the reason; one without a reason gets anonymous-no-reason instead, never both.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["anonymous source with a reason: listed, naming the phrase, no warning",
    "وقال مسؤول أمني، طلب عدم نشر اسمه لأنه غير مخول بالحديث لوسائل الإعلام، إن الهجوم أحبط.",
    { findings: [{ rule: "anonymous-source", has: "مسؤول أمني", says: "طلب عدم نشر اسمه", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["one finding per anonymous speaker, not per mention",
    "وقال مسؤول غربي، طلب عدم نشر اسمه، إن الاتفاق قريب. وأضاف المسؤول أن التوقيع قد يتم الشهر المقبل.",
    { findings: [{ rule: "anonymous-source", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["English anonymous with a reason, naming the phrase",
    "An official, who spoke on condition of anonymity, said the shipment had arrived.",
    { findings: [{ rule: "anonymous-source", has: "official", says: "on condition of anonymity", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["anonymous source without a reason: the warning on the source, the information on its attribution, never the same words",
    "وقال مسؤول أمني إن الهجوم أحبط في اللحظة الأخيرة.",
    { findings: [{ rule: "anonymous-no-reason", has: "مسؤول أمني", count: 1 }, { rule: "anonymous-source", count: 1 }] }],
  ["Arabic collective (محللون): information, no reason needed",
    "ويرى محللون أن الأسواق ستتعافى قبل نهاية العام.",
    { findings: [{ rule: "anonymous-source", text: "محللون", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["Arabic collective with a descriptor (شهود عيان)",
    "وقال شهود عيان إن الانفجار هز المدينة قبل الفجر.",
    { findings: [{ rule: "anonymous-source", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["Arabic collective (سكان): information, no reason needed",
    "وقال سكان إن المياه انقطعت عن الحي منذ يومين.",
    { findings: [{ rule: "anonymous-source", text: "سكان", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["English collective (analysts): information, no reason needed",
    "Analysts said the market would recover by the end of the year.",
    { findings: [{ rule: "anonymous-source", text: "Analysts", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["English collective after a determiner and a modifier (some oil analysts)",
    "Some oil analysts said the price would fall before the winter.",
    { findings: [{ rule: "anonymous-source", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["one of the analysts is one person, not a collective: its anonymity needs a reason",
    "وقال أحد المحللين إن الأسواق ستتعافى قبل نهاية العام.",
    { findings: [{ rule: "anonymous-no-reason", count: 1 }, { rule: "anonymous-source", count: 1 }] }],
  ["a collective in a later paragraph is still a collective",
    "وقال وزير المالية إن الموازنة جاهزة.\nويرى محللون أن العجز سيتراجع العام المقبل.",
    { findings: [{ rule: "anonymous-source", text: "محللون", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["officials are insiders, not a collective: a reason is needed",
    "Officials said the talks had stalled over the weekend.",
    { findings: [{ rule: "anonymous-no-reason", text: "Officials", count: 1 }, { rule: "anonymous-source", count: 1 }] }],
  ["a bare مصدر with a reason: asked for a description in the same finding",
    "وقال مصدر، طلب عدم نشر اسمه، إن الاجتماع تأجل.",
    { findings: [{ rule: "anonymous-source", text: "مصدر", says: "مصدر» وحدها", count: 1 }], noFindings: ["anonymous-no-reason"] }, { locale: "ar" }],
  ["a described source with a reason: no advice to describe it",
    "وقال مصدر في وزارة الدفاع، طلب عدم نشر اسمه، إن الاجتماع تأجل.",
    { findings: [{ rule: "anonymous-source", saysNot: "اذكر موقع المصدر", count: 1 }] }, { locale: "ar" }],
  ["named person: no anonymity findings",
    "وقال وزير العمل، يوسف البدري، إن البطالة تراجعت.",
    { noFindings: ["anonymous-source", "anonymous-no-reason", "anonymous-lead"] }],
  ["organization: no anonymity findings",
    "وقالت وزارة الصحة إن عدد الإصابات تراجع.",
    { noFindings: ["anonymous-source", "anonymous-no-reason"] }],
];

describe("rule anonymous-source", () => table(rows));
