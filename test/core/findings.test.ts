// Findings (src/core/rules.ts): each rule fires where the journalism rule is
// broken and stays quiet where it is not.
import { describe, expect, test } from "vitest";
import { analyze } from "../../src/core";
import type { Finding } from "../../src/core";
import { type Row, table } from "./expect";

const anonymousSource: Row[] = [
  ["anonymous source with a reason: listed, no warning",
    "وقال مسؤول أمني، طلب عدم نشر اسمه لأنه غير مخول بالحديث لوسائل الإعلام، إن الهجوم أحبط.",
    { findings: [{ rule: "anonymous-source", has: "مسؤول أمني" }], noFindings: ["anonymous-no-reason"] }],
  ["anonymous source without a reason: listed and warned",
    "وقال مسؤول أمني إن الهجوم أحبط في اللحظة الأخيرة.",
    { findings: [{ rule: "anonymous-source", has: "مسؤول أمني" }, { rule: "anonymous-no-reason", has: "مسؤول أمني" }] }],
  ["one finding per anonymous speaker, not per mention",
    "وقال مسؤول غربي، طلب عدم نشر اسمه، إن الاتفاق قريب. وأضاف المسؤول أن التوقيع قد يتم الشهر المقبل.",
    { findings: [{ rule: "anonymous-source", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["English anonymous with a reason",
    "An official, who spoke on condition of anonymity, said the shipment had arrived.",
    { findings: [{ rule: "anonymous-source", has: "official" }], noFindings: ["anonymous-no-reason"] }],
  ["English anonymous without a reason",
    "An official said the shipment had arrived at the port.",
    { findings: [{ rule: "anonymous-source", has: "official" }, { rule: "anonymous-no-reason", has: "official" }] }],
  ["named person: no anonymity findings",
    "وقال وزير العمل، يوسف البدري، إن البطالة تراجعت.",
    { noFindings: ["anonymous-source", "anonymous-no-reason", "vague-source", "anonymous-lead"] }],
  ["organization: no anonymity findings",
    "وقالت وزارة الصحة إن عدد الإصابات تراجع.",
    { noFindings: ["anonymous-source", "anonymous-no-reason", "vague-source"] }],
];

const vague: Row[] = [
  ["bare مصادر is vague", "وقالت مصادر إن الاجتماع تأجل.", { findings: [{ rule: "vague-source", text: "مصادر" }] }],
  ["bare مصدر is vague", "وقال مصدر إن الاجتماع تأجل.", { findings: [{ rule: "vague-source", text: "مصدر" }] }],
  ["described مصدر is not vague", "وقال مصدر في وزارة الدفاع إن الاجتماع تأجل.", { noFindings: ["vague-source"] }],
  ["مصادر مطلعة على المحادثات is not vague", "وقالت مصادر مطلعة على المحادثات إن الاجتماع تأجل.", { noFindings: ["vague-source"] }],
  ["bare English sources is vague", "Sources said the deal was close.", { findings: [{ rule: "vague-source", text: "Sources" }] }],
  ["a source familiar with the matter is not vague", "A source familiar with the matter said the deal was close.", { noFindings: ["vague-source"] }],
];

const unattributed: Row[] = [
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

const unbalanced: Row[] = [
  ["unclosed « points at the mark", "وقال الوزير: «سنواصل العمل حتى النهاية.", { findings: [{ rule: "unbalanced-quote", text: "«", occurrence: 1, count: 1 }] }],
  ["unclosed “ points at the mark", "He said: “We will keep going no matter what.", { findings: [{ rule: "unbalanced-quote", text: "“", occurrence: 1, count: 1 }] }],
  ["balanced text has none", "وقال الوزير: «سنواصل العمل». وقالت الوزيرة: \"نحن معه\".", { noFindings: ["unbalanced-quote"] }],
];

const lead: Row[] = [
  ["story opens with an anonymous source",
    "قال مسؤول أمني إن الشرطة اعتقلت خمسة أشخاص. وقال وزير الداخلية، سعيد الكعبي، إن التحقيق مستمر.",
    { findings: [{ rule: "anonymous-lead", count: 1 }] }],
  ["story opens on the record",
    "قال وزير الداخلية، سعيد الكعبي، إن الشرطة اعتقلت خمسة أشخاص. وقال مسؤول أمني إن التحقيق مستمر.",
    { noFindings: ["anonymous-lead"] }],
  ["English story opening with an anonymous quote",
    "\"They knew the bridge was failing,\" said an engineer who worked on the project.\n\nThe ministry said an inquiry would begin on Monday.",
    { findings: [{ rule: "anonymous-lead", count: 1 }] }],
];

describe("findings", () => {
  describe("anonymous-source / anonymous-no-reason", () => table(anonymousSource));
  describe("vague-source", () => table(vague));
  describe("unattributed-quote", () => table(unattributed));
  describe("unbalanced-quote", () => table(unbalanced));
  describe("anonymous-lead", () => table(lead));

  test("messages follow the locale option", () => {
    const text = "وقال مسؤول أمني إن الهجوم أحبط.";
    const ar: Finding[] = analyze(text, { locale: "ar" }).diagnostics;
    const en: Finding[] = analyze(text, { locale: "en" }).diagnostics;
    expect(ar.length).toBeGreaterThan(0);
    expect(ar.map((d) => d.rule)).toEqual(en.map((d) => d.rule));
    for (const d of ar) expect(d.message).toMatch(/[\u0600-\u06FF]/);
    for (const d of en) expect(d.message).toMatch(/[A-Za-z]/);
  });
});
