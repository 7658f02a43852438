// The journalist's background formulas (src/core/ar/constructions/background.ts,
// lexicon/background.tsv): يذكر أن … is nobody's statement.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const empty = (): Row[2] => ({ statements: [], noFindings: ["unattributed-quote", "unbalanced-quote"] });

const rows: Row[] = [
  ["يذكر أن", "يذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.", empty()],
  ["background formula next to a real statement",
    "وقال وزير الصحة إن الوباء انحسر. يذكر أن الوزارة سجلت آلاف الإصابات الشهر الماضي.",
    { statements: [{ kind: "indirect", cue: "قال", source: "وزير الصحة", starts: "الوباء", ends: "انحسر" }] }],
  ["يذكر أنه: the pronoun is no speaker's", "ونقلت الوكالة عن النيابة العامة أن الشرطة أوقفت المتهم. يذكر أنه في عام 2015 سجن الرجل سبعة أشهر.",
    { statements: [{ cue: "نقلت", ends: "المتهم" }] }],
  ["ومن المعروف أن", "ومن المعروف أن المنطقة غنية بالنفط والغاز.", empty()],
  ["والجدير بالذكر أن", "والجدير بالذكر أن الاتفاق وقع عام 2015.", empty()],
  ["يشار إلى أن", "يشار إلى أن الوزير تولى منصبه قبل عامين.", empty()],
  ["وتبين أن / وقد تبين أنه: \"it turned out\"", "وتبين أن الأموال صرفت في غير موضعها. وقد تبين أنه لم يحضر الاجتماع.", empty()],
  ["…but تبين with its subject written shows: a statement", "وتبين الوزارة في بيانها أن الأموال صرفت كاملة.",
    { statements: [{ kind: "indirect", cue: "تبين", source: "الوزارة", starts: "الأموال" }] }],
  ["وتجدر الإشارة إلى أن", "وتجدر الإشارة إلى أن البرلمان لم يصادق على الميزانية بعد.", empty()],
  ["الجدير ذكره أن: a formula whose last word is the cue", "والجدير ذكره أن المعرض يقام كل عامين في العاصمة.", empty()],
];

describe("Arabic background formulas", () => table(rows));
