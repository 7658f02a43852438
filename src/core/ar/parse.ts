// Arabic statements around a reporting cue. The constructions below are tried in order
// on one reading of the cue (reading.ts); each either settles the statement (returns it,
// or null: no statement here) or adds what it found (the source, where the words open)
// and passes on. A construction is one file in constructions/, with its tests in
// test/core/ar/<construction>.test.ts.
//
//   verb-first      وقال [المتحدث باسم الوزارة، أحمد فلان]، إن …
//   dropped subject وتابع قوله: "…" / وأضاف أن …
//   quote-first     «…»، قال الوزير
//   embedded        أن الجنود أبلغوا الشرطة بأن … (the subject inside a reported clause)
//   subject-first   الوزير أكد أن … / وكان الرئيس قد قال إن … / وسبق للوزير أن قال إن …
//   participles     قائلاً: "…" / مضيفاً أن … / مشيراً إلى أن …
//   relayed         نقلت الوكالة عن فلان قوله إن …
//   prepositions    بحسب X، … / …، وفقاً لـX
//   negated         ولم يذكر المصدر كيف … (no statement)
//   colon ending    وقال الوزير: ⏎ … (the words are the next paragraph)
import { Fr, lexicon } from "../lexicon";
import { inList, sourceClass, type CueMatch } from "../lexicon/lookup";
import { sourceAgreement } from "../speakers/agreement";
import type { FoundStatement } from "../statements/found";
import { isWord, type Para } from "../text/paragraph";
import { accusationObject } from "./constructions/accusation-object";
import { ammaFa } from "./constructions/amma-fa";
import { backgroundFormula } from "./constructions/background";
import { negatedCue } from "./constructions/negated";
import { conditionalCue } from "./constructions/conditional";
import { colonEnding } from "./constructions/colon-ending";
import { directWords } from "./constructions/direct-words";
import { droppedSubject } from "./constructions/dropped-subject";
import { embeddedSubject } from "./constructions/embedded-subject";
import { kanaSubjectFirst } from "./constructions/kana-subject";
import { mediumAuthor } from "./constructions/medium-author";
import { leadingSubject } from "./constructions/leading-subject";
import { presentTense } from "./constructions/present-tense";
import { kamaClause } from "./constructions/kama-clause";
import { noReportedWords } from "./constructions/no-words";
import { participle } from "./constructions/participle";
import { passive } from "./constructions/passive";
import { preposition } from "./constructions/preposition";
import { quoteFirst } from "./constructions/quote-first";
import { relativeAntecedentSubject } from "./constructions/relative-antecedent";
import { indefiniteAntecedent } from "./constructions/indefinite-antecedent";
import { relativeAbout, whoClause } from "./constructions/relative-about";
import { relayed } from "./constructions/relayed";
import { relayedSource } from "./constructions/relayed-source";
import { sabaqaSubject } from "./constructions/sabaqa-subject";
import { reportedWords } from "./constructions/reported-words";
import { splitQuote } from "./constructions/split-quote";
import { strictForm } from "./constructions/strict-form";
import { participleAfterVerb } from "./constructions/two-cues";
import { subjectFirst } from "./constructions/subject-first";
import { verbFirst } from "./constructions/verb-first";
import { ArReading, type Construction } from "./reading";
import { relativeWho } from "./source-phrase";
import { arComp, pronounPreposition } from "./words";

/** The constructions, in the order they are tried. */
export const CONSTRUCTIONS: readonly Construction[] = [
  // Cues with a construction of their own, settled at once.
  preposition, // بحسب X، … / …، وفقاً لـX
  participle, // …، قائلاً: "…"
  relayed, // نقلت الوكالة عن فلان قوله إن …
  passive, // أفيد بأن …
  backgroundFormula, // يذكر أن … (no statement)
  negatedCue, // ولم يذكر المصدر كيف … (no statement; لا أعتقد أن … is one)
  conditionalCue, // إذا كان أحد يعتقد أن …، لو قال أحد إن … (no statement: a supposition)
  relativeAbout, // الذين تحدثت عنهم كندا (no statement)
  whoClause, // وقال أول من تحدث إن … (no statement: the verb before reports)
  participleAfterVerb, // أضاف موضحاً أن … (the participle is the cue)
  mediumAuthor, // نشر فلان تغريدة قال فيها … / تصريحات للوزير أكد فيها … / أصدر النادي بياناً جاء فيه … (the words' author)
  // Verbs: the source, then where the words open.
  directWords, // وقال: "…" (the words right after the verb: no source after it)
  kanaSubjectFirst, // وكانت الوزارة قد أكدت أن … (the subject between كان and the verb)
  embeddedSubject, // أن الجنود أبلغوا الشرطة بأن … / إنه دعا الطرفين إلى … (the subject after إن/أن)
  sabaqaSubject, // وسبق للصحيفة أن أشارت إلى أن … (the subject under لـ after سبق)
  leadingSubject, // ألمانيا تحذر تركيا من … (a short subject before a noun-object verb)
  verbFirst, // وقال الوزير إن … (the source after the verb)
  relativeAntecedentSubject, // فلان، الذي قال إن …
  indefiniteAntecedent, // مصادر تحدثت لـ … عن …، تقارير تحدثت عن … (the noun before the verb)
  relayedSource, // وذكر التلفزيون، نقلاً عن مصدر، أن …
  strictForm, // وبين المصدر، أن … (بين "between" only with its clause at once)
  reportedWords, // (sets where the words open)
  splitQuote, // «…»، قال الوزير، «…»
  kamaClause, // …، كما أفاد مصدر.
  quoteFirst, // «…»، قال الوزير.
  accusationObject, // اتهم X موسكو بـ …، نفى وجود …
  colonEnding, // وقال الوزير: (the words are the next paragraph)
  noReportedWords, // (nothing opens: no statement)
  // The subject when none follows the verb.
  ammaFa, // أما الوزير فقال إن …
  subjectFirst, // الوزير أكد أن … / وكان الرئيس قد قال إن …
  droppedSubject, // وأضاف أن … (the last speaker)
  presentTense, // يستفسر منه عن … (the clause's subject)
];

export function parseArCue(p: Para, m: CueMatch): FoundStatement | null {
  // ونفت الصحيفة ما جاء في التقرير، تأييداً لما ورد في المقال: "what came in" is another word's object, no cue.
  const pre = p.toks[m.from - 1];
  if (m.entry.form === "phrase" && !m.clitic && isWord(pre) && inList(pre, lexicon().ar.phraseObjectMa) && lexicon().ar.inTextPhraseHeads.has(m.entry.lemmaHead)) return null;
  const st = readCue(p, m);
  // أظهرت البيانات أن، تشير التقديرات إلى: figures and studies are no speakers of a verb (ANNOTATION:
  // data do not speak); after بحسب they are the source, and a verb of saying itself keeps them
  // as a document's words (قالت الدراسة إن …).
  if (st && st.sourceFrom >= 0 && m.entry.form !== "prep" && !lexicon().ar.sayingVerbs.has(m.entry.lemma) && sourceClass(p.toks[dataHead(p, st)])?.cls === "data") return null;
  if (st && (consideredNotSaid(p, m, st) || impersonalBelief(p, m, st) || (writtenPassive(p, m) && !relayedAfterAn(p, m, st)) || namedPassive(p, st) || toldPassive(p, m))) return null;
  // (وأُعلن أن …، ذُكر أن …: a past verb with a written damma on its first letter is the passive; nobody said it.)
  // (But نُقل عن فلان قوله …: the relayed source after عن, not the passive's subject, speaks.)
  if (st && m.entry.form === "verb" && p.text.charCodeAt(m.s + 1) === DAMMA && !relayedAfterAn(p, m, st)) {
    st.sourceFrom = st.sourceTo = -1;
    st.carry = null;
  }
  // (في مؤشر يؤكد تدهور …: "in a sign that confirms"; a verb's subject never opens with a preposition.)
  // (وطلب الرئيس من الزعماء تعديل الاتفاقية وإلا فإن بلاده …: فإن after إلا, "otherwise", opens the
  // consequence of a demand, no reported words.)
  if (st && otherwiseClause(p, st.contentTok)) return null;
  // (وكانت الصحيفة أول من تحدث عن …: the superlative before من "who" says when the subject spoke; not its word.)
  if (st && st.sourceTo - st.sourceFrom >= 2 && st.sourceTo === m.from - 1 && isWord(p.toks[st.sourceTo]) && p.toks[st.sourceTo].norm === "من" && inList(p.toks[st.sourceTo - 1], lexicon().ar.firstWho)) st.sourceTo--;
  // (But «من» opening the subject as "whoever": وقال من حضر الاجتماع إن …)
  if (st && st.sourceFrom >= 0 && m.entry.form !== "prep" && isWord(p.toks[st.sourceFrom]) && inList(p.toks[st.sourceFrom], lexicon().ar.freePrepositions) && !relativeWho(p, st.sourceFrom)) return null;
  if (st && st.sourceTo - st.sourceFrom === 1 && objectWord(p, st.sourceFrom)) {
    // (ووفقاً لذلك: "accordingly", no one's words.)
    if (m.entry.form === "prep") return null;
    // وعلقت عليها: "…"، ونفى تلك الاتهامات، واعتبروا ذلك «…»: a preposition with its pronoun, or a
    // demonstrative alone, is the verb's object or complement; the subject is not written.
    st.sourceFrom = st.sourceTo = -1;
    st.carry = "previous";
  }
  return st;
}

/** Token k is a preposition with its pronoun (عليها، له) or a demonstrative (ذلك، تلك): no one who speaks. */
function objectWord(p: Para, k: number): boolean {
  const t = p.toks[k];
  return isWord(t) && (pronounPreposition(p, t) || inList(t, lexicon().ar.demonstratives) || (t.norm.startsWith("ل") && lexicon().ar.demonstratives.has(t.norm.slice(1))));
}

/**
 * مستثمر ذُكر اسمه في التغريدات: a name with its pronoun (ar-words nameNouns and possessiveSuffixes) as the
 * subject makes the verb the passive "his name was mentioned"; a name speaks no words.
 */
function namedPassive(p: Para, st: FoundStatement): boolean {
  const t = p.toks[st.sourceFrom];
  if (st.sourceFrom < 0 || !isWord(t) || !t.ar) return false;
  const ar = lexicon().ar;
  for (const suffix of ar.possessiveSuffixes) if (t.norm.length > suffix.length + 2 && t.norm.endsWith(suffix) && ar.nameNouns.has(t.norm.slice(0, -suffix.length))) return true;
  return false;
}

/** A relay verb's source right after its عن (نُقل عن المتحدث …): the relayed speaker. */
function relayedAfterAn(p: Para, m: CueMatch, st: FoundStatement): boolean {
  const t = p.toks[st.sourceFrom - 1];
  return m.entry.frames.has(Fr.relay) && st.sourceFrom > m.to && isWord(t) && t.norm === "عن";
}

/** The source's head: after a quantifier (كل الدلائل، معظم التقديرات) the noun it counts. */
function dataHead(p: Para, st: FoundStatement): number {
  const h = st.sourceFrom;
  return h + 1 < st.sourceTo && inList(p.toks[h], lexicon().ar.mentionQuantifiers) ? h + 1 : h;
}

/**
 * يُعتقد أن، يُتوقع أن، يُقال إن: a present verb whose prefix carries a written damma is the passive,
 * "it is believed / said": nobody is reported (يَعتقد، unmarked, stays active; يُنقل عن فلان, a relay, reports فلان).
 */
function writtenPassive(p: Para, m: CueMatch): boolean {
  if (m.entry.form !== "present") return false;
  // The prefix is the cue's first letter (m.s is after a glued و/ف).
  const first = m.s;
  const c = p.text.charCodeAt(first);
  return (c === 0x064a || c === 0x062a) && p.text.charCodeAt(first + 1) === DAMMA;
}

const DAMMA = 0x064f;

/**
 * حينما أخبر بأنه …، وأبلغ أن …: a verb that takes who was told as its object (frame tell), with no object
 * on it and إن/أن/بأن right after it, is the passive "was told": what the subject heard, no statement.
 */
function toldPassive(p: Para, m: CueMatch): boolean {
  return m.entry.form === "verb" && m.entry.frames.has(Fr.tell) && !m.entry.objPron && !!arComp(p.toks[m.to]);
}

/**
 * يُعتبر القرار ملزماً، وتعتبر هذه الشهادة الأولى: in the present a verb of considering is mostly the
 * passive "is considered" (ar-words passivePresent), which reports nothing. It reports when a clause
 * opens with أن/إن (ويعتبر المحلل أن …) or its subject is one who can speak (تعتبر القوات المراكز أهدافاً).
 */
function consideredNotSaid(p: Para, m: CueMatch, st: FoundStatement): boolean {
  const cue = p.toks[m.from];
  if (!lexicon().ar.passivePresent.has(m.entry.lemma) || m.clitic || !(cue.norm.startsWith("ي") || cue.norm.startsWith("ت"))) return false;
  for (let k = m.to; k < st.contentTok && k < p.toks.length; k++) if (arComp(p.toks[k])) return false;
  if (st.sourceFrom < 0) return false;
  const c = sourceClass(p.toks[st.sourceFrom])?.cls;
  return !c || c === "data";
}

/**
 * ويُعتقد أن …، ويُتوقع أن …، مسلحون يُرجح أنهم …: a verb of believing or expecting in the masculine
 * present with أن right after it (ar-words impersonalPresent) is the impersonal passive "it is
 * believed that", which no one says: not when a subject written after it precedes أن, nor after a
 * subject right before it that it agrees with (ويعتقد الباحث أن، الخبير يتوقع أن: one); a plural
 * before it is no subject of it.
 */
function impersonalBelief(p: Para, m: CueMatch, st: FoundStatement): boolean {
  if (!lexicon().ar.impersonalPresent.has(m.entry.lemma) || m.entry.form !== "present" || m.entry.agree !== 1 || !arComp(p.toks[m.to])) return false;
  if (st.sourceFrom > m.from) return false;
  // (A subject read from an earlier clause, قال الوزير …، بينما يعتقد أن, is none of this verb's.)
  if (st.sourceFrom < 0 || st.sourceTo < m.from) return true;
  const head = p.toks[st.sourceFrom];
  const agreement = sourceAgreement(p.text.slice(head.s, head.e)).agreement;
  return agreement !== "masculine";
}

/** The words open at token k (or right after it) with فإن right after إلا، وإلا ("otherwise"). */
function otherwiseClause(p: Para, k: number): boolean {
  const fa = (j: number) => j > 0 && isWord(p.toks[j]) && /^فان(ه|ها|هم)?$/.test(p.toks[j].norm);
  const j = fa(k) ? k : k - 1;
  const prev = p.toks[j - 1];
  return fa(j) && isWord(prev) && (prev.norm === "الا" || prev.norm === "والا");
}

function readCue(p: Para, m: CueMatch): FoundStatement | null {
  const r = new ArReading(p, m);
  for (const c of CONSTRUCTIONS) {
    const v = c(r);
    if (v !== undefined) return v;
  }
  const st = r.statement(r.sourceFrom, r.sourceTo, r.opening!, r.carry);
  if (r.claimedTo > 0) st.claimedTo = r.claimedTo;
  if (m.clitic) st.firstTok = m.from;
  return st;
}
