// A view or a feeling before "that" (frame `opinion`): "voiced their concern that …", "repeated
// his view on Friday that …", "expressed confidence that …": the verb, a noun of opinionNouns
// within three words (determiners and opinionModifiers before it), adjuncts, then "that". The cue
// is the verb and its object. "expressed concern about the delays" is no statement. A verb with the
// frame `that` too is read by the other constructions before "that" ("reiterated that …").
import { Fr } from "../../lexicon";
import { isWord } from "../../text/paragraph";
import { NUM, type Tok } from "../../text/token";
import type { EnReading, Verdict } from "../reading";
import { enSubjectBefore, verbalUse } from "../subject";
import { en } from "../words";
import { inList } from "../../lexicon/lookup";

export function opinion(r: EnReading): Verdict {
  if (!r.entry.frames.has(Fr.opinion)) return undefined;
  const { p, m, toks, sentEnd } = r;
  if (r.entry.frames.has(Fr.that) && thatClause(toks, m.to)) return undefined;
  if (!verbalUse(p, m)) return null;
  let noun = -1;
  for (let k = m.to; k < sentEnd && k < m.to + 3 && isWord(toks[k]); k++) {
    if (inList(toks[k], en().opinionNouns)) {
      noun = k;
      break;
    }
    if (!(inList(toks[k], en().determiners) || inList(toks[k], en().opinionModifiers))) return null;
  }
  if (noun < 0) return null;
  for (let k = noun + 1; k < sentEnd && k < noun + 8; k++) {
    const t = toks[k];
    if (isWord(t) && t.norm === "that") {
      if (k + 1 >= sentEnd) return null;
      const st = r.statement(enSubjectBefore(p, m.from), { tok: k + 1, start: toks[k + 1].s });
      st.cueTo = noun + 1;
      st.claimedTo = k;
      return st;
    }
    // Adjuncts only between the noun and "that" ("on Friday"); "about the delays" ends it.
    if (!isWord(t) || (inList(t, en().stop) && !inList(t, en().adjuncts))) return null;
  }
  return null;
}

/**
 * "repeated that China …", "reiterated that the plant …": "that" at k opening a clause (a name, a
 * determiner or a subject pronoun after it) — not "reiterated that approach", a demonstrative.
 */
function thatClause(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const n = toks[k + 1];
  if (!isWord(t) || t.norm !== "that" || !n) return false;
  return n.kind === NUM || (isWord(n) && (n.cap || inList(n, en().determiners) || inList(n, en().subjectPronouns)));
}
