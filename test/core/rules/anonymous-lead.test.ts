// The anonymous-lead rule (src/core/rules/anonymous-lead.ts): where it fires and where it stays quiet.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["story opens with an anonymous source",
    "قال مسؤول أمني إن الشرطة اعتقلت خمسة أشخاص. وقال وزير الداخلية، سعيد الكعبي، إن التحقيق مستمر.",
    { findings: [{ rule: "anonymous-lead", count: 1 }] }],
  ["story opens on the record",
    "قال وزير الداخلية، سعيد الكعبي، إن الشرطة اعتقلت خمسة أشخاص. وقال مسؤول أمني إن التحقيق مستمر.",
    { noFindings: ["anonymous-lead"] }],
  ["English story opening with an anonymous quote",
    "\"They knew the bridge was failing,\" said an engineer who worked on the project.\n\nThe ministry said an inquiry would begin on Monday.",
    { findings: [{ rule: "anonymous-lead", count: 1 }] }],
  ["the story's first statement six paragraphs down is not its opening",
    "الحكومة تقر الموازنة الجديدة\nأقرت الحكومة الموازنة العامة للعام المقبل في جلستها الأسبوعية.\nوتبلغ النفقات عشرة مليارات دينار.\nوتتوقع الموازنة عجزاً أقل من العام الماضي.\nوترتفع مخصصات التعليم والصحة.\nوتنخفض النفقات الرأسمالية قليلاً.\nوقال مصدر في الوزارة إن الموازنة ستحال إلى البرلمان الأسبوع المقبل.",
    { noFindings: ["anonymous-lead"] }],
  ["a byline, a date and a credit line are no paragraphs of the opening",
    "Budget to pass\n\nBy Ana Ruiz\n\nJune 3, 2024\n\nUpdated: 10:42\n\nPhoto: Reuters\n\nThe cabinet approved the budget on Monday.\n\nSpending rises by two percent this year.\n\nThe plan goes to parliament next week, an official said.",
    { findings: [{ rule: "anonymous-lead", count: 1 }] }],
  ["a first statement in the fourth paragraph under the headline still opens the story",
    "Budget passed\nThe cabinet approved the budget on Monday.\nSpending rises by two percent.\nThe deficit narrows.\nThe plan goes to parliament next week, an official said.",
    { findings: [{ rule: "anonymous-lead", count: 1 }] }],
  ["the lead is the earliest cue, not a بحسب whose words reach back over it",
    "عمّان (وكالات) - توقع دبلوماسيون غربيون أن تستأنف المفاوضات الأسبوع المقبل، بحسب مصدر في الخارجية. وقال الوزير خالد العمري إن الباب مفتوح.",
    { findings: [{ rule: "anonymous-lead", text: "توقع", count: 1 }] }],
  ["the earliest cue is on the record although a بحسب statement's words come first",
    "أكد وزير الخارجية خالد العمري أن المفاوضات ستستأنف قريباً، وأن الوفود وصلت، بحسب مصادر دبلوماسية.",
    { noFindings: ["anonymous-lead"] }],
  ["a headline's label with no cue (مصادر: «…»): the finding goes on its words",
    "مصادر: \"تعديل وزاري\" قبل نهاية الشهر\n\nوقال رئيس الوزراء سامي الحداد إن الحكومة مستقرة.",
    { findings: [{ rule: "anonymous-lead", text: "\"تعديل وزاري\" قبل نهاية الشهر", count: 1 }] }],
];

describe("rule anonymous-lead", () => table(rows));
