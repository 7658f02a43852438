// وسبق لصحيفة "…" أن أشارت إلى أن …، سبق للوزير أن قال إن …: after سبق ("had already") the
// subject is the noun under لـ, between سبق and أن, and the verb after أن has no subject of its own.
import { lexicon } from "../../lexicon";
import { END, isPunct, isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { inList } from "../../lexicon/lookup";

/** How far back from the verb سبق is looked for (its لـ noun phrase may hold a quoted name). */
const REACH = 10;

export function sabaqaSubject(r: ArReading): Verdict {
  const { toks, m } = r;
  if (r.sourceFrom >= 0 || m.clitic) return undefined;
  const an = toks[m.from - 1];
  if (!isWord(an) || an.norm !== "ان") return undefined;
  for (let j = m.from - 2; j >= 0 && m.from - 2 - j < REACH; j--) {
    const t = toks[j];
    if (isPunct(t, END)) return undefined;
    if (!isWord(t) || !inList(t, lexicon().ar.sabaqa)) continue;
    const l = toks[j + 1];
    // (سبق أن قال الوزير: no لـ noun, the subject follows the verb as usual.)
    if (j + 1 < m.from - 1 && isWord(l) && l.norm.length > 2 && l.norm.startsWith("ل")) {
      [r.sourceFrom, r.sourceTo] = [j + 1, m.from - 1];
      r.sourceAfterClitic = true;
    }
    return undefined;
  }
  return undefined;
}
