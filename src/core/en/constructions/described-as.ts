// "… described the ruling as "not unexpected"", "called the plan "a betrayal"" (frame `as`): the verb,
// its object (a few words), "as" and a quotation: the quoted words are the subject's, a partial
// quotation whose content runs from "as" to the closing mark. Without such a quotation the verb
// reports nothing ("described the scene", "described him as tall").
import { Fr } from "../../lexicon";
import { isWord } from "../../text/paragraph";
import { OPENS, QUOTE } from "../../text/token";
import type { EnReading, Verdict } from "../reading";
import { enSubjectBefore, verbalUse } from "../subject";

/** How many words the object between the verb and "as" may have. */
const OBJECT_WORDS = 10;

export function describedAs(r: EnReading): Verdict {
  if (!r.entry.frames.has(Fr.as)) return undefined;
  const { p, m, toks, sentEnd } = r;
  if (!verbalUse(p, m)) return null;
  for (let k = m.to; k < sentEnd && k <= m.to + OBJECT_WORDS; k++) {
    const t = toks[k];
    if (!isWord(t) || t.norm !== "as") continue;
    const q = toks[k + 1];
    if (!q || q.kind !== QUOTE || q.quoteRole !== OPENS || q.quote < 0 || p.quotes[q.quote].close < 0) return null;
    const st = r.statement(enSubjectBefore(p, m.from), { tok: k, start: t.s });
    st.contentEnd = toks[p.quotes[q.quote].close].e;
    st.contentFixed = true;
    st.quoteIds.push(q.quote);
    return st;
  }
  return null;
}
