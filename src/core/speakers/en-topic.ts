// A person named in passing as the subject of an English sentence, and the "he"/"she" that
// follows when no one has spoken yet:
//   Band frontman Alex Kapranos has called for more help for musicians. "…," he said.  → Alex Kapranos
// Such a naming is no statement, so no speaker holds it. Read on demand from the text, back from
// the pronoun over the last few sentences (not past the statement before).
import { cueAt, inList, sourceClass } from "../lexicon/lookup";
import { lexicon } from "../lexicon";
import { isWord, sentencePara } from "../text/paragraph";
import { tokenize } from "../text/scanner";
import { QUOTE, type Tok } from "../text/token";
import { describeMention, type MentionInfo } from "./mention";
import { possessive } from "./en-names";

/** How far back a subject is looked for: sentences, and characters. */
const SENTENCES = 3;
const REACH = 1200;
/** The subject is among a sentence's first words: only this much of it is read. */
const HEAD = 200;
/** Words (a role, a band's or a firm's name) a subject's name may come after. */
const BEFORE_NAME = 5;

/**
 * The person named as the subject of one of the sentences between offset `since` (the statement
 * before, or the text's start) and `at` (the pronoun), the latest first; null when none is.
 */
export function enTopicPerson(text: string, at: number, since: number): MentionInfo | null {
  let e = sentenceStart(text, at, since);
  for (let n = 0; n < SENTENCES && e > since && at - e < REACH; n++) {
    const s = sentenceStart(text, e - 1, since);
    const m = subjectAt(text, s, Math.min(e, s + HEAD));
    if (m) return m;
    e = s;
  }
  return null;
}

/**
 * The first words of the sentence before the one holding offset `at` (text from its start, at most
 * HEAD characters), or "" when that sentence starts before `since` or there is none.
 */
export function previousSentenceHead(text: string, at: number, since: number): string {
  const e = sentenceStart(text, at, since);
  if (e <= since) return "";
  const s = sentenceStart(text, e - 1, since);
  return s > since || since === 0 ? text.slice(s, Math.min(e, s + HEAD)) : "";
}

/** The start of the sentence holding offset e: after a full stop and a space, or a line break; not before `limit`. */
function sentenceStart(text: string, e: number, limit: number): number {
  for (let i = e; i > limit; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x0a) return i;
    if (c === 0x20 && (text.charCodeAt(i - 2) === 0x2e || text.charCodeAt(i - 2) === 0x21 || text.charCodeAt(i - 2) === 0x3f)) return i;
  }
  return limit;
}

/**
 * The person a sentence (text[s, e)) opens with as its subject: a few capitalised words or role
 * nouns, then a name of two capitalised words or more, then a lower-case word (its verb) or a
 * comma; the whole described as a person with a name. A sentence that opens with a quotation
 * mark, or whose first words hold a reporting verb, names no such subject.
 */
function subjectAt(text: string, s: number, e: number): MentionInfo | null {
  const toks = tokenize(text, s, e);
  if (toks.length < 3 || !isWord(toks[0]) || toks[0].ar) return null;
  const p = sentencePara(text, toks, s, e, "en");
  // Where the subject starts: after a sentence adverb (Meanwhile, Neither).
  let from = 0;
  for (let a = 0; a <= BEFORE_NAME && a < toks.length; a++) {
    const t = toks[a];
    if (!isWord(t) || t.kind === QUOTE || cueAt(p, a)) return null;
    if (a === from && inList(t, lexicon().en.sentenceAdverbs)) {
      from = a + 1;
      continue;
    }
    if (!properWord(t)) {
      // Before the name: only a role or a description (frontman, chief executive), no function word
      // and no verb ("Dallaglio toured South Africa": the subject came first, the rest is its object).
      if (inList(t, lexicon().en.stop) || inList(t, lexicon().en.npInner) || verbLike(t)) return null;
      continue;
    }
    let b = a;
    while (b < toks.length && properWord(toks[b])) b++;
    if (b - a < 2 || b - a > 3) continue;
    // (A wire headline in capitals, or a run ending at an initial (Steven M. Cole), is no name read whole.)
    if (toks[b - 1].e - toks[b - 1].s < 2 || allCaps(text, toks[a].s, toks[b - 1].e)) return null;
    // (Sir Alan Budd's report: a possessor is no subject.)
    if (possessive(toks[b - 1])) return null;
    const next = toks[b];
    if (!next || next.kind === QUOTE || (isWord(next) && (next.cap || cueAt(p, b) || next.norm === "'s" || next.norm === "’s"))) return null;
    // (Neither Ana Lopez nor her deputy, Ana Lopez and the mayor: two subjects, no one person.)
    if (isWord(next) && (next.norm === "and" || next.norm === "or" || next.norm === "nor")) return null;
    // "Franz Ferdinand frontman Alex Kapranos", "Lib Dem home affairs spokesman Mark Oaten": a name
    // followed by a role of a few words and another name describes it.
    const role = roleWords(toks, b);
    if (role > 0 && properWord(toks[b + role])) {
      a = b + role - 1;
      continue;
    }
    const m = describeMention(p, from, b);
    if (m.kind === "person" && m.name.length >= 2) return m;
    return null;
  }
  return null;
}

/** How many lower-case role words (home affairs spokesman) stand at toks[k]: at most BEFORE_NAME; 0 when one is a function word or a verb. */
function roleWords(toks: readonly Tok[], k: number): number {
  let n = 0;
  for (; n < BEFORE_NAME; n++) {
    const t = toks[k + n];
    if (!isWord(t) || t.cap) break;
    if (t.kind === QUOTE || inList(t, lexicon().en.stop) || inList(t, lexicon().en.npInner) || verbLike(t)) return 0;
  }
  return n;
}

/** Whether text[s, e) has no lower-case letter (IVORY COAST). */
function allCaps(text: string, s: number, e: number): boolean {
  const t = text.slice(s, e);
  return t === t.toUpperCase();
}

/** A lower-case word that reads as a verb: an auxiliary or a past form (toured, has, would). */
function verbLike(t: Tok): boolean {
  return !t.cap && (inList(t, lexicon().en.finite) || (t.norm.length > 4 && t.norm.endsWith("ed")));
}

/**
 * A capitalised word that is no source noun or institution's word and no function word opening a
 * sentence (Alex, Kapranos; not Minister, Bank, With, Although).
 */
function properWord(t: Tok | undefined): boolean {
  return !!t && isWord(t) && t.cap && !t.ar && !sourceClass(t) && !inList(t, lexicon().en.stop) && !inList(t, lexicon().en.npInner) && !inList(t, lexicon().en.sentenceAdverbs);
}
