// Text in, Analysis out, top to bottom: paragraph by paragraph (a line of text) each
// paragraph is read on its own (or taken from an editor's cache), then joined to the
// document (speakers, anonymity phrases, a quotation running on); at the end the
// document rules run and the output is written. Memory stays proportional to one
// paragraph plus what the language carries across: the article's speakers.
import { refersBack } from "../ar/back-reference";
import { lexicon, type Lexicon } from "../lexicon";
import { withLexicon } from "../perf/lexicon-scope";
import type { ReadAhead } from "../perf/split-reading";
import { checkDocument, type Locale } from "../rules";
import { paragraphRanges } from "../text/paragraph";
import { opensWithQuote } from "../text/quotes";
import type { Analysis, AnalyzeOptions } from "../types";
import { DocumentState, addParagraph } from "./document";
import { keepDocument } from "./keep-warm";
import { diagnostics, documentLang, outSpeaker, spanOf, speakersInOrder } from "./output";
import { cachedReading, keepReading, pruneCache, useCacheFor, type ParagraphCache } from "./paragraph-cache";
import { readParagraph } from "./read-paragraph";
import { applyDirectives, prepareText } from "./suppressions";

/**
 * The analysis of `input`. `opts.lexicon` (from houseLexicon()) is the lexicon every
 * look-up of this call uses; without it, the built-in one. `ahead`: paragraphs read on
 * another thread (perf/split-reading.ts); the result is the same without it.
 */
export function analyze(input: string, opts: AnalyzeOptions = {}, cache?: ParagraphCache, ahead?: ReadAhead): Analysis {
  const lex = opts.lexicon as Lexicon | undefined;
  return lex ? withLexicon(lex, () => analyzeText(input, opts, cache, ahead)) : analyzeText(input, opts, cache, ahead);
}

function analyzeText(input: string, opts: AnalyzeOptions, cache: ParagraphCache | undefined, ahead: ReadAhead | undefined): Analysis {
  const lex = lexicon();
  const { work, directives } = prepareText(input, !!opts.markdown, lex.ignore);
  if (cache) useCacheFor(cache, lex.id);
  const locale: Locale = opts.locale ?? "en";
  const doc = new DocumentState(input, work);

  const paras = paragraphRanges(work);
  ahead?.begin(work, paras);
  // The loop's body is a function of its own: called for every paragraph it is compiled
  // like any hot function, where a loop inside one long function waited for on-stack
  // replacement (recompiled for ~0.2 s at the start of each run).
  for (let pi = 0; pi < paras.length; pi += 2) readAndAdd(doc, paras, pi, cache, ahead);
  ahead?.finish();
  if (cache) pruneCache(cache);

  const speakers = speakersInOrder(doc);
  const reports = doc.findings;
  // (The rules read the text as analysed: Markdown's marks and front matter are not words or lines of the story.)
  checkDocument({ text: doc.work, statements: doc.statements, statementSpeakers: doc.statementSpeakers, speakers }, reports);
  keepDocument(doc, doc.statements[doc.statements.length - 1]);
  return {
    file: opts.file ?? "",
    lang: documentLang(doc),
    statements: doc.statements,
    speakers: speakers.map((sp) => outSpeaker(input, sp, doc.genders.genderOf(sp))),
    anonymity: doc.anonymity.map(([s, e]) => spanOf(input, s, e)),
    diagnostics: applyDirectives(diagnostics(input, reports, locale), directives, input, work, locale),
  };
}

/** Reads paragraph pi (or takes its reading from the cache) and adds it to the document. */
function readAndAdd(doc: DocumentState, paras: number[], pi: number, cache: ParagraphCache | undefined, ahead: ReadAhead | undefined): void {
  const ps = paras[pi];
  const pe = paras[pi + 1];
  const nextOpens = pi + 2 < paras.length && opensWithQuote(doc.work, paras[pi + 2], paras[pi + 3]);
  // A paragraph's reading depends only on its text and whether the next one opens with a
  // quotation mark, unless a quotation runs on into it. (The key is the paragraph's own
  // text: gluing the flag on would copy every paragraph per keystroke.)
  // (Or the headline under a bare link line, اقرأ أيضاً|: ar/link-line.ts. A reading that looked
  // outside its paragraph is never kept: ParagraphReading.outside.)
  const continuesQuote = doc.runOn >= 0;
  const headline = doc.afterLink;
  const key = cache && !continuesQuote && !headline ? doc.work.slice(ps, pe) : "";
  let reading = key ? cachedReading(cache!, key, nextOpens) : undefined;
  // (Read ahead with the same flags: nothing running on into it, no link line above.)
  if (!reading && ahead && !continuesQuote && !headline) reading = ahead.reading(ps, pe, nextOpens);
  if (!reading) {
    reading = readParagraph(doc.work, ps, pe, nextOpens, continuesQuote, headline);
    if (key && !reading.outside) keepReading(cache!, key, reading);
  }
  doc.afterLink = reading.bareLink;
  // (هكذا وصفت إحدى الساكنات …: an Arabic quotation paragraph before one pointing back at it is that one's, no follow-on.)
  doc.nextRefersBack = !!reading.followOn && reading.lang === "ar" && pi + 2 < paras.length && refersBack(doc.work, paras[pi + 2], paras[pi + 3]);
  addParagraph(doc, reading, ps, pe);
}
