// Shared state of one paragraph under analysis and the small token helpers
// both language parsers use.
import { Fr, lexicon, type CueEntry, type CueLists, Gr, type GrammarClasses, type Lexicon, type SourceClass } from "./lexicon";
import type { Quote } from "./quotes";
import type { MentionInfo } from "./speakers";
import { G_ANY, HIT_CUE, HIT_CUE_NEXT } from "./perf/hit-table";
import { PUNCT, QUOTE, WORD, type Tok } from "./tokens";
import { WordMemo } from "./perf/intern";
import { keepShape } from "./perf/keep-shape";

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
}

/** How a statement without a written subject finds its speaker. */
export type Carry = "previous" | "clause-subject";

/**
 * One statement as its parser found it. A class with every field set in the
 * constructor, so all statements share one hidden class: with fields added later
 * (mention, shape) each variant was a class of its own that a full GC could free,
 * discarding the parsers' compiled code with it (see warm.ts and the instance kept below).
 */
export class RawStatement {
  /** Content end, in characters (worked out after parsing). */
  ce = -1;
  /** The content was fixed by the parser (a quote before the cue): do not extend it. */
  fixed = false;
  /** Quotes (indices into Para.quotes) claimed by the parser. */
  quotes: number[] = [];
  /** A preposition cue (بحسب، according to) whose clause precedes it. */
  before = false;
  /** The source mention, described once (kept with a cached paragraph). */
  mention: MentionInfo | undefined = undefined;
  /** Words up to this token belong to the statement's cue and source (a relay: نقلاً عن); 0: none. */
  claimTo = 0;
  /** Kind and spans as reported, worked out once (kept and shifted with a cached paragraph). */
  shape: StatementShape | undefined = undefined;
  constructor(
    public cueA: number,
    public cueB: number,
    /** Source noun phrase, token range [srcA, srcB); -1 when not written. */
    public srcA: number,
    public srcB: number,
    /** Content start, in characters. */
    public cs: number,
    /** Token where the content starts (for clause boundaries). */
    public ct: number,
    /** Earliest token belonging to the statement (source or cue), for clause boundaries. */
    public first: number,
    /** Last token of the statement as parsed (content end is refined later). */
    public last: number,
    public sent: number,
    public carry: Carry | null,
    public lang: "ar" | "en",
  ) {}
}

// Its fields arrive by transitions from an empty class, so its hidden class lives only while a
// statement does: keep one (see warm.ts).
keepShape("statement", new RawStatement(0, 0, -1, -1, 0, 0, 0, 0, 0, null, "ar"));

export interface StatementShape {
  kind: "direct" | "partial" | "indirect";
  cs: number;
  ce: number;
  /** Quotation spans in text order; read-only once made. */
  quotes: [number, number][];
  cueS: number;
  cueE: number;
  /** A quotation of the statement runs on into the next paragraph. */
  runsOn: boolean;
}

export interface CueMatch {
  entry: CueEntry;
  /** Token range of the cue words. */
  a: number;
  b: number;
  /** Offset where the cue starts (after a clitic و/ف). */
  s: number;
  e: number;
  /** Clitic و/ف was attached: the cue opens its clause. */
  clitic: boolean;
}

export const lex = (): Lexicon => lexicon();

export const isWord = (t: Tok | undefined): t is Tok => !!t && t.t === WORD;
export const isPunct = (t: Tok | undefined, chars: string): boolean => !!t && t.t === PUNCT && chars.includes(t.n);
export const isOpen = (t: Tok | undefined): boolean => !!t && t.t === QUOTE && t.qr === 1;
export const isClose = (t: Tok | undefined): boolean => !!t && t.t === QUOTE && t.qr === 2;
export const COMMA = ",،";
export const END = ".!?؟…";
// Joined once: concatenating in a hot loop builds (and flattens) a new string per test.
export const COMMA_END = COMMA + END;
export const CLAUSE_END = COMMA + END + ":";
export const TRAILING = COMMA + END + ":;";
export const COMMA_DASH = COMMA + "-–—";
export const COMMA_DASH_SEMI = COMMA + "-–—;؛";

export function hasGrammar(t: Tok | undefined, cls: Gr): boolean {
  return isWord(t) && (t.g & G_ANY) !== 0 && !!grammarMemo.get(t)?.has(cls);
}

const grammarMemo = new WordMemo<GrammarClasses | null>((n) => lex().grammar.get(n) ?? null);

/** The word's grammar classes (lexicon/ar-grammar.tsv), null for none. */
export function grammarOf(t: Tok): GrammarClasses | null {
  return grammarMemo.get(t);
}

type SourceHit = { cls: SourceClass; lemma: string; definite: boolean } | null;
// Peeling clitics costs a dozen look-ups; news vocabulary repeats, so each word's answer is kept.
const sourceMemo = new WordMemo<SourceHit>(sourceClassOf, 100_000);

export function sourceClass(t: Tok): SourceHit {
  return sourceMemo.get(t);
}

function sourceClassOf(n: string): SourceHit {
  const m = lex().sources;
  const hit = m.get(n);
  // (One literal, one field order: a spread copy took the hidden class of each lexicon row.)
  if (hit) return { cls: hit.cls, lemma: hit.lemma, definite: n.startsWith("ال") };
  // (A word without Arabic letters starts with none of these.)
  for (const p of lex().ar.cliticPrefixes) {
    if (n.length - p.length < 2 || !n.startsWith(p)) continue;
    const rest = p.endsWith("لل") ? "ال" + n.slice(p.length) : n.slice(p.length);
    const h = m.get(rest);
    if (h) return { cls: h.cls, lemma: h.lemma, definite: p.includes("ال") || p.endsWith("لل") || rest.startsWith("ال") };
  }
  return null;
}

/**
 * cueAt's answers for the paragraph being parsed: the parsers ask about the same
 * tokens again and again. Paragraphs are parsed one at a time, so one memo serves
 * them all and is emptied when another paragraph asks; a handful of entries is
 * usual, so two short arrays, and a Map only for a paragraph full of cues.
 */
const memo: { para: Para | null; n: number; at: number[]; cue: (CueMatch | null)[]; map: Map<number, CueMatch | null> | null } = { para: null, n: 0, at: [], cue: [], map: null };

/** Drops remembered cues of `p` (its offsets are about to change). */
export function forgetCues(p: Para): void {
  if (memo.para === p) memo.para = null;
}

/** The cue starting at token k, longest match first; null when none. */
export function cueAt(p: Para, k: number): CueMatch | null {
  const t = p.toks[k];
  if (!isWord(t) || p.inAnon[k]) return null;
  if (!(t.hit & HIT_CUE) && !(p.toks[k + 1] && p.toks[k + 1].hit & HIT_CUE_NEXT)) return null;
  if (memo.para === p) {
    if (memo.map) {
      const known = memo.map.get(k);
      if (known !== undefined) return known;
    } else for (let i = 0; i < memo.n; i++) if (memo.at[i] === k) return memo.cue[i];
  }
  // One look-up gives the cues of the word and of the word after its clitic و/ف.
  const lists = cueMemo.get(t);
  let best: CueMatch | null = null;
  if (lists) {
    best = longestCue(p, k, lists.plain, 0, null);
    if (t.ar && t.n.length > 3) best = longestCue(p, k, lists.clitic, 1, best);
  }
  if (memo.para !== p) {
    // (A count, not the arrays' lengths: setting an array's length is a call into the runtime.)
    memo.para = p;
    memo.n = 0;
    memo.map = null;
  }
  if (memo.map) memo.map.set(k, best);
  else {
    memo.at[memo.n] = k;
    memo.cue[memo.n] = best;
    memo.n++;
    // A paragraph full of cues (a long unbroken line) must not make look-ups quadratic.
    if (memo.n > 16) {
      memo.map = new Map<number, CueMatch | null>();
      for (let i = 0; i < memo.n; i++) memo.map.set(memo.at[i], memo.cue[i]);
    }
  }
  return best;
}

const cueMemo = new WordMemo<CueLists | null>((n) => lex().cueWords.get(n) ?? null);

/** The longest of `best` and the entries of `list` that match at token k (after `clitic` letters). */
function longestCue(p: Para, k: number, list: CueEntry[] | null, clitic: number, best: CueMatch | null): CueMatch | null {
  if (!list) return best;
  const t = p.toks[k];
  for (const entry of list) {
    if (entry.lang === "ar" ? !t.ar : t.ar) continue;
    let j = k + 1;
    let ok = true;
    for (let r = 0; r < entry.rest.length; r++) {
      const w = entry.rest[r];
      const u = p.toks[j];
      if (!isWord(u)) {
        ok = false;
        break;
      }
      if (u.n === w) j++;
      else if (t.ar && u.n.length === w.length + 1 && u.n.startsWith("ل") && u.n.endsWith(w)) j++; // وفقاً للبيان
      else {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (entry.restPrefix) {
      // وفقاً لـ: the next word starts with ل (لـ«…»، للبيان، لوزارة).
      const u = p.toks[j];
      if (!isWord(u) || !u.n.startsWith("ل")) continue;
    }
    const b = j;
    if (!best || b > best.b) best = { entry, a: k, b, s: t.s + clitic, e: p.toks[b - 1].e, clitic: clitic > 0 };
  }
  return best;
}

/** Whether tokens from k match a normalised phrase (first word may carry و/ف). */
export function matchesPhrase(p: Para, k: number, words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const t = p.toks[k + i];
    if (!isWord(t)) return false;
    if (t.n === words[i]) continue;
    if (i === 0 && (t.n === "و" + words[i] || t.n === "ف" + words[i])) continue;
    return false;
  }
  return true;
}

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
 * Quotation marks around a name or title, not around anybody's words: صحيفة "عكاظ"،
 * برنامج يحمل اسم "…"، الحزب "الجمهوري"، the "Commander-in-Chief Forum".
 */
export function isNameQuote(p: Para, q: { open: number; close: number }): boolean {
  if (q.close < 0) return false;
  const toks = p.toks;
  let words = 0;
  let caps = 0;
  let latin = 0;
  for (let k = q.open + 1; k < q.close; k++) {
    const t = toks[k];
    if (t.t !== WORD) continue;
    words++;
    if (!t.ar) {
      latin++;
      if (t.cap || lex().en.titleCaseSmall.has(t.n)) caps++;
    }
  }
  if (words === 0 || words > 5) return false;
  // Title Case in English: Fox and Friends, Peace Through Strength.
  if (latin === words && words >= 2 && caps === words && toks[q.open + 1].cap) return true;
  const before = toks[q.open - 1];
  // "هيئة الكهرباء" توضح …: a quoted name opening a headline, its verb right after it
  // (a quote followed by a comma and a cue is quote-first speech instead).
  if (!before || before.t !== WORD) return q.open === 0 && words <= 3 && latin === 0 && toks[q.close + 1]?.t === WORD;
  if (isNamingWord(before, toks[q.open - 2], toks[q.close + 1])) return true;
  // وأوضحت "ذا تايمز" أن: the quoted name is the source of the cue before it. After a verb that
  // takes a quotation as it is (وأضاف "سنلعب من أجل جماهيرنا".) the quotation is a name only
  // when a complementiser follows it, or the sentence goes on with a word that is no cue.
  const cue = cueAt(p, q.open - 1);
  if (cue) {
    if (!before.ar || !cue.entry.frames.has(Fr.direct) || words < 2) return true;
    const after = toks[q.close + 1];
    return hasGrammar(after, Gr.comp) || hasGrammar(after, Gr.compPron) || (words <= 3 && isWord(after) && !cueAt(p, q.close + 1));
  }
  const sc = sourceClass(before);
  if (sc && (sc.cls === "org" || sc.cls === "place" || sc.cls === "group")) return true;
  // المنظمة الإقليمية "…": a descriptor after an institution.
  const before2 = toks[q.open - 2];
  if (sc?.cls === "descriptor" && before2 && before2.t === WORD) {
    const sc2 = sourceClass(before2);
    if (sc2 && (sc2.cls === "org" || sc2.cls === "group")) return true;
  }
  return false;
}


/**
 * صحيفة، بعنوان، titled: a word that introduces a quoted name (lexicon/naming.tsv), also
 * with a possessive pronoun: روايته، كتابها، فيلمهم (the ة of the bare noun is ت before it).
 * After a complementiser the possessed noun is a clause's subject: the quotation is a title
 * when the predicate follows it (إن روايته «البحر الأخير» ستترجم), and is the predicate
 * itself when nothing does (أن فيلمه "لمس شيئاً مهماً".). `prev`: the token before the
 * word; `after`: the token after the quotation's closing mark.
 */
export function isNamingWord(t: Tok, prev?: Tok, after?: Tok): boolean {
  const naming = lex().naming;
  const n = t.n.replace(/^(ب|ل|و)(?=..)/, "");
  if (naming.has(t.n) || naming.has(n)) return true;
  if (!t.ar || (hasGrammar(prev, Gr.comp) && !isWord(after))) return false;
  for (const suffix of lex().ar.possessiveSuffixes) {
    if (n.length < suffix.length + 3 || !n.endsWith(suffix)) continue;
    const stem = n.slice(0, -suffix.length);
    // (Normalised, a closing ة is ه: روايه.)
    if (naming.has(stem) || (stem.endsWith("ت") && naming.has(stem.slice(0, -1) + "ه"))) return true;
  }
  return false;
}
