// Text with no reporting cue, or with words that only look like one: no statement.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const empty = (): Row[2] => ({ statements: [], noFindings: ["unattributed-quote", "unbalanced-quote"] });

const wordsThatOnlyLookLikeCues: Row[] = [
  ["استقال contains قال but is not a cue", "واستقال وزير المالية من منصبه أمس.", { statements: [] }],
  ["مقال contains قال but is not a cue", "ونشرت الصحيفة مقالاً عن الأزمة الاقتصادية.", { statements: [] }],
  ["انتقال / الاستقلال are not cues", "وتحتفل البلاد بعيد الاستقلال بعد انتقال السلطة بشكل سلمي.", { statements: [] }],
];

const noReportingVerb: Row[] = [
  ["no reporting verb at all", "The talks ended without an agreement on Tuesday.", { statements: [] }],
];

const eventsThatAreNotSpeech: Row[] = [
  ["التقى", "والتقى وزير الخارجية نظيره الفرنسي في باريس.", empty()],
  ["زار", "وزار الرئيس المصابين في المستشفى العسكري.", empty()],
  ["وقع اتفاقية", "ووقع الجانبان اتفاقية للتعاون الاقتصادي.", empty()],
  ["بث تقريراً", "وبث التلفزيون الرسمي تقريراً عن الزيارة.", empty()],
  ["مقال is not speech", "وتناول مقال في الصحيفة تداعيات الأزمة.", empty()],
  ["headline label with a colon", "فرنسا: توقيف ثلاثة أشخاص في قضية تهريب", empty()],
  ["English met", "The minister met his French counterpart in Paris on Monday.", empty()],
  ["English visited", "The president visited the wounded in hospital.", empty()],
];

const callsAndCondemnationsWithANounObject: Row[] = [
  ["رحب بـ", "ورحبت الجامعة العربية بالاتفاق.", empty()],
  ["أدان", "وأدانت الخارجية الهجوم على القافلة.", empty()],
  ["حث على", "وحث الأمين العام الأطراف على ضبط النفس.", empty()],
  ["أمل في", "وأمل الرئيس في نجاح المفاوضات.", empty()],
];

const conditions: Row[] = [
  ["شريطة ألا تقل", "ووافق البنك على تمديد القرض شريطة ألا تقل الفائدة عن خمسة في المئة.",
    { statements: [], anonymity: [] }],
  ["بشرط أن", "وسيسمح للشاحنات بالعبور بشرط أن تخضع للتفتيش.",
    { statements: [], anonymity: [] }],
  ["English on condition that", "The bank will lend the money on condition that the government cuts spending.",
    { statements: [], anonymity: [] }],
];

// Only something that can speak is a speaker (issue 11, family 4).
const cannotSpeak: Row[] = [
  ["أكد ضرورة: a call, not a claim", "وأكد الوزير ضرورة تطبيق القانون على الجميع.", empty()],
  ["a verbal noun after a preposition is no verb", "ويعجز الخبراء عن توقع ما سيحدث في الأسواق.", empty()],
  ["ما يشير إلى: ما is the subject", "وهذا ما يشير إلى تحسن الأوضاع في المدينة.", empty()],
  ["حمل (carried) with no مسؤولية is no cue", "وحمل المتظاهرون لافتات كتب عليها شعارات.", empty()],
  ["a study that indicates something is no speaker", "وأشارت الدراسة إلى \"تحسن ملموس\" في الأداء.", empty()],
  ["estimates as the subject of a verb", "وتشير تقديرات إلى أن عدد الزوار تضاعف هذا العام.", empty()],
  ["وفق a schedule: in accordance with, not according to", "وتجري أعمال الصيانة وفق الجدول الزمني المعتمد لها.", empty()],
  ["بحسب a plan", "وسيفتح الطريق أمام السيارات الشهر المقبل بحسب الخطة الموضوعة.", empty()],
  ["ردا على: in response to, no cue", "وأغلقت الحكومة المعبر ردا على الهجوم الذي استهدف الدورية.", empty()],
];

// A cue whose words are no words (a mark, a comma) reports nothing (statements/find.ts dropWordless).
const noWords: Row[] = [
  ["a credit line: نقلاً عن and the outlet, nothing before it but a mark", "وقال المدرب إن الفريق جاهز للمباراة.\n\n*نقلاً عن صحيفة الأيام",
    { statements: [{ cue: "قال", source: "المدرب" }] }],
  ["\"denied that,\" with a pronoun object: the participle after it speaks", "But the coach denied that, saying he was happy to stay.",
    { statements: [{ cue: "saying", starts: "he was happy" }] }],
  ["…but a cue ending the paragraph with a colon keeps the next paragraph's words", "The coach said:\n\n\"We are ready.\"",
    { statements: [{ kind: "direct", quotes: ["We are ready."] }] }],
];

// Words written on a thing (an inscription) are nobody's statement.
const inscriptions: Row[] = [
  ["كتب عليها after a placard, a plain word then the quotation", "ورفع المحتجون لافتات كتب عليها عبارة \"لا للظلم\".", { statements: [] }],
  ["…or a colon", "ونشر الناشط صورة كتب عليها: \"لن ننسى\".", { statements: [] }],
  ["…but وكتب عليها with a name after it is a statement", "ونشر الموقع صورة للصفحة، وكتب عليها الناشط سامي حداد أن الاحتجاجات مستمرة.",
    { statements: [{ cue: "كتب", speaker: "سامي حداد" }] }],
  ["English: a thing before \", which tells/said\" is no speaker", "The festival opened with a new film, which tells the story of a boy who ran away. Police found a note, which said the bomb was fake.",
    { statements: [] }],
];

// An English reporting verb inside an Arabic paragraph (a programme's name) is no cue.
const englishWordsInArabic: Row[] = [
  ["an English verb in a show's name", "بعد أن فاز الطفل بلقب الموسم الثاني من the Voice Kids على MBC1 وMBC مصر، السبت، أتيح \"للقيصر\" أن يسجل هدفه الثاني في مرمى البرنامج.", { statements: [] }],
];

describe("no cue", () => {
  describe("English words in an Arabic paragraph", () => table(englishWordsInArabic));
  describe("words that only look like cues", () => table(wordsThatOnlyLookLikeCues));
  describe("no reporting verb", () => table(noReportingVerb));
  describe("events that are not speech", () => table(eventsThatAreNotSpeech));
  describe("calls and condemnations with a noun object", () => table(callsAndCondemnationsWithANounObject));
  describe("things that cannot speak", () => table(cannotSpeak));
  describe("conditions", () => table(conditions));
  describe("cues with no words", () => table(noWords));
  describe("inscriptions", () => table(inscriptions));
});
