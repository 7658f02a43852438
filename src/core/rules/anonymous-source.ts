// Every anonymous source, once: on its first mention when the story says why it is not named
// (the finding names the phrase) or when it is an unnamed collective (analysts, سكان). A source
// with no reason also gets anonymous-no-reason, the warning, on its first mention; this
// finding then marks the attribution it first speaks in (cue and source together), so the two
// never share a range, and is only a hint (companionSeverity), so the Problems panel lists the
// source once. A bare "source" (مصدر) adds the advice to describe it.
import { isCollective } from "./collective";
import type { Rule } from "./rule";
import { isolate } from "./isolate";
import { VAGUE, vagueMark } from "./vague";

export const anonymousSource: Rule<"anonymous-source"> = {
  id: "anonymous-source",
  scope: "document",
  meta: {
    title: { en: "Anonymous source", ar: "مصدر مجهول" },
    message: {
      en: (a) =>
        a.unexplained
          ? `Anonymous source: ${isolate(a.who)} — this statement rests on an unnamed source whose anonymity the story does not explain. Say why, or name the source.`
          : a.phrase
          ? `Anonymous source: ${isolate(a.who)} — reason given for anonymity: ${isolate(a.phrase)}. Check that the reason holds and describe the source as precisely as safety allows.${a.vague ? VAGUE.en : ""}`
          : `Anonymous source: ${isolate(a.who)} — an unnamed group of people, no reason for anonymity needed. Name one of them if you quote their words.`,
      ar: (a) =>
        a.unexplained
          ? `مصدر مجهول: ${isolate(a.who)} — يستند هذا التصريح إلى مصدر غير مسمّى لم يشرح الخبر سبب إخفاء هويته. اذكر السبب، أو سمِّ المصدر.`
          : a.phrase
          ? `مصدر مجهول: ${isolate(a.who)} — سبب إخفاء الهوية: ${isolate(a.phrase)}. تحقق من وجاهة السبب، وصِف المصدر بأدق ما تسمح به سلامته.${a.vague ? VAGUE.ar : ""}`
          : `مصدر مجهول: ${isolate(a.who)} — جمع غير مسمّى من الناس، لا يلزم ذكر سبب لإخفاء الهوية. سمِّ أحدهم إن نقلت كلامه.`,
    },
    explanation: {
      en: "AP, Reuters, the BBC and the New York Times grant anonymity only when the information matters and cannot be had on the record, and ask the story to say why and to describe the source as precisely as safety allows. Each anonymous source is listed so an editor can check both. An unnamed collective of people (analysts, residents, witnesses) needs no reason.",
      ar: "لا تمنح أسوشيتد برس ورويترز وبي بي سي ونيويورك تايمز إخفاء الهوية إلا لمعلومة مهمة لا تُنال علناً، وتطلب أن يذكر الخبر السبب وأن يصف المصدر بأدق ما تسمح به سلامته. يُدرج كل مصدر مجهول ليتحقق المحرر من الأمرين. أما الجمع غير المسمّى من الناس (محللون، سكان، شهود عيان) فلا يلزمه سبب.",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "information",
    // A source with no reason is already anonymous-no-reason's warning: its entry here stays in the
    // data (CLI, SARIF, the report) as a hint, so the editor shows one finding for the fact.
    companionSeverity: (a) => (a.unexplained ? "hint" : undefined),
    companionOf: "anonymous-no-reason",
  },
  check({ text, statements, statementSpeakers, report }) {
    const seen = new Set<object>();
    statements.forEach((st, i) => {
      const sp = statementSpeakers[i];
      const at = sp?.mentions[0];
      if (!sp || sp.kind !== "anonymous" || !at || seen.has(sp)) return;
      seen.add(sp);
      const reason = sp.anonymity[0];
      if (reason) report(at.s, at.e, { who: sp.name, phrase: text.slice(reason.s, reason.e), vague: vagueMark(sp) });
      else if (isCollective(text, sp)) report(at.s, at.e, { who: sp.name });
      else {
        // The attribution: cue and source of the statement it first speaks in.
        const spans = [st.cue, st.source].filter((x): x is NonNullable<typeof x> => !!x);
        const s = Math.min(...spans.map((x) => x.start));
        const e = Math.max(...spans.map((x) => x.end));
        if (spans.length === 2 && (s !== at.s || e !== at.e)) report(s, e, { who: sp.name, unexplained: "1" });
      }
    });
  },
};
