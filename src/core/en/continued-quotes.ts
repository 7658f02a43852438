// English: '"…," Smith said. "…"' — quotations that follow the statement's sentence
// with no cue of their own carry on the same statement.
import { END, sentOf, type Para } from "../text/paragraph";
import { OPENS, PUNCT, QUOTE } from "../text/token";
import type { FoundStatement } from "../statements/found";
import { finiteClause, pastMedium } from "./opening";

export function continueQuotes(p: Para, found: FoundStatement[]): void {
  const { toks, quotes, sentEnd } = p;
  for (let ri = 0; ri < found.length; ri++) {
    const r = found[ri];
    // ('He admitted there were "good reasons", but said the board had decided. "…"': the statement whose
    // words end the sentence goes on, not words after a cue cut off before them; '"…," said Ann Lee, who
    // said …. "…"' goes on with the quotation before the cue.)
    if (r.contentTok >= r.cueTo && found.some((o) => o.sentence === r.sentence && o.contentEnd > r.contentEnd)) continue;
    let sent = r.sentence;
    for (;;) {
      const j = sentEnd[sent];
      const t = toks[j];
      if (!t || t.kind !== QUOTE || t.quoteRole !== OPENS || t.quote < 0) break;
      const q = quotes[t.quote];
      // A quote left open at the paragraph's end runs on into the next one (wire style).
      const tSent = sentOf(p, j);
      if (q.used >= 0 || (q.close < 0 && !q.runsOn) || found.some((o) => o.sentence === tSent)) break;
      const after = q.close >= 0 ? toks[q.close + 1] : undefined;
      if (after && sentOf(p, q.close + 1) === tSent && !(after.kind === PUNCT && END.includes(after.norm))) break;
      // ('The firm said in a statement. "…"': the medium named after the cue is no part of the words.)
      if (sent === r.sentence && r.quoteIds.length === 0 && mediumOnly(p, r)) {
        r.contentTok = j;
        r.contentStart = t.s;
      }
      q.used = ri;
      r.quoteIds.push(t.quote);
      r.contentEnd = Math.max(r.contentEnd, q.e);
      if (q.close < 0) break;
      sent = tSent;
    }
  }
}

/** The words after the cue are only the medium they were given in, and no clause: "said in a statement provided to the paper." */
function mediumOnly(p: Para, r: FoundStatement): boolean {
  const end = p.sentEnd[r.sentence];
  return r.contentTok >= r.cueTo && pastMedium(p, r.contentTok, end) > r.contentTok && !finiteClause(p, r.contentTok, end);
}
