// A person named in passing as the subject of a sentence, and the dropped subject that follows:
//   أما سمير، مهندس في الشركة، فيؤيد الفكرة، لكنه يشكك في نجاحها. ويقول: "…"   → ويقول is سمير
//   لكن السيدة نادية، وتعمل ممرضة، تؤيد القرار، وتقول: "…"                      → تقول is نادية
//   وزار الوزير فلان الفلاني المستشفى وقال إن …                                 → قال is فلان الفلاني
// Such a naming is no statement, so no speaker holds it; a continuation with no subject written
// refers to it when it is the latest subject before the cue. Read on demand from the text, back
// from the cue to the sentence of the statement before it (a few sentences at most).
import { markSpellings } from "../ar/spelling";
import { CLAUSE_FRAMES, Fr, Gr, lexicon } from "../lexicon";
import { cueAt, grammarOf, hasGrammar, inList, sourceClass, type CueMatch } from "../lexicon/lookup";
import { arSourceNP, endsWithTanweenFath } from "../ar/source-phrase";
import { afterClauseOpening, biObject, clauseStartTok, DATELINE } from "../ar/subject";
import { arComp, hal, indefiniteAdjective, nisbaShape, pluralEnding, presentShape, withoutConjunction } from "../ar/words";
import { endsWithPronoun, isDigit, isSpace, letterOrNumberAt, normWord } from "../text/chars";
import { COMMA, isOpen, isPunct, isWord, sentencePara, type Para } from "../text/paragraph";
import { tokenize } from "../text/scanner";
import { QUOTE, type Tok } from "../text/token";
import { sourceAgreement } from "./agreement";
import { describeMention, type MentionInfo } from "./mention";

const NOBODY = (): boolean => false;

/**
 * Whether a one-word name (its look-up key `w`, as written `word` at offset `at`) names a person spoken of
 * already: a speaker holds it, or the text named them in full before (الرئيس الفرنسي إيمانويل ماكرون).
 */
export type Known = (w: string, word: string, at: number) => boolean;

/** How far back a subject is looked for: sentences, and characters. */
const SENTENCES = 4;
const REACH = 1500;
/** The subject is among a sentence's first words: only this much of it is read. */
const HEAD = 320;
/** A topic after أما / لكن has at most this many words before its comma. */
const TOPIC_WORDS = 6;

/**
 * The person named as the subject of the latest sentence from the one holding offset `since`
 * (the statement before) to offset `cue` (in the cue's own sentence, an institution too); null when
 * that stretch names none.
 */
export function topicPerson(text: string, cue: number, since: number, known: Known = NOBODY, agree = 0): MentionInfo | null {
  let e = cue;
  for (let n = 0; n < SENTENCES && e > 0 && cue - e < REACH; n++) {
    const s = sentenceStart(text, e, cue - REACH);
    if (s < 0) return null;
    // (A blank line between paragraphs is no sentence: it takes none of the sentences looked back over,
    // so paragraphs set apart by blank lines, as in Markdown, read as lines do. Before a headline it
    // still counts: the story before is as far off as it was.)
    if (n > 0 && !/\S/.test(text.slice(s, e)) && !headlineAfter(text, e)) {
      n--;
      if (s <= since) return null;
      e = s - 1;
      continue;
    }
    // (ولم تطلع الصحيفة على الفيديو، ولكن الجيش اعترف بوجوده وقال إن …: in the cue's own sentence, a
    // clause opened by لكن after a comma has a subject of its own.)
    const but = n === 0 ? butClause(text, s, e) : -1;
    const own = but > 0 ? subjectAt(text, but, Math.min(e, but + HEAD), true, known, agree) : null;
    if (own) return own === "stop" ? null : own;
    const m = subjectAt(text, s, Math.min(e, s + HEAD), n === 0, known, agree) ?? (n === 0 ? authorAt(text, s, e) : null);
    if (m) return m === "stop" ? null : m;
    // (ولاقت القضية اهتماما بعد أن نشر الكاتب فلان صورا …، قائلا: in the cue's own sentence, a main clause that names
    // nobody, the person named in full as the subject of a clause after بعد أن or a subordinator inside it is the one
    // the cue refers to; not a body, which may be the clause's object: بعد أن مثل الرائد الموسم الماضي، وقال.)
    const sub = n === 0 && ownSubjectWritten(text, s) ? subordinateClause(text, s, e) : -1;
    const inner = sub > 0 && !objectOnVerb(text, sub) ? subjectAt(text, sub, Math.min(e, sub + HEAD), true, known, agree) : null;
    if (inner && inner !== "stop" && inner.kind === "person" && inner.name.length >= 2) return inner;
    if (s <= since) return null;
    e = s - 1;
  }
  return null;
}

/**
 * وفي تصريحات أدلى بها الوزير فلان للصحفيين، أكد أن …؛ بعد مفاجأة فجرها رجل الأعمال فلان، إذ كتب …: in the cue's own
 * sentence, text[s, e) up to the cue, the person after a verb that issued what was said (ar-words issuingVerbs) on a
 * medium or a speech noun is the subject the cue refers to when its own sentence names no other; not when that was
 * answered or spoken of (وردا على تصريحات أدلى بها النائب فلان، قال …: another's words). null: none.
 */
function authorAt(text: string, s: number, e: number): MentionInfo | null {
  const toks = tokenize(text, s, e);
  markSpellings(text, toks);
  const ar = lexicon().ar;
  const met = metAt(text, toks, s, e);
  if (met !== undefined) return met;
  for (let k = toks.length - 2; k >= 1; k--) {
    const t = toks[k];
    // (فجرها: a verb's own ف is no conjunction.)
    const v = isWord(t) ? listedVerb(ar.issuingVerbs, t.norm) : "";
    if (!v) continue;
    // (أدلى بها: the verb without a pronoun takes what was said under بـ.)
    const bi = isWord(toks[k + 1]) && (toks[k + 1].norm === "به" || toks[k + 1].norm === "بها");
    if (bi !== v.startsWith("ادل")) return null;
    let n = k - 1;
    if (inList(toks[n], ar.relativeFeminine) || inList(toks[n], ar.relativeMasculine)) n--;
    n = saidNounBefore(toks, n);
    if (n < 0) return null;
    const before = toks[n - 1];
    if (isWord(before) && (ar.aboutWords.has(before.norm) || ar.aboutWords.has(withoutConjunction(before.norm)))) return null;
    const p = sentencePara(text, toks, s, e, "ar");
    const a = bi ? k + 2 : k + 1;
    const m = describeMention(p, a, arSourceNP(p, a, toks.length));
    return m.kind === "person" && (m.name.length > 0 || m.definite) ? m : null;
  }
  return null;
}

/** Token t is a medium or a speech noun (ar-words speechEvents), with or without a conjunction or preposition before it. */
function saidNoun(t: Tok | undefined): boolean {
  const ar = lexicon().ar;
  return isWord(t) && (hasGrammar(t, Gr.medium) || ar.speechEvents.has(t.norm) || ar.speechEvents.has(t.norm.slice(1)));
}

/** How many words may stand between what was said and the verb that issued it (مفاجأة من العيار الثقيل فجرها). */
const SAID_REACH = 3;

/**
 * Where the noun of what was said stands, at token n or a few words before it (a word only, no punctuation
 * between): its adjectives or a من-phrase may follow it (كلمة متلفزة ألقاها، مفاجأة من العيار الثقيل فجرها);
 * -1: none.
 */
function saidNounBefore(toks: readonly Tok[], n: number): number {
  for (let j = n; j >= 0 && j >= n - SAID_REACH && isWord(toks[j]); j--) if (saidNoun(toks[j])) return j;
  return -1;
}

/**
 * وفي لقاء آخر مع التاجر سامر حداد، وهو صاحب متجر، أوضح لـ"الوكالة" أن …: a sentence opening with في/خلال, a
 * meeting noun (ar-words meetingNouns), a word at most and مع: the named person after it is the one met, the
 * subject of the cue; not an interviewer (ar-words interviewers: مع الزميلة فلانة) nor a body. undefined: no such
 * opening; null: one with nobody to take.
 */
function metAt(text: string, toks: Tok[], s: number, e: number): MentionInfo | null | undefined {
  const ar = lexicon().ar;
  let k = isWord(toks[0]) && toks[0].norm === "و" ? 1 : 0;
  // (وفي: too short for withoutConjunction.)
  const prep = isWord(toks[k]) ? toks[k].norm.replace(/^و/, "") : "";
  if (prep !== "في" && prep !== "خلال") return undefined;
  if (!inList(toks[++k], ar.meetingNouns)) return undefined;
  if (isWord(toks[k + 1]) && toks[k + 1].norm !== "مع") k++;
  if (!isWord(toks[k + 1]) || toks[k + 1].norm !== "مع") return undefined;
  const a = k + 2;
  if (!isWord(toks[a]) || inList(toks[a], ar.interviewers)) return null;
  const p = sentencePara(text, toks, s, e, "ar");
  const m = describeMention(p, a, arSourceNP(p, a, toks.length));
  return m.kind === "person" && m.name.length >= 2 ? m : null;
}

/**
 * The two sources named together as the subject of the latest sentence from the one holding offset
 * `since` to offset `cue`, for a verb for two with no subject written (قالا، أعلنتا): after كل من / كلا من
 * (وتغلق كل من فرنسا والبرازيل حدودهما)، or right after the sentence's first verb a pair (a group,
 * describe-ar) or an unnamed source in the dual (وكان مسؤولان في الوزارة قد تحدثا …); null: none.
 */
export function topicPair(text: string, cue: number, since: number): MentionInfo | null {
  return latestSentenceWith(text, cue, since, SENTENCES, pairAt);
}

/**
 * What `read` finds in the head of the latest of `sentences` sentences back from offset `cue`, from the
 * cue's own sentence back to the one holding offset `since` (the statement before); null: none.
 */
function latestSentenceWith(text: string, cue: number, since: number, sentences: number, read: (text: string, s: number, e: number) => MentionInfo | null): MentionInfo | null {
  let e = cue;
  for (let n = 0; n < sentences && e > 0 && cue - e < REACH; n++) {
    const s = sentenceStart(text, e, cue - REACH);
    if (s < 0) return null;
    const m = read(text, s, Math.min(e, s + HEAD));
    if (m) return m;
    if (s <= since) return null;
    e = s - 1;
  }
  return null;
}

/**
 * أصدرت وزارة الصحة بياناً حول اللقاحات. وقال البيان إن …: the body that issued a document (ar-words
 * documentVerbs, its subject, then the document indefinite: بياناً، تقريراً) in the cue's sentence or the two
 * before it, back to the statement before (offset `since`), for the document (`lemma`) made definite; null: none.
 */
export function issuerBefore(text: string, cue: number, since: number, lemma: string): MentionInfo | null {
  return latestSentenceWith(text, cue, since, 3, (t, s, e) => issuerAt(t, s, e, lemma));
}

/**
 * The Arabic sentence read in text[s, e) and where its clause's verb stands: past an opening adverbial
 * and قد or كما (ولم يكشف، وقد أكد، كما رفض: the verb follows its particle), past a negation too when
 * `negated`; null when the sentence is too short or opens with no Arabic word.
 */
function clauseVerb(text: string, s: number, e: number, negated: boolean): { p: Para; v: number } | null {
  const toks = tokenize(text, s, e);
  markSpellings(text, toks);
  if (toks.length < 3 || !isWord(toks[0]) || !toks[0].ar) return null;
  const p = sentencePara(text, toks, s, e, "ar");
  const after = afterClauseOpening(p, 0, toks.length);
  let v = after > 0 && after < toks.length ? after : 0;
  const ar = lexicon().ar;
  while (v + 2 < toks.length && isWord(toks[v]) && ((negated && inList(toks[v], ar.negations)) || inList(toks[v], ar.verbParticles) || inList(toks[v], ar.kama))) v++;
  return { p, v };
}

/** How many words after the body the issued document may come (أصدرت الوزارة مساء أمس بياناً). */
const ISSUED_REACH = 4;

function issuerAt(text: string, s: number, e: number, lemma: string): MentionInfo | null {
  const at = clauseVerb(text, s, e, false);
  if (!at) return null;
  const { p, v } = at;
  const toks = p.toks;
  const ar = lexicon().ar;
  // (وجهت: a verb's own و is no conjunction.)
  if (!isWord(toks[v]) || !listedVerb(ar.documentVerbs, toks[v].norm)) return null;
  // (كتب الرئيس فلان تغريدة: a person issues what a person writes (ar-words authoredTexts).)
  const m = bodyAt(p, v + 1) ?? (ar.authoredTexts.has(lemma) ? authorAfter(p, v + 1, lemma) : null);
  if (!m) return null;
  let k = v + 1;
  while (k < toks.length && toks[k].e <= m.e) k++;
  for (let j = k; j < toks.length && j <= k + ISSUED_REACH; j++) if (documentWord(toks[j].norm, lemma)) return m;
  return null;
}

/** The verb word n as `list` has it: as written, or without a conjunction و/ف before it (وجهت، فجرها are verbs); "" when neither. */
function listedVerb(list: ReadonlySet<string>, n: string): string {
  if (list.has(n)) return n;
  const bare = withoutConjunction(n);
  return list.has(bare) ? bare : "";
}

/** Word n is the document `lemma`, indefinite (بيان، بيانا). */
function documentWord(n: string, lemma: string): boolean {
  return n === lemma || n === lemma + "ا";
}

/**
 * The named person that opens at token `a` before the document (`lemma`) within ISSUED_REACH words of its
 * name (كتب الرئيس سامر الحلبي تغريدة: the name read up to it, not through it); null: none.
 */
function authorAfter(p: Para, a: number, lemma: string): MentionInfo | null {
  let d = a + 1;
  while (d < p.toks.length && d <= a + 3 + ISSUED_REACH && !documentWord(p.toks[d].norm, lemma)) d++;
  if (d >= p.toks.length || d > a + 3 + ISSUED_REACH) return null;
  const m = describeMention(p, a, arSourceNP(p, a, d));
  return m.kind === "person" && m.name.length > 0 ? m : null;
}

/**
 * ولم يفصح الدبلوماسيون عن …، لكنهم قالوا إن …: for a verb for many with no subject written, the unnamed
 * source in the plural (a source noun of ar-sources anon: المسؤولون، دبلوماسيون غربيون، المتظاهرون) that is
 * the subject of its sentence's first verb, after a negation, قد or كما; in the cue's own sentence or the
 * one before it, back to the statement before (offset `since`); null: none.
 */
export function topicMany(text: string, cue: number, since: number): MentionInfo | null {
  return latestSentenceWith(text, cue, since, 2, manyAt);
}

/** The plural unnamed subject topicMany looks for in the sentence read in text[s, e); null: none. */
function manyAt(text: string, s: number, e: number): MentionInfo | null {
  const at = clauseVerb(text, s, e, true);
  if (!at) return null;
  const { p, v } = at;
  const toks = p.toks;
  const ar = lexicon().ar;
  const t = toks[v];
  const g = isWord(t) ? grammarOf(t) : null;
  if (!isWord(t) || (g && !g.has(Gr.kana)) || sourceClass(t) || ar.freePrepositions.has(t.norm) || ar.freePrepositions.has(withoutConjunction(t.norm))) return null;
  // (أجمع عدد من عضوات الهيئة …، وأكدن: after "a number of", "some of", the noun counted is the plural.)
  const h = quantifiedNoun(p, v + 1);
  const head = isWord(toks[h]) ? sourceClass(toks[h]) : null;
  // (Not أحد/بعض, "one of", whose noun follows: not a plural subject.)
  if (!head || head.cls !== "anon" || toks[h].norm.startsWith("احد")) return null;
  const a = sourceAgreement(text.slice(toks[h].s, toks[h].e)).agreement;
  if (a !== "masculine-plural" && a !== "feminine-plural") return null;
  // (أجمع عدد من عضوات الهيئة على غياب …: على, إلى open the verb's complement, no part of the subject.)
  let end = arSourceNP(p, v + 1, toks.length);
  for (let k = h + 1; k < end; k++) if (isWord(toks[k]) && (toks[k].norm === "علي" || toks[k].norm === "الي")) end = k;
  const m = describeMention(p, v + 1, end);
  return m.kind === "anonymous" ? m : null;
}

/** The noun a quantifier at k counts (عدد من عضوات، بعض المسؤولين: ar-words mentionQuantifiersMin with من, mentionQuantifiers); k when none. */
function quantifiedNoun(p: Para, k: number): number {
  const ar = lexicon().ar;
  const t = p.toks[k];
  if (!isWord(t)) return k;
  if (inList(t, ar.mentionQuantifiersMin) && isWord(p.toks[k + 1]) && p.toks[k + 1].norm === "من" && isWord(p.toks[k + 2])) return k + 2;
  return inList(t, ar.mentionQuantifiers) && isWord(p.toks[k + 1]) ? k + 1 : k;
}

/** The pair topicPair looks for in the sentence read in text[s, e); null: none. */
function pairAt(text: string, s: number, e: number): MentionInfo | null {
  const toks = tokenize(text, s, e);
  markSpellings(text, toks);
  if (toks.length < 3 || !isWord(toks[0]) || !toks[0].ar) return null;
  const p = sentencePara(text, toks, s, e, "ar");
  const ar = lexicon().ar;
  for (let k = 0; k + 2 < toks.length; k++) {
    if (!isWord(toks[k]) || !ar.bothOf.has(toks[k].norm) || !isWord(toks[k + 1]) || toks[k + 1].norm !== "من") continue;
    const m = describeMention(p, k + 2, pairEnd(p, k + 2, arSourceNP(p, k + 2, toks.length)));
    if (m.kind === "group") return m;
  }
  const after = afterClauseOpening(p, 0, toks.length);
  const v = after > 0 && after < toks.length ? after : 0;
  const g = grammarOf(toks[v]);
  if (!isWord(toks[v]) || (g && !g.has(Gr.kana)) || sourceClass(toks[v]) || ar.freePrepositions.has(toks[v].norm)) return null;
  const q = toks.slice(v);
  const pq = v > 0 ? sentencePara(text, q, q[0].s, e, "ar") : p;
  const unnamed = unnamedAt(pq);
  if (unnamed) return dualWord(pq.toks[1].norm) ? unnamed : null;
  const m = describeMention(pq, 1, pairEnd(pq, 1, arSourceNP(pq, 1, pq.toks.length)));
  return m.kind === "group" && m.nameText.includes(" و") ? m : null;
}

/** Where a pair read from token a to b ends: before the verb's object carrying its pronoun (حدودهما) or a preposition. */
function pairEnd(p: Para, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    const t = p.toks[k];
    if (isWord(t) && !sourceClass(t) && (endsWithPronoun(p.text, t.e) || lexicon().ar.freePrepositions.has(t.norm))) return k;
    // (كل من فرنسا والبرازيل الحدود: a country after و ends the pair, but for its adjectives.)
    if (isWord(t) && t.norm.startsWith("و") && sourceClass(t)?.cls === "place") {
      let e = k + 1;
      while (e < b && isWord(p.toks[e]) && p.toks[e].norm.startsWith("ال") && nisbaShape(p.toks[e].norm) && !sourceClass(p.toks[e])) e++;
      return e;
    }
  }
  return b;
}

/** مسؤولان، مصدرين: a source noun in the dual, by its ending. */
function dualWord(n: string): boolean {
  return n.length >= 5 && (n.endsWith("ان") || n.endsWith("ين"));
}

/**
 * وتقول الصحيفة إن … after صحيفة «المساء» ركزت اهتمامها على …: the body named as the subject of the
 * sentences before the one holding offset `at`, back to the statement before (offset `since`); null: none.
 */
export function topicBodyBefore(text: string, at: number, since: number, agree: number): MentionInfo | null {
  const s = sentenceStart(text, at, at - REACH);
  if (s <= 0 || s <= since) return null;
  const m = topicPerson(text, s - 1, since, NOBODY, agree);
  if (!m || m.kind !== "organization") return null;
  // (Only a body opening its sentence as the subject, صحيفة «المساء» ركزت …; after a verb, وتنافس شركة الفجر …,
  // an earlier speaker of the kind stays the one referred to.)
  let i = m.s - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  return i < 0 || sentenceStart(text, i + 2, i - 2) === i + 1 ? m : null;
}

/**
 * Where the verb of the last clause opened by بعد أن or a subordinator (ar-words subordinators: بعدما، عندما) stands
 * in text[s, e), inside the sentence (one opening it, وعندما ضرب التنظيم المدينة، خرج فلان …, comes before its main
 * clause); -1: none.
 */
function subordinateClause(text: string, s: number, e: number): number {
  let at = -1;
  const ar = lexicon().ar;
  let words = 0;
  for (const m of text.slice(s, e).matchAll(/(?<![\p{L}\p{M}])(\p{L}+)\s+(?:([أا]ن)\s+)?(?=\p{L})/gu)) {
    const w = normWord(m[1]);
    const opens = m[2] ? withoutConjunction(w) === "بعد" : ar.subordinators.has(w);
    if (opens && words >= 2) at = s + (m.index ?? 0) + m[0].length;
    words++;
  }
  return at;
}

/**
 * ولاقت القضية اهتماما بعد أن …: the sentence at s opens with a verb and a definite noun, its subject written (not
 * وجدد موقفه بعد أن التقى فلان: the main clause's subject is dropped, the one spoken of before goes on).
 */
function ownSubjectWritten(text: string, s: number): boolean {
  const m = /^\s*\p{L}+\s+(\p{L}+)/u.exec(text.slice(s, s + 80));
  return !!m && normWord(m[1]).startsWith("ال");
}

/** بعد أن استقبله الرئيس: the subordinate clause's verb at `at` carries its object, the main clause's subject. */
function objectOnVerb(text: string, at: number): boolean {
  const m = /^\p{L}+/u.exec(text.slice(at, at + 30));
  return !!m && m[0].length >= 5 && endsWithPronoun(text, at + m[0].length);
}

/** Where the last clause opened by a comma and لكن / ولكن (ar-words topicOpeners) starts in text[s, e); -1: none. */
function butClause(text: string, s: number, e: number): number {
  let at = -1;
  for (const m of text.slice(s, e).matchAll(/[،,]\s*(\p{L}+)\s/gu)) if (lexicon().ar.topicOpeners.has(normWord(m[1]))) at = s + (m.index ?? 0) + m[0].length - m[1].length - 1;
  return at;
}

/** How long a headline line may be (characters). */
const HEADLINE = 120;

/**
 * Whether the line with something on it after offset `at` reads as a headline: short, no end mark after its last word.
 * (Reads HEADLINE + 1 characters at most: it is asked for every blank sentence, ". . .", and a text with no line
 * breaks is not read to its end each time.)
 */
export function headlineAfter(text: string, at: number): boolean {
  let s = at;
  while (s < text.length && isSpace(text.charCodeAt(s))) s++;
  const stop = Math.min(text.length, s + HEADLINE + 1);
  let e = s;
  while (e < stop && text.charCodeAt(e) !== 0x0a) e++;
  if (e - s > HEADLINE) return false;
  let i = e - 1;
  while (i >= s && (isSpace(text.charCodeAt(i)) || `"'”’»)`.includes(text[i]))) i--;
  return i < s || !".!?؟…:".includes(text[i]);
}

/**
 * The start of the sentence that position e (exclusive) ends in: after a full stop or a line break;
 * -1 when none is after `limit` (a text with no stops is not read back to its start for every cue).
 */
function sentenceStart(text: string, e: number, limit: number): number {
  for (let i = e - 1; i > 0; i--) {
    if (i < limit) return -1;
    const c = text.charCodeAt(i - 1);
    if (c === 0x0a || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026) return i;
    // (Not the point of a number: 2.5 مليون.)
    if (c === 0x2e && !(isDigit(text.charCodeAt(i - 2)) && isDigit(text.charCodeAt(i)))) return i;
  }
  return 0;
}

/**
 * The named person a sentence opens with as its subject (the sentence read in text[s, e)); null: none;
 * "stop": its subject is a reporting verb's, and no naming before it counts.
 */
function subjectAt(text: string, s: number, e: number, cueSentence: boolean, known: Known, agree: number): MentionInfo | null | "stop" {
  const toks = tokenize(text, s, e);
  markSpellings(text, toks);
  if (toks.length < 2 || !isWord(toks[0]) || !toks[0].ar) return null;
  const p = sentencePara(text, toks, s, e, "ar");
  // أتلانتا، الولايات المتحدة (CNN) – نفى الوزير …: a dateline before the clause is passed over.
  const dated = clauseStartTok(p, Math.min(toks.length, DATELINE));
  if (dated > 0 && dated < toks.length && isWord(toks[dated])) return subjectAt(text, toks[dated].s, e, cueSentence, known, agree);
  // من جهتها، رفضت الوزارة …؛ وفي المقابل، …: the clause opens after its opening adverbial.
  const after = afterClauseOpening(p, 0, toks.length);
  if (after > 0 && after < toks.length) return subjectAt(text, toks[after].s, e, cueSentence, known, agree);
  const ar = lexicon().ar;
  // كما حددت الهيئة موعداً …: "also" before the verb, or قد (وقد زار الوزير المستشفى حيث أكد …); the
  // clause is read after it.
  // (حيث رحبت تركيا بالضربات واعتبرتها …: so is حيث/إذ opening the line, ar-words subordinateOpeners.)
  if ((inList(toks[0], ar.kama) || inList(toks[0], ar.verbParticles) || inList(toks[0], ar.subordinateOpeners)) && isWord(toks[1])) return subjectAt(text, toks[1].s, e, cueSentence, known, agree);
  const first = toks[0].norm;
  // وقال الوزير فلان إن …، وأكد الباحث تأثير …: a reporting verb's subject is its statement's source;
  // where that was not read, nobody named before it is the subject a continuation refers to.
  const cue = cueAt(p, 0);
  // (أعلنت الإدارة عن حاجتها …. وأوضحت أن …: a reporting verb whose words open nowhere in its clause
  // reported nothing; its subject is named in passing, a body too, as in the cue's own sentence.)
  // (A past verb only: the present describes a stand, وتطالب السلطات بتسليمه، more than a statement made;
  // but ويتابع الرئيس التطورات is "follows", ar-words strictPresent.)
  const silent = !!cue && (cue.entry.form === "verb" || (cue.entry.form === "present" && ar.strictPresent.has(cue.entry.lemma))) && reportsNothing(p, cue);
  if (cue && !clauseOnlyWithout(p, cue) && !silent) return "stop";
  let b: number;
  let named = false;
  const verb = !ar.amma.has(first) && !ar.topicOpeners.has(first);
  if (!verb) {
    // أما سمير، … / أما سمير فيؤيد / لكن السيدة نادية، …: the topic ends at its comma (or فـ after أما);
    // with no title, a name of a word or two (not أما فيما يتعلق بـ …).
    const titled = isTitle(p, 1);
    // (لكن الوزارة نشرت الفيديو وقالت …: after لكن with no title, the clause is read as one without it.)
    if (!ar.amma.has(first) && !titled) return isWord(toks[1]) ? subjectAt(text, toks[1].s, e, cueSentence, known, agree) : null;
    b = 1;
    // (A name that starts with ف and is closed by the comma, أما نيكي فوكس، …, is no فـ.)
    while (b < toks.length && b <= TOPIC_WORDS && isWord(toks[b]) && !(b > 1 && ar.amma.has(first) && toks[b].norm.startsWith("ف") && !isPunct(toks[b + 1], COMMA))) b++;
    if (b === 1 || b > TOPIC_WORDS || !(isPunct(toks[b], COMMA) || isWord(toks[b]))) return null;
    // (Untitled, a bare proper name: no word with the article, أما مشكلة الديون فـ …)
    if (!titled && (b > 3 || (b > 2 && toks[2].norm.startsWith("ال")) || toks[1].norm.startsWith("ال"))) return null;
  } else {
    // وزار الوزير فلان … / وكان الوزير فلان قد …: a verb (no other function word, no noun, no
    // preposition), then a title and the name.
    const g = grammarOf(toks[0]);
    // (وحول التقارير …: a preposition after و is no verb either.)
    const bare = withoutConjunction(first);
    if (sourceClass(toks[0])) return leadingBody(p, agree) ?? (cueSentence ? leadingSubject(p, agree) : null);
    if ((g && !g.has(Gr.kana)) || ar.freePrepositions.has(first) || ar.openingPrepositions.has(first) || ar.freePrepositions.has(bare)) return null;
    // (وغادر سامر الخطيب القاعة، وقال …: in the cue's own sentence, a plain name of two words or more
    // right after the verb is read as a title's name is, below.)
    // (واتفق نعمان خالد محلل الاقتصاد في الشركة مع …؛ والتقى المحلل كريم العتيبي …: a name with a title in
    // apposition after it, or an unnamed-source noun used as a title before it, is read as a title's name.)
    const titled = isTitle(p, 1) || anonTitle(p, 1) || apposedTitle(p, 1);
    named = cueSentence && !silent && !titled && plainName(p, 1);
    // (ابتكر مهندس ياباني وسيلة نقل ويقول …: a title with no name, only its adjective, is an unnamed person.)
    const untitled = isTitle(p, 1) && (cueSentence || silent) ? unnamedAt(p) : null;
    if (untitled) return untitled;
    if (cueSentence && !titled) {
      const m = bodyAt(p) ?? unnamedAt(p) ?? bareNameAt(p, known);
      if (m || !named) return m;
    }
    // (ودعا فلان الحكومة إلى …: an untitled subject of a verb of saying is not read; nobody before it counts.)
    if (silent && !titled) return bodyAt(p) ?? unnamedAt(p) ?? bareNameAt(p, known) ?? "stop";
    // (وحددت الهيئة موعداً. وذكرت أن …: an institution after a verb that reports nothing, a sentence before.)
    if (!titled && !named) return agreeingBody(p, agree) ?? bareNameAt(p, known);
    const t = named ? null : titleOnly(p, cueSentence);
    if (t) return t;
    b = beforeObject(p, arSourceNP(p, 1, toks.length));
  }
  if (b <= 1) return null;
  const d = describeMention(p, 1, b);
  const at = d.kind === "person" && d.name.length > 0 ? nameStart(p, b, d) : -1;
  if (at < 0) return null;
  // مهندس ياباني …: an unnamed person described by an adjective; what follows is no name of theirs.
  const before = toks[at - 1];
  if (verb && isWord(before) && !before.norm.startsWith("ال") && nisbaShape(before.norm) && !sourceClass(before)) return null;
  // (After a verb, a first name alone — وكان الشيخ محمد — is too little to tell the person by.)
  if (verb && d.name.length < 2) return null;
  // (A name set off by commas is whole: شكر الرئيس التركي، رجب طيب أردوغان، …; a comma after it alone
  // may close the object it ran on to.)
  const closed = isPunct(toks[at - 1], COMMA) && isPunct(toks[at + d.name.length], COMMA);
  const m = closed ? d : nameAsUsed(text, d);
  // (A word a particle joins to it is the name's whatever else it reads as: عبد الملك، أبو بكر.)
  for (let k = at; k < at + m.name.length; k++) if (!nameWord(p, k) && !(k > at && inList(toks[k - 1], lexicon().ar.nameParticles))) return null;
  // (عمر بن: cut short where the phrase stopped.)
  if (lexicon().ar.nameParticles.has(m.name[m.name.length - 1])) return null;
  // After a verb, a name the text does not use again and no comma closes runs on to the object
  // (وزار الوزير فلان الفلاني المستشفى): nameAsUsed kept its first parts. Not words that all read as
  // accusatives in ا (عرضت قاضية المانية اقتراحا خارجا: an object, after a misspelt nisba).
  if (verb && !closed && m.name.every((w) => w.endsWith("ا")) && !m.nameText.split(/\s+/u).some((w) => usedAgain(text, m, w))) return null;
  // (Untitled, a name the text uses again: not a verb's object that reads as one, ولم تغفل سهام الوزير ….)
  if (named && !m.nameText.split(/\s+/u).some((w) => usedAgain(text, m, w))) return null;
  return m;
}

/**
 * عبرت الممثلة فلانة عن سعادتها بتغريدة …: a verb that reports only through an أن-clause, with none in
 * the sentence, reports nothing here; its subject is named in passing like any verb's.
 */
function clauseOnlyWithout(p: Para, cue: CueMatch): boolean {
  if (!cue.entry.frames.has(Fr.an) || !cue.entry.frames.within(CLAUSE_FRAMES)) return false;
  // (Not أن after قبل، بعد، من أجل: a clause of time or purpose, as ar/opening.ts reads it.)
  for (let k = cue.to; k < p.toks.length; k++) if (arComp(p.toks[k]) && !inList(p.toks[k - 1], lexicon().ar.verbalAn)) return false;
  return true;
}

/**
 * The cue opening the sentence has no words of its own: up to the next verb cue or the sentence's end no
 * complementiser, colon or quotation follows it (أعلن الحزب انسحابه …، وقال إنه …: the إنه is قال's).
 */
function reportsNothing(p: Para, cue: CueMatch): boolean {
  const toks = p.toks;
  for (let k = cue.to; k < toks.length; k++) {
    const t = toks[k];
    if (isOpen(t) || isPunct(t, ":")) return false;
    if (!isWord(t)) continue;
    // (Another verb's clause; a prepositional cue, نقلاً عن مصادر، أن …, is inside this one.)
    const next = cueAt(p, k);
    if (next && next.entry.form !== "prep") return true;
    // (…، إلا أنه أكد أن …: أن after a concessive opens the writer's next clause, not the cue's words.)
    if (arComp(t) && !inList(toks[k - 1], lexicon().ar.verbalAn) && !inList(toks[k - 1], lexicon().ar.concessive)) return false;
  }
  return true;
}

/**
 * Tokens k and k+1 are plain name words (no article, no lexicon class, no grammar): a name of two words or
 * more that a verb with no title after it may have as its subject.
 */
function plainName(p: Para, k: number): boolean {
  // (وقد مثل فلان: after قد the verb is the next word, not the name's first.)
  if (inList(p.toks[k - 1], lexicon().ar.verbParticles) || inList(p.toks[k - 1], lexicon().ar.negations)) return false;
  for (let j = k; j < k + 2; j++) {
    const t = p.toks[j];
    if (!isWord(t) || !t.ar || t.norm.length < 3 || !nameWord(p, j) || sourceClass(t) || lexicon().cueWords.has(t.norm)) return false;
    // (No article on the first word; no plural in ات, اختيار المدربات.)
    if ((j === k && t.norm.startsWith("ال")) || t.norm.endsWith("ات")) return false;
  }
  return true;
}

/** Where the subject read after a sentence's first verb up to b ends, before the verb's object that ran on to it. */
function beforeObject(p: Para, b: number): number {
  const toks = p.toks;
  const ar = lexicon().ar;
  // (ونشرت الممثلة فلانة الفلاني صورة جديدة: a noun with a common adjective after the name is the object.)
  for (let k = 3; k < b - 1; k++) if (isWord(toks[k + 1]) && ar.plainAdjectives.has(toks[k + 1].norm) && !toks[k].norm.startsWith("ال")) b = k;
  // (نشر الكاتب فلان الفلاني صورا التقطها: an accusative in ا with a verb carrying its pronoun after it, a relative
  // clause on the object, is the object; the name ends before it.)
  for (let k = 3; k < b - 1; k++) if (accusativeWithClause(p, k)) b = Math.min(b, k);
  // (وتعهد الزعيم فلان بدر الدين بصد الهجوم: after a verb whose object is a بـ phrase, its last بـ word opens it,
  // a short one too.)
  for (let k = 3; k < b; k++) if (biObject(p, 0, k, toks.length, 3)) b = k;
  return b;
}

/** Token k is an indefinite accusative in ا (صورا، بيانا) and the next a verb carrying a pronoun (التقطها، أصدره). */
function accusativeWithClause(p: Para, k: number): boolean {
  const t = p.toks[k];
  const v = p.toks[k + 1];
  // (A noun of footage or figures is an object too, صورا: ar-sources data.)
  const c = isWord(t) ? sourceClass(t) : null;
  if (!isWord(t) || !isWord(v) || t.norm.startsWith("ال") || !t.norm.endsWith("ا") || t.norm.length < 4 || (c && c.cls !== "data")) return false;
  // (A verb may open with the letters of the article: التقطها.)
  return v.norm.length >= 5 && !sourceClass(v) && !grammarOf(v) && endsWithPronoun(p.text, v.e);
}

/**
 * Where the name starts, right after the title (الوزير فلان); -1 when a phrase that follows the title
 * comes first (ومضى الوزير في الاتجاه ذاته: no name).
 */
function nameStart(p: Para, b: number, m: MentionInfo): number {
  const ar = lexicon().ar;
  for (let k = 1; k < b && p.toks[k].s < m.e; k++) {
    const t = p.toks[k];
    if (m.nameText.startsWith(p.text.slice(t.s, t.e))) return k;
    if (isWord(t) && ar.freePrepositions.has(t.norm)) return -1;
  }
  return -1;
}

/**
 * A word that can be part of a person's name: no function word or time (اليوم، عما، هذه), no source
 * noun, no accusative (قراراً، مدافعاً), no word under بـ/لـ (لتهدئة، بإحالة), none carrying a pronoun
 * (تدريباته، زميله); a particle (بن، عبد) is.
 */
export function nameWord(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t)) return false;
  const ar = lexicon().ar;
  const n = t.norm;
  if (ar.nameParticles.has(n)) return true;
  // (صورة جديدة: a common adjective describes a noun; it names no one.)
  if (grammarOf(t) || sourceClass(t) || ar.demonstratives.has(n) || ar.freePrepositions.has(n) || ar.plainAdjectives.has(n)) return false;
  if (endsWithTanweenFath(p.text, t.e) || hal(p, k)) return false;
  if (n.length >= 5 && (n[0] === "ب" || n[0] === "ل") && !n.startsWith("ال") && !surnameAfterFirst(p, k)) return false;
  // (بهذه، لذلك: a demonstrative under بـ/لـ, shorter than the words above.)
  if ((n[0] === "ب" || n[0] === "ل") && ar.demonstratives.has(n.slice(1))) return false;
  return !(n.length >= 5 && endsWithPronoun(p.text, t.e));
}

/**
 * سيرغي لافروف، آدم بارون: a word starting with ب or ل (not بال/لل, not ending in ة or ات as nouns under a preposition
 * do: برسالة، بتصريحات) right after a plain first name (no article, no lexicon class, no grammar, no ب/ل either) is
 * the name's next part, not a word under بـ/لـ.
 */
function surnameAfterFirst(p: Para, k: number): boolean {
  const t = p.toks[k];
  const prev = p.toks[k - 1];
  const n = t.norm;
  if (n.startsWith("بال") || n.startsWith("لل") || n.endsWith("ه") || n.endsWith("ات") || endsWithPronoun(p.text, t.e)) return false;
  if (!isWord(prev) || !prev.ar || prev.norm.length < 3 || prev.norm.startsWith("ال") || grammarOf(prev) || sourceClass(prev)) return false;
  // (Not after a present verb, فيما يتعلق بحقوق الإنسان: the ب word is its complement.)
  return prev.norm[0] !== "ب" && prev.norm[0] !== "ل" && !endsWithTanweenFath(p.text, prev.e) && !prev.norm.endsWith("ه") && !presentShape(p.text, prev);
}

/** How far around a naming the text is searched for its name's words used again. */
const NEAR = 3000;

/**
 * رمى الوزير نايف الحجرف كرة الإصلاحات …: after a verb that is no reporting verb the object follows
 * the name with nothing between. The name ends at its second or third part when the text uses that
 * part again nearby (the surname it refers back with: ونشر صلاح، قال ظريف); when neither is, after two
 * parts and a family name of the nisba shape (عمر بن صالح العمري). A part is a word, or a particle
 * with what it joins (بن سلمان، عبد العزيز), or a compound given name (بدر الدين).
 */
function nameAsUsed(text: string, m: MentionInfo): MentionInfo {
  // (Words between runs of spaces too: Markdown's marks and a wrapped line's break are spaces.)
  const written = m.nameText.split(/\s+/u);
  if (written.length <= 2) return m;
  const norm = written.map(normWord);
  const particles = lexicon().ar.nameParticles;
  const ends: number[] = [];
  // (Nor before الدين، الله, which end a compound given name: بدر الدين.)
  const compound = lexicon().ar.compoundNameEnds;
  for (let i = 0; i < written.length; i++) if (!(particles.has(norm[i]) && i + 1 < written.length) && !(i + 1 < written.length && compound.has(norm[i + 1]))) ends.push(i + 1);
  for (let j = 1; j < ends.length && j <= 2; j++) if (usedAgain(text, m, written[ends[j] - 1])) return cut(m, written, norm, ends[j]);
  let n = ends[Math.min(1, ends.length - 1)];
  // (العمري، القحطاني: the article and a final ي.)
  if (ends.length > 2 && norm[n].length >= 5 && norm[n].startsWith("ال") && norm[n].endsWith("ي")) n = ends[2];
  return cut(m, written, norm, n);
}

/** The mention with its name's first n words. */
function cut(m: MentionInfo, written: string[], norm: string[], n: number): MentionInfo {
  return n >= written.length ? m : { ...m, name: norm.slice(0, n), nameText: written.slice(0, n).join(" ") };
}

/** Word w (as written) stands elsewhere within NEAR characters of the mention, maybe after و، ف، ب، ل. */
function usedAgain(text: string, m: MentionInfo, w: string): boolean {
  return usedNear(text, m.s, m.e, w);
}

/** Word w (as written) stands again as a word of its own within NEAR characters of text[s, e), outside it. */
function usedNear(text: string, s: number, e: number, w: string): boolean {
  const lo = Math.max(0, s - NEAR);
  const hi = Math.min(text.length, e + NEAR);
  // (Searched in the window only: indexOf on the whole text ran on to the word's next use anywhere.)
  const near = text.slice(lo, Math.min(text.length, hi + w.length));
  for (let k = near.indexOf(w); k >= 0 && lo + k < hi; k = near.indexOf(w, k + 1)) {
    const i = lo + k;
    if (i >= s && i < e) continue;
    let j = i;
    for (let c = 0; c < 2 && j > 0 && "وفبل".includes(text[j - 1]); c++) j--;
    if ((j === 0 || !letterOrNumberAt(text, j - 1)) && !letterOrNumberAt(text, i + w.length)) return true;
  }
  return false;
}

/**
 * وألقت السلطات القبض على … واتهمتهم بـ …: in the cue's own sentence, a definite institution right after
 * the first verb is its subject too (not a document: وأثار القانون انتقادات).
 */
function bodyAt(p: Para, at = 1): MentionInfo | null {
  const head = isWord(p.toks[at]) ? sourceClass(p.toks[at]) : null;
  if (!head || lexicon().ar.documentHeads.has(head.lemma)) return null;
  // (وزارة الخارجية: a head in construct with a definite word is definite; رفضت إسرائيل: a state is one body.)
  // (قيادة قوات التحالف: two heads of bodies in construct, the last word definite; the genitive's words counted.)
  const construct = head.definite || p.toks[at].norm.startsWith("ال") ? 0 : definiteAt(p, at + 1) ? 1 : bodyHeadAt(p, at + 1) && definiteAt(p, at + 2) ? 2 : namedBody(p, at, head.cls);
  // (رابطة "نور الشباب": a head with its quoted name.)
  // (The sentence is read on its own, its quotation marks not paired: the next mark within five words closes it.)
  if (p.toks[at + 1]?.kind === QUOTE && head.cls === "org" && !p.toks[at].norm.startsWith("ال")) {
    let c = at + 2;
    while (c < at + 7 && isWord(p.toks[c])) c++;
    const named = p.toks[c]?.kind === QUOTE && c > at + 2 ? describeMention(p, at, c + 1) : null;
    return named?.kind === "organization" ? { ...named, e: p.toks[c].e } : null;
  }
  // (نشر رياض حجاب: a place followed by a bare name word begins a person's name.)
  if (head.cls === "place" ? !isWord(p.toks[at + 1]) || (nameWord(p, at + 1) && !p.toks[at + 1].norm.startsWith("ال")) : !(head.definite || construct > 0) || (head.cls !== "org" && head.cls !== "group")) return null;
  const m = describeMention(p, at, bodyEnd(p, at, arSourceNP(p, at, p.toks.length), construct));
  return m.kind === "organization" || m.kind === "group" ? m : null;
}

/**
 * ووثقت منظمة رصد الحقوقية …، وأكدت: the bare head of a body (no article, not under لـ/بـ) and its own name, a
 * plain name word (no article, no nisba, which an unnamed body takes: منظمة حقوقية), is as definite as a head in
 * construct: 1, the name's one word; 2 when a definite noun that is no nisba follows it, whose genitive the word
 * is (حكومة دولة الإمارات العربية); 0: no such name.
 */
function namedBody(p: Para, at: number, cls: string): number {
  const t = p.toks[at];
  const n = p.toks[at + 1];
  if (cls !== "org" || underPreposition(t) || !isWord(n) || !n.ar || n.norm.length < 3) return 0;
  if (n.norm.startsWith("ال") || nisbaShape(n.norm) || !nameWord(p, at + 1) || indefiniteAdjective(n)) return 0;
  return definiteAt(p, at + 2) && !nisbaShape(p.toks[at + 2].norm) ? 2 : 1;
}

/** A head under لـ/بـ: the lexicon found it only once the letter was peeled off (لجنة، بنك are heads themselves). */
function underPreposition(t: Tok): boolean {
  return (t.norm.startsWith("ل") || t.norm.startsWith("ب")) && !lexicon().sources.has(t.norm);
}

/** Token k is a word with the article. */
function definiteAt(p: Para, k: number): boolean {
  return isWord(p.toks[k]) && p.toks[k].norm.startsWith("ال");
}

/** Token k is the bare head of a body or group (قوات، مجلس), not a place's name. */
function bodyHeadAt(p: Para, k: number): boolean {
  const c = isWord(p.toks[k]) && !p.toks[k].norm.startsWith("ال") ? sourceClass(p.toks[k]) : null;
  return !!c && (c.cls === "org" || c.cls === "group");
}

/**
 * صحيفة "الفجر" سلطت الضوء على …. وتشرح بأن …: an outlet or body named with its quoted name (or the
 * article) as the subject opening a sentence whose verb reports nothing is the topic of a dropped subject
 * after it, when the cue agrees with its head; a place is none (a country opens many a sentence).
 */
function leadingBody(p: Para, agree: number): MentionInfo | null {
  const t = p.toks[0];
  if (agree === 0 || sourceClass(t)?.cls !== "org") return null;
  const m = bodyAt(p, 0);
  if (!m) return null;
  const a = sourceAgreement(p.text.slice(t.s, t.e)).agreement;
  return (agree === 2) === (a === "feminine" || a === "feminine-plural") ? m : null;
}

/**
 * وزير المالية يزور المصنع ويؤكد أن …، مصر تدين الهجوم وتصفه بـ …: in the cue's own sentence (a headline's
 * order), a title, a state or a body opening it as the subject of the present verb right after it, the verb's
 * person agreeing with the cue (يـ masculine, تـ feminine), is the subject of the cue coordinated after it; a
 * person by a name or a definite title (not an unnamed source: مصدر يؤكد … ويضيف is a statement's source).
 */
function leadingSubject(p: Para, agree: number): MentionInfo | null {
  const toks = p.toks;
  const c = sourceClass(toks[0])?.cls;
  if (agree === 0 || (c !== "title" && c !== "place" && c !== "org")) return null;
  const k = headlineVerb(p, agree);
  if (k < 0) return null;
  const m = describeMention(p, 0, k);
  // (وزير المالية: a title in construct with a definite word is definite.)
  if (m.kind === "person") return m.name.length > 0 || m.definite || (k > 1 && definiteAt(p, 1)) ? m : null;
  // (مصر والدول الخليجية تدين …: bodies named together, a group, speak as one too.)
  return m.kind === "organization" || m.kind === "group" ? m : null;
}

/** How many words the subject before a headline's verb may have (وزير المالية سامي حداد يزور). */
const HEADLINE_SUBJECT = 6;

/**
 * The present verb after the subject opening a sentence (leadingSubject): the first word in its shape (يـ when
 * `agree` is 1, تـ when 2; no source noun, no grammar word) before an object word (the article, a preposition
 * or a quotation), and not a name the text uses again nearby (ياسر، تامر: names of that shape); -1: none.
 */
function headlineVerb(p: Para, agree: number): number {
  const toks = p.toks;
  for (let k = 1; k < toks.length - 1 && k <= HEADLINE_SUBJECT; k++) {
    const v = toks[k];
    if (!isWord(v)) return -1;
    if (!v.ar || sourceClass(v) || grammarOf(v) || !presentShape(p.text, v) || (v.norm[0] === "ت") !== (agree === 2) || v.norm[0] === "ن") continue;
    const o = toks[k + 1];
    const object = isOpen(o) || (isWord(o) && (o.norm.startsWith("ال") || !!grammarOf(o) || /^[بل]/.test(o.norm) || !!sourceClass(o)));
    // (A name of that shape follows a title or another name; a reporting verb is none: تؤكد may be used again.)
    const name = !cueAt(p, k) && sourceClass(toks[k - 1])?.cls !== "org" && sourceClass(toks[k - 1])?.cls !== "place" && usedNear(p.text, v.s, v.e, p.text.slice(v.s, v.e));
    return object && !name ? k : -1;
  }
  return -1;
}

/**
 * ابتكر مهندس ياباني … ويقول إن …، كشفت مصادر حقوقية عن …. وأفادت أن …: an indefinite unnamed source (its
 * noun and adjectives; a title with an adjective and no name) right after the verb, in the cue's own sentence or after a verb that reported nothing.
 */
function unnamedAt(p: Para): MentionInfo | null {
  const toks = p.toks;
  // (شارك أحد أساتذة الجامعة ببيان، حيث قال …: "one of" and an unnamed source in the plural, as describe-ar reads it.)
  if (isWord(toks[1]) && (toks[1].norm === "احد" || toks[1].norm === "احدي") && isWord(toks[2]) && sourceClass(toks[2])?.cls === "anon") {
    const one = describeMention(p, 1, oneOfEnd(p, arSourceNP(p, 1, toks.length)));
    return one.kind === "anonymous" ? one : null;
  }
  // (ثم علق أحدهم على الصور، وقال …: "one of them" alone, its noun a pronoun, is an unnamed person too.)
  if (isWord(toks[1]) && ONE_OF_THEM.has(toks[1].norm)) {
    const one = describeMention(p, 1, 2);
    return one.kind === "anonymous" ? one : null;
  }
  const head = isWord(toks[1]) ? sourceClass(toks[1]) : null;
  // (Not أحد/إحدى, "one of", whose noun follows: describe-ar reads that phrase.)
  // (An indefinite title with its adjective is an unnamed person too: مهندس ياباني، طبيبة سورية.)
  if (!head || (head.cls !== "anon" && head.cls !== "title") || head.definite || toks[1].norm.startsWith("ال") || toks[1].norm.startsWith("احد")) return null;
  let k = 2;
  while (indefiniteAdjective(toks[k])) k++;
  // (One adjective only: a second word of the shape may be a name, مهندس ياباني كينجي.)
  if (head.cls === "title" && k !== 3) return null;
  // (…but not when a name follows: مهندس ياباني يدعى فلان.)
  if (head.cls === "title") {
    const whole = describeMention(p, 1, arSourceNP(p, 1, toks.length));
    if (whole.kind === "person" && whole.name.length > 0) return null;
  }
  const m = describeMention(p, 1, k);
  return m.kind === "anonymous" ? m : null;
}

/** أحدهم، إحداهن، أحدهما، إحداهما (normalised): "one of them", with no noun after it. */
const ONE_OF_THEM = new Set(["احدهم", "احداهن", "احدهما", "احداهما"]);

/**
 * Where "one of" and its noun after the sentence's first verb end (at most b): a definite noun right after a
 * definite word is the verb's object (واستقبل أحد المسؤولين الوفد), as is an accusative (نشر أحد المسؤولين
 * بياناً), and a word under بـ or لـ (شارك أحد الأساتذة برسالة); a genitive after a noun in construct (أحد أساتذة الجامعة) and a nisba (المسؤولين الأمريكيين) are not.
 */
function oneOfEnd(p: Para, b: number): number {
  for (let k = 3; k < b; k++) {
    const t = p.toks[k];
    const prev = p.toks[k - 1];
    if (!isWord(t)) return k;
    if (t.norm.startsWith("ال") && !nisbaShape(t.norm) && isWord(prev) && prev.norm.startsWith("ال")) return k;
    if (!t.norm.startsWith("ال") && endsWithTanweenFath(p.text, t.e)) return k;
    // (برسالة، لوكالة: a word under بـ or لـ is what the verb takes, or whom; لل is a genitive, للأمم المتحدة.)
    if (t.norm.length >= 5 && (t.norm[0] === "ب" || t.norm[0] === "ل") && !t.norm.startsWith("ال") && !t.norm.startsWith("لل")) return k;
    if (!t.norm.startsWith("ال") && t.norm.endsWith("ا") && lexicon().grammar.get(t.norm.slice(0, -1))?.has(Gr.medium)) return k;
  }
  return b;
}

/**
 * وحددت الهيئة موعداً للاقتراع. وذكرت أن …: an institution after a verb that reports nothing, a sentence
 * or two before the cue, when the cue's verb agrees with its head (`agree`: 1 masculine, 2 feminine; the
 * feminine of الهيئة، السلطات, a masculine head for a masculine verb); not one under لـ (اجتماع للأمم المتحدة).
 */
function agreeingBody(p: Para, agree: number): MentionInfo | null {
  const t = p.toks[1];
  if (agree === 0 || !isWord(t) || underPreposition(t)) return null;
  const m = bodyAt(p);
  if (!m || sourceClass(t)?.cls === "place") return m;
  const a = sourceAgreement(p.text.slice(t.s, t.e)).agreement;
  const feminine = a === "feminine" || a === "feminine-plural";
  return (agree === 2) === feminine ? m : null;
}

/**
 * ورفض ماكرون الاقتراح، لكنه أكد أن …: a name of one word with no title right after the verb, the
 * object (a definite word) or a comma after it, is the subject when it names a person spoken of already
 * (`known`: إيمانويل ماكرون quoted before); not a word of the lexicon, nor one with the article.
 */
function bareNameAt(p: Para, known: Known): MentionInfo | null {
  const toks = p.toks;
  if (hasGrammar(toks[0], Gr.kana)) {
    const k = kanaSubject(p, known);
    if (k) return k;
  }
  const t = toks[1];
  const next = toks[2];
  if (!isWord(t) || !t.ar || t.norm.length < 3 || !nameWord(p, 1) || lexicon().ar.nameParticles.has(t.norm)) return null;
  if (t.norm.startsWith("ال")) return knownFamilyName(p, known);
  const definite = isPunct(next, COMMA) || (isWord(next) && next.norm.startsWith("ال") && !sourceClass(next));
  // (ورفض ماكرون كشف التفاصيل: after a name the text gave in full before, any plain word is the object;
  // the name ends there.)
  // (…but not a word of a known name: وقال إيمانويل ماكرون is the full name.)
  // (…and a source noun without the article after it, the object's head in construct or a title in apposition:
  // ودعا كوربن حكومة ماي إلى …; not a place, which may be the rest of a name.)
  const nc = isWord(next) ? sourceClass(next) : null;
  const plain = isWord(next) && next.ar && !grammarOf(next) && (!nc || (nc.cls !== "place" && !next.norm.startsWith("ال"))) && !inList(next, lexicon().ar.nameParticles) && !known(next.norm, p.text.slice(next.s, next.e), next.s);
  if (!definite && !plain) return null;
  const m = describeMention(p, 1, 2);
  if (m.kind !== "person" || m.name.length !== 1) return null;
  return known(m.name[0], p.text.slice(t.s, t.e), t.s) ? m : null;
}

/** How many words the subject between كان and its verb may have (وكانت وزارة الخارجية الأمريكية أعلنت). */
const KANA_SUBJECT = 5;

/**
 * وكان أردوغان قد أعلن فوزه وقال …، وكانت مصر فتحت المعبر وأعلنت …: after كان/كانت the subject runs to قد, or
 * after كانت to the feminine past verb (a plain word in ت, no article, no source noun), or to هو/هي; a body, or a
 * person by a name the text gave before.
 */
function kanaSubject(p: Para, known: Known): MentionInfo | null {
  const toks = p.toks;
  const feminine = toks[0].norm.endsWith("ت");
  let e = 2;
  for (; e < toks.length && e <= KANA_SUBJECT + 1; e++) {
    const t = toks[e];
    // (A relative clause after the subject hides where its verb is: وكانت التدريبات التي تواصلت … تركزت.)
    if (!isWord(t) || hasGrammar(t, Gr.relative)) return null;
    // (كانت قوات من مصراتة هي التي طردت …: هي/هو after the subject ends it.)
    if (t.norm === "قد" || t.norm === "هي" || t.norm === "هو" || (feminine && t.ar && t.norm.length >= 3 && t.norm.endsWith("ت") && !t.norm.startsWith("ال") && !sourceClass(t) && !grammarOf(t))) break;
  }
  if (e >= toks.length || e > KANA_SUBJECT + 1) return null;
  const m = describeMention(p, 1, e);
  // (A body by a source noun: a definite word the lexicon does not know, وكانت المفاجأة, reads as one too.)
  if (m.kind === "organization" || m.kind === "group") return sourceClass(toks[1]) ? m : null;
  // (A person only by a name the text gave before: وكانت حالة الطوارئ قد فرضت reads like a name of two words.)
  if (m.kind !== "person" || m.name.length === 0 || m.name.length !== m.words.length) return null;
  return known(m.name[0], p.text.slice(toks[1].s, toks[1].e), toks[1].s) ? m : null;
}

/**
 * وسارع الحداد إلى الترحيب بالقرار وقال …: a family name with the article alone after the verb, a person's the
 * text named before in full, then a preposition or a comma (its object, or the clause, follows): the
 * subject (read as the institution-like word it looks; the resolver finds the person by the name).
 */
function knownFamilyName(p: Para, known: Known): MentionInfo | null {
  const t = p.toks[1];
  const next = p.toks[2];
  if (t.norm.length < 5 || sourceClass(t) || grammarOf(t) || !(isPunct(next, COMMA) || (isWord(next) && lexicon().ar.freePrepositions.has(next.norm)))) return null;
  if (!known(t.norm, p.text.slice(t.s, t.e), t.s)) return null;
  const m = describeMention(p, 1, 2);
  return m.words.length === 1 && !m.lemma ? m : null;
}

/**
 * A word with لل at token k (before b), or after one more definite word: what an adjective before it
 * governs. (Not after a plural, دعت الجامعة المتقدمين للوظائف: the object, no adjective of one body.)
 */
function governs(toks: readonly Tok[], k: number, b: number): boolean {
  if (pluralEnding(toks[k - 1].norm)) return false;
  for (let j = k; j < b && j < k + 2 && isWord(toks[j]); j++) {
    if (toks[j].norm.startsWith("لل")) return true;
    if (!toks[j].norm.startsWith("ال")) return false;
  }
  return false;
}

/**
 * Where a body's name after a verb ends (at most b): its adjectives (السعودي، الأعلى، العليا) and what
 * they govern (للكرة الطائرة، لحقوق الإنسان) belong to it; the object does not (السلطات القبض، الحكومة
 * لخفض الدعم، الكونغرس قيوداً، الحكومة الإسبانية بالاعتذار).
 */
function bodyEnd(p: Para, at: number, b: number, construct: number): number {
  const toks = p.toks;
  let genitive = false;
  let adjective = false;
  // (وزارة الخارجية، قيادة القوات المشتركة: the definite word after a head in construct is its genitive.)
  for (let k = at + construct + 1; k < b; k++) {
    const t = toks[k];
    if (!isWord(t) || grammarOf(t)) return k;
    const n = t.norm;
    if (n.startsWith("لل") || (adjective && n.startsWith("ل") && !n.startsWith("ال"))) genitive = true;
    // (أفعل and فعلى: الأعلى، الأبيض، العليا.)
    // (للغذاء والدواء: a second word joined to what is governed.)
    else if (genitive && n.startsWith("وال") && !sourceClass(t)) continue;
    // (الهيئة العامة للغذاء: any definite word before what it governs is an adjective.)
    else if (n.startsWith("ال") && (genitive || nisbaShape(n) || (n.length === 6 && (n[2] === "ا" || n.endsWith("ا"))) || governs(toks, k + 1, b))) adjective = !genitive;
    else return k;
  }
  return b;
}

/**
 * واستنفر الوزير التركي مدافعاً …، وقال / واستقبل الرئيس التونسي الوفد، وقال: a definite title (its
 * genitive and adjectives with it) and then no name: the object, a preposition, an accusative or the
 * clause's end. The title alone is the subject, and refers back to whoever holds it. null: a word that
 * may be a name follows (الوزير التونسي سامي …), or the title is indefinite.
 */
function titleOnly(p: Para, cueSentence: boolean): MentionInfo | null {
  const toks = p.toks;
  const head = sourceClass(toks[1]);
  let k = 2;
  // (وزير الخارجية: a title in construct with a definite word; not one under a preposition, للنجم.)
  if (!toks[1].norm.startsWith("ال")) {
    if (head?.lemma !== toks[1].norm || !isWord(toks[2]) || !toks[2].norm.startsWith("ال")) return null;
    k = 3;
  }
  const ar = lexicon().ar;
  // (Its adjectives: a nisba, الرئيس التونسي; a descriptor or a title's adjective, الرئيس السابق، الأمين العام.)
  while (isWord(toks[k]) && toks[k].norm.startsWith("ال") && (writtenNisba(p, toks[k]) || sourceClass(toks[k])?.cls === "descriptor" || ar.titleAdjectives.has(toks[k].norm)) && !isTitle(p, k)) k++;
  // (In the cue's own sentence, a definite noun after them that is no title or adjective is the object:
  // وزار الوزير المستشفى، وقال …; a sentence before, the title visited, the speaker before went on.)
  const next = toks[k];
  const object = cueSentence && isWord(next) && next.ar && next.norm.startsWith("ال") && next.norm.length >= 5 && !writtenNisba(p, next) && sourceClass(next)?.cls !== "title" && !grammarOf(next);
  // (Or a definite word under بـ or لـ: وأشاد الوزير بالجهود المبذولة وقال …)
  const under = cueSentence && ((isWord(next) && next.ar && next.norm.length >= 5 && (next.norm.startsWith("بال") || next.norm.startsWith("لل")) && !sourceClass(next)) || biObject(p, 0, k, toks.length));
  const open = object || under || (cueSentence && indefiniteObject(p, k)) || !next || !isWord(next) || (!next.norm.startsWith("ال") && (!!grammarOf(next) || endsWithTanweenFath(p.text, next.e) || ar.freePrepositions.has(next.norm)));
  // (الرئيس التركي، رجب طيب أردوغان،: the name in apposition.)
  if (!open || (isPunct(next, COMMA) && isWord(toks[k + 1]) && !toks[k + 1].norm.startsWith("ال") && nameWord(p, k + 1))) return null;
  const d = describeMention(p, 1, k)
  // (A title in construct with a definite word, رئيس الوزراء، وزير الخارجية, is definite though its head has no
  // article; not before في, whose phrase may go on to the holder's name: رئيس الدائرة السياسية في الحرس
  // الثوري العميد فلان.)
  const construct = !toks[1].norm.startsWith("ال") && (!(isWord(next) && next.norm === "في") || (cueSentence && placeBeforeCue(p, k + 1)));
  return d.kind === "person" && d.name.length === 0 && (d.definite || construct) ? d : null;
}

/**
 * ومضى وزير المال في الاتجاه ذاته وقال …: the phrase under في from k runs to the cue coordinated after it (where
 * the sentence read stops, or a cue with و, within four words) through definite words, no title, and words with a
 * pronoun only: no holder's name follows the title there.
 */
function placeBeforeCue(p: Para, k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    const t = p.toks[j];
    // (The sentence is read up to the cue, its و left before it: where it stops, the cue stands.)
    if (j >= p.toks.length || (j === p.toks.length - 1 && t.norm === "و")) return j > k;
    if (!isWord(t) || !t.ar) return false;
    if (j > k && t.norm.startsWith("و") && cueAt(p, j)) return true;
    if (sourceClass(t)?.cls === "title" || !(t.norm.startsWith("ال") || endsWithPronoun(p.text, t.e))) return false;
  }
  return false;
}

/**
 * ونشرت الفنانة صورة لها، وكتبت …، وأجرى المدرب تغييرات على التشكيلة، وأوضح …: an indefinite word after a
 * title that no name has: a medium (رسالة، تغريدة; ar-grammar medium, in the accusative too), a plural in ات,
 * a word with a preposition and its pronoun after it (صورة لها، كلمة له), or with a common adjective (صورة جديدة)
 * or an accusative nisba (اجتماعاً أمنياً).
 */
function indefiniteObject(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t) || !t.ar || t.norm.startsWith("ال") || t.norm.length < 4 || sourceClass(t)) return false;
  const n = t.norm;
  const g = lexicon().grammar;
  if (g.get(n)?.has(Gr.medium) || (n.endsWith("ا") && g.get(n.slice(0, -1))?.has(Gr.medium))) return true;
  // (Another grammar word, a time or a preposition, is none: the caller reads those.)
  if (grammarOf(t)) return false;
  if (n.endsWith("ات") && n.length >= 5 && !nameWord(p, k + 1)) return true;
  const after = p.toks[k + 1];
  if (isWord(after) && lexicon().ar.plainAdjectives.has(after.norm)) return true;
  // (اجتماعاً أمنياً، مؤتمراً صحفياً: a noun in the accusative in ا with a nisba in the accusative after it.)
  if (n.endsWith("ا") && isWord(after) && after.ar && !after.norm.startsWith("ال") && after.norm.endsWith("يا") && nisbaShape(after.norm.slice(0, -1))) return true;
  return isWord(after) && after.ar && !!grammarOf(after)?.has(Gr.adjunct) && endsWithPronoun(p.text, after.e) && after.norm.length <= 4;
}

/** A nisba as written: المستشفى ends in ى, which the normalised form spells ي. */
function writtenNisba(p: Para, t: Tok): boolean {
  return nisbaShape(t.norm) && p.text.charCodeAt(t.e - 1) !== 0x0649;
}

/** The source noun at token k is in the singular (محلل، الخبيرة; not محللون، الخبراء). */
function singularSource(p: Para, k: number): boolean {
  const a = sourceAgreement(p.text.slice(p.toks[k].s, p.toks[k].e)).agreement;
  return a === "masculine" || a === "feminine";
}

/**
 * والتقى المحلل كريم العتيبي …، واجتمع الخبير الاقتصادي مراد التونسي …: an unnamed-source noun in the singular
 * with the article (ar-sources anon), its nisbas after it, then a plain name of two words: used as a title.
 */
function anonTitle(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t) || !t.norm.startsWith("ال") || sourceClass(t)?.cls !== "anon" || !singularSource(p, k)) return false;
  let j = k + 1;
  while (j < k + 3 && isWord(p.toks[j]) && p.toks[j].norm.startsWith("ال") && writtenNisba(p, p.toks[j])) j++;
  return plainName(p, j);
}

/**
 * واتفق نعمان خالد محلل الاقتصاد الكلي في الشركة مع …: a plain name of two or three words, then (after a comma
 * or not) a title or unnamed-source noun in the singular, definite or in construct with a definite word or a
 * body (مدير شركة …): a title in apposition, the name the verb's subject.
 */
function apposedTitle(p: Para, k: number): boolean {
  if (!plainName(p, k)) return false;
  let j = k + 2;
  if (nameWord(p, j) && !sourceClass(p.toks[j]) && !p.toks[j].norm.startsWith("ال")) j++;
  if (isPunct(p.toks[j], COMMA)) j++;
  const t = p.toks[j];
  const c = isWord(t) ? sourceClass(t) : null;
  if (!c || (c.cls !== "title" && c.cls !== "anon") || !singularSource(p, j)) return false;
  return t.norm.startsWith("ال") ? isPunct(p.toks[j - 1], COMMA) : definiteAt(p, j + 1) || bodyHeadAt(p, j + 1);
}

/** Token k is a title or honorific (الوزير، السيدة، ولي العهد). */
function isTitle(p: Para, k: number): boolean {
  const t = p.toks[k];
  return isWord(t) && (sourceClass(t)?.cls === "title" || nisbaTitle(p, k));
}

/**
 * وبدا المسرحي سامر الحلبي متألماً: a definite nisba the lexicon does not know (written with ي, no
 * function word), right before a name of two words without the article, names a person by what they
 * do, as a title does.
 */
function nisbaTitle(p: Para, k: number): boolean {
  const t = p.toks[k];
  const n = t.norm;
  if (!t.ar || n.length < 6 || !n.startsWith("ال") || !nisbaShape(n) || p.text.charCodeAt(t.e - 1) !== 0x064a || grammarOf(t) || sourceClass(t)) return false;
  const given = p.toks[k + 1];
  return isWord(given) && given.ar && !given.norm.startsWith("ال") && nameWord(p, k + 1) && isWord(p.toks[k + 2]) && nameWord(p, k + 2);
}
