// A verb right after an indefinite source noun (src/core/ar/constructions/indefinite-antecedent.ts):
// تقارير تحدثت عن …، خبراء قانونيون يقولون إن … — the noun is the verb's subject.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const antecedent: Row[] = [
  ["تقارير تحدثت عن: the reports, not the last speaker", "وقال الوزير سامي الحداد إن الوضع صعب. وأشار إلى تقارير تحدثت عن مقتل عشرة أشخاص قرب الحدود.",
    { statements: [{ cue: "قال", speaker: "سامي الحداد" }, { cue: "تحدثت", source: "تقارير", speakerKind: "group", starts: "مقتل" }] }],
  ["a noun and its adjective before the verb", "لكن خبراء قانونيين يقولون إن الشركة ربما خالفت القانون.",
    { statements: [{ cue: "يقولون", source: "خبراء قانونيين", speakerKind: "anonymous" }] }],
  ["the noun already a reporting verb's subject: the clause is in its source phrase, no statement of its own", "وقال الوزير سامي الحداد إن الوضع صعب. كشفت مصادر تحدثت لشبكة الأخبار، الجمعة، عن تفاصيل عودة القس إلى بلاده.",
    { statements: [{ cue: "قال", speaker: "سامي الحداد" }] }],
  ["…after نقلاً عن the noun is the cue's source and the verb's subject too", "وهو ما نشرته الصحيفة نقلاً عن مصادر قالت إن المفاوضات فشلت.",
    { statements: [{ cue: "نقلاً عن", source: "مصادر" }, { cue: "قالت", source: "مصادر", speakerKind: "anonymous" }] }],
  ["شائعات تفيد: the rumours, not the person spoken of before", "وبقي القائد متواريا عن الأنظار، وترددت شائعات تفيد بأنه تنقل مرارا بين المدن.",
    { statements: [{ cue: "تفيد", source: "شائعات", speakerKind: "group" }] }],
  ["…with a comma between the noun and the verb", "وقال الوزير سامي الحداد إن الوضع صعب. والتقى الوفد مسؤولين أمريكيين، قالوا إن الدعم مستمر.",
    { statements: [{ cue: "قال", speaker: "سامي الحداد" }, { cue: "قالوا", source: "مسؤولين أمريكيين", speakerKind: "anonymous" }] }],
  ["a study with a common adjective, a comma, then its verb: figures speak no words (as after كشفت دراسة), not the last speaker's", "وقال الطبيب سامي الحداد إن السهر مضر. وبنى الأطباء نصيحتهم على دراسة بريطانية حديثة، كشفت أن النوم المتأخر يضعف الذاكرة.",
    { statements: [{ cue: "قال", speaker: "سامي الحداد" }] }],
  ["…nor does a noun under لـ, another noun's complement: the subject before it speaks", "الصحيفة، وبالاستناد إلى تقرير لخبراء عسكريين، تقول إن الضربات لم توقف الهجمات.",
    { statements: [{ cue: "تقول", source: "الصحيفة", speakerKind: "organization" }] }],
  ["a definite noun before the verb is no such antecedent (subject-first reads it)", "المصادر تحدثت عن تقدم في المفاوضات.",
    { statements: [{ cue: "تحدثت", source: "المصادر" }] }],
];

describe("Arabic verb after an indefinite source noun", () => {
  describe("the noun is the subject", () => table(antecedent));
});
