// A quotation that reads as speech but nobody is said to have said it. Only when no speaker
// can be found: not a quotation in a sentence whose narration has a reporting cue (the
// analyser may not have tied the two: «…» كما أكد مسؤول، Rover confirmed the tie-up would take
// place "…"), not one that opens the sentence after an attributed quotation ("…," he said.
// "…"), and not a quotation paragraph that follows a speaker's quotation (the follow-on
// paragraphs of BBC and Reuters copy belong to the speaker just quoted).
//
// The check reports every other quotation that reads as speech: the document pipeline makes some
// of them a speaker's statement after all (a sentence about a person before it). Of those left, the
// review keeps only a quotation that stands as a sentence of its own (nothing but punctuation
// around it in its sentence): one in a sentence with narration is presented by it, and the
// narration names who is quoted (Mr Lee offered "…", ووصف القرار بأنه "…", the document states
// "…", …" Ann Lee's spokesman.), as does a reporting cue in the sentence right after it
// ("…". كل هذه الأسباب … تكتب الصحيفة); and a quotation opening the sentence after one so
// presented goes on with it.
import { lexicon } from "../lexicon";
import { cueAt, inList } from "../lexicon/lookup";
import { isNamingWord } from "../statements/name-quote";
import { isWord, sentOf, type Para } from "../text/paragraph";
import type { Quote } from "../text/quotes";
import { WORD } from "../text/token";
import type { Statement } from "../types";
import type { DocumentContext, Rule } from "./rule";

export const unattributedQuote: Rule<"unattributed-quote"> = {
  id: "unattributed-quote",
  scope: "paragraph",
  meta: {
    title: { en: "Quote without a speaker", ar: "اقتباس بلا قائل" },
    message: {
      en: () => "This quote reads as speech but nobody is said to have said it. Say who said it, or drop the quotation marks.",
      ar: () => "يبدو هذا الاقتباس كلاماً منقولاً لكنه لم يُنسب إلى أحد. اذكر قائله، أو احذف علامتي التنصيص.",
    },
    explanation: {
      en: "AP, Reuters, the BBC and the New York Times require every quotation to be attributed, so the reader knows who is speaking. Quotation marks around words nobody said read as a quote from someone.",
      ar: "تشترط أسوشيتد برس ورويترز وبي بي سي ونيويورك تايمز نسبة كل اقتباس إلى قائله ليعرف القارئ من المتحدث. وعلامات التنصيص حول كلام لم يقله أحد تُقرأ اقتباساً من شخص ما.",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "warning",
  },
  check({ para, quotes, report }) {
    // The last quotation that has (or may have) a speaker, and its sentence: a quotation right
    // after it, or opening the next sentence, follows on. (The same for the last one presented by
    // narration: the quotation following on from it is reported as presented too.)
    let attributedSentence = -2;
    let attributedClose = -2;
    let presentedSentence = -2;
    let presentedClose = -2;
    for (const q of quotes.quotes) {
      if (q.depth > 0 || q.close < 0) continue;
      const sentence = sentOf(para, q.open);
      // A short quotation or a title is no speech: skipped like narration, it breaks no run.
      if (q.used < 0 && !looksLikeSpeech(para, q)) continue;
      const followsOn = (attributedSentence === sentence - 1 && opensSentence(para, q, sentence)) || (attributedClose >= 0 && onlyMarksBetween(para, attributedClose, q.open));
      if (q.used >= 0 || followsOn || cueInSentence(para, sentence) || namedBy(para, q, sentence)) {
        attributedSentence = sentence;
        attributedClose = q.close;
        continue;
      }
      const presented =
        !standsAlone(para, q) ||
        cueInSentence(para, sentOf(para, q.close) + 1) ||
        (presentedSentence === sentence - 1 && opensSentence(para, q, sentence)) ||
        (presentedClose >= 0 && onlyMarksBetween(para, presentedClose, q.open));
      if (presented) {
        presentedSentence = sentOf(para, q.close);
        presentedClose = q.close;
      }
      report(q.s, q.e, presented ? PRESENTED : NO_ARGS);
    }
  },
  review: followOnParagraphs,
};

// The values of a reported quotation: presented by narration (the review takes it back), or not.
const PRESENTED: Readonly<Record<string, string>> = Object.freeze({ presented: "yes" });
const NO_ARGS: Readonly<Record<string, string>> = Object.freeze({});

/** Six words or more, and not a title after a naming word or an article (the "…"). */
function looksLikeSpeech(p: Para, q: Quote): boolean {
  let words = 0;
  for (let k = q.open + 1; k < q.close; k++) if (p.toks[k].kind === WORD) words++;
  if (words < 6) return false;
  const before = p.toks[q.open - 1];
  if (before && isWord(before) && (isNamingWord(before, p.toks[q.open - 2], q.close >= 0 ? p.toks[q.close + 1] : undefined) || inList(before, lexicon().en.beforeTitle))) return false;
  return true;
}

/** A reporting cue in the narration (outside quotation marks) of the sentence: someone is said to speak there (none past the paragraph's last sentence). */
function cueInSentence(p: Para, sentence: number): boolean {
  if (sentence >= p.sentStart.length) return false;
  for (let k = p.sentStart[sentence]; k < p.sentEnd[sentence]; k++) if (p.depth[k] === 0 && isWord(p.toks[k]) && cueAt(p, k)) return true;
  return false;
}

/**
 * Nothing but punctuation in the quotation's sentence outside its marks: no words of its sentence
 * before it, and none outside quotation marks after it up to its sentence's end.
 */
function standsAlone(p: Para, q: Quote): boolean {
  for (let k = p.sentStart[sentOf(p, q.open)]; k < q.open; k++) if (isWord(p.toks[k])) return false;
  const end = p.sentEnd[sentOf(p, q.close)];
  for (let k = q.close + 1; k < end; k++) if (p.depth[k] === 0 && isWord(p.toks[k])) return false;
  return true;
}

/** How many words a naming verb's object may have before the quotation. */
const NAMED_OBJECT = 8;

/**
 * Podesta called the pick "the most extreme in a generation": a naming verb (en-words.tsv namingVerbs),
 * its object and the quotation (and a second one joined to it: … and someone who had "…"); the subject
 * named it so, whether or not a statement is made of it.
 */
function namedBy(p: Para, q: Quote, sentence: number): boolean {
  const start = p.sentStart[sentence];
  for (let k = q.open - 1, words = 0; k >= start && words <= NAMED_OBJECT; k--) {
    const t = p.toks[k];
    // (Words of an earlier quotation do not count: called the pick "the most extreme in a generation" and someone who had "…".)
    if (!isWord(t) || p.depth[k] > 0) continue;
    if (inList(t, lexicon().en.namingVerbs)) return words > 0;
    words++;
  }
  return false;
}

/** Nothing but punctuation between tokens a and b ("…." "…"). */
function onlyMarksBetween(p: Para, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (isWord(p.toks[k])) return false;
  return true;
}

/** The quotation's opening mark starts its sentence (nothing but punctuation before it). */
function opensSentence(p: Para, q: Quote, sentence: number): boolean {
  for (let k = p.sentStart[sentence]; k < q.open; k++) if (isWord(p.toks[k])) return false;
  return true;
}

// Between a statement and a follow-on quotation: the rest of the statement's paragraph (punctuation), the paragraph break, the opening mark;
// and any paragraphs of the same quotation running on between (one that opens with a mark and has no other double mark: '"They came to me, …').
const FOLLOW_ON_GAP = /^[\p{P}\s]*\n(?:\s*["“«][^"“”«»\n]*\n)*[\p{P}\s]*$/u;
// (A gap longer than a few paragraphs of quotation is not read.)
const MAX_GAP = 4000;

/**
 * A quotation paragraph right after a paragraph that ends with a speaker's quotation is that
 * speaker's follow-on (and so is the next one after it): its finding is taken back, as is one
 * the check found presented by narration. Findings arrive in text order; the answer says for
 * each whether it stays.
 */
function followOnParagraphs({ text, statements, statementSpeakers }: DocumentContext, found: readonly { s: number; e: number; args: Readonly<Record<string, string>> }[]): boolean[] {
  const keep: boolean[] = [];
  let j = -1;
  let lastEnd = -1;
  for (const f of found) {
    while (j + 1 < statements.length && startOf(statements[j + 1]) < f.s) {
      j++;
      const st = statements[j];
      // Only a quoting statement with a speaker is followed on.
      lastEnd = statementSpeakers[j] && st.quotes.length ? endOf(st) : -1;
    }
    const followsOn = lastEnd >= 0 && lastEnd <= f.s && f.s - lastEnd < MAX_GAP && FOLLOW_ON_GAP.test(text.slice(lastEnd, f.s));
    keep.push(!followsOn && !f.args.presented);
    if (followsOn) lastEnd = f.e;
  }
  return keep;
}

function startOf(st: Statement): number {
  return Math.min(st.content.start, st.cue?.start ?? Infinity, st.source?.start ?? Infinity);
}

function endOf(st: Statement): number {
  return Math.max(st.content.end, st.cue?.end ?? 0, st.source?.end ?? 0, ...st.quotes.map((q) => q.end));
}
