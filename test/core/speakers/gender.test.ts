// Speaker.gender, only as the article marks it (src/core/speakers/gender.ts): Arabic agreement
// of the cue verb and of the title, English pronouns, honorifics and gendered titles. Never
// from a name alone; a group, an organization or an anonymous source has none.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const arabic: Row[] = [
  ["feminine past verb: قالت", "وقالت سلمى داود إن المستشفى يعمل بنصف طاقته.",
    { speakers: [{ name: "سلمى داود", gender: "female" }] }],
  ["masculine past verb: قال", "وقال نادر عيسى إن الطريق سيفتح غداً.",
    { speakers: [{ name: "نادر عيسى", gender: "male" }] }],
  ["feminine present verb: تقول", "وتقول هدى سالم إن الأسعار ارتفعت كثيراً.",
    { speakers: [{ name: "هدى سالم", gender: "female" }] }],
  ["feminine title, no verb mark (بحسب)", "وتراجعت المبيعات بحسب مديرة الشركة نوال حمدي.",
    { speakers: [{ gender: "female" }] }],
  ["feminine title: المتحدثة", "ووصل الوفد صباحاً بحسب المتحدثة باسم الوزارة.",
    { speakers: [{ gender: "female" }] }],
  ["masculine title after the name", "وأوضح كمال ناصر، مدير المدرسة، أن الدوام سيبدأ مبكراً.",
    { speakers: [{ name: "كمال ناصر", gender: "male" }] }],
  ["dropped subject continues the speaker: أضافت", "وقالت الوزيرة ليلى حسن إن الخطة جاهزة. وأضافت أن التنفيذ يبدأ الشهر المقبل.",
    { statements: [{ cue: "قالت", speaker: "ليلى حسن" }, { cue: "أضافت", speaker: "ليلى حسن" }], speakers: [{ name: "ليلى حسن", gender: "female" }] }],
  // A verb with its object attached agrees with its subject the same way (أبلغته، وصفتها، تتهمه).
  ["feminine verb with an object pronoun: أبلغته", "وأبلغته هالة فارس أن الطلب رفض.",
    { statements: [{ cue: "أبلغته", speaker: "هالة فارس" }], speakers: [{ name: "هالة فارس", gender: "female" }] }],
  ["feminine verb with an object pronoun: وصفتها", "ووصفتها هالة فارس بأنها \"خطوة متأخرة\".",
    { speakers: [{ name: "هالة فارس", gender: "female" }] }],
  ["masculine verb with an object pronoun: أبلغهم", "وأبلغهم عادل منصور بأن الرحلة ألغيت.",
    { speakers: [{ name: "عادل منصور", gender: "male" }] }],
  ["a dropped subject with an object pronoun skips a man: وصفته after a man and a woman",
    "وقالت ليلى حسن إن الخطة جاهزة. وقال سمير داود إن التمويل ناقص. ووصفته بأنه \"عائق مؤقت\".",
    { statements: [{ speaker: "ليلى حسن" }, { speaker: "سمير داود" }, { cue: "وصفته", speaker: "ليلى حسن" }] }],
  ["a name alone says nothing: بحسب فلانة", "وارتفعت الأسعار بحسب سلمى داود.",
    { speakers: [{ name: "سلمى داود", kind: "person", gender: null }] }],
  ["an organization with a feminine verb is no woman", "وقالت وزارة الصحة إن الإصابات تراجعت.",
    { speakers: [{ kind: "organization", gender: null }] }],
  ["an anonymous source is null", "وقال مصدر مطلع إن الاجتماع أرجئ.",
    { speakers: [{ kind: "anonymous", gender: null }] }],
  ["plural sources are null", "وقال مسؤولون إن المعبر أغلق.",
    { speakers: [{ gender: null }] }],
  ["a man and a woman of one family name stay two people", "وقالت منى حداد إن المعرض يفتتح غداً. وقال حداد إن التذاكر نفدت.",
    { statements: [{ speaker: "منى حداد" }, { speaker: "حداد" }], speakers: [{ name: "منى حداد", gender: "female" }, { name: "حداد", gender: "male" }] }],
];

const english: Row[] = [
  ["honorific Mrs", "Mrs. Joan Tully said the bakery would close.",
    { speakers: [{ name: "Joan Tully", gender: "female" }] }],
  ["honorific Mr", "Mr. Owen Pike said the bakery would close.",
    { speakers: [{ name: "Owen Pike", gender: "male" }] }],
  ["pronoun source resolved to the speaker", "Jordan Ellis, the coach, said the team was ready. \"We will win,\" she said.",
    { speakers: [{ name: "Jordan Ellis", gender: "female" }] }],
  ["a pronoun opening the next sentence", "\"It is too early to tell,\" said Sam Rhee, head of claims. He expects the losses to be small.",
    { speakers: [{ name: "Sam Rhee", gender: "male" }] }],
  ["gendered title in the apposition", "\"We are ready,\" said Lee Varga, a spokeswoman for the port authority.",
    { speakers: [{ name: "Lee Varga", gender: "female" }] }],
  ["title heading the mention", "Queen Amalia said the bridge was a gift to the city.",
    { speakers: [{ gender: "female" }] }],
  ["a title inside a complement is someone else's", "Pat Doyle, an adviser to the King, said the visit was off.",
    { speakers: [{ name: "Pat Doyle", gender: null }] }],
  ["a surname that is a title word is a name", "Stephen King said the novel was finished.",
    { speakers: [{ name: "Stephen King", gender: null }] }],
  ["a first name alone is no evidence", "Mary Walsh said the school would reopen.",
    { speakers: [{ name: "Mary Walsh", gender: null }] }],
  ["a lone pronoun source carries its gender", "\"We will rebuild,\" she said.",
    { speakers: [{ gender: "female" }] }],
  ["an organization is null", "The ministry said the roads were open.",
    { speakers: [{ kind: "organization", gender: null }] }],
  ["officials are null", "Officials said the border was closed.",
    { speakers: [{ gender: null }] }],
  // (A pronoun of the other gender is not the person: "Mr. Robin Hale said … she said" is someone else, coreference.test.ts.)
  ["conflicting evidence, a tie: null", "Mr. Robin Hale said the vote was fair. She has led the count since May.",
    { speakers: [{ name: "Robin Hale", gender: null }] }],
  ["the subject of a participle's statement: its honorific counts", "Mr. Wade Lund wrote to the council on Monday, saying the plan was late.",
    { speakers: [{ name: "Wade Lund", gender: "male" }] }],
  ["…so a later \"she\" is not that man", "Mr. Wade Lund wrote to the council on Monday, saying: \"The plan is late.\"\n\nThe clerk replied in writing. \"We are on time,\" she said.",
    { statements: [{ speaker: "Wade Lund" }, { speaker: "she" }] }],
  ["an honorific before the surname elsewhere in the text counts", "Council leader Tom Vale said the budget would pass. Mr Vale has led the council since 2010.",
    { speakers: [{ name: "Tom Vale", gender: "male" }] }],
  ["…so a later \"she\" goes past that man to the woman before him", "Ana Ruiz, who chairs the finance committee, said the plan was costly. Mr. Vale has led the council since 2010.\n\n\"It is a fair budget,\" said Tom Vale.\n\nCritics were unconvinced. \"This will hurt families,\" she said.",
    { statements: [{ speaker: "Ana Ruiz" }, { speaker: "Tom Vale" }, { speaker: "Ana Ruiz" }], speakers: [{ name: "Ana Ruiz", gender: "female" }, { name: "Tom Vale", gender: "male" }] }],
  ["Mr and Mrs before one surname say nothing", "Tom Vale said the farm was sold. Mr Vale and Mrs Vale moved to Leeds.",
    { speakers: [{ name: "Tom Vale", gender: null }] }],
  ["conflicting evidence, the majority decides", "Mrs. Robin Hale said the vote was fair. He has led the count since May. \"We counted twice,\" said Mrs. Hale.",
    { speakers: [{ name: "Robin Hale", gender: "female" }] }],
];

describe("speaker gender, Arabic", () => table(arabic));
describe("speaker gender, English", () => table(english));
