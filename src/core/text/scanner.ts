// One pass over a paragraph's characters: word boundaries, each word's hash looked up
// in the lexicon's hit table, the letters of each script counted. The tokens wait in
// scratch buffers and become objects (materialize) only for a paragraph with a cue
// candidate, an anonymity anchor or a quotation mark.
import { lexicon } from "../lexicon";
import { charString } from "../perf/char-memo";
import { G_SHIFT, HIT_CUE_NEXT, HIT_MASK } from "../perf/hit-table";
import { tokenBuffers } from "../perf/scratch";
import { pooledTokens } from "../perf/token-pool";
import { C_AR, C_DIGIT, C_LATIN, C_NFKC, C_NONDIGIT, C_SPACE, C_UPPER, C_WORD, HASH_PRIME, HASH_SEED, charTables, hashNorm, normWord } from "./chars";
import { F_AR, F_BACKTICKS, F_CAP, F_GRAMMAR, F_HIT, NUM, PUNCT, QUOTE, Tok, WORD } from "./token";

function isQuoteChar(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e || c === 0x2039 || c === 0x203a || c === 0x2018 || c === 0x2019 || c === 0x201a;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f);
}


/**
 * What one pass over a paragraph found. The tokens themselves wait in scratch
 * buffers: a paragraph with no cue, phrase or quotation mark (a third of a news
 * archive) is never turned into objects at all.
 */
export interface Scan {
  /** Number of tokens in the buffers. */
  n: number;
  /** Characters of Arabic and of Latin words, for the paragraph's language. */
  arLetters: number;
  latinLetters: number;
  /** Some word raised a HIT_* flag. */
  hit: boolean;
  /** Some token is a quotation mark. */
  marks: boolean;
  /** How many tokens may start a cue (see cueCandidates). */
  cands: number;
}

/**
 * Where the word goes on after the left-to-right marks at i, which Markdown's syntax left inside it
 * (text/markdown.ts: "[Haddad](…)'s son", "**Haddad**'s", "و[سامي حداد](…)"): past the marks and an
 * apostrophe before a Latin letter (its offset + 1: the letter), or at the word character after the marks;
 * i when the word ends there. So it reads as the word written plain.
 */
function gluedMarksEnd(text: string, i: number, end: number, both: Int32Array): number {
  let j = i + 1;
  while (j < end && text.charCodeAt(j) === 0x200e) j++;
  if (j >= end) return i;
  const a = text.charCodeAt(j);
  if (both[a] & C_WORD) return j;
  const apostrophe = (a === 0x27 || a === 0x2019) && isLatinLetter(text.charCodeAt(i - 1)) && j + 1 < end && isLatinLetter(text.charCodeAt(j + 1));
  return apostrophe ? j + 1 : i;
}

/** An Arabic letter run of at most three letters starts at j and ends there (on a stop or a non-letter). */
function spelledLetter(text: string, j: number, end: number, cls: Uint8Array): boolean {
  let n = 0;
  while (j + n < end && cls[text.charCodeAt(j + n)] & C_AR) if (++n > 3) return false;
  return n > 0 && !(j + n < end && cls[text.charCodeAt(j + n)] & C_WORD);
}

/**
 * The # at i tags an Arabic word (#الكويت) and is no token: the grammar reads the word as if written
 * without it (وكانت #الكويت أجلت …: كان's subject; وقال الرئيس دونالد #ترمب: the source's name).
 */
function hashtagMark(text: string, i: number, end: number, cls: Uint8Array): boolean {
  return i + 1 < end && (cls[text.charCodeAt(i + 1)] & C_AR) !== 0 && (i === 0 || !(cls[text.charCodeAt(i - 1)] & C_WORD));
}

/** One pass over text[start, end): fills the token buffers and counts letters. */
export function scanTokens(text: string, start: number, end: number): Scan {
  const hits = lexicon().hits;
  const { cls, both } = charTables();
  let n = 0;
  const buf = tokenBuffers;
  buf.candidateCount = 0;
  let arL = 0;
  let laL = 0;
  let anyHit = 0;
  let marks = false;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const k = cls[c];
    // (An Arabic hashtag's mark is skipped like a space: hashtagMark.)
    if (k & C_SPACE || (c === 0x23 && hashtagMark(text, i, end, cls))) {
      i++;
      continue;
    }
    if (k & C_WORD) {
      const s0 = i;
      // The classes of the word's characters, OR-ed: any Arabic or Latin letter, any
      // non-digit, any presentation form. One operation a character besides the hash.
      let any = 0;
      let h = HASH_SEED;
      // Where the word's latest run of letters after a stop began (سي.ان.ان).
      let seg = s0;
      while (i < end) {
        const d = text.charCodeAt(i);
        const v = both[d];
        if (v & C_WORD) {
          any |= v; // (the code bits above the class byte are masked off below)
          const nc = v >>> 8;
          if (nc !== 0xffff) h = Math.imul(h ^ nc, HASH_PRIME);
          i++;
          continue;
        }
        // Apostrophes inside English words (don't, Trump's), the marks Markdown left inside a word
        // (gluedMarksEnd: **Rubio**'s), and separators inside numbers (3.5, 1,000).
        // (The character is tested first: most words end on a space.)
        if (d === 0x27 || d === 0x2019 || d === 0x200e) {
          const j = d === 0x200e ? gluedMarksEnd(text, i, end, both) : isLatinLetter(text.charCodeAt(i - 1)) && i + 1 < end && isLatinLetter(text.charCodeAt(i + 1)) ? i + 1 : i;
          if (j > i) {
            if (text.charCodeAt(j - 1) === 0x27 || text.charCodeAt(j - 1) === 0x2019) h = Math.imul(h ^ 0x27, HASH_PRIME);
            i = j;
            continue;
          }
        } else if ((d === 0x2e || d === 0x2c || d === 0x066b || d === 0x066c) && cls[text.charCodeAt(i - 1)] & C_DIGIT && i + 1 < end && cls[text.charCodeAt(i + 1)] & C_DIGIT) {
          i++;
          continue;
        } else if (d === 0x2e && i - seg <= 3 && cls[text.charCodeAt(i - 1)] & C_AR && spelledLetter(text, i + 1, end, cls)) {
          // سي.ان.ان، د.ب.أ: letters spelled out or initials, glued by stops, are one word (a name).
          h = Math.imul(h ^ 0x2e, HASH_PRIME);
          seg = ++i;
          continue;
        }
        break;
      }
      any &= 0xff;
      // Nothing but tatweel or marks standing apart (وأشار ـ في تصريح له ـ إلى): a dash, not a word.
      if (h === HASH_SEED && any & C_AR) {
        buf.push(n++, s0, i, PUNCT);
        continue;
      }
      // Presentation forms need NFKC: hash the normalised string instead (rare).
      if (any & C_NFKC) h = hashNorm(normWord(text.slice(s0, i)));
      // The paragraph's language counts the characters of its words by script (a word with
      // an Arabic letter counts as Arabic).
      if (any & C_AR) arL += i - s0;
      else if (any & C_LATIN) laL += i - s0;
      const digits = (any & C_NONDIGIT) === 0;
      const f = digits ? 0 : hits.get(h);
      anyHit |= f & HIT_MASK;
      // Cue candidates as they come: a flagged word, or the word before a cue's flagged second word.
      if (f & HIT_CUE_NEXT && n > 0 && (buf.candidateCount === 0 || buf.candidates[buf.candidateCount - 1] !== n - 1)) buf.pushCandidate(n - 1);
      if (f & HIT_MASK) buf.pushCandidate(n);
      buf.push(n++, s0, i, (digits ? NUM : WORD) | (any & C_AR ? F_AR : 0) | (k & C_UPPER ? F_CAP : 0) | ((f & HIT_MASK) << F_HIT) | ((f >> G_SHIFT) << F_GRAMMAR));
      continue;
    }
    arL += (k >> 3) & 1; // a few presentation-form symbols count as Arabic letters
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      // Astral symbols (emoji) are one token of two code units: never split a pair.
      buf.push(n++, i, i + 2, PUNCT);
      i += 2;
      continue;
    }
    // '' and `` stand for double quotation marks in some English copy (NYT, Reuters-21578).
    if ((c === 0x27 || c === 0x60) && i + 1 < end && text.charCodeAt(i + 1) === c) {
      buf.push(n++, i, i + 2, QUOTE | (c === 0x60 ? F_BACKTICKS : 0));
      marks = true;
      i += 2;
      continue;
    }
    const q = isQuoteChar(c);
    marks ||= q;
    buf.push(n++, i, i + 1, q ? QUOTE : PUNCT);
    i++;
  }
  return { n, arLetters: arL, latinLetters: laL, hit: anyHit !== 0, marks, cands: buf.candidateCount };
}

/**
 * The tokens of the last scan of `text`, as objects. `reuse`: the objects of the last
 * paragraph read this way are taken back (perf/token-pool.ts): nothing may keep them.
 */
export function materialize(text: string, scan: Scan, reuse = false): Tok[] {
  const buf = tokenBuffers;
  const pool = reuse ? pooledTokens(scan.n) : null;
  const toks = new Array<Tok>(scan.n);
  for (let k = 0; k < scan.n; k++) {
    const s = buf.start[k];
    const e = buf.end[k];
    const f = buf.bits[k];
    const t = f & 3;
    let n: string | undefined;
    if (t === PUNCT) n = e - s === 1 ? charString(text.charCodeAt(s)) : text.slice(s, e);
    else if (t === QUOTE) n = e - s === 1 ? charString(text.charCodeAt(s)) : f & F_BACKTICKS ? "“" : '"';
    if (pool) {
      const tok = pool[k];
      tok.reset(text, s, e, f, n);
      toks[k] = tok;
    } else toks[k] = new Tok(text, s, e, f, n);
  }
  return toks;
}

/**
 * The tokens of the last scan that may start a reporting cue, in order: a word the lexicon
 * flagged, or the token before one flagged as a cue's second word (a copy: the scratch
 * buffer they were collected in serves the next scan).
 */
export function cueCandidates(scan: Scan): Int32Array {
  return tokenBuffers.candidates.slice(0, scan.cands);
}

export function tokenize(text: string, start: number, end: number): Tok[] {
  return materialize(text, scanTokens(text, start, end));
}

