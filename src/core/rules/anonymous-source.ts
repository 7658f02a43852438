// Every anonymous source is listed, with the phrase that grants its anonymity.
import type { Rule } from "./rule";
import { isolate } from "./isolate";

export const anonymousSource: Rule<"anonymous-source"> = {
  id: "anonymous-source",
  scope: "speaker",
  meta: {
    title: { en: "Anonymous source", ar: "مصدر مجهول" },
    message: {
      en: (a) => `Anonymous source: ${isolate(a.who)}${a.phrase ? ` — anonymity: ${isolate(a.phrase)}` : " — no reason for anonymity given"}`,
      ar: (a) => `مصدر مجهول: ${isolate(a.who)}${a.phrase ? ` — سبب إخفاء الهوية: ${isolate(a.phrase)}` : " — لم يُذكر سبب لإخفاء الهوية"}`,
    },
    explanation: {
      en: "Every anonymous source is listed so an editor can check that anonymity was necessary and that the source is described as precisely as safety allows (AP, Reuters, BBC, NYT).",
      ar: "يُدرج كل مصدر مجهول ليتحقق المحرر من ضرورة إخفاء هويته ومن وصفه بأدق ما تسمح به سلامته (أسوشيتد برس، رويترز، بي بي سي، نيويورك تايمز).",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "information",
  },
  check({ text, speaker: sp, report }) {
    const at = sp.mentions[0];
    if (sp.kind !== "anonymous" || !at) return;
    const phrase = sp.anonymity[0] ? text.slice(sp.anonymity[0].s, sp.anonymity[0].e) : "";
    report(at.s, at.e, { who: sp.name, phrase });
  },
};
