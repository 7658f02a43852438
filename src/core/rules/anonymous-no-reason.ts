// An anonymous source whose anonymity the story does not explain.
import type { Rule } from "./rule";
import { isolate } from "./isolate";

export const anonymousNoReason: Rule<"anonymous-no-reason"> = {
  id: "anonymous-no-reason",
  scope: "speaker",
  meta: {
    title: { en: "Anonymity not explained", ar: "إخفاء الهوية دون تفسير" },
    message: {
      en: (a) => `The story does not say why ${isolate(a.who)} is not named`,
      ar: (a) => `لا يذكر الخبر سبب عدم تسمية ${isolate(a.who)}`,
    },
    explanation: {
      en: "AP, Reuters, the BBC and the New York Times require the story to say why a source was granted anonymity (for example: on condition of anonymity because they were not authorised to speak).",
      ar: "تشترط أسوشيتد برس ورويترز وبي بي سي ونيويورك تايمز أن يذكر الخبر سبب منح المصدر إخفاء هويته (مثلاً: شريطة عدم نشر اسمه لأنه غير مخول بالحديث).",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "warning",
  },
  check({ speaker: sp, report }) {
    const at = sp.mentions[0];
    // Analysts, residents, witnesses: a story need not say why a general class goes unnamed.
    if (sp.kind === "anonymous" && at && !sp.anonymity.length && !sp.collective) report(at.s, at.e, { who: sp.name });
  },
};
