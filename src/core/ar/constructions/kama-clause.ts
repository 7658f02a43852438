// …، كما أفاد مصدر مقرب من التحقيق.: the clause before كما is what the source said; with no
// subject written (…، كما تقول.) the sentence's subject or the last speaker said it.
import { lexicon } from "../../lexicon";
import { COMMA, END, isClose, isPunct, isWord, type Para } from "../../text/paragraph";
import { arSourceNP } from "../source-phrase";
import type { ArReading, Verdict } from "../reading";
import { clauseStartTok } from "../subject";
import { inList } from "../../lexicon/lookup";

export function kamaClause(r: ArReading): Verdict {
  const { p, m, toks, sourceFrom, sentEnd } = r;
  const w = kamaWords(p, m.from);
  if (r.opening || !w) return undefined;
  // (Also right after a closing quotation mark: "…" كما أكد مسؤول.)
  if (!isPunct(toks[m.from - w - 1], COMMA) && !isClose(toks[m.from - w - 1])) return undefined;
  // (No subject: the verb ends the sentence, …، كما تقول.)
  if (sourceFrom < 0 && !(r.cueEnd >= sentEnd || isPunct(toks[r.cueEnd], END))) return undefined;
  const sourceTo = sourceFrom < 0 ? -1 : withApposition(r);
  if (sourceFrom >= 0 && !(sourceTo >= sentEnd || isPunct(toks[sourceTo], END))) return undefined;
  let c = clauseStartTok(p, m.from);
  if (isWord(toks[c]) && toks[c].norm === "و") c++;
  const k = m.from - w - 2;
  if (c > k || !isWord(toks[c])) return undefined;
  const st = r.statement(sourceFrom, sourceTo, { tok: c, start: toks[c].s }, sourceFrom < 0 ? "clause-subject" : null);
  st.contentEnd = toks[k].e;
  st.lastTok = k;
  st.contentFixed = true;
  st.clauseBefore = true;
  st.firstTok = c;
  return st;
}

/** The words of "as" before the cue at k: كما (1), على ما (2); 0 when none. */
function kamaWords(p: Para, k: number): number {
  const t = p.toks[k - 1];
  if (!isWord(t)) return 0;
  if (inList(t, lexicon().ar.kama)) return 1;
  const u = p.toks[k - 2];
  return t.norm === "ما" && isWord(u) && u.norm === "علي" ? 2 : 0;
}

/** …، كما أعلنت فلانة، مسؤولة الإعلام في المنطقة.: an apposition after the source, up to the sentence's end, is the source's. */
function withApposition(r: ArReading): number {
  const { p, toks, sourceTo, sentEnd } = r;
  if (!isPunct(toks[sourceTo], COMMA)) return sourceTo;
  const e = arSourceNP(p, sourceTo + 1, sentEnd);
  return e > sourceTo + 1 && (e >= sentEnd || isPunct(toks[e], END)) ? e : sourceTo;
}
