// A view or a feeling before "that" (frame `opinion`): "voiced their concern that …", "repeated
// his view on Friday that …", "expressed confidence that …": the verb, a noun of opinionNouns
// within three words (determiners and opinionModifiers before it), adjuncts, then "that". The cue
// is the verb and its object. "expressed concern about the delays" is no statement. A verb with the
// frame `that` too is read by the other constructions before "that" ("reiterated that …"), and with
// no opinion noun, one with the frame `vclause` when a bare clause opens after it ("reiterated he cannot …").
import { Fr } from "../../lexicon";
import { isWord, type Para } from "../../text/paragraph";
import { NUM } from "../../text/token";
import { finiteClause } from "../opening";
import type { EnReading, Verdict } from "../reading";
import { enSubjectBefore, verbalUse } from "../subject";
import { en } from "../words";
import { inList } from "../../lexicon/lookup";

export function opinion(r: EnReading): Verdict {
  if (!r.entry.frames.has(Fr.opinion)) return undefined;
  const { p, m, toks, sentEnd } = r;
  if (r.entry.frames.has(Fr.that) && thatClause(p, m.to, sentEnd)) return undefined;
  // ("reiterated that pledge": a demonstrative, no statement.)
  if (isWord(toks[m.to]) && toks[m.to].norm === "that") return null;
  if (!verbalUse(p, m)) return null;
  let noun = -1;
  for (let k = m.to; k < sentEnd && k < m.to + 3 && isWord(toks[k]); k++) {
    if (inList(toks[k], en().opinionNouns)) {
      noun = k;
      break;
    }
    if (!(inList(toks[k], en().determiners) || inList(toks[k], en().opinionModifiers))) return noOpinion(r);
  }
  if (noun < 0) return noOpinion(r);
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

/** Words a bare clause's subject may take before its verb (reiterated the central bank will …). */
const BARE_SUBJECT = 4;

/**
 * No opinion noun: no statement, but a verb that takes a bare clause is read on when one opens
 * there: a subject pronoun, or a few words and an auxiliary ("reiterated he cannot …", "repeated
 * his country would …"); not a noun object ("repeated Chinese policy of …", "its request that …").
 */
function noOpinion(r: EnReading): Verdict {
  if (!r.entry.frames.has(Fr.vclause)) return null;
  const { toks, m, sentEnd } = r;
  if (inList(toks[m.to], en().subjectPronouns) || adjunctThenThat(r)) return undefined;
  for (let k = m.to + 1; k < sentEnd && k <= m.to + BARE_SUBJECT; k++) {
    const t = toks[k];
    if (isWord(t) && inList(t, en().finite)) return undefined;
    if (!isWord(t) || inList(t, en().stop)) return null;
  }
  return null;
}

/** Words an adjunct between the verb and "that" may take (reiterated at the annual meeting that …). */
const ADJUNCT_WORDS = 6;

/** "reiterated at the meeting that …", "repeated today that …": an adjunct first, then "that" opening a clause. */
function adjunctThenThat(r: EnReading): boolean {
  const { p, toks, m, sentEnd } = r;
  if (!isWord(toks[m.to]) || !inList(toks[m.to], en().adjuncts) || inList(toks[m.to], en().adjectiveAdjuncts)) return false;
  for (let k = m.to + 1; k < sentEnd && k <= m.to + ADJUNCT_WORDS; k++) {
    if (!isWord(toks[k])) return false;
    if (toks[k].norm === "that") return thatClause(p, k, sentEnd);
  }
  return false;
}

/**
 * "repeated that China …", "reiterated that the plant …", "reiterated that rates would …": "that" at k
 * opening a clause (a name, a determiner or a subject pronoun after it, or a verb of its own after
 * its subject) — not "reiterated that approach in a speech", a demonstrative.
 */
function thatClause(p: Para, k: number, sentEnd: number): boolean {
  const toks = p.toks;
  const t = toks[k];
  const n = toks[k + 1];
  if (!isWord(t) || t.norm !== "that" || !n) return false;
  return n.kind === NUM || (isWord(n) && (n.cap || inList(n, en().determiners) || inList(n, en().subjectPronouns) || finiteClause(p, k + 1, sentEnd)));
}
