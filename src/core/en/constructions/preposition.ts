// "According to X, …" / "…, according to X." / "…, citing two diplomats": the source follows
// the cue; the clause follows the source when the cue opens its sentence, and is the clause
// before the cue otherwise.
import { isPunct, isWord, sentenceStartTok } from "../../text/paragraph";
import { NUM } from "../../text/token";
import type { EnReading, Verdict } from "../reading";
import { enSubjectAfter, verbalUse } from "../subject";
import { en, isCap } from "../words";
import { cueAt, inList, sourceClass } from "../../lexicon/lookup";
import { Fr } from "../../lexicon";

export function preposition(r: EnReading): Verdict {
  if (r.entry.form !== "prep") return undefined;
  const { p, m, toks, sentEnd } = r;
  // "But in citing results for the quarter, the company points to …": after a preposition the -ing word is
  // a gerund, the doing of the clause's subject, no source's cue ("coming in according to expectations" too;
  // not "…, and according to officials, …").
  const before = toks[m.from - 1];
  if (toks[m.from].norm.endsWith("ing") && isWord(before) && !before.cap && (before.norm === "in" || (inList(before, en().ingLead) && toks[m.from].norm !== "according"))) return null;
  // "The launch went according to plan": an idiom, no source (the noun ends the phrase: not "according
  // to plan documents seen by Reuters").
  const idiom = toks[m.to];
  const after = toks[m.to + 1];
  if (toks[m.from].norm === "according" && isWord(idiom) && inList(idiom, en().accordingIdioms) && (!after || !isWord(after) || inList(after, en().coordinators))) return null;
  const s = sentenceStartTok(p, m.from);
  let b = enSubjectAfter(p, m.to, true);
  // "According to the ministry, 40 people were injured": the source ends at the comma.
  // (So after a coordinator opening the sentence or a clause of it: "The talks failed, and according to X, …".)
  const joined = m.from - 1 >= s && isWord(toks[m.from - 1]) && inList(toks[m.from - 1], en().coordinators) && (m.from - 1 === s || isPunct(toks[m.from - 2], ","));
  if (m.from === s || joined) {
    for (let j = m.to; j < b; j++)
      if (isPunct(toks[j], ",")) {
        b = j;
        break;
      }
  }
  // "…, according to officials, and the envoy has left": the source ends before a comma and a coordinator
  // (or an absolute phrase's with: "…, according to the industry, with 200 million tracks sold"; or a
  // subordinate clause: "…, according to sources, although there is no confirmation").
  for (let j = m.to + 1; j < b; j++)
    if (isPunct(toks[j], ",") && isWord(toks[j + 1]) && (inList(toks[j + 1], en().coordinators) || inList(toks[j + 1], en().absolutePreps) || inList(toks[j + 1], en().subordinators))) {
      b = j;
      break;
    }
  // "Harbour Guard receives, according to one report, $34 million": a cue set off by commas inside
  // a clause; the source ends at its comma when an amount goes on with the clause.
  const whole = b;
  if (isPunct(toks[m.from - 1], ",") && m.from - 1 > s) b = interruptedEnd(r, m.to, b);
  // (Who can speak heads the phrase, before any comma: not "priced according to a set of rates, from 10 pct for Ghana …".)
  let head = m.to;
  while (head < b && !isPunct(toks[head], ",")) head++;
  if (b <= m.to || ((inList(toks[m.from], en().reasonPreps) || passiveBefore(r)) && !canSpeak(r, m.to, head))) return null;
  const st = r.statement([m.to, b], { tok: 0, start: 0 });
  st.carry = null;
  let k = m.from - 1;
  while (k >= s && isPunct(toks[k], ",")) k--;
  // '"…," the envoy will say, according to excerpts released by the ministry': the source passes on the
  // words of the verb's statement; one statement, the verb's (see reportedClause for ", according to X, that …").
  if (k >= s && k < m.from - 1 && relayedVerb(r, k)) return null;
  if (k < s || (joined && isPunct(toks[b], ","))) {
    let c = b;
    // "According to a source who asked not to be named, the deal is off": the source's relative
    // clause runs to the comma before the words.
    if (isWord(toks[c]) && (inList(toks[c], en().relativePronouns) || p.inAnon[c])) while (c < sentEnd && !isPunct(toks[c], ",")) c++;
    while (c < sentEnd && isPunct(toks[c], ",")) c++;
    if (c >= sentEnd) return null;
    st.contentStart = toks[c].s;
    st.contentTok = c;
    return st;
  }
  // "That is according to X": the words are the sentence before, in the paragraph (none: no statement).
  if (pointsBack(r, s, k)) {
    if (s === 0) return null;
    const ps = sentenceStartTok(p, s - 1);
    let e = s - 1;
    while (e > ps && !isWord(toks[e]) && toks[e].kind !== NUM) e--;
    st.contentStart = toks[ps].s;
    st.contentTok = ps;
    st.contentEnd = toks[e].e;
    st.contentFixed = true;
    st.clauseBefore = true;
    st.firstTok = ps;
    return st;
  }
  st.contentStart = toks[s].s;
  st.contentTok = s;
  // (Interrupted, the content is the whole sentence around the cue.)
  let e = whole - 1;
  if (b < whole) while (e > b && !isWord(toks[e]) && toks[e].kind !== NUM) e--;
  st.contentEnd = b < whole ? toks[e].e : toks[k].e;
  // "The deal, according to people familiar with the matter, is off": a subject alone before the cue; its
  // clause goes on after the source.
  const rest = b < whole ? -1 : subjectOnlyBefore(r, s, k, b);
  if (rest > 0) st.contentEnd = toks[rest].e;
  st.contentFixed = true;
  st.clauseBefore = true;
  st.firstTok = s;
  return st;
}

/**
 * The last word of the sentence when the words [s, k] before a cue set off by commas are a short subject
 * with no verb (no finite word, no cue) and the clause goes on after the source's closing comma at b; -1 otherwise.
 */
function subjectOnlyBefore(r: EnReading, s: number, k: number, b: number): number {
  const { p, toks, m, sentEnd } = r;
  if (!isPunct(toks[m.from - 1], ",") || !isPunct(toks[b], ",") || k - s > 5) return -1;
  // (An absolute phrase or a subordinate clause after the comma is no rest of the subject's clause: "Sales rose,
  // according to X, with most tracks …", "…, although …".)
  if (isWord(toks[b + 1]) && (inList(toks[b + 1], en().absolutePreps) || inList(toks[b + 1], en().subordinators))) return -1;
  for (let i = s; i <= k; i++) if (isWord(toks[i]) && (inList(toks[i], en().finite) || inList(toks[i], en().aux) || cueAt(p, i))) return -1;
  let e = sentEnd - 1;
  while (e > b && !isWord(toks[e]) && toks[e].kind !== NUM) e--;
  return e > b ? e : -1;
}

/** Whether the words [s, k] before the cue are "That is", "This was" (that/this and a form of be): they point back, no words of their own. */
function pointsBack(r: EnReading, s: number, k: number): boolean {
  const t = r.toks[s];
  return k === s + 1 && isWord(t) && (t.norm === "that" || t.norm === "this") && isWord(r.toks[k]) && inList(r.toks[k], en().be);
}

/**
 * "The cocoa will be priced according to a fixed set of differentials": right after a passive ("be" and
 * a participle in -ed, no comma between), the cue says how something is done, by what rule; a source
 * only when its object can speak.
 */
function passiveBefore(r: EnReading): boolean {
  const v = r.toks[r.m.from - 1];
  const be = r.toks[r.m.from - 2];
  return isWord(v) && !v.cap && v.norm.endsWith("ed") && isWord(be) && inList(be, en().be);
}

/**
 * What follows the cue names someone or something that speaks: a name at the head of the phrase, a
 * pronoun or a source noun (two diplomats, the ministry); not "citing evidence the recovery was …",
 * not "citing Ruiz's record".
 */
function canSpeak(r: EnReading, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = r.toks[k];
    if (!isWord(t)) continue;
    if (inList(t, en().pronouns) || sourceClass(t)) return true;
    // A name that heads the phrase; not a possessor or a modifier ("citing Ruiz's record", "citing
    // his Iowa results").
    if (isCap(t)) {
      const after = r.toks[k + 1];
      // (The name's last word decides: Tom Kell's.)
      if (isWord(after) && isCap(after)) continue;
      const modifier = /['’]s$/.test(t.norm) || (isWord(after) && (after.norm === "'s" || after.norm === "’s" || (!inList(after, en().stop) && !inList(after, en().npInner))));
      if (!modifier) return true;
    }
    // "evidence the US recovery was …": a noun, then a clause of its own (not "a study by the …").
    const next = r.toks[k + 1];
    if (!inList(t, en().articles) && !inList(t, en().stop) && !inList(t, en().npInner) && isWord(next) && inList(next, en().articles)) return false;
  }
  return false;
}

/**
 * Where the source [a, b) of a cue inside a clause ends: at a comma followed by an amount (a currency
 * sign, or a number not set off as an age: "$34 million", "4,000 people"), which goes on with the clause.
 */
function interruptedEnd(r: EnReading, a: number, b: number): number {
  const toks = r.toks;
  for (let j = a + 1; j < b; j++) {
    if (!isPunct(toks[j], ",")) continue;
    const next = toks[j + 1];
    if (next && (isPunct(next, "$£€¥") || (next.kind === NUM && !isPunct(toks[j + 2], ",")))) return j;
  }
  return b;
}

/** Words an addressee between a verb and the cue's comma may take (will tell the party's congress, according to …). */
const ADDRESSEE = 5;

/**
 * The words just before the cue's comma (k the last) end with a reporting verb used as a verb (said, will
 * say), or with one that takes an addressee and its addressee (will tell the committee).
 */
function relayedVerb(r: EnReading, k: number): boolean {
  const { p, toks } = r;
  for (let c = k; c >= 0 && c > k - ADDRESSEE && isWord(toks[c]); c--) {
    const cue = cueAt(p, c);
    if (!cue) continue;
    return cue.entry.form !== "prep" && (cue.to === k + 1 || cue.entry.frames.has(Fr.obj)) && verbalUse(p, cue);
  }
  return false;
}
