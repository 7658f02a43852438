// Character classes and the matching normalisation. Everything here works on
// UTF-16 code units so that offsets never need translating: the analyser
// reads the original text and normalises one word at a time into a key used
// only for lexicon look-ups, never for reporting spans.

import { codeUnitClass, memoByCodeUnit } from "../perf/char-memo";
import { lazy } from "../perf/lazy";

const isLetterOrMark = codeUnitClass("\\p{L}\\p{M}");
/** Code units whose lower case differs from them (Latin beyond Latin-1, Greek, Cyrillic…). */
const changesWhenLowercased = codeUnitClass("\\p{Changes_When_Lowercased}");

/** Arabic diacritics (harakat, shadda, sukun, dagger alef) and tatweel: ignored when matching. */
export function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x06d6 && c <= 0x06ed);
}

export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06fc) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** A code unit that belongs inside a word (letters, marks, digits of any script). */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic punctuation is not part of words: ، ؛ ؟ ٪ ٫ ٬ ۔
    return !(c === 0x060c || c === 0x061b || c === 0x061f || c === 0x066a || c === 0x066b || c === 0x066c || c === 0x06d4 || c === 0x060d);
  }
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral letters are rare in news copy; treat as symbols
  if (c === 0x200c || c === 0x200d) return true; // ZWNJ/ZWJ join letters in Persian-style spellings
  if (c < 0x0300) return false;
  return isLetterOrMark(c);
}

const LETTER_OR_NUMBER_RE = /[\p{L}\p{N}]/u;

/** Whether the code unit c is a letter or number (\p{L}, \p{N}); a lone surrogate is neither. */
export const isLetterOrNumber = memoByCodeUnit((c) => LETTER_OR_NUMBER_RE.test(String.fromCharCode(c)));

/** Whether text[i] is a letter or number; a surrogate pair is read as one code point. */
export function letterOrNumberAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && LETTER_OR_NUMBER_RE.test(String.fromCodePoint(cp));
  }
  return isLetterOrNumber(c);
}

/** Whether `w` stands in `text` as a whole word (no letter or digit either side) where `ok` (its offset) holds. */
export function wholeWordIn(text: string, w: string, ok: (j: number) => boolean = () => true): boolean {
  for (let j = text.indexOf(w); j >= 0; j = text.indexOf(w, j + 1)) {
    if ((j === 0 || !letterOrNumberAt(text, j - 1)) && !letterOrNumberAt(text, j + w.length) && ok(j)) return true;
  }
  return false;
}

/**
 * The Arabic word ending at e ends with a pronoun suffix as written (ه، ها، هم، هما; not the round
 * ة, which the look-up key folds into ه): بسرعتها، رئيسها، فوزه.
 */
export function endsWithPronoun(text: string, e: number): boolean {
  while (e > 0 && isArabicMark(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1);
  const prev = text.charCodeAt(e - 2);
  if (last === 0x0647) return true; // ه
  if (last === 0x0627 || last === 0x0645) return prev === 0x0647 || (last === 0x0627 && prev === 0x0645 && text.charCodeAt(e - 3) === 0x0647); // ها، هم، هما
  return false;
}

/** The word [s, e) carries a shadda: بيّن، عبّر are verbs, never the common words بين، عبر. */
export function hasShadda(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 0x0651) return true;
  return false;
}

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Bidi controls: invisible, skipped like spaces when looking at neighbours. */
export function isBidiControl(c: number): boolean {
  return c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c;
}

export function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/**
 * The matching key of one word: diacritics and tatweel dropped, hamza-seated
 * alefs → ا, ى → ي, ة → ه, ؤ/ئ → ء, Persian kaf/yeh → Arabic, Latin lower-cased.
 * Presentation forms go through NFKC first.
 */
export function normWord(w: string): string {
  const { norm } = charTables();
  // Most words need no change at all: then the word itself is its key.
  let i = 0;
  for (; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (norm[c] !== c) break;
  }
  if (i === w.length) return w;
  const codes: number[] = [];
  for (let j = 0; j < i; j++) codes.push(w.charCodeAt(j));
  for (; i < w.length; i++) {
    const n = norm[w.charCodeAt(i)];
    if (n === 0xffff) continue;
    if (n === 0xfffe) return normSlow(w);
    codes.push(n);
  }
  return String.fromCharCode.apply(null, codes);
}

/** Words with presentation forms go through NFKC first. */
function normSlow(w: string): string {
  const s = w.normalize("NFKC");
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const n = normCode(s.charCodeAt(i));
    if (n >= 0) out += String.fromCharCode(n);
  }
  return out;
}

/** Normalise a phrase from a lexicon file: words normalised, single spaces. */
export function normPhrase(p: string): string {
  return p
    .split(/\s+/)
    .filter(Boolean)
    .map(normWord)
    .join(" ");
}

/**
 * The normalised code of one code unit, as normWord maps it: -1 to skip it
 * (diacritics, tatweel, joiners), -2 when the word needs NFKC (presentation forms).
 */
export function normCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= 0x0600 && c <= 0x06ff) {
    if (isArabicMark(c)) return -1;
    switch (c) {
      case 0x0623:
      case 0x0625:
      case 0x0622:
      case 0x0671:
        return 0x0627;
      case 0x0649:
      case 0x06cc:
        return 0x064a;
      case 0x0629:
        return 0x0647;
      case 0x0624:
      case 0x0626:
        return 0x0621;
      case 0x06a9:
        return 0x0643;
    }
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
    return c;
  }
  if (c === 0x200c || c === 0x200d) return -1;
  if (c === 0x2019) return 0x27;
  if (c >= 0xfb50 && c <= 0xfefc) return -2;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c < 0x250) return c; // other Latin letters: lexicon words never contain them
  return changesWhenLowercased(c) ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : c;
}

export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

/** Hash of an already normalised word, equal to what the tokenizer computes while scanning. */
export function hashNorm(w: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < w.length; i++) {
    const nc = normCode(w.charCodeAt(i));
    if (nc >= 0) h = Math.imul(h ^ nc, HASH_PRIME);
  }
  return h;
}

// Per-code-unit tables for the tokenizer's hot loop, built once: a class bit set
// and the normalised code (0xffff = skip, 0xfffe = needs NFKC).
export const C_WORD = 1;
export const C_SPACE = 2;
export const C_DIGIT = 4;
export const C_AR = 8;
export const C_UPPER = 16;
/** ASCII letter (the paragraph-language count). */
export const C_LATIN = 32;
/** A word character that is not a digit (a word with none is a number). */
export const C_NONDIGIT = 64;
/** A presentation form: the word needs NFKC before its key (rare). */
export const C_NFKC = 128;
export interface CharTables {
  cls: Uint8Array;
  norm: Uint16Array;
  /** Both in one entry, normalised code << 8 | class: the tokenizer's inner loop reads one table, not two. */
  both: Int32Array;
}
/** The tables, built on first use; the same object on every call (hot loops ask for it). */
export const charTables = lazy(buildCharTables);

function buildCharTables(): CharTables {
  const cls = new Uint8Array(0x10000);
  const norm = new Uint16Array(0x10000);
  const both = new Int32Array(0x10000);
  // Most of the 64 K code units are letters or marks of other scripts (a word character
  // that is its own key) or nothing at all: filled by runs. Only the ranges where charEntry's
  // rules say more, and the characters with a lower case, are worked out one by one
  // (a per-unit loop over all 64 K was most of the tables' 40 ms in a fresh process).
  for (let c = 0; c < 0x10000; c++) norm[c] = c;
  isLetterOrMark.runs((s, e) => cls.fill(C_WORD | C_NONDIGIT, s, e));
  const one = (c: number) => {
    const entry = charEntry(c);
    cls[c] = entry & 0xff;
    norm[c] = entry >>> 8;
  };
  for (const [s, e] of RULED_RANGES) for (let c = s; c < e; c++) one(c);
  changesWhenLowercased.runs((s, e) => {
    for (let c = s; c < e; c++) one(c);
  });
  for (let c = 0; c < 0x10000; c++) both[c] = (norm[c] << 8) | cls[c];
  return { cls, norm, both };
}

/**
 * The code units where a rule of charEntry says more than "a letter or mark is a word character and
 * its own key": ASCII and Latin up to the combining marks, Arabic, the spaces, bidi controls,
 * joiners and quotes of General Punctuation, the ideographic space, Arabic presentation forms
 * (with the byte-order mark).
 */
const RULED_RANGES: readonly (readonly [number, number])[] = [
  [0, 0x300],
  [0x600, 0x800],
  [0x2000, 0x2070],
  [0x3000, 0x3001],
  [0xfb50, 0x10000],
];

/** One code unit's entry of `both` (normalised code << 8 | class bits), from the rules above it. */
export function charEntry(c: number): number {
  let b = 0;
  if (isWordChar(c)) b |= C_WORD;
  if (isSpace(c) || isBidiControl(c)) b |= C_SPACE;
  if (isDigit(c)) b |= C_DIGIT;
  if (isArabicLetter(c)) b |= C_AR;
  if (isUpper(c)) b |= C_UPPER;
  if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) b |= C_LATIN;
  const n = b & C_WORD || c === 0x27 || c === 0x2019 ? normCode(c) : c;
  if (b & C_WORD && !(b & C_DIGIT)) b |= C_NONDIGIT;
  if (b & C_WORD && n === -2) b |= C_NFKC;
  // (A left-to-right mark has no key of its own: a word Markdown's marks left it inside reads without it, text/scanner.ts.)
  const key = c === 0x200e ? -1 : n;
  return ((key === -1 ? 0xffff : key === -2 ? 0xfffe : key) << 8) | b;
}

/** Spaces for every character of m but its line breaks: text blanked in place, offsets and lines kept. */
export const blankOut = (m: string): string => m.replace(/[^\r\n]/g, " ");
