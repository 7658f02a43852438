// Finds the phrases that grant or explain anonymity (شريطة عدم نشر اسمه، لأنه غير
// مخول بالحديث، on condition of anonymity) with the patterns of anonymity.tsv.
import { lexicon, type AnonPattern } from "./lexicon";
import { isWord, type Para } from "./para";

function wordMatches(n: string, alt: { w: string; prefix: boolean }, first: boolean): boolean {
  if (alt.w === "_" && !alt.prefix) return !first;
  if (alt.prefix ? n.startsWith(alt.w) : n === alt.w) return true;
  if (first && n.length > 2 && (n[0] === "و" || n[0] === "ف")) {
    const r = n.slice(1);
    return alt.prefix ? r.startsWith(alt.w) : r === alt.w;
  }
  return false;
}

/** End token (exclusive) of the longest match of `pat` from token k, or -1. */
function matchFrom(p: Para, pat: AnonPattern, slot: number, k: number, first: boolean): number {
  if (slot === pat.slots.length) return k;
  const sl = pat.slots[slot];
  const t = p.toks[k];
  let best = -1;
  if (isWord(t) && sl.alts.some((a) => wordMatches(t.n, a, first))) best = matchFrom(p, pat, slot + 1, k + 1, false);
  if (sl.optional) best = Math.max(best, matchFrom(p, pat, slot + 1, k, first));
  return best;
}

/** Token ranges [a, b) of every anonymity phrase in the paragraph. */
export function findAnonymity(p: Para): [number, number][] {
  const lex = lexicon();
  const out: [number, number][] = [];
  const toks = p.toks;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    const cands = new Set<AnonPattern>();
    const add = (n: string) => {
      const l = lex.anonFirst.get(n);
      if (l) for (const x of l) cands.add(x);
    };
    add(t.n);
    if (t.ar && t.n.length > 2 && (t.n[0] === "و" || t.n[0] === "ف")) add(t.n.slice(1));
    for (const pf of lex.anonPrefixFirst) if (t.n.startsWith(pf.w) || t.n.slice(1).startsWith(pf.w)) cands.add(pf.p);
    let best = -1;
    for (const pat of cands) {
      const e = matchFrom(p, pat, 0, k, true);
      // A match must consume at least two words: a single word is never a reason.
      if (e > k + 1 && e > best) best = e;
    }
    if (best > 0) {
      out.push([k, best]);
      k = best - 1;
    }
  }
  return out;
}
