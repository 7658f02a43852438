// Accusations, denials and warnings with a noun object
// (src/core/ar/constructions/accusation-object.ts): اتهم X بـ …، نفى وجود …، حذر من وقوع ….
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["نفت + noun that states a claim", "ونفت الشركة وجود أي خلل في أنظمتها الإلكترونية.",
    { statements: [{ kind: "indirect", cue: "نفت", source: "الشركة", starts: "وجود", ends: "الإلكترونية" }] }],
  ["أفادت + an event claimed under بـ", "وأفادت مصادر طبية بمقتل ثلاثة مدنيين في القصف.",
    { statements: [{ kind: "indirect", cue: "أفادت", source: "مصادر طبية", starts: "بمقتل", ends: "في القصف" }] }],
  ["اعترف + بوجود, the adverb فقط no subject", "وقال المراقب إن الحزب اعترف فقط بوجود خلافات داخلية.",
    { someStatements: [{ cue: "اعترف", source: "الحزب", starts: "بوجود" }] }],
  ["an institution's other name in brackets is no object after a verb with a noun object", "وأصبح الرجل أول متهم تتم إدانته، كما أفاد جهاز الأمن (الشين بيت).",
    { statements: [{ cue: "أفاد", source: "جهاز الأمن (الشين بيت)" }] }],
  ["…but not any word under بـ: بنجاح claims nothing (an announced action is no statement)", "وأعلن مسؤولو الدفاع اعتراض الصواريخ بنجاح.",
    { statements: [] }],
  ["اتهمت (feminine), an unnamed organisation as source", "واتهمت منظمة حقوقية السلطات باحتجاز المئات دون محاكمة.",
    { statements: [{ kind: "indirect", cue: "اتهمت", source: "منظمة حقوقية", starts: "السلطات", ends: "دون محاكمة" }] }],
  ["أكدت صحة (confirmation)", "وأكدت الوزارة صحة التقارير عن تسرب نفطي قبالة الساحل.",
    { statements: [{ kind: "indirect", cue: "أكدت", source: "الوزارة", starts: "صحة التقارير", ends: "قبالة الساحل" }] }],
  ["حذر من وقوع (warning that something will happen)", "وحذرت منظمات إغاثة من وقوع مجاعة في الإقليم خلال الشتاء.",
    { statements: [{ kind: "indirect", cue: ["حذرت", "حذرت من"], source: "منظمات إغاثة", starts: "وقوع مجاعة", ends: "خلال الشتاء" }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["اتهمته + source + بـ: the accusation follows the source at once", "ورفض النائب الاتهامات التي تتهمه بها الصحيفة. وكانت النيابة قد اتهمته بتلقي رشوة من شركة مقاولات.",
    { someStatements: [{ cue: "اتهمته", source: "النيابة", starts: "بتلقي" }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["اعتبرته + a predicate: the predicate is the content", "وأشادت المدربة باللاعب الذي اعتبرته لاعباً نادراً في الكرة العربية.",
    { statements: [{ cue: "اعتبرته", source: null, starts: "لاعباً نادراً" }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["اعتبرت X نفسها \"…\": the reflexive object, then the quoted predicate", "واعتبرت المغنية سلمى ناصر نفسها \"محظوظة\" بهذا الجمهور.",
    { statements: [{ kind: "partial", cue: "اعتبرت", source: "المغنية سلمى ناصر", quotes: ["محظوظة"], starts: "نفسها" }] }],
  // A noun (mostly a verbal noun in construct) states the claim (issue 11, family 1; ANNOTATION:
  // denials, confirmations, warnings and accusations with a noun object count).
  ["أكد + an unnamed source + a claim noun", "وأكد مصدر عسكري مقتل ثلاثة من المسلحين في الاشتباكات.",
    { statements: [{ kind: "indirect", cue: "أكد", source: "مصدر عسكري", speakerKind: "anonymous", starts: "مقتل ثلاثة" }] }],
  ["رجح + a verbal noun object", "ورجح مصدر مطلع إقرار الميزانية قبل نهاية العام.",
    { statements: [{ cue: "رجح", source: "مصدر مطلع", starts: "إقرار الميزانية" }] }],
  ["أشار إلى + a verbal noun in construct", "وأشار الوزير إلى نجاح الحملة في خفض الأسعار.",
    { statements: [{ cue: ["أشار", "أشار إلى"], source: "الوزير", starts: "نجاح الحملة" }] }],
  ["a participle after a clause, then إلى + a claim noun", "وقال المتحدث إن القوات تقدمت، لافتاً إلى سقوط عدد من القتلى.",
    { statements: [{ cue: "قال" }, { cue: "لافتاً", source: null, speaker: "المتحدث", starts: "سقوط عدد" }] }],
  ["نفى + an adverb + a demonstrative and a claim noun", "ونفت الحكومة قطعياً هذه الاتهامات.",
    { statements: [{ cue: "نفت", source: "الحكومة", starts: "هذه الاتهامات" }] }],
  ["نفى + أي + noun", "وينفي الوزير أي علاقة له بالشركة.",
    { statements: [{ cue: "ينفي", source: "الوزير", starts: "أي علاقة" }] }],
  ["حذر من + a verbal noun: من ends the source", "وحذر وزير الخارجية من استمرار التصعيد على الحدود.",
    { statements: [{ cue: ["حذر", "حذر من"], source: "وزير الخارجية", starts: "استمرار التصعيد" }] }],
  ["حمّل X Y مسؤولية: holding someone responsible", "وحمّلت الوزارة شركة المقاولات مسؤولية التأخير في تسليم المشروع.",
    { statements: [{ cue: "حمّلت", source: ["الوزارة", "الوزارة شركة المقاولات"], ends: "تسليم المشروع" }] }],
  ["a headline: a subject before the verb makes the noun after it the object", "الصين تحذر واشنطن من عواقب العقوبات",
    { statements: [{ cue: "تحذر", source: "الصين", starts: "عواقب" }] }],
  ["أعلن + a claim noun (a death) reports it", "وأعلنت الشرطة مصرع سائق شاحنة في حادث على الطريق الساحلي.",
    { statements: [{ kind: "indirect", cue: "أعلنت", source: "الشرطة", starts: "مصرع سائق", ends: "الطريق الساحلي" }] }],
  ["أعلن + a claim noun (an arrest) after an unnamed source", "وأعلن مصدر أمني اعتقال خمسة مشتبه بهم في المدينة.",
    { statements: [{ kind: "indirect", cue: "أعلن", source: "مصدر أمني", speakerKind: "anonymous", starts: "اعتقال خمسة" }] }],
  ["أعلن + a noun that declares rather than claims", "وأعلن المحافظ حظر التجول في الأحياء الشرقية.", { statements: [] }],
  ["أعلن + ما يسمى: a so-called name is no claim", "وأعلن ما يعرف بـ\"لجنة الإنقاذ\" انسحابه من المفاوضات.", { statements: [] }],
  ["أعلن + an action, then a claim noun under في: the noun is the preposition's", "وأعلنت النيابة فتح تحقيق في مقتل حارس المصنع.", { statements: [] }],
  ["an apposition between commas, then the claim noun at once", "ونفى الناطق باسم النادي، خالد سليم، وجود أي مفاوضات مع المدرب.",
    { statements: [{ kind: "indirect", cue: "نفى", source: "الناطق باسم النادي، خالد سليم", speaker: "خالد سليم", starts: "وجود أي" }] }],
  ["denying knowledge (علمه، علمها) is a claim", "ونفت اللاعبة علمها بقرار الاتحاد.",
    { statements: [{ kind: "indirect", cue: "نفت", source: "اللاعبة", starts: "علمها" }] }],
  ["after ما the verb has no subject: what follows its comma is no object", "وتراجعت الصادرات، ما يؤكد ضرورة دعم المصدرين، ما يتطلب خطة جديدة.", { statements: [] }],
  // After a negation the verb states nothing with its noun object; a clause object still reports.
  ["نفى + a verbal noun of receiving, after a name between commas", "نفى وزير المالية، سامر الخطيب، تلقي الوزارة أي أموال من الشركة.",
    { statements: [{ kind: "indirect", cue: "نفى", speaker: "سامر الخطيب", starts: "تلقي الوزارة", ends: "الشركة" }] }],
  ["تنفي + السعي، نفت + an adverb + تدخلها: the adverb is no word of the source", "وتنفي الحكومة السعي لامتلاك الأسلحة. ونفت ليبيا مرارا تدخلها في الانتخابات.",
    { statements: [{ cue: "تنفي", source: "الحكومة", starts: "السعي" }, { cue: "نفت", source: "ليبيا", starts: "تدخلها" }] }],
  ["نفى + علم after the subject's comma (علم ends no source: أستاذة علم الاجتماع)", "ونفى مدير الشركة، سامر حداد، علم الإدارة بالصفقة. وقالت أستاذة علم الاجتماع ريم داود إن الدراسة جاهزة.",
    { statements: [{ cue: "نفى", speaker: "سامر حداد", starts: "علم الإدارة" }, { cue: "قالت", speaker: "ريم داود" }] }],
  ["أكد + التوصل (reaching an agreement)", "كما أكد مصدران آخران التوصل إلى اتفاق.",
    { statements: [{ cue: "أكد", source: "مصدران آخران", starts: "التوصل" }] }],
  ["نفى + التهم (the charges)", "بينما نفى المتهم التهم الموجهة إليه.",
    { statements: [{ cue: "نفى", source: "المتهم", starts: "التهم" }] }],
  ["لم + verb + a claim noun: nothing is claimed", "ولم تؤكد الشرطة وقوع إصابات بين المارة.", { statements: [] }],
  ["لم + أعلن + a claim of responsibility: nothing is claimed", "ولم تعلن أي جماعة مسؤوليتها عن إحراق المخازن.", { statements: [] }],
  ["لا + نفى + a claim noun: nothing is claimed", "ولا ينفي المدرب وجود خلافات مع الإدارة.", { statements: [] }],
  ["لم + verb + أن: the clause still reports", "ولم يستبعد الناطق باسم البلدية أن تقطع المياه يومين.",
    { statements: [{ kind: "indirect", cue: "يستبعد", source: "الناطق باسم البلدية", starts: "تقطع المياه" }] }],
];

describe("Arabic accusation objects", () => table(rows));
