// Finds the phrases that grant or explain anonymity (شريطة عدم نشر اسمه، لأنه غير
// مخول بالحديث، on condition of anonymity) with the patterns of anonymity.tsv.
import { lexicon, type AnonPattern } from "../lexicon";
import { isWord, type Para } from "../text/paragraph";
import { WordMemo } from "../perf/intern";
import { G_ANY, HIT_ANON, HIT_CUE } from "../perf/hit-table";
import { PUNCT, QUOTE } from "../text/token";
import { inList } from "../lexicon/lookup";

function wordMatches(n: string, alt: { w: string; prefix: boolean }, first: boolean): boolean {
  if (alt.w === "_" && !alt.prefix) return !first;
  if (alt.prefix ? n.startsWith(alt.w) : n === alt.w) return true;
  // After a clitic و/ف (compared in place: no string cut per word tried).
  const c0 = n.charCodeAt(0);
  if (first && n.length > 2 && (c0 === 0x0648 || c0 === 0x0641)) {
    return alt.prefix ? n.startsWith(alt.w, 1) : n.length === alt.w.length + 1 && n.endsWith(alt.w);
  }
  return false;
}

// A loop rather than alts.some(closure): this runs for every slot tried at every anchor.
function anyAlt(n: string, alts: AnonPattern["slots"][number]["alts"], first: boolean): boolean {
  for (const a of alts) if (wordMatches(n, a, first)) return true;
  return false;
}

/** End token (exclusive) of the longest match of `pat` from token k, or -1. */
function matchFrom(p: Para, pat: AnonPattern, slot: number, k: number, first: boolean): number {
  if (slot === pat.slots.length) return k;
  const sl = pat.slots[slot];
  const t = p.toks[k];
  let best = -1;
  // A slot of any word never takes a reporting verb: "citing the sensitivity of the matter said" ends before "said".
  const wild = sl.alts.length === 1 && sl.alts[0].w === "_" && !sl.alts[0].prefix;
  if (isWord(t) && !(wild && t.hits & HIT_CUE) && anyAlt(t.norm, sl.alts, first)) best = matchFrom(p, pat, slot + 1, k + 1, false);
  if (sl.optional) best = Math.max(best, matchFrom(p, pat, slot + 1, k, first));
  return best;
}

/** An anonymity phrase's tokens [a, b), and whether only its source's own words may hold it (AnonPattern.own). */
export type AnonRange = [a: number, b: number, own: boolean];

/**
 * Token ranges [a, b) of every anonymity phrase in the paragraph. `flagged` (its first `count`): the tokens
 * with lexicon flags, in order (every anchor word is among them).
 */
export function findAnonymity(p: Para, flagged: ArrayLike<number>, count: number): AnonRange[] {
  const out: AnonRange[] = [];
  const toks = p.toks;
  let from = 0; // phrases do not overlap: a match never starts before the last one ended
  let next = 0; // anchors are looked for after the last match
  for (let ci = 0; ci < count; ci++) {
    const k = flagged[ci];
    const t = toks[k];
    if (k < next || !isWord(t) || !(t.hits & HIT_ANON)) continue;
    const list = anchors.get(t);
    if (!list) continue;
    let bestA = -1;
    let bestB = -1;
    let bestOwn = false;
    for (const pat of list) {
      // The anchor is slot `anchor`; the phrase starts at most that many words earlier.
      for (let a = Math.max(from, k - pat.anchor); a <= k; a++) {
        const e = matchFrom(p, pat, 0, a, true);
        // It must reach the anchor word and consume at least two words.
        if (e > k && e > a + 1 && (bestA < 0 || a < bestA || (a === bestA && e > bestB))) {
          bestA = a;
          bestB = e;
          bestOwn = pat.own;
        } else if (a === bestA && e === bestB) bestOwn &&= pat.own; // (a pattern of any place for the same words wins)
      }
    }
    if (bestA >= 0) {
      if (out.length && out[out.length - 1][1] > bestA) continue;
      // رفض الكشف عن اسم ناديه: a name in the construct state, a noun after it, is that noun's
      // name, not the speaker's (his own is اسمه; a function word after it, إن، و، ends the phrase).
      const last = toks[bestB - 1];
      const after = toks[bestB];
      if (last.ar && inList(last, lexicon().ar.nameNouns) && isWord(after) && !(after.grammarBits & G_ANY)) continue;
      out.push([bestA, bestB, bestOwn]);
      from = next = bestB;
      // "…on condition of anonymity to discuss the talks": the purpose right after is the reason.
      if (!last.ar && inList(last, lexicon().en.anonymityWords) && isWord(toks[bestB]) && toks[bestB].norm === "to" && isWord(toks[bestB + 1]) && inList(toks[bestB + 1], lexicon().en.anonymityReasonVerbs)) {
        let e = bestB + 2;
        // …but never over a reporting verb ("…to discuss the plan said …").
        while (e < toks.length && e < bestB + 12 && toks[e].kind !== QUOTE && !(toks[e].kind === PUNCT && ",.;:!?()—–".includes(toks[e].norm)) && !(toks[e].hits & HIT_CUE)) e++;
        if (e > bestB + 2) {
          out.push([bestB, e, bestOwn]);
          from = next = e;
        }
      }
    }
  }
  return toNoun(p, withBecause(p, out));
}

/** How many words an English phrase that stopped on a determiner or preposition runs on (toNoun). */
const DANGLING_WORDS = 6;

/**
 * "…because he was not authorized to discuss the budget": an English phrase that ends on a word no phrase ends on
 * (en-words anonymityDanglingEnds: its pattern's optional noun was another) runs on through the words after it, up
 * to punctuation, a quotation mark, a reporting verb or the next phrase.
 */
function toNoun(p: Para, out: AnonRange[]): AnonRange[] {
  const toks = p.toks;
  for (let i = 0; i < out.length; i++) {
    const b = out[i][1];
    const last = toks[b - 1];
    if (last.ar || !inList(last, lexicon().en.anonymityDanglingEnds)) continue;
    const limit = Math.min(toks.length, b + DANGLING_WORDS, i + 1 < out.length ? out[i + 1][0] : toks.length);
    let e = b;
    while (e < limit && isWord(toks[e]) && !(toks[e].hits & HIT_CUE)) e++;
    if (e > b) out[i][1] = e;
  }
  return out;
}

/**
 * "…on the condition of anonymity because the details are classified": a "because" clause right after an
 * English phrase that ends in anonymity, anonymously, named or identified, where no pattern found one, is
 * the reason (to the clause's end: punctuation, a quotation mark or a reporting verb, at most 15 words).
 */
function withBecause(p: Para, out: AnonRange[]): AnonRange[] {
  const toks = p.toks;
  for (let i = 0; i < out.length; i++) {
    const b = out[i][1];
    const last = toks[b - 1];
    if (last.ar || !(inList(last, lexicon().en.anonymityWords) || last.norm === "named" || last.norm === "identified")) continue;
    if (!isWord(toks[b]) || toks[b].norm !== "because" || (i + 1 < out.length && out[i + 1][0] <= b) || (isWord(toks[b + 1]) && toks[b + 1].norm === "of")) continue;
    let e = b + 1;
    while (e < toks.length && e < b + 16 && isWord(toks[e]) && !(toks[e].hits & HIT_CUE)) e++;
    if (e > b + 2) out.splice(i + 1, 0, [b, e, out[i][2]]);
  }
  return out;
}

/** The patterns a word anchors, also after its clitic و/ف (a word starting with either is Arabic). */
const anchors = new WordMemo<AnonPattern[] | null>((n) => {
  const anchor = lexicon().anonAnchor;
  return anchor.get(n) ?? (n.length > 2 && (n[0] === "و" || n[0] === "ف") ? anchor.get(n.slice(1)) : undefined) ?? null;
});

