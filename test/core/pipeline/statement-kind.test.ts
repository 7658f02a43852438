// A statement's kind (src/core/pipeline/statement-shape.ts): direct when all its words are quoted,
// partial when some are.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["partial: some words quoted inside reported speech", "وقال الوزير إن الهجوم كان \"عملاً جباناً\" لن يمر دون عقاب.",
    { statements: [{ kind: "partial", cue: "قال", quotes: ["عملاً جباناً"], starts: "الهجوم", ends: "دون عقاب" }] }],
  ["partial with two quoted stretches", "وقال رئيس الوفد إن الاتفاق \"متوازن\" و\"قابل للتطبيق\".",
    { statements: [{ kind: "partial", quotes: ["متوازن", "قابل للتطبيق"], starts: "الاتفاق" }] }],
  ["partial ending in a quote", "وقال الطبيب إن المريض \"في حالة مستقرة\".",
    { statements: [{ kind: "partial", quotes: ["في حالة مستقرة"], starts: "المريض" }] }],
  ["لفت إلى أنه … \"…\" … is partial", "ولفت الوزير إلى أنه لا يوجد ما هو \"غير قانوني\" في العقد.",
    { statements: [{ kind: "partial", cue: ["لفت", "لفت إلى"], source: "الوزير", quotes: ["غير قانوني"], starts: "أنه لا يوجد", ends: "في العقد" }] }],
  ["whole clause after إن quoted is direct", "وقالت مصادر إن «الجيش اعتقل قائد المجموعة فجر اليوم».",
    { statements: [{ kind: "direct", cue: "قالت", source: "مصادر", quotes: ["الجيش اعتقل قائد المجموعة فجر اليوم"] }] }],
  ["قائلاً إن \"…\" (whole clause quoted) is direct", "ودافع المدير عن القرار قائلاً إن \"الشركة لا تملك خياراً آخر\".",
    { statements: [{ kind: "direct", cue: "قائلاً", source: "المدير", quotes: ["الشركة لا تملك خياراً آخر"] }] }],
  ["quote right after the cue, no colon", "وأكد الرئيس \"أن بلاده لن تتخلى عن حلفائها\".",
    { statements: [{ kind: "direct", cue: "أكد", source: "الرئيس", quotes: ["أن بلاده لن تتخلى عن حلفائها"] }] }],
];

describe("statement kind", () => table(rows));
