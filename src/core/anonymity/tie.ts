// Which anonymous source an anonymity phrase belongs to: the nearest anonymous source
// of its sentence, else the latest anonymous speaker so far.
import type { SpeakerState } from "../speakers";
import type { FoundStatement } from "../statements/found";
import { sentOf, type Para } from "../text/paragraph";

/** An anonymity phrase of a paragraph (offsets relative to the paragraph's start). */
export interface AnonymityPhrase {
  s: number;
  e: number;
  /**
   * The statements of its sentence with a written source, as pairs: the statement's index
   * in its paragraph, and the source's distance from the phrase in tokens (a source after
   * the phrase counts double). In statement order.
   */
  candidates: number[];
  /**
   * The statements (index in the paragraph) whose source the phrase is about: the source ends
   * right before it or holds it ("A driver, who declined to give his name, said …").
   */
  about: number[];
}

/** The paragraph's anonymity phrases (token ranges), with the statements each may belong to. */
export function anonymityPhrases(p: Para, ranges: [number, number][], found: FoundStatement[], base: number): AnonymityPhrase[] {
  const out: AnonymityPhrase[] = [];
  for (const [a, b] of ranges) {
    const sent = sentOf(p, a);
    const candidates: number[] = [];
    const about: number[] = [];
    for (let i = 0; i < found.length; i++) {
      const r = found[i];
      if (r.sourceFrom < 0 || sentOf(p, r.sourceFrom) !== sent) continue;
      candidates.push(i, r.sourceTo <= a ? a - r.sourceTo : r.sourceFrom >= b ? (r.sourceFrom - b) * 2 : 0);
      if (r.sourceTo === a || r.sourceTo === a - 1 || (r.sourceFrom < a && r.sourceTo >= b)) about.push(i);
    }
    out.push({ s: p.toks[a].s - base, e: p.toks[b - 1].e - base, candidates, about });
  }
  return out;
}

/**
 * The speaker a phrase is tied to: of its candidates, the anonymous one nearest to it
 * (`speakers[first + i]`: the speaker of the paragraph's statement i), else `lastAnonymous`.
 */
export function phraseSpeaker(phrase: AnonymityPhrase, speakers: readonly (SpeakerState | null)[], first: number, lastAnonymous: SpeakerState | null): SpeakerState | null {
  let best: SpeakerState | null = null;
  let bestDist = Infinity;
  const c = phrase.candidates;
  for (let i = 0; i < c.length; i += 2) {
    const sp = speakers[first + c[i]];
    if (!sp || sp.kind !== "anonymous") continue;
    if (c[i + 1] < bestDist) {
      best = sp;
      bestDist = c[i + 1];
    }
  }
  // Otherwise the latest anonymous speaker so far (kept as statements are added:
  // searching back through every statement made an archive quadratic).
  return best ?? lastAnonymous;
}
