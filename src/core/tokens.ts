// Splits one paragraph into tokens. Tokens keep their original offsets; the
// normalised form `n` is only a look-up key (see chars.ts).
import { C_AR, C_DIGIT, C_LATIN, C_NFKC, C_NONDIGIT, C_SPACE, C_UPPER, C_WORD, HASH_PRIME, HASH_SEED, charTables, hashNorm, normWord } from "./chars";
import { lexicon } from "./lexicon";
import { keepShape } from "./warm";

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export const QUOTE = 3;

/** Flags a word's hash can raise: it may start a reporting cue or an anonymity phrase. */
export const HIT_CUE = 1;
export const HIT_ANON = 2;
/** The word is the second word of a cue whose first word is too common to flag. */
export const HIT_CUE_NEXT = 4;
/** Grammar flags (Tok.g): a complementiser, one with a pronoun, any grammar word. */
export const G_COMP = 1;
export const G_COMP_PRON = 2;
export const G_ANY = 4;

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
    return (this.f >> F_HIT) & 7;
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
        this.norm = internWord(src, this.s, this.e);
        this.slot = lastSlot;
      }
    }
    return this.norm;
  }
}

// Normalised words by hash, in a direct-mapped cache (a slot keeps the latest
// word that landed on it). News text repeats its vocabulary, so most look-ups
// return a string made before: no new string per token, and its hash for the
// lexicon maps is already computed. A hit is checked by fingerprint (below).
const INTERN_BITS = 15;
const internWords: (string | undefined)[] = new Array<string | undefined>(1 << INTERN_BITS).fill(undefined);

// Each slot's word is recognised by a 64-bit fingerprint of its normalised form (the
// word hash and a second, independent one) kept in typed arrays: comparing the word's
// characters instead meant a cache miss on a string somewhere in the heap per token.
// (Both halves side by side: one cache line per look-up.)
const fp = new Int32Array(2 << INTERN_BITS);
let lastA = 0;
let lastB = 0;
/** The slot of internWord's last answer (-1: a word the cache does not hold). */
let lastSlot = -1;

/** normWord(src.slice(s, e)), shared between tokens with the same normalised form. */
export function internWord(src: string, s: number, e: number): string {
  const slot = internSlot(src, s, e);
  lastSlot = slot;
  if (slot < 0) return normWord(src.slice(s, e)); // presentation forms (NFKC): rare, not shared
  const known = internWords[slot];
  if (known !== undefined && fp[2 * slot] === lastA && fp[2 * slot + 1] === lastB) return known;
  const w = normWord(src.slice(s, e));
  // The slot takes another word: what was remembered about the old one goes.
  for (let i = 0; i < memos.length; i++) memos[i].forget(slot);
  internWords[slot] = w;
  fp[2 * slot] = lastA;
  fp[2 * slot + 1] = lastB;
  return w;
}

/**
 * The cache slot of src[s, e)'s normalised form; -1 when it needs NFKC. Leaves the
 * form's fingerprint in lastA/lastB for internWord. Exported for tests.
 */
export function internSlot(src: string, s: number, e: number): number {
  const { norm } = charTables();
  let h = HASH_SEED;
  let g = 0x2545f491;
  for (let i = s; i < e; i++) {
    const nc = norm[src.charCodeAt(i)];
    if (nc < 0xfffe) {
      h = Math.imul(h ^ nc, HASH_PRIME);
      g = Math.imul((g ^ nc) + (g >>> 13), 0x5bd1e995);
    } else if (nc === 0xfffe) return -1;
  }
  lastA = h;
  lastB = g;
  return Math.imul(h, 0x9e3779b1) >>> (32 - INTERN_BITS);
}

// Every WordMemo, told when a slot takes another word.
const memos: { forget(slot: number): void }[] = [];

/**
 * Answers about a word (its source class, its grammar, its cues) computed once per
 * normalised form. The answer is kept at the word's intern cache slot: one array
 * read where a Map look-up by string cost a few cache misses in a large table, on
 * every question about every token. `compute` depends on the normalised form alone.
 * When the slot has gone to another word, the answer is computed again, or taken
 * from a bounded Map when `cap` is set (for answers dearer than a Map look-up).
 */
export class WordMemo<T> {
  private readonly bySlot: (T | undefined)[] = new Array<T | undefined>(1 << INTERN_BITS).fill(undefined);
  private readonly byWord: Map<string, T> | null;
  constructor(
    private readonly compute: (n: string) => T,
    private readonly cap = 0,
  ) {
    this.byWord = cap > 0 ? new Map<string, T>() : null;
    memos.push(this);
  }
  get(t: Tok): T {
    const n = t.n;
    const slot = t.slot;
    if (slot >= 0 && internWords[slot] === n) {
      const known = this.bySlot[slot];
      if (known !== undefined) return known;
      return (this.bySlot[slot] = this.lookUp(n));
    }
    return this.lookUp(n);
  }
  private lookUp(n: string): T {
    const map = this.byWord;
    if (!map) return this.compute(n);
    let v = map.get(n);
    if (v === undefined) {
      v = this.compute(n);
      if (map.size >= this.cap) map.clear();
      map.set(n, v);
    }
    return v;
  }
  forget(slot: number): void {
    this.bySlot[slot] = undefined;
  }
}

function isQuoteChar(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e || c === 0x2039 || c === 0x203a || c === 0x2018 || c === 0x2019 || c === 0x201a;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f);
}

// Single-character strings for punctuation, made once.
// (Filled with undefined up front: a sparse array written at 0x201c goes to dictionary mode.)
const charStr: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
const ch = (c: number): string => charStr[c] ?? (charStr[c] = String.fromCharCode(c));

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

// Cue candidates of the last scan, collected while scanning (see cueCandidates). (A count,
// not an array's length: setting an array's length is a call into the runtime.)
let candBuf = new Int32Array(1024);
let nCands = 0;

function pushCand(k: number): void {
  if (nCands === candBuf.length) candBuf = doubled(candBuf);
  candBuf[nCands++] = k;
}

/** A copy of `a` twice as long (the scan's buffers grow by it). */
function doubled(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

// Token buffers: start, end and packed bits (type | ar | cap | hit | grammar | mark as '' or ``).
let bufS = new Int32Array(4096);
let bufE = new Int32Array(4096);
let bufF = new Int32Array(4096);

function push(n: number, s: number, e: number, f: number): void {
  if (n === bufS.length) {
    bufS = doubled(bufS);
    bufE = doubled(bufE);
    bufF = doubled(bufF);
  }
  bufS[n] = s;
  bufE[n] = e;
  bufF[n] = f;
}

/** One pass over text[start, end): fills the token buffers and counts letters. */
export function scanTokens(text: string, start: number, end: number): Scan {
  const hits = lexicon().hits;
  const { cls, both } = charTables();
  let n = 0;
  nCands = 0;
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
      anyHit |= f & 7;
      // Cue candidates as they come: a flagged word, or the word before a cue's flagged second word.
      if (f & HIT_CUE_NEXT && n > 0 && (nCands === 0 || candBuf[nCands - 1] !== n - 1)) pushCand(n - 1);
      if (f & 7) pushCand(n);
      push(n++, s0, i, (digits ? NUM : WORD) | (any & C_AR ? F_AR : 0) | (k & C_UPPER ? F_CAP : 0) | ((f & 7) << F_HIT) | ((f >> 3) << F_G));
      continue;
    }
    arL += (k >> 3) & 1; // a few presentation-form symbols count as Arabic letters
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      // Astral symbols (emoji) are one token of two code units: never split a pair.
      push(n++, i, i + 2, PUNCT);
      i += 2;
      continue;
    }
    // '' and `` stand for double quotation marks in some English copy (NYT, Reuters-21578).
    if ((c === 0x27 || c === 0x60) && i + 1 < end && text.charCodeAt(i + 1) === c) {
      push(n++, i, i + 2, QUOTE | (c === 0x60 ? F_BACKTICKS : 0));
      marks = true;
      i += 2;
      continue;
    }
    const q = isQuoteChar(c);
    marks ||= q;
    push(n++, i, i + 1, q ? QUOTE : PUNCT);
    i++;
  }
  return { n, arLetters: arL, latinLetters: laL, hit: anyHit !== 0, marks, cands: nCands };
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
  const pooled = reuse && scan.n <= POOL_MAX;
  if (pooled) while (pool.length < scan.n) pool.push(new Tok(ref, 0, 0, 0));
  const toks = new Array<Tok>(scan.n);
  for (let k = 0; k < scan.n; k++) {
    const s = bufS[k];
    const e = bufE[k];
    const f = bufF[k];
    const t = f & 3;
    let n: string | undefined;
    if (t === PUNCT) n = e - s === 1 ? ch(text.charCodeAt(s)) : text.slice(s, e);
    else if (t === QUOTE) n = e - s === 1 ? ch(text.charCodeAt(s)) : f & F_BACKTICKS ? "“" : '"';
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
  return candBuf;
}

export function tokenize(text: string, start: number, end: number): Tok[] {
  return materialize({ text }, scanTokens(text, start, end));
}

// A token that never goes away keeps the token class's compiled code alive (see warm.ts).
keepShape("tok", new Tok({ text: "" }, 0, 0, WORD, ""));

const ABBREV = new Set([
  "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs",
  "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "adm", "capt", "sgt", "prof", "rev", "ft", "mt", "gov", "atty", "supt", "u.s", "a.m", "p.m",
]);

const ABBREV_MAX = Math.max(...[...ABBREV].map((a) => a.length));

/**
 * Splits a paragraph's tokens into sentences. Inside a paired quotation no sentence ends.
 * Sentences are runs of tokens in order: starts/ends receive each one's token range (a
 * sentence with no token of its own, at the very end, starts and ends after the last
 * token); starts increase strictly, so a token's sentence is found by search (sentOf).
 */
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
        if (prev && prev.t === WORD && prev.e === t.s && !prev.ar && prev.e - prev.s <= ABBREV_MAX && (ABBREV.has(prev.n) || (prev.n.length === 1 && prev.cap))) continue;
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
