// Later mentions linked to earlier speakers (src/core/speakers/resolver.ts).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const arabic: Row[] = [
  ["full name → surname (بومبيو)",
    "وقال وزير الخارجية الأميركي، مايك بومبيو، إن واشنطن تراقب الوضع عن كثب. وأضاف بومبيو أن بلاده لا تسعى إلى التصعيد.",
    { speakers: [{ name: "مايك بومبيو", kind: "person", mentions: ["وزير الخارجية الأميركي، مايك بومبيو", "بومبيو"] }],
      statements: [{ speaker: "مايك بومبيو" }, { speaker: "مايك بومبيو" }] }],
  ["title, name → surname with قائلاً",
    "قال وزير الخارجية الأردني، سليم الحداد، إن الاجتماع كان مثمراً. وعلق الحداد على النتائج قائلاً: \"هذه بداية فقط\".",
    { speakers: [{ name: "سليم الحداد", kind: "person", mentions: ["وزير الخارجية الأردني، سليم الحداد", "الحداد"] }] }],
  ["name → الوزير",
    "وقال وزير الداخلية، سعيد الكعبي، إن الشرطة فككت شبكة للتهريب. وأضاف الوزير أن التحقيقات ما زالت في بدايتها.",
    { speakers: [{ name: "سعيد الكعبي", mentions: ["وزير الداخلية، سعيد الكعبي", "الوزير"] }] }],
  ["feminine: الوزيرة، ريم العتيبي → العتيبي",
    "وقالت وزيرة التخطيط، ريم العتيبي، إن النمو سيتسارع. وأكدت العتيبي أن الحكومة لن تفرض ضرائب جديدة.",
    { speakers: [{ name: "ريم العتيبي", kind: "person", mentions: ["وزيرة التخطيط، ريم العتيبي", "العتيبي"] }] }],
  ["organization → الوزارة",
    "وقالت وزارة الصحة إن المستشفيات تعمل بكامل طاقتها. وأضافت الوزارة أن اللقاحات ستصل الأسبوع المقبل.",
    { speakers: [{ name: "وزارة الصحة", kind: "organization", mentions: ["وزارة الصحة", "الوزارة"] }] }],
  ["مسؤول دبلوماسي غربي → المسؤول الغربي → المسؤول",
    "وقال مسؤول دبلوماسي غربي، تحدث شريطة عدم نشر اسمه، إن المفاوضات تعثرت. وأوضح المسؤول الغربي أن الخلاف يدور حول الضمانات. ورأى المسؤول أن الحل ما زال ممكناً.",
    { speakers: [{ name: "مسؤول دبلوماسي غربي", kind: "anonymous",
      mentions: ["مسؤول دبلوماسي غربي", "المسؤول الغربي", "المسؤول"], anonymity: ["تحدث شريطة عدم نشر اسمه"] }] }],
  ["مسؤول استخبارات بريطاني → المسؤول في الاستخبارات البريطانية → المسؤول",
    "وقال مسؤول استخبارات بريطاني إن الشبكة كانت تحت المراقبة منذ شهور. وأوضح المسؤول في الاستخبارات البريطانية أن اثنين من أفرادها فرا. وتابع المسؤول: «لن يتمكنا من الاختباء طويلاً».",
    { speakers: [{ kind: "anonymous", mentions: ["مسؤول استخبارات بريطاني", "المسؤول في الاستخبارات البريطانية", "المسؤول"] }] }],
  ["مصدران, مصدر ثالث → المصدر الثالث",
    "وقال مصدران إن الوفد وصل إلى القاهرة مساء السبت، بينما أشار مصدر ثالث إلى أن الوفد سيغادر الأحد. وذكر المصدر الثالث أن اللقاء استمر ثلاث ساعات.",
    { speakers: [
      { name: "مصدران", kind: "anonymous", mentions: ["مصدران"] },
      { name: "مصدر ثالث", kind: "anonymous", mentions: ["مصدر ثالث", "المصدر الثالث"] },
    ] }],
  ["two indefinite مصدر are two speakers; المصدر is the last one",
    "وقال مصدر مطلع إن الشحنة وصلت إلى الميناء. وقال مصدر إن السلطات لم تفحصها بعد. وأضاف المصدر أن الفحص قد يستغرق أسبوعاً.",
    { speakers: [
      { name: "مصدر مطلع", kind: "anonymous", mentions: ["مصدر مطلع"] },
      { name: "مصدر", kind: "anonymous", mentions: ["مصدر", "المصدر"] },
    ] }],
  ["two ministers are two speakers",
    "وقال وزير الخارجية، عمر الشامي، إن الحدود ستبقى مفتوحة. وقال وزير الدفاع، كمال نصار، إن الجيش في حالة تأهب.",
    { speakers: [
      { name: "عمر الشامي", kind: "person" },
      { name: "كمال نصار", kind: "person" },
    ] }],
  ["dropped subjects keep the speaker",
    "وقال رئيس الوزراء، هشام الراوي، إن الحكومة ستدعم الوقود. وأضاف أن الدعم سيستمر حتى الصيف. وتابع قوله: «لن نترك الناس وحدهم».",
    { speakers: [{ name: "هشام الراوي", mentions: ["رئيس الوزراء، هشام الراوي"] }],
      statements: [{ speaker: "هشام الراوي" }, { speaker: "هشام الراوي", source: null }, { speaker: "هشام الراوي", source: null }] }],
  ["a later role with a nisba for the place in the first title is the same person",
    "وقال وزير التعليم في الأردن، سامي حداد، إن المدارس ستفتح. وأضاف الوزير الأردني أن الدوام سيكون كاملاً.",
    { speakers: [{ name: "سامي حداد", mentions: ["وزير التعليم في الأردن، سامي حداد", "الوزير الأردني"] }] }],
  ["a headline's role is named by the first named mention with that role",
    "رئيس النادي يؤكد \"البقاء في منصبه\"\nوقال رئيس النادي الأهلي، فريد يوسف، إنه لن يستقيل.",
    { speakers: [{ name: "فريد يوسف", mentions: ["رئيس النادي", "رئيس النادي الأهلي، فريد يوسف"] }] }],
  ["لـ + another speaker's name after a name is who was told",
    "وقال ترامب إن اللقاء كان جيداً. وقال أردوغان لترامب: \"نحن مستعدون للحوار\".",
    { speakers: [{ name: "ترامب" }, { name: "أردوغان" }] }],
];

// Verbs agree with their subject: a dropped subject or a family name refers to a person of that gender.
const agreement: Row[] = [
  ["a feminine verb with no subject skips the man who spoke last",
    "وقالت ليلى سعيد إن المدرسة ستفتح. وقال خالد منصور إن الطريق مغلق. وتضيف أن الدوام سيكون جزئياً.",
    { statements: [{ cue: "قالت" }, { cue: "قال" }, { cue: "تضيف", source: null, speaker: "ليلى سعيد" }] }],
  ["a masculine verb with no subject skips the woman who spoke last",
    "وقال خالد منصور إن الطريق مغلق. وقالت ليلى سعيد إن المدرسة ستفتح. وأضاف أن الجسر سيغلق أيضاً.",
    { statements: [{ cue: "قال" }, { cue: "قالت" }, { cue: "أضاف", source: null, speaker: "خالد منصور" }] }],
  ["no person agrees: no speaker rather than a wrong one",
    "وقال خالد منصور إن الطريق مغلق. وتضيف أن الدوام سيكون جزئياً.",
    { statements: [{ cue: "قال" }, { cue: "تضيف", source: null, speaker: null }] }],
  ["an institution is not checked: قالت الوزارة then وأضافت",
    "وقالت الوزارة إن الطريق مغلق. وأضافت أن الجسر سيغلق أيضاً.",
    { statements: [{ cue: "قالت" }, { cue: "أضافت", source: null, speaker: "الوزارة" }] }],
  ["a family name with a masculine verb is the man of that name",
    "وقال باراك دوران إن الخطة جاهزة. وقالت ميشيل دوران إنها متفائلة. وأضاف دوران أن التمويل مضمون.",
    { statements: [{ cue: "قال" }, { cue: "قالت" }, { cue: "أضاف", source: "دوران", speaker: "باراك دوران" }] }],
];

const english: Row[] = [
  ["she → Senator Laura Whitfield",
    "Senator Laura Whitfield said the talks had stalled. \"We are further apart than ever,\" she said.",
    { speakers: [{ name: ["Laura Whitfield", "Senator Laura Whitfield"], kind: "person", mentions: ["Senator Laura Whitfield", "she"] }] }],
  ["He added → John Reyes",
    "John Reyes, the union's president, said workers would strike on Monday. He added that talks could resume next week.",
    { speakers: [{ name: "John Reyes", kind: "person", mentions: ["John Reyes, the union's president", "He"] }] }],
  ["surname → full name",
    "Daniel Okafor said the bill would fail. Okafor told reporters that his party would not vote for it.",
    { speakers: [{ name: "Daniel Okafor", mentions: ["Daniel Okafor", "Okafor"] }] }],
  ["she skips a man mentioned in between",
    "Maria Costa, the mayor, said the roads were closed. Her deputy, Paul Brandt, said crews were working overnight. \"We need one more day,\" she said.",
    { speakers: [
      { name: "Maria Costa", mentions: ["Maria Costa, the mayor", "she"] },
      { name: "Paul Brandt", mentions: ["Her deputy, Paul Brandt"] },
    ] }],
  ["two officials → the officials",
    "Two officials said the convoy had been attacked. The officials added that at least three drivers were missing.",
    { speakers: [{ kind: "anonymous", mentions: ["Two officials", "The officials"] }] }],
];

describe("coreference", () => {
  describe("Arabic", () => table(arabic));
  describe("Arabic: agreement", () => table(agreement));
  describe("English", () => table(english));
});
