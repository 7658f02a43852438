// Reading one paragraph: everything the paragraph says by itself, before any speaker
// is resolved. Tokens, quotation marks, sentences, anonymity phrases, statements and
// the paragraph rules' findings; the result holds no token and counts its offsets from
// the paragraph's start, so an editor can keep it while the paragraph moves.
import { headlineCandidates, keepWrittenSources, linkEnd, splitAtHeadline } from "../ar/link-line";
import { markSpellings } from "../ar/spelling";
import { anonymityPhrases, type AnonymityPhrase } from "../anonymity/tie";
import { findAnonymity } from "../anonymity/phrases";
import { continueQuotes } from "../en/continued-quotes";
import { zeroBytes, zeroDepths } from "../perf/scratch";
import { checkParagraph, type RuleReport } from "../rules";
import { findStatements } from "../statements/find";
import { END, isPunct, isWord, type Para } from "../text/paragraph";
import { scanQuotes, type QuoteScan } from "../text/quotes";
import { cueCandidates, materialize, scanTokens } from "../text/scanner";
import { splitSentences } from "../text/sentences";
import { OPENS, QUOTE } from "../text/token";
import { keepParagraph } from "./keep-warm";
import { readStatement, type ParagraphStatement } from "./statement-shape";

export interface ParagraphReading {
  /** By its letters (Arabic wins ties); null: no letters at all. */
  lang: "ar" | "en" | null;
  /** Whether the next paragraph opened with a quotation mark (an open quote may run on into it). */
  nextOpens: boolean;
  /** Whether the paragraph had anything to read: a cue, an anonymity phrase or a quotation mark. */
  busy: boolean;
  statements: ParagraphStatement[];
  anonymity: AnonymityPhrase[];
  /** Findings of the paragraph rules. */
  findings: RuleReport[];
  /** The quotation that continues the previous paragraph's statement (only when asked for one). */
  continued: ContinuedQuote | null;
  /**
   * A paragraph that opens with a quotation mark and has no statement of its own (an Arabic one: a whole
   * quoted sentence, arQuotedSentence): its quotations (relative spans), which go on with the previous
   * paragraph's direct quotation when it has a speaker (pipeline/document.ts). null otherwise.
   */
  followOn: [number, number][] | null;
  /** A bare link line (اقرأ أيضاً|, ar/link-line.ts): the next paragraph is the linked headline, nobody's words. */
  bareLink: boolean;
  /** It depends on text outside the paragraph (Para.outside): an editor's cache does not keep it. */
  outside: boolean;
}

/** A quotation that ran on from the previous paragraph (relative offsets). */
export interface ContinuedQuote {
  s: number;
  e: number;
  /** It runs on again into the next paragraph. */
  runsOn: boolean;
}

/**
 * Reads text[ps, pe). `nextOpens`: the next paragraph opens with a quotation mark;
 * `continuesQuote`: the previous paragraph left a quotation open that may go on here;
 * `headline`: the paragraph is the headline under a bare link line (ar/link-line.ts).
 */
export function readParagraph(text: string, ps: number, pe: number, nextOpens: boolean, continuesQuote: boolean, headline = false): ParagraphReading {
  const pass = scanTokens(text, ps, pe);
  const lang = pass.arLetters === 0 && pass.latinLetters === 0 ? null : pass.arLetters >= pass.latinLetters ? "ar" : "en";
  // Most paragraphs of a long archive hold no cue, no anonymity phrase and no quotation mark.
  if (!lang || !(pass.hit || pass.marks)) return quiet(lang, nextOpens);

  // Tokens are recycled paragraph after paragraph: the reading below keeps none.
  const toks = materialize(text, pass, true);
  // علي the name is not على the preposition, يدعى "is called" is no cue (ar/spelling.ts).
  if (pass.arLetters > 0) markSpellings(text, toks);
  // اقرأ أيضاً: … sends the reader to another story: the link is no cue, the headline after it a headline (ar/link-line.ts).
  const link = pass.arLetters > 0 ? linkEnd(toks) : -1;
  if (link >= toks.length) return { ...quiet(lang, nextOpens), bareLink: true };
  // Only words the lexicon flagged (or that precede a flagged second word) can start a cue.
  const candidates = headlineCandidates(cueCandidates(pass), link);
  const scan: QuoteScan = pass.marks ? scanQuotes(text, toks, pe, nextOpens) : { quotes: [], depth: zeroDepths(toks.length), unclosed: [], stray: [] };
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  splitSentences(toks, scan.depth, sentStart, sentEnd);
  splitAtHeadline(sentStart, sentEnd, link);
  const p: Para = { text, toks, quotes: scan.quotes, depth: scan.depth, start: ps, end: pe, lang, sentStart, sentEnd, inAnon: zeroBytes(toks.length), outside: false };

  const anon = findAnonymity(p, candidates, candidates.length);
  if (anon.length) {
    p.inAnon = new Uint8Array(toks.length);
    for (const [a, b] of anon) for (let k = a; k < b; k++) p.inAnon[k] = 1;
  }
  const continued = continuesQuote ? continuation(p, ps) : null;
  const found = findStatements(p, candidates, candidates.length);
  if (link >= 0 || headline) keepWrittenSources(p, found);
  if (lang === "en") continueQuotes(p, found);

  const statements = found.map((r) => readStatement(p, r, ps));
  const findings: RuleReport[] = [];
  checkParagraph(p, scan, found, ps, findings);
  keepParagraph(p, scan, found);
  return { lang, nextOpens, busy: true, statements, anonymity: anonymityPhrases(p, anon, found, ps), findings, continued, followOn: followOn(p, found.length, ps), bareLink: false, outside: p.outside };
}

/**
 * BBC and Reuters copy, and Arabic copy, quote a speaker over several paragraphs and name them once: a
 * paragraph that is only quotation(s), opening with the mark, and has no statement of its own. (Whether it
 * follows on is the document's call: after a direct quotation with a speaker, pipeline/document.ts.)
 */
function followOn(p: Para, statements: number, base: number): [number, number][] | null {
  const t = p.toks[0];
  if (!p.lang || statements > 0 || t.kind !== QUOTE || t.quoteRole !== OPENS) return null;
  // (Arabic copy sets quoted crossheads on a line of their own, "كانت ليلة جحيم": a follow-on there is a
  // sentence, ended by its stop, of some length.)
  if (p.lang === "ar" && !arQuotedSentence(p)) return null;
  const out: [number, number][] = [];
  // (The last may run on into the next paragraph, a quotation over several paragraphs opening each with
  // a mark: the next paragraph, if it has no cue of its own, follows on in turn.)
  for (const q of p.quotes) if (q.used < 0 && q.depth === 0 && (q.close >= 0 || q.runsOn)) out.push([q.s - base, q.e - base]);
  return out.length ? out : null;
}

/** Words an Arabic paragraph that is only a quotation holds, at least, to follow on from a speaker's quotation. */
const AR_FOLLOW_WORDS = 6;

/**
 * The Arabic paragraph is all quoted words (no word outside the marks: not «"بريكسيت": ما الذي تعنيه …؟»),
 * words enough, ending with a full stop inside or after the closing mark.
 */
function arQuotedSentence(p: Para): boolean {
  const toks = p.toks;
  let words = 0;
  for (let k = 0; k < toks.length; k++) {
    if (!isWord(toks[k])) continue;
    if (p.depth[k] === 0) return false;
    words++;
  }
  if (words < AR_FOLLOW_WORDS) return false;
  for (let k = toks.length - 1; k >= 0 && k >= toks.length - 3; k--) if (isPunct(toks[k], END)) return true;
  return false;
}

/**
 * A quotation left open by the previous paragraph goes on when this one's first
 * quotation mark opens a quotation: it is nobody's statement here.
 */
function continuation(p: Para, base: number): ContinuedQuote | null {
  const q = p.quotes[0];
  if (!q || q.open !== p.toks.findIndex((t) => t.kind === QUOTE)) return null;
  q.used = 1_000_000;
  return { s: q.s - base, e: q.e - base, runsOn: q.runsOn };
}

// Readings of quiet paragraphs are all alike: one read-only object per language and next-paragraph flag.
const QUIET: readonly ParagraphReading[] = (["ar", "en", null] as const).flatMap((lang) =>
  [false, true].map((nextOpens) => Object.freeze({ lang, nextOpens, busy: false, statements: [] as ParagraphStatement[], anonymity: [] as AnonymityPhrase[], findings: [] as RuleReport[], continued: null, followOn: null, bareLink: false, outside: false })),
);

/** The quiet reading of index i (0–5), as quiet() hands them out: readings made on another thread are sent by index (perf/split-reading.ts). */
export const quietReading = (i: number): ParagraphReading => QUIET[i];

function quiet(lang: "ar" | "en" | null, nextOpens: boolean): ParagraphReading {
  return QUIET[(lang === "ar" ? 0 : lang === "en" ? 2 : 4) + (nextOpens ? 1 : 0)];
}
