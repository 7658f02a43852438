// The English word lists and small word tests the constructions share.
import { lexicon } from "../lexicon";
import type { EnglishWordLists } from "../lexicon/word-lists";
import { isWord, type Para } from "../text/paragraph";
import { type Tok } from "../text/token";

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
