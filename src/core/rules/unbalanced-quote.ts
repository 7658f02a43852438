// An opening quotation mark that is never closed (or a closing one that never opened).
import type { Rule } from "./rule";

export const unbalancedQuote: Rule<"unbalanced-quote"> = {
  id: "unbalanced-quote",
  scope: "paragraph",
  meta: {
    title: { en: "Unbalanced quotation mark", ar: "علامة تنصيص غير مغلقة" },
    message: {
      en: (a) =>
        a.stray
          ? `This ${a.mark} closes a quotation that never opened. Open the quotation where the quoted words begin, or remove the mark.`
          : `This ${a.mark} opens a quotation that is never closed. Close the quotation where the quoted words end, or remove the mark.`,
      ar: (a) =>
        a.stray
          ? `علامة التنصيص ${a.mark} تغلق اقتباساً لم يُفتح. افتح الاقتباس حيث يبدأ الكلام المقتبس، أو احذف العلامة.`
          : `علامة التنصيص ${a.mark} تفتح اقتباساً لا يُغلق. أغلق الاقتباس حيث ينتهي الكلام المقتبس، أو احذف العلامة.`,
    },
    explanation: {
      en: "AP, Reuters, the BBC and the New York Times mark quoted words exactly, every opening mark with its closing mark: a mark left unpaired leaves the reader unsure where the quoted words begin or end, and which words the speaker said.",
      ar: "تضبط أسوشيتد برس ورويترز وبي بي سي ونيويورك تايمز الكلام المقتبس بدقة، لكل علامة فتح علامة إغلاق: العلامة التي بلا نظير تترك القارئ لا يعرف أين يبدأ الكلام المقتبس أو ينتهي، وأي كلام قاله المتحدث.",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "error",
  },
  check({ para, quotes, report }) {
    for (const k of quotes.unclosed) report(para.toks[k].s, para.toks[k].e, { mark: para.toks[k].norm });
    for (const k of quotes.stray) report(para.toks[k].s, para.toks[k].e, { mark: para.toks[k].norm, stray: "yes" });
  },
};
