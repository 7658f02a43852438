// Blanks what is not prose in a Markdown document (front matter, fenced code,
// inline code, HTML comments, and the marks of its syntax: heading,
// quote and list markers, emphasis, link destinations, tags, table rules) with spaces,
// keeping every other character and every line break where it was: offsets stay the
// document's; a table cell's bar becomes a line break, the one mark that is not a
// space. "**Sami Haddad**, the minister, said" reads as the prose it renders.
//
// Every pattern is anchored on a rare character ([, <, `, *, _, ~, !, \, #, >) and
// bounded, so an 8 MB file or a hostile line of ten thousand unclosed brackets is
// read in linear time.
import { lexicon } from "../lexicon";
import { blankOut, normWord } from "./chars";

/** text with each [start, end) range of `ranges` (in order, not overlapping) blanked. */
function blankRanges(text: string, ranges: number[]): string {
  if (!ranges.length) return text;
  const out: string[] = [];
  let at = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    out.push(text.slice(at, ranges[r]), blankOut(text.slice(ranges[r], ranges[r + 1])));
    at = ranges[r + 1];
  }
  out.push(text.slice(at));
  return out.join("");
}

/** The front matter's range (a first line of --- or +++ up to the next such line), or []. */
function frontMatter(text: string): number[] {
  const fm = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!fm) return [];
  const closeRe = new RegExp(`\\r?\\n${fm[1] === "+++" ? "\\+\\+\\+" : "---"}[ \\t]*(\\r?\\n|$)`, "g");
  closeRe.lastIndex = fm[0].length - 1;
  const m = closeRe.exec(text);
  return m ? [0, m.index + m[0].length] : [];
}

/** The ranges of fenced code blocks from `from` on (an unclosed one runs to the end). */
function fencedCode(text: string, from: number): number[] {
  const out: number[] = [];
  const fenceRe = /^ {0,3}(`{3,}|~{3,})[^\n]*/gm;
  fenceRe.lastIndex = from;
  let open: { fence: string; start: number } | null = null;
  for (let m = fenceRe.exec(text); m; m = fenceRe.exec(text)) {
    if (!open) open = { fence: m[1], start: m.index };
    else if (m[1][0] === open.fence[0] && m[1].length >= open.fence.length && m[0].trim() === m[1]) {
      out.push(open.start, m.index + m[0].length);
      open = null;
    }
  }
  if (open) out.push(open.start, text.length);
  return out;
}

/** The ranges of front matter and fenced code, as flat start, end pairs in order. */
function codeBlocks(text: string): number[] {
  const fm = frontMatter(text);
  return [...fm, ...fencedCode(text, fm.length ? fm[1] : 0)];
}

// Inline code spans and HTML comments (an unclosed comment runs to the end), read after the blocks.
// (One pattern for both, so a backtick inside a comment or <!-- inside code is read as it is.)
const INLINE_CODE_OR_COMMENT = /(`+)[^`\n][^\n]{0,2000}?\1|<!--[\s\S]*?(?:-->|$)/g;

/** `keepComments`: HTML comments stay (the caller reads isnad comments in them first). */
export function maskMarkdown(text: string, keepComments = false): string {
  const masked = blankRanges(text, codeBlocks(text));
  const prose = masked.replace(INLINE_CODE_OR_COMMENT, (m) => (keepComments && m.startsWith("<!--") ? m : blankOut(m)));
  return maskSyntax(prose);
}

/**
 * The stretches of a Markdown document that are code or front matter, in order, as maskMarkdown
 * reads them (front matter, fenced blocks, inline code spans; not comments): an editor's fixes leave
 * them alone. The front matter's ends at its closing line, without the line break after it.
 */
export function markdownCode(text: string): [number, number][] {
  const blocks = codeBlocks(text);
  const out: [number, number][] = [];
  for (let r = 0; r < blocks.length; r += 2) out.push([blocks[r], blocks[r + 1]]);
  if (out.length && out[0][0] === 0 && /^(---|\+\+\+)/.test(text)) out[0][1] = text.slice(0, out[0][1]).replace(/\r?\n$/, "").length;
  for (const m of blankRanges(text, blocks).matchAll(INLINE_CODE_OR_COMMENT)) if (m[0][0] === "`") out.push([m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}

const QUOTE_MARKS = "\"'«»“”‘’„";

/**
 * Whether a run of emphasis marks between `before` and `after` stands inside a quotation's marks,
 * against its words: "*so (an opening mark, a word) or so*" and so.*" (a word or an end mark, a
 * closing mark). Outside them, *"so"*. or (*"so"*), a space keeps the mark's side.
 */
function insideQuote(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  if (QUOTE_MARKS.includes(before)) return wordChar(after);
  return QUOTE_MARKS.includes(after) && (wordChar(before) || ".,!?؟،…;:".includes(before));
}

/** A letter or digit (no space, no punctuation or symbol, not the text's edge). */
function wordChar(ch: string | undefined): boolean {
  return ch !== undefined && !/[\s\p{P}\p{S}]/u.test(ch);
}

/**
 * A link's bracket (with its destination, for the closing one) as spaces, or as invisible left-to-right
 * marks when the link's text is glued to a word, an apostrophe or a quotation mark outside it:
 * "[Haddad](…)'s son" reads "Haddad's son", one name, as "**Haddad**'s" does; "و[سامي حداد](…)" keeps
 * its conjunction on the name; “[Crooked Hillary](…) Clinton …” opens its quotation (no space after “).
 */
function glued(outside: string | undefined, marks: string): string {
  return wordChar(outside) || (outside !== undefined && QUOTE_MARKS.includes(outside)) ? "\u200e".repeat(marks.length) : blankOut(marks);
}

/**
 * The character at `i` or, past a run of emphasis marks there, the one after it in direction `step`:
 * a link in bold, "**[Haddad](…)**'s son", is glued to the 's as the link alone is.
 */
function pastEmphasis(all: string, i: number, step: 1 | -1): string | undefined {
  let j = i;
  while (j >= 0 && j < all.length && Math.abs(j - i) < 3 && "*_~".includes(all[j])) j += step;
  return all[j];
}

/**
 * The marks of Markdown's syntax as spaces, their text kept: a link's text stays and its
 * destination and title go (a title's quotation marks are no quotation), an image goes whole.
 * Code and comments are already blank (no pattern here reaches into them).
 */
function maskSyntax(text: string): string {
  // \* \_ \# — a backslash escape: the mark after it is text (kept), the backslash is not.
  const escaped = new Set<number>();
  const lazy = lazyOrderedMarkers(text);
  return (
    text
      .replace(/\\(?=[!-/:-@[-`{-~])/g, (_m, at: number) => {
        escaped.add(at + 1);
        return " ";
      })
      // A backslash at a line's end is a hard line break, no character of the text.
      .replace(/\\(?=\r?\n)/g, " ")
      // A thematic break (***, - - -) or a setext heading's underline (===, ---): no words.
      .replace(/^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$/gm, blankOut)
      // A table: the delimiter row (| --- | :-: |) goes; in the other rows each cell's bar is a line
      // break, so a cell reads as a paragraph of its own ("| Haddad | said the talks stalled |").
      .replace(/^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/gm, blankOut)
      .replace(/^ {0,3}\|[^\n]*\|[ \t]*$/gm, (row: string, at: number) => row.replace(/\|/g, (_b, i: number) => (escaped.has(at + i) ? "|" : "\n")))
      // [ref]: https://… "title" — a link reference definition line.
      .replace(/^ {0,3}\[[^\]\n]{1,500}\]:[^\n]*/gm, blankOut)
      // ![alt](src "title") — an image.
      .replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, (m: string, at: number) => (escaped.has(at) || escaped.has(at + 1) ? m : blankOut(m)))
      // [text](https://… "title"), [text][ref] — a link: its text is prose.
      // (Its text may run over a line of the paragraph, not over a blank line; it opens at the last [
      // before it: "a [U.S.[ force, [the army](…)" links "the army" only.)
      .replace(/\[((?:[^[\]\n]|\n(?![ \t]*\n)){0,500})\](\([^)\n]{0,2000}\)|\[[^\]\n]{0,100}\])/g, (m: string, t: string, rest: string, at: number, all: string) =>
        escaped.has(at) ? m : `${glued(pastEmphasis(all, at - 1, -1), "[")}${t}${glued(pastEmphasis(all, at + m.length, 1), "]" + rest)}`,
      )
      // <https://…>, <b>, </i>, <br/> — autolinks and tags (not comments: <! is not matched).
      .replace(/<(?:https?:\/\/|mailto:)[^>\s]{1,2000}>|<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?\/?>/g, (m: string, at: number) => (escaped.has(at) ? m : blankOut(m)))
      // Line starts: quote markers (> >), then a heading's #s or a list marker (-, *, +, 1., 1)).
      // (An escaped mark, \# or \-, is text: the backslash is a space by now.)
      .replace(/^[ \t]*>(?:[ \t]*>)*[ \t]?/gm, (m: string, at: number) => (escaped.has(at + m.indexOf(">")) ? m : blankOut(m)))
      // (Not a number that goes on with the paragraph: "… in\n1986. That was …", lazyOrderedMarkers.)
      .replace(/^([ \t]*)(#{1,6}(?=[ \t]|$)|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))/gm, (m: string, lead: string, _mark: string, at: number) => (escaped.has(at + lead.length) || lazy.has(at + lead.length) ? m : blankOut(m)))
      // **bold**, _em_, ~~struck~~: a run of marks against a word on one side only (it opens or
      // closes); inside a word (snake_case, 2*3) or between spaces (2 * 3) it stays.
      .replace(/[*_~]+/g, (run: string, at: number, s: string) => {
        if (run.length > 3 || escaped.has(at)) return run;
        const before = at > 0 ? s[at - 1] : undefined;
        const after = s[at + run.length];
        const touchesBefore = before !== undefined && !/\s/.test(before);
        const touchesAfter = after !== undefined && !/\s/.test(after);
        // (و**كريم دبور**: bold after a clitic, Arabic letters on both sides, is emphasis, invisible as a
        // link's glued brackets are; elsewhere marks inside a word stay: snake_case, 2*3.)
        if (run[0] === "*" && ARABIC_LETTER.test(before ?? "") && ARABIC_LETTER.test(after ?? "")) return "\u200e".repeat(run.length);
        if (wordChar(before) && wordChar(after)) return run;
        if (!touchesBefore && !touchesAfter) return run;
        // "*so*": between a quotation mark and its words a space would turn the mark round (a space
        // inside "), so the run becomes left-to-right marks, invisible and no space to the scan.
        return insideQuote(before, after) ? "\u200e".repeat(run.length) : blankOut(run);
      })
  );
}

// A line that starts a block of its own, so the line break before it ends a paragraph (read after
// the line's quote markers): a heading, a list item, a table row, a fence, a thematic break or a
// setext heading's underline.
const BLOCK_START = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|\||`{3}|~{3}|(?:[-*_=][ \t]*){3,}$|=+[ \t]*$)/;
const QUOTE_MARKERS = /^[ \t]{0,3}>(?:[ \t]*>)*[ \t]?/;

/**
 * Whether `rest` (a line after its quote markers, at offset `at` of the text) starts a block of its own;
 * not a number the masking kept as text (lazyOrderedMarkers): "1986." going on with a paragraph.
 */
function startsBlock(rest: string, work: string, at: number): boolean {
  if (!BLOCK_START.test(rest)) return false;
  const digit = /^ {0,3}\d/.exec(rest);
  return !digit || !/\d/.test(work[at + digit[0].length - 1]);
}

/** The number of quote markers at the start of `line` and the line after them. */
function quoteLevel(line: string): [number, string] {
  const m = QUOTE_MARKERS.exec(line);
  if (!m) return [0, line];
  let n = 0;
  for (const c of m[0]) if (c === ">") n++;
  return [n, line.slice(m[0].length)];
}

/** A line that ends a paragraph and is no paragraph's text (a heading, a table row, a rule, an HTML comment). */
const NO_PARAGRAPH = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|\||(?:[-*_=][ \t]*){3,}$|=+[ \t]*$|<!--)/;
const ORDERED = /^([ \t]*)(\d{1,9})[.)](?=[ \t]|$)/;

/**
 * The offsets of the numbers opening lines that go on with the paragraph before instead of starting
 * a list item, as CommonMark reads them: a paragraph is interrupted by an ordered list only at 1 (and
 * not by an empty item), so "… opened in\n1986. That was the year …" is one paragraph, its year text;
 * a number after a list item's paragraph starts the next item (2. after 1.). One walk over the lines,
 * only when some line opens with a number.
 */
function lazyOrderedMarkers(text: string): Set<number> {
  const out = new Set<number>();
  if (!/^[ \t>]*\d{1,9}[.)]/m.test(text)) return out;
  let prevText = false; // the line before is a paragraph's text, which a line can go on with
  let prevLevel = 0;
  let inList = false; // that paragraph is a list item's, or inside one
  for (let ps = 0; ps < text.length; ) {
    let nl = text.indexOf("\n", ps);
    if (nl < 0) nl = text.length;
    const [level, rest] = quoteLevel(text.slice(ps, nl));
    const ordered = ORDERED.exec(rest);
    if (!/\S/.test(rest)) prevText = false;
    else if (ordered && prevText && !inList && level === prevLevel && (Number(ordered[2]) !== 1 || !/\S/.test(rest.slice(ordered[0].length + 1)))) {
      out.add(nl - rest.length + ordered[1].length);
    } else if (ordered || /^[ \t]*[-*+][ \t]/.test(rest)) {
      inList = true;
      prevText = true;
    } else if (NO_PARAGRAPH.test(rest)) {
      inList = false;
      prevText = false;
    } else {
      // (A paragraph after a blank line, not indented as a list item's next paragraph is, ends the list.)
      if (!prevText && !/^[ \t]{2,}/.test(rest)) inList = false;
      prevText = true;
    }
    prevLevel = level;
    ps = nl + 1;
  }
  return out;
}

/** How long a line must be to be read as a paragraph of plain text (wrapped Markdown is shorter). */
const PLAIN_LINE = 200;

/** How long a line after a long one may be to read as a heading (characters). */
const HEADING_LINE = 80;
const ENDS_SENTENCE = /[.!?؟…]["”»’')]*$/;
const ARABIC_LETTER = /[\u0621-\u064a]/;

/**
 * Whether the line ending at the break at `nl` reads as a paragraph of copy typed as plain text,
 * one paragraph a line: long, and ending a sentence (after its closing mark), or Arabic going on in
 * Arabic (Arabic copy ends a paragraph with no full stop as often as with one, and is not broken by
 * hand at such a width), or with a heading-like line after it (short, no end mark, then a blank line).
 * The next line is a paragraph of its own, as in a .txt file (wrapped Markdown has no line so long).
 * (Not a long English line ending mid-sentence: a paragraph broken by hand at a width of its own runs on.)
 */
function plainLine(work: string, nl: number): boolean {
  let e = nl;
  while (e > 0 && (work.charCodeAt(e - 1) === 13 || work.charCodeAt(e - 1) === 32 || work.charCodeAt(e - 1) === 9)) e--;
  const s = work.lastIndexOf("\n", e - 1) + 1;
  if (e - s < PLAIN_LINE) return false;
  const tail = work.slice(Math.max(s, e - 8), e);
  if (ENDS_SENTENCE.test(tail)) return true;
  if (runsOn(work, s, e)) return false;
  let ns = nl + 1;
  while (ns < work.length && (work.charCodeAt(ns) === 32 || work.charCodeAt(ns) === 9)) ns++;
  if (ARABIC_LETTER.test(tail) && ARABIC_LETTER.test(work[ns] ?? "")) return true;
  return headingLine(work, ns);
}

/**
 * Whether the line [s, e) ends mid-sentence for sure: after a comma, colon or semicolon, or a word
 * no paragraph ends with (ar-words lineRunsOn: إن، في، و …).
 */
function runsOn(work: string, s: number, e: number): boolean {
  if (/[,،:;؛]/.test(work[e - 1] ?? "")) return true;
  const last = arabicWordBefore(work, s, e);
  if (last < 0) return false;
  const ar = lexicon().ar;
  const word = normWord(work.slice(last, e));
  if (ar.lineRunsOn.has(word)) return true;
  // (إن الحكومة: a complementiser's subject with no predicate after it.)
  let p = last;
  while (p > s && work.charCodeAt(p - 1) === 32) p--;
  const before = p < last ? arabicWordBefore(work, s, p) : -1;
  return before >= 0 && word.startsWith("ال") && ar.lineComplementisers.has(normWord(work.slice(before, p)));
}

/** Where the Arabic word ending at `e` starts (a whole word, within [s, e)); -1: none ends there. */
function arabicWordBefore(work: string, s: number, e: number): number {
  let w = e;
  while (w > s && ARABIC_LETTER.test(work[w - 1])) w--;
  return w < e && (w === s || !/\p{L}/u.test(work[w - 1])) ? w : -1;
}

/**
 * Whether the short line ending at the break at `nl` is a headline of its own between paragraphs
 * typed one a line: a long line before it ended its paragraph (plainLine), it reads as a heading
 * (short, no end mark), and Arabic copy goes on after it («حزمة تمويل جديدة لليونان» between two
 * paragraphs is no part of the next one's sentence).
 */
function headlineLine(work: string, nl: number): boolean {
  const s = work.lastIndexOf("\n", nl - 1) + 1;
  if (s === 0 || nl - s > HEADING_LINE || !plainLine(work, s - 1)) return false;
  const line = work.slice(s, nl).trim();
  if (!line || ENDS_SENTENCE.test(line) || !/[\p{L}\p{N}]$/u.test(line) || runsOn(line, 0, line.length)) return false;
  let ns = nl + 1;
  while (ns < work.length && (work.charCodeAt(ns) === 32 || work.charCodeAt(ns) === 9)) ns++;
  return ARABIC_LETTER.test(work[ns] ?? "");
}

/** Whether the line starting at `s` (its text) is heading-like: short, no end mark, a blank line or the end after it. */
function headingLine(work: string, s: number): boolean {
  let e = work.indexOf("\n", s);
  if (e < 0) e = work.length;
  const line = work.slice(s, e).trimEnd();
  if (!line || line.length > HEADING_LINE || ENDS_SENTENCE.test(line) || /[,،:;؛]$/.test(line)) return false;
  let n = e + 1;
  while (n < work.length && (work.charCodeAt(n) === 32 || work.charCodeAt(n) === 9 || work.charCodeAt(n) === 13)) n++;
  return n >= work.length || work.charCodeAt(n) === 10;
}

/** Lines this long on average are paragraphs, not a paragraph wrapped (wrapped Markdown runs to 80 or so). */
const PARAGRAPH_LINE = 150;

/**
 * Whether a Markdown file is copy typed one paragraph a line, with hardly a blank line between
 * (a .txt article saved as .md): its lines are its paragraphs, none is joined. Told by the blank
 * lines (one at most) and by the lines Markdown would join to the next
 * (no block of its own starts there): most end a sentence, or they are long on average (Arabic
 * copy often ends a paragraph with no full stop), where a wrapped paragraph's lines are short and
 * end mid-sentence. One pass over the text.
 */
function typedLineByLine(input: string, work: string): boolean {
  let prose = 0;
  let blank = 0;
  let joined = 0;
  let ended = 0;
  let chars = 0;
  let prev = -1; // the previous line's end when it was prose, -1 otherwise
  for (let ps = 0; ps <= work.length; ) {
    let nl = work.indexOf("\n", ps);
    if (nl < 0) nl = work.length;
    let e = nl;
    while (e > ps && /\s/.test(work[e - 1])) e--;
    let b = ps;
    while (b < e && /\s/.test(work[b])) b++;
    if (b === e) {
      // (The end of a text after its last line break is no blank line.)
      blank += nl < work.length ? 1 : 0;
      prev = -1;
    } else {
      prose++;
      const rest = quoteLevel(input.slice(ps, nl))[1];
      if (prev >= 0 && !startsBlock(rest, work, nl - rest.length)) {
        // The line before would run on into this one: did it end a sentence, how long was it?
        const ls = work.lastIndexOf("\n", prev - 1) + 1;
        joined++;
        chars += prev - ls;
        if (ENDS_SENTENCE.test(work.slice(Math.max(ls, prev - 8), prev))) ended++;
      }
      prev = e;
    }
    ps = nl + 1;
  }
  // (At most one blank line, after a headline: an author who leaves blank lines between paragraphs
  // writes Markdown paragraphs, a sentence a line or wrapped.)
  if (joined < 2 || blank > 1) return false;
  return ended * 2 >= joined || chars / joined >= PARAGRAPH_LINE;
}

/**
 * `work` (the masked Markdown of `input`) with each line break inside a paragraph a space:
 * Markdown joins the lines of a paragraph (a soft break, or a hard one: two spaces or a
 * backslash at the line's end), so a sentence wrapped over lines, in a list item or a block
 * quote (> on every line, or on the first only), reads as one. A blank line, a heading, a list
 * item, a table row, a fence or a change of quote level ends the paragraph, and so does the end of
 * a long line (plainLine); copy typed one paragraph a line with hardly a blank line is left as it
 * is (typedLineByLine). Offsets stay.
 */
export function joinParagraphLines(input: string, work: string): string {
  if (input.indexOf("\n") < 0 || typedLineByLine(input, work)) return work;
  // (Pieces of the text between the joined breaks, not an array of its characters: 8 MB files.)
  const out: string[] = [];
  let at = 0;
  let ps = 0;
  let prevLevel = -1; // the quote level of the line before (-1: no prose line before)
  let prevOpen = false; // the line before is a paragraph's line a next line can continue
  for (let nl = input.indexOf("\n"); ps <= input.length; nl = input.indexOf("\n", ps)) {
    const le = nl < 0 ? input.length : nl;
    const line = input.slice(ps, input[le - 1] === "\r" ? le - 1 : le);
    const [level, rest] = quoteLevel(line);
    const prose = /\S/.test(work.slice(ps, le));
    const continues = prose && prevOpen && !startsBlock(rest, work, ps + line.length - rest.length) && (level === prevLevel || level === 0) && !plainLine(work, ps - 1) && !headlineLine(work, ps - 1);
    if (continues) {
      const br = work[ps - 2] === "\r" ? ps - 2 : ps - 1;
      out.push(work.slice(at, br), br === ps - 2 ? "  " : " ");
      at = ps;
    }
    const heading = /^ {0,3}#{1,6}(?:[ \t]|$)/.test(rest) || rest.trimStart().startsWith("|");
    prevOpen = prose && !heading;
    if (!continues) prevLevel = level;
    if (nl < 0) break;
    ps = nl + 1;
  }
  if (!out.length) return work;
  out.push(work.slice(at));
  return out.join("");
}

/**
 * Where the Markdown paragraph holding an offset ends, as the analysis reads paragraphs (a blank
 * line, a list item, a heading, a change of quote level, a long line ending a sentence): the
 * offset of the line break that ends it, or the text's end. The text is read once; ask for as
 * many offsets as needed (an editor's quick fixes close quotations at their paragraph's end).
 */
export function markdownParagraphEnds(text: string): (offset: number) => number {
  const work = joinParagraphLines(text, maskMarkdown(text));
  return (offset) => {
    const nl = work.indexOf("\n", offset);
    return nl < 0 ? text.length : nl;
  };
}
