// A name before a relative pronoun is the subject of the verb after it (src/core/ar/constructions/relative-antecedent.ts).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["a name after a title, not opening its clause (كان أول من علق … وزير فلان، الذي قال): the title's phrase is the subject",
    "وكان أول من رحب بالخطة وزير الزراعة ماهر العلي، الذي قال إن الموسم سيكون جيدا.",
    { statements: [{ cue: "قال", source: "وزير الزراعة ماهر العلي", speaker: "ماهر العلي" }] }],
  ["…and with no comma before the relative (وعلى رأسهم رئيس الحكومة فلان الذي شدد)",
    "وأثارت تصريحات النائب ردودا من كل الأحزاب وعلى رأسهم رئيس الوزراء ماهر حداد الذي شدد على أن البلاد ترفض العنصرية. وقال \"لن نسمح بذلك\".",
    { statements: [{ cue: "شدد", source: "رئيس الوزراء ماهر حداد", speaker: "ماهر حداد" }, { cue: "قال", source: null, speaker: "ماهر حداد" }] }],
  ["a body's phrase ending with its name in quotation marks before the relative (شركة السيارات الفرنسية \"رينو\" التي قالت) is the subject",
    "والأمر ذاته ينطبق على شركة السيارات الفرنسية \"رينو\" التي قالت إنها ستنسحب من السوق. وانتقد القرار صحيفة \"الأخبار\"، التي قالت إنه متسرع.",
    { statements: [{ cue: "قالت", source: "شركة السيارات الفرنسية \"رينو\"" }, { cue: "قالت", source: "صحيفة \"الأخبار\"" }] }],
  ["…but not one under a preposition written on its head (استشهد بالصحيفة «…» التي): its span would start inside the word",
    "واستشهد الموقع بالصحيفة اليونانية «الأخبار» التي ذكرت أن الحكومة لم تطلب المساعدة.",
    { statements: [{ cue: "ذكرت", source: null }] }],
  ["…with a title in construct before the title", "واستقبل المحافظ نائب وزير الصحة ماهر العلي، الذي أكد أن المستشفى سيفتتح قريبا.",
    { statements: [{ cue: "أكد", source: "نائب وزير الصحة ماهر العلي", speaker: "ماهر العلي" }] }],
  ["a relative clause with its own cue between the source and إن: two statements, the words of each their own",
    "وقال الوزير سامي حداد الذي أكد أن الحكومة ملتزمة بالاتفاق إن المفاوضات ستستأنف الأسبوع المقبل.",
    { statements: [
      { cue: "قال", source: "الوزير سامي حداد", starts: "المفاوضات", ends: "الأسبوع المقبل" },
      { cue: "أكد", starts: "الحكومة", ends: "بالاتفاق" },
    ] }],
  ["a relative clause with a cue on a word of another statement's words is inside them: those words run on over it",
    "واعتبر الوزير سامي حداد أن الأنباء الأخيرة التي تتحدث عن خلافات داخل الحكومة مختلقة.",
    { statements: [
      { cue: "اعتبر", source: "الوزير سامي حداد", starts: "الأنباء الأخيرة", ends: "الحكومة مختلقة" },
      { cue: "تتحدث", starts: "خلافات" },
    ] }],
  ["…and a quotation that opens the inner statement's words stays its own",
    "وقال الرئيس سامي حداد إن الهجمات التي وصفها بـ\"الجبانة والغادرة\" لن تمر دون عقاب.",
    { statements: [
      { cue: "قال", kind: "indirect", ends: "دون عقاب", quotes: [] },
      { cue: "وصفها", kind: "partial", quotes: ["الجبانة والغادرة"] },
    ] }],
  ["نقابة الأطباء التي حذرت: the feminine relative agrees with the head in construct, not its plural genitive",
    "وأقرت الحكومة القانون رغم موقف نقابة الأطباء التي حذرت من مخاطره.",
    { statements: [{ cue: "حذرت", source: "نقابة الأطباء", speakerKind: "organization" }] }],
  ["مدير المستشفى الذي قال: the title in construct with the institution is the source",
    "وزار الوفد المدينة والتقى مدير المستشفى الذي قال إن الأدوية نفدت.",
    { statements: [{ cue: "قال", source: "مدير المستشفى", speakerKind: "person" }] }],
  ["…not the head when the relative agrees with the genitive (مدير الشركة التي أعلنت)",
    "والتقى الوفد مدير الشركة التي أعلنت أنها ستغلق المصنع.",
    { statements: [{ cue: "أعلنت", source: "الشركة" }] }],
  ["فلان، الذي قال: the name before الذي is the source", "سامر خليل، الذي قال إن المصنع سيغلق، غادر الاجتماع مبكراً.",
    { statements: [{ cue: "قال", source: "سامر خليل", speaker: "سامر خليل", starts: "المصنع" }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["الذي تتهمه X بـ: the relative's antecedent is the object, X the source", "وطالبت الحكومة بتسليم المعارض سامي خليل، الذي تتهمه بغداد بالتخطيط للهجوم.",
    { statements: [{ cue: "تتهمه", source: "بغداد", starts: "بالتخطيط" }] }],
  // The relative agrees with the verb when its antecedent is the verb's subject.
  ["الذي before a feminine verb: the antecedent is the object, the speaker carries over",
    "وقالت المديرة إن المدرسة ستفتح. والتقت المدير الذي قالت إنه سيتولى الإدارة بعدها.",
    { statements: [{ cue: "قالت", source: "المديرة" }, { cue: "قالت", source: null, speaker: "المديرة", starts: "إنه سيتولى" }] }],
  ["الذين before a singular verb: the people are its object, not its speakers",
    "ونشرت البلدية أسماء الأشخاص الذين قالت إنهم تضرروا من السيول.",
    { statements: [{ cue: "قالت", source: null, starts: "إنهم تضرروا" }], noFindings: ["anonymous-source"] }],
  ["الذين before a plural verb: the antecedent speaks", "وطالب الأشخاص، الذين قالوا إن المحصول تلف، بتعويض من الدولة.",
    { statements: [{ cue: "قالوا", source: "الأشخاص", speakerKind: "anonymous" }] }],
  ["a name, then a title apposition ending in an adjective, then الذي: the name speaks", "واستدعت التصريحات رداً من سامي القحطاني، المستشار في الديوان الملكي السعودي، الذي قال: \"هذا غير صحيح\".",
    { statements: [{ cue: "قال", source: "سامي القحطاني", speaker: "سامي القحطاني" }] }],
  ["an institution before التي still speaks", "وأكدت الحكومة السعودية، التي قالت إن الخطة جاهزة، أنها ستدعم المشروع.",
    { someStatements: [{ cue: "قالت", speaker: "الحكومة السعودية" }] }],
  ["a name after a preposition written apart is the antecedent too", "ووجهت النيابة إلى سامر الخطيب، الذي ينفي تلقي الأموال، تهمة الفساد.",
    { someStatements: [{ cue: "ينفي", speaker: "سامر الخطيب", starts: "تلقي الأموال" }] }],
  ["a name after يدعى \"is called\" and a comma is the antecedent", "ورد المدرب على الاتهامات التي وجهتها له سيدة تدعى لورا هيل، والتي ادعت أنه أساء إليها.",
    { someStatements: [{ cue: "ادعت", source: "لورا هيل", speaker: "لورا هيل", starts: "أنه أساء" }] }],
  ["وكان X، الذي نفى …: وكان opening the sentence is no word of the name", "وقال المدرب سامي حداد إن الفريق جاهز.\nوكان غيرارد، الذي نفى ارتكاب أي مخالفة، قد أنهى عقوبة الإيقاف.",
    { someStatements: [{ cue: "نفى", source: "غيرارد", speaker: "غيرارد" }] }],
];

describe("Arabic relative antecedents", () => table(rows));
