// Accusations, denials and warnings with a noun object
// (src/core/ar/constructions/accusation-object.ts): اتهم X بـ …، نفى وجود …، حذر من وقوع ….
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["نفت + noun that states a claim", "ونفت الشركة وجود أي خلل في أنظمتها الإلكترونية.",
    { statements: [{ kind: "indirect", cue: "نفت", source: "الشركة", starts: "وجود", ends: "الإلكترونية" }] }],
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
];

describe("Arabic accusation objects", () => table(rows));
