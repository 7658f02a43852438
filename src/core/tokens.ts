// Splits one paragraph into tokens. Tokens keep their original offsets; the
// normalised form `n` is only a look-up key (see chars.ts).
import { C_AR, C_DIGIT, C_LATIN, C_NFKC, C_NONDIGIT, C_SPACE, C_UPPER, C_WORD, HASH_PRIME, HASH_SEED, charTables, hashNorm, normWord } from "./chars";
import { lexicon } from "./lexicon";
import { charString } from "./perf/char-memo";
import { G_SHIFT, HIT_CUE_NEXT, HIT_MASK } from "./perf/hit-table";
import { internTable } from "./perf/intern";
import { keepShape } from "./perf/keep-shape";
import { lazy } from "./perf/lazy";
import { tokenBuffers } from "./perf/scratch";

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export const QUOTE = 3;


// A token's packed bits, as the scan writes them: type (2 bits) | Arabic | capital |
// HIT_* (3 bits) | G_* (3 bits) | a '' or `` mark written as two characters.
const F_AR = 1 << 2;
const F_CAP = 1 << 3;
const F_HIT = 4;
const F_G = 7;
const F_BACKTICKS = 1 << 10;

/**
 * The text tokens point into. Every token of one analysis (or of one editor's
 * paragraph cache) shares one of these, so a new version of the document is
 * one assignment, not a write per token.
 */
export interface TextRef {
  text: string;
}

/**
 * One token. The normalised form `n` is computed on first use: most words are
 * never looked at once the scan has seen that their hash matches no lexicon
 * entry, and not building a string per word is what keeps analysis close to the
 * speed of a bare pass over the text.
 */
export class Tok {
  /** Quote index + 1 and role, packed (see qi, qr). */
  private q = 0;
  private norm: string | undefined;
  /** The intern cache slot `n` came from (-1: none): see WordMemo. */
  slot = -1;
  constructor(
    private ref: TextRef,
    public s: number,
    public e: number,
    /**
     * Type (low 2 bits) and flags, packed (see the getters). A token costs 8 bytes
     * a field in Node's V8 and a news archive makes 700k of them.
     */
    private f: number,
    n?: string,
  ) {
    this.norm = n;
  }
  /** WORD, NUM, PUNCT or QUOTE. */
  get t(): number {
    return this.f & 3;
  }
  set t(v: number) {
    this.f = (this.f & ~3) | v;
  }
  /** For quote marks: index into the paragraph's quotes (-1: none)… */
  get qi(): number {
    return (this.q >> 2) - 1;
  }
  set qi(v: number) {
    this.q = ((v + 1) << 2) | (this.q & 3);
  }
  /** …and whether the mark opens (1) or closes (2) it. */
  get qr(): number {
    return this.q & 3;
  }
  set qr(v: number) {
    this.q = (this.q & ~3) | v;
  }
  /** Arabic word. */
  get ar(): boolean {
    return (this.f & F_AR) !== 0;
  }
  /** English word starting with a capital letter. */
  get cap(): boolean {
    return (this.f & F_CAP) !== 0;
  }
  /** HIT_* flags from the lexicon hash table. */
  get hit(): number {
    return (this.f >> F_HIT) & HIT_MASK;
  }
  /** G_* flags from the same table. */
  get g(): number {
    return (this.f >> F_G) & 7;
  }
  /** Makes this token another one (see materialize's pool). */
  reset(ref: TextRef, s: number, e: number, f: number, n: string | undefined): void {
    this.ref = ref;
    this.s = s;
    this.e = e;
    this.f = f;
    this.norm = n;
    this.q = 0;
    this.slot = -1;
  }
  /** Shifts the token by d characters (its paragraph moved in a new version of the text). */
  move(d: number): void {
    this.s += d;
    this.e += d;
  }
  /** The first code unit as written. */
  src0(): number {
    return this.ref.text.charCodeAt(this.s);
  }
  /** Normalised word, or the character itself for punctuation and quote marks. */
  get n(): string {
    if (this.norm === undefined) {
      const src = this.ref.text;
      if (this.t === NUM) this.norm = src.slice(this.s, this.e);
      else {
        const slot = internTable.intern(src, this.s, this.e);
        this.slot = slot;
        this.norm = slot >= 0 ? internTable.wordAt(slot)! : normWord(src.slice(this.s, this.e));
      }
    }
    return this.norm;
  }
}

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
  /** Number of cue candidates (see cueCandidates). */
  cands: number;
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
    if (k & C_SPACE) {
      i++;
      continue;
    }
    if (k & C_WORD) {
      const s0 = i;
      // The classes of the word's characters, OR-ed: any Arabic or Latin letter, any
      // non-digit, any presentation form. One operation a character besides the hash.
      let any = 0;
      let h = HASH_SEED;
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
        // Apostrophes inside English words (don't, Trump's) and separators inside numbers (3.5, 1,000).
        // (The character is tested first: most words end on a space.)
        if (d === 0x27 || d === 0x2019) {
          if (isLatinLetter(text.charCodeAt(i - 1)) && i + 1 < end && isLatinLetter(text.charCodeAt(i + 1))) {
            h = Math.imul(h ^ 0x27, HASH_PRIME);
            i++;
            continue;
          }
        } else if ((d === 0x2e || d === 0x2c || d === 0x066b || d === 0x066c) && cls[text.charCodeAt(i - 1)] & C_DIGIT && i + 1 < end && cls[text.charCodeAt(i + 1)] & C_DIGIT) {
          i++;
          continue;
        }
        break;
      }
      any &= 0xff;
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
      buf.push(n++, s0, i, (digits ? NUM : WORD) | (any & C_AR ? F_AR : 0) | (k & C_UPPER ? F_CAP : 0) | ((f & HIT_MASK) << F_HIT) | ((f >> G_SHIFT) << F_G));
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

// Token objects reused paragraph after paragraph when nothing keeps a paragraph's tokens:
// an archive's busy paragraphs made ~700k short-lived tokens, a third of what an analysis
// allocates. A paragraph longer than the pool's cap gets fresh ones (the pool stays small).
const pool: Tok[] = [];
const POOL_MAX = 16_384;

/**
 * The tokens of the last scan, as objects pointing into `ref` (its text must be the text
 * scanned). `reuse`: the objects of the previous call may be recycled (nothing keeps them).
 */
export function materialize(ref: TextRef, scan: Scan, reuse = false): Tok[] {
  const text = ref.text;
  const buf = tokenBuffers;
  const pooled = reuse && scan.n <= POOL_MAX;
  if (pooled) while (pool.length < scan.n) pool.push(new Tok(ref, 0, 0, 0));
  const toks = new Array<Tok>(scan.n);
  for (let k = 0; k < scan.n; k++) {
    const s = buf.start[k];
    const e = buf.end[k];
    const f = buf.bits[k];
    const t = f & 3;
    let n: string | undefined;
    if (t === PUNCT) n = e - s === 1 ? charString(text.charCodeAt(s)) : text.slice(s, e);
    else if (t === QUOTE) n = e - s === 1 ? charString(text.charCodeAt(s)) : f & F_BACKTICKS ? "“" : '"';
    if (pooled) {
      const tok = pool[k];
      tok.reset(ref, s, e, f, n);
      toks[k] = tok;
    } else toks[k] = new Tok(ref, s, e, f, n);
  }
  return toks;
}

/**
 * Tokens of the last scan that may start a reporting cue: a word the lexicon flagged,
 * or the token before one flagged as a cue's second word. In order, the first
 * `scan.cands` of the buffer, valid until the next scan (like the token buffers).
 */
export function cueCandidates(): Int32Array {
  return tokenBuffers.candidates;
}

export function tokenize(text: string, start: number, end: number): Tok[] {
  return materialize({ text }, scanTokens(text, start, end));
}

// A token that never goes away keeps the token class's compiled code alive (see warm.ts).
keepShape("tok", new Tok({ text: "" }, 0, 0, WORD, ""));


/**
 * Splits a paragraph's tokens into sentences. Inside a paired quotation no sentence ends.
 * Sentences are runs of tokens in order: starts/ends receive each one's token range (a
 * sentence with no token of its own, at the very end, starts and ends after the last
 * token); starts increase strictly, so a token's sentence is found by search (sentOf).
 */
/** The longest abbreviation: a longer word before a full stop never needs its key built. */
const abbreviationMax = lazy(() => Math.max(...[...lexicon().en.abbreviations].map((a) => a.length)));

export function splitSentences(toks: Tok[], depthAt: number[], starts: number[], ends: number[]): void {
  starts.push(0);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t !== PUNCT) continue;
    if (depthAt[k] > 0) {
      // '…moved away." He said …': a quotation closing on a full stop ends the sentence
      // when a new sentence (a capital or another quotation) starts right after it.
      const c = toks[k + 1];
      const after = toks[k + 2];
      if (depthAt[k] === 1 && (t.n === "." || t.n === "!" || t.n === "?") && c && c.t === QUOTE && c.qr === 2 && after && ((after.t === WORD && after.cap && !after.ar) || (after.t === QUOTE && after.qr === 1))) {
        k++;
        ends.push(k + 1);
        starts.push(k + 1);
      }
      continue;
    }
    const ch = t.n;
    if (ch === "." || ch === "!" || ch === "?" || ch === "؟" || ch === "…" || ch === "۔") {
      if (ch === ".") {
        const prev = toks[k - 1];
        const next = toks[k + 1];
        // Mr. Smith, U.S. officials, J. Smith: abbreviations and initials do not end a sentence.
        // (Abbreviations are short: a longer word before a full stop never needs its key built.)
        if (prev && prev.t === WORD && prev.e === t.s && !prev.ar && prev.e - prev.s <= abbreviationMax() && (lexicon().en.abbreviations.has(prev.n) || (prev.n.length === 1 && prev.cap))) continue;
        if (next && next.t === PUNCT && next.n === "." ) continue; // "..." ends at its last dot
        if (next && next.t === WORD && !next.ar && next.s === t.e) continue; // U.S, e.g.
        // Everett, Wash., recently — but Arabic copy ends sentences with "., " (2016., واتهم).
        if (next && next.t === PUNCT && (next.n === "," || next.n === ";") && prev && prev.t === WORD && !prev.ar) continue;
        // Sen. Smith (R-Ga.) said: a party tag's abbreviation inside parentheses.
        if (next && next.t === PUNCT && next.n === ")" && toks[k + 2] && ((toks[k + 2].t === WORD && !toks[k + 2].cap && !toks[k + 2].ar) || (toks[k + 2].t === PUNCT && toks[k + 2].n === ","))) continue;
      }
      // A closing quote right after the full stop belongs to this sentence.
      let j = k + 1;
      while (j < toks.length && toks[j].t === QUOTE && toks[j].qr === 2) j++;
      k = j - 1;
      ends.push(j);
      starts.push(j);
    }
  }
  ends.push(toks.length);
}
