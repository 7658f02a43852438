// The subject of an English reporting verb: the noun phrase before it (Smith, a spokesman,
// said …; officials would not say …) or after an inverted verb ("…," said Smith), and
// whether the cue word is used as a finite reporting verb at all.
import { cueAt, type CueMatch, inList, sourceClass } from "../lexicon/lookup";
import { END, isClose, isOpen, isPunct, isWord, sentOf, sentenceEndTok, sentenceStartTok, tickerOpen, type Para } from "../text/paragraph";
import { NUM, QUOTE, type Tok } from "../text/token";
import { en, isCap, participleShape } from "./words";
import { countedFrom, countNumber, outOf, word } from "./count";

/**
 * Whether the cue word is used as a finite reporting verb: not a passive ("were admitted",
 * "was told"), and a bare base form only after a plural subject or an auxiliary
 * ("they say", "officials say", "did not say"; not "an improbable remark", "let's say").
 */
export function verbalUse(p: Para, m: CueMatch): boolean {
  const toks = p.toks;
  let j = m.from - 1;
  while (lyWord(toks[j])) j--;
  // ("is also believed", "was also charged with": a passive past an adverb with no -ly too.)
  let b = j;
  while (lyWord(toks[b]) || inList(toks[b], en().midAdverbs)) b--;
  if (b < j && inList(toks[b], en().be) && m.entry.lemma !== "ask" && !toks[m.from].norm.endsWith("ing")) return false;
  const prev = toks[j];
  if (!isWord(prev)) return true;
  // "might claim", "could argue": what someone might say, no report.
  // (Not a capitalised May: Theresa May said.)
  if ((!prev.cap && inList(prev, en().hypotheticalModals)) || (inList(prev, en().finite) && isWord(toks[j - 1]) && !toks[j - 1].cap && inList(toks[j - 1], en().hypotheticalModals))) return false;
  // ("He is saying that …", "was claiming": after be, an -ing form is the verb going on, no passive.)
  if (inList(prev, en().be) && m.entry.lemma !== "ask") return toks[m.from].norm.endsWith("ing") && m.to === m.from + 1;
  // "is not assured", "was never told": a passive too.
  if ((prev.norm === "not" || prev.norm === "never") && isWord(toks[j - 1]) && inList(toks[j - 1], en().be) && m.entry.lemma !== "ask") return false;
  // "she'd say": after 'd a base form is "would say", no report.
  if (toks[m.from].norm === m.entry.lemmaHead && inList(prev, en().contractedSubjects) && prev.norm.endsWith("d")) return false;
  const first = m.entry.lemmaHead;
  // "news reports that …", "published reports": the -s form of a verb that is also a plural noun
  // is a verb only after a singular subject (the FT reports, it reports, the book claims, Uganda's
  // New Vision newspaper reports); "local newspaper reports" is a noun compound.
  if (en().pluralNounVerbs.has(first) && toks[m.from].norm === first + "s") {
    // "the charges against him", "criminal charges that might arise": a noun and what it is about,
    // or a relative clause with no subject of its own.
    const after = toks[m.to];
    if (isWord(after) && (inList(after, en().nounAfterPlural) || (after.norm === "that" && isWord(toks[m.to + 1]) && inList(toks[m.to + 1], en().aux)))) return false;
    const before = toks[j - 1];
    const singular = !prev.norm.endsWith("s") && isWord(before) && (inList(before, en().determiners) || before.cap || before.norm.endsWith("'s"));
    if (isWord(before) && inList(before, en().nounPrepositions)) return false;
    return prev.cap || inList(prev, en().aux) || inList(prev, en().singularSubjects) || singular;
  }
  if (midNameWord(p, m.from, j)) return false;
  // "Mr Tomlin's reported views", "the company's stated aim": after a possessive the cue word is an
  // adjective or a noun (not "he's said": a pronoun with has written on).
  // (But a capitalised name with 's before said/says/told is a firm's name: "Moody's said", "Heck's said".)
  if (isPossessive(prev) && !inList(prev, en().contractedSubjects) && !(prev.cap && en().neverNouns.has(first))) return false;
  if (toks[m.from].norm !== first) return true;
  // "the March report shows", "The IAC's report": after a determiner and a name, or a possessive, a noun.
  if (en().pluralNounVerbs.has(first) && (isPossessive(prev) || (prev.cap && isWord(toks[j - 1]) && inList(toks[j - 1], en().determiners)))) return false;
  if (inList(prev, en().notBeforeBaseVerb)) return false;
  // ("but some argue that …": a quantifier standing alone is a subject, no determiner of a noun.)
  if (inList(prev, en().quantifierSubjects) && isWord(toks[j - 1]) && inList(toks[j - 1], en().stop)) return true;
  if (inList(prev, en().determiners)) return false;
  const plural = prev.norm.length > 3 && prev.norm.endsWith("s") && !prev.norm.endsWith("'s") && !prev.norm.endsWith("ss") && !prev.norm.endsWith("ous");
  // "say" and "tell" are not nouns: "observers around the country say".
  if (en().neverNouns.has(first)) return true;
  // "The Washington Post reported": a capitalised base form after a name is the name's last word.
  if (toks[m.from].cap && prev.cap) return false;
  // Other base forms (note, claim, state, report) are nouns too: a plural subject, a name or an auxiliary only.
  return plural || prev.cap || inList(prev, en().baseLead);
}

/**
 * "higher Value Added Tax receipts", "the State Department": a capitalised cue word between a
 * capitalised word or an article and a capitalised word, in a sentence that is not a title-case
 * headline, is a word of a name. `j`: the word before it, or "start" for the sentence's first word.
 */
function midNameWord(p: Para, k: number, j: number | "start"): boolean {
  const toks = p.toks;
  const next = toks[k + 1];
  const s = sentenceStartTok(p, k);
  if (!toks[k].cap || !isWord(next) || !next.cap) return false;
  // ("start": the sentence's first word, asked by the walk back from a later cue: "State Department officials said".)
  if (j !== "start" && (j < s || !(toks[j].cap || inList(toks[j], en().articles)))) return false;
  let words = 0;
  let caps = 0;
  for (let i = s, e = sentenceEndTok(p, k); i < e; i++) {
    if (!isWord(toks[i])) continue;
    words++;
    if (toks[i].cap) caps++;
  }
  return caps * 2 < words;
}

/** "in recent reports that": the -s form of a verb that is also a plural noun, used as the noun. */
export function nounS(p: Para, k: number): boolean {
  const m = cueAt(p, k);
  return !!m && en().pluralNounVerbs.has(m.entry.lemmaHead) && p.toks[k].norm === m.entry.lemmaHead + "s" && !verbalUse(p, m);
}

/**
 * "the US State Department", "the U.S. State Department": a capitalised cue word inside a name,
 * seen from the word after it (midNameWord; the stop of an abbreviation written on is skipped).
 */
function capitalisedInName(p: Para, k: number): boolean {
  const toks = p.toks;
  if (k === sentenceStartTok(p, k)) return midNameWord(p, k, "start");
  const glued = isPunct(toks[k - 1], ".") && isWord(toks[k - 2]) && toks[k - 2].e === (toks[k - 1] as Tok).s;
  return midNameWord(p, k, glued ? k - 2 : k - 1);
}

/** A word before "and" that can be a speaker too: a source noun, one who speaks for someone, a pronoun or a plural noun. */
function canSpeakToo(t: Tok): boolean {
  return !!sourceClass(t) || inList(t, en().possessedSources) || inList(t, en().pronouns) || pluralNoun(t);
}

/** A lower-case word that reads as a plural noun (growers, traders, businessmen, people): -s, not -ss, -us or -'s. */
function pluralNoun(t: Tok): boolean {
  const w = t.norm;
  if (w.endsWith("men") || w === "people") return true;
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("'s");
}

/** A lower-case "-ly" word of more than four letters: an adverb (quickly, reportedly); not a noun (family, assembly). */
function isAdverb(t: Tok | undefined): boolean {
  return lyWord(t) && !inList(t!, en().lyNouns);
}

/** A lower-case "-ly" word of more than four letters, the shape the cue's adverbs are stepped over by (openly, repeatedly). */
export function lyWord(t: Tok | undefined): boolean {
  return !!t && isWord(t) && !t.cap && t.norm.length > 4 && t.norm.endsWith("ly");
}

/**
 * Token j, an aux in capitals mid-sentence right after a capitalised word, or right before said/says/told:
 * the end of a name, not an aux to skip before the verb ("Prime Minister Theresa May said", "May said").
 */
function nameWordAux(toks: readonly Tok[], j: number, s: number): boolean {
  if (!toks[j].cap) return false;
  // ("May said …", '"…," Long said': right before a past or -s form of say, a modal or an adverb takes no
  // capital of its own unless the sentence starts there, and "may said" is no English: a name.)
  if (isWord(toks[j + 1]) && NAME_BEFORE.has(toks[j + 1].norm)) return true;
  return j > s && isWord(toks[j - 1]) && toks[j - 1].cap;
}

/** Forms of say/tell a modal never stands before: a capitalised modal there is a name (May said). */
const NAME_BEFORE = new Set(["said", "says", "told"]);

/** Quantifiers floated between a plural subject and its verb (they both said). */
const FLOATED = new Set(["both", "all", "each"]);

/** Tokens an apposition between commas may hold before the verb. */
const MAX_APPOSITION = 45;

/**
 * The subject noun phrase ending just before token k (aux verbs and adverbs
 * skipped), as [start, end); null when there is none. A noun phrase that names no
 * source by itself is one when its apposition does ("one of the lawyers, Tom Kell, said").
 */
export function enSubjectBefore(p: Para, k: number): [number, number] | null {
  const toks = p.toks;
  const s = sentenceStartTok(p, k);
  const [before, parenEnd] = subjectLastToken(p, k, s);
  let j = before;
  const end = j + 1;
  if (j < s) return null;
  // "Flynn, a top Trump surrogate, said": an apposition between commas.
  let apposEnd = -1;
  const quotedAside = participleQuoteAside(p, j, s);
  if (quotedAside > 0) {
    apposEnd = quotedAside;
    j = quotedAside - 1;
  } else if (isPunct(toks[j], ",")) {
    let m = j - 1;
    let n = 0;
    // A relative clause can be long: "…, who spoke on condition of anonymity because …, said"; a
    // description with one, longer still: "X, a party operative who played a major role in … and is now running …, said".
    while (m >= s && (!isPunct(toks[m], ",;:") || placeComma(p, m)) && !isOpen(toks[m]) && !isClose(toks[m]) && n < MAX_APPOSITION) {
      m--;
      n++;
    }
    // "…, do not usually buy insurance, said …", "…, it was getting likely that …, warned X": a
    // clause between commas is no apposition (a relative clause is: "…, who was there, said").
    if (m >= s && isPunct(toks[m], ",") && n > 0 && n < MAX_APPOSITION && !clauseBetween(p, m + 1, j)) {
      apposEnd = mediumAside(p, m) || relativeStatement(p, m) ? m : j;
      j = m - 1;
      // "Ana Ruiz, chief economist at Harbour Capital, a unit of Riverton Holdings, said": a second apposition.
      const named = nameBeforeTwoAppositions(p, m, s);
      if (named >= 0) return [named, apposEnd];
      // "Holm, 52, who joined the firm in 2010, said": an age between commas before it.
      if (toks[j]?.kind === NUM && isPunct(toks[j - 1], ",") && j - 2 >= s) j -= 2;
    } else if (placeClosed(p, j)) {
      // "A spokesman in Wilmington, N.C., said": the comma closes the place; the subject ends at its short form.
      j -= 2;
    } else return null;
    // "Rep. Meeks (D-N.Y.), chairman of the caucus, said": the name's party tag before the apposition.
    if (isPunct(toks[j], ")")) {
      let o = j - 1;
      while (o >= s && o > j - 10 && !isPunct(toks[o], "(")) o--;
      if (!isPunct(toks[o], "(") || o - 1 < s) return null;
      j = o - 1;
    }
  }
  const last = shortFormEnd(toks, j);
  if (!isWord(toks[last])) return null;
  const lw = toks[last].norm;
  // ("…," she said / she'd said; "Halcyon, which said …": pronounSubject.)
  if (pronounSubject(p, last, before, k)) return [last, apposEnd > 0 ? apposEnd : parenEnd > 0 ? parenEnd : end];
  if (en().stop.has(lw) || (en().aux.has(lw) && !nameWordAux(toks, last, s))) return null;
  // Walk back over the noun phrase.
  let [a, n] = walkBack(p, last, s);
  // Do not begin with a dangling preposition or conjunction, nor with a sentence adverb ("Later the mayor said").
  while (a < last && isWord(toks[a]) && ((inList(toks[a], en().npInner) && !inList(toks[a], en().articles)) || (a === s && inList(toks[a], en().sentenceAdverbs)))) a++;
  // "Officials who spoke with The Daily Post said", "a woman who has run the bakery on Elm Street for
  // years said": the walk stopped inside a relative clause's verb phrase (a name in it makes it look
  // like a source); the noun before "who" is the subject, the clause its description.
  // (Also "traders who saw the figures told Reuters", where the clause alone could not speak.)
  // "Economists polled by Reuters said": who asked is no subject; the noun before the participle is.
  a = informedSubjectStart(p, agentSubjectStart(p, openingObjectEnd(p, countStart(p, demonstrativeStart(p, pastFrontedParticiple(toks, n === SUBJECT_WORDS ? longNameStart(toks, a, s) : a, s, last), s), s), last, s), s), s);
  const rel = relativeAntecedent(p, a, s);
  if (rel >= 0) return [rel, apposEnd > 0 ? apposEnd : parenEnd > 0 ? parenEnd : end];
  // '"…," Howard Archer, economist at Global Insight said': the apposition's closing comma left off.
  if (apposEnd < 0) {
    const named = nameBeforeDescription(p, a, last + 1, s);
    if (named >= 0) return [named, parenEnd > 0 ? parenEnd : end];
  }
  if ((!plausibleSource(p, a, last + 1) && !(apposEnd > 0 && plausibleSource(p, last + 2, apposEnd))) || absoluteWith(p, a, s)) return null;
  return [a, apposEnd > 0 ? apposEnd : parenEnd > 0 ? parenEnd : end];
}

/**
 * When token c is ")" closing one to three capitalised words opened right after a capitalised word
 * ("Office (HGO)", "Tallis (Europe)"), the "(" token; -1 otherwise.
 */
function parenInName(toks: readonly Tok[], c: number, s: number): number {
  if (!isPunct(toks[c], ")")) return -1;
  let o = c - 1;
  while (o > s && o >= c - 3 && isWord(toks[o]) && toks[o].cap) o--;
  return o > s && o < c - 1 && isPunct(toks[o], "(") && isWord(toks[o - 1]) && toks[o - 1].cap ? o : -1;
}

/** Walks back over the noun phrase ending at token `last`, not before s: where it starts, and how many words it took. */
function walkBack(p: Para, last: number, s: number): [number, number] {
  const toks = p.toks;
  let a = last;
  let n = 0;
  while (a - 1 >= s && n < SUBJECT_WORDS) {
    const t = toks[a - 1];
    if (isWord(t)) {
      if (inList(t, en().stop) && !inList(t, en().npInner)) break;
      if (openingWords(p, a, t) || lostFullStop(toks, a, t) || honorificAfterWord(toks, a, t)) break;
      // ("the meddling the congressman said is …": the subject starts at its article.)
      if (relativeSubjectOpens(toks, a, s)) {
        a--;
        break;
      }
      // (Also the last word of a two-word cue: "pointed out the earlier statement … said".)
      if ((cueAt(p, a - 1) && !capitalisedInName(p, a - 1) && !modifierCue(p, a - 1)) || (a - 2 >= s && cueAt(p, a - 2)?.to === a)) break;
      if (inList(t, en().npInner) && !(inList(t, en().articles) || t.norm === "'s")) {
        // "spokesman for the ministry": keep "of/for/at" only between capitalised or source words.
        const before = toks[a - 2];
        // ("Senator Joe Varn (Democrat) of West Virginia": a party tag before it.)
        if (!before || (isWord(before) ? inList(before, en().stop) : parenInName(toks, a - 2, s) < 0)) break;
        // "the dollar hit a record low against the euro and analysts predict": a lone word after
        // "and" is the subject of a clause of its own unless what precedes "and" can speak too
        // (Smith and Jones, officials and analysts, growers and traders; "local and foreign
        // bankers" shares its noun).
        if (inList(t, en().sourceJoiners) && a === last && !(before.cap || canSpeakToo(before))) break;
      }
    } else if (placeComma(p, a - 1) || (isPunct(t, ".") && isWord(toks[a - 2]) && toks[a - 2].e === (t as Tok).s && toks[a - 2].norm.length <= 4)) {
      // Mr. / Gen. / U.S.; a place's comma: Vancouver, B.C.-based Norvik Capital
    } else if (isPunct(t, "'’") || (isPunct(t, "-") && toks[a - 2]?.e === (t as Tok).s && (t as Tok).e === toks[a].s) || (t as Tok).norm === "'s") {
      // hyphenated words, possessives (not a dash between spaces: "the election -- meddling the congressman said")
    } else if ((t as Tok).kind === NUM && isPunct(toks[a], "-") && toks[a].s === (t as Tok).e) {
      // the 44-year-old prime minister, a 12-man panel
    } else if (parenInName(toks, a - 1, s) > 0) {
      // "Harbour Grain Office (HGO) Director Ana Ruiz", "Tallis (Europe) Ltd": a short form or a
      // place in parentheses inside a name; the walk goes on before it.
      a = parenInName(toks, a - 1, s) + 1;
    } else break;
    a--;
    // (The marks of a place or a short form count for no word: Vancouver, B.C.-based.)
    if (isWord(t)) n++;
  }
  return [a, n];
}

/** Words the walk back over a subject takes (longNameStart takes a few more). */
const SUBJECT_WORDS = 9;
const NAME_RUN_MORE = 5;

/**
 * "Bob Edgar of the Australia and New Zealand Banking Group Ltd said": where the walk back over a subject
 * stopped at its word limit inside a run of capitalised words (with of, the, and), the run's start when it
 * opens the sentence or follows a comma or a quotation within a few words more; a otherwise.
 */
function longNameStart(toks: readonly Tok[], a: number, s: number): number {
  // (Not "But", "At" capitalised opening the sentence: no part of a name.)
  const inRun = (t: Tok | undefined) => !!t && isWord(t) && (LINKS.has(t.norm) || (t.cap && !inList(t, en().stop) && !inList(t, en().npInner)));
  if (!inRun(toks[a]) || !toks[a].cap) return a;
  let b = a;
  while (b - 1 >= s && b > a - NAME_RUN_MORE && inRun(toks[b - 1])) b--;
  if (!toks[b].cap) return a;
  return b === s || isPunct(toks[b - 1], ",") || isClose(toks[b - 1]) ? b : a;
}

/** The small words inside a long institution's or person-and-employer name (longNameStart). */
const LINKS = new Set(["of", "the", "and"]);

/**
 * "…, those people said", "these officials said": a demonstrative (en-words demonstrativeSubjects)
 * before the lower-case source noun at a points back to the sources named before and belongs to the
 * subject, like "the": where the subject starts.
 */
function demonstrativeStart(p: Para, a: number, s: number): number {
  const t = p.toks[a - 1];
  return a - 1 >= s && isWord(t) && inList(t, en().demonstrativeSubjects) && isWord(p.toks[a]) && !p.toks[a].cap && sourceClass(p.toks[a]) ? a - 1 : a;
}

/**
 * "75 percent of Republicans said", "Six in 10 voters say", "60% of the respondents", "Less than a third
 * agreed": the walk stops at a number; a count before the phrase at a (en/count.ts) belongs to the subject.
 * Where the subject starts.
 */
function countStart(p: Para, a: number, s: number): number {
  const toks = p.toks;
  // (Back to the number or the "a" of a fraction, then over "N in", about/nearly, more/less than.)
  let b = a;
  if (countNumber(toks, b - 1)) b--;
  else if (word(toks, b - 1, "of") && isPunct(toks[b - 2], "%") && countNumber(toks, b - 3)) b -= 3;
  else if (!(word(toks, b, "a") || (countNumber(toks, b) && b === a))) return a;
  if (outOf(toks, b - 1) && (countNumber(toks, b - 2) || (isWord(toks[b - 2]) && inList(toks[b - 2], en().countWords)))) b -= 2;
  if (word(toks, b - 1, "than") && isWord(toks[b - 2]) && inList(toks[b - 2], en().countComparatives)) b -= 2;
  else if (isWord(toks[b - 1]) && inList(toks[b - 1], en().countApprox)) b--;
  return b >= s && countedFrom(toks, b, a + 4) > b ? b : a;
}

/**
 * ", in a statement on its website,", ", at a news conference,": after the comma at c, an aside of
 * where or how the words were given (en-words mediumPrepositions, a determiner, a mediumNouns word
 * within a few words) — no part of the source; not ", at the Brookings Institution,".
 */
function mediumAside(p: Para, c: number): boolean {
  const toks = p.toks;
  const t = toks[c + 1];
  if (!isWord(t) || t.cap || !inList(t, en().mediumPrepositions) || !isWord(toks[c + 2]) || !inList(toks[c + 2], en().determiners)) return false;
  for (let k = c + 3; k < c + 7 && isWord(toks[k]); k++) if (inList(toks[k], en().mediumNouns)) return true;
  return false;
}

/**
 * 'Mr. Vale, noting that the race "is close," added': a participle's clause between commas that ends
 * with a quotation (its comma inside the marks) before the verb; the comma opening it when token j is
 * that closing mark, -1 otherwise.
 */
function participleQuoteAside(p: Para, j: number, s: number): number {
  const toks = p.toks;
  if (!isClose(toks[j]) || !isPunct(toks[j - 1], ",")) return -1;
  let m = j - 2;
  let opened = false;
  while (m > s && m > j - MAX_APPOSITION && !isPunct(toks[m], ",;:")) opened = isOpen(toks[m--]) || opened;
  const t = toks[m + 1];
  // (The quotation opens inside the clause: not '"We will win, looking at the polls," Vale said'.)
  if (!opened) return -1;
  return m > s && isPunct(toks[m], ",") && isWord(toks[m - 1]) && isWord(t) && !t.cap && t.norm.length > 4 && t.norm.endsWith("ing") ? m : -1;
}

/**
 * The word at `last` is a subject by itself: a pronoun, one with has/had written on ("…," she'd said), or
 * a "which" right before the cue at k that reports (reportingWhich: "Halcyon, which said it spent …").
 */
function pronounSubject(p: Para, last: number, before: number, k: number): boolean {
  const t = p.toks[last];
  return en().pronouns.has(t.norm) || inList(t, en().contractedSubjects) || (t.norm === "which" && last === before && reportingWhich(p, last, k));
}

/** Most words the noun phrase before a comma list may hold (commaList). */
const LIST_HEAD_WORDS = 10;

/**
 * "Safety-Kleen, an industrial, automotive and retail service, said", "A spokesman for US Immigration,
 * Customs and Enforcement, Dean Boyd, said": a subject r found right after a comma whose first part,
 * before a comma of its own, is a list's middle — an article and up to three words ending with a
 * lower-case one that names no source (an industrial, / a maker of industrial,), or capitalised words
 * joined by and/or (Customs and Enforcement) — starts before that comma, at the noun phrase the list
 * belongs to; r otherwise.
 */
export function commaList(p: Para, r: [number, number] | null): [number, number] | null {
  if (!r) return r;
  const toks = p.toks;
  const [a, e] = r;
  if (!isPunct(toks[a - 1], ",")) return r;
  let f = a;
  while (f < e && !isPunct(toks[f], ",")) f++;
  // (The part before the comma ends with a lower-case word that names no source: an adjective of the list.)
  // (And the list goes on in lower case after it: not "the agent, Wardley Ltd".)
  const adjective = f < e && f - a <= 4 && inList(toks[a], en().articles) && isWord(toks[f - 1]) && !toks[f - 1].cap && !sourceClass(toks[f - 1]) && isWord(toks[f + 1]) && !toks[f + 1].cap;
  let joined = false;
  let names = true;
  for (let k = a; k < f; k++) {
    const t = toks[k];
    if ((isWord(t) || isPunct(t, "&")) && (t.norm === "and" || t.norm === "or" || t.norm === "&") && k > a) joined = true;
    else if (!isWord(t) || !t.cap) names = false;
  }
  // "Goldman, Sachs and Co said": a firm's name written with a comma (en-sources orgname last), one
  // capitalised word before the comma.
  // (Not a sentence adverb before the comma: "However, Procter and Gamble Co said".)
  const firm = joined && names && isWord(toks[a - 2]) && toks[a - 2].cap && !inList(toks[a - 2], en().sentenceAdverbs) && sourceClass(toks[f - 1])?.cls === "orgname" && !(isWord(toks[a - 3]) && inList(toks[a - 3], en().stop));
  if (!firm && !(f < e && (adjective || (joined && names)))) return r;
  const s = sentenceStartTok(p, a);
  let b = a - 1;
  while (b - 1 >= s && b > a - 1 - LIST_HEAD_WORDS && (isWord(toks[b - 1]) || isPunct(toks[b - 1], ".'’-")) && !(isWord(toks[b - 1]) && !toks[b - 1].cap && inList(toks[b - 1], en().stop) && !inList(toks[b - 1], en().npInner))) b--;
  // (A firm's name of one word before a joined list is its own: "Goldman, Sachs and Co", "Spear, Leeds and Kellogg".)
  return b < a - (adjective || firm ? 1 : 2) && plausibleSource(p, b, a - 1) ? [b, e] : r;
}

/** Most words of the noun phrase whichAntecedent takes. */
const WHICH_NP = 8;
/** How far after the verb a "that" may stand for a relative "which" to report (which announced earlier this month that). */
const WHICH_THAT = 6;

/**
 * "Halcyon, which said it spent …", "the report, which said that …": the "which" at token w (right
 * before the cue at k) as a subject, when the noun phrase before its comma can speak (whichAntecedent)
 * and the verb reports a clause — say or tell, or another verb with "that" soon after it (not "which
 * claims seven million members", "which wrote and adopted the constitution").
 */
function reportingWhich(p: Para, w: number, k: number): boolean {
  const ante = isPunct(p.toks[w - 1], ",") ? whichAntecedent(p, w) : null;
  // (One that can speak: a name, or a noun the lexicon knows as a source; not "a new film, which tells the
  // story", "a note, which said".)
  if (!ante || !namesSpeaker(p, ante[0], ante[1])) return false;
  const c = cueAt(p, k);
  if (!c) return false;
  if (c.entry.lemmaHead === "say") return true;
  // (Not a "that" after an object: "which maintains a list of products that …".)
  if (isWord(p.toks[c.to]) && inList(p.toks[c.to], en().determiners)) return false;
  for (let j = c.to; j < c.to + WHICH_THAT && (isWord(p.toks[j]) || p.toks[j]?.kind === NUM); j++) if (p.toks[j].norm === "that") return true;
  return false;
}

/** Words [a, b) hold a capitalised word (not opening the sentence) or a source noun. */
function namesSpeaker(p: Para, a: number, b: number): boolean {
  const s = sentenceStartTok(p, a);
  for (let k = a; k < b; k++) {
    const t = p.toks[k];
    // (A capitalised word opening the sentence counts unless it is a function word: "Metropolitan, which said".)
    if (isWord(t) && ((t.cap && (k > s || !(inList(t, en().stop) || inList(t, en().sentenceAdverbs) || inList(t, en().articles)))) || !!sourceClass(t))) return true;
  }
  return false;
}

/**
 * The noun phrase right before the comma before the "which" at token w ("the report, which", "the
 * Peking leadership, which", "the UK's Office of Fair Trading (OFT), which"): from its determiner or
 * the first word after a verb, a preposition or a mark; null when it cannot speak.
 */
export function whichAntecedent(p: Para, w: number): [number, number] | null {
  const toks = p.toks;
  let b = w - 1;
  // (A short form in brackets after the name: "(OFT)".)
  if (isPunct(toks[b - 1], ")") && isPunct(toks[b - 3], "(")) b -= 3;
  const s = sentenceStartTok(p, w);
  let a = b;
  for (let n = 0; a - 1 >= s && n < WHICH_NP; n++) {
    const t = toks[a - 1];
    if (isPunct(t, ".") || t.norm === "'s" || isPunct(t, "'’")) {
      a--;
      continue;
    }
    if (!isWord(t)) break;
    // (Office of Fair Trading, Bank of Italy: "of" between capitalised words.)
    if (t.norm === "of" && toks[a].cap && isWord(toks[a - 2]) && toks[a - 2].cap) {
      a--;
      continue;
    }
    if (inList(t, en().articles) || inList(t, en().possessives)) {
      a--;
      break;
    }
    if (!t.cap && (inList(t, en().stop) || inList(t, en().aux) || inList(t, en().finite) || participleShape(t))) break;
    a--;
  }
  return a < b && isWord(toks[b - 1]) && plausibleSource(p, a, b) ? [a, b] : null;
}

/**
 * "Metropolitan, which said it spent 3 mln dlrs, listed its purchases": where the words of a statement
 * whose subject is the relative pronoun at token w (after a comma) end when its clause is on the noun
 * phrase that opens the sentence — at the last comma before a verb (a lower-case auxiliary, en-words
 * finite, or a word in -ed not followed by "by"), between `from` and `end`; -1 when there is none.
 */
export function relativeClauseEnd(p: Para, w: number, from: number, end: number): number {
  const toks = p.toks;
  if (!isPunct(toks[w - 1], ",") || !isWord(toks[w]) || !inList(toks[w], en().relativeSubjects)) return -1;
  const ante = toks[w].norm === "which" ? whichAntecedent(p, w) : enAntecedent(p, w);
  if (!ante || ante[0] !== sentenceStartTok(p, w)) return -1;
  // (The last such comma: "who said the plan, approved last week, was wrong, resigned".)
  for (let j = end - 2; j >= from; j--) {
    const t = toks[j + 1];
    if (p.depth[j] !== 0 || !isPunct(toks[j], ",") || !isWord(t) || t.cap) continue;
    if (inList(t, en().finite) || (t.norm.length > 4 && t.norm.endsWith("ed") && !(isWord(toks[j + 2]) && toks[j + 2].norm === "by"))) return j;
  }
  return -1;
}

/**
 * After the comma at c, a relative pronoun and a reporting verb ("Halcyon, which said it spent …, said"):
 * a relative clause that is a statement of its own, no part of the source of the verb after it.
 */
function relativeStatement(p: Para, c: number): boolean {
  const t = p.toks[c + 1];
  return isWord(t) && inList(t, en().relativeSubjects) && t.norm !== "that" && !!cueAt(p, c + 2);
}

/** Whether t is a lower-case word that ends a noun phrase of its own before an article (meddling, plan; not of, and, has). */
function nounBeforeArticle(t: Tok): boolean {
  return isWord(t) && !t.cap && t.kind !== QUOTE && !inList(t, en().stop) && !inList(t, en().npInner) && !inList(t, en().aux) && !inList(t, en().finite);
}

/** Whether a noun phrase opens at noun after t: t an article, or a dash between spaces (the meddling / -- meddling). */
function nounPhraseOpens(t: Tok | undefined, noun: Tok): boolean {
  if (!t) return false;
  if (isWord(t)) return inList(t, en().articles);
  return isPunct(t, "-—–") && (t as Tok).e < noun.s;
}

/**
 * "the meddling the congressman said is …", "… -- meddling the congressman said is": whether the article
 * at toks[a - 1] starts the subject, after an article (or a dash) and a lower-case noun; that noun is the
 * one the clause (no "that") describes.
 */
function relativeSubjectOpens(toks: readonly Tok[], a: number, s: number): boolean {
  return inList(toks[a - 1], en().articles) && a - 2 >= s && nounBeforeArticle(toks[a - 2]) && nounPhraseOpens(toks[a - 3], toks[a - 2]);
}

/**
 * "Officials familiar with the server taken from her house in Chappaqua, N.Y., speaking on the condition
 * of anonymity …, said": the subject before an apposition may end with a short form's dot (N.Y., Inc.,
 * Ore.); its last word is the one before the dot (j itself otherwise).
 */
function shortFormEnd(toks: readonly Tok[], j: number): number {
  const w = toks[j - 1];
  return isPunct(toks[j], ".") && isWord(w) && w.cap && w.e === toks[j].s && w.e - w.s <= REGION_ABBREVIATION ? j - 1 : j;
}

/** Letters a region's short form (Ore., Wash., B.C.) may take before its dot. */
const REGION_ABBREVIATION = 5;

/**
 * Whether the comma at token c is inside a place: "Portland, Ore.", "Vancouver, B.C.-based": a
 * capitalised word before it, a short capitalised word and its dot after it (not an honorific: "Ruiz, Dr. Lee"),
 * or capitalised words and "-based" ("Vancouver, British Columbia-based").
 */
function placeComma(p: Para, c: number): boolean {
  const toks = p.toks;
  const before = toks[c - 1];
  const after = toks[c + 1];
  const dot = toks[c + 2];
  if (!isPunct(toks[c], ",") || !isWord(before) || !before.cap || !isWord(after) || !after.cap) return false;
  if (!isPunct(dot, ".")) return regionBased(toks, c + 1);
  return after.e === dot.s && after.e - after.s <= REGION_ABBREVIATION && !inList(after, en().personIntroducers);
}

/** "British Columbia-based": one to three capitalised words from token k, then "-based" written on (a place's region). */
function regionBased(toks: readonly Tok[], k: number): boolean {
  let e = k;
  while (e < k + 3 && isWord(toks[e]) && toks[e].cap) e++;
  const dash = toks[e];
  const based = toks[e + 1];
  return e > k && isPunct(dash, "-") && dash.s === toks[e - 1].e && isWord(based) && based.norm === "based" && based.s === dash.e;
}

/** Whether the comma at token j closes a place written with its region's short form (Portland, Ore., / Wilmington, N.C.,). */
function placeClosed(p: Para, j: number): boolean {
  const toks = p.toks;
  for (let c = j - 3; c >= j - 5 && c >= 0; c--) if (placeComma(p, c)) return isPunct(toks[j - 1], ".") && isWord(toks[j - 2]);
  return false;
}

/** Past aux verbs and adverbs ending at token j, back to s: the token before them. */
function auxStart(toks: readonly Tok[], j: number, s: number): number {
  while (j >= s && isWord(toks[j]) && (inList(toks[j], en().aux) || isAdverb(toks[j])) && !(toks[j].norm === "told") && !nameWordAux(toks, j, s)) j--;
  return j;
}

/**
 * The last token of the subject before the verb at k, past aux verbs and adverbs, a time, an
 * anonymity phrase, a parenthesis or a ticker; and where a parenthesis closing the subject ends
 * (-1: none).
 */
function subjectLastToken(p: Para, k: number, s: number): [number, number] {
  const toks = p.toks;
  let j = auxStart(toks, k - 1, s);
  // "Ana Ruiz is alleged to have said", "is widely reported to have told": hearsay of the subject's words.
  if (j - 2 > s && toks[j].norm === "to" && isWord(toks[j + 1]) && toks[j + 1].norm === "have" && isWord(toks[j - 1]) && inList(toks[j - 1], en().hearsayParticiples)) {
    const b = auxStart(toks, j - 2, s);
    if (b < j - 2 && inList(toks[b + 1], en().be)) j = b;
  }
  // "Smith and Jones both said", "the ministers all said": a quantifier floated after the subject.
  if (j > s && isWord(toks[j]) && FLOATED.has(toks[j].norm) && isWord(toks[j - 1])) j--;
  // "The ministry on Monday said", "Acme Corp last week said": the time is no part of the subject.
  j = timeAdjunctStart(p, j, s) - 1;
  // "A porter who gave his name only as Karel said": the name the phrase ends with goes with it.
  if (j > s + 1 && !p.inAnon[j] && isWord(toks[j]) && toks[j].cap && (p.inAnon[j - 1] || (p.inAnon[j - 2] && isWord(toks[j - 1]) && toks[j - 1].cap))) j = p.inAnon[j - 1] ? j - 1 : j - 2;
  // "A diplomat who declined to be named said": the subject is before the anonymity phrase and its "who".
  if (j > s && p.inAnon[j] && !isPunct(toks[j], ",")) {
    while (j > s && p.inAnon[j]) j--;
    if (isWord(toks[j]) && inList(toks[j], en().relativesBeforePhrase)) j--;
  }
  // "Sen. David Perdue (R-Ga.) said": a parenthesis; "Gold Corp <HGC.J> said": a ticker; "<Gold Ltd> said": an unlisted firm, read inside its marks.
  let parenEnd = -1;
  if (isPunct(toks[j], ">") && tickerOpen(p, j) < 0) {
    // ("Ana Ruiz of Sydney broker <Gold Ltd> said": a person of the firm, the subject up to its closing mark.)
    const named = nameOfFirm(p, j, s);
    if (named >= 0) return [named, j + 1];
    j--;
  }
  if (isPunct(toks[j], ")>")) {
    const open = toks[j].norm === ")" ? "(" : "<";
    let m = j - 1;
    while (m >= s && m > j - 8 && !isPunct(toks[m], open)) m--;
    if (isPunct(toks[m], open)) {
      parenEnd = j + 1;
      j = m - 1;
    }
  }
  // "Lord Vale - a senior law lord - said": the subject is before a description between spaced dashes
  // (not "Prices rose - as expected - said Tom Vale": a name after the verb is its subject).
  const dash = parenEnd < 0 && !(isWord(toks[k + 1]) && toks[k + 1].cap) ? dashedStart(p, j, s) : -1;
  if (dash >= 0) return [dash - 1, -1];
  return [j, parenEnd];
}

/** Most words between "of" and the "<" of a firm's name ("of Sydney broker <…>"). */
const OF_FIRM_WORDS = 3;
/** Most tokens inside the marks of a firm's name ("<A.B. Carter and Co Ltd>": initials are two tokens each). */
const FIRM_TOKENS = 14;

/**
 * When the ">" at token c closes an unlisted firm's name ("<Gold Ltd>") that a capitalised name
 * and "of" come before, at most OF_FIRM_WORDS words between ("Ana Ruiz of <Gold Ltd>", "Ana Ruiz
 * of Sydney broker <Gold Ltd>"): the token ending the name before "of"; -1 otherwise.
 */
function nameOfFirm(p: Para, c: number, s: number): number {
  const toks = p.toks;
  let m = c - 1;
  while (m > s && m > c - FIRM_TOKENS && !isPunct(toks[m], "<")) m--;
  if (!isPunct(toks[m], "<")) return -1;
  for (let o = m - 1; o > s && o >= m - 1 - OF_FIRM_WORDS; o--) {
    if (!isWord(toks[o])) return -1;
    if (toks[o].norm === "of") return isWord(toks[o - 1]) && toks[o - 1].cap ? o - 1 : -1;
  }
  return -1;
}

/** Most tokens a description between spaced dashes may hold. */
const DASHED_WORDS = 10;

/**
 * The first token of a dash with a space either side ending at token k — one mark, or two hyphens
 * typed for one ("--"); -1 when there is none (not the hyphen of a compound: Chong-gyu).
 */
function spacedDashFrom(toks: Para["toks"], k: number): number {
  const t = toks[k];
  if (!t || !isPunct(t, "-–—") || k <= 0 || !toks[k + 1] || t.e >= toks[k + 1].s) return -1;
  const f = isPunct(toks[k - 1], "-") && toks[k - 1].e === t.s ? k - 1 : k;
  return f > 0 && toks[f - 1].e < toks[f].s ? f : -1;
}

/**
 * When token j is a spaced dash closing a description opened by another one after a word (a lower-case
 * word first: "- a senior law lord -", "-- one of the creditors --"), with no other mark between it and
 * the sentence's start or a quotation closing (the subject opens the sentence, or follows the words quoted): the opening dash's first token; -1 otherwise.
 */
function dashedStart(p: Para, j: number, s: number): number {
  const toks = p.toks;
  const close = spacedDashFrom(toks, j);
  if (close < 0) return -1;
  let open = -1;
  for (let m = close - 1; m > s; m--) {
    // ('"…," Ana Ruiz -- a lawyer for the family -- said': the subject opens after a quotation too.)
    if (open >= 0 && isClose(toks[m])) break;
    const f = open < 0 ? spacedDashFrom(toks, m) : -1;
    if (f >= 0) {
      if (m + 1 >= close || !isWord(toks[m + 1]) || toks[m + 1].cap || !isWord(toks[f - 1])) return -1;
      open = f;
      m = f;
    } else if (open < 0 && m < close - DASHED_WORDS) return -1;
    else if (!isWord(toks[m]) && toks[m].kind !== NUM && !isPunct(toks[m], ".'’") && !(isPunct(toks[m], "-") && spacedDashFrom(toks, m) < 0)) return -1;
  }
  return open;
}

/**
 * Where a time adjunct ending at token j starts, between a subject and its verb ("on Monday",
 * "Monday", "last week", "earlier this month", "in 2003", "in March 2003", "yesterday"); j + 1 when
 * the words ending at j are none. A word must be left before it for the subject.
 */
function timeAdjunctStart(p: Para, j: number, s: number): number {
  const toks = p.toks;
  const word = (i: number) => i >= s && isWord(toks[i]);
  const is = (i: number, ...w: string[]) => word(i) && w.includes(toks[i].norm);
  const day = (i: number) => word(i) && toks[i].cap && inList(toks[i], en().notNames);
  // i: the adjunct's first token.
  let i: number;
  if (toks[j]?.kind === NUM && /^(19|20)\d\d$/u.test(toks[j].norm)) {
    // "in 2003", "in March 2003"
    i = day(j - 1) ? j - 2 : j - 1;
    if (!is(i, "in")) return j + 1;
  } else if (day(j)) {
    // "Monday", "on Monday", "late on Friday", "in March" (a month after "in" only: May is a name too)
    if (is(j - 1, "on", "in")) i = j - 1;
    else if (inList(toks[j], en().days)) i = j;
    else return j + 1;
  } else if (word(j) && !toks[j].cap && inList(toks[j], en().timeNouns)) {
    // "yesterday", "last week", "earlier this month", "on Monday night"
    if (is(j, "yesterday", "today", "tonight")) i = j;
    else if (day(j - 1)) return timeAdjunctStart(p, j - 1, s);
    else if (is(j - 1, "last", "this", "next")) i = j - 1;
    else return j + 1;
  } else return j + 1;
  // "earlier this month", "late last night", "late on Friday"
  if (is(i - 1, "earlier", "late", "early")) i--;
  // (Or an apposition's closing comma: "The firm, which …, on Monday said"; or a short form's parenthesis: "The Harbour Council (HC) yesterday said".)
  return (word(i - 1) && !inList(toks[i - 1], en().stop)) || (i - 1 > s && isPunct(toks[i - 1], ",") && isWord(toks[i]) && !toks[i].cap) || parenInName(toks, i - 1, s) > 0 ? i : j + 1;
}

/** Words back from a walked-back subject that an unnamed source "familiar with" it may stand. */
const INFORMED_REACH = 8;

/**
 * "With the election widely predicted for May, the party …": a noun phrase right after a sentence's
 * opening "with"/"without" (en-words absolutePreps) and before a participle is the preposition's
 * object in an absolute phrase, no subject.
 */
function absoluteWith(p: Para, a: number, s: number): boolean {
  const w = p.toks[a - 1];
  return a - 1 === s && isWord(w) && inList(w, en().absolutePreps);
}

/**
 * "Federal officials familiar with the server taken from her house in Chappaqua, N.Y., said": a walk
 * that stopped inside what the sources know about starts, within INFORMED_REACH words before token a,
 * at an unnamed source's noun (anon) and a word of knowing (informed: familiar, briefed, close) with its
 * preposition, taking the words before the noun (Federal); a otherwise.
 */
function informedSubjectStart(p: Para, a: number, s: number): number {
  const toks = p.toks;
  for (let k = a - 1; k > s && k >= a - INFORMED_REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) {
      if (isPunct(t, ",;:") && !placeComma(p, k)) return a;
      continue;
    }
    if (inList(t, en().stop) && !inList(t, en().npInner)) return a;
    if (sourceClass(t)?.cls !== "informed" || !isWord(toks[k + 1]) || !inList(toks[k + 1], en().npInner) || sourceClass(toks[k - 1])?.cls !== "anon") continue;
    let b = k - 1;
    while (b - 1 >= s && b > k - 4 && isWord(toks[b - 1]) && !inList(toks[b - 1], en().stop) && !cueAt(p, b - 1)) b--;
    return b;
  }
  return a;
}

/**
 * "Economists polled by Reuters said", "one trader interviewed by the paper told …": when the subject
 * walked back to token a follows "by" after a participle of en-words agentParticiples, the noun phrase
 * before the participle (a few words that can speak) starts it; a otherwise.
 */
function agentSubjectStart(p: Para, a: number, s: number): number {
  const toks = p.toks;
  const by = toks[a - 1];
  const participle = toks[a - 2];
  if (a - 3 < s || !isWord(by) || by.norm !== "by" || !isWord(participle) || participle.cap || !inList(participle, en().agentParticiples)) return a;
  // (Up to four words; a word that is a cue too is a noun here: "A report seen by the agency said".)
  let b = a - 2;
  while (b - 1 >= s && b > a - 6 && isWord(toks[b - 1]) && !(inList(toks[b - 1], en().stop) && !inList(toks[b - 1], en().articles))) b--;
  return b < a - 2 && plausibleSource(p, b, a - 2) ? b : a;
}

/**
 * "After the vote Harbour Board spokesman Tom Vale said": a sentence opening with a preposition of
 * en-words sentenceOpeners and its object, with no comma after it: the subject walked back to token a
 * (the object's article) starts at the capitalised word after the object's lower-case words (no source
 * nouns: "After the council leader …" is left whole); a otherwise.
 */
function openingObjectEnd(p: Para, a: number, last: number, s: number): number {
  const toks = p.toks;
  const prep = toks[a - 1];
  if (a - 1 !== s || !isWord(prep) || !prep.cap || !inList(prep, en().sentenceOpeners) || !isWord(toks[a]) || !inList(toks[a], en().articles)) return a;
  let k = a + 1;
  while (k < last && isWord(toks[k]) && !toks[k].cap && !sourceClass(toks[k]) && !inList(toks[k], en().stop)) k++;
  if (k > a + 1 && k < last && isWord(toks[k]) && toks[k].cap && plausibleSource(p, k, last + 1)) return k;
  // "In a joint statement the firms said", "In a letter to shareholders the company said": the object's
  // lower-case words (prepositions too), then a second article that opens the subject.
  k = a + 1;
  while (k < last && isWord(toks[k]) && !toks[k].cap && !inList(toks[k], en().articles) && (!inList(toks[k], en().stop) || inList(toks[k], en().namePrepositions))) k++;
  // (Not the article of a preposition's object: "In a speech to the Policy Centre Mr Straw said".)
  return k > a + 1 && k < last && isWord(toks[k]) && toks[k].norm === "the" && !inList(toks[k - 1], en().namePrepositions) && plausibleSource(p, k, last + 1) ? k : a;
}

/** The start of the noun phrase before the "who" of relativeVerbPhrase(p, a, s), -1 when there is none. */
function relativeAntecedent(p: Para, a: number, s: number): number {
  const w = relativeVerbPhrase(p, a, s);
  // (A comma before "who": "A shopkeeper, who gave only his first name, Ahmed, said"; "Ana Ruiz, who is
  // chairman of the fund said", the clause's closing comma left off.)
  const c = w > s && isPunct(p.toks[w - 1], ",") ? w - 1 : w;
  const b = w >= 0 ? nounBefore(p, c, s) : -1;
  // (Not "the public can see who gives …": a verb before "who" makes it no noun phrase.)
  return b >= 0 && !p.toks.slice(b, w).some((t) => isWord(t) && inList(t, en().finite)) ? b : -1;
}

/**
 * The "who" (its token) of a relative clause whose verb phrase holds token a - 1 or opens at a, the words
 * between running on (no punctuation but a hyphen, an apostrophe or an abbreviation's stop); -1 when
 * there is none, or when the word after "who" is a subject of its own ("who the minister said …").
 */
function relativeVerbPhrase(p: Para, a: number, s: number): number {
  const toks = p.toks;
  for (let w = a - 1; w >= s && w >= a - 16; w--) {
    const t = toks[w];
    if (!isWord(t)) {
      if (isPunct(t, "-'’.")) continue;
      return -1;
    }
    if (t.norm !== "who") {
      // ("… withdrew an amendment when Gulf chairman Ali Rahim said": another clause ends the search.)
      if (inList(t, en().clauseLinks) || inList(t, en().wh)) return -1;
      continue;
    }
    const next = toks[w + 1];
    if (!isWord(next) || next.cap || inList(next, en().determiners) || inList(next, en().pronouns)) return -1;
    // ("Asked who was to blame, …": a participle opening the sentence is no antecedent.)
    if (w - 1 === s && /(?:ed|ing)$/.test(toks[s].norm)) return -1;
    return w;
  }
  return -1;
}

/**
 * The start of a name of two capitalised words or more before the comma at a - 1, when the subject
 * walked back to [a, last) is a lower-case description holding a role (Howard Archer, economist at …)
 * and the name opens the sentence or follows a quotation; -1 otherwise.
 */
function nameBeforeDescription(p: Para, a: number, last: number, s: number): number {
  const toks = p.toks;
  if (!isPunct(toks[a - 1], ",") || !isWord(toks[a]) || toks[a].cap) return -1;
  let k = a - 2;
  let words = 0;
  while (k >= s && isWord(toks[k]) && toks[k].cap && !inList(toks[k], en().stop)) {
    k--;
    words++;
  }
  if (words < 2 || words > 4) return -1;
  // (A role or an unnamed-source noun in the description: "Like Trump, the Republican National Committee" is no apposition.)
  let role = false;
  for (let j = a; j < last && !role; j++) role = isWord(toks[j]) && !toks[j].cap && (sourceClass(toks[j])?.cls === "title" || sourceClass(toks[j])?.cls === "anon");
  if (!role) return -1;
  const before = toks[k];
  return k < s || isClose(before) || (isPunct(before, ",") && isClose(toks[k - 1])) ? k + 1 : -1;
}

/**
 * The start of a name of two to four capitalised words before a lower-case description holding a
 * role, itself before the apposition that opens at the comma m: "Ana Ruiz, chief economist at
 * Harbour Capital, a unit of Riverton Holdings, said"; "…, William Ogden, chairman of the Harbour
 * National Bank and Trust Co, Harbour's largest subsidiary, said". -1 when the words are otherwise.
 */
function nameBeforeTwoAppositions(p: Para, m: number, s: number): number {
  const toks = p.toks;
  let c = m - 1;
  while (c >= s && c > m - 16 && !isPunct(toks[c], ",;:") && !isOpen(toks[c]) && !isClose(toks[c])) c--;
  if (c < s || !isPunct(toks[c], ",") || c === m - 1) return -1;
  if (!isWord(toks[c + 1]) || toks[c + 1].cap) return -1;
  let role = false;
  for (let j = c + 1; j < m && !role; j++) role = isWord(toks[j]) && !toks[j].cap && (sourceClass(toks[j])?.cls === "title" || sourceClass(toks[j])?.cls === "anon");
  if (!role) return -1;
  let k = c - 1;
  while (k >= s && isWord(toks[k]) && toks[k].cap && !inList(toks[k], en().stop)) k--;
  const words = c - 1 - k;
  if (words < 2 || words > 4) return -1;
  return k < s || isPunct(toks[k], ",") || isClose(toks[k]) ? k + 1 : -1;
}

/**
 * Whether `t` (the word before toks[a], a word of the subject walked back over) ends the words
 * opening the sentence rather than being part of the subject: a day or a month before a name or
 * an article (On Wednesday Mr Ash denied …); a time noun before an article or a name (Last week the port authority said …); a lower-case
 * word that is no source before "and" and a capitalised word (growth is still elusive and Ifo
 * president Ann Roth said …; not "Smith and Jones", "growers and Dock Co").
 */
function openingWords(p: Para, a: number, t: Tok): boolean {
  const toks = p.toks;
  const next = toks[a];
  if (!isWord(next)) return false;
  // (Not in a name or before the noun it describes: the Sunday Times, the British Sunday paper.)
  if (t.cap && inList(t, en().notNames)) return (next.cap || inList(next, en().articles)) && !(isWord(toks[a - 2]) && inList(toks[a - 2], en().articles));
  // (A time noun before a name: Last week Ana Ruiz said …, Last month Norvik Air announced ….)
  if (next.cap) return !t.cap && inList(t, en().timeNouns);
  if (inList(next, en().articles)) return !t.cap && inList(t, en().timeNouns);
  if (next.norm === "and" && isWord(toks[a + 1]) && toks[a + 1].cap && !t.cap) {
    return !canSpeakToo(t);
  }
  return false;
}

/**
 * "… against the dollar Analysts said that …": a capitalised plural of an unnamed source noun
 * (Analysts, Officials) at a after a lower-case word t is no name's word but a sentence whose full
 * stop was lost (a paragraph run on in the copy); the subject starts at it.
 */
function lostFullStop(toks: readonly Tok[], a: number, t: Tok): boolean {
  const w = toks[a];
  return !t.cap && isWord(w) && w.cap && w.norm.endsWith("s") && sourceClass(w)?.cls === "anon" && !inList(t, en().npInner) && !inList(t, en().determiners);
}

/**
 * "Launching the initiative Mr Clarke said", "Opening the debate Ana Hale said": a participle in -ing opening
 * the sentence (s) at a, a determiner or a possessive, lower-case words, then a capitalised name before the verb
 * (no comma, as some copy writes it): the participle's phrase is no part of the subject, which starts at the
 * name; a otherwise.
 */
function pastFrontedParticiple(toks: readonly Tok[], a: number, s: number, last: number): number {
  const t = toks[a];
  const d = toks[a + 1];
  if (a !== s || !isWord(t) || !t.cap || t.norm.length < 6 || !t.norm.endsWith("ing") || !isWord(d) || d.cap || !(inList(d, en().determiners) || inList(d, en().possessives))) return a;
  for (let k = a + 2; k < last; k++) {
    if (!isWord(toks[k])) return a;
    if (toks[k].cap) return k > a + 2 ? k : a;
  }
  return a;
}

/**
 * "she was pleased Ms. Friedan had said that": an honorific (en-words honorifics: Mr, Ms, Dr) at a opens
 * the name; a lower-case word t before it (no determiner, no source noun: "Tory spokesman Mr Lewis") is the
 * clause's, not the source's.
 */
function honorificAfterWord(toks: readonly Tok[], a: number, t: Tok): boolean {
  const w = toks[a];
  return !t.cap && isWord(w) && w.cap && inList(w, en().honorifics) && !inList(t, en().determiners) && !inList(t, en().mentionDeterminers) && !inList(t, en().npInner) && !sourceClass(t);
}

/**
 * Whether tokens [a, b) between two commas are a clause: a finite verb among their first four
 * words ("it was getting …", "do not buy …") before any relative pronoun, conjunction or
 * preposition ("a lawyer who has …", "due to be privatised", "in confirming that talks will …"),
 * and no participle first.
 */
function clauseBetween(p: Para, a: number, b: number): boolean {
  const toks = p.toks;
  // "The banks, acknowledging it has been difficult, say": a participle's phrase.
  if (isWord(toks[a]) && !toks[a].cap && toks[a].norm.endsWith("ing")) return false;
  // "…, and the meeting went badly from there, said …": a clause joined by a conjunction, no apposition.
  if (isWord(toks[a]) && !toks[a].cap && (toks[a].norm === "and" || toks[a].norm === "but") && isWord(toks[a + 1]) && inList(toks[a + 1], en().determiners)) return true;
  for (let k = a; k < b && k < a + 4; k++) {
    if (!isWord(toks[k])) return false;
    if (inList(toks[k], en().finite)) return true;
    if (inList(toks[k], en().stop)) return false;
  }
  return false;
}

/**
 * "… Tory spokesman Julian Lewis, who said …": the noun phrase before the relative pronoun at token
 * k (a comma between skipped), when it can speak; null otherwise.
 */
export function enAntecedent(p: Para, k: number): [number, number] | null {
  const j = isPunct(p.toks[k - 1], ",") ? k - 1 : k;
  if (j <= sentenceStartTok(p, k)) return null;
  let r = enSubjectBefore(p, j);
  // "Ana Pike, 24, from Dover, who said": a place after a comma and from/of/at/as is where the person
  // before it is from; that person is the antecedent.
  const prep = r ? p.toks[r[0] - 1] : undefined;
  if (r && isWord(prep) && !prep.cap && inList(prep, en().afterPersonName) && isPunct(p.toks[r[0] - 2], ",")) {
    const person = enSubjectBefore(p, r[0] - 1);
    if (person && plausibleSource(p, person[0], person[1])) r = [person[0], r[1]];
  }
  if (r) r = [afterObjectPrep(p, r[0], r[1]), r[1]];
  return r && !(r[1] - r[0] === 1 && inList(p.toks[r[0]], en().pronouns)) && plausibleSource(p, r[0], r[1]) ? r : null;
}

/**
 * "was steep for Mr. Sanders, who said", "responding to spokesman Julian Lewis who said": where the
 * antecedent [a, b) starts after a preposition whose words before could not speak (the noun phrase is
 * its object); a otherwise ("a spokesman for the ministry, who said").
 */
function afterObjectPrep(p: Para, a: number, b: number): number {
  for (let k = a + 1; k < b - 1; k++) {
    const t = p.toks[k];
    if (isWord(t) && !t.cap && inList(t, en().objectPrepositions)) return plausibleSource(p, a, k) ? a : k + 1;
  }
  return a;
}

/** Where a short noun phrase that can speak ends just before token w (up to four words, from s on), or -1. */
function nounBefore(p: Parameters<typeof plausibleSource>[0], w: number, s: number): number {
  const toks = p.toks;
  let b = w;
  while (b - 1 >= s && b > w - 4 && isWord(toks[b - 1]) && !(inList(toks[b - 1], en().stop) && !inList(toks[b - 1], en().articles)) && !cueAt(p, b - 1)) b--;
  if (b >= w || !plausibleSource(p, b, w)) return -1;
  // "Current and former officials who …", "Senior and junior staff who …": one word and "and" before
  // the phrase, at its start, share its noun.
  const one = b - 2;
  const opens = one === s || !isWord(toks[one - 1]) || inList(toks[one - 1], en().stop);
  return one >= s && isWord(toks[b - 1]) && inList(toks[b - 1], en().sourceJoiners) && isWord(toks[one]) && !inList(toks[one], en().stop) && !cueAt(p, one) && opens ? one : b;
}

export function plausibleSource(p: Para, a: number, b: number): boolean {
  // ("… but some say it will fail", "others argue": a quantifier standing alone.)
  if (b - a === 1 && isWord(p.toks[a]) && inList(p.toks[a], en().quantifierSubjects)) return true;
  for (let k = a; k < b; k++) {
    const t = p.toks[k];
    if (isCap(t) || inList(t, en().pronouns)) return true;
    // "the dollar remained relatively firm suggests": after an adverb the word is an adjective.
    if (sourceClass(t) && !(k > a && isAdverb(p.toks[k - 1]))) return true;
  }
  // ("59 percent said it was not", "three-quarters of the members said": a count of people alone or of
  // people after "of", en/count.ts; not "the 2.8 per cent target written into …".)
  const counted = b - a >= 2 ? countedFrom(p.toks, a, b) : -1;
  if (counted === b || (counted > a && word(p.toks, counted - 1, "of"))) return true;
  // "the report", "the study", "the lawsuit", "one steelworker": a determiner and a noun.
  if (b - a < 2 || !isWord(p.toks[a])) return false;
  if (inList(p.toks[a], en().descriptionDeterminers)) return true;
  // "many backers", "some local donors": a quantifier and a plural noun, people of a kind.
  const last = p.toks[b - 1];
  // ("some of the same candidates": "of" and its article count for no word.)
  const span = word(p.toks, a + 1, "of") ? 6 : 4;
  if (b - a <= span && inList(p.toks[a], en().quantifierSubjects) && isWord(last) && !last.cap && last.norm.length > 3 && last.norm.endsWith("s") && !last.norm.endsWith("ss")) return true;
  // "her agent", "his lawyer", "its backers": a possessive and, a word or two on, someone who
  // speaks for the possessor; not "its first earnings (report)", "its adoption (warns)".
  return inList(p.toks[a], en().possessives) && b - a <= 3 && isWord(p.toks[b - 1]) && inList(p.toks[b - 1], en().possessedSources);
}

/** The noun phrase after an inverted verb ("said Smith, a spokesman for X"). */
export function enSubjectAfter(p: Para, k: number, closing = false): number {
  const toks = p.toks;
  const end = sentenceEndTok(p, k);
  // ("…, said Wednesday he agrees …": a weekday and a clause after the verb are its time and its words, no source.)
  if (k + 1 < end && isWord(toks[k]) && toks[k].cap && inList(toks[k], en().days) && inList(toks[k], en().notNames) && isWord(toks[k + 1]) && !toks[k + 1].cap) return k;
  let j = sourceRun(p, k, end, SOURCE_AFTER);
  // (`closing`, a preposition's source: "…, according to an expert panel which met at the annual show
  // in Dallas to discuss how …": a long description closing the sentence is read whole, not cut inside its clause.)
  if (closing && j - k === SOURCE_AFTER) {
    const longer = sourceRun(p, k, end, SOURCE_AFTER_CLOSING);
    if (longer - k < SOURCE_AFTER_CLOSING && (longer >= end || isPunct(toks[longer], END))) j = longer;
  }
  if (j > k && isPunct(toks[j - 1], ",")) j--;
  return j;
}

/** Most tokens of a source after its cue; of one that closes its sentence. */
const SOURCE_AFTER = 16;
const SOURCE_AFTER_CLOSING = 40;

/** Where the source after the cue (from token k) ends, before `end` and at most `max` tokens on. */
function sourceRun(p: Para, k: number, end: number, max: number): number {
  const toks = p.toks;
  let j = k;
  let n = 0;
  while (j < end && n < max) {
    const t = toks[j];
    if (t.kind === QUOTE || isPunct(t, ";:()")) break;
    if (isPunct(t, ",")) {
      // An apposition runs to the end of the sentence unless a quote opens, or the clause the cue
      // interrupted goes on ("The comments, said Smith, were …").
      if (isOpen(toks[j + 1]) || (isWord(toks[j + 1]) && inList(toks[j + 1], en().finite)) || mediumAside(p, j)) break;
      // ("according to their attorneys, and said they …": a second verb of the sentence's subject.)
      if (isWord(toks[j + 1]) && (toks[j + 1].norm === "and" || toks[j + 1].norm === "but") && isWord(toks[j + 2]) && (inList(toks[j + 2], en().finite) || !!cueAt(p, j + 2))) break;
    } else if (isPunct(t, END) && (j + 1 >= end || t.norm !== ".")) break;
    // (A dot inside the sentence is an abbreviation's: "said one U.S. official".)
    else if (isWord(t) && inList(t, en().endInvertedSubject)) break;
    // ("according to a report on Wednesday", "said a poll last week": the time is no part of the source.)
    else if (j > k && timeAdjunctAt(p, j)) break;
    // ("said Mayor Tom Vale in a statement", "said Ana Ruiz during the debate": right after a name, where
    // and how the words were given is no part of the source.)
    else if (j > k && isWord(toks[j - 1]) && toks[j - 1].cap && mediumAside(p, j - 1)) break;
    j++;
    n++;
  }
  return j;
}

/** A word with a possessive ending ('s, ’s). */
function isPossessive(t: Tok): boolean {
  return t.norm.endsWith("'s") || t.norm.endsWith("’s");
}

/** The time adjuncts of one word (the others are two: on Monday, last week). */
const ONE_WORD_TIMES = new Set(["yesterday", "today", "tonight"]);

/** Whether a time adjunct opens at token j: on Monday, last week, this month, yesterday (en-words timeNouns; a day is a capitalised notNames word). */
function timeAdjunctAt(p: Para, j: number): boolean {
  const t = p.toks[j];
  const n = p.toks[j + 1];
  if (!isWord(t) || t.cap) return false;
  if (ONE_WORD_TIMES.has(t.norm)) return true;
  if (!isWord(n) || n.cap !== (t.norm === "on")) return false;
  return t.norm === "on" ? inList(n, en().notNames) && inList(n, en().days) : (t.norm === "last" || t.norm === "this") && inList(n, en().timeNouns);
}

/**
 * Whether an inverted source ending at token b closes its sentence: the sentence ends there, or only a
 * time adjunct follows it ("…, said a senior official on Monday.").
 */
export function sourceClosesSentence(p: Para, b: number, sentEnd: number): boolean {
  const j = pastTimeAdjunct(p, b, sentEnd);
  return j >= sentEnd || isPunct(p.toks[j], END);
}

/** Where a time adjunct opening at token b ends (on Monday, last week: timeAdjunctAt); b when none opens there. */
export function pastTimeAdjunct(p: Para, b: number, sentEnd: number): number {
  // (Where and how, after a name that ends the source: "…, said Tom Vale in a statement on Monday.",
  // to the clause's end: see enSubjectAfter.)
  if (b < sentEnd && b > 0 && isWord(p.toks[b - 1]) && p.toks[b - 1].cap && mediumAside(p, b - 1)) {
    let j = b + 1;
    while (j < sentEnd && !isPunct(p.toks[j], ",;:") && !isPunct(p.toks[j], END) && p.toks[j].kind !== QUOTE) j++;
    return j;
  }
  if (b >= sentEnd || !timeAdjunctAt(p, b)) return b;
  const t = p.toks[b];
  let j = ONE_WORD_TIMES.has(t.norm) ? b + 1 : b + 2;
  // (on Monday night, yesterday morning)
  if (j < sentEnd && isWord(p.toks[j]) && !p.toks[j].cap && inList(p.toks[j], en().timeNouns)) j++;
  return j;
}

/** A quote closed just before token k ("…," she said). */
export function quoteBefore(p: Para, k: number): number {
  let j = k - 1;
  if (isPunct(p.toks[j], ",—–-")) j--;
  const t = p.toks[j];
  // '…moved away." He said': a quotation that ended the previous sentence is not this cue's.
  if (isClose(t) && (k >= p.toks.length || sentOf(p, j) === sentOf(p, k))) return t.quote;
  return -1;
}

/** "State media said", "a state police spokesman said", "state-run media said": a cue word of en-words modifierCues before a noun of the subject is its modifier, no verb. */
function modifierCue(p: Para, k: number): boolean {
  const t = p.toks[k];
  const next = p.toks[k + 1];
  // (Or glued by a hyphen to the next word: state-run media.)
  return inList(t, en().modifierCues) && ((isWord(next) && !inList(next, en().stop) && !inList(next, en().complementisers)) || (isPunct(next, "-") && next.s === t.e));
}
