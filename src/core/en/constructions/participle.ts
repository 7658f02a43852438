// Participle: "…, saying …": the clause's subject speaks. (PolNeAR-style attribution counts
// "…, adding that …" as part of the main statement, but "…, saying …" reports one of its own.)
// The subject of the clause the participle hangs on is recorded too (altSource): it speaks when
// no statement of the same sentence comes before (pipeline/document.ts).
import { Fr } from "../../lexicon";
import type { FoundStatement } from "../../statements/found";
import { cueAt, inList, sourceClass } from "../../lexicon/lookup";
import { isClose, isOpen, isPunct, isWord, sentenceStartTok, type Para } from "../../text/paragraph";
import { NUM, QUOTE, type Tok } from "../../text/token";
import { enOpening } from "../opening";
import type { EnReading, Verdict } from "../reading";
import { plausibleSource } from "../subject";
import { datelineEnd, en } from "../words";

export function participle(r: EnReading): Verdict {
  const { p, m, toks, entry: e } = r;
  if (!toks[m.from].norm.endsWith("ing")) return undefined;
  // ("He is saying that …", "she was also claiming …": after be the -ing form is the verb going on; the subject
  // construction reads it. Not before a preposition: "Libya was insisting on official prices", "was charging for".)
  if (afterBe(toks, m.from) && !(isWord(toks[m.to]) && (inList(toks[m.to], en().namePrepositions) || inList(toks[m.to], en().nounPrepositions)))) return undefined;
  // "Stressing that growth would be internal, McGough told reporters …": a participle opening the
  // sentence, its clause up to the comma, spoken by the subject after the comma.
  if (m.from === sentenceStartTok(p, m.from) && isWord(toks[m.to]) && toks[m.to].norm === "that") return fronted(r);
  // (", telling reporters: "…"": tell as say, its addressee first.)
  if (e.lemma !== "say" && e.lemma !== "tell") return addedOn(r);
  // ('… for an acquisition," saying …': the comma inside the closing mark.)
  // (", each saying …", ", both saying …": a quantifier floated off the clause's subject.)
  const f = isWord(toks[m.from - 1]) && FLOATED.has(toks[m.from - 1].norm) ? m.from - 1 : m.from;
  const commaBefore = isPunct(toks[f - 1], ",") || (isClose(toks[f - 1]) && isPunct(toks[f - 2], ","));
  if (!commaBefore && !(isWord(toks[m.from - 1]) && inList(toks[m.from - 1], en().ingLead)) && !issuedBefore(toks, m.from)) return null;
  const o = enOpening(p, m.to, r.sentEnd, e.frames.has(Fr.obj));
  // (", telling chip makers to cut output": an order; "telling reporters the talks failed" is left
  // to the main clause too: only "that", a colon or a quotation.)
  if (!o || (e.lemma === "tell" && o.bare)) return null;
  const st = r.statement(null, o);
  hangOnClause(st, p, m.from);
  return st;
}

/** Quantifiers floated off a plural subject before its participle (…, each saying …). */
const FLOATED = new Set(["each", "both"]);

/**
 * "The ministry issued a statement saying …", "she posted a video on Twitter saying …": right before
 * the participle at k a noun of what was issued (en-words issuedWords), and an issuing verb
 * (issuingVerbs) a few words before it — the clause's subject speaks; not "she received a letter saying".
 */
function issuedBefore(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  // (Where it was issued may come between: a video on Twitter saying …)
  if (isWord(toks[j]) && toks[j].cap && isWord(toks[j - 1]) && inList(toks[j - 1], en().namePrepositions)) j -= 2;
  if (!isWord(toks[j]) || !inList(toks[j], en().issuedWords)) return false;
  for (let i = j - 1; i >= j - 4 && i >= 0; i--) {
    if (!isWord(toks[i])) return false;
    if (inList(toks[i], en().issuingVerbs)) return true;
  }
  return false;
}

/** Whether a form of be stands before token k, an adverb or two between (is also saying). */
function afterBe(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  while (j > k - 3 && isWord(toks[j]) && inList(toks[j], en().aux) && !inList(toks[j], en().be)) j--;
  return isWord(toks[j]) && inList(toks[j], en().be);
}

/**
 * 'The coach praised his players, adding: "They never gave up."': a participle of the list
 * addedOnParticiples after a comma, then a quotation (after a colon or not), is the statement of
 * the clause's subject, which must be written; the quote is no unattributed one. After a statement of the same sentence ("She said …,
 * adding that …") it is dropped again (statements/find.ts): its words stay part of that statement.
 */
function addedOn(r: EnReading): Verdict {
  const { p, m, toks } = r;
  if (m.to !== m.from + 1 || !inList(toks[m.from], en().addedOnParticiples)) return null;
  if (!(isPunct(toks[m.from - 1], ",") || (isClose(toks[m.from - 1]) && isPunct(toks[m.from - 2], ",")))) return null;
  const subj = clauseSubject(p, m.from);
  const o = subj && enOpening(p, m.to, r.sentEnd, false, false);
  // (Only a quotation: PolNeAR-style gold counts no "…, claiming that …" after a clause.)
  if (!subj || !o || !isOpen(toks[o.tok])) return null;
  const st = r.statement(null, o);
  st.carry = "clause-subject";
  st.altSourceFrom = subj[0];
  st.altSourceTo = subj[1];
  return st;
}

/** The statement of a participle at token k speaks for the subject of the clause it hangs on (altSource). */
export function hangOnClause(st: FoundStatement, p: Para, k: number): void {
  st.carry = "clause-subject";
  const subj = clauseSubject(p, k);
  if (subj) {
    st.altSourceFrom = subj[0];
    st.altSourceTo = subj[1];
  }
}

/** "Stressing that …, McGough told reporters": the content runs to the comma, the source follows it. */
function fronted(r: EnReading): Verdict {
  const { p, m, toks, sentEnd } = r;
  let c = m.to + 1;
  while (c < sentEnd && !isPunct(toks[c], ",;:") && toks[c].kind !== QUOTE) c++;
  if (!isPunct(toks[c], ",") || c <= m.to + 2) return null;
  const subj = mainSubjectAt(p, c + 1, sentEnd);
  if (!subj) return null;
  const st = r.statement(subj, { tok: m.to + 1, start: toks[m.to + 1].s });
  st.contentEnd = toks[c - 1].e;
  st.contentFixed = true;
  return st;
}

/**
 * The main clause's subject after a fronted participle's comma, at token a ("Stressing that …, McGough
 * told reporters"): a pronoun, or a determiner, capitalised words and source nouns; null when none.
 */
export function mainSubjectAt(p: Para, a: number, sentEnd: number): [number, number] | null {
  const toks = p.toks;
  let e = a;
  if (isWord(toks[a]) && inList(toks[a], en().pronouns)) e = a + 1;
  else {
    if (isWord(toks[e]) && inList(toks[e], en().determiners)) e++;
    while (e < sentEnd && e < a + 6 && isWord(toks[e]) && !inList(toks[e], en().finite) && !inList(toks[e], en().stop) && !cueAt(p, e) && (toks[e].cap || sourceClass(toks[e]))) e++;
  }
  return e > a && plausibleSource(p, a, e) ? [a, e] : null;
}

/** Most words of a clause subject: "Council of Economic Advisers Chairman Beryl Sprinkel". */
const SUBJECT_WORDS = 8;

/**
 * The subject of the clause a participle at token k hangs on ("A New York judge has rejected …,
 * saying …"; "…, but he refuses to discuss …, aside from saying …"): the clause starts at the
 * sentence (past an opening phrase of sentenceOpeners and its comma) or at a clause link + a
 * pronoun; its subject is that pronoun, or a determiner, capitalised words and a few nouns up to
 * an auxiliary, a lower-case past tense, a reporting verb or a function word.
 */
export function clauseSubject(p: Para, k: number): [number, number] | null {
  const toks = p.toks;
  const s = sentenceStartTok(p, k);
  let c = s;
  for (let j = k - 1; j > s; j--) {
    // (Not "as it went on sale": "it" or "who" is no speaker; the subject is further back.)
    if (isWord(toks[j]) && inList(toks[j], en().clauseLinks) && isWord(toks[j + 1]) && inList(toks[j + 1], en().pronouns) && !inList(toks[j + 1], en().pronounsNoSpeaker)) {
      c = j + 1;
      break;
    }
  }
  // ("LINDHAVEN, March 3 (UPI) — In response to …, the aide rallied supporters, saying": a wire
  // dateline is passed over, then the opening phrase.)
  let open = c === s ? datelineEnd(p, s, k) : -1;
  if (open > s) c = open;
  // (Two such phrases too: "In the last debate, on CNBC, candidates …".)
  for (let n = 0; n < 2 && c === open && isWord(toks[c]) && inList(toks[c], en().sentenceOpeners); n++) {
    let j = c + 1;
    while (j < k && !isPunct(toks[j], ",")) j++;
    c = j + 1;
    open = c;
  }
  // ("But analysts were not so sure, saying …": a conjunction opening the sentence is no part of the subject.)
  if (isWord(toks[c]) && inList(toks[c], en().coordinators) && c + 1 < k) c++;
  // "However, the board …", "Hastily, …": a sentence adverb and its comma.
  if (isWord(toks[c]) && isPunct(toks[c + 1], ",") && (inList(toks[c], en().sentenceAdverbs) || (toks[c].norm.length > 4 && toks[c].norm.endsWith("ly")))) c += 2;
  const t = toks[c];
  if (!isWord(t) || c >= k) return null;
  if (inList(t, en().pronouns)) return inList(t, en().pronounsNoSpeaker) ? null : [c, c + 1];
  let e = c;
  if (inList(t, en().determiners)) e++;
  while (e < k && e < c + SUBJECT_WORDS) {
    const u = toks[e];
    // ("Bank of Japan Governor Satoshi Sumita called for calm and said …": "of" between capitalised words is inside a name.)
    // (Not after a plural common noun with one name after the "of": "Leaders of Hamas met … and said" is the leaders.)
    if (isWord(u) && u.norm === "of" && e > c && toks[e - 1].cap && isWord(toks[e + 1]) && toks[e + 1].cap && !pluralOfOneName(toks, e)) {
      e++;
      continue;
    }
    // (Mrs. Schlafly, a U.S. official: the abbreviation's dot stays inside.)
    if (isPunct(u, ".") && isWord(toks[e - 1]) && toks[e - 1].e === u.s && toks[e - 1].norm.length <= 4 && beforeNoun(toks[e + 1])) {
      e++;
      continue;
    }
    // (The 64-year-old)
    if ((u.kind === NUM || isPunct(u, "-")) && e > c) {
      e++;
      continue;
    }
    // ("One of the men, Tom Hale, had served … and said": a partitive's "of" goes on into the people it counts.)
    if (partitiveOf(toks, c, e)) {
      e++;
      continue;
    }
    // ("Ana Ruiz and Tom Vale met …, saying": two names joined are the subject, one group.)
    if (isWord(u) && inList(u, en().sourceJoiners) && e > c && toks[e - 1].cap && isWord(toks[e + 1]) && toks[e + 1].cap && !inList(toks[e + 1], en().stop)) {
      e++;
      continue;
    }
    if (!isWord(u) || inList(u, en().finite) || inList(u, en().stop) || (!u.cap && endsSubject(p, u, e))) break;
    e++;
  }
  while (e > c + 1 && !isWord(toks[e - 1])) e--;
  e = relationNamed(toks, c, e, k);
  // Not a determiner alone ("No", "The"), nor a fronted participle ("Putting it more sharply, …").
  if (e - c === 1 && inList(t, en().determiners)) return null;
  // ("Hastily politicizing the tragedy, Trump …": an adverb opens a clause, not a subject.)
  if (t.norm.length > 4 && t.norm.endsWith("ly") && isWord(toks[c + 1]) && !toks[c + 1].cap) return null;
  if (e - c === 1 && t.norm.endsWith("ing") && (isPunct(toks[e], ",") || (isWord(toks[e]) && !toks[e].cap && (inList(toks[e], en().stop) || inList(toks[e], en().pronouns) || inList(toks[e], en().determiners))))) return null;
  return e > c && plausibleSource(p, c, e) ? [c, e] : null;
}

/**
 * "One of the men", "two of the victims", "some of the residents": "of" at e right after a subject's only word
 * [c, e) that counts people (a number, en-words countWords or quantifierSubjects), before a determiner or a word.
 */
function partitiveOf(toks: readonly Tok[], c: number, e: number): boolean {
  const head = toks[c];
  if (e !== c + 1 || !isWord(toks[e]) || toks[e].norm !== "of" || !isWord(toks[e + 1])) return false;
  return head.kind === NUM || (isWord(head) && (inList(head, en().countWords) || inList(head, en().quantifierSubjects)));
}

/** Most words the name in a relation's apposition may take (Hale's son, Peter Hale,). */
const RELATION_NAME = 3;

/**
 * "Hale's son, Peter, defended his father, saying …", "The mayor, Ana Lowe, closed the roads,
 * saying …", "One of the riders, Pia Marsh, …": a subject [c, e) that is a possessor and a relation (en-words possessedSources), or a
 * determiner and a source noun, goes on with the name set off by commas after it; where the subject
 * ends then (e when there is no such name, before the participle at k).
 */
function relationNamed(toks: readonly Tok[], c: number, e: number, k: number): number {
  const n = toks[e - 1];
  const owner = toks[e - 2];
  if (e - 2 < c || !isPunct(toks[e], ",") || !isWord(n) || n.cap) return e;
  // (A role or a source noun after a determiner too: "The mayor, Ana Lowe, …", "The company, Vantor, …".)
  const possessor = isWord(owner) && (owner.norm.endsWith("'s") || owner.norm.endsWith("’s") || inList(owner, en().possessives));
  // (And a partitive of any people: "One of the riders, Pia Marsh, …".)
  if (!(possessor && inList(n, en().possessedSources)) && !(sourceClass(n) && isWord(owner) && (possessor || inList(owner, en().determiners))) && !partitiveOf(toks, c, c + 1)) return e;
  let j = e + 1;
  while (j < k && j <= e + RELATION_NAME && isWord(toks[j]) && toks[j].cap && !sourceClass(toks[j])) j++;
  return j > e + 1 && j < k && isPunct(toks[j], ",") ? j : e;
}

/** A capitalised word or a source noun: what an abbreviation's dot may stand before (a U.S. official). */
function beforeNoun(u: Tok | undefined): boolean {
  return !!u && isWord(u) && (u.cap || !!sourceClass(u));
}

/**
 * Whether the lower-case word u at e ends a subject's noun phrase: a past tense (-ed, or irregular:
 * Mrs. Clinton shook her head, The foreign secretary hit back), a reporting verb, an adverb
 * (currently, later, yesterday), a verb before a determiner (Traders expect a …).
 */
function endsSubject(p: Para, u: Tok, e: number): boolean {
  // (Traders expect a …, Rask withdrew its …: a verb before its object's determiner.)
  const next = p.toks[e + 1];
  // (Not "this": "The watchdog this week …".)
  if (isWord(next) && (inList(next, en().articles) || inList(next, en().possessives)) && !inList(p.toks[e - 1], en().determiners)) return true;
  return u.norm.endsWith("ed") || !!cueAt(p, e) || inList(u, en().irregularPast) || inList(u, en().adjuncts) || (u.norm.length > 4 && u.norm.endsWith("ly"));
}

/** "Leaders of Hamas", "Ministers of Opec": a plural before the "of" at k and one capitalised word after it, no name or title going on. */
function pluralOfOneName(toks: readonly Tok[], k: number): boolean {
  const before = toks[k - 1].norm;
  return before.length > 3 && before.endsWith("s") && !before.endsWith("ss") && !(isWord(toks[k + 2]) && toks[k + 2].cap);
}
