// A quotation that reads as speech but nobody is said to have said it.
import { lexicon } from "../lexicon";
import { isNamingWord } from "../statements/name-quote";
import { isWord, type Para } from "../text/paragraph";
import type { Quote } from "../text/quotes";
import { WORD } from "../text/token";
import type { Rule } from "./rule";

export const unattributedQuote: Rule<"unattributed-quote"> = {
  id: "unattributed-quote",
  scope: "paragraph",
  meta: {
    title: { en: "Quote without a speaker", ar: "اقتباس بلا قائل" },
    message: {
      en: () => "This quote reads as speech but nobody is said to have said it. Say who said it, or drop the quotation marks.",
      ar: () => "يبدو هذا الاقتباس كلاماً منقولاً لكنه لم يُنسب إلى أحد. اذكر قائله، أو احذف علامتي التنصيص.",
    },
    explanation: {
      en: "AP, Reuters, the BBC and the New York Times require every quotation to be attributed, so the reader knows who is speaking. Quotation marks around words nobody said read as a quote from someone.",
      ar: "تشترط أسوشيتد برس ورويترز وبي بي سي ونيويورك تايمز نسبة كل اقتباس إلى قائله ليعرف القارئ من المتحدث. وعلامات التنصيص حول كلام لم يقله أحد تُقرأ اقتباساً من شخص ما.",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "warning",
  },
  check({ para, quotes, report }) {
    for (const q of quotes.quotes) {
      if (q.used >= 0 || q.depth > 0 || q.close < 0) continue;
      if (looksLikeSpeech(para, q)) report(q.s, q.e);
    }
  },
};

/** Six words or more, and not a title after a naming word or an article (the "…"). */
function looksLikeSpeech(p: Para, q: Quote): boolean {
  let words = 0;
  for (let k = q.open + 1; k < q.close; k++) if (p.toks[k].kind === WORD) words++;
  if (words < 6) return false;
  const before = p.toks[q.open - 1];
  if (before && isWord(before) && (isNamingWord(before, p.toks[q.open - 2], q.close >= 0 ? p.toks[q.close + 1] : undefined) || lexicon().en.beforeTitle.has(before.norm))) return false;
  return true;
}
