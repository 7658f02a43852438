// Arabic subject-first statements (src/core/ar/constructions/subject-first.ts): الوزير أكد أن … / وكان
// الرئيس قد قال إن ….
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const verbFirst: Row[] = [
  ["after لكن, a title, then the name between commas, then the verb: the title and the name are the subject",
    "لكن الناشط البارز وعضو المجلس البلدي، كريم العطار، قال إن المشروع متعثر.",
    { statements: [{ cue: "قال", source: "الناشط البارز وعضو المجلس البلدي، كريم العطار", speaker: "كريم العطار" }] }],
  ["…and opening the sentence", "مدير المدرسة، نبيل حداد، أكد أن الدوام سيستأنف.",
    { statements: [{ cue: "أكد", source: "مدير المدرسة، نبيل حداد", speaker: "نبيل حداد" }] }],
  ["…but not a title after a comma, the second of a list the verb's dual subject closes",
    "قال المحافظ، رامي داود، إن رئيس البلدية، سمير نصار، ومدير الشرطة، كمال عيسى، طلبا منه التدخل.",
    { statements: [{ cue: "قال", speaker: "رامي داود", ends: "طلبا منه التدخل" }] }],
  ["أول من before the verb: the subject without the superlative", "وكانت الإذاعة الرسمية أول من تحدث عن الاتفاق الجديد.",
    { statements: [{ cue: "تحدث", source: "الإذاعة الرسمية" }] }],
  ["…so آخر من after a subject with no كان", "المدرب آخر من قال إن الموسم انتهى.",
    { statements: [{ cue: "قال", source: "المدرب" }] }],
  ["كان … قد أكد (subject before the verb)", "وكان الرئيس الفرنسي قد أكد أن بلاده لن ترسل قوات برية.",
    { statements: [{ kind: "indirect", cue: "أكد", source: "الرئيس الفرنسي", starts: "بلاده", ends: "قوات برية" }] }],
  ["the subject before كان (no و) and قد, after a background formula's أن", "ويذكر أن الوزارة كانت قد أعلنت أن الموعد تأجل. يشار إلى أن الوزير فادي النعيمي كان قد قال إن الطريق مغلق.",
    { statements: [
      { kind: "indirect", cue: "أعلنت", source: "الوزارة", starts: "الموعد" },
      { kind: "indirect", cue: "قال", source: "الوزير فادي النعيمي", speaker: "فادي النعيمي", starts: "الطريق" },
    ] }],
  ["a relative clause with no comma between the subject and its verb", "اللاعب الذي انضم إلى النادي الصيف الماضي قال إنه سعيد بالتجربة.",
    { statements: [{ kind: "indirect", cue: "قال", source: "اللاعب", starts: "إنه" }] }],
  ["…a feminine subject, قد before the verb", "المديرة التي تسلمت منصبها أمس قد أكدت أن الخطة جاهزة.",
    { statements: [{ kind: "indirect", cue: "أكدت", source: "المديرة", starts: "الخطة" }] }],
  ["…a name before the relative clause and قد (speaker in full from its first mention)", "وقال رئيس الوزراء كريم العلي إن الانتخابات نزيهة. لكن العلي الذي حل حزبه ثالثاً قد قال أمس إن خروقات وقعت.",
    { someStatements: [{ cue: "قال", speaker: "كريم العلي", starts: "خروقات" }] }],
  ["…but not a prepositional phrase before the relative clause: the subject is dropped", "وقال الوزير أحمد سالم إن الزيارة ناجحة. وفي المؤتمر الذي عقد بعد اللقاء قال إن العلاقات ممتازة.",
    { statements: [{ cue: "قال", source: "الوزير أحمد سالم" }, { cue: "قال", source: null, speaker: "أحمد سالم" }] }],
  ["…nor a noun that names no source (خلال الاجتماع)", "وخلال الاجتماع الذي استمر ساعتين قال إن الحل قريب.",
    { statements: [{ cue: "قال", source: null }] }],
  ["…but not a relative of the other gender: الشركة التي … قال", "الشركة التي يملكها رجل الأعمال قال إن الأرباح تراجعت.",
    { statements: [{ cue: "قال", source: null }] }],
  ["وقد opening the paragraph before the verb is no subject", "وقد أوضحت أن الطريق مغلق حتى إشعار آخر.",
    { statements: [{ kind: "indirect", cue: "أوضحت", source: null, starts: "الطريق" }] }],
  ["…with a comma between the subject and كان", "يذكر أن وكالة الأنباء المحلية، كانت قد ذكرت أن الوفد غادر البلاد.",
    { statements: [{ kind: "indirect", cue: "ذكرت", source: "وكالة الأنباء المحلية", starts: "الوفد" }] }],
  ["after لكن with no comma before it: a title and a name of three words", "ولم يعلن عن اتفاق بهذا الشأن لكن رئيس الوزراء الكندي سامر فادي الحلو قال اليوم إن البلدين متفقان على الحوار.",
    { statements: [{ kind: "indirect", cue: "قال", source: "رئيس الوزراء الكندي سامر فادي الحلو", speaker: "سامر فادي الحلو", starts: "البلدين", ends: "على الحوار" }] }],
  ["a verb of going on (ومضى X يقول) is no part of the subject", "وقال المدرب إن الفريق جاهز. ومضى القائد يقول: \"سنقاتل حتى النهاية\".",
    { statements: [{ cue: "قال", source: "المدرب" }, { cue: "يقول", source: "القائد", speaker: "القائد" }] }],
  ["…so is a verb of coming out (وخرج X يقول) (was the source «وخرج الرئيس»)", "وخرج الرئيس يقول إن الأزمة انتهت.",
    { statements: [{ cue: "يقول", source: "الرئيس", starts: "الأزمة" }] }],
  ["…nor a medium after the subject (وراح X في كلمته يقول)", "وقال المدرب إن الفريق جاهز. وراح القائد في كلمته يقول: \"سنقاتل حتى النهاية\".",
    { statements: [{ cue: "قال", source: "المدرب" }, { cue: "يقول", source: "القائد", speaker: "القائد" }] }],
  ["a medium of two words (شريط فيديو) before قالت فيه: the subject of the verb before it is the source", "وبثت الجماعة شريط فيديو قالت فيه إن مقاتليها بخير.",
    { statements: [{ cue: "قالت", source: "الجماعة" }] }],
  ["…a video or a recording is a medium (تسجيلا قال فيه)", "وبث التنظيم تسجيلا قال فيه إن المدينة سقطت.",
    { statements: [{ cue: "قال", source: "التنظيم" }] }],
  ["…a title with its body and a name, eight words, after لكن (was the speaker before)", "وقال الدفاع إن المتهم بريء. لكن المدعي العام في محكمة الاستئناف الفدرالية ماركو بيلي قال إن الأدلة كافية.",
    { statements: [{ cue: "قال", source: "الدفاع" }, { cue: "قال", source: "المدعي العام في محكمة الاستئناف الفدرالية ماركو بيلي", speaker: "ماركو بيلي" }] }],
];

const writtenWords: Row[] = [
  ["نشر بياناً قال فيه", "ونشر الحزب بياناً قال فيه إن الانتخابات شابتها مخالفات واسعة.",
    { statements: [{ kind: "indirect", cue: ["قال", "قال فيه", "نشر بياناً قال فيه"], starts: "الانتخابات", ends: "مخالفات واسعة" }] }],
  ["…the speaker is the subject of the verb that issued it, not the clause", "وأصدرت الوزارة أمس بياناً قالت فيه إن المدارس ستفتح الأحد.",
    { statements: [{ cue: ["قالت", "قالت فيه"], source: "الوزارة", speaker: "الوزارة", speakerKind: "organization" }] }],
  ["…its accusative adjective between the medium and the cue too", "وأصدر الحزب بياناً رسمياً قال فيه إن الانتخابات مزورة.",
    { statements: [{ cue: ["قال", "قال فيه"], source: "الحزب", speaker: "الحزب", speakerKind: "organization" }] }],
  ["…and a relational adjective of the shape سنويا", "ونشرت الشركة تقريراً سنوياً أشارت فيه إلى أن الأرباح تضاعفت.",
    { statements: [{ cue: ["أشارت", "أشارت فيه"], source: "الشركة", speaker: "الشركة" }] }],
  ["…not when a comma cuts the clause before the medium", "ونشر وكيل اللاعب، سامي عباس، تغريدة على موقع تويتر أكد فيها أن اللاعب باق.",
    { statements: [{ cue: ["أكد", "أكد فيها"] }] }],
];

// After لكن opening a clause, a bare name of one or two words is the subject.
const afterBut: Row[] = [
  ["لكن + a title, words between commas that are no name (a preposition's phrase, a companion): no speaker read from them",
    "لكن المتحدث باسم الشرطة، بصوت مرتفع، قال إن الطريق مغلق. لكن وزير الصحة، ومعه مديرو المستشفيات، قال إن الوضع صعب.",
    { statements: [{ cue: "قال", speaker: null }, { cue: "قال", speaker: null }] }],
  ["لكن + a one-word name + the verb", "لكن كارلسون أكدت أن الحوار مستمر.",
    { statements: [{ cue: "أكدت", source: "كارلسون", speaker: "كارلسون" }] }],
  ["…a two-word name, a time after the verb", "لكن سامي الحداد أكد الأحد أن فريقه جاهز.",
    { statements: [{ cue: "أكد", source: "سامي الحداد" }] }],
  ["…after a comma", "وتراجع الفريق في الترتيب، لكن فادي نصار أكد أن الموسم لم ينته.",
    { statements: [{ cue: "أكد", source: "فادي نصار" }] }],
  ["و and a preposition opening the clause (وعن اليمن قال) is an adverbial, no subject: the speaker before",
    "وقال وزير الخارجية سامر داود إن المحادثات مثمرة.\n\nوعن موقف الحكومة قال إن الحل قريب.",
    { statements: [{ cue: "قال", speaker: "سامر داود" }, { cue: "قال", source: null, speaker: "سامر داود", starts: "الحل" }] }],
  ["…nor is a time word alone before the verb (والأحد قال)", "وقال المحامي رامي حداد إن موكله بريء.\n\nوالأحد قال إن المحكمة أجلت الجلسة.",
    { statements: [{ cue: "قال", speaker: "رامي حداد" }, { cue: "قال", source: null, speaker: "رامي حداد", starts: "المحكمة" }] }],
  ["an adverb with the subject's pronoun opening a paragraph (بدورها أكدت) is no subject: the speaker before",
    "وقالت الوزيرة سلمى حداد إن الخطة جاهزة.\n\nبدورها أكدت أن التمويل متوفر.",
    { statements: [{ cue: "قالت", speaker: "سلمى حداد" }, { cue: "أكدت", source: null, speaker: "سلمى حداد" }] }],
  ["…not an adverbial (لكن مع ذلك أكد): the speaker before", "وقال الوزير سامي الحداد إن الخطة جاهزة. لكن مع ذلك أكد أن التمويل ناقص.",
    { statements: [{ cue: "قال", speaker: "سامي الحداد" }, { cue: "أكد", source: null, speaker: "سامي الحداد" }] }],
];

// A subject before its verb holds no verb of its own.
const afterOwnTurn: Row[] = [
  ["بدوره + a phrase closed by a comma before the cue: the phrase is the subject, not the speaker before", "وقال الوزير سامي حداد إن العمل بدأ. بدوره الممثل والمخرج فادي العلي، قال \"المسرح يحتاج إلى دعم\".",
    { statements: [{ cue: "قال", speaker: "سامي حداد" }, { cue: "قال", source: "الممثل والمخرج فادي العلي", speaker: "فادي العلي" }] }],
  ["…so after من جهته and a comma", "وقال الوزير سامي حداد إن العمل بدأ. من جهته، رئيس غرفة التجارة فهد العلي، أكد أن الأسواق مستقرة.",
    { statements: [{ cue: "قال", speaker: "سامي حداد" }, { cue: "أكد", source: "رئيس غرفة التجارة فهد العلي", speaker: "فهد العلي" }] }],
];

const noVerbInside: Row[] = [
  ["a plural present verb ends the walk back: no subject of the later verb", "وذكرت الصحيفة أن المحققين يجرون تحقيقاتهم بناء على فرضية تفيد بأن الطرد أرسل من الخارج.",
    { someStatements: [{ cue: "ذكرت", source: "الصحيفة" }], speakers: [{ name: "الصحيفة", kind: "organization" }] }],
  ["a present verb right after وهو is a verb, no word of a subject (تقول agrees with the philosophy: no speaker)", "وقال المدرب سامي حداد إن العمل بدأ. وهو يؤمن بفلسفة خاصة تقول إن الجهد أساس النجاح.",
    { someStatements: [{ cue: "تقول", speaker: null }], speakers: [{ name: "سامي حداد" }] }],
];

const genderNumberSpelling: Row[] = [
  ["plural verb after the subject: أكدوا", "وكان المحتجون قد أكدوا أنهم سيبقون في الساحات حتى تلبية مطالبهم.",
    { statements: [{ cue: "أكدوا", source: "المحتجون", starts: "أنهم سيبقون", ends: "مطالبهم" }] }],
];

// A press review: an outlet's head noun and its quoted name open the clause before a present verb.
const outletFirst: Row[] = [
  ["صحيفة \"…\" + the verb: the paper with its name, an institution", "صحيفة \"الشرق الجديد\" تتحدث عن الانتخابات وتقول إنها ستكون حاسمة.",
    { statements: [{ cue: "تتحدث", source: "صحيفة \"الشرق الجديد\"", speakerKind: "organization" }, { cue: "تقول", speaker: "صحيفة \"الشرق الجديد\"" }] }],
  ["…with an adjective after the name", "صحيفة \"نيو تايمز\" البريطانية ترى أن القرار يطوي صفحة طويلة.",
    { statements: [{ cue: "ترى", source: "صحيفة \"نيو تايمز\" البريطانية", speakerKind: "organization" }] }],
];

// The conjunction's و on the subject, and a headline's second part after "..".
const conjunction: Row[] = [
  ["…، والحكومة أعلنت أن: the subject is الحكومة", "وقال الخبير إن الوضع صعب، والحكومة أعلنت أن الخطة جاهزة.",
    { statements: [{ cue: "قال", source: "الخبير" }, { cue: "أعلنت", source: "الحكومة", speakerKind: "organization" }] }],
  ["…، والوزير أكد أن … وأضاف الوزير: one speaker", "وقال الخبير إن الوضع صعب، والوزير أكد أن الخطة جاهزة. وأضاف الوزير أن التمويل متوفر.",
    { speakers: [{ name: "الخبير" }, { name: "الوزير", mentions: ["الوزير", "الوزير"] }] }],
  ["a headline's name after \"..\" with و, written without it elsewhere: that person",
    "مقتل شخصين في المدينة.. وسلامة يتوعد: سنرد بقوة\n\nوقال رئيس الحكومة سامي سلامة إن الرد سيكون حاسماً.",
    { speakers: [{ name: "سامي سلامة", kind: "person" }] }],
  ["…a name that starts with و stays whole when the text never writes it without", "مقتل شخصين في المدينة.. وليد يتوعد: سنرد بقوة",
    { statements: [{ cue: "يتوعد", source: "وليد", speaker: "وليد" }] }],
];

/** A count of people before its verb (ar/count.ts countBefore). */
const counts: Row[] = [
  ["a share with و glued to its number, فقط before the verb: the count is the source (was the speaker before)",
    "وقال 62٪ من السكان إن المياه تنقطع، و9٪ فقط أكدوا أنها لا تنقطع.",
    { statements: [{ cue: "قال", source: "62٪ من السكان" }, { cue: "أكدوا", source: "9٪", speakerKind: "anonymous", starts: "أنها" }] }],
  ["after بينما, a share and من + the people", "وأكد المدير أن الخدمة تحسنت، بينما 35٪ من الزبائن قالوا إنها ساءت.",
    { statements: [{ cue: "أكد", source: "المدير" }, { cue: "قالوا", source: "35٪ من الزبائن", speakerKind: "anonymous", starts: "إنها" }] }],
  ["…a number is no subject when other words stand between it and the verb", "وقال المدير إن الخدمة تحسنت. وبعد 3 أيام قال إنها ساءت.",
    { statements: [{ cue: "قال", source: "المدير" }, { cue: "قال", source: null, speaker: "المدير" }] }],
];

describe("Arabic subject-first", () => {
  describe("a count of people", () => table(counts));
  describe("the conjunction's و", () => table(conjunction));
  describe("an outlet's quoted name", () => table(outletFirst));
  describe("verb-first", () => table(verbFirst));
  describe("written words", () => table(writtenWords));
  describe("after لكن", () => table(afterBut));
  describe("no verb inside the subject", () => table(noVerbInside));
  describe("after بدوره، من جهته", () => table(afterOwnTurn));
  describe("gender, number, spelling", () => table(genderNumberSpelling));
});
