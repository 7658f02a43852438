// Quote-first (src/core/ar/constructions/quote-first.ts): «…»، قال الوزير.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["the cue in brackets right after the quotation, a ḥāl with tanween after the name: the words and the name alone",
    "الحمد لله على كل حال.. \"لم أجن من الشهرة إلا التعب\" (قالت سلمى ضاحكةً). ثم تعود إلى الجد.",
    { statements: [{ kind: "direct", cue: "قالت", source: "سلمى", speaker: "سلمى", quotes: ["لم أجن من الشهرة إلا التعب"] }] }],
  ["…and a feminine ḥāl, its tanween written", "\"لم أجن من الشهرة إلا التعب\" (قالت سلمى ضاحكةً).",
    { statements: [{ kind: "direct", cue: "قالت", speaker: "سلمى" }] }],
  ["…but a feminine adjective after an indefinite noun is its adjective, part of the source (سيدة باكية)", "وقالت سيدة باكية إن بيتها دمر.",
    { statements: [{ cue: "قالت", source: "سيدة باكية" }] }],
  ["…but a source in brackets after the quotation, no cue, is no statement of this construction", "\"الأسعار سترتفع قريبا\" (رويترز).",
    { statements: [] }],
  ["quote first: «…»، قال + source", "«المرحلة المقبلة أصعب»، قال رئيس الحكومة.",
    { statements: [{ kind: "direct", cue: "قال", source: "رئيس الحكومة", quotes: ["المرحلة المقبلة أصعب"] }] }],
  ["quote first, addressee after the source", "«لم نأت إلى هنا لتبادل الاتهامات»، قال الوزير للصحفيين.",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير", quotes: ["لم نأت إلى هنا لتبادل الاتهامات"] }] }],
  ["quote first, feminine verb, anonymous source", "«لم نر شيئاً كهذا من قبل»، قالت إحدى الممرضات.",
    { statements: [{ kind: "direct", cue: "قالت", source: "إحدى الممرضات", speakerKind: "anonymous", quotes: ["لم نر شيئاً كهذا من قبل"] }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["«…»، هذا ما قاله X: quote first through ما", "«سنبني الملعب خلال عامين»، هذا ما قاله رئيس البلدية أمس.",
    { statements: [{ kind: "direct", cue: "قاله", source: "رئيس البلدية", quotes: ["سنبني الملعب خلال عامين"] }] }],
  ["short quote first, opening its sentence: still the words", "«نحن جاهزون»، قالت المدربة.",
    { statements: [{ kind: "direct", cue: "قالت", source: "المدربة", quotes: ["نحن جاهزون"] }] }],
  ["a short quotation opening the paragraph, then قال with its subject and no comma: the words, not a name",
    "«لن نغادر أرضنا» قال المزارع حسان الرفاعي.",
    { statements: [{ kind: "direct", cue: "قال", source: "المزارع حسان الرفاعي", quotes: ["لن نغادر أرضنا"] }] }],
  ["…يقول in the present, an adjunct after the name", "\"الطريق مقطوع منذ أسبوع\" يقول السائق نبيل عواد من بلدة السهل.",
    { statements: [{ kind: "direct", cue: "يقول", quotes: ["الطريق مقطوع منذ أسبوع"] }] }],
  ["…but a quoted name opening a headline before a verb with its clause stays a name", "«هيئة المياه» تقول إن الضخ سيعود غداً",
    { statements: [{ kind: "indirect", cue: "تقول", starts: "الضخ" }] }],
  ["«…»، وأشار إلى + noun: a verb joined by و with no subject and an object of its own leaves the quotation to the verb before it",
    "وقال القائد نادر سليم إن المعركة طويلة. وأردف «نحن نبني جيشاً للجميع»، وأشار إلى دمج المتطوعين بالقوات النظامية.",
    { statements: [{ cue: "قال" }, { kind: "direct", cue: "أردف", quotes: ["نحن نبني جيشاً للجميع"] }, { kind: "indirect", cue: "أشار", source: null, speaker: "نادر سليم", starts: "دمج المتطوعين" }] }],
];

// A short quotation inside its clause (a word right before its mark) names something: no quote-first words.
const names: Row[] = [
  ["في \"…\"، كشفت: a quoted institution inside the clause before the verb", "وبحسب مدير القسم في \"نجمة\"، كشفت الحملة أساليب جديدة للاحتيال.",
    { statements: [{ cue: "بحسب", quotes: [] }] }],
  ["النظام «…» يعد: a quoted name before a verb", "وأكد التقرير أن النظام المصرفي «رابط» يعد من أحدث الأنظمة.",
    { statements: [{ cue: "أكد", source: "التقرير" }] }],
];

// A verb that takes only a clause (أعرب، عبّر، طلب), with its object after it, takes no quotation before it.
const clauseOnly: Row[] = [
  ["«…»، وأعربت عن …: the quotation stays the earlier cue's", "وأعلنت اللجنة أن التصويت «لم يكن نزيهاً»، وأعربت عن قلقها من تكرار ذلك.",
    { statements: [{ kind: "partial", cue: "أعلنت", source: "اللجنة" }] }],
  ["«…»، وطلبت منه …: no words of طلبت", "واعتبرت الوزارة الملحق \"شخصاً غير مرغوب فيه\" وطلبت منه المغادرة فوراً.",
    { statements: [] }],
  ["«…»، زعم X.: nothing after the source, the words are the verb's", "«لم أكن في المدينة تلك الليلة»، زعم المتهم.",
    { statements: [{ kind: "direct", cue: "زعم", source: "المتهم", quotes: ["لم أكن في المدينة تلك الليلة"] }] }],
];

describe("Arabic quote-first", () => {
  table(rows);
  describe("a verb that takes only a clause", () => table(clauseOnly));
  describe("a short quotation inside its clause is a name", () => table(names));
});
