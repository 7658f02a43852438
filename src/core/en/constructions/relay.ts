// Relayed speech with "quote" (frame `relay`): the quoted person speaks, the paper or agency only
// relays it (ANNOTATION.md: relayed speech is the relayed source's statement).
//   X was quoted (by the agency) as saying (that) …  /  the paper quoted X as saying …
//   "…," the paper quotes X.  /  Prices will stay high, an official was quoted as saying.
// "quoted the constitution at length" (no "as saying", no quotation before) is no statement.
import { Fr } from "../../lexicon";
import type { FoundStatement } from "../../statements/found";
import { END, isPunct, isWord, sentenceStartTok } from "../../text/paragraph";
import { QUOTE } from "../../text/token";
import { finiteClause } from "../opening";
import type { EnReading, Verdict } from "../reading";
import { enSubjectAfter, enSubjectBefore, plausibleSource, quoteBefore } from "../subject";
import { en } from "../words";
import { inList } from "../../lexicon/lookup";

export function relay(r: EnReading): Verdict {
  if (!r.entry.frames.has(Fr.relay)) return undefined;
  const { p, m, toks, sentEnd } = r;
  // "The minister was quoted (by the agency, in a newspaper) as saying …"
  if (isWord(toks[m.from - 1]) && inList(toks[m.from - 1], en().be)) {
    for (let k = m.to; k < sentEnd && k < m.to + 10; k++) {
      if (asSaying(r, k)) {
        const src = enSubjectBefore(p, m.from - 1);
        return src ? afterAsSaying(r, k, src) : null;
      }
      if (toks[k].kind === QUOTE || isPunct(toks[k], ";:")) break;
    }
    return null;
  }
  // "The paper quoted the minister as saying …": the object, up to "as saying", is the source.
  for (let k = m.to + 1; k < sentEnd && k < m.to + 14; k++) {
    const t = toks[k];
    if (asSaying(r, k)) return plausibleSource(p, m.to, k) ? afterAsSaying(r, k, [m.to, k]) : null;
    const abbreviation = isPunct(t, ".") && isWord(toks[k - 1]) && toks[k - 1].e === t.s && toks[k - 1].norm.length <= 4;
    if (t.kind === QUOTE || isPunct(t, ";:") || (isPunct(t, END) && !abbreviation) || (isWord(t) && inList(t, en().finite))) break;
  }
  return quoteThenRelay(r);
}

/** '"…," the newspaper quotes a source close to the firm.': the quotation before is the object's. */
function quoteThenRelay(r: EnReading): Verdict {
  const { p, m } = r;
  const subj = enSubjectBefore(p, m.from);
  const q = quoteBefore(p, subj ? subj[0] : m.from);
  if (q < 0 || p.quotes[q].used >= 0) return null;
  const b = enSubjectAfter(p, m.to);
  if (b <= m.to || !plausibleSource(p, m.to, b)) return null;
  return quotedBefore(r, [m.to, b], q);
}

/** The statement of source `src` whose words are the quotation q before the cue. */
function quotedBefore(r: EnReading, src: [number, number], q: number): FoundStatement {
  const quote = r.p.quotes[q];
  const st = r.statement(src, { tok: quote.open, start: quote.s });
  st.contentEnd = quote.e;
  st.contentFixed = true;
  st.quoteIds = [q];
  st.firstTok = quote.open;
  return st;
}

/** "as saying" / "as telling" at token k. */
function asSaying(r: EnReading, k: number): boolean {
  const t = r.toks[k];
  const u = r.toks[k + 1];
  return isWord(t) && t.norm === "as" && isWord(u) && inList(u, en().relayedSpeech);
}

/** The words after "as saying" at k (or the clause before the source, when nothing follows). */
function afterAsSaying(r: EnReading, k: number, src: [number, number]): Verdict {
  const { p, toks, sentEnd } = r;
  let c = k + 2;
  if (isWord(toks[c]) && toks[c].norm === "that") c++;
  // "…, a scientist was quoted as saying at the weekend.": the clause before is what was said.
  const before = isPunct(toks[src[0] - 1], ",") ? sentenceStartTok(p, src[0]) : -1;
  const nothingAfter = c >= sentEnd || isPunct(toks[c], END) || (isWord(toks[c]) && (inList(toks[c], en().adjuncts) || toks[c].cap) && !finiteClause(p, c, sentEnd));
  if (before >= 0 && before < src[0] - 1 && nothingAfter) {
    const st = r.statement(src, { tok: before, start: toks[before].s });
    st.contentEnd = toks[src[0] - 2].e;
    st.contentFixed = true;
    st.clauseBefore = true;
    st.firstTok = before;
    st.claimedTo = k + 2;
    return st;
  }
  if (nothingAfter) {
    // '"…," the paper quoted the chief as saying.' / '"…," the mayor was quoted as saying.'
    const lead = src[0] < r.m.from ? src[0] : (enSubjectBefore(p, r.m.from)?.[0] ?? r.m.from);
    const q = quoteBefore(p, lead);
    if (q >= 0 && p.quotes[q].used < 0) {
      const st = quotedBefore(r, src, q);
      st.claimedTo = k + 2;
      return st;
    }
  }
  if (c >= sentEnd || !toks[c] || isPunct(toks[c], END)) return null;
  const st = r.statement(src, { tok: c, start: toks[c].s });
  st.claimedTo = k + 2;
  return st;
}
