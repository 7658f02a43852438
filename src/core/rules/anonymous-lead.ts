// The story's first statement is anonymous.
import type { Rule } from "./rule";
import { isolate } from "./isolate";

export const anonymousLead: Rule<"anonymous-lead"> = {
  id: "anonymous-lead",
  scope: "document",
  meta: {
    title: { en: "Story opens with an anonymous source", ar: "الخبر يبدأ بمصدر مجهول" },
    message: {
      en: (a) => `The first statement of the story is from an anonymous source (${isolate(a.who)})`,
      ar: (a) => `أول تصريح في الخبر منسوب إلى مصدر مجهول (${isolate(a.who)})`,
    },
    explanation: {
      en: "Style guides advise against opening a story with an anonymous quote: lead with what is on the record where possible.",
      ar: "تنصح أدلة التحرير بعدم افتتاح الخبر بتصريح مصدر مجهول، والبدء بما هو منسوب علناً ما أمكن.",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "information",
  },
  check({ statements, statementSpeakers, report }) {
    const first = statements[0];
    const sp = statementSpeakers[0];
    if (first?.cue && sp && sp.kind === "anonymous") report(first.cue.start, first.cue.end, { who: sp.name });
  },
};
