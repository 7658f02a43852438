// Where the reported words open after the source (src/core/ar/constructions/reported-words.ts, ar/opening.ts): adjuncts are passed over.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["an addressee, a medium and a time word before إن are passed over", "وقال الوزير للصحفيين في مؤتمر صحفي أمس إن الميناء سيفتح.",
    { statements: [{ kind: "indirect", cue: "قال", source: "الوزير", starts: "الميناء", ends: "سيفتح" }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["a verb with its pronoun inside a description does not end the search for the words", "وقال الوزير في تصريحات نقلتها وكالة الأنباء الرسمية \"لن نتراجع عن القرار\".",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير", quotes: ["لن نتراجع عن القرار"] }] }],
  // Partial quotes next to their cue (issue 11, family 1).
  ["حث X على \"…\": a call that quotes the speaker", "وحث الوزير الأطراف على \"ضبط النفس\" في الأيام المقبلة.",
    { statements: [{ kind: "partial", cue: "حث", source: ["الوزير", "الوزير الأطراف"], quotes: ["ضبط النفس"] }] }],
  // A manner phrase after a reporting verb's source: the words follow it, and it is no cue of its own.
  ["علق X على Y بالقول إن: the verb's words follow بالقول", "وعلقت النائبة منى الخطيب على القرار بالقول إن الحكومة تجاهلت اللجنة.",
    { statements: [{ kind: "indirect", cue: "علقت", source: ["النائبة منى الخطيب", "النائبة منى الخطيب على القرار"], speaker: "منى الخطيب", starts: "الحكومة", ends: "اللجنة" }] }],
  ["an apposition before بالقول stays in the source", "وعلق رئيس النادي، وليد شاكر على الخسارة بالقول إن الفريق سيعود أقوى.",
    { statements: [{ kind: "indirect", cue: "علق", speaker: "وليد شاكر", starts: "الفريق", ends: "أقوى" }] }],
  ["اختتم X تصريحه بالقول: the possessed medium ends the source", "واختتم المدير العام فادي نصار تصريحه بالقول إن الشركة ستوسع نشاطها.",
    { statements: [{ kind: "indirect", cue: "اختتم", source: "المدير العام فادي نصار", speaker: "فادي نصار", starts: "الشركة" }] }],
  ["تابع بالقول: the verbal noun belongs to the cue", "وقال السفير ماهر الدباغ إن المحادثات مستمرة. وتابع بالقول: \"نحن متفائلون\".",
    { statements: [{ cue: "قال" }, { kind: "direct", cue: "تابع بالقول", source: null, speaker: "ماهر الدباغ", quotes: ["نحن متفائلون"] }] }],
  ["a short quotation closed by a colon ends the source's description; the words follow the colon",
    "وقال التقرير، الذي أعدته «شركة الأفق»: الأسعار سترتفع في الربع المقبل.",
    { statements: [{ kind: "indirect", cue: "قال", starts: "الأسعار" }] }],
  // A quotation right after the source, with no colon or comma, closing the sentence: the words, not a name.
  ["a quotation right after a name with the article, ending the sentence, is the words", "وقال سامر الخطيب «كانت ليلة طويلة».",
    { statements: [{ kind: "direct", cue: "قال", source: "سامر الخطيب", quotes: ["كانت ليلة طويلة"] }], speakers: [{ name: "سامر الخطيب" }] }],
  ["…after an unnamed source's description too", "وقال أحد سكان حي النور الأكثر تضررا \"كانت ليلة طويلة\".",
    { statements: [{ kind: "direct", cue: "قال", source: "أحد سكان حي النور الأكثر تضررا", quotes: ["كانت ليلة طويلة"] }] }],
  ["…not a quoted name after a naming word", "وقال رئيس حزب «الأمة الجديدة».", { statements: [] }],
  ["…not after a question word (an indirect question), nor after an adjunct with its pronoun",
    "ويشرح كتاب جديد لماذا اختفى «طائر الدودو». وترأس الحاكم اجتماعا أعلن خلاله «خطة الطوارئ».", { statements: [] }],
  ["…not after أن, where the verb is no report of its own", "ويجب أن تؤكد الفعاليات «وحدة الصف»، كما قال المنظمون.",
    { statements: [{ cue: "كما قال" }] }],
  ["after a verb of saying, a closing quotation of three words is the words even after a naming word",
    "وقال الوزير في المؤتمر \"نحن ندعم الحوار\".",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير", quotes: ["نحن ندعم الحوار"] }] }],
  ["…not after another cue: a slogan after شعار stays a name", "واختتمت الندوة فعالياتها تحت شعار \"التنمية والحقوق للجميع\".",
    { statements: [] }],
  ["a statement whose source is a preposition's object (قلق من التقارير التي تحدثت …) is inside the words: they run on over it",
    "وقال الوزير سامي حداد إنه قلق من التقارير التي تحدثت عن نقص الدواء في المدينة.",
    { statements: [{ cue: "قال", source: "الوزير سامي حداد", starts: "إنه قلق", ends: "في المدينة" }, { cue: "تحدثت", source: "التقارير", starts: "نقص الدواء" }] }],
  ["…، وذلك وفقاً لما ذكرته الوكالة: the words end before وذلك and the relay",
    "وقال الوزير سامي حداد إن \"اللجنة ستعلن النتائج قريبا\"، وذلك وفقا لما ذكرته وكالة الأنباء المحلية.",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير سامي حداد", quotes: ["اللجنة ستعلن النتائج قريبا"] }] }],
  ["مقراً له (as its seat) is no participle of أقر: the verb before it is the cue",
    "وقال بنك المدينة، الذي يتخذ من العاصمة مقرا له، الثلاثاء، إن الرئيس التنفيذي انسحب.",
    { statements: [{ kind: "indirect", cue: "قال", source: "بنك المدينة", starts: "الرئيس", ends: "انسحب" }] }],
  ["a quotation that opens the words, a comma, then the writer's own words (في رد على …): the words end at the quotation",
    "وقال الوزير سامي حداد \"سنعيد فتح الطريق قبل نهاية الشهر\"، في رد على سؤال للصحفيين.",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير سامي حداد", quotes: ["سنعيد فتح الطريق قبل نهاية الشهر"] }] }],
  ["…so with دون and لكنه", "وقال المتحدث إن \"التحقيق سيستمر أسابيع\"، لكنه لم يوضح السبب.",
    { statements: [{ kind: "direct", cue: "قال", quotes: ["التحقيق سيستمر أسابيع"] }] }],
  ["…not after a name a body gives itself (يطلق على نفسه «…»): the words are further on",
    "وقال التنظيم، عبر فرع يطلق على نفسه «ولاية الشمال»، في بيان نشر على موقعه «سيطرنا على المعبر».",
    { statements: [{ cue: "قال", source: "التنظيم", ends: "على المعبر»" }] }],
  ["a prepositional cue set off by commas between the source and إن is an aside: the verb's statement, one",
    "وقال المحافظ نبيل الساعدي، بحسب ما نقلت عنه إذاعة المدينة، إن الجسر سيفتح قريباً.",
    { statements: [{ kind: "indirect", cue: "قال", source: "المحافظ نبيل الساعدي", speaker: "نبيل الساعدي", starts: "الجسر", ends: "قريباً" }] }],
  ["…وفقاً لـ an outlet before أن, the same",
    "وأكدت المتحدثة باسم البلدية، وفقاً لصحيفة الشروق، أن المياه ستعود مساء.",
    { statements: [{ kind: "indirect", cue: "أكدت", source: "المتحدثة باسم البلدية", starts: "المياه" }] }],
  ["…with no subject written", "وقال الوزير سعيد المالكي إن الخطة جاهزة. وأضاف، حسب ما أوردته الوكالة، أن التنفيذ يبدأ غداً.",
    { statements: [{ cue: "قال" }, { cue: "أضاف", source: null, speaker: "سعيد المالكي", starts: "التنفيذ" }] }],
];

describe("Arabic reported words", () => table(rows));
