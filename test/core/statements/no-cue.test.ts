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
  describe("conditions", () => table(conditions));
});
