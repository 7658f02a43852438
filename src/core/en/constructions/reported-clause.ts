// The words after the verb: Smith said (that) … / told Reuters that … / said: "…" / asked
// whether …; nothing opening there, no statement. Verbs with the frame `vclause` (confirm,
// estimate, announce, add, point out …) take a clause without "that" only when it has a verb of
// its own: "confirmed the merger would close", not "confirmed the appointment", "added 200 jobs".
import { Fr } from "../../lexicon";
import { cueAt } from "../../lexicon/lookup";
import { END, isPunct, isWord, type Para } from "../../text/paragraph";
import { QUOTE } from "../../text/token";
import { enOpening } from "../opening";
import type { EnReading, Verdict } from "../reading";
import { nounS } from "../subject";
import { en } from "../words";

export function reportedClause(r: EnReading): Verdict {
  const f = r.entry.frames;
  const vclause = f.has(Fr.vclause);
  const o = enOpening(r.p, r.m.to, r.sentEnd, f.has(Fr.obj), f.has(Fr.clause) || vclause, f.has(Fr.quote) || f.has(Fr.colon), f.has(Fr.q));
  if (!o) return null;
  if (o.bare && vclause && !f.has(Fr.clause) && !finiteClause(r.p, o.tok, r.sentEnd)) return null;
  return r.statement(r.source, o);
}

/**
 * Whether the words from token k read as a clause: an auxiliary or a reporting verb comes before
 * the clause ends (a full stop, a colon, a quotation, "to", or a comma opening a relative clause).
 */
function finiteClause(p: Para, k: number, sentEnd: number): boolean {
  const toks = p.toks;
  for (let j = k + 1; j < sentEnd && j < k + 14; j++) {
    const t = toks[j];
    // ("reported its exposure to be limited": an infinitive, not a clause.)
    if (t.kind === QUOTE || isPunct(t, ":;") || isPunct(t, END) || (isWord(t) && t.norm === "to")) return false;
    if (isPunct(t, ",") && isWord(toks[j + 1]) && en().relativePronouns.has(toks[j + 1].norm)) return false;
    if (isWord(t) && (en().finite.has(t.norm) || (cueAt(p, j) && !nounS(p, j)))) return true;
  }
  return false;
}
