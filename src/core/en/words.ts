// The English word lists and small word tests the constructions share.
import { lexicon } from "../lexicon";
import type { EnglishWordLists } from "../lexicon/word-lists";
import { isPunct, isWord, type Para } from "../text/paragraph";
import { QUOTE, type Tok } from "../text/token";

/** An -ed or -ing word of five letters or more: the shape of a participle ("asked", "speaking"), a test of form only. */
export function participleShape(t: Tok): boolean {
  return t.norm.length > 4 && (t.norm.endsWith("ed") || t.norm.endsWith("ing"));
}

/** The English word lists (lexicon/en-words.tsv). */
export const en = (): EnglishWordLists => lexicon().en;

export function isCap(t: Tok | undefined): boolean {
  return !!t && isWord(t) && t.cap;
}

/** A word written in capitals only (a wire headline's words). */
export function allCaps(p: Para, t: Tok): boolean {
  const w = p.text.slice(t.s, t.e);
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Words in capitals a wire dateline may take (NEW YORK), and tokens its date and agency may (, March 3 (UPI)). */
const DATELINE_WORDS = 4;
const DATELINE_REST = 8;

/**
 * Where a wire dateline opening the sentence at token s ends ("LINDHAVEN, March 3 (UPI) —", "OSLO -"):
 * words in capitals, perhaps a comma, a date and an agency in brackets, then a dash; s when there is none.
 */
export function datelineEnd(p: Para, s: number, k: number): number {
  const toks = p.toks;
  let j = s;
  while (j < k && j < s + DATELINE_WORDS && isWord(toks[j]) && allCaps(p, toks[j])) j++;
  if (j === s) return s;
  for (const stop = j + DATELINE_REST; j < k && j < stop && !isPunct(toks[j], "-—–"); j++) {
    if (toks[j].kind === QUOTE || isPunct(toks[j], ";:")) return s;
  }
  return j + 1 < k && isPunct(toks[j], "-—–") ? j + 1 : s;
}
