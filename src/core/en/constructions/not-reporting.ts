// Not reported speech: "asked to leave", "told to", "said to be", "argued against the plan", "would not
// say", "is said" (a passive, and a capitals headline's SAID), and a
// cue word used as a noun ("the report", "a claim").
import { Fr } from "../../lexicon";
import { isPunct, isWord } from "../../text/paragraph";
import { QUOTE, type Tok } from "../../text/token";
import type { EnReading, Verdict } from "../reading";
import { lyWord, verbalUse } from "../subject";
import { allCaps, en } from "../words";
import { inList, sourceClass } from "../../lexicon/lookup";

export function notReporting(r: EnReading): Verdict {
  const { m, toks } = r;
  // "could not say whether …", "will not say which", "doesn't tell": speech refused or denied, no words.
  let b = m.from - 1;
  while (lyWord(toks[b])) b--;
  if (isWord(toks[b]) && inList(toks[b], en().negations)) return null;
  const after = toks[m.to];
  // ("tweet_id=", "tweet-author=": a cue word glued by a hyphen or an underscore to the word after it is part of a compound, markup's.)
  if (isPunct(after, "_-") && after.s === toks[m.to - 1].e && isWord(toks[m.to + 1]) && toks[m.to + 1].s === after.e) return null;
  if (isWord(after) && inList(after, en().notReportingAfter) && !r.entry.frames.has(Fr.obj) && !activeSaidBy(r, b) && !toAddresseeThat(r)) return null;
  // "written down", "wrote off": the particle makes "write" another verb; "said off the record" is still speech.
  if (isWord(after) && en().particleCues.has(m.entry.lemma) && inList(after, en().cueParticles)) return null;
  // "argued vociferously against the plan", "testify against him": a cause, not words.
  if (en().causeVerbs.has(m.entry.lemma)) {
    let k = m.to;
    while (lyWord(toks[k])) k++;
    if (isWord(toks[k]) && inList(toks[k], en().causePreps)) return null;
  }
  // "was asked about incidents that happened years ago": asking about a topic reports no words (its
  // "that" is the topic's), unless a quotation follows with the question.
  if (m.entry.lemma === "ask" && isWord(toks[m.to]) && toks[m.to].norm === "about" && !quotedAfter(r)) return null;
  // "charged a former clerk with fraud": a charge laid on someone, no words.
  if (en().chargeVerbs.has(m.entry.lemma) && chargeWith(r)) return null;
  if (isWord(toks[m.from - 1]) && inList(toks[m.from - 1], en().nounBeforeCue)) return null;
  // "OUTPUT SAID AT YEAR LOW": in a capitals headline the past "said" is the passive "is said to be" (one that
  // reports writes SAYS).
  // (Past a short form's dot, a headline's next word in capitals too: "U.S. SAID UNFAIRLY PROTECTING …".)
  const dot = isPunct(toks[m.from - 1], ".");
  const before = dot ? toks[m.from - 2] : toks[m.from - 1];
  const capsBefore = isWord(before) && (allCaps(r.p, before) || (dot && before.cap && isWord(toks[m.to]) && allCaps(r.p, toks[m.to])));
  if (toks[m.from].norm === "said" && allCaps(r.p, toks[m.from]) && capsBefore) return null;
  if (!toks[m.from].norm.endsWith("ing") && !verbalUse(r.p, m)) return null;
  return undefined;
}

/** Whether a quotation opens in the cue's sentence after it. */
function quotedAfter(r: EnReading): boolean {
  for (let k = r.m.to; k < r.sentEnd; k++) if (r.toks[k].kind === QUOTE) return true;
  return false;
}

/**
 * "They said by 1990 sales could double", "Ruiz said by phone that …": "said by" with no be-form before
 * it (the word at b, past adverbs) is active, "by" a time or a medium; "was said by aides" is a passive.
 */
function activeSaidBy(r: EnReading, b: number): boolean {
  const { m, toks } = r;
  return m.entry.lemma === "say" && toks[m.to].norm === "by" && !inList(toks[b], en().be);
}

/** Words the addressee after "to" may take before "that" (to the Washington Post, to his campaign aides). */
const TO_ADDRESSEE = 7;

/**
 * "admitted to the newspaper that …", "said to reporters that …", "confirmed to CNN that …": "to" and an
 * addressee (a determiner or a possessive, a capitalised word, an object pronoun, a source noun or a listed
 * addressee first; not "said to be", "asked to leave"), then "that" within a few words, no comma first.
 */
function toAddresseeThat(r: EnReading): boolean {
  const { m, toks, sentEnd } = r;
  const first = toks[m.to + 1];
  // (Not "agreed to a contract that …", a commitment; nor "Speaking to students at …", a participle's phrase.)
  if (toks[m.to].norm !== "to" || !isWord(first) || m.entry.lemma === "agree" || toks[m.from].norm.endsWith("ing")) return false;
  if (!(inList(first, en().determiners) || canListen(first))) return false;
  for (let j = m.to + 2; j < sentEnd && j <= m.to + TO_ADDRESSEE; j++) {
    const t = toks[j];
    // (The word before "that" is one who listens: "to the newspaper that", not "to the demands that".)
    if (isWord(t) && t.norm === "that") return canListen(toks[j - 1]);
    if (!isWord(t) && !isPunct(t, "'’.")) return false;
  }
  return false;
}

/** One who can be told something: a capitalised word, an object pronoun, a listed addressee, a source noun. */
function canListen(t: Tok): boolean {
  return isWord(t) && (t.cap || inList(t, en().objectPronouns) || inList(t, en().addressees) || !!sourceClass(t));
}

/** Whether "with" follows the cue's object within a few words, in its sentence, with no "that" or quotation first. */
function chargeWith(r: EnReading): boolean {
  const { m, toks, sentEnd } = r;
  for (let j = m.to; j < sentEnd && j < m.to + CHARGE_OBJECT; j++) {
    const t = toks[j];
    // (Past a ticker or an abbreviation's stop: "a clerk of Harbour Bank Corp <HBC.S> with …"; not past a quotation.)
    if (t.kind === QUOTE || t.norm === "that") return false;
    if (!isWord(t)) continue;
    if (t.norm === "with") return j > m.to;
  }
  return false;
}

/** Tokens the object of "charged … with" may take (a former currency clerk of a bank, its ticker). */
const CHARGE_OBJECT = 14;
