// Arabic source mentions described (src/core/speakers/describe-ar.ts): names, roles, institutions,
// unnamed sources and groups.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const namedPeople: Row[] = [
  ["title، name، إن", "وقال وزير الخارجية المصري، سامح رؤوف، إن القاهرة ترفض أي حل على حساب الفلسطينيين.",
    { statements: [{ source: "وزير الخارجية المصري، سامح رؤوف", starts: "القاهرة" }],
      speakers: [{ name: "سامح رؤوف", kind: "person", mentions: ["وزير الخارجية المصري، سامح رؤوف"] }] }],
  ["title name without commas", "وقال رئيس الوزراء الليبي عبد الله المبروك إن الانتخابات ستجرى في موعدها.",
    { statements: [{ source: "رئيس الوزراء الليبي عبد الله المبروك", starts: "الانتخابات" }],
      speakers: [{ name: "عبد الله المبروك", kind: "person" }] }],
  ["name، title، إن", "وقال أحمد العلي، رئيس نقابة الصحفيين، إن النقابة ستلجأ إلى القضاء.",
    { statements: [{ source: "أحمد العلي، رئيس نقابة الصحفيين", starts: "النقابة" }],
      speakers: [{ name: "أحمد العلي", kind: "person" }] }],
  ["honorific and title after the name", "وقالت الدكتورة هالة يوسف، أستاذة علم الأوبئة في جامعة القاهرة، إن الموجة الحالية أضعف من سابقتها.",
    { statements: [{ cue: "قالت", source: "الدكتورة هالة يوسف، أستاذة علم الأوبئة في جامعة القاهرة", starts: "الموجة" }],
      speakers: [{ name: ["هالة يوسف", "الدكتورة هالة يوسف"], kind: "person" }] }],
  ["ambassador with place in the title", "وقال السفير الفرنسي في بيروت، جان لوران، إن بلاده ستواصل دعم الجيش اللبناني.",
    { statements: [{ source: "السفير الفرنسي في بيروت، جان لوران", starts: "بلاده" }],
      speakers: [{ name: "جان لوران", kind: "person" }] }],
  ["spokesman with name, then on twitter", "وقال المتحدث باسم الحزب نبيل حداد على تويتر إن الحزب لن يشارك في الحكومة.",
    { statements: [{ source: "المتحدث باسم الحزب نبيل حداد", starts: "الحزب لن" }],
      speakers: [{ name: "نبيل حداد", kind: "person" }] }],
  ["written with apposition, medium after", "وكتبت المتحدثة باسم الحملة، ليلى منصور، على فيسبوك أن المرشحة لن تنسحب من السباق.",
    { statements: [{ cue: "كتبت", source: "المتحدثة باسم الحملة، ليلى منصور", starts: "المرشحة" }],
      speakers: [{ name: "ليلى منصور", kind: "person" }] }],
  ["surname-only mention", "وقال الهاجري إن النادي سيستأنف على قرار الاتحاد.",
    { statements: [{ source: "الهاجري" }], speakers: [{ name: "الهاجري", kind: "person" }] }],
];

const rolesAndAddressees: Row[] = [
  ["on-record role without a name is a person", "وقال المتحدث باسم وزارة الخارجية الإثيوبية إن المفاوضات ستستأنف الشهر المقبل.",
    { statements: [{ source: "المتحدث باسم وزارة الخارجية الإثيوبية" }],
      speakers: [{ kind: "person" }] }],
  ["addressee لرويترز is not in the source", "وقال وزير الطاقة لرويترز إن الإنتاج سيرتفع في الربع الثالث.",
    { statements: [{ source: "وزير الطاقة", starts: "الإنتاج" }] }],
  ["addressee للصحفيين is not in the source", "وقالت رئيسة البلدية للصحفيين إن المياه ستعود خلال يومين.",
    { statements: [{ cue: "قالت", source: "رئيسة البلدية", starts: "المياه" }] }],
  ["addressee لـ\"…\" is not in the source", "وقال مدير المستشفى لـ\"الشرق الأوسط\" إن الطواقم الطبية تعمل بلا توقف.",
    { statements: [{ kind: "indirect", source: "مدير المستشفى", quotes: [], starts: "الطواقم" }] }],
];

const organizations: Row[] = [
  ["ministry", "وقالت وزارة الخارجية الأميركية إن الوزير سيزور المنطقة الأسبوع المقبل.",
    { statements: [{ source: "وزارة الخارجية الأميركية" }], speakers: [{ name: "وزارة الخارجية الأميركية", kind: "organization" }] }],
  ["capital city as a government", "وقالت موسكو إن العقوبات الجديدة لن تغير موقفها.",
    { statements: [{ source: "موسكو" }], speakers: [{ name: "موسكو", kind: "organization" }] }],
  ["White House", "وقال البيت الأبيض إن الرئيس سيلقي خطاباً مساء الخميس.",
    { statements: [{ source: "البيت الأبيض" }], speakers: [{ name: "البيت الأبيض", kind: "organization" }] }],
  ["news agency", "وذكرت وكالة الأنباء الكويتية الرسمية أن الأمير استقبل المبعوث الأممي.",
    { statements: [{ cue: "ذكرت", source: "وكالة الأنباء الكويتية الرسمية" }], speakers: [{ kind: "organization" }] }],
  ["party with في بيان", "وقال حزب العمال في بيان إن الحكومة أخفقت في معالجة أزمة السكن.",
    { statements: [{ source: "حزب العمال", starts: "الحكومة" }], speakers: [{ name: "حزب العمال", kind: "organization" }] }],
  ["company", "وقالت شركة الاتصالات الوطنية إنها أعادت الخدمة إلى معظم المناطق.",
    { statements: [{ source: "شركة الاتصالات الوطنية", starts: "إنها" }], speakers: [{ kind: "organization" }] }],
];

const anonymousAndGroups: Row[] = [
  ["مسؤول أمني", "وقال مسؤول أمني إن الهجوم نفذه انتحاري.",
    { statements: [{ source: "مسؤول أمني" }], speakers: [{ name: "مسؤول أمني", kind: "anonymous" }] }],
  ["أحد المسؤولين", "وقال أحد المسؤولين إن الرحلات ستستأنف غداً.",
    { statements: [{ source: "أحد المسؤولين" }], speakers: [{ kind: "anonymous" }] }],
  ["دبلوماسي غربي", "وقال دبلوماسي غربي إن الاتفاق بات قريباً.",
    { statements: [{ source: "دبلوماسي غربي" }], speakers: [{ name: "دبلوماسي غربي", kind: "anonymous" }] }],
  ["شهود عيان", "وقال شهود عيان إن الدخان غطى سماء المدينة.",
    { statements: [{ source: "شهود عيان" }], speakers: [{ kind: "anonymous" }] }],
  ["مصادر مطلعة", "وقالت مصادر مطلعة إن الاجتماع سيعقد في الدوحة.",
    { statements: [{ cue: "قالت", source: "مصادر مطلعة" }], speakers: [{ name: "مصادر مطلعة", kind: "anonymous" }] }],
  ["expert described by employer", "وقال خبير اقتصادي يعمل لدى الحكومة إن العجز سيتسع.",
    { statements: [{ source: "خبير اقتصادي يعمل لدى الحكومة" }], speakers: [{ kind: "anonymous" }] }],
  ["unnamed collective of institutions is a group", "وقالت منظمات دولية إن الوضع الإنساني يتدهور بسرعة.",
    { statements: [{ source: "منظمات دولية" }], speakers: [{ kind: "group" }] }],
  ["القوى الغربية is a group", "وقالت القوى الغربية إن طهران لم تقدم ردا مقنعا.",
    { statements: [{ source: "القوى الغربية" }], speakers: [{ kind: "group" }] }],
  ["two sources under one cue are one group speaker", "وتراجعت الصادرات بنسبة عشرة في المئة، وفق الحكومة وخبراء مستقلين.",
    { statements: [{ cue: "وفق", source: "الحكومة وخبراء مستقلين" }], speakers: [{ kind: "group" }] }],
];

// Titles and appositions: which words of a titled mention are the name (issue 11, family 6).
const titlesAndAppositions: Row[] = [
  ["a one-word name before an apposition comma is the name, the apposition its title", "وقال جعجع، رئيس حزب القوات، إن الانتخابات معطلة.",
    { speakers: [{ name: "جعجع", kind: "person" }] }],
  ["a name opening the mention is a name even when it looks like an adjective", "وقال مهدي كريمي، حاكم الإقليم، إن الوضع هادئ.",
    { speakers: [{ name: "مهدي كريمي", kind: "person" }] }],
  ["مفوضة is a title: the name after the comma is the person's", "وقالت مفوضة الشؤون الإنسانية، سارة بيرك، إن المساعدات وصلت.",
    { speakers: [{ name: "سارة بيرك", kind: "person" }] }],
  ["an honorific before a title is no name", "وقال معالي وزير المالية، ناصر الحربي، إن الميزانية متوازنة.",
    { speakers: [{ name: "ناصر الحربي", kind: "person" }] }],
  ["a circumstantial participle ends the name", "وقال كيم مخاطباً الحضور إن البلاد لن تتراجع.",
    { speakers: [{ name: "كيم", kind: "person" }] }],
  ["a title word as an adjective (الحزب الحاكم) does not hide the name after it", "وقال النائب في الحزب الحاكم ماهر سلوم إن البرلمان سيصوت.",
    { speakers: [{ name: "ماهر سلوم", kind: "person" }] }],
  ["a title after a prepositional phrase's definite noun is the name's", "وقال المدير في وزارة الصحة الدكتور فادي نصار إن اللقاحات وصلت.",
    { speakers: [{ name: "فادي نصار", kind: "person" }] }],
  ["the word after a title without the article is its genitive, no name", "وقالت مفوضة حقوق الإنسان إن التحقيق ضروري.",
    { speakers: [{ name: "مفوضة حقوق الإنسان", kind: "person" }] }],
  ["a title with a possessive may be followed by a name", "وقال مستشاره سامي حداد إن القرار نهائي.",
    { speakers: [{ name: "سامي حداد", kind: "person" }] }],
  ["a noun under a preposition with a pronoun starts no apposition", "وقال المتحدث، بصفته مسؤولاً عن الملف، إن الاتفاق قريب.",
    { statements: [{ source: "المتحدث" }] }],
  ["للجيش after an institution's head is part of its name, not an addressee", "وبحسب الموقع الرسمي للجيش، فإن القوات تقدمت.",
    { statements: [{ cue: "بحسب", source: "الموقع الرسمي للجيش" }] }],
];

const carriedOver: Row[] = [
  ["dropped subject: one speaker, one mention",
    "وقال رئيس البلدية، فادي عواد، إن الطرق ستفتح صباحاً. وتابع قوله: «لا نريد أن نعرض حياة أحد للخطر».",
    { speakers: [{ name: "فادي عواد", kind: "person", mentions: ["رئيس البلدية، فادي عواد"] }] }],
  ["quote first, then قالت + source", "«سنعود إلى بيوتنا مهما طال الانتظار»، قالت أم خالد، وهي نازحة من الريف الجنوبي.",
    { statements: [{ kind: "direct", cue: "قالت", source: ["أم خالد", "أم خالد، وهي نازحة من الريف الجنوبي"], quotes: ["سنعود إلى بيوتنا مهما طال الانتظار"] }] }],
];

describe("Arabic speakers", () => {
  describe("named people", () => table(namedPeople));
  describe("roles and addressees", () => table(rolesAndAddressees));
  describe("organizations", () => table(organizations));
  describe("anonymous and groups", () => table(anonymousAndGroups));
  describe("titles and appositions", () => table(titlesAndAppositions));
  describe("carried over", () => table(carriedOver));
});
