// No subject before the verb: "His aides say … but noted that …" — a second verb of the same
// subject speaks for it. "Scott thanked the crowd and said the race was close": with no
// statement before it in the sentence, the sentence's subject speaks (altSource, as for a
// participle). Any other verb without a subject ("said Smith, …" with no quotation before it,
// a bare verb) reports nothing.
import { Fr } from "../../lexicon";
import { isPunct, isWord, sentenceStartTok } from "../../text/paragraph";
import { enOpening, finiteClause, requestTo } from "../opening";
import type { EnReading, Verdict } from "../reading";
import { en } from "../words";
import { lyWord } from "../subject";
import { clauseSubject } from "./participle";
import { inList } from "../../lexicon/lookup";

export function secondVerb(r: EnReading): Verdict {
  if (r.source) return undefined;
  const { p, m, toks, entry: e } = r;
  // ("… and repeatedly says, …": an adverb in -ly between the coordinator and the verb.)
  let v = m.from;
  while (lyWord(toks[v - 1])) v--;
  // ("… and has said it intends to …": has/have/had between the coordinator and the verb.)
  const c = isWord(toks[v - 1]) && inList(toks[v - 1], en().perfectAux) ? v - 1 : v;
  const pw = toks[c - 1];
  if (!(isWord(pw) && inList(pw, en().coordinators) && toks[m.from].norm !== e.lemmaHead && c - 2 >= sentenceStartTok(p, m.from))) return null;
  const f = e.frames;
  // The sentence's subject, when the clause opens with one (not "When asked, …").
  const subj = clauseSubject(p, m.from);
  // (", but said …" only after such a subject.)
  if (isPunct(toks[c - 2], ",") && !subj) return null;
  const vclause = f.has(Fr.vclause);
  // "… and asked the crowd to welcome him": a request.
  const to = subj && f.has(Fr.q) ? requestTo(p, m.to, r.sentEnd) : -1;
  let o = to > 0 ? { tok: to, start: toks[to].s } : enOpening(p, m.to, r.sentEnd, f.has(Fr.obj), !!subj && (f.has(Fr.clause) || vclause), f.has(Fr.quote) || f.has(Fr.colon), f.has(Fr.q));
  if (o && o.bare && vclause && !f.has(Fr.clause) && !finiteClause(p, o.tok, r.sentEnd)) o = null;
  if (!o) return null;
  const st = r.statement(null, o);
  st.carry = "clause-subject";
  if (subj) {
    st.altSourceFrom = subj[0];
    st.altSourceTo = subj[1];
  }
  return st;
}

