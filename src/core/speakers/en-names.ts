// The words of an English source phrase one by one: which are a name's (NAME_WORD), which
// the lexicon knows (a role, an institution, a nationality), and where the runs of name
// words are. describe-en.ts reads a mention with these.
import { lexicon } from "../lexicon";
import { inList, sourceClass, type SourceHit } from "../lexicon/lookup";
import { isPunct, isWord, type Para } from "../text/paragraph";
import { WORD, type Tok } from "../text/token";

type Toks = Para["toks"];

/** What enClass answers for a capitalised word that belongs to a name. */
export const NAME_WORD = { cls: "name" } as const;
export type EnClass = SourceHit | typeof NAME_WORD;

const en = () => lexicon().en;

/** Whether the title word at k is a bank's role in an issue: lead manager, sole manager (en-words issueRoles, issueRoleLeads). */
function issueRole(toks: Toks, k: number): boolean {
  if (!inList(toks[k], en().issueRoles)) return false;
  const prev = isPunct(toks[k - 1], "-") ? toks[k - 2] : toks[k - 1];
  return isWord(prev) && inList(prev, en().issueRoleLeads);
}

/**
 * A word's part in an English source phrase: a lexicon class, NAME_WORD, or null. An
 * institution-name word (Re, Inc, Times) counts only capitalised; a nationality adjective is a
 * name word only next to a capitalised name word (American Express; not "Chinese state media").
 */
export function enClass(toks: Toks, k: number): EnClass {
  const t = toks[k];
  if (middleInitial(toks, k)) return NAME_WORD;
  const sc = sourceClass(t);
  if (sc?.cls === "orgname") return t.cap ? sc : null;
  if (sc?.cls === "descriptor") {
    // Next to a name word it is one too (American Express, Mark Cuban, West German, Mr German),
    // and so is one standing alone ("Cuban said").
    const prev = toks[k - 1];
    const alone = !isWord(prev) && !isWord(toks[k + 1]);
    return t.cap && (alone || nameLike(toks[k + 1]) || nameLike(prev) || (isWord(prev) && inList(prev, en().honorifics))) ? NAME_WORD : sc;
  }
  if (sc?.cls === "anon") {
    // "Moody's Investors Service Inc", "the Swiss Bankers' Association": a capitalised source noun
    // inside a name, between name words (or before a possessive mark and a name word).
    const next = toks[k + 1] && !isWord(toks[k + 1]) && (toks[k + 1].norm === "'" || toks[k + 1].norm === "’") ? toks[k + 2] : toks[k + 1];
    if (t.cap && nameLike(toks[k - 1]) && nameLike(next)) return NAME_WORD;
    // "the official Times of Zambia", "the official Xinhua agency": an adjective before a name.
    if (!t.cap && inList(t, en().adjectivesBeforeName) && nameLike(toks[k + 1])) return null;
  }
  if (sc?.cls === "title" && t.cap && inList(t, en().titleSurnames) && titleIsSurname(toks, k)) return NAME_WORD;
  // "Harbour Capital Markets as lead manager", "sole manager X": a bank's role in an issue, no title.
  if (sc?.cls === "title" && k >= 1 && issueRole(toks, k)) return null;
  // "the United States", "the United Nations": a capitalised group noun after a name word ends that name.
  if (sc?.cls === "group" && t.cap && nameLike(toks[k - 1])) return NAME_WORD;
  if (sc) return sc;
  return t.cap && !inList(t, en().capitalisedTitles) && !inList(t, en().mentionDeterminers) && !inList(t, en().notNames) ? NAME_WORD : null;
}

/**
 * "Carole King", "Mr. King", "Peter T. King": a title word after a first name, an initial or an
 * honorific is a surname; "King Fahd", "the Queen", "Saudi King" keep the title.
 */
function titleIsSurname(toks: Toks, k: number): boolean {
  if (nameLike(toks[k + 1])) return false;
  const prev = isWord(toks[k - 1]) ? toks[k - 1] : toks[k - 1]?.norm === "." ? toks[k - 2] : undefined;
  if (!isWord(prev) || !prev.cap) return false;
  return inList(prev, en().personIntroducers) || nameLike(prev);
}

/** A capitalised word with no lexicon class but an institution-name one (a neighbour inside a name). */
function nameLike(t: Tok | undefined): boolean {
  if (!isWord(t) || !t.cap || inList(t, en().capitalisedTitles) || inList(t, en().mentionDeterminers)) return false;
  const c = sourceClass(t);
  return !c || c.cls === "orgname" || c.cls === "org";
}

/** A word with a possessive ending (BT's, Citibank’s). */
export function possessive(t: Tok): boolean {
  return possessiveText(t.norm);
}

/** A word written with 's or ’s (Bank's). */
export function possessiveText(w: string): boolean {
  return w.endsWith("'s") || w.endsWith("’s");
}

/** A title or an unnamed-source noun. */
export function isRole(t: Tok): boolean {
  const c = sourceClass(t);
  return !!c && (c.cls === "title" || c.cls === "anon");
}

/** Runs of name words in [a, b), as flat [start, end) pairs; initials' dots and particles join them. */
export function nameRuns(toks: Toks, a: number, b: number): number[] {
  const runs: number[] = [];
  let start = -1;
  let last = -1;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.kind === WORD && enClass(toks, k) === NAME_WORD) {
      if (start < 0) start = k;
      last = k;
      // (A possessive ends the run: BT's Andrew Burke.)
      if (possessive(t)) {
        runs.push(start, k + 1);
        start = -1;
      }
      continue;
    }
    // Inside a run: a dot after an initial, a particle between two name words (Rio de Janeiro), the
    // hyphen of a double surname with no space either side (Ana Goldman-Ruiz).
    const hyphen = t.norm === "-" && t.kind !== WORD && toks[k - 1].e === t.s && k + 1 < b && t.e === toks[k + 1].s;
    const joins = start >= 0 && last === k - 1 && ((t.norm === "." && t.kind !== WORD) || hyphen || (t.kind === WORD && inList(t, en().nameParticles))) && k + 1 < b && toks[k + 1].kind === WORD && enClass(toks, k + 1) === NAME_WORD;
    if (joins) continue;
    if (start >= 0) runs.push(start, last + 1);
    start = -1;
  }
  if (start >= 0) runs.push(start, last + 1);
  return runs;
}

/** The preposition (index) right before the run starting at s, past "the"/"a" and a hyphenated adjective; -1 when there is none. */
export function afterPrep(toks: Toks, s: number, a: number): number {
  let j = s - 1;
  // (Past a hyphenated adjective: "a spokesman for Montreal-based Alcan", "for privately-held Interconnect".)
  if (j - 2 > a && isWord(toks[j]) && !toks[j].cap && isPunct(toks[j - 1], "-") && toks[j - 1].s === toks[j - 2].e && toks[j].s === toks[j - 1].e && isWord(toks[j - 2])) j -= 3;
  if (j > a && isWord(toks[j]) && inList(toks[j], lexicon().en.articles)) j--;
  return j >= a && isWord(toks[j]) && !toks[j].cap && inList(toks[j], en().namePrepositions) ? j : -1;
}

/**
 * Whether token k lies in a run of `runs` after a lowercase word and a preposition (a spokesman
 * for Disney, a producer in Rio de Janeiro). After a capitalised title the run can hold the
 * name itself (Chancellor of the Exchequer Nigel Lawson).
 */
export function inPlaceRun(toks: Toks, runs: number[], k: number, a: number): boolean {
  for (let i = 0; i < runs.length; i += 2) {
    if (k < runs[i] || k >= runs[i + 1]) continue;
    const j = afterPrep(toks, runs[i], a);
    if (j < 0) return false;
    if (j === a || (isWord(toks[j - 1]) && !toks[j - 1].cap)) return true;
    // (Three name words or more after the capitalised title: the last two are the person's, those
    // before them the institution's: Chancellor of the Exchequer Nigel Lawson, Minister of Trade Ana Ruiz.)
    return k < personalNameStart(toks, runs[i], runs[i + 1]);
  }
  return false;
}

/** Where the last two name words of the run [s, e) start (a middle initial counted with them: James A. Lewis); s when it has fewer than three. */
function personalNameStart(toks: Toks, s: number, e: number): number {
  let words = 0;
  for (let k = s; k < e; k++) if (toks[k].kind === WORD) words++;
  if (words < 3) return s;
  let n = 0;
  let k = e - 1;
  for (; k > s; k--) {
    const t = toks[k];
    if (t.kind !== WORD || (t.e - t.s === 1 && isPunct(toks[k + 1], "."))) continue;
    if (++n === 2) break;
  }
  // (A middle initial before the last word belongs to the name.)
  return k;
}

/** Whether a lowercase preposition lies between tokens i and j (i < j). */
export function prepBetween(toks: Toks, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (isWord(toks[k]) && !toks[k].cap && inList(toks[k], en().namePrepositions)) return true;
  return false;
}

/**
 * Where the speaker's own phrase ends: at of/at/from/as right after a person's name (two name
 * words or more, or one after a title or an honorific, or a surname before "of" and a firm), reading left to right ("Andre Morony of
 * Bankers Trust Australia Ltd"); hb when there is none.
 */
export function personHeadEnd(toks: Toks, a: number, hb: number): number {
  const runs = nameRuns(toks, a, hb);
  for (let i = 0; i < runs.length; i += 2) {
    const s = runs[i];
    const e = runs[i + 1];
    if (afterPrep(toks, s, a) >= 0) continue;
    let words = 0;
    for (let k = s; k < e; k++) if (toks[k].kind === WORD && !inList(toks[k], en().nameParticles)) words++;
    // (Mr. Burman: past the abbreviation's dot.)
    const before = toks[s - 1] && !isWord(toks[s - 1]) && toks[s - 1].norm === "." ? toks[s - 2] : toks[s - 1];
    const titled = s > a && isWord(before) && (inList(before, en().capitalisedTitles) || inList(before, en().honorifics) || sourceClass(before)?.cls === "title");
    // ("Joe Varn (Democrat) of West Virginia": past a party tag.)
    const f = tagEnd(toks, e, hb);
    const t = toks[f];
    if ((words >= 2 || titled || surnameOfFirm(toks, a, s, e, hb)) && isWord(t) && !t.cap && inList(t, en().afterPersonName)) return f;
  }
  return hb;
}

/** Past a word or two in parentheses at token k ("(Democrat)", "(R-Va.)"): the token after them; k otherwise. */
function tagEnd(toks: Toks, k: number, hb: number): number {
  if (!isPunct(toks[k], "(")) return k;
  for (let c = k + 2; c < hb && c <= k + 6; c++) if (isPunct(toks[c], ")")) return c + 1;
  return k;
}

/**
 * "Greenstein of Bear Stearns", "Edelman of Drexel": one name word opening the phrase, then "of" and a capitalised
 * name, is a person by surname and where they work — not a person named "Bear Stearns" with the title
 * "Greenstein of". Not a title's or a source noun's word (Director of …), nor a firm of a country
 * ("Philips of the Netherlands", "Volkswagen of America": en-words countryNames).
 */
function surnameOfFirm(toks: Toks, a: number, s: number, e: number, hb: number): boolean {
  const of = toks[e];
  if (s !== a || e !== s + 1 || !isWord(of) || of.norm !== "of" || sourceClass(toks[s]) || inList(toks[s], en().capitalisedTitles) || inList(toks[s], en().honorifics)) return false;
  let k = e + 1;
  if (k < hb && isWord(toks[k]) && inList(toks[k], lexicon().en.articles)) k++;
  if (k >= hb || !isWord(toks[k]) || !toks[k].cap) return false;
  // (The rest is the firm's name alone — capitalised words, "of", "the", "and": "Kimura of the Bank of Tokyo";
  // not "Republic of Ireland manager Brian Kerr", "Creditors of South Korea's top credit card firm", "First of America Bank Corp".)
  for (; k < hb; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    if (!t.cap && !inList(t, en().firmNameLinks)) return false;
    if (inList(t, en().countryNames) || sourceClass(t)?.cls === "place") return false;
  }
  return true;
}

/**
 * "Philips of the Netherlands", "Volkswagen of America", "Samsung of South Korea": the phrase [a, hb) is one
 * capitalised word, "of", and a place's name with a country in it (en-words countryNames): a firm of that
 * country, which speaks as an institution (surnameOfFirm leaves it to this).
 */
export function firmOfCountry(toks: Toks, a: number, hb: number): boolean {
  const first = toks[a];
  const of = toks[a + 1];
  if (!isWord(first) || !first.cap || !isWord(of) || of.norm !== "of" || sourceClass(first) || inList(first, en().capitalisedTitles) || inList(first, en().honorifics)) return false;
  let k = a + 2;
  if (k < hb && isWord(toks[k]) && inList(toks[k], lexicon().en.articles)) k++;
  if (k >= hb) return false;
  let country = false;
  for (; k < hb; k++) {
    const t = toks[k];
    if (!isWord(t) || !t.cap) return false;
    if (inList(t, en().countryNames)) country = true;
  }
  return country;
}

/** An all-capitals word of two letters or more (SAIC, NATO): an institution's initials. */
export function isAcronym(p: Para, t: Tok): boolean {
  if (t.e - t.s < 2) return false;
  for (let i = t.s; i < t.e; i++) {
    const c = p.text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38)) return false;
  }
  return true;
}

/** A headline in capitals (REAGAN SAYS …): there an all-capitals name is no acronym. */
export function capsLine(p: Para, a: number, b: number): boolean {
  for (const k of [a - 1, b, b + 1]) {
    const t = p.toks[k];
    if (isWord(t) && t.e - t.s >= 3 && isAcronym(p, t)) return true;
  }
  return false;
}

/** The last capitalised institution-name word (Inc, Re, Times) of [a, b), or -1. */
export function lastOrgName(toks: Toks, a: number, b: number): number {
  // (Not inside a closed parenthesis after the name: "Ann Gale (Brennan Holdings)" is a person, her firm aside.)
  let aside = false;
  for (let k = b - 1; k >= a; k--) {
    const t = toks[k];
    if (isPunct(t, ")")) aside = true;
    else if (isPunct(t, "(")) aside = false;
    else if (!aside && isWord(t) && t.cap && sourceClass(t)?.cls === "orgname") return k;
  }
  return -1;
}

/**
 * "James A. Lewis", "Mary I. Dorne": a one-letter word (A and I are words too) with its dot between a
 * capitalised word and a capitalised word is a middle initial, a name word.
 */
function middleInitial(toks: Toks, k: number): boolean {
  const t = toks[k];
  const dot = toks[k + 1];
  const prev = toks[k - 1];
  const next = toks[k + 2];
  return t.kind === WORD && t.e - t.s === 1 && t.cap && isPunct(dot, ".") && dot.s === t.e && isWord(prev) && prev.cap && prev.e - prev.s > 1 && isWord(next) && next.cap;
}
