// The subject inside a reported clause (src/core/ar/constructions/embedded-subject.ts): أن الجنود
// أبلغوا الشرطة بأن … / إنه دعا الطرفين إلى …; and the reporting speaker stays the one a dropped
// subject after it refers to (pipeline/document.ts).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const nounSubject: Row[] = [
  ["أن X أبلغوا Y: the noun before the verb speaks, the one after it is told", "وذكر متحدث باسم الجيش أن الجنود أبلغوا الشرطة بأن السائق فر من المكان.",
    { statements: [
      { cue: "ذكر", source: "متحدث باسم الجيش" },
      { cue: "أبلغوا", source: "الجنود", starts: "السائق", ends: "المكان" },
    ] }],
  ["أن NAME أكدت أنها: a name before the verb, the words right after it", "وأفادت مصادر في الحزب أن ميركل أكدت أنها حصلت على دعم واسع.",
    { statements: [
      { cue: "أفادت", source: "مصادر في الحزب" },
      { cue: "أكدت", source: "ميركل", speaker: "ميركل", starts: "أنها حصلت", ends: "دعم واسع" },
    ] }],
  ["إن X مازال يرى: a verb like كان between the subject and the cue", "وقالت الباحثة إن الرئيس مازال يرى أن الحل عسكري.",
    { statements: [{ cue: "قالت", source: "الباحثة" }, { cue: "يرى", source: "الرئيس", starts: "الحل", ends: "عسكري" }] }],
];

const pronounSubject: Row[] = [
  ["أنه يرى أن …: the words of the verb before run on over the statement whose subject is their pronoun", "وأضاف الأمين العام سامي حداد أنه يرى أن الحل سياسي.",
    { statements: [
      { cue: "أضاف", source: "الأمين العام سامي حداد", starts: "أنه يرى", ends: "الحل سياسي" },
      { cue: "يرى", speaker: "سامي حداد", starts: "الحل", ends: "سياسي" },
    ] }],
  ["إنه دعا X إلى: the pronoun is the subject; X is no speaker", "وقال الرئيس إنه دعا الطرفين إلى \"الحوار المباشر\"، مضيفا أن \"الجميع وافق على ذلك\".",
    { statements: [
      { cue: "قال", source: "الرئيس" },
      { cue: "دعا", source: null, speaker: "الرئيس", quotes: ["الحوار المباشر"] },
      { cue: "مضيفا", source: null, speaker: "الرئيس" },
    ] }],
];

const noSubject: Row[] = [
  ["بعد أن وافقت X: that أن opens a verb, the cue's subject follows it", "وهبطت الأسهم بعد أن وافقت الحكومة على ميزانية يرى محللون أنها مكلفة.",
    { statements: [{ cue: "يرى", source: "محللون", starts: "أنها مكلفة" }] }],
  ["فبعد أن، ويمكن أن: a time or modal أن with و/ف on its word opens no words, as بعد أن does",
    "وقدر الخبراء حجم الأضرار التي بدأت تظهر، فبعد أن كانت الشوارع مغلقة فتحت أمس.",
    { statements: [] }],
  ["أن الهجوم يؤكد: an event is no speaker, nor the words after the verb", "وأوضح الوزير أن الهجوم يؤكد أن الوضع خطير.",
    { statements: [{ cue: "أوضح", source: "الوزير" }, { cue: "يؤكد", speaker: "الوزير" }] }],
  ["…also with the hoping verb's subject before أن (ويأمل فلان أن يستخدم …)", "وقال المهندس سامي حداد إن الجهاز خفيف. ويأمل حداد أن يستخدم اختراعه لأغراض أخرى فهو يقول إنه يساعد المرضى.",
    { statements: [{ cue: "قال", speaker: "سامي حداد" }, { cue: "يقول", speaker: "سامي حداد" }] }],
  ["ويأمل أن + a present verb: a verb, no subject; the pronoun after is the one who spoke before", "وقال المهندس سامي حداد إن الجهاز جاهز. ويأمل أن يستخدم اختراعه لأغراض أخرى فهو يقول إنه يساعد المرضى.",
    { statements: [{ cue: "قال", speaker: "سامي حداد" }, { cue: "يقول", source: null, speaker: "سامي حداد" }] }],
];

const carry: Row[] = [
  ["وأضاف after a statement inside another's words: the reporting speaker goes on", "وقال المتحدث باسم الوزارة إن الشرطة أبلغت العائلات بأن البحث مستمر. وأضاف أن فرق الإنقاذ وصلت إلى الموقع.",
    { statements: [
      { cue: "قال", source: "المتحدث باسم الوزارة" },
      { cue: "أبلغت", source: "الشرطة" },
      { cue: "أضاف", source: null, speaker: "المتحدث باسم الوزارة" },
    ] }],
];

// A belief verb (ar-words beliefVerbs) inside another statement's words: what that source says someone
// believes, no statement (statements/find.ts dropHeldBeliefs).
const heldBelief: Row[] = [
  ["إن X يعتقدون أن: the officials' belief is the source's words, no anonymous source of its own", "وقال مصدر دبلوماسي إن المسؤولين الأوروبيين يعتقدون أن الاتفاق بات قريباً.",
    { statements: [{ cue: "قال", source: "مصدر دبلوماسي", starts: "المسؤولين الأوروبيين يعتقدون", ends: "قريباً" }],
      findings: [{ rule: "anonymous-no-reason", text: "مصدر دبلوماسي", count: 1 }] }],
  ["فإن هناك من يعتقدون: those who believe are no speaker", "وبحسب الخبير فإن هناك من يعتقدون أن الأسعار ستنخفض.",
    { statements: [{ cue: "بحسب", source: "الخبير", starts: "هناك من يعتقدون", ends: "ستنخفض" }] }],
  ["أكدوا أنهم يعتقدون: one statement, the confirmation", "وأكد مسؤولون محليون أنهم يعتقدون أن الحريق كان متعمداً.",
    { statements: [{ cue: "أكد", source: "مسؤولون محليون", starts: "أنهم يعتقدون", ends: "متعمداً" }] }],
  ["…but a belief after a clause break is the writer's report of its own", "وقال الوزير إن الوضع صعب، فيما يعتقد مراقبون أن الأزمة ستطول.",
    { statements: [{ cue: "قال", source: "الوزير", ends: "صعب" }, { cue: "يعتقد", source: "مراقبون", starts: "الأزمة" }] }],
  ["…and a belief that opens the sentence is a statement", "ويعتقد باحثون أن المرض ينتشر بسرعة.",
    { statements: [{ cue: "يعتقد", source: "باحثون", starts: "المرض" }] }],
];

describe("Arabic subject inside a reported clause", () => {
  describe("a belief inside another statement's words", () => table(heldBelief));
  describe("a noun subject", () => table(nounSubject));
  describe("a pronoun subject", () => table(pronounSubject));
  describe("no subject there", () => table(noSubject));
  describe("the reporting speaker carries on", () => table(carry));
});
