// Prepositional cues: بحسب X، … / …، وفقاً لـX / نقلاً عن X / على لسان X / وفق ما أعلن X.
// The source follows the preposition; the reported clause follows the source when the
// cue opens its sentence, and is the clause before the cue otherwise.
import { Fr, Gr, lexicon } from "../../lexicon";
import { cueAt, grammarOf, hasGrammar, inList, sourceClass } from "../../lexicon/lookup";
import { hasWithClitic } from "../../lexicon/word-lists";
import { FoundStatement } from "../../statements/found";
import { endsWithPronoun } from "../../text/chars";
import { COMMA, isClose, isOpen, isPunct, isWord, sentOf, sentenceStartTok } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { accusative, countAt, countSubject } from "../count";
import { arSourceNP, nameLikeWord } from "../source-phrase";
import { arComp, hal, isAddressee, nisbaShape, presentShape } from "../words";
import { NUM } from "../../text/token";

export function preposition(r: ArReading): Verdict {
  if (r.entry.form !== "prep") return undefined;
  const { p, m, toks } = r;
  // ليس في المدينة فحسب بل …، فحسب.: حسب with nothing after it or before بل/وإنما is "only".
  // (A quotation after it, حسب «رويترز», is a source's name.)
  const nx = toks[m.to];
  if (m.entry.lemma === "حسب" && (!nx || isPunct(nx, ".،,؛;:!?؟") || isClose(nx) || (isWord(nx) && inList(nx, lexicon().ar.onlyFollowers)))) return null;
  let a = m.to;
  // وفق ما أعلن X / بحسب ما ذكرت X: the verb after ما is part of the cue.
  let cueTo = m.to;
  const maAt = isWord(toks[a]) && inList(toks[a], lexicon().ar.maAfterPreposition) ? a + 1 : (m.entry.rest.length && m.entry.rest[m.entry.rest.length - 1] === "ما") || m.entry.lemma.endsWith("ما") ? a : -1;
  // بحسب ما نقلت(ه) الوكالة عن مصادر، فإن …: the relayed source speaks, as after نقلت الوكالة عن.
  // وفق ما هو معلن، وفقا لما هو معمول به: "as is announced", a nominal clause after ما, names no source.
  if (maAt >= 0 && isWord(toks[maAt]) && inList(toks[maAt], lexicon().ar.standalonePronouns)) return null;
  const relay = maAt >= 0 && relayVerb(r, maAt);
  // وفق ما علمت الصحيفة من مصادر مطلعة، فإن …: who learned it is no source; who told them, after من, is.
  const learned = maAt >= 0 && isWord(toks[maAt]) && inList(toks[maAt], lexicon().ar.learnVerbs);
  // ووفقاً لما يقرب من 12 شخصاً حضروا …: "what nears" a count is the count (ar-words countComparatives),
  // the source, from the count itself (يقرب من, a verb, is no name's word).
  const near = maAt >= 0 ? maAt : isWord(toks[m.to - 1]) && toks[m.to - 1].norm.endsWith("ما") ? a : -1;
  const end = near >= 0 && !learned && isWord(toks[near]) && inList(toks[near], lexicon().ar.countComparatives) ? countSource(r, near) : -1;
  if (end > near + 2) {
    const st = new FoundStatement(m.from, cueTo, near + 2, end, 0, 0, m.from, end, sentOf(p, m.from), null, "ar");
    return clauseOfPreposition(r, st);
  }
  if (learned) {
    cueTo = maAt + 1;
    a = learnedFrom(r, cueTo) + 1;
  } else if (maAt >= 0) {
    const to = maClauseVerbEnd(r, maAt);
    if (to === NOT_REPORTING) return null;
    if (to > 0) {
      a = to;
      cueTo = to;
    }
  }
  const sentEnd = r.sentEnd;
  // حسبما أفادت به مصادر: the verb's pronoun object is not the source.
  if (a > m.from && isWord(toks[a]) && inList(toks[a], lexicon().ar.biPronoun)) cueTo = ++a;
  // وفق الجدول الزمني، بحسب الخطة: "in accordance with" a plan or a rule names no source; nor does
  // a demonstrative before what is no source noun (حسب هذا التوجه؛ بحسب هذه المصادر names one).
  if (isWord(toks[a]) && isNorm(toks[a].norm, endsWithPronoun(p.text, toks[a].e))) return null;
  // على حسب المسافة، على حسب الظروف: with على, حسب means "depending on"; only a source noun makes it "according to".
  if (m.entry.lemma === "على حسب" && m.to === a && !(isWord(toks[a]) && sourceClass(toks[a]))) return null;
  if (isWord(toks[a]) && inList(toks[a], lexicon().ar.demonstratives) && !(isWord(toks[a + 1]) && sourceClass(toks[a + 1]))) return null;
  if (isWord(toks[a]) && hasGrammar(toks[a], Gr.verbnoun) && endsWithPronoun(p.text, toks[a].e)) return ownView(r, cueTo, a);
  let b = arSourceNP(p, a, sentEnd);
  // وفقاً لوزارة الداخلية، وفقاً لوكالة الأنباء: after the preposition لـ an institution is the source,
  // not an addressee (an outlet the lexicon lists as one told, لوكالة، لصحيفة، لشبكة, too).
  if (b === a && isWord(toks[a]) && toks[a].ar && toks[a].norm.startsWith("ل") && toks[a].norm.length > 3 && isAddressee(toks[a]) && (!grammarOf(toks[a])?.has(Gr.addressee) || sourceClass(toks[a])?.cls === "org")) b = Math.max(a + 1, arSourceNP(p, a + 1, sentEnd));
  if (b <= a) return null;
  b = withoutClauseApposition(r, a, b);
  b = beforeClauseVerb(r, a, b);
  b = beforeCopula(r, a, b);
  if (relay && isWord(toks[b]) && toks[b].norm === "عن") {
    const b2 = arSourceNP(p, b + 1, sentEnd);
    if (b2 > b + 1) {
      a = b + 1;
      b = b2;
    }
  }
  const st = new FoundStatement(m.from, cueTo, a, b, 0, 0, m.from, b, sentOf(p, m.from), null, "ar");
  // وفقاً لوزارة الصحة: the source starts after the لـ the preposition governs.
  st.sourceAfterClitic = a === cueTo && toks[a].ar && toks[a].norm.startsWith("ل") && isWord(toks[cueTo - 1]) && hasWithClitic(lexicon().ar.lamPrepositions, toks[cueTo - 1].norm);
  return clauseOfPreposition(r, st);
}

/**
 * وبحسب وزارة الصحة، ارتفع عدد الإصابات إلى مئة، وأغلقت …: after a prepositional cue's source, what
 * stands between commas is the reported clause, not an apposition, unless it opens with a title
 * (بحسب فلان، مدير الشرطة، …), is followed by فإن/فقد/أن, or is a name (up to four name words, the
 * article only after the first: بحسب المتحدث، سامي الحداد، …). The source's end: b, or the comma.
 */
function withoutClauseApposition(r: ArReading, a: number, b: number): number {
  const { p, toks } = r;
  let c = a + 1;
  while (c < b && !isPunct(toks[c], COMMA)) c++;
  if (c >= b - 1 || !isWord(toks[c + 1]) || sourceClass(toks[c + 1])) return b;
  if (faClauseAfter(r, b) || arComp(isPunct(toks[b], COMMA) ? toks[b + 1] : toks[b]) || isPunct(toks[b], ":")) return b;
  let name = b - c - 1 <= 4 && isPunct(toks[b], COMMA);
  for (let k = c + 1; name && k < b; k++) name = nameLikeWord(p, k) || (k > c + 1 && isWord(toks[k]) && toks[k].norm.startsWith("ال") && !inList(toks[k], lexicon().ar.freePrepositions));
  return name ? b : c;
}

/**
 * The count at k as a preposition's source (يقرب من 12 شخصاً، أكثر من 40 من المشاركين): its end, with the
 * people it counts, or with a number's accusative noun; -1 when none.
 */
function countSource(r: ArReading, k: number): number {
  const counted = countSubject(r.p, k, r.sentEnd);
  if (counted) return counted.end >= 0 ? counted.end : arSourceNP(r.p, counted.noun, r.sentEnd);
  const c = countAt(r.p, k, r.sentEnd).end;
  if (c <= k) return -1;
  return r.toks[c - 1].kind === NUM && accusative(r.p, c) ? c + 1 : c;
}

/**
 * وبحسب مصادر مطلعة تعتزم الحكومة …، ووفقاً لمصادر في الوزارة أرجأ الوفد …: an unnamed source (or
 * figures) with no comma after it, when the clause follows the cue, stops before the clause's verb: a
 * present verb (ي/ت/ن and three letters more, not a nisba, no ة) or a word without the article
 * right after a definite one (an unnamed source takes no name there). Not when a comma, a colon or
 * فإن/فقد follows the phrase: then what it holds is a relative clause on the source (بحسب مصادر تحدثت
 * للوكالة، فإن …). The source's end: b, or the verb.
 */
function beforeClauseVerb(r: ArReading, a: number, b: number): number {
  const { p, toks } = r;
  const head = isWord(toks[a]) ? sourceClass(toks[a])?.cls : undefined;
  if (!(head === "anon" || head === "informed" || head === "group" || head === "data") || b - a < 2 || !clauseFollows(r)) return b;
  if (isPunct(toks[b], COMMA) || isPunct(toks[b], ":") || faClauseAfter(r, b)) return b;
  // (وبحسب مسؤول في الوزارة حضر الاجتماع أمس فإن …: a فإن/فقد later in the sentence opens the clause; the verb
  // before it is a relative clause on the source.)
  for (let j = b; j < r.sentEnd; j++) if (isWord(toks[j]) && inList(toks[j], lexicon().ar.faClauseOpeners)) return b;
  for (let j = a + 1; j < b; j++) {
    const t = toks[j];
    if (!isWord(t) || !t.ar || t.norm.startsWith("ال") || sourceClass(t) || grammarOf(t) || inList(t, lexicon().ar.brandWords)) continue;
    const prev = toks[j - 1];
    // (Not a noun under لـ, لأداء الميزانية: the genitive's description goes on.)
    const underLam = t.norm.startsWith("ل") && t.norm.length >= 5;
    if (presentShape(p.text, t) || (j - 1 > a && isWord(prev) && prev.norm.startsWith("ال") && t.norm.length >= 2 && !nisbaShape(t.norm) && !underLam)) return j;
  }
  return b;
}

/**
 * والهدف حسب ماكرون هو "…": a pronoun standing on its own after the source's first word (ar-words
 * standalonePronouns) is the copula of the clause the cue stands in, not a word of the source (وهو،
 * with و, describes the source and stays: حسب المرصد وهو منظمة مستقلة). The source's end: b, or the pronoun.
 */
function beforeCopula(r: ArReading, a: number, b: number): number {
  for (let j = a + 1; j < b; j++) if (isWord(r.toks[j]) && inList(r.toks[j], lexicon().ar.standalonePronouns) && (isWord(r.toks[j + 1]) || isOpen(r.toks[j + 1]))) return j;
  return b;
}

/** The prepositional cue opens its sentence (after و, a comma or a colon): the clause it reports follows the source. */
function clauseFollows(r: ArReading): boolean {
  const { p, m, toks } = r;
  const s = sentenceStartTok(p, m.from);
  let k = m.from - 1;
  while (k >= s && (isPunct(toks[k], COMMA) || (isWord(toks[k]) && toks[k].norm === "و"))) k--;
  return k < s || isPunct(toks[k], ":");
}

/**
 * Where the verb of a ما-clause after the cue ends (token k): a reporting verb (وفق ما أعلن، بحسب ما
 * قاله), or one with its object attached, which is ما itself (وفقاً لما نقلته الوكالة، بحسب ما
 * أوردته), or a verb of publishing so (حسب ما نشره الموقع), or of showing with figures or images as its
 * subject (بحسب ما أظهرته الصور): its subject is the source. Not another
 * verb with its object (وفق ما يتيحه القانون، وفق ما يظهرها التصوير: nobody's words, NOT_REPORTING).
 * -1: none.
 */
function maClauseVerbEnd(r: ArReading, k: number): number {
  const inner = cueAt(r.p, k);
  if (inner) return inner.to;
  const t = r.toks[k];
  const ar = lexicon().ar;
  // وفق ما نشر زوجها، حسب ما نشرت الصحيفة: a verb of publishing with its subject after it, the source; بحسب ما
  // نشر في صحيفة …: published (passive) in the outlet after في, the source.
  if (isWord(t) && t.ar && ar.publishingVerbs.has(t.norm)) {
    const n = r.toks[k + 1];
    if (isWord(n) && n.norm === "في") return k + 2;
    if (isWord(n) && n.ar && !ar.freePrepositions.has(n.norm)) return k + 1;
  }
  // (Not a preposition with a pronoun, لديه، عنه: a function word.)
  if (!isWord(t) || !t.ar || t.norm.length < 4 || t.norm.startsWith("ال") || grammarOf(t) || !endsWithPronoun(r.p.text, t.e)) return -1;
  for (const stem of withoutObjectPronoun(t.norm)) {
    if (lexicon().cueWords.has(stem) || ar.publishingVerbs.has(stem)) return k + 1;
    // (بحسب ما أظهرته الصور: figures and images speak so.)
    if (ar.showingVerbs.has(stem) && isWord(r.toks[k + 1]) && sourceClass(r.toks[k + 1])?.cls === "data") return k + 1;
  }
  return NOT_REPORTING;
}

/** maClauseVerbEnd: the ما-clause's verb reports nothing, so the preposition names no source. */
const NOT_REPORTING = -2;

/**
 * The من after a verb of learning at a - 1, past its subject or a time (علم مراسلنا من، علم الثلاثاء من،
 * علم من); a - 1 when none follows in a few words (وفق ما علمت الصحيفة: who learned is the source then).
 */
function learnedFrom(r: ArReading, a: number): number {
  for (let k = a; k < a + 5 && k < r.sentEnd; k++) {
    const t = r.toks[k];
    if (!isWord(t)) break;
    if (t.norm === "من") return k;
  }
  return a - 1;
}

/** The verb at k relays (نقلت، and with ما as its object pronoun: نقلته، نقلها). */
function relayVerb(r: ArReading, k: number): boolean {
  if (cueAt(r.p, k)?.entry.frames.has(Fr.relay)) return true;
  const t = r.toks[k];
  if (!isWord(t)) return false;
  return withoutObjectPronoun(t.norm).some((stem) => !!lexicon().cueWords.get(stem)?.plain?.some((e) => e.frames.has(Fr.relay)));
}

/** The verb n without each object pronoun it may end in (ar-words objectSuffixes: نقلته → نقلت، نقلها → نقل). */
function withoutObjectPronoun(n: string): string[] {
  const out: string[] = [];
  for (const suffix of lexicon().ar.objectSuffixes) if (n.length > suffix.length + 2 && n.endsWith(suffix)) out.push(n.slice(0, -suffix.length));
  return out;
}

/**
 * وحسب رأيه، فإن …: "in his view" names no one new; a sentence it opens is the words of the speaker
 * before (no source written). After a clause (…، حسب رأيه، وفقاً لتعبيره) it only marks that clause as
 * the speaker's own: no statement of its own.
 */
function ownView(r: ArReading, cueTo: number, a: number): Verdict {
  const st = new FoundStatement(r.m.from, cueTo, a, a + 1, 0, 0, r.m.from, a + 1, sentOf(r.p, r.m.from), "previous", "ar");
  const found = clauseOfPreposition(r, st);
  if (!found || st.clauseBefore) return null;
  st.sourceFrom = st.sourceTo = -1;
  return st;
}

/**
 * A noun of plans, rules or procedures (ar-grammar `norm`), with or without ال، لـ، للـ, or with its possessive
 * pronoun ه، ها، هم، هما as written (مواعيدها، خطتهم، رغبته، مضمونه): `pron`, the word ends in one (a ة, folded
 * into ه by the key, does not: الشرطة is no شرط with its pronoun).
 */
function isNorm(n: string, pron: boolean): boolean {
  const g = lexicon().grammar;
  const bare = n.startsWith("لل") ? n.slice(2) : n.startsWith("ال") ? n.slice(2) : n.startsWith("ل") ? n.slice(1) : n;
  if (g.get(n)?.has(Gr.norm) || g.get(bare)?.has(Gr.norm)) return true;
  const possessed = pron ? /(?:هما|هم|ها|ه)$/.exec(bare) : null;
  if (!possessed || bare.length - possessed[0].length < 3) return false;
  const stem = bare.slice(0, bare.length - possessed[0].length);
  // (The ة of خطة is ت before the pronoun: خطتها.)
  return !!(g.get(stem)?.has(Gr.norm) || (stem.endsWith("ت") && g.get(stem.slice(0, -1) + "ه")?.has(Gr.norm)));
}

/** After the source at `to`, with a comma or none, a word of ar-words faClauseOpeners (فإن، فقد) opens the clause the source said. */
function faClauseAfter(r: ArReading, to: number): boolean {
  const t = isPunct(r.toks[to], COMMA) ? r.toks[to + 1] : r.toks[to];
  return isWord(t) && inList(t, lexicon().ar.faClauseOpeners);
}

/**
 * ووفقاً لمصادر حضرت الاجتماع، ونقلت عنها الصحيفة، فإن …؛ وبحسب بيان للصندوق على موقعه، الإثنين، فقد …: words
 * about the source or its medium stand between it and the main clause, which the first «، فإن/فقد» (ar-words
 * faClauseOpeners) a few words on opens. The token the words start from: after that comma, or `to`.
 */
function pastAside(r: ArReading, to: number): number {
  const { toks, sentEnd } = r;
  // (وبحسب الوزير، فإن المشروع، وإن تأخر، فإن …: a فإن/فقد right after the source opens the clause; a later one is inside it.)
  if (faClauseAfter(r, to)) return to;
  let words = 0;
  for (let j = to; j + 1 < sentEnd && words <= ASIDE_WORDS; j++) {
    if (isPunct(toks[j], COMMA) && j > to && faClauseAfter(r, j)) return j;
    if (isWord(toks[j])) words++;
  }
  return to;
}

/** pastAside: the most words an aside on the source holds (a longer stretch is the clause itself). */
const ASIDE_WORDS = 8;

/** Whether a word stands among tokens [a, b). */
function hasWord(toks: ArReading["toks"], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isWord(toks[i])) return true;
  return false;
}

/** The sentence before token s (in the paragraph) as the words of a relay that stands alone; null when there is none. */
function sentenceBefore(r: ArReading, st: FoundStatement, s: number): Verdict {
  let e = s - 1;
  while (e >= 0 && !isWord(r.toks[e])) e--;
  return e < 0 ? null : wordsBefore(r, st, sentenceStartTok(r.p, e), e);
}

/** The words of a cue after its clause: from the sentence start s (past its و) to token e; null when none are left. */
function wordsBefore(r: ArReading, st: FoundStatement, s: number, e: number): Verdict {
  const toks = r.toks;
  let c = s;
  if (isWord(toks[c]) && toks[c].norm === "و") c++;
  if (c > e) return null;
  st.contentTok = c;
  st.contentStart = toks[c].s;
  st.contentEnd = toks[e].e;
  st.contentFixed = true;
  st.clauseBefore = true;
  st.firstTok = c;
  return st;
}

/** The clause the preposition's source said: after the source (بحسب المصدر، فإن …) or before the cue (…، وفقاً لـX). */
function clauseOfPreposition(r: ArReading, st: FoundStatement): Verdict {
  const { p, m, toks, sentEnd } = r;
  const s = sentenceStartTok(p, m.from);
  let k = m.from - 1;
  while (k >= s && (isPunct(toks[k], COMMA) || (isWord(toks[k]) && toks[k].norm === "و"))) k--;
  // وجاء على لسان X أن …: a light verb before the cue opens no clause of its own.
  const lightVerb = k === s && isWord(toks[k]) && hasWithClitic(lexicon().ar.lightVerbs, toks[k].norm);
  const atStart = k < s || isPunct(toks[k], ":") || lightVerb;
  // (…، وبحسب شكوى السيدة، فقد انتظرت …: mid-sentence, with و opening a clause, a فـ clause after the
  // source is its words too; not …، وفق خبراء، فقد نطقها …, which only gives the clause before a source.)
  // (Not inside a reported clause, أنه واستنادا إلى النتائج فقد …, whose words go on after the source.)
  const inClause = !!arComp(toks[m.clitic ? m.from - 1 : m.from - 2]);
  // (وأعلنت الحكومة على لسان المتحدث باسمها أن …: an إن/أن right after the source opens its words, wherever the cue stands.)
  // (Not فإن: mid-sentence that needs the و before the cue, below.)
  const after = isPunct(toks[st.sourceTo], COMMA) ? toks[st.sourceTo + 1] : toks[st.sourceTo];
  const compAfter = !!arComp(after) && !after.norm.startsWith("ف");
  if (atStart || compAfter || ((m.clitic || (isWord(toks[m.from - 1]) && toks[m.from - 1].norm === "و")) && !inClause && faClauseAfter(r, st.sourceTo))) {
    // The clause follows: بحسب المصدر، فإن …
    let c = atStart ? pastAside(r, st.sourceTo) : st.sourceTo;
    while (c < sentEnd && (isPunct(toks[c], COMMA) || (isWord(toks[c]) && inList(toks[c], lexicon().ar.faInna)))) c++;
    // "…. بحسب رويترز.": a relay standing as a sentence of its own gives the sentence before.
    if (!hasWord(toks, c, sentEnd)) return k < s && s > 0 ? sentenceBefore(r, st, s) : null;
    // (After إن/أن the words open at the next word, as after any cue's complementiser: a statement
    // whose source opens them, أن المهاجم هتف …, is inside them.)
    if (arComp(toks[c]) === 1 && toks[c + 1]) c++;
    st.contentTok = c;
    st.contentStart = toks[c].s;
    return st;
  }
  // The clause precedes: …، وفقاً لـX (and goes on after it when X stands between commas mid-clause).
  const on = clauseGoesOn(r, st);
  return wordsBefore(r, st, s, on > 0 ? on : k);
}

/**
 * وكانت أسرة الصياد، بحسب مصادر محلية، قد أطلقت نداء …؛ وتعود الأزمة، حسب مساعديه، إلى خشية …: a cue
 * and its source set off by commas in the middle of a clause, the clause going on after the second comma
 * (قد, إلى, or a noun; not a new clause: و/ف, a conjunction, a relative, a preposition, a participle, a cue):
 * the last word of the words, before the next cue or the sentence's end; -1 when the clause ends at the cue.
 */
function clauseGoesOn(r: ArReading, st: FoundStatement): number {
  const { p, m, toks, sentEnd } = r;
  const c = st.sourceTo + 1;
  if (m.clitic || !isPunct(toks[m.from - 1], COMMA) || !isPunct(toks[st.sourceTo], COMMA) || !goesOn(r, c)) return -1;
  let e = -1;
  for (let j = c; j < sentEnd; j++) {
    if (isWord(toks[j]) && j > c && cueAt(p, j)) break;
    if (isWord(toks[j])) e = j;
  }
  return e;
}

/** The word at c continues the clause before a cue's aside (goesOn: قد أطلقت، إلى خشية، التصريحات). */
function goesOn(r: ArReading, c: number): boolean {
  const t = r.toks[c];
  if (!isWord(t) || !t.ar || cueAt(r.p, c) || hal(r.p, c)) return false;
  if (t.norm === "قد" || hasGrammar(t, Gr.ila)) return true;
  return !grammarOf(t) && !inList(t, lexicon().ar.freePrepositions) && !/^(و|ف|بين)/.test(t.norm);
}
