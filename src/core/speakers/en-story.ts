// Where a new story starts in English copy that runs wire stories together (an archive): a headline
// line in capitals ("ACME TO CUT 500 JOBS IN OHIO") before a lead in ordinary case, or the paragraph
// after a wire's sign-off (REUTER); in an archive so found, a headline in sentence case too ("Harbour
// firm cuts 500 jobs" before a lead of a full sentence). A pronoun or a
// description ("it", "he", "the company", "the spokesman") never refers across it to a speaker of the
// story before (the resolver's floor).
import { lexicon } from "../lexicon";

/** Most characters a headline line holds. */
const HEADLINE_MAX = 200;
/**
 * How many capitals headlines make a document an archive of stories run together: one article's
 * subheads in capitals (RATES OUTLOOK) are no story starts, and a pronoun after one still refers back.
 */
const ARCHIVE_HEADLINES = 4;
/** How many wire sign-offs (REUTER) make a document an archive. */
const ARCHIVE_SIGNOFFS = 2;
/** Most characters of a headline in sentence case, and fewest of the lead after it (a paragraph, not a table's line). */
const CASED_HEADLINE_MAX = 100;
const LEAD_MIN = 100;

/**
 * The offsets where a story starts in `doc`, when it is an archive of stories run together (see
 * ARCHIVE_HEADLINES): each headline line, a paragraph of two words or more in capitals with no
 * lower-case letter and no full stop at its end (not "FULL TEXT.", not a table's "CORN"), followed
 * by a paragraph with lower-case letters; and each paragraph after one ending with REUTER. In order
 * (the two kinds are found in one pass, so they stay sorted). Linear: one walk over the lines, and
 * only blank lines are crossed to the lead.
 */
export function storyStarts(doc: string): number[] {
  const starts: number[] = [];
  // Headlines in sentence case, kept apart: story starts only in an archive the others make.
  const cased: number[] = [];
  let headlines = 0;
  let signoffs = 0;
  let afterBlank = true;
  // (Whether the last paragraph ended a sentence or signed off: a cased headline follows only such a one.)
  let ended = true;
  // A walk over the lines: most are paragraphs far longer than a headline, passed on their length.
  for (let s = 0; s < doc.length; ) {
    const e = doc.indexOf("\n", s);
    if (e < 0) break; // (the last line has no story after it)
    // (A blank line itself is passed at once: the run after a line is crossed once, from that line.)
    if (blankLine(doc, s, e)) {
      s = e + 1;
      afterBlank = true;
      continue;
    }
    const next = afterBlankLines(doc, e + 1);
    if (next > e + 1 && next < doc.length) {
      // (The sign-off first: REUTER alone on its line is no headline.)
      if (signsOff(doc, s, e)) {
        starts.push(next);
        signoffs++;
      } else if (e - s >= 3 && headline(doc.slice(s, e)) && LOWER.test(doc.slice(next, lineEnd(doc, next)))) {
        starts.push(s);
        headlines++;
      } else if (afterBlank && ended && e - s <= CASED_HEADLINE_MAX && casedHeadline(doc.slice(s, e)) && lead(doc.slice(next, lineEnd(doc, next)))) {
        cased.push(s);
      }
    }
    ended = /[.!?"”’']\s*$/u.test(doc.slice(Math.max(s, e - 4), e)) || signsOff(doc, s, e);
    afterBlank = false;
    s = e + 1;
  }
  if (headlines < ARCHIVE_HEADLINES && signoffs < ARCHIVE_SIGNOFFS) return [];
  return cased.length ? merged(starts, cased) : starts;
}

/**
 * A headline in sentence or title case, a paragraph of its own: two to fourteen words, the first
 * capitalised, a lower-case letter (not one in capitals), no punctuation closing a sentence, a clause or a
 * quote at its end, and no table's figures ("Revs 16.5 mln vs 33.2 mln", "Pay April 30" before a short line).
 */
function casedHeadline(line: string): boolean {
  const t = line.trim();
  // (Nor one ending in a figure or a dash, a table's line or a slug, "Record April 15", "Rosario - 6, 5, 7",
  // nor in a function word, a lead's first words: "… went to form in Sheffield as".)
  if (!/^[\p{Lu}\d'‘]/u.test(t) || !LOWER.test(t) || /[.:;,!?"'”’)\d\-–—]$/u.test(t)) return false;
  const words = t.toLowerCase().split(/\s+/u);
  if (words.some((w) => lexicon().en.tableLineWords.has(w.replace(/\.$/u, ""))) || lexicon().en.headlineNoEnd.has(words[words.length - 1])) return false;
  return words.length >= 2 && words.length <= 14;
}

/** A story's lead after a headline: a long paragraph opening with a capital and ending a sentence (not a table's NOTE). */
function lead(line: string): boolean {
  const t = line.trim();
  const first = /^\p{Lu}+/u.exec(t)?.[0] ?? "";
  return t.length >= LEAD_MIN && /^["“‘']?\p{Lu}/u.test(t) && /[.!?"”’]$/u.test(t) && !lexicon().en.leadNotWords.has(first.toLowerCase());
}

/** The two sorted lists of offsets as one. */
function merged(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++]);
  return out;
}

const LOWER = /\p{Ll}/u;

/** A headline line: at most HEADLINE_MAX characters once trimmed, no lower-case letter, no full stop or colon at its end, two words in capitals. */
function headline(line: string): boolean {
  const t = line.trim();
  if (t.length > HEADLINE_MAX || LOWER.test(t) || /[.:]$/u.test(t)) return false;
  const words = t.match(/\p{Lu}{2,}/gu);
  return !!words && words.length >= 2;
}

/** The end of the line starting at `s` (its line break, or the text's end). */
function lineEnd(doc: string, s: number): number {
  const e = doc.indexOf("\n", s);
  return e < 0 ? doc.length : e;
}

/** The start of the first line at or after `s` with something on it, past blank lines (spaces, tabs, a CR). */
function afterBlankLines(doc: string, s: number): number {
  let at = s;
  for (;;) {
    let i = at;
    while (i < doc.length && (doc[i] === " " || doc[i] === "\t" || doc[i] === "\r")) i++;
    if (doc[i] !== "\n") return at;
    at = i + 1;
  }
}

/** Whether the line [s, e) holds nothing but spaces and tabs. */
function blankLine(doc: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (doc[i] !== " " && doc[i] !== "\t" && doc[i] !== "\r") return false;
  return true;
}

/** Whether the line [s, e) ends with the wire's sign-off REUTER (a word of its own). */
function signsOff(doc: string, s: number, e: number): boolean {
  let t = e;
  while (t > s && (doc[t - 1] === " " || doc[t - 1] === "\t" || doc[t - 1] === "\r")) t--;
  return t - s >= 6 && doc.startsWith("REUTER", t - 6) && (t - 6 === s || !/[\p{L}\p{N}_]/u.test(doc[t - 7]));
}

/** The latest of the sorted offsets `starts` at or before `at`; 0 when none is. */
export function storyStartBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1] : 0;
}
