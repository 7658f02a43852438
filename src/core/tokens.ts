// Splits one paragraph into tokens. Tokens keep their original offsets; the
// normalised form `n` is only a look-up key (see chars.ts).
import { C_AR, C_DIGIT, C_SPACE, C_UPPER, C_WORD, HASH_PRIME, HASH_SEED, charTables, hashNorm, normWord } from "./chars";
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

/**
 * One token. The normalised form `n` is computed on first use: most words are
 * never looked at once the scan has seen that their hash matches no lexicon
 * entry, and not building a string per word is what keeps analysis close to the
 * speed of a bare pass over the text.
 */
export class Tok {
  sent = 0;
  /** For quote marks: index into the paragraph's quotes, and whether it opens (1) or closes (2) it. */
  qi = -1;
  qr = 0;
  private norm: string | undefined;
  constructor(
    private src: string,
    public s: number,
    public e: number,
    public t: number,
    /** Arabic word. */
    public ar: boolean,
    /** English word starting with a capital letter. */
    public cap: boolean,
    /** HIT_* flags from the lexicon hash table. */
    public hit: number,
    /** G_* flags from the same table. */
    public g: number,
    n?: string,
  ) {
    this.norm = n;
  }
  /** Shifts the token by d characters into a new version of the text (same words). */
  move(d: number, src: string): void {
    this.s += d;
    this.e += d;
    this.src = src;
  }
  /** The first code unit as written. */
  src0(): number {
    return this.src.charCodeAt(this.s);
  }
  /** Normalised word, or the character itself for punctuation and quote marks. */
  get n(): string {
    if (this.norm === undefined) this.norm = this.t === NUM ? this.src.slice(this.s, this.e) : normWord(this.src.slice(this.s, this.e));
    return this.norm;
  }
}

export const QUOTE_CHARS = "\"“”«»„‹›‘’‚";

function isQuoteChar(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e || c === 0x2039 || c === 0x203a || c === 0x2018 || c === 0x2019 || c === 0x201a;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f);
}

// Single-character strings for punctuation, made once.
const charStr: string[] = [];
const ch = (c: number): string => charStr[c] ?? (charStr[c] = String.fromCharCode(c));

export function tokenize(text: string, start: number, end: number): Tok[] {
  const toks: Tok[] = [];
  const hits = lexicon().hits;
  const { cls, norm } = charTables();
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
      let ar = false;
      let digits = true;
      let h = HASH_SEED;
      let complex = false;
      while (i < end) {
        const d = text.charCodeAt(i);
        const kd = cls[d];
        if (kd & C_WORD) {
          if (kd & C_AR) ar = true;
          if (!(kd & C_DIGIT)) digits = false;
          const nc = norm[d];
          if (nc < 0xfffe) h = Math.imul(h ^ nc, HASH_PRIME);
          else if (nc === 0xfffe) complex = true;
          i++;
          continue;
        }
        // Apostrophes inside English words (don't, Trump's) and separators inside numbers (3.5, 1,000).
        const nx = i + 1 < end ? text.charCodeAt(i + 1) : 0;
        const pv = text.charCodeAt(i - 1);
        if ((d === 0x27 || d === 0x2019) && isLatinLetter(pv) && isLatinLetter(nx)) {
          h = Math.imul(h ^ 0x27, HASH_PRIME);
          i++;
          continue;
        }
        if ((d === 0x2e || d === 0x2c || d === 0x066b || d === 0x066c) && cls[pv] & C_DIGIT && cls[nx] & C_DIGIT) {
          i++;
          continue;
        }
        break;
      }
      // Presentation forms need NFKC: hash the normalised string instead (rare).
      if (complex) h = hashNorm(normWord(text.slice(s0, i)));
      const f = digits ? 0 : hits.get(h);
      toks.push(new Tok(text, s0, i, digits ? NUM : WORD, ar, (k & C_UPPER) !== 0, f & 7, f >> 3));
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      // Astral symbols (emoji) are one token of two code units: never split a pair.
      toks.push(new Tok(text, i, i + 2, PUNCT, false, false, 0, 0, text.slice(i, i + 2)));
      i += 2;
      continue;
    }
    // '' and `` stand for double quotation marks in some English copy (NYT, Reuters-21578).
    if ((c === 0x27 || c === 0x60) && i + 1 < end && text.charCodeAt(i + 1) === c) {
      toks.push(new Tok(text, i, i + 2, QUOTE, false, false, 0, 0, c === 0x60 ? "“" : '"'));
      i += 2;
      continue;
    }
    toks.push(new Tok(text, i, i + 1, isQuoteChar(c) ? QUOTE : PUNCT, false, false, 0, 0, ch(c)));
    i++;
  }
  return toks;
}

// A token that never goes away keeps the token class's compiled code alive (see warm.ts).
keepShape("tok", new Tok("", 0, 0, WORD, false, false, 0, 0, ""));

const ABBREV = new Set([
  "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs",
  "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "adm", "capt", "sgt", "prof", "rev", "ft", "mt", "gov", "atty", "supt", "u.s", "a.m", "p.m",
]);

/** Assigns sentence numbers. Inside a paired quotation no sentence ends. */
export function splitSentences(toks: Tok[], depthAt: Int8Array): number {
  let sent = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    t.sent = sent;
    if (t.t !== PUNCT) continue;
    if (depthAt[k] > 0) {
      // '…moved away." He said …': a quotation closing on a full stop ends the sentence
      // when a new sentence (a capital or another quotation) starts right after it.
      const c = toks[k + 1];
      const after = toks[k + 2];
      if (depthAt[k] === 1 && (t.n === "." || t.n === "!" || t.n === "?") && c && c.t === QUOTE && c.qr === 2 && after && ((after.t === WORD && after.cap && !after.ar) || (after.t === QUOTE && after.qr === 1))) {
        c.sent = sent;
        k++;
        sent++;
      }
      continue;
    }
    const ch = t.n;
    if (ch === "." || ch === "!" || ch === "?" || ch === "؟" || ch === "…" || ch === "۔") {
      if (ch === ".") {
        const prev = toks[k - 1];
        const next = toks[k + 1];
        // Mr. Smith, U.S. officials, J. Smith: abbreviations and initials do not end a sentence.
        if (prev && prev.t === WORD && prev.e === t.s && !prev.ar && (ABBREV.has(prev.n) || (prev.n.length === 1 && prev.cap))) continue;
        if (next && next.t === PUNCT && next.n === "." ) continue; // "..." ends at its last dot
        if (next && next.t === WORD && !next.ar && next.s === t.e) continue; // U.S, e.g.
        // Everett, Wash., recently — but Arabic copy ends sentences with "., " (2016., واتهم).
        if (next && next.t === PUNCT && (next.n === "," || next.n === ";") && prev && prev.t === WORD && !prev.ar) continue;
        // Sen. Smith (R-Ga.) said: a party tag's abbreviation inside parentheses.
        if (next && next.t === PUNCT && next.n === ")" && toks[k + 2] && ((toks[k + 2].t === WORD && !toks[k + 2].cap && !toks[k + 2].ar) || (toks[k + 2].t === PUNCT && toks[k + 2].n === ","))) continue;
      }
      // A closing quote right after the full stop belongs to this sentence.
      let j = k + 1;
      while (j < toks.length && toks[j].t === QUOTE && toks[j].qr === 2) {
        toks[j].sent = sent;
        j++;
      }
      k = j - 1;
      sent++;
    }
  }
  return sent + 1;
}
