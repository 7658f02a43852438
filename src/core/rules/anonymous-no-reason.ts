// An anonymous source whose anonymity the story does not explain: the one finding of that
// source (anonymous-source covers those with a reason, and unnamed collectives, which need none).
import { isCollective } from "./collective";
import type { Rule } from "./rule";
import { isolate } from "./isolate";
import { VAGUE, vagueMark } from "./vague";

export const anonymousNoReason: Rule<"anonymous-no-reason"> = {
  id: "anonymous-no-reason",
  scope: "speaker",
  meta: {
    title: { en: "Anonymity not explained", ar: "إخفاء الهوية دون تفسير" },
    message: {
      // "Anonymous source: …" like anonymous-source: the Problems panel lists every anonymous source alike.
      en: (a) => `Anonymous source: ${isolate(a.who)} — no reason for anonymity given. Say why the source is not named, or name it.${a.vague ? VAGUE.en : ""}`,
      ar: (a) => `مصدر مجهول: ${isolate(a.who)} — لم يُذكر سبب لإخفاء الهوية. اذكر سبب عدم تسمية المصدر، أو سمِّه.${a.vague ? VAGUE.ar : ""}`,
    },
    explanation: {
      en: "AP, Reuters, the BBC and the New York Times require the story to say why a source was granted anonymity (for example: who spoke on condition of anonymity because they were not authorised to discuss the talks), and to describe the source as precisely as safety allows.",
      ar: "تشترط أسوشيتد برس ورويترز وبي بي سي ونيويورك تايمز أن يذكر الخبر سبب منح المصدر إخفاء هويته (مثلاً: طلب عدم نشر اسمه لأنه غير مخول بالحديث لوسائل الإعلام)، وأن يصفه بأدق ما تسمح به سلامته.",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "warning",
  },
  check({ text, speaker: sp, report }) {
    const at = sp.mentions[0];
    // Analysts, residents, witnesses: a story need not say why a general class goes unnamed.
    if (sp.kind === "anonymous" && at && !sp.anonymity.length && !isCollective(text, sp)) report(at.s, at.e, { who: sp.name, vague: vagueMark(sp) });
  },
};
