// A cue in a relative clause on words said before it, with فيها/فيه after it: the words' author speaks.
//   ونقلت الوكالة تصريحات للمتحدث باسم الوزارة، فلان، أكد فيها أن …   → the spokesman (under لـ)
//   رداً على تصريحات حارس النادي فلان التي اعترف فيها بأنه …          → the goalkeeper (in construct)
//   وكتب ترامب تغريدة، خلال رحلته، قال فيها إنه …                     → ترامب (the subject that issued it)
//   وأصدر النادي بياناً جاء فيه "…" / ونعت الجمعية فلاناً في بيان جاء فيه: → the issuer (phrase cues جاء فيه، ورد فيها;
//   with no author or issuer read, no statement)
// Without this the cue took the speaker before or the words as its subject (تغريدة على موقع تويتر).
// The subject that issued the words is written as the statement's source; an author under لـ or in
// construct is the speaker with no source written.
import { Gr, lexicon } from "../../lexicon";
import { cueAt, grammarOf, hasGrammar, inList, sourceClass } from "../../lexicon/lookup";
import { describeMention } from "../../speakers/mention";
import { endsWithPronoun } from "../../text/chars";
import { COMMA, isPunct, isWord, sentenceStartTok, type Para } from "../../text/paragraph";
import { QUOTE, type Tok } from "../../text/token";
import { arOpening } from "../opening";
import type { ArReading, Verdict } from "../reading";
import { arSourceNP, endsWithTanweenFath } from "../source-phrase";
import { clauseSubject } from "../subject";
import { alefAccusative, arComp, indefiniteAdjective, mediumWord, withoutConjunction } from "../words";

/** How far before the cue the words' noun may stand, in tokens. */
const REACH = 16;

/** A verb cue right before فيها/فيه with a medium before it in the sentence: the statement of that medium's author; undefined: not this construction. */
export function mediumAuthor(r: ArReading): Verdict {
  const { p, toks, m } = r;
  // (بيانا جاء فيه "…"، رسالة ورد فيها أن …: the phrase cue carries فيه/فيها itself.)
  const inPhrase = r.entry.form === "phrase" && m.to - m.from === 2;
  if (r.entry.form !== "verb" && r.entry.form !== "present" && !inPhrase) return undefined;
  const fi = toks[inPhrase ? m.to - 1 : r.cueEnd];
  if (!isWord(fi) || (fi.norm !== "فيها" && fi.norm !== "فيه")) return undefined;
  const s = sentenceStartTok(p, m.from);
  let med = -1;
  // (قراراً جاء فيه: a ruling (ar-words issuedRulings) carries its issuer's words before the phrase only.)
  for (let k = m.from - 1; k >= s && m.from - k <= REACH && med < 0; k--) if (mediumWord(toks[k]) || (inPhrase && rulingWord(toks[k]))) med = k;
  // (وجاء فيه "…" with no medium, or none whose author is read: the words of a document spoken of before, not of
  // the last speaker (التعليقات جاءت على المقال …، وجاء فيه "…"): no statement rather than a wrong speaker.)
  const none = inPhrase ? null : undefined;
  if (med < 0) return none;
  // (The words' own author first: ونقلت إرنا تصريحات للمتحدث … is the spokesman's, not the relaying agency's.)
  const authorOf = (k: number) => underLam(p, k, m.from) ?? inConstruct(p, k, m.from) ?? fromAuthor(p, k, m.from);
  // (جاء فيه: the clause's subject issued the words only by a verb that issues them, أصدر، وجه (ar-words
  // issuingVerbs); not تلقت الوزارة رسالة، قرأ المذيع بياناً، رفض المحافظ الشكوى: no statement then.)
  const issuedBy = (k: number) => issuer(p, k, inPhrase) ?? subordinateIssuer(p, k, s, inPhrase);
  let author = authorOf(med);
  let written = author ? null : issuedBy(med);
  // (تغريدة على صفحته قال فيها: the page is where the words are; the medium before it is theirs.)
  const outer = author || written ? -1 : mediumBefore(toks, med, s);
  if (outer >= 0) {
    med = outer;
    author = authorOf(med);
    written = author ? null : issuedBy(med);
  }
  // (ونعت الكنيسة الراهب في بيان جاء فيه "…": after في the words are where the clause's subject spoke.)
  if (inPhrase && !author && !written) written = spokeIn(p, med);
  // (وكتب المهاجم السابق، …، تغريدة قال فيها: no author read, but a tweet or a letter (ar-words authoredTexts)
  // before فيها is no subject of the cue, whose subject is dropped.)
  const authored = lexicon().ar.authoredTexts.has(sourceClass(toks[med])?.lemma ?? "");
  // (Not for جاء فيها with no author read: the last speaker is mostly not who posted it, نشرت الصفحة الرسمية تغريدة جاء فيها.)
  if (!written && !author && (!authored || inPhrase)) return none;
  const o = arOpening(p, inPhrase ? r.cueEnd : r.cueEnd + 1, r.entry.frames, 10);
  if (!o) return none;
  if (!written && !author) return r.statement(-1, -1, o, "previous");
  // (The subject that issued the words is the statement's source, as subject-first reads أصدرت الوزارة بياناً قالت فيه.)
  if (written) return r.statement(written[0], written[1], o, null);
  // (An author under لـ or in construct speaks, but is no subject of the cue's: no source is written, ANNOTATION.)
  const st = r.statement(-1, -1, o, "previous");
  [st.altSourceFrom, st.altSourceTo, st.altAfterClitic] = author as [number, number, boolean];
  st.altHidden = true;
  return st;
}

/** The medium word one to three tokens before `med` with a preposition before `med` (تغريدة على صفحته); -1: none. */
function mediumBefore(toks: Tok[], med: number, s: number): number {
  if (!hasGrammar(toks[med - 1], Gr.particle) && !hasGrammar(toks[med - 1], Gr.medium)) return -1;
  for (let k = med - 2; k >= s && med - k <= 3; k--) if (mediumWord(toks[k])) return k;
  return -1;
}

/** قرار، قراراً، مرسوماً (ar-words issuedRulings), indefinite. */
function rulingWord(t: Tok | undefined): boolean {
  if (!isWord(t) || !t.ar || t.norm.startsWith("ال")) return false;
  const rulings = lexicon().ar.issuedRulings;
  return rulings.has(t.norm) || (t.norm.endsWith("ا") && rulings.has(t.norm.slice(0, -1)));
}

/** The token after the medium and its adjectives (تصريحات صحفية، تغريدة جديدة). */
function afterAdjectives(p: Para, med: number, cue: number): number {
  let j = med + 1;
  while (j < cue && indefiniteAdjective(p.toks[j])) j++;
  return j;
}

/** تصريحات للمتحدث باسم الوزارة، فلان، …: the author under لـ right after the words; [from, to, lam] or null. */
function underLam(p: Para, med: number, cue: number): [number, number, boolean] | null {
  const j = afterAdjectives(p, med, cue);
  const t = p.toks[j];
  if (!isWord(t) || !t.ar || t.norm.length <= 3 || !t.norm.startsWith("ل") || t.norm.startsWith("ال") || grammarOf(t)) return null;
  let b = Math.min(cue, Math.max(j + 1, arSourceNP(p, j + 1, cue)));
  // (تصريحات للوزير نقلتها الإذاعة: a verb carrying the words as its pronoun ends the author.)
  for (let k = j + 1; k < b; k++) if (carriesWords(p, k)) b = Math.max(j + 1, k);
  const d = describeMention(p, j + 1, b);
  return authorKind(d.kind) ? [j, trimmed(p, j, b), true] : null;
}

/**
 * نشرته الوكالة، بثتها قناة: a feminine past verb (ت) with the words' pronoun, its subject (definite or a source noun) after it, that issued or
 * relayed the words; no name word (عبدالله العنزي ends in ه too, but not in ته).
 */
function carriesWords(p: Para, k: number): boolean {
  const t = p.toks[k];
  const n = t.norm;
  if (!isWord(t) || !t.ar || n.startsWith("ال") || grammarOf(t) || sourceClass(t)) return false;
  // (تصريحات للمتحدث أدلى بها للتلفزيون: a verb with بها/به, the words as its object, ends the author too.)
  const bi = p.toks[k + 1];
  if (isWord(bi) && (bi.norm === "بها" || bi.norm === "به") && n.length >= 3 && !cueAt(p, k)) return true;
  const stem = n.endsWith("تها") ? n.length - 3 : n.endsWith("ته") ? n.length - 2 : 0;
  const next = p.toks[k + 1];
  return stem >= 3 && stem <= 5 && isWord(next) && (next.norm.startsWith("ال") || !!sourceClass(next));
}

/** تصريحات حارس النادي فلان، بيان الوزارة: the author in construct (up to a verb on the words, بيان للحزب نشرته الوكالة) with the words (no article on them). */
function inConstruct(p: Para, med: number, cue: number): [number, number, boolean] | null {
  const t = p.toks[med];
  const next = p.toks[med + 1];
  // (Not an adjective of the words, تصريحات صحفية: a nisba with no article.)
  if (t.norm.startsWith("ال") || t.norm.endsWith("ا") || !isWord(next) || !sourceClass(next) || indefiniteAdjective(next)) return null;
  let b = Math.min(cue, arSourceNP(p, med + 1, cue));
  for (let k = med + 2; k < b; k++) if (carriesWords(p, k)) b = k;
  if (b <= med + 1) return null;
  // (بيان للحزب: the author under لـ and the article, read here when underLam read nothing after it; its لـ is no part of the name.)
  const lam = next.norm.length > 4 && next.norm.startsWith("لل");
  return authorKind(describeMention(p, med + 1, b).kind) ? [med + 1, trimmed(p, med + 1, b), lam] : null;
}

/** رسالة من النقابة، مرسوماً من البرلمان: the author after من right after the words; [from, to, false] or null. */
function fromAuthor(p: Para, med: number, cue: number): [number, number, boolean] | null {
  const j = afterAdjectives(p, med, cue);
  const t = p.toks[j];
  if (!isWord(t) || t.norm !== "من" || j + 1 >= cue) return null;
  let b = Math.min(cue, Math.max(j + 2, arSourceNP(p, j + 1, cue)));
  for (let k = j + 2; k < b; k++) if (carriesWords(p, k)) b = Math.max(j + 2, k);
  const d = describeMention(p, j + 1, b);
  return authorKind(d.kind) ? [j + 1, trimmed(p, j + 1, b), false] : null;
}

/** أصدر، وجهت، فأرسل (ar-words issuingVerbs): a verb whose object is words its subject wrote or sent. */
function issuingVerb(t: Tok | undefined): boolean {
  if (!isWord(t) || !t.ar) return false;
  const verbs = lexicon().ar.issuingVerbs;
  // (The raw word as well: وجهت، وقعت open with their own و.)
  return [t.norm, withoutConjunction(t.norm)].some((n) => verbs.has(n) || (n.endsWith("ت") && verbs.has(n.slice(0, -1))));
}

/**
 * ونشر صلاح تغريدة …، أدلى فلان بتصريحات …، وكان النعيمي قد أصدر، السبت، بياناً …: the subject of the clause's
 * verb when the words are its object, right after the subject (a time word, قد, a comma or the verb after كان between).
 */
function issuer(p: Para, med: number, issuing: boolean): [number, number] | null {
  const subj = clauseSubject(p, med);
  if (!subj) return null;
  const [a, b] = subj;
  let verb = p.toks[a - 1];
  // (وعلقت عليها برسالة …: the words themselves read as the subject; none is written.)
  // (Nor a preposition with its pronoun, علقت عليها برسالة: no subject is written there either.)
  if (b > med || !isWord(p.toks[a]) || grammarOf(p.toks[a]) || endsWithPronoun(p.text, p.toks[a].e)) return null;
  // (وعاد الجدل عندما نشر الكاتب فلان تغريدة: a clause of its own inside the phrase read; subordinateIssuer reads it.)
  for (let k = a; k < b; k++) if (inList(p.toks[k], lexicon().ar.subordinators)) return null;
  for (let k = b; k < med; k++) {
    const t = p.toks[k];
    if (isPunct(t, COMMA) || (isWord(t) && (hasGrammar(t, Gr.time) || t.norm === "قد"))) continue;
    // (The verb after قد: وكان النعيمي قد أصدر بياناً; no other word, بسبب تصريحات …)
    if (!isWord(t) || !isWord(p.toks[k - 1]) || p.toks[k - 1].norm !== "قد") return null;
    verb = t;
  }
  if (issuing && !issuingVerb(verb)) return null;
  return b > a && authorKind(describeMention(p, a, b).kind) ? [a, b] : null;
}

/** How many tokens before the words a subordinate clause's opening may stand (بعدما نشرت صحيفة "لوموند"، مساء الأربعاء، مقالاً). */
const SUBORDINATE_REACH = 12;

/**
 * وتأتي الهجمات بعد أن نشرت الجماعة شريط فيديو أعلنت فيه …؛ وجاء ذلك بعدما نشرت صحيفة "الوطن" مقالاً كشفت فيه …:
 * the words are the object of a clause opened by بعد أن or a subordinator (ar-words subordinators) inside the sentence,
 * whose subject (right after its verb, a time word or a comma between it and the words) issued them, not the main
 * clause's subject; [from, to) or null.
 */
function subordinateIssuer(p: Para, med: number, s: number, issuing: boolean): [number, number] | null {
  const toks = p.toks;
  const ar = lexicon().ar;
  for (let k = med - 3; k > s && med - k <= SUBORDINATE_REACH; k--) {
    const t = toks[k];
    const after = isWord(t) && (inList(t, ar.subordinators) || (arComp(t) === 1 && isWord(toks[k - 1]) && withoutConjunction(toks[k - 1].norm) === "بعد"));
    if (!after) continue;
    const v = toks[k + 1];
    // (The clause's verb, a plain word: no noun of the lexicon, no function word; not one carrying its object,
    // بعد أن استقبله الرئيس: the one it refers to, the main clause's subject, issued the words.)
    if (!isWord(v) || grammarOf(v) || sourceClass(v) || (v.norm.length >= 5 && endsWithPronoun(p.text, v.e))) return null;
    if (issuing && !issuingVerb(v)) return null;
    const a = k + 2;
    let b = Math.min(med, arSourceNP(p, a, med));
    // (نشرت الجماعة شريط فيديو، مقطع فيديو: an indefinite medium, or a noun of footage (ar-sources data), opens the object.)
    for (let j = a + 1; j < b; j++) if (objectNoun(p, j)) b = j;
    while (b > a && (isPunct(toks[b - 1], COMMA) || hasGrammar(toks[b - 1], Gr.time))) b--;
    for (let j = b; j < med; j++) if (!betweenIssuerAndWords(p, j)) return null;
    return b > a && authorKind(describeMention(p, a, b).kind) ? [a, b] : null;
  }
  return null;
}

/**
 * Token j may stand between a subordinate clause's subject and the words it issued: a comma or a quotation mark, a
 * time word, or the object's words: in the accusative (مقالاً مرفقاً، مقالا), a noun of footage (مقطع فيديو), a
 * medium and the preposition before where it went (على «تويتر»): مساء الأربعاء، مقالاً مرفقاً بفيديو.
 */
function betweenIssuerAndWords(p: Para, j: number): boolean {
  const t = p.toks[j];
  if (isPunct(t, COMMA) || t.kind === QUOTE) return true;
  if (!isWord(t)) return false;
  return endsWithTanweenFath(p.text, t.e) || alefAccusative(t) || hasGrammar(t, Gr.time) || hasGrammar(t, Gr.particle) || objectNoun(p, j);
}

/** Token j is an indefinite noun of footage or figures (ar-sources data: مقطع، صور) or a medium (شريط فيديو). */
function objectNoun(p: Para, j: number): boolean {
  const t = p.toks[j];
  return isWord(t) && !t.norm.startsWith("ال") && (sourceClass(t)?.cls === "data" || mediumWord(t));
}

/** في بيان: the subject of the clause's verb, with no cue or subordinator between it and في; null when none. */
function spokeIn(p: Para, med: number): [number, number] | null {
  const pre = p.toks[med - 1];
  if (!isWord(pre) || pre.norm !== "في") return null;
  const subj = clauseSubject(p, med);
  if (!subj || subj[1] >= med - 1) return null;
  for (let k = subj[0]; k < med - 1; k++) if (inList(p.toks[k], lexicon().ar.subordinators) || (k >= subj[1] && cueAt(p, k))) return null;
  return authorKind(describeMention(p, subj[0], subj[1]).kind) ? subj : null;
}

/** A person, a body, a group or an unnamed source writes words; not a thing or nothing read. */
function authorKind(kind: string): boolean {
  return kind === "person" || kind === "organization" || kind === "anonymous" || kind === "group";
}

/** The author's phrase [a, b) without a relative or a comma closing it (…، فلان، التي): where it ends. */
function trimmed(p: Para, a: number, b: number): number {
  let e = b;
  while (e > a + 1 && (isPunct(p.toks[e - 1], COMMA) || hasGrammar(p.toks[e - 1], Gr.relative))) e--;
  return e;
}
