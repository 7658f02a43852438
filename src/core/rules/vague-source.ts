// A bare مصدر / "a source" with no description at all.
import { isBareSource } from "../speakers";
import type { Rule } from "./rule";
import { isolate } from "./isolate";

export const vagueSource: Rule<"vague-source"> = {
  id: "vague-source",
  scope: "speaker",
  meta: {
    title: { en: "Vague source", ar: "مصدر مبهم" },
    message: {
      en: (a) => `${isolate(a.who)} is not described: say what position or knowledge the source has`,
      ar: (a) => `${isolate(a.who)} دون وصف: اذكر موقع المصدر أو صلته بالمعلومة`,
    },
    explanation: {
      en: "A bare \"source\" or \"sources\" tells the reader nothing about why the source knows. Describe it as specifically as safety allows (a diplomat in the talks, an official briefed on the plan).",
      ar: "كلمة «مصدر» أو «مصادر» وحدها لا تخبر القارئ لماذا يعرف المصدر ما يقول. صِفه بأدق ما تسمح به سلامته (دبلوماسي مشارك في المحادثات، مسؤول اطلع على الخطة).",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "hint",
  },
  check({ speaker: sp, report }) {
    const at = sp.mentions[0];
    // Vague: the source was introduced by its head noun alone (مصدر، sources), no description.
    if (sp.kind === "anonymous" && at && sp.firstMention && isBareSource(sp.firstMention)) report(at.s, at.e, { who: sp.name });
  },
};
