// Quote-first: "…," she said. / "…," said Smith. — the quotation before is the content, and
// goes on after the cue: "…," he said, "…" / '…," he said, but "…"'. A quotation that ends a
// clause it does not open is a partial quote: 'The talks were "constructive", a spokesman said.'

import { isOpen, isPunct, isWord, sentenceStartTok } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";
import { en } from "../words";
import { cueAt, inList } from "../../lexicon/lookup";

export function quoteFirst(r: EnReading): Verdict {
  const { p, m, toks, source: src, sentEnd } = r;
  if (r.quoteBefore < 0 || p.quotes[r.quoteBefore].used >= 0) return undefined;
  const q = p.quotes[r.quoteBefore];
  const partial = src ? partialBefore(r, src) : null;
  if (partial) return partial;
  const st = r.statement(src, { tok: q.open, start: q.s });
  st.contentEnd = q.e;
  st.contentFixed = true;
  st.quoteIds = [r.quoteBefore];
  st.firstTok = q.open;
  let j = src && src[1] > m.to ? src[1] : m.to;
  while (j < sentEnd + 1 && j < toks.length && (isPunct(toks[j], ",:") || (isWord(toks[j]) && (inList(toks[j], en().aux) || inList(toks[j], en().coordinators))))) j++;
  if (!isOpen(toks[j])) j = pastAdjunctToQuote(r, j);
  if (isOpen(toks[j]) && toks[j].quote >= 0) {
    st.quoteIds.push(toks[j].quote);
    st.contentEnd = p.quotes[toks[j].quote].e;
  }
  return st;
}

/** Whether a cue follows quotation qi's closing mark within a name's length ('…, "…," said Kunin'): its own speaker's. */
function ownCue(r: EnReading, qi: number): boolean {
  const { p } = r;
  const close = qi >= 0 ? p.quotes[qi].close : -1;
  if (close < 0) return false;
  for (let k = close + 1; k < p.toks.length && k <= close + 4; k++) if (cueAt(p, k)) return true;
  return false;
}

/** Words an adjunct between the cue and the quotation's second part may take. */
const ADJUNCT_WORDS = 8;

/**
 * '"…," Smith said on Tuesday, "…"', '"…," he said when asked about the vote, "…"', '"…," she told
 * reporters, "…"': past a short phrase and its comma to the quotation that goes on; j itself when
 * none (the phrase holds no cue, pronoun or mark: "…," he said, and she replied: "…" is hers).
 */
function pastAdjunctToQuote(r: EnReading, j: number): number {
  const { p, toks, sentEnd } = r;
  for (let k = j; k < sentEnd && k <= j + ADJUNCT_WORDS; k++) {
    const t = toks[k];
    if (isPunct(t, ",")) return k > j && isOpen(toks[k + 1]) && !ownCue(r, toks[k + 1].quote) ? k + 1 : j;
    // ("when asked about …": a participle after a subordinator is no new speaker's verb.)
    const asked = k > j && isWord(toks[k - 1]) && inList(toks[k - 1], en().subordinators) && t.norm.endsWith("ed");
    if (!isWord(t) || inList(t, en().pronouns) || (cueAt(p, k) && !asked)) return j;
  }
  return j;
}

const MAX_CLAUSE_WORDS = 80;

/**
 * 'The talks were "constructive", a spokesman said.': two words or more of the clause before the
 * quotation (no colon or dash right before it) make it a partial quote; the clause from the
 * sentence start to the closing mark is the content, with every unused quotation in it
 * ('called it "a" and "b", he said'). A quotation opening its sentence stays direct.
 */
function partialBefore(r: EnReading, src: [number, number]): Verdict {
  const { p, toks } = r;
  const qi = r.quoteBefore;
  const q = p.quotes[qi];
  const ss = sentenceStartTok(p, q.open);
  if (q.open <= ss || isPunct(toks[q.open - 1], ":—–")) return null;
  // Two words or more; not more than a sentence holds (a "sentence" of thousands of words is no
  // clause, and counting it for every cue would make such a text quadratic).
  let words = 0;
  for (let k = q.open - 1; k >= ss && words <= MAX_CLAUSE_WORDS; k--) if (isWord(toks[k])) words++;
  if (words < 2 || words > MAX_CLAUSE_WORDS) return null;
  const st = r.statement(src, { tok: ss, start: toks[ss].s });
  st.contentEnd = q.close >= 0 ? toks[q.close].e : q.e;
  st.contentFixed = true;
  st.clauseBefore = true;
  // Walking back from the quotation, a few at most: a quotation another statement took, or the
  // sentence start, ends the clause (and a text of thousands of marks stays linear).
  for (let i = qi - 1, n = 0; i >= 0 && n < 8 && p.quotes[i].open >= ss && p.quotes[i].used < 0; i--, n++) if (p.quotes[i].depth === 0) st.quoteIds.push(i);
  st.quoteIds.push(qi);
  st.firstTok = ss;
  return st;
}
