// A paragraph under analysis (a line of text: its tokens, quotations and sentences)
// and the small token tests every parser uses.
import { zeroBytes, zeroDepths } from "../perf/scratch";
import { isSpace } from "./chars";
import type { Quote } from "./quotes";
import { CLOSES, OPENS, PUNCT, QUOTE, WORD, type Tok } from "./token";

export interface Para {
  text: string;
  toks: Tok[];
  quotes: Quote[];
  depth: number[];
  start: number;
  end: number;
  lang: "ar" | "en";
  /** Sentence index → [first token, last token + 1). */
  sentStart: number[];
  sentEnd: number[];
  /** Tokens that belong to an anonymity phrase: no cue or source starts there. */
  inAnon: Uint8Array;
  /**
   * A construction looked at text outside the paragraph (subject-first: a word's spelling without و
   * elsewhere in the story): the reading depends on more than the paragraph's text, so an editor's
   * paragraph cache must not keep it.
   */
  outside: boolean;
}

/**
 * A stretch text[s, e) read on its own, outside any paragraph's reading, as one sentence with no
 * quotations and no anonymity phrases (speakers/ar-topic, en-topic, ar-full-name read a sentence so).
 */
export function sentencePara(text: string, toks: Tok[], s: number, e: number, lang: "ar" | "en"): Para {
  return { text, toks, quotes: [], depth: zeroDepths(toks.length), start: s, end: e, lang, sentStart: [0], sentEnd: [toks.length], inAnon: zeroBytes(toks.length), outside: false };
}

export const isWord = (t: Tok | undefined): t is Tok => !!t && t.kind === WORD;
export const isPunct = (t: Tok | undefined, chars: string): boolean => !!t && t.kind === PUNCT && chars.includes(t.norm);
export const isOpen = (t: Tok | undefined): boolean => !!t && t.kind === QUOTE && t.quoteRole === OPENS;
export const isClose = (t: Tok | undefined): boolean => !!t && t.kind === QUOTE && t.quoteRole === CLOSES;
/** فرانك-فالتر: a hyphen with letters glued on both sides joins the parts of one name. */
export function gluedHyphen(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== PUNCT || (t.norm !== "-" && t.norm !== "\u2010")) return false;
  const a = toks[k - 1];
  const b = toks[k + 1];
  // (Not after a word with the article: السودان-معارضة joins a name to a qualifier, not two names.)
  return isWord(a) && isWord(b) && a.e === t.s && t.e === b.s && !a.norm.startsWith("ال") && !b.norm.startsWith("ال");
}

export const COMMA = ",،";
export const END = ".!?؟…";
// Joined once: concatenating in a hot loop builds (and flattens) a new string per test.
export const COMMA_END = COMMA + END;
export const CLAUSE_END = COMMA + END + ":";
export const TRAILING = COMMA + END + ":;";
export const COMMA_DASH = COMMA + "-–—";
export const COMMA_DASH_SEMI = COMMA + "-–—;؛";

/**
 * The sentence of token k: the last one starting at or before it (sentences start in
 * increasing order). k may point one past the paragraph's last token (a cue at its very
 * end): it is clamped. Looked up rather than written on every token: the parsers ask
 * about a few tokens of each paragraph, the tokenizer made hundreds of thousands.
 */
export function sentOf(p: Para, k: number): number {
  const starts = p.sentStart;
  const at = Math.max(0, Math.min(k, p.toks.length - 1));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
export function sentenceEndTok(p: Para, k: number): number {
  return p.toks.length ? p.sentEnd[sentOf(p, k)] : 0;
}
export function sentenceStartTok(p: Para, k: number): number {
  return p.toks.length ? p.sentStart[sentOf(p, k)] : 0;
}

/**
 * The paragraphs of a text: its lines with something on them, spaces trimmed, as start,
 * end pairs in one flat list (a pair array each cost 64 bytes for the whole run).
 */
export function paragraphRanges(text: string): number[] {
  const out: number[] = [];
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf("\n", s);
    if (e < 0) e = text.length;
    let a = s;
    let b = e;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push(a, b);
    s = e + 1;
  }
  return out;
}

/** The "<" of a wire ticker ("<EYE>", "<ANGL.J>": capitals and stops only) closed at token j, -1 when there is none. */
export function tickerOpen(p: Pick<Para, "toks" | "text">, j: number): number {
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    const t = p.toks[k];
    if (isPunct(t, "<")) return k < j - 1 ? k : -1;
    if (isPunct(t, ".")) continue;
    const w = p.text.slice(t.s, t.e);
    if (!isWord(t) || w !== w.toUpperCase()) return -1;
  }
  return -1;
}
