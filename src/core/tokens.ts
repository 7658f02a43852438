// Splits one paragraph into tokens. Tokens keep their original offsets; the
// normalised form `n` is only a look-up key (see chars.ts).
import { isArabicLetter, isBidiControl, isDigit, isSpace, isUpper, isWordChar, normWord } from "./chars";

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export const QUOTE = 3;

export interface Tok {
  s: number;
  e: number;
  t: number;
  /** Normalised word, or the character itself for punctuation and quote marks. */
  n: string;
  ar: boolean;
  /** English word starting with a capital letter. */
  cap: boolean;
  /** Sentence number inside the paragraph. */
  sent: number;
  /** For quote marks: index into the paragraph's quotes, and whether it opens (1) or closes (2) it. */
  qi: number;
  qr: number;
}

export const QUOTE_CHARS = "\"“”«»„‹›‘’‚";

const normCache = new Map<string, string>();
function norm(raw: string): string {
  let n = normCache.get(raw);
  if (n === undefined) {
    n = normWord(raw);
    // A bounded cache: news vocabulary repeats, but an adversarial text must not grow it forever.
    if (normCache.size > 200_000) normCache.clear();
    normCache.set(raw, n);
  }
  return n;
}

function isQuoteChar(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e || c === 0x2039 || c === 0x203a || c === 0x2018 || c === 0x2019 || c === 0x201a;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f);
}

export function tokenize(text: string, start: number, end: number): Tok[] {
  const toks: Tok[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isBidiControl(c)) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      const s = i;
      let ar = false;
      let digits = true;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          if (!ar && isArabicLetter(d)) ar = true;
          if (digits && !isDigit(d)) digits = false;
          i++;
          continue;
        }
        // Apostrophes inside English words (don't, Trump's) and separators inside numbers (3.5, 1,000).
        const nx = i + 1 < end ? text.charCodeAt(i + 1) : 0;
        const pv = text.charCodeAt(i - 1);
        if ((d === 0x27 || d === 0x2019) && isLatinLetter(pv) && isLatinLetter(nx)) {
          i++;
          continue;
        }
        if ((d === 0x2e || d === 0x2c || d === 0x066b || d === 0x066c) && isDigit(pv) && isDigit(nx)) {
          i++;
          continue;
        }
        break;
      }
      const raw = text.slice(s, i);
      toks.push({ s, e: i, t: digits ? NUM : WORD, n: digits ? raw : norm(raw), ar, cap: isUpper(c), sent: 0, qi: -1, qr: 0 });
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      // Astral symbols (emoji) are one token of two code units: never split a pair.
      toks.push({ s: i, e: i + 2, t: PUNCT, n: text.slice(i, i + 2), ar: false, cap: false, sent: 0, qi: -1, qr: 0 });
      i += 2;
      continue;
    }
    // '' and `` stand for double quotation marks in some English copy (NYT, Reuters-21578).
    if ((c === 0x27 || c === 0x60) && i + 1 < end && text.charCodeAt(i + 1) === c) {
      toks.push({ s: i, e: i + 2, t: QUOTE, n: c === 0x60 ? "“" : '"', ar: false, cap: false, sent: 0, qi: -1, qr: 0 });
      i += 2;
      continue;
    }
    toks.push({ s: i, e: i + 1, t: isQuoteChar(c) ? QUOTE : PUNCT, n: text[i], ar: false, cap: false, sent: 0, qi: -1, qr: 0 });
    i++;
  }
  return toks;
}

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
    if (t.t !== PUNCT || depthAt[k] > 0) continue;
    const ch = t.n;
    if (ch === "." || ch === "!" || ch === "?" || ch === "؟" || ch === "…" || ch === "۔") {
      if (ch === ".") {
        const prev = toks[k - 1];
        const next = toks[k + 1];
        // Mr. Smith, U.S. officials, J. Smith: abbreviations and initials do not end a sentence.
        if (prev && prev.t === WORD && prev.e === t.s && !prev.ar && (ABBREV.has(prev.n) || (prev.n.length === 1 && prev.cap))) continue;
        if (next && next.t === PUNCT && next.n === "." ) continue; // "..." ends at its last dot
        if (next && next.t === WORD && !next.ar && next.s === t.e) continue; // U.S, e.g.
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
