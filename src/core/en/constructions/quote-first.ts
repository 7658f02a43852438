// Quote-first: "…," she said. / "…," said Smith. — the quotation before is the content, and
// goes on after the cue: "…," he said, "…" / '…," he said, but "…"'.
import { isOpen, isPunct, isWord } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";
import { en } from "../words";

export function quoteFirst(r: EnReading): Verdict {
  const { p, m, toks, source: src, sentEnd } = r;
  if (r.quoteBefore < 0 || p.quotes[r.quoteBefore].used >= 0) return undefined;
  const q = p.quotes[r.quoteBefore];
  const st = r.statement(src, { tok: q.open, start: q.s });
  st.contentEnd = q.e;
  st.contentFixed = true;
  st.quoteIds = [r.quoteBefore];
  st.firstTok = q.open;
  let j = src && src[1] > m.to ? src[1] : m.to;
  while (j < sentEnd + 1 && j < toks.length && (isPunct(toks[j], ",:") || (isWord(toks[j]) && (en().aux.has(toks[j].norm) || en().coordinators.has(toks[j].norm))))) j++;
  if (isOpen(toks[j]) && toks[j].quote >= 0) {
    st.quoteIds.push(toks[j].quote);
    st.contentEnd = p.quotes[toks[j].quote].e;
  }
  return st;
}
