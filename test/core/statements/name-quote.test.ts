// Quotation marks around a name, a title or a term are not speech (src/core/statements/name-quote.ts).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const empty = (): Row[2] => ({ statements: [], noFindings: ["unattributed-quote", "unbalanced-quote"] });

const titlesAndNames: Row[] = [
  ["newspaper name in «»", "ونشرت صحيفة «الشرق الأوسط» تقريراً مطولاً عن الأزمة.", empty()],
  ["film title in \"\"", "وعرض فيلم \"الرحلة الأخيرة\" في افتتاح المهرجان.", empty()],
  ["operation name in «»", "وأطلق الجيش عملية «درع الجنوب» فجر الاثنين.", empty()],
  ["article title", "ونشر الكاتب مقالاً بعنوان \"زمن الأسئلة\" في الصحيفة.", empty()],
  ["TV channel in “ ”", "وبثت قناة “المملكة” لقطات من موقع الحادث.", empty()],
  ["hashtag", "وانتشر وسم #أنقذوا_الغابات على مواقع التواصل الاجتماعي.", empty()],
  ["title inside reported speech does not make it partial", "وقال الكاتب إن روايته «البحر الأخير» ستترجم إلى الإنجليزية.",
    { statements: [{ kind: "indirect", cue: "قال", source: "الكاتب", quotes: [], starts: "روايته" }] }],
  ["a title after a noun with its pronoun (كتابها)", "وقالت الكاتبة إن كتابها «ذاكرة الماء» سيصدر الشهر المقبل.",
    { statements: [{ kind: "indirect", cue: "قالت", source: "الكاتبة", quotes: [], starts: "كتابها" }] }],
  ["after إن, a quotation ending the clause is its predicate, not a title", "وقال المخرج إن فيلمه \"لمس شيئاً حقيقياً لدى الناس\".",
    { statements: [{ kind: "partial", cue: "قال", source: "المخرج", quotes: ["لمس شيئاً حقيقياً لدى الناس"] }] }],
  ["a quotation after a tweet or a letter (ar-words authoredTexts) is its words, not its name", "وقال المتحدث إن المنصة حذفت مليون تغريدة \"مسيئة ومضللة\" خلال الشهر.",
    { statements: [{ kind: "partial", cue: "قال", source: "المتحدث", quotes: ["مسيئة ومضللة"] }] }],
  ["…and a quoted «رسالة» is a word somebody used", "وقال الجيش إن الضربة كانت \"رسالة\" إلى الخصوم.",
    { statements: [{ kind: "partial", cue: "قال", source: "الجيش", quotes: ["رسالة"] }] }],
  ["English newspaper name", "The newspaper \"The Daily Star\" ran the story on its front page.", empty()],
  ["English book title", "Her memoir, \"Across the Aisle,\" became a bestseller last year.", empty()],
  ["English operation name", "The army launched Operation \"Northern Shield\" at dawn.", empty()],
];

const scareQuotesAndTerms: Row[] = [
  ["scare-quoted word in narrative", "وتحولت \"الهدنة\" إلى مواجهات مفتوحة خلال ساعات.", empty()],
  ["term after ما يسمى", "ومن المعروف أن ما يسمى \"طريق الحرير الجديد\" يمر عبر آسيا الوسطى.", empty()],
  ["English scare quote", "The so-called \"peace dividend\" never arrived.", empty()],
  ["English scare quote on an adjective", "The government's \"temporary\" tax has now been in place for nine years.", empty()],
];

// Quoted names are no quotes; a quoted predicate after a subject is (issue 11, families 1 and 3).
const namesAndPredicates: Row[] = [
  ["a three-word body's name (a head in construct, the last word definite) inside a description is no quote", "وأعلن \"مجلس الوادي\"، الواجهة السياسية للفصائل الجبلية في \"قوات الوادي الديمقراطية\"، استعداده للتفاوض \"بلا شروط\" مع الحكومة.",
    { statements: [{ cue: "أعلن", source: "مجلس الوادي", quotes: ["بلا شروط"] }] }],
  ["…not three words whose last has no article: they are the words", "وقال سامي الحداد \"حكومة الوادي فشلت\"، مضيفا أن الوضع صعب.",
    { statements: [{ cue: "قال", quotes: ["حكومة الوادي فشلت"] }, { cue: "مضيفا" }] }],
  ["a group's quoted name after تنظيم is no quote", "وقال المتحدث إن مقاتلي تنظيم \"الفجر\" انسحبوا من القرية.",
    { statements: [{ kind: "indirect", quotes: [] }] }],
  ["a series' name after its naming word and an adjective is no quote", "وقالت الممثلة إن المسلسل الرمضاني \"الطريق\" سيعرض قريباً.",
    { statements: [{ kind: "indirect", quotes: [] }] }],
  ["…and after a feminine naming word and two adjectives in ة", "وتعتبر سلمى أول عارضة تظهر في إعلان لمجلة رياضية شهيرة \"الرياضة اليوم\" بملابس البحر.",
    { statements: [] }],
  ["…but a time word after the naming word leaves the quotation words", "وقالت الصحيفة أمس \"لن نتراجع عن موقفنا\".",
    { statements: [{ kind: "direct", quotes: ["لن نتراجع عن موقفنا"] }] }],
  ["a short quotation opening with an institution's head is a name", "وقال الوزير إن «جبهة الإنقاذ» لن تشارك في الحكومة.",
    { statements: [{ kind: "indirect", quotes: [] }] }],
  ["a place's quoted name after منطقة/جيب is no quote", "وقالت الشرطة إن المهاجرين حاولوا دخول جيب \"سبتة\" ليلاً.",
    { statements: [{ kind: "indirect", quotes: [] }] }],
  ["after أن, an institution and then a quotation: the quotation is the predicate", "وأكد الوزير أن الاتحاد الأوروبي \"جاد ومصمم\" على المضي في الاتفاق.",
    { statements: [{ kind: "partial", cue: "أكد", quotes: ["جاد ومصمم"] }] }],
  ["after أن, a capital and then a quotation: the predicate", "وقال المتحدث إن موسكو \"لم تخرق\" أي اتفاق.",
    { statements: [{ kind: "partial", quotes: ["لم تخرق"] }] }],
  ["a headline subject, its verb, then the quoted words", "الرئيس يؤكد \"الاستعداد للحوار\" مع المعارضة",
    { statements: [{ kind: "partial", cue: "يؤكد", source: "الرئيس", quotes: ["الاستعداد للحوار"] }] }],
  ["بدوره is an adverb, not a naming word: the quotation is the words", "وقال المدير بدوره \"لدينا خطة واضحة\".",
    { statements: [{ kind: "direct", cue: "قال", quotes: ["لدينا خطة واضحة"] }] }],
];

describe("names and titles in quotation marks", () => {
  describe("titles and names", () => table(titlesAndNames));
  describe("scare quotes and terms", () => table(scareQuotesAndTerms));
  describe("names and predicates", () => table(namesAndPredicates));
});
