// Where the reported words open after an English cue: "that", an addressee first (told
// Reuters that …), a colon or a quotation, a reported question (asked whether …), or a
// bare clause (said the talks failed); the clause around the cue ("…, sources said.");
// a request (asked the crowd to …).
import { cueAt, inList, sourceClass } from "../lexicon/lookup";
import { type Opening } from "../statements/found";
import { END, isOpen, isPunct, isWord, sentenceStartTok, type Para } from "../text/paragraph";
import { NUM, QUOTE, WORD, type Tok } from "../text/token";
import { nounS } from "./subject";
import { en } from "./words";

export function enOpening(p: Para, k: number, sentEnd: number, obj: boolean, bare = true, quoted = true, q = false): Opening | null {
  const toks = p.toks;
  let j = k;
  // "asked how Clinton could …", "explained why": the question is the content.
  if (q && isWord(toks[j]) && inList(toks[j], en().wh)) return { tok: j, start: toks[j].s };
  if (obj) {
    // "told friends that …", "told the 200-strong crowd at the town hall that …": any noun
    // phrase up to "that" is the addressee.
    const that = addresseeThenThat(p, j, sentEnd);
    if (that > 0) return toks[that + 1] ? { tok: that + 1, start: toks[that + 1].s } : null;
    // told Reuters / told reporters on Tuesday / told the newspaper / told the forum he …
    let n = 0;
    let head = false;
    while (j < sentEnd && n < 5 && (isWord(toks[j]) || abbreviationStop(p, j)) && toks[j].norm !== "that") {
      const t = toks[j];
      // (told Mr. Hale the deal …: the stop of an abbreviation goes on with the name.)
      if (!isWord(t)) {
        j++;
        continue;
      }
      if (inList(t, en().determiners) && !objectPronounBefore(toks, j)) {
        // One addressee: "told reporters the trip …" — a second determiner opens the clause.
        if (head || !isWord(toks[j + 1]) || toks[j + 1].norm === "that") break;
        j += 2;
        n += 2;
        head = true;
        if (nameThenVerb(p, j, sentEnd)) break;
        continue;
      }
      if (!(t.cap || inList(t, en().addressees) || inList(t, en().objectPronouns) || sourceClass(t))) break;
      j++;
      n++;
      head = true;
      if (inList(t, en().objectPronouns) || nameThenVerb(p, j, sentEnd)) break;
    }
    // "tell the truth", "tells so many lies": telling without an addressee is not reporting.
    if (n === 0 && !isPunct(toks[j], ",:") && !isOpen(toks[j])) return null;
  }
  // "will say, according to excerpts released by the ministry, that …": past the words' source set off by commas.
  j = pastAsideSource(p, j, sentEnd);
  // Adjuncts before "that": in a statement, on Tuesday, in an interview with X. After an object
  // ("stressed her support of the raid that killed …", "emphasized the threat that …") the
  // "that" is the object's: the object and its clause are what was said.
  const object = !obj && isWord(toks[j]) && (inList(toks[j], en().articles) || inList(toks[j], en().possessives));
  // (Past a medium the "that" may come further on: "said in a call from the scene of the fire at a crowded club that …".)
  const medium = pastMedium(p, j, sentEnd);
  const reach = medium > j ? medium + MEDIUM_REACH : j + 10;
  for (let m = j; m < Math.min(sentEnd, reach); m++) {
    const t = toks[m];
    // ("agreed with that, so long as …", "spoke of that optimism": the pronoun or determiner, not the
    // clause's "that", which a comma may follow: "said that, if the claims are true, …".)
    if (isWord(t) && t.norm === "that" && (isPunct(toks[m + 1], END) || (isWord(toks[m - 1]) && inList(toks[m - 1], en().pronounThatAfter)))) continue;
    if (isWord(t) && t.norm === "that") return object ? { tok: j, start: toks[j].s } : toks[m + 1] ? { tok: m + 1, start: toks[m + 1].s } : null;
    if (t.kind === QUOTE || isPunct(t, ":;") || isPunct(t, END)) break;
    // "say it's too early … but noted that …", "said he was sure that …": that "that" is not ours.
    if (isWord(t) && (t.norm === "but" || (inList(t, en().pronouns) && t.norm !== "who") || (m > j && cueAt(p, m) && !nounS(p, m)))) break;
  }
  let punct = false;
  while (j < sentEnd && isPunct(toks[j], ",:")) {
    j++;
    punct = true;
  }
  if (isWord(toks[j]) && inList(toks[j], en().complementisers)) return toks[j + 1] ? { tok: j + 1, start: toks[j + 1].s } : null;
  if (j >= sentEnd || !toks[j]) return null;
  if (isPunct(toks[j], END)) return null;
  // said: "…" / said, "…"
  if (isOpen(toks[j])) return quoted || bare ? { tok: j, start: toks[j].s } : null;
  // "said, as previously announced, he will …", "said, when asked about the merger, that …": past an aside.
  const c0 = punct && isPunct(toks[j - 1], ",") ? wordsAfterAside(p, j, sentEnd) : -1;
  if (c0 > 0) {
    const w = toks[c0];
    if (isOpen(w)) return quoted || bare ? { tok: c0, start: w.s } : null;
    // (After "that", or a clause of its own: bare only for a verb that takes one.)
    const clause = isPunct(toks[c0 - 1], ",");
    return clause && !bare ? null : { tok: c0, start: w.s, bare: clause };
  }
  if (!bare || punct) return null;
  const a = pastAdjunct(p, j, sentEnd);
  if (a > j && isOpen(toks[a])) return { tok: a, start: toks[a].s };
  const c = pastTime(p, a, sentEnd);
  // ("said yesterday: "…"", "said in a statement: "…"": the adjunct's colon, then the quotation.)
  if (c > j && isPunct(toks[c], ":") && isOpen(toks[c + 1])) return { tok: c + 1, start: toks[c + 1].s };
  return { tok: c, start: toks[c].s, bare: true };
}

/** Tokens after a medium named after the verb that its "that" may come within ("in a call from the scene of the fire at a crowded club that …"). */
const MEDIUM_REACH = 13;

/** Tokens an aside after the verb's comma may take before the comma that closes it. */
const CLAUSE_ASIDE = 8;

/**
 * "…, as previously announced, …", "…, when asked about the merger, …": after a comma, an aside opening with
 * "as" or a subordinator (en-words subordinators: when, while, once …) at j; the token after the comma that
 * closes it, j when there is none.
 */
function pastClauseAside(p: Para, j: number, sentEnd: number): number {
  const toks = p.toks;
  const t = toks[j];
  if (!isWord(t) || t.cap || !(t.norm === "as" || inList(t, en().subordinators))) return j;
  for (let k = j + 1; k < sentEnd && k <= j + CLAUSE_ASIDE; k++) {
    const w = toks[k];
    if (isPunct(w, ",")) return p.depth[k] === 0 && k > j + 1 && k + 1 < sentEnd ? k + 1 : j;
    if (w.kind === QUOTE || isPunct(w, ":;") || isPunct(w, END)) return j;
  }
  return j;
}

/**
 * Where the words open after an aside at j (pastClauseAside): after its "that", at a quotation, or at a clause
 * with its own subject and verb; -1 when there is no aside or nothing of these follows it.
 */
export function wordsAfterAside(p: Para, j: number, sentEnd: number): number {
  const c = pastClauseAside(p, j, sentEnd);
  if (c === j) return -1;
  const w = p.toks[c];
  if (isWord(w) && w.norm === "that") return c + 1 < sentEnd ? c + 1 : -1;
  return isOpen(w) || opensClause(p, c, sentEnd) ? c : -1;
}

/** Tokens a prepositional phrase after the verb may take before the comma that ends it. */
const ADJUNCT_REACH = 9;

/**
 * "said in a statement yesterday the loss was small", "said at a news conference the bridge would reopen",
 * "said on the other hand, "…"": past a phrase opening with a preposition of en-words mediumPrepositions
 * at j — one that names the medium (mediumNouns) before a clause with a subject and a verb of its own, or
 * one a comma and a quotation end — to that clause or quotation; j when there is none. (Not "said in
 * order to survive, the firm had to …": a phrase a comma ends before a clause is the clause's own.)
 */
function pastAdjunct(p: Para, j: number, sentEnd: number): number {
  const toks = p.toks;
  const e = en();
  const t = toks[j];
  // ("said of the settlement, "…"": what the words are about.)
  if (!isWord(t) || t.cap || !(inList(t, e.mediumPrepositions) || t.norm === "of")) return j;
  const n = pastMedium(p, j, sentEnd);
  if (n > j) {
    const c = pastTime(p, n, sentEnd);
    if (c < sentEnd && opensClause(p, c, sentEnd)) return c;
  }
  for (let k = j + 2; k < sentEnd && k < j + ADJUNCT_REACH; k++) {
    const w = toks[k];
    if (isPunct(w, ",:")) return p.depth[k] === 0 && isOpen(toks[k + 1]) ? k + 1 : j;
    if (!isWord(w) || w.norm === "that" || inList(w, e.finite) || inList(w, e.stop) && !inList(w, e.npInner) || cueAt(p, k)) return j;
  }
  return j;
}

/**
 * "in a statement", "at a news conference", "in his weekly address", "in a 911 call": a preposition of
 * en-words mediumPrepositions at j, a determiner or a possessive and a medium (mediumNouns) within three words;
 * the token after the medium's noun, j when there is none.
 */
export function pastMedium(p: Para, j: number, sentEnd: number): number {
  const toks = p.toks;
  const e = en();
  const t = toks[j];
  const d = toks[j + 1];
  if (!isWord(t) || t.cap || !inList(t, e.mediumPrepositions) || !isWord(d) || !(inList(d, e.determiners) || inList(d, e.possessives))) return j;
  for (let k = j + 2; k < j + 5 && k < sentEnd && (isWord(toks[k]) || toks[k].kind === NUM); k++) if (inList(toks[k], e.mediumNouns)) return k + 1;
  return j;
}

/** Token k opens a clause of its own: a subject (a capitalised word, a subject pronoun, "there", a determiner or a possessive) and then a verb. */
function opensClause(p: Para, k: number, sentEnd: number): boolean {
  const s = p.toks[k];
  if (!isWord(s) || !(s.cap || s.norm === "there" || inList(s, en().subjectPronouns) || inList(s, en().determiners) || inList(s, en().possessives))) return false;
  return finiteClause(p, k, sentEnd);
}

/**
 * "said Tuesday the plant would close", "said yesterday it had …", "said late last week the …": past a
 * time adjunct opening a bare clause at j (a weekday with on or late before it, yesterday, last/this/next
 * and a time noun): the token after it; j when there is none.
 */
function pastTime(p: Para, j: number, sentEnd: number): number {
  const toks = p.toks;
  const is = (i: number, ...w: string[]) => i < sentEnd && isWord(toks[i]) && !toks[i].cap && w.includes(toks[i].norm);
  const day = (i: number) => i < sentEnd && isWord(toks[i]) && toks[i].cap && inList(toks[i], en().days) && inList(toks[i], en().notNames);
  let i = j;
  if (is(i, "late", "early", "earlier")) i++;
  if (is(i, "on") && day(i + 1)) i++;
  if (day(i)) {
    i++;
    if (is(i, "morning", "afternoon", "evening", "night")) i++;
  } else if (is(i, "yesterday", "today", "tonight")) i++;
  else if (is(i, "last", "this", "next") && i + 1 < sentEnd && isWord(toks[i + 1]) && inList(toks[i + 1], en().timeNouns)) i += 2;
  else return j;
  // (A clause follows: a word, not the sentence's end or a comma; or a colon and a quotation, "said yesterday: "…"".)
  if (i + 1 < sentEnd && isPunct(toks[i], ":") && isOpen(toks[i + 1])) return i;
  return i < sentEnd && isWord(toks[i]) && !inList(toks[i], en().coordinators) && toks[i].norm !== "to" ? i : j;
}

/**
 * "told the BBC Michael Howard had always …": after an addressee, one to three capitalised words and
 * an auxiliary open the clause, a new subject (not "told the New York Times he …").
 */
function nameThenVerb(p: Para, j: number, sentEnd: number): boolean {
  const toks = p.toks;
  let m = j;
  while (m < sentEnd && m - j < 3 && isWord(toks[m]) && toks[m].cap) m++;
  return m > j && m < sentEnd && isWord(toks[m]) && inList(toks[m], en().aux);
}

/**
 * The "that" after an addressee noun phrase starting at token k (told friends that …, told a
 * U.K. trade meeting that …), or -1: only words of a noun phrase come between — no verb, no
 * subject pronoun, no comma — and a second determiner only after a preposition (the audience
 * at the University's hall).
 */
function addresseeThenThat(p: Para, k: number, sentEnd: number): number {
  const toks = p.toks;
  for (let j = k; j < sentEnd && j < k + 12; j++) {
    const t = toks[j];
    if (!isWord(t)) {
      // U.K. / 200-strong / the University's
      if ((isPunct(t, ".-'’") && j > k) || toks[j].kind === NUM) continue;
      return -1;
    }
    if (t.norm === "that") return j > k ? j : -1;
    // ("told him to leave": a request, not an addressee.)
    if (t.norm === "to" || inList(t, en().finite) || inList(t, en().stop) && !inList(t, en().npInner) || (inList(t, en().pronouns) && !inList(t, en().objectPronouns)) || cueAt(p, j)) return -1;
    if (j > k && inList(t, en().determiners) && !(isWord(toks[j - 1]) && inList(toks[j - 1], en().namePrepositions))) return -1;
  }
  return -1;
}

/**
 * Where the words open after an addressee that may or may not be there (frame `addr`): "warned
 * investors that …", "warned the government the deficit would grow", "warned Congress it would …"
 * → after the addressee; k otherwise ("warned that …", "warned the economy would slow", "warned
 * Britain could …"). Without "that", the addressee is one that can listen (an object pronoun, a
 * name, a listener or source noun, with one determiner) and a clause with its own subject follows.
 */
export function afterAddressee(p: Para, k: number, sentEnd: number): number {
  const toks = p.toks;
  const that = addresseeThenThat(p, k, sentEnd);
  if (that > 0) return that;
  let j = k;
  if (isWord(toks[j]) && inList(toks[j], en().articles)) j++;
  const first = j;
  // One listener word, or a name of up to six capitalised words (Kenyan President Daniel Arap Moi).
  if (isWord(toks[j]) && !toks[j].cap && listener(toks[j], j > k)) j++;
  else while (j < sentEnd && isWord(toks[j]) && toks[j].cap && j < first + 6) j++;
  // (A name longer than that: no addressee read.)
  if (j === first || (toks[j - 1].cap && isWord(toks[j]) && toks[j].cap)) return k;
  const t = toks[j];
  const opensClause = isWord(t) && !t.cap ? inList(t, en().subjectPronouns) || inList(t, en().articles) || inList(t, en().possessives) : isWord(t) && t.cap;
  return opensClause && t.norm !== "it's" && finiteClause(p, j, sentEnd) ? j : k;
}

/** A word that can be told something: an object pronoun (him, them), a listener (reporters, voters) or a source noun (investors, the government). */
function listener(t: Tok, afterArticle: boolean): boolean {
  if (inList(t, en().objectPronouns)) return !afterArticle;
  return inList(t, en().addressees) && !inList(t, en().determiners) || !!sourceClass(t);
}

/**
 * "…, a source said." — the reported clause runs from the sentence start to the comma
 * before the source, and nothing but adjuncts follows the cue. Returns its token range.
 */
export function clauseBefore(p: Para, srcStart: number, cueEnd: number, sentEnd: number, obj: boolean): [number, number, boolean] | null {
  const toks = p.toks;
  const s = sentenceStartTok(p, srcStart);
  let comma = srcStart - 1;
  // "Hawaii, as one of his advisers pointed out, rarely …"
  const as = isWord(toks[comma]) && toks[comma].norm === "as";
  if (as) comma--;
  if (comma <= s || !isPunct(toks[comma], ",—–")) return null;
  let j = cueEnd;
  let n = 0;
  // Adjuncts after the cue: Tuesday, in a statement, on Fox News … — not an object
  // ("he barely mentioned climate change" reports nothing before it).
  const u = toks[cueEnd];
  // "In a statement, the ministry said: "…"": what was said follows the cue, not the words before it
  // (a quotation or the next paragraph; "…, insiders said: a list" keeps the clause before).
  // (So do a comma and an opening mark: "When asked about it in May, Tom Reyes said, "…"".)
  if (isPunct(u, ":") && (!toks[cueEnd + 1] || isOpen(toks[cueEnd + 1]))) return null;
  if (isPunct(u, ",") && isOpen(toks[cueEnd + 1])) return null;
  // (An addressee that is a source noun too, as in the walk of enOpening: "…, she told delegates at the convention.")
  // ("Despite the revival, bankers said there are signs …": an adjunct word and an auxiliary open the clause said.)
  if (isWord(u) && !u.cap && isWord(toks[cueEnd + 1]) && inList(toks[cueEnd + 1], en().finite)) return null;
  if (isWord(u) && !(u.cap ? inList(u, en().days) || obj : inList(u, en().adjuncts)) && !(u.norm.endsWith("ly") && u.norm.length > 4) && !(obj && (inList(u, en().addressees) || inList(u, en().objectPronouns) || !!sourceClass(u)))) return null;
  while (j < sentEnd && !isPunct(toks[j], ",.!?;") && n < 8) {
    j++;
    n++;
  }
  const t = toks[j];
  if (j < sentEnd && !(isPunct(t, ".!?") || isPunct(t, ","))) return null;
  if (n > 0 && isWord(toks[cueEnd]) && toks[cueEnd].norm === "that") return null;
  let words = 0;
  for (let k = s; k < comma; k++) if (isWord(toks[k])) words++;
  // "Climate change, Mr. Obama often says, is the greatest threat": the cue sits inside its clause.
  if (isPunct(t, ",") && (as || n === 0)) {
    let k = j + 1;
    while (k < sentEnd && isPunct(toks[k], ",")) k++;
    // "…, analysts said, adding that …" / "…, he said, but …": the clause before is the content.
    const w = toks[k];
    // ("At a fair, X said, as previously announced, he will …": the words follow the aside.)
    if (wordsAfterAside(p, k, sentEnd) > 0) return null;
    if (isWord(w) && (inList(w, en().clauseLinks) || (w.norm.endsWith("ing") && w.norm.length > 5))) return words >= 3 ? [s, comma, false] : null;
    let after = 0;
    for (let i = k; i < sentEnd && after < 2; i++) if (isWord(toks[i])) after++;
    if (words >= 1 && after >= 2 && isWord(toks[k]) && !toks[k].cap) {
      let e = sentEnd - 1;
      while (e > k && (isPunct(toks[e], ",.!?;:"))) e--;
      return [s, e + 1, true];
    }
  }
  // The clause must be more than a name or a date.
  return words >= 3 ? [s, comma, false] : null;
}

/** The "to" of "asked <someone> to <verb>" after token k, or -1. */
export function requestTo(p: Para, k: number, sentEnd: number): number {
  const toks = p.toks;
  let n = 0;
  for (let j = k; j < sentEnd && n < 14; j++, n++) {
    const t = toks[j];
    if (isWord(t)) {
      if (t.norm === "to") return n > 0 && isWord(toks[j + 1]) && !toks[j + 1].cap && !inList(toks[j + 1], en().determiners) ? j : -1;
      if ((inList(t, en().stop) && t.norm !== "the") || inList(t, en().pronouns)) return -1;
      continue;
    }
    // ("asked Lena Holt, the moderator for the debate, to check the facts": an apposition on the addressee.)
    if (isPunct(t, ",") && n > 0) {
      const c = appositionClose(toks, j, sentEnd);
      if (c > 0) return isWord(toks[c + 2]) && !toks[c + 2].cap && !inList(toks[c + 2], en().determiners) ? c + 1 : -1;
    }
    if (isPunct(t, ",'’.-")) continue;
    return -1;
  }
  return -1;
}

/** Tokens an apposition on an addressee may take between its commas. */
const ADDRESSEE_APPOSITION = 16;

/** The comma closing an apposition of a determiner and words opened by the comma at c, right before "to"; -1 when none does. */
function appositionClose(toks: readonly Tok[], c: number, sentEnd: number): number {
  if (!isWord(toks[c + 1]) || !inList(toks[c + 1], en().determiners)) return -1;
  for (let j = c + 2; j < sentEnd && j < c + ADDRESSEE_APPOSITION; j++) {
    const t = toks[j];
    if (isPunct(t, ",")) return isWord(toks[j + 1]) && toks[j + 1].norm === "to" ? j : -1;
    if (!isWord(t) && !isPunct(t, "'’-")) return -1;
  }
  return -1;
}

/**
 * Whether the words from token k read as a clause: a subject pronoun opens it (pronounClause), or an
 * auxiliary or a reporting verb comes before the clause ends (a full stop, a colon, a quotation,
 * "to", or a comma opening a relative clause).
 */
export function finiteClause(p: Para, k: number, sentEnd: number): boolean {
  const toks = p.toks;
  if (pronounClause(toks, k)) return true;
  for (let j = k + 1; j < sentEnd && j < k + 14; j++) {
    const t = toks[j];
    // ("reported its exposure to be limited": an infinitive, not a clause.)
    if (t.kind === QUOTE || isPunct(t, ":;") || isPunct(t, END) || (isWord(t) && t.norm === "to")) return false;
    // (Nor past a comma, "maintains the lion's share of the business, traders noted", but for an aside
    // a second comma closes: "the earlier statement, issued March 1, said …".)
    if (isPunct(t, ",")) {
      const c = asideEnd(p, j, sentEnd);
      if (c < 0) return false;
      j = c;
    }
    if (isWord(t) && (inList(t, en().finite) || (cueAt(p, j) && !nounS(p, j) && !afterDeterminer(toks, j)))) return true;
  }
  return false;
}

/** Words an aside between commas may take. */
const ASIDE_WORDS = 5;

/** The comma that closes an aside opening with the comma at k ("…, issued March 1, …"), -1 when none does. */
function asideEnd(p: Para, k: number, sentEnd: number): number {
  const toks = p.toks;
  for (let j = k + 1; j < sentEnd && j <= k + ASIDE_WORDS + 1; j++) {
    const t = toks[j];
    if (isPunct(t, ",")) return j > k + 1 && !(isWord(toks[j + 1]) && inList(toks[j + 1], en().relativePronouns)) ? j : -1;
    if (t.kind !== WORD && t.kind !== NUM) return -1;
  }
  return -1;
}

/** "its forecast", "the report": a cue word after a determiner or a possessive is a noun. */
function afterDeterminer(toks: readonly Tok[], j: number): boolean {
  const d = toks[j - 1];
  return isWord(d) && (inList(d, en().determiners) || inList(d, en().possessives));
}

/**
 * "announced they would …", "announced it wanted to …": a subject pronoun opens a clause; "it"
 * only before a past or -s form ("announced it on Monday" is an object).
 */
function pronounClause(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t) || !inList(t, en().subjectPronouns)) return false;
  if (t.norm !== "it" && t.norm !== "you") return true;
  const n = toks[k + 1];
  // ("added it expects …", "reported it holds …": an -s form after "it" is its verb too.)
  // (Not a determiner or an adverb in -s: "reiterated it this week", "announced it perhaps", "always".)
  const sForm = n?.norm.endsWith("s") && !n.norm.endsWith("ss") && n.norm.length > 3 && !inList(n, en().determiners) && !/(?:ways|haps|times|wards|ous)$/u.test(n.norm);
  return t.norm === "it" && isWord(n) && !n.cap && ((n.norm.endsWith("ed") && n.norm.length > 4) || inList(n, en().irregularPast) || !!sForm);
}

/** Tokens a source set off by commas after a verb may take (", according to excerpts released by the ministry,"). */
const ASIDE_SOURCE = 16;

/**
 * After a comma at k, a preposition cue and its source up to the next comma (", according to excerpts
 * released by the ministry, that …"): the token after that comma; k when there is no such aside.
 */
function pastAsideSource(p: Para, k: number, sentEnd: number): number {
  const toks = p.toks;
  if (!isPunct(toks[k], ",") || cueAt(p, k + 1)?.entry.form !== "prep") return k;
  for (let j = k + 2; j < sentEnd && j < k + ASIDE_SOURCE; j++) {
    if (isPunct(toks[j], ",")) return j + 1;
    if (toks[j].kind === QUOTE || isPunct(toks[j], ":;")) return k;
  }
  return k;
}

/** The stop at j ends an abbreviation written on (Mr., Gov.) and a capitalised word follows: it ends no addressee. */
function abbreviationStop(p: Para, j: number): boolean {
  const toks = p.toks;
  const t = toks[j];
  const prev = toks[j - 1];
  if (!isPunct(t, ".") || !isWord(prev) || prev.e !== t.s || !isWord(toks[j + 1])) return false;
  // (Or an initial's: "told the U.S. congressmen", "told the U.N. envoy".)
  return (inList(prev, en().abbreviations) && toks[j + 1].cap) || (prev.e - prev.s === 1 && prev.cap);
}

/**
 * "Although the mayor said the budget was balanced, the council found a gap": a sentence opening with a
 * subordinator (en-words subordinators, or "even as") whose clause holds the cue at `cue` (no comma
 * before it) ends the words at the comma that opens the main clause — a subject (a capitalised word, a
 * pronoun, a determiner or "there") with a finite verb of its own; that subject's token, -1 when there is none.
 */
export function subordinateEnd(p: Para, cue: number, k: number, sentEnd: number): number {
  const toks = p.toks;
  let f = sentenceStartTok(p, cue);
  if (isWord(toks[f]) && toks[f].norm === "even" && isWord(toks[f + 1]) && (toks[f + 1].norm === "as" || toks[f + 1].norm === "though")) f++;
  else if (!isWord(toks[f]) || !inList(toks[f], en().subordinators)) return -1;
  for (let j = f + 1; j < cue; j++) if (isPunct(toks[j], ",;:") || isOpen(toks[j])) return -1;
  const end = Math.min(sentEnd, k + BUT_REACH);
  for (let j = k + 1; j + 1 < end; j++) {
    if (p.depth[j] !== 0 || !isPunct(toks[j], ",")) continue;
    const s = toks[j + 1];
    if (!isWord(s) || !(s.cap || s.norm === "there" || inList(s, en().subjectPronouns) || inList(s, en().determiners))) continue;
    // (Not after a date's word, "balanced in March, Smith, Jones and Brown found": a list of names never
    // starts with one; a list of dates does, "in March, October and May".)
    const afterDate = dateWord(toks[j - 1]) && !dateWord(s);
    if (s.cap && isWord(toks[j - 1]) && toks[j - 1].cap && listGoesOn(toks, j + 1, end)) {
      // (Its subject a list of names itself: the verb after the list.)
      const v = afterDate ? listEnd(toks, j + 1, end) : -1;
      if (v > 0 && (inList(toks[v], en().finite) || pastVerbNear(toks, v, sentEnd))) return j + 1;
      continue;
    }
    if (finiteClause(p, j + 1, sentEnd) || pastVerbNear(toks, j + 2, sentEnd)) return j + 1;
  }
  return -1;
}

/**
 * Whether the capitalised name at token k (after a comma after another one) is an item of a list
 * going on ("said Greece, France and Italy had agreed": the comma before France is the list's): its
 * capitalised words, then a comma, "and" or "or", then another capitalised word.
 */
function listGoesOn(toks: readonly Tok[], k: number, end: number): boolean {
  let j = k;
  while (j < end && isWord(toks[j]) && toks[j].cap) j++;
  const link = toks[j];
  if (!link || j + 1 >= end || !(isPunct(link, ",") || (isWord(link) && (link.norm === "and" || link.norm === "or")))) return false;
  const next = toks[j + 1];
  return isWord(next) && next.cap;
}

/** The token after the list of capitalised names opening at k (names, commas, "and", "or"); -1 when it runs to `end`. */
function listEnd(toks: readonly Tok[], k: number, end: number): number {
  let j = k;
  while (j < end && ((isWord(toks[j]) && (toks[j].cap || toks[j].norm === "and" || toks[j].norm === "or")) || isPunct(toks[j], ","))) j++;
  return j < end ? j : -1;
}

/** A lower-case verb in the past (-ed, or en-words irregularPast) among the few words from k, before any mark: "the council found a gap". */
function pastVerbNear(toks: readonly Tok[], k: number, sentEnd: number): boolean {
  for (let j = k; j < sentEnd && j < k + 4 && isWord(toks[j]); j++) {
    const t = toks[j];
    if (!t.cap && (inList(t, en().irregularPast) || (t.norm.length > 4 && t.norm.endsWith("ed") && !afterDeterminer(toks, j)))) return true;
  }
  return false;
}

/** Past-tense modals that keep a clause after "but" in the reported words ("…, but he would run again"). */
const BACKSHIFT = new Set(["would", "could", "might", "should"]);

/** Tokens after the words' opening that a writer's "but" is looked for in (a bound: no scan to a long sentence's end). */
const BUT_REACH = 60;

/**
 * "Many speculated that he would lose, but the turnout was high": after a comma and "but", a clause with
 * a subject of its own (a subject pronoun, "there", a determiner or a capitalised word) and its own
 * finite verb is the writer's, not the reported words opening at k; its subject's token, -1 when none.
 * Not after a quotation's words, nor a clause whose verb is a past-tense modal (reported in turn).
 * "She said the plan was sound, but declined to say when …": a comma, "but" or "and" and the speaker's next
 * act in the tense of the cue (nextAct; `pastCue`: said, not says) end the words too; the act's first token.
 */
export function writersBut(p: Para, k: number, sentEnd: number, pastCue: boolean): number {
  const toks = p.toks;
  const quoted = isOpen(toks[k]);
  const end = Math.min(sentEnd, k + BUT_REACH);
  for (let j = k + 2; j + 1 < end; j++) {
    const b = toks[j];
    if (p.depth[j] !== 0 || !isWord(b) || !inList(b, en().coordinators)) continue;
    if (!isPunct(toks[j - 1], ",")) continue;
    if (nextAct(p, j + 1, end) === (pastCue ? PAST : PRESENT)) return j + 1;
    if (quoted) return -1;
    if (b.norm !== "but" || j + 2 >= end) continue;
    const s = toks[j + 1];
    if (!isWord(s) || !(s.cap || s.norm === "there" || inList(s, en().subjectPronouns) || inList(s, en().determiners))) return -1;
    if (!finiteClause(p, j + 1, sentEnd) || backshifted(p, j + 2, sentEnd)) return -1;
    return j + 1;
  }
  return -1;
}

/** Auxiliaries before a negation that withholds: "but did not give a figure", "and would not elaborate"; the past ones. */
const WITHHOLDING_AUX = new Set(["did", "would", "could", "will", "does", "do"]);
const PAST_AUX = new Set(["did", "would", "could", "didn't", "wouldn't", "couldn't"]);
const NO_ACT = 0;
const PAST = 1;
const PRESENT = 2;

/**
 * From token k (after "but"/"and", no subject), the speaker's next act and its tense: a refusal (declined,
 * refuses) or a negated saying or giving (did not say, would not elaborate, doesn't give), after "also",
 * "later" at most. NO_ACT when there is none.
 */
function nextAct(p: Para, k: number, end: number): number {
  const toks = p.toks;
  const e = en();
  let j = k;
  while (j < k + 2 && isWord(toks[j]) && inList(toks[j], e.nextActAdverbs)) j++;
  const t = toks[j];
  if (j >= end || !isWord(t)) return NO_ACT;
  if (inList(t, e.refusalVerbs)) return t.norm.endsWith("d") ? PAST : PRESENT;
  if (WITHHOLDING_AUX.has(t.norm) && isWord(toks[j + 1]) && toks[j + 1].norm === "not") j += 2;
  else if (inList(t, e.negations) && t.norm !== "not" && t.norm !== "never") j++;
  else return NO_ACT;
  const v = toks[j];
  if (j >= end || !isWord(v) || !(inList(v, e.withheldVerbs) || cueAt(p, j))) return NO_ACT;
  return PAST_AUX.has(t.norm) ? PAST : PRESENT;
}

/** The first auxiliary from k (before a comma or the sentence's end) is would/could/might/should. */
function backshifted(p: Para, k: number, sentEnd: number): boolean {
  for (let j = k; j < sentEnd && j < k + 10; j++) {
    const t = p.toks[j];
    if (!isWord(t)) {
      if (isPunct(t, ",;:")) return false;
      continue;
    }
    if (inList(t, en().finite)) return BACKSHIFT.has(t.norm);
  }
  return false;
}

/**
 * "told her she …", "told her Tom …", "told her the deal …": a word that is a determiner and an object
 * pronoun (her) is the addressee itself before a subject pronoun, a capitalised word or an article
 * (not "told her staff …").
 */
function objectPronounBefore(toks: readonly Tok[], j: number): boolean {
  const n = toks[j + 1];
  return inList(toks[j], en().objectPronouns) && isWord(n) && (n.cap || inList(n, en().subjectPronouns) || inList(n, en().articles));
}

/** A day's or a month's name (every month, April and May too: they are names only elsewhere). */
function dateWord(t: Tok | undefined): boolean {
  return isWord(t) && (inList(t, en().notNames) || inList(t, en().months));
}
