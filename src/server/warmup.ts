// Warms the analyser while the editor waits for the server's initialize answer:
// the lexicons are built and V8 compiles the parsers on a short article of our
// own, so the first article the user opens is analysed as fast as the next ones
// (cold, a 5,000-word article takes several times its warm time). The work is
// the same the first open would do anyway; it is only done before the first
// document arrives instead of after. initializationOptions.warmUp: false skips it.
import { analyze } from "../core";

// Written for this purpose: Arabic and English statements of every common shape
// (verb-first, quote-first, participle, preposition, relayed speech, anonymous
// sources with and without a reason, a dropped subject).
const SAMPLE = [
  "وقال وزير النقل كريم العلي، في مؤتمر صحفي يوم الاثنين، إن الحكومة ستفتح الطريق الساحلي قبل نهاية الشهر.",
  "وأضاف العلي قائلاً: «لن نترك السكان ينتظرون أكثر مما انتظروا».",
  "وتابع قوله إن الأعمال تسير وفق الجدول الزمني المتفق عليه.",
  "وقال مصدر في الوزارة، طلب عدم ذكر اسمه لأنه غير مخول بالحديث، إن الكلفة تجاوزت التقديرات.",
  "وبحسب مسؤولين محليين، فإن المقاول طلب تمديد العقد ستة أشهر.",
  "«الطريق آمن الآن»، قالت مديرة الدفاع المدني سلمى حداد.",
  "ونقلت الصحيفة عن دبلوماسي غربي قوله إن المانحين ينتظرون تقريراً مفصلاً.",
  "",
  '"We will reopen the coastal road before the end of the month," Transport Minister Karim Ali told reporters on Monday.',
  "A ministry official, who spoke on condition of anonymity because he was not authorized to discuss costs, said the bill had doubled.",
  "According to local officials, the contractor asked for six more months. Sources said the talks would resume.",
  '"The road is safe now," she added.',
].join("\n");

export function warmUp(runs = 4): void {
  for (let i = 0; i < runs; i++) analyze(SAMPLE, { file: "warm-up", locale: i % 2 ? "ar" : "en" });
}
