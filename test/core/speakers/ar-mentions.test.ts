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
  // A relational adjective after an unknown definite noun describes it; it heads no unnamed source.
  ["an unknown definite noun and a nationality adjective: an institution, not an unnamed source",
    "وقال المرصد الأردني للحريات إن ثلاثة صحفيين اعتقلوا.",
    { speakers: [{ name: "المرصد الأردني للحريات", kind: "organization" }] }],
  ["the same with a feminine noun and an international adjective",
    "وأعلنت الرابطة الدولية للمزارعين أنها ستدعم الحملة.",
    { speakers: [{ name: "الرابطة الدولية للمزارعين", kind: "organization" }] }],
  ["a masculine nisba before it names a person: still no institution",
    "وقال الإعلامي اللبناني إن البرنامج سيتوقف.",
    { speakers: [{ kind: "anonymous" }] }],
  ["an ordinal after the noun is no such adjective",
    "وقال الموفدون الثلاثة إن الاجتماع انتهى.",
    { speakers: [{ kind: "anonymous" }] }],
];

const anonymousAndGroups: Row[] = [
  ["an unnamed person (شخص) described by what he does is anonymous", "وقال شخص يعمل في المرفأ إن الحريق بدأ في مستودع.",
    { speakers: [{ kind: "anonymous" }], findings: [{ rule: "anonymous-source" }] }],
  ["people (أشخاص) who saw it, unnamed, are anonymous", "وذكر أشخاص شاهدوا الحادث أن السائق فر.",
    { speakers: [{ kind: "anonymous" }] }],
  ["unnamed colleagues are anonymous, a collective: no reason needed", "وأكد زملاؤها أنها كانت في المكتب حتى المساء.",
    { speakers: [{ kind: "anonymous" }], findings: [{ rule: "anonymous-source" }], noFindings: ["anonymous-no-reason"] }],
  ["an unnamed role with no article, followed by a preposition, is anonymous", "وقال باحث في مركز الدراسات إن الأرقام مبالغ فيها.",
    { speakers: [{ kind: "anonymous" }] }],
  ["an unnamed role with an unarticled adjective is anonymous", "وقال وزير سابق إن الحكومة أخطأت في تقدير الأزمة.",
    { speakers: [{ kind: "anonymous" }] }],
  ["a role with its institution in the genitive is one person", "وقال مدير المستشفى إن الجرحى نقلوا إلى العاصمة.",
    { speakers: [{ kind: "person" }] }],
  ["the media are a group, not one institution", "وذكرت وسائل الإعلام أن الاجتماع أرجئ إلى الأسبوع المقبل.",
    { speakers: [{ kind: "group" }] }],
  ["a newspaper is still an organization", "وذكرت صحيفة الأيام أن الاجتماع أرجئ إلى الأسبوع المقبل.",
    { speakers: [{ kind: "organization" }] }],
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

// Where a name starts and ends inside its mention (issue 11, family 5).
const nameBoundaries: Row[] = [
  ["a hyphen glued between two words keeps a name going", "وقال وزير الداخلية النمساوي كارل-هاينز فيبر إن الحدود ستبقى مفتوحة.",
    { statements: [{ source: "وزير الداخلية النمساوي كارل-هاينز فيبر" }], speakers: [{ name: "كارل-هاينز فيبر", kind: "person" }] }],
  ["the word after آل is part of the name, even a title word", "وقال رئيس النادي فيصل آل الشيخ إن اللاعبين جاهزون.",
    { speakers: [{ name: "فيصل آل الشيخ", kind: "person" }] }],
  ["an institution after في describes an unnamed source: its words are no name", "وقال مسؤول في هيئة الطيران المدني والنقل إن الرحلات ستعود الأسبوع المقبل.",
    { statements: [{ source: "مسؤول في هيئة الطيران المدني والنقل" }], speakers: [{ name: "مسؤول في هيئة الطيران المدني والنقل", kind: "anonymous" }] }],
  ["a relative clause after an unnamed source is no name", "وأوضح موظف في وزارة المالية اطلع على الملف أن العجز سيتسع.",
    { speakers: [{ kind: "anonymous" }] }],
  ["an institution's name ends before its affiliation", "وقالت جماعة الإصلاح المقربة من الحكومة إنها ستشارك في الحوار.",
    { statements: [{ source: "جماعة الإصلاح المقربة من الحكومة" }], speakers: [{ name: "جماعة الإصلاح", kind: "organization" }] }],
  ["a quoted outlet name with its head is the name, not its adjective", "وذكرت صحيفة \"النهار\" اللبنانية أن الحكومة ستجتمع غداً.",
    { speakers: [{ name: "صحيفة \"النهار\"", kind: "organization" }] }],
  ["an institution's name ends at its apposition comma", "وأعلنت شركة المياه الوطنية، التابعة لوزارة الطاقة، أن الضخ سيتوقف يومين.",
    { speakers: [{ name: "شركة المياه الوطنية", kind: "organization" }] }],
  ["a hashtag name: underscores are spaces, the place tag after في is not part of it", "أكدت #هيئة_النقل_العام في #الأردن أن الخطوط ستعمل كالمعتاد.",
    { speakers: [{ name: "هيئة النقل العام", kind: "organization" }] }],
  ["وفقاً للهيئة: the name has its article back", "وارتفعت الأسعار بنسبة خمسة في المئة، وفقاً للهيئة.",
    { statements: [{ cue: "وفقاً", source: "لهيئة" }], speakers: [{ name: "الهيئة", kind: "organization" }] }],
  ["two first names with one family name are two people", "وقالت ليلى حداد إن المدرسة ستفتح. وقال سامر حداد إن الطريق مغلق.",
    { speakers: [{ name: "ليلى حداد" }, { name: "سامر حداد" }] }],
  ["a compound family name alone is still the same person", "وقال خالد عبد الكريم إن الموسم صعب. وأضاف عبد الكريم أن الفريق سيقاتل.",
    { speakers: [{ name: "خالد عبد الكريم", mentions: ["خالد عبد الكريم", "عبد الكريم"] }] }],
];

// What can be a speaker, and which name it gets (issue 11, family 4).
const speakable: Row[] = [
  ["a prepositional phrase after the verb is no subject: the speaker carries over",
    "وقالت الوزيرة نادية سالم إن المدارس ستفتح. وتابعت في السياق ذاته أن الدوام سيكون جزئياً.",
    { statements: [{ cue: "قالت", source: "الوزيرة نادية سالم" }, { cue: "تابعت", source: null, speaker: "نادية سالم" }] }],
  ["a month after في is a time, not a subject",
    "وقال الوزير سمير داود إن الميناء سيفتح. وكان قد أكد في آذار أن الأعمال تأخرت.",
    { statements: [{ cue: "قال" }, { cue: "أكد", source: null, speaker: "سمير داود" }] }],
  ["a circumstantial participle after the verb is no subject",
    "وقال المحافظ هشام ناصر إن المساعدات وصلت. ثم قال متوجهاً إلى الأهالي \"لن نترككم وحدكم\".",
    { statements: [{ cue: "قال" }, { kind: "direct", cue: "قال", source: null, speaker: "هشام ناصر", quotes: ["لن نترككم وحدكم"] }] }],
  ["وفقاً لتعبيره only marks the words as the speaker's own: no second statement",
    "وأكد المدرب أن الموسم كان صعباً، وفقاً لتعبيره.",
    { statements: [{ cue: "أكد", source: "المدرب" }] }],
  ["a medium with a possessive pronoun ends the source", "وكتب الفنان رامي خوري في تدوينته على فيسبوك أن الحفل تأجل.",
    { statements: [{ cue: "كتب", source: "الفنان رامي خوري", starts: "الحفل" }], speakers: [{ name: "رامي خوري" }] }],
  ["figures after بحسب speak for the institution they belong to", "وتضاعف عدد الزوار هذا العام، بحسب تقديرات وزارة السياحة.",
    { statements: [{ cue: "بحسب", source: "تقديرات وزارة السياحة" }], speakers: [{ name: "وزارة السياحة", kind: "organization" }] }],
  ["official figures after وفقاً لـ are an organization", "ووفقاً للأرقام الرسمية، تراجع معدل البطالة إلى تسعة في المئة.",
    { speakers: [{ name: "الأرقام الرسمية", kind: "organization" }] }],
  ["an article of a law speaks for the law; a later article too",
    "ونصت المادة (12) من قانون العمل الجديد على أن الإجازة حق للعامل. وأكدت المادة (14) أن الأجر يصرف شهرياً.",
    { speakers: [{ name: "قانون العمل الجديد", kind: "organization", mentions: ["المادة (12) من قانون العمل الجديد", "المادة (14)"] }] }],
  ["a statement relayed through وفقاً لما نقلته is the inner speaker's",
    "ووفقاً لما نقلته وكالة الأنباء، فإن المحامي قال إن موكله بريء.",
    { statements: [{ cue: "قال", source: "المحامي", starts: "موكله" }] }],
  ["على حد تعبير + a source after the clause", "وكانت الجلسة \"حوار طرشان\" على حد تعبير أحد النواب.",
    { statements: [{ cue: "على حد تعبير", source: "أحد النواب", speakerKind: "anonymous" }] }],
];

describe("Arabic speakers", () => {
  describe("named people", () => table(namedPeople));
  describe("roles and addressees", () => table(rolesAndAddressees));
  describe("organizations", () => table(organizations));
  describe("anonymous and groups", () => table(anonymousAndGroups));
  describe("name boundaries", () => table(nameBoundaries));
  describe("what can speak", () => table(speakable));
  describe("titles and appositions", () => table(titlesAndAppositions));
  describe("carried over", () => table(carriedOver));
});
