// Things that look like statements and are not: titles and names in quote
// marks, scare quotes, the journalist's background formulas, events that are
// not speech, calls and condemnations with a bare noun object, conditions.
import { describe } from "vitest";
import { type Row, table } from "./expect";

const empty = (): Row[2] => ({ statements: [], noFindings: ["unattributed-quote", "unbalanced-quote"] });

const titles: Row[] = [
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
  ["English newspaper name", "The newspaper \"The Daily Star\" ran the story on its front page.", empty()],
  ["English book title", "Her memoir, \"Across the Aisle,\" became a bestseller last year.", empty()],
  ["English operation name", "The army launched Operation \"Northern Shield\" at dawn.", empty()],
];

const scare: Row[] = [
  ["scare-quoted word in narrative", "وتحولت \"الهدنة\" إلى مواجهات مفتوحة خلال ساعات.", empty()],
  ["term after ما يسمى", "ومن المعروف أن ما يسمى \"طريق الحرير الجديد\" يمر عبر آسيا الوسطى.", empty()],
  ["English scare quote", "The so-called \"peace dividend\" never arrived.", empty()],
  ["English scare quote on an adjective", "The government's \"temporary\" tax has now been in place for nine years.", empty()],
];

const background: Row[] = [
  ["يذكر أن", "يذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.", empty()],
  ["ومن المعروف أن", "ومن المعروف أن المنطقة غنية بالنفط والغاز.", empty()],
  ["والجدير بالذكر أن", "والجدير بالذكر أن الاتفاق وقع عام 2015.", empty()],
  ["يشار إلى أن", "يشار إلى أن الوزير تولى منصبه قبل عامين.", empty()],
  ["وتجدر الإشارة إلى أن", "وتجدر الإشارة إلى أن البرلمان لم يصادق على الميزانية بعد.", empty()],
  ["It is worth noting", "It is worth noting that the law was passed in 2015.", empty()],
  ["background formula next to a real statement",
    "وقال وزير الصحة إن الوباء انحسر. يذكر أن الوزارة سجلت آلاف الإصابات الشهر الماضي.",
    { statements: [{ kind: "indirect", cue: "قال", source: "وزير الصحة", starts: "الوباء", ends: "انحسر" }] }],
];

const events: Row[] = [
  ["التقى", "والتقى وزير الخارجية نظيره الفرنسي في باريس.", empty()],
  ["زار", "وزار الرئيس المصابين في المستشفى العسكري.", empty()],
  ["وقع اتفاقية", "ووقع الجانبان اتفاقية للتعاون الاقتصادي.", empty()],
  ["لم ترد على طلب للتعليق", "ولم ترد السفارة على طلب للتعليق.", empty()],
  ["بث تقريراً", "وبث التلفزيون الرسمي تقريراً عن الزيارة.", empty()],
  ["مقال is not speech", "وتناول مقال في الصحيفة تداعيات الأزمة.", empty()],
  ["headline label with a colon", "فرنسا: توقيف ثلاثة أشخاص في قضية تهريب", empty()],
  ["English met", "The minister met his French counterpart in Paris on Monday.", empty()],
  ["English visited", "The president visited the wounded in hospital.", empty()],
  ["English did not respond", "The embassy did not respond to a request for comment.", empty()],
];

const nounObjects: Row[] = [
  ["دعا إلى + noun", "ودعا الوزير إلى وقف فوري لإطلاق النار.", empty()],
  ["دعا إلى + one quoted word (a term)", "ودعا الوزير إلى «الحوار» مع المعارضة.", empty()],
  ["أشار إلى + a quoted club name", "وأشار المدرب إلى \"نادي الهلال\" في حديثه.", empty()],
  ["رحب بـ", "ورحبت الجامعة العربية بالاتفاق.", empty()],
  ["أدان", "وأدانت الخارجية الهجوم على القافلة.", empty()],
  ["أعلن عن إطلاق", "وأعلنت الوزارة عن إطلاق مبادرة لدعم الشباب.", empty()],
  ["طالب بـ", "وطالب المحتجون بإقالة الحكومة.", empty()],
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

describe("not statements", () => {
  describe("titles and names", () => table(titles));
  describe("scare quotes and terms", () => table(scare));
  describe("background formulas", () => table(background));
  describe("events that are not speech", () => table(events));
  describe("calls and condemnations with a noun object", () => table(nounObjects));
  describe("conditions", () => table(conditions));
});
