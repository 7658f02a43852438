// Pairs quotation marks inside one paragraph. Every style news sites use:
// "…" by position, “…”, «…», „…“, ‹…›, ‘…’ (but not apostrophes), and ”…”
// where an Arabic site opens with a closing mark (لـ”عين اليوم”). A mark left
// open at the end of a paragraph is either an English multi-paragraph quote
// (the next paragraph opens with a mark again) or unbalanced: a finding, and
// the quote never runs past its paragraph.
import { isBidiControl, isLetterOrNumber, isSpace } from "./chars";
import { clearedInts } from "../perf/scratch";
import { sortSmall } from "../perf/sort-small";
import { CLOSES, OPENS, PUNCT, QUOTE, WORD, type Tok } from "./token";

export interface Quote {
  /** Token indices of the marks; close is -1 while the quote runs on into the next paragraph. */
  open: number;
  close: number;
  /** Inner span, without the marks and without padding spaces. */
  s: number;
  e: number;
  depth: number;
  /** Continues into the next paragraph (English convention). */
  runsOn: boolean;
  /** Index of the statement that uses it, -1 when none. */
  used: number;
}

export interface QuoteScan {
  quotes: Quote[];
  /** Quote depth of each token (a mark counts as inside its own quote). */
  depth: number[];
  /** Opening marks never closed (token indices), for the unbalanced-quote finding. */
  unclosed: number[];
  /** Closing marks with no opener (token indices). */
  stray: number[];
}

type Family = "dq" | "guill" | "sguill" | "sq";

interface Open {
  tok: number;
  fam: Family;
  ch: string;
}

// findOpen modes: same family; „ or “ (for a closing “); any curly double; a straight "; a single ‘.
const FIND_FAMILY = 0;
const FIND_LOW9 = 1;
const FIND_CURLY = 2;
const FIND_STRAIGHT = 3;
const FIND_SINGLE = 4;

function family(ch: string): Family {
  if (ch === "«" || ch === "»") return "guill";
  if (ch === "‹" || ch === "›") return "sguill";
  if (ch === "‘" || ch === "’" || ch === "‚") return "sq";
  return "dq";
}

/** Opening-looking: nothing (or space/opening punctuation) before, a non-space after. */
function leftFlank(text: string, t: Tok): boolean {
  const before = t.s > 0 ? text.charCodeAt(t.s - 1) : 0x20;
  const after = t.e < text.length ? text.charCodeAt(t.e) : 0x20;
  return !isSpace(after) && (isSpace(before) || hasCode("([{-—–:،,؛;/", before) || before === 0x644 /* لـ”… */ || before === 0x640 || cliticBefore(text, t.s));
}

/** و”…”، ب«…»: a one-letter Arabic clitic written as a word of its own (a space or nothing before it) right before offset s. */
function cliticBefore(text: string, s: number): boolean {
  return s > 0 && hasCode("وفبلك", text.charCodeAt(s - 1)) && (s < 2 || isSpace(text.charCodeAt(s - 2)));
}

function rightFlank(text: string, t: Tok): boolean {
  const before = t.s > 0 ? text.charCodeAt(t.s - 1) : 0x20;
  const after = t.e < text.length ? text.charCodeAt(t.e) : 0x20;
  return !isSpace(before) && (isSpace(after) || hasCode(".,،:;؛!?؟)]}-—–…\"'”»’", after));
}

/** Whether `chars` holds the code unit c (no one-character string made per test). */
function hasCode(chars: string, c: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === c) return true;
  return false;
}

// The scan's state, passed to its helpers: helpers made as closures per paragraph
// were new functions each time, compiled again after every full GC.
interface ScanState {
  text: string;
  toks: Tok[];
  quotes: Quote[];
  stack: Open[];
  unclosed: number[];
  stray: number[];
}

/** The inner span between offsets s and e, without padding spaces (and `trailing` characters at its end). */
function innerSpan(text: string, s: number, e: number, trailing = ""): [number, number] {
  // (A bidi control is invisible: Markdown's emphasis inside the marks, "*so*", is read as one.)
  while (s < e && (isSpace(text.charCodeAt(s)) || isBidiControl(text.charCodeAt(s)))) s++;
  while (e > s && (isSpace(text.charCodeAt(e - 1)) || isBidiControl(text.charCodeAt(e - 1)) || (trailing !== "" && trailing.includes(text[e - 1])))) e--;
  return [s, e];
}

/** Records a quotation opened by token `open` (closed by token `close`, -1: never) and points its marks at it. */
function addQuote(st: ScanState, open: number, close: number, span: [number, number], depth: number, runsOn: boolean): void {
  const { toks, quotes } = st;
  toks[open].quote = quotes.length;
  toks[open].quoteRole = OPENS;
  if (close >= 0) {
    toks[close].quote = quotes.length;
    toks[close].quoteRole = CLOSES;
  }
  quotes.push({ open, close, s: span[0], e: span[1], depth, runsOn, used: -1 });
}

/** Pairs the mark at token k with the open mark stack[idx]; marks opened inside and never closed are unbalanced. */
function close(st: ScanState, k: number, idx: number): void {
  const { toks, stack } = st;
  const o = stack[idx];
  // (A lone ‘ is as often a typo or a reversed ’…‘ as a quote: no mark, as at the paragraph's end.)
  for (let j = stack.length - 1; j > idx; j--) {
    if (stack[j].fam === "sq") toks[stack[j].tok].kind = PUNCT;
    else st.unclosed.push(stack[j].tok);
  }
  stack.length = idx;
  addQuote(st, o.tok, k, innerSpan(st.text, toks[o.tok].e, toks[k].s), idx, false);
}

/**
 * Ends the open mark stack[idx] at the full stop at token k, with no closing mark of its own: a
 * quotation of several paragraphs, opening each and closing only the last, run into one line
 * ('X said: "One. "Two."'). Its text runs to the stop, and it is not unbalanced. `close` points
 * at its last word (no token is marked as its closer): the stop after it is outside, so the
 * sentence ends there and the next quotation starts a new one.
 */
function endAt(st: ScanState, k: number, idx: number): void {
  const { toks, stack } = st;
  const o = stack[idx];
  stack.length = idx;
  toks[o.tok].quote = st.quotes.length;
  toks[o.tok].quoteRole = OPENS;
  const [s, e] = innerSpan(st.text, toks[o.tok].e, toks[k].s);
  st.quotes.push({ open: o.tok, close: k - 1, s, e, depth: idx, runsOn: false, used: -1 });
}

/**
 * '…in that direction. "If the …': a straight mark that opens a new sentence (after a full stop
 * and a space, a Latin word after it) while the innermost open mark is a straight one means the
 * writer left that one unclosed at the stop.
 */
function reopensAfterStop(st: ScanState, k: number, j: number): boolean {
  const { text, toks, stack } = st;
  const t = toks[k];
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return j === stack.length - 1 && k >= 2 && leftFlank(text, t) && !rightFlank(text, t) && prev.kind === PUNCT && (prev.norm === "." || prev.norm === "!" || prev.norm === "?") && prev.e < t.s && !!next && next.kind === WORD && !next.ar;
}

/** The letters after the apostrophe of an English possessive or contraction (world's, don't, they're, we'll, I've, he'd, I'm). */
const CONTRACTION_TAILS = new Set(["s", "t", "re", "ll", "ve", "d", "m"]);

/** A straight " between a Latin letter and a contraction's tail ending its word (world"s, it"s): an apostrophe. */
function straightApostrophe(text: string, t: Tok): boolean {
  const before = t.s > 0 ? text.charCodeAt(t.s - 1) : 0x20;
  if (!isLatinLetter(before)) return false;
  let e = t.e;
  while (e < text.length && e < t.e + 3 && isLatinLetter(text.charCodeAt(e))) e++;
  return e > t.e && (e >= text.length || !isLetterOrNumber(text.charCodeAt(e))) && CONTRACTION_TAILS.has(text.slice(t.e, e).toLowerCase());
}

function isLatinLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/**
 * A straight mark with a space before it and a letter after (opening-looking only) while a straight
 * one is open, when the next straight mark of the paragraph is closing-looking only: it opens a
 * quotation of its own, which that mark closes. Nested when one more closing mark follows (نظام
 * "تعليم 2"، … الجوهر": the open one closes there); else the open one was left unclosed (موضحا
 * "أن الميزانية … مثل معرض "روح القيادة" الذي …).
 */
function opensInside(st: ScanState, k: number, j: number): boolean {
  const { text, toks, stack } = st;
  const t = toks[k];
  if (j !== stack.length - 1 || !isSpace(t.s > 0 ? text.charCodeAt(t.s - 1) : 0x20) || !isLetterOrNumber(t.e < text.length ? text.charCodeAt(t.e) : 0x20)) return false;
  return closingOnly(st, nextStraight(st, k));
}

/** The next straight mark of the paragraph after token k (apostrophes are no marks), -1 when none. */
function nextStraight(st: ScanState, k: number): number {
  const { text, toks } = st;
  if (k < 0) return -1;
  for (let n = k + 1; n < toks.length; n++) if (toks[n].kind === QUOTE && toks[n].norm === '"' && !straightApostrophe(text, toks[n])) return n;
  return -1;
}

/**
 * After the straight mark at token c, a closing-only straight mark with no opening-only one left
 * to pair it ("…نظام "تعليم 2"، … الجوهر".; "… سويت "35 عاما" ومات "49 عاما" هربا …".): the quotation
 * open before c closes there. A mark that looks both ways or neither stops the search (no answer).
 */
function closesLater(st: ScanState, c: number): boolean {
  let open = 0;
  for (let n = nextStraight(st, c); n >= 0; n = nextStraight(st, n)) {
    const t = st.toks[n];
    const opening = leftFlank(st.text, t) && !rightFlank(st.text, t);
    if (opening) open++;
    else if (!closingOnly(st, n)) return false;
    else if (open > 0) open--;
    else return true;
  }
  return false;
}

/** The mark at token n (-1: none) looks closing only: a word or punctuation before it, a space or punctuation after. */
function closingOnly(st: ScanState, n: number): boolean {
  return n >= 0 && rightFlank(st.text, st.toks[n]) && !leftFlank(st.text, st.toks[n]);
}

/**
 * The open mark stack[j] is never closed (a mark at token k opens a quotation of its own): a
 * finding; its words run to the first full stop after it (the narration goes on after: "…. وأضاف
 * فلان أن …"), else to the last clause mark before k (its speaker's next cue starts there: وأضاف
 * "…، وأضاف "…"), else to the word before k; when they are two words or more.
 */
function leaveUnclosed(st: ScanState, k: number, j: number): void {
  const { toks, stack } = st;
  const o = stack[j];
  st.unclosed.push(o.tok);
  let end = k;
  for (let n = o.tok + 3; n < k; n++) if (fullStop(st, n)) {
    end = n;
    break;
  }
  for (let n = k - 1; end === k && n > o.tok + 2; n--) if (toks[n].kind === PUNCT && hasCode(",،:;؛", toks[n].norm.charCodeAt(0))) end = n;
  let words = 0;
  for (let n = o.tok + 1; n < end && words < 2; n++) if (toks[n].kind === WORD) words++;
  if (words < 2) {
    stack.length = j;
    return;
  }
  endAt(st, end, j);
}

/** A full stop at token n: . ! ? ؟ with a space after it, not the dot of an initial or an abbreviation (U.S. force). */
function fullStop(st: ScanState, n: number): boolean {
  const { text, toks } = st;
  const t = toks[n];
  if (t.kind !== PUNCT || t.norm.length !== 1 || !hasCode(".!?؟", t.norm.charCodeAt(0)) || !isSpace(t.e < text.length ? text.charCodeAt(t.e) : 0x20)) return false;
  const prev = toks[n - 1];
  return !(t.norm === "." && prev && prev.kind === WORD && prev.e - prev.s === 1);
}

/**
 * '"…,” said Smith', '“…," said Smith': copy that mixes straight and curly marks. A closing-looking
 * mark (a word or punctuation before it, a space or punctuation after) with no opener of its own
 * closes the innermost open mark when that is `opener`.
 */
function closesOtherStyle(st: ScanState, t: Tok, opener: string): boolean {
  const top = st.stack[st.stack.length - 1];
  return !!top && top.ch === opener && rightFlank(st.text, t) && !leftFlank(st.text, t);
}

/** Which open mark a closing one pairs with (a mode, not a predicate closure per mark). */
function findOpen(stack: Open[], mode: number, fam: Family): number {
  // Real quotes nest two or three deep; looking further would make a text of
  // thousands of unbalanced marks quadratic.
  for (let j = stack.length - 1; j >= 0 && j >= stack.length - 16; j--) {
    const o = stack[j];
    if (mode === FIND_FAMILY ? o.fam === fam : mode === FIND_LOW9 ? o.fam === "dq" && (o.ch === "„" || o.ch === "“") : mode === FIND_CURLY ? o.fam === "dq" && o.ch !== '"' : mode === FIND_STRAIGHT ? o.ch === '"' : o.fam === "sq") return j;
  }
  return -1;
}

/** Opens, closes or sets aside the quotation mark at token k, by its style. */
function pairMark(st: ScanState, k: number): void {
  const { text, stack } = st;
  const t = st.toks[k];
  const ch = t.norm;
  const fam = family(ch);
  switch (ch) {
    case "«":
    case "‹":
    case "„":
    case "‚":
    case "‘":
      stack.push({ tok: k, fam, ch });
      break;
    case "»":
    case "›": {
      const j = findOpen(stack, FIND_FAMILY, fam);
      if (j >= 0) close(st, k, j);
      else if (leftFlank(text, t) && !rightFlank(text, t)) stack.push({ tok: k, fam, ch }); // »…« style
      else st.stray.push(k);
      break;
    }
    case "“": {
      // „…“ closes with “; some sites also close “…“.
      const j = findOpen(stack, FIND_LOW9, fam);
      if (j >= 0 && (stack[j].ch === "„" || (rightFlank(text, t) && !leftFlank(text, t)))) close(st, k, j);
      else stack.push({ tok: k, fam, ch });
      break;
    }
    case "”": {
      const j = findOpen(stack, FIND_CURLY, fam);
      if (j >= 0) close(st, k, j);
      else if (closesOtherStyle(st, t, '"')) close(st, k, stack.length - 1); // "…,” said Smith
      else if (leftFlank(text, t)) stack.push({ tok: k, fam, ch }); // لـ”عين اليوم”
      else st.stray.push(k);
      break;
    }
    case '"': {
      // world"s, it"s: a straight mark typed for the apostrophe.
      if (straightApostrophe(text, t)) {
        t.kind = PUNCT;
        break;
      }
      // Paired by position: an open " is closed by the next one, unless it reopens after a full stop
      // or opens a quotation of its own that the next mark closes.
      const j = findOpen(stack, FIND_STRAIGHT, fam);
      if (j >= 0 && reopensAfterStop(st, k, j)) {
        endAt(st, k - 1, j);
        stack.push({ tok: k, fam, ch });
      } else if (j >= 0 && opensInside(st, k, j)) {
        // A quotation of its own, nested or after the open one left unclosed.
        if (!closesLater(st, nextStraight(st, k))) leaveUnclosed(st, k, j);
        stack.push({ tok: k, fam, ch });
      } else if (j >= 0) close(st, k, j);
      else if (closesOtherStyle(st, t, "“")) close(st, k, stack.length - 1); // “…," said Smith
      else if (closingOnly(st, k) && !closingOnly(st, nextStraight(st, k))) st.stray.push(k); // …تشيلسي". with none open
      else stack.push({ tok: k, fam, ch });
      break;
    }
    case "’": {
      // An apostrophe (Trump’s, officials’) is not a closing mark unless a ‘ is open.
      const j = findOpen(stack, FIND_SINGLE, fam);
      const before = t.s > 0 ? text.charCodeAt(t.s - 1) : 0x20;
      const after = t.e < text.length ? text.charCodeAt(t.e) : 0x20;
      if (j >= 0 && !(isLetterOrNumber(before) && isLetterOrNumber(after))) close(st, k, j);
      else t.kind = PUNCT; // not a quotation mark after all
      break;
    }
  }
}

/**
 * The marks still open at the end of the paragraph: a lone ‘ is no mark; the outermost
 * " runs on into the next paragraph when that opens with a mark (English wire style);
 * any other is unbalanced, and the innermost " or « still quotes to the paragraph's end.
 */
function closeAtParagraphEnd(st: ScanState, paraEnd: number, nextOpensWithQuote: boolean): void {
  const { text, toks, stack } = st;
  for (let j = 0; j < stack.length; j++) {
    const o = stack[j];
    if (o.fam === "sq") {
      // A lone ‘ is as often a typo or a year (‘98) as a quote: leave it.
      toks[o.tok].kind = PUNCT;
      continue;
    }
    if (j === 0 && nextOpensWithQuote && o.fam === "dq") {
      addQuote(st, o.tok, -1, innerSpan(text, toks[o.tok].e, paraEnd), 0, true);
      continue;
    }
    st.unclosed.push(o.tok);
    // The closing mark is often forgotten at the end of an Arabic paragraph (قال: "…).
    // The last opening mark still quotes to the paragraph's end; the finding stays.
    if (j === stack.length - 1 && (o.fam === "dq" || o.fam === "guill")) {
      let words = 0;
      for (let k = o.tok + 1; k < toks.length && words < 2; k++) if (toks[k].kind === WORD) words++;
      if (words >= 2) addQuote(st, o.tok, -1, innerSpan(text, toks[o.tok].e, paraEnd, ".،,"), j, false);
    }
  }
}

/** Quote depth of each token (a mark counts as inside its own quote), by a difference array: linear however deep the nesting. */
function depths(toks: Tok[], quotes: Quote[]): number[] {
  const diff = clearedInts(toks.length + 1);
  for (const q of quotes) {
    diff[q.open]++;
    diff[(q.close >= 0 ? q.close : toks.length - 1) + 1]--;
  }
  // A plain array: a typed array this size lives outside the JS heap and costs a malloc per paragraph.
  const depth = new Array<number>(toks.length);
  for (let k = 0, d = 0; k < toks.length; k++) {
    d += diff[k];
    depth[k] = d > 100 ? 100 : d;
  }
  return depth;
}

/**
 * Pairs the quotation marks of one paragraph. `nextOpensWithQuote`: the next paragraph
 * opens with a quotation mark, so a quote left open here may run on into it.
 */
export function scanQuotes(text: string, toks: Tok[], paraEnd: number, nextOpensWithQuote: boolean): QuoteScan {
  const st: ScanState = { text, toks, quotes: [], stack: [], unclosed: [], stray: [] };
  for (let k = 0; k < toks.length; k++) if (toks[k].kind === QUOTE) pairMark(st, k);
  closeAtParagraphEnd(st, paraEnd, nextOpensWithQuote);
  const { quotes } = st;
  const depth = depths(toks, quotes);
  // By opening mark (quotes were added as they closed), and marks re-pointed at their quote.
  if (quotes.length > 1) {
    sortSmall(quotes, byOpen);
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i];
      toks[q.open].quote = i;
      if (q.close >= 0 && toks[q.close].kind === QUOTE) toks[q.close].quote = i;
    }
  }
  return { quotes, depth, unclosed: st.unclosed, stray: st.stray };
}

function byOpen(a: Quote, b: Quote): number {
  return a.open - b.open;
}

/** Whether a paragraph's first visible character is an opening double quotation mark. */
export function opensWithQuote(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    return c === 0x22 || c === 0x201c || c === 0x201e || c === 0xab;
  }
  return false;
}
