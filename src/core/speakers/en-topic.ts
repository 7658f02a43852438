// A person named in passing as the subject of an English sentence, and the "he"/"she" that
// follows when no one has spoken yet:
//   Band frontman Alex Kapranos has called for more help for musicians. "…," he said.  → Alex Kapranos
// Such a naming is no statement, so no speaker holds it. Read on demand from the text, back from
// the pronoun over the last few sentences (not past the statement before).
import { cueAt, inList, sourceClass } from "../lexicon/lookup";
import { lexicon } from "../lexicon";
import { isPunct, isWord, sentencePara, type Para } from "../text/paragraph";
import { letterOrNumberAt } from "../text/chars";
import { tokenize } from "../text/scanner";
import { QUOTE, type Tok } from "../text/token";
import { describeMention, type MentionInfo } from "./mention";
import { possessive } from "./en-names";
import { fullNameNear, introducedAsPerson } from "./en-coref";

/** How far back a subject is looked for: sentences, and characters. */
const SENTENCES = 3;
const REACH = 1200;
/** The subject is among a sentence's first words: only this much of it is read. */
const HEAD = 200;
/** Tokens an opening phrase may take, its comma included; and a subordinate clause opening a sentence. */
const OPENING_PHRASE = 20;
const SUBORDINATE_CLAUSE = 30;
/** Words in capitals a wire dateline may take (NEW YORK, RIO DE JANEIRO). */
const DATELINE_WORDS = 4;
/** Two capitalised words in a row: a name. */
const NAME_PAIR = /\p{Lu}\p{Ll}+[ \u200e]+\p{Lu}\p{Ll}+/u;
/** Words (a role, a band's or a firm's name) a subject's name may come after. */
const BEFORE_NAME = 5;

/**
 * The person named as the subject of one of the sentences between offset `since` (the statement
 * before, or the text's start) and `at` (the pronoun), the latest first; null when none is. A subject
 * of the pronoun's own sentence inside the words its statement reports (`clause`, offsets) is not
 * the one: "Mr Vale has failed to act, he claimed".
 */
export function enTopicPerson(text: string, at: number, since: number, clause: readonly [number, number] = NO_CLAUSE): MentionInfo | null {
  return topicSubject(text, at, since, false, clause);
}

const NO_CLAUSE: readonly [number, number] = [0, 0];
/** The characters (quotation marks) that may stand before a subject opening the words reported. */
const CLAUSE_OPENING = 2;

/**
 * The two people named together as the subject of one of the sentences between `since` and `at`
 * (the latest first), for a "they" there: "Ann Cole and Raj Patel met the council. … They said"
 * → the pair, a group; null when there is none, or when the latest subject found is one person.
 */
export function enTopicPair(text: string, at: number, since: number): MentionInfo | null {
  const m = topicSubject(text, at, since, true);
  return m && m.kind === "group" ? m : null;
}

/** How far back a person named with Mr/Ms anywhere in a sentence is looked for (enHonorificPerson). */
const HONORIFIC_REACH = 600;

/**
 * The person named last with an honorific of the pronoun's gender (Mr; Mrs, Ms, Miss: en-words
 * maleHonorifics, femaleHonorifics) between `since` (the statement before) and `at` (the pronoun),
 * HONORIFIC_REACH characters back at most, anywhere in a sentence: "… where the problems lie for
 * Mr Vale - can he persuade …". For a he/she when no person it fits was spoken of; null when none is.
 */
export function enHonorificPerson(text: string, at: number, since: number, pronoun: string): MentionInfo | null {
  const from = Math.max(since, at - HONORIFIC_REACH);
  const list = pronoun === "he" ? lexicon().en.maleHonorifics : lexicon().en.femaleHonorifics;
  const toks = tokenize(text, from, at);
  for (let k = toks.length - 2; k >= 0; k--) {
    const t = toks[k];
    if (!isWord(t) || !t.cap || !list.has(t.norm)) continue;
    const a = isPunct(toks[k + 1], ".") ? k + 2 : k + 1;
    let b = a;
    while (b < toks.length && b < a + 3 && properWord(toks[b])) b++;
    if (b === a) continue;
    const m = describeMention(sentencePara(text, toks, from, at, "en"), k, b);
    return m.kind === "person" && m.name.length ? m : null;
  }
  return null;
}

/** Most words an institution's name may take as a sentence's subject (The Talvern Port Authority). */
const BODY_WORDS = 8;

/**
 * The institution named as the subject of one of the sentences between `since` and `at` (the
 * pronoun's own sentence first, then back), for an "it" with no institution spoken of yet:
 * "Norvik Bank cut its rates. It said …" → Norvik Bank; null when the latest subject found is none.
 */
export function enTopicBody(text: string, at: number, since: number): MentionInfo | null {
  let e = sentenceStart(text, at, since);
  if (e < at && (e > since || e === 0)) {
    const m = bodyAt(text, e, Math.min(at, e + HEAD));
    if (m) return m;
  }
  for (let n = 0; n < SENTENCES && e > since && at - e < REACH; n++) {
    const s = sentenceStart(text, e - 1, since);
    const m = bodyAt(text, s, Math.min(e, s + HEAD));
    if (m) return m;
    e = s;
  }
  return null;
}

/**
 * The institution text[s, e) opens with as its subject: "the" perhaps, capitalised words (and "of",
 * "and", "&" between them), then a lower-case word that is no name's part, or a comma; the whole
 * described as an organization. After an opening phrase, from its comma.
 */
function bodyAt(text: string, s: number, e: number): MentionInfo | null {
  const toks = tokenize(text, s, e);
  if (toks.length < 3 || !isWord(toks[0]) || toks[0].ar) return null;
  const dl = datelineEnd(text, toks);
  if (dl > 0) return bodyAt(text, toks[dl].s, e);
  const p = sentencePara(text, toks, s, e, "en");
  let from = openingPhraseEnd(toks);
  // ("Now, his team is …": a sentence adverb and its comma.)
  if (inList(toks[from], lexicon().en.sentenceAdverbs)) from += isPunct(toks[from + 1], ",") ? 2 : 1;
  let k = from;
  const det = isWord(toks[k]) && (toks[k].norm === "the" || inList(toks[k], lexicon().en.possessives));
  if (det) k++;
  const first = k;
  // ("The company cut its forecast", "his team is bracing …": a noun of an institution, up to its verb.)
  const common = det ? commonBodyEnd(toks, k) : 0;
  if (common > 0) {
    const m = describeMention(p, from, common);
    return m.kind === "organization" ? m : null;
  }
  while (k < toks.length && k - first < BODY_WORDS && isWord(toks[k]) && toks[k].kind !== QUOTE && (toks[k].cap || (k > first && BODY_JOINS.has(toks[k].norm) && isWord(toks[k + 1]) && toks[k + 1].cap))) k++;
  const next = toks[k];
  if (k === first || !next || !(isPunct(next, ",") || (isWord(next) && !next.cap && next.kind !== QUOTE && !BODY_JOINS.has(next.norm) && next.norm !== "'s" && next.norm !== "’s"))) return null;
  if (cueAt(p, k) || allCaps(text, toks[first].s, toks[k - 1].e)) return null;
  // (A noun capitalised only as the sentence's first word is no name: "Documents from the party …".)
  if (k - first === 1 && first === 0 && sourceClass(toks[first])) return null;
  const m = describeMention(p, from, k);
  return m.kind === "organization" ? m : null;
}

/** The words an apposition or a relative clause after an institution's noun opens with (the commission, an independent body, …). */
const APPOSITION = new Set(["a", "an", "the", "which", "whose"]);

/** Lower-case words an institution's noun phrase may take (its board, the state oil company). */
const COMMON_BODY = 4;

/**
 * Where lower-case words from k end at a verb (is, cut, said nothing), an adverb and a verb (the board
 * also approved) or an apposition's comma (the commission, an independent body, …) with an institution's
 * noun last; 0 when not so.
 */
function commonBodyEnd(toks: readonly Tok[], k: number): number {
  let j = k;
  while (j < k + COMMON_BODY && isWord(toks[j]) && !toks[j].cap && toks[j].kind !== QUOTE && !verbLike(toks[j]) && !inList(toks[j], lexicon().en.stop)) j++;
  if (j === k) return 0;
  const ends = isWord(toks[j]) ? verbLike(toks[j]) || (inList(toks[j], lexicon().en.sentenceAdverbs) && isWord(toks[j + 1]) && verbLike(toks[j + 1])) : isPunct(toks[j], ",") && isWord(toks[j + 1]) && APPOSITION.has(toks[j + 1].norm);
  if (!ends) return 0;
  const c = sourceClass(toks[j - 1]);
  return c && (c.cls === "org" || c.cls === "orgname") ? j : 0;
}

/** Words between the capitalised words of an institution's name (Bank of Talvern, Ross & Cole). */
const BODY_JOINS = new Set(["of", "and", "&", "for"]);

/** enTopicPerson, or with `pair` enTopicPair: the subject found, the latest first. */
function topicSubject(text: string, at: number, since: number, pair: boolean, clause = NO_CLAUSE): MentionInfo | null {
  let e = sentenceStart(text, at, since);
  // The pronoun's own sentence first, when it opens after the statement before: "Ana Ruiz has filed
  // a complaint which she says …".
  if (e < at && (e > since || e === 0)) {
    const m = subjectAt(text, e, Math.min(at, e + HEAD), pair);
    // (Not when another person is named between: "Ruiz fought Ray Cole, who said he …"; nor the subject
    // opening the words reported, not "Although Ruiz admitted …, she claimed".)
    if (m && !NAME_PAIR.test(text.slice(m.e, at)) && !(m.s >= clause[0] && m.s - clause[0] <= CLAUSE_OPENING && m.e <= clause[1])) return m;
  }
  for (let n = 0; n < SENTENCES && e > since && at - e < REACH; n++) {
    const s = sentenceStart(text, e - 1, since);
    const m = subjectAt(text, s, Math.min(e, s + HEAD), pair);
    if (m) return !pair && namedAgain(text, m, at) ? null : m;
    e = s;
  }
  return null;
}

/**
 * Whether a word of the person's name (its full name's, for one name word) is written again between
 * the naming and the pronoun at `at`: then the words before the pronoun speak of that person, and
 * someone else says them ('Cole was criticised. "I spoke to Ben about it," he said').
 */
function namedAgain(text: string, m: MentionInfo, at: number): boolean {
  const between = text.slice(m.e, at);
  const full = m.name.length === 1 ? fullNameNear(text, m.s, m.nameText) : null;
  for (const w of (full ?? m.nameText).split(" ")) {
    if (w.length < 3) continue;
    for (let i = between.indexOf(w); i >= 0; i = between.indexOf(w, i + 1)) {
      if (!letterOrNumberAt(between, i + w.length) && (i === 0 || !letterOrNumberAt(between, i - 1))) return true;
    }
  }
  return false;
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

/** Closing quotation marks (" ' ” ’) and the marks that end a sentence inside them (. ! ?). */
const CLOSING = new Set([0x22, 0x27, 0x201d, 0x2019]);
const END_MARKS = new Set([0x2e, 0x21, 0x3f]);

/** The start of the sentence holding offset e: after a full stop and a space, or a line break; not before `limit`. */
function sentenceStart(text: string, e: number, limit: number): number {
  for (let i = e; i > limit; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x0a) return i;
    if (c === 0x20 && (text.charCodeAt(i - 2) === 0x21 || text.charCodeAt(i - 2) === 0x3f)) return i;
    // (After a quotation that ends a sentence: '… in the retail trade." Minister Ana Ruiz called …'.)
    if (c === 0x20 && CLOSING.has(text.charCodeAt(i - 2)) && END_MARKS.has(text.charCodeAt(i - 3))) return i;
    // (Not the dot of an honorific or a title: "Mrs. Ruiz", "Gov. Ruiz".)
    if (c === 0x20 && text.charCodeAt(i - 2) === 0x2e && !honorificDot(text, i - 2)) return i;
  }
  return limit;
}

/** Whether the dot at offset d ends an honorific or a title written short (Mrs., Sen.). */
function honorificDot(text: string, d: number): boolean {
  let b = d;
  while (b > 0 && b > d - 10 && letterOrNumberAt(text, b - 1)) b--;
  const w = text.slice(b, d);
  return w.length > 1 && w.charCodeAt(0) >= 0x41 && w.charCodeAt(0) <= 0x5a && lexicon().en.personIntroducers.has(w.toLowerCase());
}

/**
 * The person a sentence (text[s, e)) opens with as its subject: a few capitalised words or role
 * nouns, then a name of two capitalised words or more, then a lower-case word (its verb) or a
 * comma; the whole described as a person with a name. A sentence that opens with a quotation
 * mark, or whose first words hold a reporting verb, names no such subject.
 */
function subjectAt(text: string, s: number, e: number, pair = false): MentionInfo | null {
  // (Spaces first: a line of a Markdown block quote opens with its > blanked.)
  while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
  // ("(Tom Ruiz defended his sister …)": an aside in brackets opens as a sentence does.)
  if (text.charCodeAt(s) === 0x28) s++;
  // ("- Britain's Paula Ray has also …": a dash or bullet opening a list item.)
  const bullet = /^[-–•*] +/.exec(text.slice(s, s + 4));
  if (bullet) s += bullet[0].length;
  const toks = tokenize(text, s, e);
  if (toks.length < 3 || !isWord(toks[0]) || toks[0].ar) return null;
  // ("LONDON - Tennis star Ana Lowe withdrew …", "NEW YORK (Reuters) - …": a wire dateline opens the story.)
  const dl = datelineEnd(text, toks);
  if (dl > 0) return subjectAt(text, toks[dl].s, e, pair);
  const p = sentencePara(text, toks, s, e, "en");
  // "Although it was far from over, Attorney General Ana Lowe took …": after a subordinate clause
  // opening the sentence, the main clause's subject first; else the words right after its
  // subordinator ("Although Ana Ruiz admitted the error, she …").
  const main = inList(toks[0], lexicon().en.subordinators) ? phraseEnd(toks, SUBORDINATE_CLAUSE) : 0;
  return (main > 0 ? subjectFrom(text, p, main, pair) : null) ?? subjectFrom(text, p, openingPhraseEnd(toks), pair);
}

/**
 * The person subjectAt finds in the sentence read as p, its subject looked for from token `from` on;
 * with `pair`, two people named in full joined by "and" are a group (pairAt).
 */
function subjectFrom(text: string, p: Para, from: number, pair = false): MentionInfo | null {
  const toks = p.toks;
  // ("The head of the union, Ed Varis, met …": a description, then the person's name set off by commas.)
  const named = describedThenNamed(p, from) ?? passiveAgent(p, from);
  if (named) return named;
  let nameFrom = from;
  // Where the subject starts: after an opening phrase (In 2010, On Sunday's show,) or a sentence
  // adverb (Meanwhile, Neither).
  for (let a = from; a <= from + BEFORE_NAME + (nameFrom > from ? 2 : 0) && a < toks.length; a++) {
    const t = toks[a];
    // (The dot of a title written short: Sen. Ana Ruiz.)
    if (isPunct(t, ".") && a > from && inList(toks[a - 1], lexicon().en.personIntroducers)) continue;
    if (!isWord(t) || t.kind === QUOTE || cueAt(p, a)) return null;
    // (A sentence adverb, its comma, or a subordinator: "Afterward, Ruiz …", "Although Ruiz …".)
    if (a === from && (inList(t, lexicon().en.sentenceAdverbs) || inList(t, lexicon().en.subordinators))) {
      from = isPunct(toks[a + 1], ",") ? ++a + 1 : a + 1;
      nameFrom = from;
      continue;
    }
    // ("Economy and Labour Minister Ana Ruiz": "and" between capitalised words of a title.)
    if (a > from && (t.norm === "and" || t.norm === "&") && isWord(toks[a - 1]) && toks[a - 1].cap && isWord(toks[a + 1]) && toks[a + 1].cap) continue;
    // ("Senior trade expert in Geneva Tomas de Hora": a one-word place after the role, then the name;
    // the person is described by the name alone.)
    if (a > from && nameFrom === from && placeThenName(toks, a)) {
      nameFrom = a + 2;
      a++;
      continue;
    }
    if (!properWord(t)) {
      // Before the name: only a role or a description (frontman, chief executive), no function word
      // and no verb ("Dallaglio toured South Africa": the subject came first, the rest is its object).
      if (inList(t, lexicon().en.stop) || inList(t, lexicon().en.npInner) || verbLike(t)) return null;
      continue;
    }
    let b = a;
    // (A particle inside the name: Tomas de Hora.)
    while (b < toks.length && (properWord(toks[b]) || (b > a && inList(toks[b], lexicon().en.nameParticles) && properWord(toks[b + 1])))) b++;
    // ("Voss's wife, Marisol, is to speak …": a possessor's relation, then the one named.)
    const relation = possessive(toks[b - 1]) ? relationApposition(p, from, b) : null;
    if (relation) return relation;
    // ("Ruiz then filed …", "Governor Ruiz filed …": one name word, the person's when the text
    // introduces it as a person's.)
    // (An honorific with no dot and one name word: BBC style "Mr Vance is …", as "Mr. Vance" is.)
    const lone = b - a === 1 ? loneName(text, p, from, a) : b - a === 2 && inList(t, lexicon().en.personIntroducers) ? loneName(text, p, from, a + 1) : null;
    if (lone) return lone;
    if (b - a < 2 || b - a > 3) continue;
    // (A wire headline in capitals, or a run ending at an initial (Steven M. Cole), is no name read whole.)
    if (toks[b - 1].e - toks[b - 1].s < 2 || allCaps(text, toks[a].s, toks[b - 1].e)) return null;
    // (Sir Alan Budd's report: a possessor is no subject; "Plaid Cymru's local government spokesman
    // Dai Lloyd": an employer before a role and the person's name is no subject either, the person is.)
    if (possessive(toks[b - 1])) {
      const own = roleWords(toks, b);
      if (own > 0 && properWord(toks[b + own])) {
        a = b + own - 1;
        continue;
      }
      return null;
    }
    const next = toks[b];
    // (A reporting verb after the name made no statement here, or the pronoun would not look back past it.)
    if (!next || next.kind === QUOTE || (isWord(next) && (next.cap || next.norm === "'s" || next.norm === "’s"))) return null;
    // (Neither Ana Lopez nor her deputy, Ana Lopez and the mayor: two subjects, no one person.)
    if (isWord(next) && (next.norm === "and" || next.norm === "or" || next.norm === "nor")) return pair && next.norm === "and" ? pairAt(text, p, from, b) : null;
    // "Franz Ferdinand frontman Alex Kapranos", "Lib Dem home affairs spokesman Mark Oaten": a name
    // followed by a role of a few words and another name describes it.
    const role = roleWords(toks, b);
    if (role > 0 && (properWord(toks[b + role]) || placeThenName(toks, b + role))) {
      a = b + role - 1;
      continue;
    }
    const m = describeMention(p, nameFrom, b);
    if (m.kind === "person" && m.name.length >= 2) return m;
    return null;
  }
  return null;
}

/** Most words of the subject of a passive before its verb ("Ms Vale's remarks were echoed by …"). */
const PASSIVE_SUBJECT = 5;

/**
 * "Ms Vale's remarks were echoed by Ana Ruiz, director of the fair.": a short subject (words, no
 * verb), a form of "be", a participle and "by", then a person named in full (a comma, a lower-case
 * word or the end after the name): the agent is who the sentence speaks of, the person mentioned;
 * null when the words are not so.
 */
function passiveAgent(p: Para, from: number): MentionInfo | null {
  const toks = p.toks;
  let k = from;
  while (k < toks.length && k < from + PASSIVE_SUBJECT && isWord(toks[k]) && !inList(toks[k], lexicon().en.be) && !verbLike(toks[k]) && !cueAt(p, k)) k++;
  if (k === from || !inList(toks[k], lexicon().en.be)) return null;
  const part = toks[k + 1];
  if (!isWord(part) || part.cap || !part.norm.endsWith("ed") || toks[k + 2]?.norm !== "by") return null;
  let b = k + 3;
  while (b < toks.length && b < k + 6 && properWord(toks[b])) b++;
  const next = toks[b];
  if (b - (k + 3) < 2 || possessive(toks[b - 1]) || (next && !isPunct(next, ",.") && !(isWord(next) && !next.cap))) return null;
  const m = describeMention(p, k + 3, b);
  return m.kind === "person" && m.name.length >= 2 ? m : null;
}

/** Prepositions before a one-word place between a role and a name (expert in Geneva Tomas Vale). */
const PLACE_PREPOSITIONS = new Set(["in", "at"]);

/** Whether toks[k] is such a preposition, then a capitalised word (the place), then a name's first word. */
function placeThenName(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return isWord(t) && !t.cap && PLACE_PREPOSITIONS.has(t.norm) && properWord(toks[k + 1]) && properWord(toks[k + 2]);
}

/**
 * "Ann Cole and Raj Patel met …", "Ana Ruiz and councillor Tom Lee said nothing": after a first
 * person's name ending at token b, "and" and a second person named in full (subjectFrom): the two,
 * described from token `from` as one group; null when the words are not so.
 */
function pairAt(text: string, p: Para, from: number, b: number): MentionInfo | null {
  const second = subjectFrom(text, p, b + 1);
  if (!second || second.kind !== "person" || second.name.length < 2) return null;
  let end = b + 1;
  while (end < p.toks.length && p.toks[end].e <= second.e) end++;
  const m = describeMention(p, from, end);
  // (Both are people: a group also where a word the lexicon does not know stands before the second
  // name, "Ana Ruiz and frontbencher Tom Lee", and the phrase reads as one person titled.)
  return m.kind === "group" ? m : { ...m, kind: "group", name: [], nameText: text.slice(p.toks[from].s, second.e), titleText: "", lemma: "" };
}

/** Most tokens a description before a named apposition may take (the head of the dockers' union). */
const DESCRIPTION = 10;

/**
 * "The head of the dockers' union, Edmond Varis, met …", "The other man, his cousin Tim Rusk, 40,
 * cited …": a sentence opening with "the" (or his, her …) and a description up to its comma, then
 * a person named in full (a possessive and a role before the name perhaps) and a comma: that person,
 * described by the apposition; null when the words are not so (no verb, cue or clause word in the
 * description).
 */
function describedThenNamed(p: Para, from: number): MentionInfo | null {
  const toks = p.toks;
  // (After a sentence adverb or a conjunction: "Meanwhile, the head of …", "But the head of …".)
  if (isWord(toks[from]) && (inList(toks[from], lexicon().en.sentenceAdverbs) || inList(toks[from], lexicon().en.coordinators))) from += isPunct(toks[from + 1], ",") ? 2 : 1;
  const det = toks[from];
  if (!isWord(det) || !(det.norm === "the" || inList(det, lexicon().en.possessives))) return null;
  let c = from + 1;
  for (; c < toks.length && c <= from + DESCRIPTION && !isPunct(toks[c], ","); c++) {
    const t = toks[c];
    if (cueAt(p, c) || (isWord(t) && (verbLike(t) || (inList(t, lexicon().en.stop) && !inList(t, lexicon().en.npInner))))) return null;
    if (!isWord(t) && !isPunct(t, "'’")) return null;
  }
  if (c === from + 1 || !isPunct(toks[c], ",")) return null;
  // (his cousin Tim Rusk: a possessive and a role before the name.)
  let a = c + 1;
  if (isWord(toks[a]) && inList(toks[a], lexicon().en.possessives)) a += 1 + roleWords(toks, a + 1);
  let b = a;
  while (b < toks.length && b < a + 3 && properWord(toks[b])) b++;
  if (b - a < 2 || !isPunct(toks[b], ",")) return null;
  const m = describeMention(p, c + 1, b);
  return m.kind === "person" && m.name.length >= 2 ? m : null;
}

/** Most name words a relation's apposition may take (Voss's wife, Marisol Voss,). */
const RELATION_NAME = 3;

/**
 * "Voss's wife, Marisol, is to speak": after the possessor ending at token b, a relation noun
 * (en-words possessedSources), a comma, a name of a few capitalised words and a comma: the person
 * named, described from token `from` (the relation is their title); null when the words are not so.
 */
function relationApposition(p: Para, from: number, b: number): MentionInfo | null {
  const toks = p.toks;
  const rel = toks[b];
  if (!isWord(rel) || rel.cap || !inList(rel, lexicon().en.possessedSources) || !isPunct(toks[b + 1], ",")) return null;
  let j = b + 2;
  while (j < toks.length && j < b + 2 + RELATION_NAME && properWord(toks[j])) j++;
  if (j === b + 2 || !isPunct(toks[j], ",")) return null;
  const m = describeMention(p, from, j);
  return m.kind === "person" && m.name.length ? m : null;
}

/**
 * A sentence opening with one name word (a title or a role before it) and then its verb or an aside
 * ("Ruiz then filed …", "Ruiz, 41, filed …", "Mrs. Ruiz herself …"): the person's, when the text
 * introduces that name as a person's (Ana Ruiz, Mrs Ruiz); toks[from, a) are the words before it.
 */
function loneName(text: string, p: Para, from: number, a: number): MentionInfo | null {
  const t = p.toks[a];
  const next = p.toks[a + 1];
  if (!next || next.kind === QUOTE || !(isPunct(next, ",") || (isWord(next) && !next.cap && !TWO_SUBJECTS.has(next.norm)))) return null;
  if (possessive(t) || allCaps(text, t.s, t.e)) return null;
  // (A title or an honorific right before it introduces it here: President Okafor, Mrs. Lane.)
  let k = a - 1;
  if (isPunct(p.toks[k], ".")) k--;
  const titled = k >= from && (inList(p.toks[k], lexicon().en.personIntroducers) || sourceClass(p.toks[k])?.cls === "title");
  if (!titled && !introducedAsPerson(text, t.s, text.slice(t.s, t.e))) return null;
  const m = describeMention(p, from, a + 1);
  return m.kind === "person" || m.kind === "unknown" ? { ...m, kind: "person" } : null;
}

/**
 * Where a wire dateline opening the tokens ends: one to four words in capitals, an agency's name in
 * brackets perhaps, and a dash; 0 when there is none.
 */
function datelineEnd(text: string, toks: readonly Tok[]): number {
  let k = 0;
  while (k < DATELINE_WORDS && isWord(toks[k]) && toks[k].e - toks[k].s > 1 && allCaps(text, toks[k].s, toks[k].e)) k++;
  if (k === 0) return 0;
  if (isPunct(toks[k], "(")) {
    const close = toks.findIndex((t, i) => i > k && i < k + 4 && isPunct(t, ")"));
    if (close < 0) return 0;
    k = close + 1;
  }
  return isPunct(toks[k], "-—–") && isWord(toks[k + 1]) ? k + 1 : 0;
}

/** How far an opening phrase runs: "In an interview on Sunday, Ruiz …" to its comma (and a closing mark); 0 for none. */
function openingPhraseEnd(toks: readonly Tok[]): number {
  return inList(toks[0], lexicon().en.sentenceOpeners) ? phraseEnd(toks, OPENING_PHRASE) : 0;
}

/** Where the words opening a sentence end: after their comma (and a closing mark), within `max` tokens; 0 for none. */
function phraseEnd(toks: readonly Tok[], max: number): number {
  for (let k = 1; k < max && k < toks.length; k++) {
    if (!isPunct(toks[k], ",")) continue;
    k++;
    while (k < toks.length && toks[k].kind === QUOTE) k++;
    return k;
  }
  return 0;
}

/** Words after a name that make it part of a longer subject (Ruiz and Cole, Ruiz of Acme). */
const TWO_SUBJECTS = new Set(["and", "or", "nor", "of", "&"]);

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

/** A lower-case word that reads as a verb: an auxiliary or a past form (toured, has, would; met, beat). */
function verbLike(t: Tok): boolean {
  return !t.cap && (inList(t, lexicon().en.finite) || (t.norm.length > 4 && t.norm.endsWith("ed")) || inList(t, lexicon().en.irregularPast));
}

/**
 * A capitalised word that is no source noun or institution's word and no function word opening a
 * sentence (Alex, Kapranos; not Minister, Bank, With, Although).
 */
function properWord(t: Tok | undefined): boolean {
  return !!t && isWord(t) && t.cap && !t.ar && !sourceClass(t) && !inList(t, lexicon().en.stop) && !inList(t, lexicon().en.npInner) && !inList(t, lexicon().en.sentenceAdverbs);
}
