// An opening quotation mark that is never closed (or a closing one that never opened).
import type { Rule } from "./rule";

export const unbalancedQuote: Rule<"unbalanced-quote"> = {
  id: "unbalanced-quote",
  scope: "paragraph",
  meta: {
    title: { en: "Unbalanced quotation mark", ar: "علامة تنصيص غير مغلقة" },
    message: {
      en: (a) => `This ${a.mark} opens a quotation that is never closed`,
      ar: (a) => `علامة التنصيص ${a.mark} تفتح اقتباساً لا يُغلق`,
    },
    explanation: {
      en: "An opening quotation mark with no closing mark leaves the reader unsure where the quoted words end.",
      ar: "علامة تنصيص مفتوحة بلا إغلاق تترك القارئ لا يعرف أين ينتهي الكلام المقتبس.",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "error",
  },
  check({ para, quotes, report }) {
    for (const k of quotes.unclosed) report(para.toks[k].s, para.toks[k].e, { mark: para.toks[k].norm });
    for (const k of quotes.stray) report(para.toks[k].s, para.toks[k].e, { mark: para.toks[k].norm });
  },
};
