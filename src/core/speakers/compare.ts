// Comparing names and descriptions by their words' hashes first: the resolver compares
// each mention with every speaker of its window, and numbers kept on the speaker settle
// almost every comparison without reading a string (the strings decide a tie).

/**
 * A 32-bit hash of a string (FNV-1a). The resolver compares each mention with every
 * speaker of its window, and comparing two different strings reads both from wherever
 * they lie in the heap, a cache miss each: numbers kept on the speaker settle almost
 * every comparison first (equal strings have equal hashes; the strings decide a tie).
 */
export function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h | 0; // an int32 for every word, the empty one too (the resolver's Int32Arrays hold them)
}

export function hashes(ws: string[]): number[] {
  const out: number[] = new Array<number>(ws.length);
  for (let i = 0; i < ws.length; i++) out[i] = wordHash(ws[i]);
  return out;
}

/** Whether `w` (hash `h`) is among `ws` (hashes `hs`). */
export function has(ws: string[], hs: number[], w: string, h: number): boolean {
  for (let i = 0; i < hs.length; i++) if (hs[i] === h && ws[i] === w) return true;
  return false;
}

/** Every one of xs (hashes xh) is among ys (hashes yh). */
export function allHas(xs: string[], xh: number[], ys: string[], yh: number[]): boolean {
  for (let i = 0; i < xs.length; i++) if (!has(ys, yh, xs[i], xh[i])) return false;
  return true;
}

/** Two names of one person: one name's words all in the other, or the same last word (unless the first names differ). */
export function sameName(a: string[], ah: number[], b: string[], bh: number[], particles: ReadonlySet<string>): boolean {
  if (!a.length || !b.length) return false;
  if (kunyaAt(ah) >= 0 || kunyaAt(bh) >= 0) {
    const fa = fuseKunya(a);
    const fb = fuseKunya(b);
    return plainSameName(fa, hashes(fa), fb, hashes(fb), particles);
  }
  return plainSameName(a, ah, b, bh, particles);
}

function plainSameName(a: string[], ah: number[], b: string[], bh: number[], particles: ReadonlySet<string>): boolean {
  if (allHas(b, bh, a, ah) || allHas(a, ah, b, bh)) return true;
  return ah[ah.length - 1] === bh[bh.length - 1] && a[a.length - 1] === b[b.length - 1] && !otherFirstName(a, b, particles);
}

/** بن، ابن، بنت as look-up keys: the name after them is the father's. */
export const SON_OF = ["بن", "ابن", "بنت"];

/**
 * محمد بن سلمان and سلمان alone (الملك سلمان): a one-word name that stands in the longer one only after
 * بن/بنت is the father's, another person (the caller keeps بن سلمان, written with its particle, the son's).
 */
export function fathersName(long: string[], one: string[]): boolean {
  if (one.length !== 1 || long.length < 3) return false;
  let seen = false;
  for (let i = 0; i < long.length; i++) {
    if (long[i] !== one[0]) continue;
    if (i === 0 || !SON_OF.includes(long[i - 1])) return false;
    seen = true;
  }
  return seen;
}

/**
 * أبو (أبي، أبا) and أم as name words have them (look-up keys: أ is written ا): with the word after them a
 * kunya, a name of its own (أبو سالم is not سالم).
 */
const KUNYA_WORDS = ["ابو", "ابي", "ابا", "ام"];
const KUNYA_H = hashes(KUNYA_WORDS);

/** The index of the first kunya word followed by another word (by hash: a rare hit is checked by fuseKunya), or -1. */
function kunyaAt(hs: number[]): number {
  for (let i = 0; i + 1 < hs.length; i++) if (KUNYA_H.includes(hs[i])) return i;
  return -1;
}

/** The name with each kunya and the word after it made one word (أبو سالم الكردي → «أبو سالم», الكردي). */
function fuseKunya(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (KUNYA_WORDS.includes(ws[i]) && i + 1 < ws.length) {
      out.push((ws[i] === "ام" ? "ام" : "ابو") + " " + ws[i + 1]);
      i++;
    } else out.push(ws[i]);
  }
  return out;
}

/**
 * ميشيل أوباما and باراك أوباما: two full names that share the family name but not the first
 * name are two people (first names compared without spaces: عبد الله ~ عبدالله).
 */
function otherFirstName(a: string[], b: string[], particles: ReadonlySet<string>): boolean {
  const fa = givenPart(a, particles);
  const fb = givenPart(b, particles);
  return fa !== "" && fb !== "" && !fa.startsWith(fb) && !fb.startsWith(fa);
}

/** A name without its family part (the last word with the particles before it: عبد الكريم، آل الشيخ), joined. */
function givenPart(name: string[], particles: ReadonlySet<string>): string {
  let i = name.length - 1;
  while (i > 0 && particles.has(name[i - 1])) i--;
  return name.slice(0, i).join("");
}

/** The same words in the same order (what comparing the two joined by spaces tells: no word holds a space). */
export function sameWords(a: string[], ah: number[], b: string[], bh: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (ah[i] !== bh[i] || a[i] !== b[i]) return false;
  return true;
}

/** Every word is the head `lemma`, or in `known` as written or as its key (keys[i]); *H: their hashes. */
export function allKnown(words: string[], wordsH: number[], keys: string[], keysH: number[], known: string[], knownH: number[], lemma: string): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (lemma && (keys[i] === lemma || w === lemma)) continue;
    if (!has(known, knownH, w, wordsH[i]) && !has(known, knownH, keys[i], keysH[i])) return false;
  }
  return true;
}

/** A 32-bit signature of a set of word hashes: one bit per word (a necessary test for a shared word). */
export function sigOf(hs: number[]): number {
  let x = 0;
  for (let i = 0; i < hs.length; i++) x |= bit(hs[i]);
  return x;
}
export const bit = (h: number): number => 1 << (h >>> 27);

