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
  // Only when no speaker can be found.
  ["a quotation in a sentence whose narration has a reporting cue: the speaker is there",
    "The company confirmed the plant would close \"within the next two years at the very latest\".",
    { noFindings: ["unattributed-quote"] }],
  ["Arabic: a quotation followed by كما أكد and its source",
    "وستبحث الدول الأعضاء الملف \"في إطار المسألة الأوسع وهي السياسة التجارية للإدارة\" كما أكد مسؤول أوروبي.",
    { noFindings: ["unattributed-quote"] }],
  ["a quotation opening the sentence after an attributed one, same paragraph: the same speaker goes on",
    "\"We will not sign anything,\" the minister said. \"Our land comes first and we will defend every inch of it.\"",
    { noFindings: ["unattributed-quote"] }],
  ["a quotation right after an attributed one, nothing but marks between: the same speaker goes on",
    "The minister said: \"We will not sign anything until the troops leave.\" \"Our land comes first and we will defend every inch of it.\"",
    { noFindings: ["unattributed-quote"] }],
  ["a follow-on quotation paragraph after the speaker's quotation",
    "\"We will not sign anything,\" the minister said.\n\n\"Our land comes first and we will defend every inch of it, whatever it costs.\"",
    { noFindings: ["unattributed-quote"] }],
  ["two follow-on quotation paragraphs in a row",
    "\"We will not sign anything,\" the minister said.\n\n\"Our land comes first and we will defend every inch of it.\"\n\n\"Nobody in this government will accept a deal that gives any of it away.\"",
    { noFindings: ["unattributed-quote"] }],
  ["Arabic: a follow-on quotation paragraph after the speaker's quotation",
    "وقال الوزير: «لن نوقع على أي اتفاق قبل انسحاب القوات».\n«أرضنا أولاً وسندافع عن كل شبر منها مهما كان الثمن».",
    { noFindings: ["unattributed-quote"] }],
  ["a quotation paragraph after reported speech without a quotation is still flagged",
    "The meeting ended without a deal, officials said.\n\n\"We will not sign anything until the troops leave our land.\"",
    { findings: [{ rule: "unattributed-quote", has: "We will not sign" }] }],
  ["a quotation after a paragraph of narration is still flagged, even after a quoted speaker earlier",
    "\"We will not sign anything,\" the minister said.\n\nThe talks ended on Sunday without a date for the next round.\n\n\"Our land comes first and we will defend every inch of it.\"",
    { findings: [{ rule: "unattributed-quote", has: "Our land comes first" }] }],
  ["a quotation in a sentence of its own after an attributed one, not opening it, is still flagged",
    "\"We will not sign anything,\" the minister said. The crowd chanted \"our land comes first and we will defend every inch of it\" for an hour.",
    { findings: [{ rule: "unattributed-quote", has: "our land comes first" }] }],
];

describe("rule unattributed-quote", () => table(rows));
