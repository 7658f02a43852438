// …، كما أفاد مصدر مقرب من التحقيق.: the clause before كما is what the source said.
import { lexicon } from "../../lexicon";
import { COMMA, END, isClose, isPunct, isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { clauseStartTok } from "../subject";
import { inList } from "../../lexicon/lookup";

export function kamaClause(r: ArReading): Verdict {
  const { p, m, toks, sourceFrom, sourceTo, sentEnd } = r;
  if (r.opening || sourceFrom < 0 || !isWord(toks[m.from - 1]) || !inList(toks[m.from - 1], lexicon().ar.kama)) return undefined;
  // (Also right after a closing quotation mark: "…" كما أكد مسؤول.)
  if (!isPunct(toks[m.from - 2], COMMA) && !isClose(toks[m.from - 2])) return undefined;
  if (!(sourceTo >= sentEnd || isPunct(toks[sourceTo], END))) return undefined;
  let c = clauseStartTok(p, m.from);
  if (isWord(toks[c]) && toks[c].norm === "و") c++;
  const k = m.from - 3;
  if (c > k || !isWord(toks[c])) return undefined;
  const st = r.statement(sourceFrom, sourceTo, { tok: c, start: toks[c].s }, null);
  st.contentEnd = toks[k].e;
  st.lastTok = k;
  st.contentFixed = true;
  st.clauseBefore = true;
  st.firstTok = c;
  return st;
}
