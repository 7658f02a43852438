// English coreference helpers: what the resolver asks about English names beyond their words —
// whether the text introduces a lone name as a person's, whether it is a common word, whose
// initials an acronym spells, and who "he"/"she" is when Mr/Ms named someone since.
import { lexicon, type MarkedGender } from "../lexicon";
import { isBidiControl, isSpace, letterOrNumberAt, wholeWordIn } from "../text/chars";

/** How far back (and, for a headline's name, ahead) a lone name looks for its introduction as a person. */
const INTRO_WINDOW = 20000;
const INTRO_AHEAD = 3000;
/** How far back "he"/"she" looks for a person named with Mr/Ms since the last speaker's mention. */
const HONORIFIC_WINDOW = 2000;

const en = () => lexicon().en;
const isUpper = (c: number) => c >= 65 && c <= 90;

/**
 * Whether `ac` (capitals) spells the initials of `name`'s capitalised words, with or without
 * its last one: FT for the Financial Times, IBM for International Business Machines Corp.
 */
export function initialsOf(name: string, ac: string): boolean {
  let all = "";
  for (const w of name.split(/[\s-]+/)) if (isUpper(w.charCodeAt(0)) && !en().notInInitials.has(w.toLowerCase())) all += w[0];
  return all === ac || (all.length > 2 && all.slice(0, -1) === ac);
}

/**
 * A gap inside a line: spaces, tabs or invisible marks. Markdown read as prose leaves a run of
 * them where its markup or a joined line break was ("Ana\n> Ruiz" reads "Ana   Ruiz"), one space in
 * plain text.
 */
const inLineGap = (c: number) => c === 32 || c === 9 || c === 0xa0 || isBidiControl(c);

/** Where the gap of spaces ending right before offset i starts (i when there is none). */
function gapBack(doc: string, i: number): number {
  while (i > 0 && inLineGap(doc.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the gap of spaces starting at offset i ends (i when there is none). */
function gapAhead(doc: string, i: number): number {
  while (i < doc.length && inLineGap(doc.charCodeAt(i))) i++;
  return i;
}

/** The word that ends at `e` in doc (letters and digits back from e). */
function wordBefore(doc: string, e: number): string {
  let b = e;
  while (b > 0 && letterOrNumberAt(doc, b - 1)) b--;
  return doc.slice(b, e);
}

/** Whether `w` (as written) introduces the name after it as a person's: an honorific, a title or a first name. */
function introducesPerson(w: string, afterDot: boolean): boolean {
  const lw = w.toLowerCase();
  // Mr. X, Sen. X, Patrick G. Ryan (an initial).
  if (w && isUpper(w.charCodeAt(0)) && en().personIntroducers.has(lw)) return true;
  if (afterDot) return /^\p{Lu}$/u.test(w);
  // (After a dot only an honorific or an initial: "… Gordon Brown. Rover confirmed" ends a sentence.)
  // A title before the name: Minister Lee, President Reagan.
  if (lexicon().sources.get(lw)?.cls === "title") return true;
  // A first name: capitalised, not a title, determiner or sentence-opening function word (But Rover),
  // nor a source noun of another kind ("Committee Republicans", "Union Carbide").
  return /^\p{Lu}\p{Ll}+$/u.test(w) && !en().capitalisedTitles.has(lw) && !en().mentionDeterminers.has(lw) && !en().notFirstNames.has(lw) && !lexicon().sources.has(lw);
}

/**
 * Whether the lone name `name` at offset `at` is introduced as a person near it (INTRO_WINDOW
 * characters back, or INTRO_AHEAD ahead: a headline names people before the story does): right
 * after a capitalised first name (Donald Trump; not an acronym: MG Rover), an honorific (Mr
 * Sarkozy) or a title (President Reagan).
 */
export function introducedAsPerson(doc: string, at: number, name: string): boolean {
  if (!doc || name.length < 2) return true;
  if (name === name.toUpperCase()) return capitalsIntroduced(doc, at, name);
  // ("Lopez, 42, said", "Lopez, who runs the clinic, said": an age or "who" after the name is a person's;
  // elsewhere only an age: "the owners of Rover, who …" is about the owners.)
  if (personAfter(doc, at + name.length, true)) return true;
  let introduced = false;
  eachUseNear(doc, at, name, (i) => {
    if (personAfter(doc, i + name.length, false)) return (introduced = true);
    // The word before (past an abbreviation's dot: Mr. X).
    const g = gapBack(doc, i);
    const afterDot = doc.charCodeAt(g - 1) === 46;
    const e = afterDot ? g - 1 : g;
    const w = wordBefore(doc, e);
    introduced = introducesPerson(w, afterDot) && !issueRoleAt(doc, e - w.length, w);
    return introduced;
  });
  return introduced;
}

/**
 * A wire headline's name in capitals (IRAQ SAYS …, SHEARSON SAYS …): a person's only when the story
 * below writes it in lower case and introduces it as a person's there, or never writes it at all (left
 * as it was). Written in capitals in the story's own lines too, it is an acronym (USDA), no person.
 */
function capitalsIntroduced(doc: string, at: number, name: string): boolean {
  const title = name[0] + name.slice(1).toLowerCase();
  const story = doc.slice(at + name.length, Math.min(doc.length, at + name.length + INTRO_AHEAD));
  if (wholeWordIn(story, title)) return introducedAsPerson(doc, at, title);
  return !wholeWordIn(story, name, (j) => /\p{Ll}/u.test(story.slice(Math.max(0, j - 20), j + name.length + 20)));
}

/** Whether ", 42," (an age of one to three digits set off by commas), or with `who` ", who ", starts at offset e. */
function personAfter(doc: string, e: number, who: boolean): boolean {
  const s = gapAhead(doc, e + 1);
  if (doc.charCodeAt(e) !== 44 || s === e + 1) return false;
  if (who && doc.startsWith("who ", s)) return true;
  let k = s;
  while (k < s + 3 && doc.charCodeAt(k) >= 48 && doc.charCodeAt(k) <= 57) k++;
  return k > s && doc.charCodeAt(k) === 44;
}

/**
 * The full name a person quoted by a lone name is given near it (the window of introducedAsPerson):
 * "First Name" where a capitalised first name stands right before the name ("Prime Minister John
 * Whitcombe visited … Whitcombe said" → John Whitcombe); null when there is none, or when two first
 * names come before it (two people of one family).
 */
export function fullNameNear(doc: string, at: number, name: string): string | null {
  if (!doc || name.length < 2 || name === name.toUpperCase()) return null;
  let found: string | null = null;
  let twoPeople = false;
  eachUseNear(doc, at, name, (i) => {
    const first = wordBefore(doc, gapBack(doc, i));
    if (!firstName(first)) return false;
    const full = `${first} ${name}`;
    twoPeople = found !== null && found !== full;
    found ??= full;
    return twoPeople;
  });
  return twoPeople ? null : found;
}

/**
 * Whether two people of one family are named in full near offset `at` (the window of
 * introducedAsPerson): two different first names stand right before `name` ("Ann Lake … Tom Lake"),
 * so the name alone may be either.
 */
export function sharedSurname(doc: string, at: number, name: string): boolean {
  if (!doc || name.length < 2 || name === name.toUpperCase()) return false;
  let first = "";
  let two = false;
  eachUseNear(doc, at, name, (i) => {
    const g = gapBack(doc, i);
    const w = wordBefore(doc, g);
    // (Not inside a run of capitalised words, a title-case headline's: "ESPN Fires Lake".)
    if (!firstName(w) || isUpper(wordBefore(doc, gapBack(doc, g - w.length)).charCodeAt(0))) return false;
    two = first !== "" && first !== w;
    if (!first) first = w;
    return two;
  });
  return two;
}

/**
 * Each use of `name` as a whole word, a space after the word before it, INTRO_WINDOW characters
 * back from offset `at` or INTRO_AHEAD ahead (not the use at `at`): its offset to `visit`, until
 * `visit` says the search is over.
 */
function eachUseNear(doc: string, at: number, name: string, visit: (i: number) => boolean): void {
  const from = Math.max(0, at - INTRO_WINDOW);
  // (Searched in the window only: indexOf on the whole text would run on to its end.)
  const win = doc.slice(from, Math.min(doc.length, at + INTRO_AHEAD + name.length + 1));
  for (let j = win.indexOf(name); j >= 0; j = win.indexOf(name, j + 1)) {
    const i = from + j;
    if (i === at || (i + name.length < doc.length && letterOrNumberAt(doc, i + name.length)) || gapBack(doc, i) === i) continue;
    if (visit(i)) return;
  }
}

/** A capitalised word that can be a first name: no title, honorific, determiner or sentence-opening word. */
function firstName(w: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  const lw = w.toLowerCase();
  const e = en();
  return !e.capitalisedTitles.has(lw) && !e.mentionDeterminers.has(lw) && !e.notFirstNames.has(lw) && !e.personIntroducers.has(lw) && !lexicon().sources.get(lw);
}

/** Whether the title `w` starting at offset `start` is a bank's role in an issue ("lead manager Kidder"): en-words issueRoles after issueRoleLeads. */
function issueRoleAt(doc: string, start: number, w: string): boolean {
  if (!en().issueRoles.has(w.toLowerCase())) return false;
  const c = doc.charCodeAt(start - 1);
  return (c === 32 || c === 45) && en().issueRoleLeads.has(wordBefore(doc, start - 1).toLowerCase());
}

/** Most institution-name words (Inc, Corp, Co …) a firm's full name may add to its short one. */
const FIRM_TAIL = 2;

/**
 * "Harwell Lyons said" where the text near offset `at` (the window of introducedAsPerson) writes
 * "Harwell Lyons Inc" or "Harwell Lyons Group": the name run on by one or two capitalised
 * institution-name words (en-sources orgname), the firm's full name; null when the text has none.
 */
export function firmNameNear(doc: string, at: number, name: string): string | null {
  const from = Math.max(0, at - INTRO_WINDOW);
  const win = doc.slice(from, Math.min(doc.length, at + INTRO_AHEAD + name.length + 1));
  for (let j = win.indexOf(name); j >= 0; j = win.indexOf(name, j + 1)) {
    const i = from + j;
    if (i === at || (i > 0 && letterOrNumberAt(doc, i - 1))) continue;
    let e = i + name.length;
    for (let n = 0; n < FIRM_TAIL && doc.charCodeAt(e) === 32; n++) {
      // ("Harwell Lyons and Co", "Harwell Lyons & Co": the joined word counts with it.)
      const joined = doc.startsWith("and ", e + 1) ? 4 : doc.startsWith("& ", e + 1) ? 2 : 0;
      let k = e + 1 + joined;
      while (k < doc.length && letterOrNumberAt(doc, k)) k++;
      const w = doc.slice(e + 1 + joined, k);
      if (!isUpper(w.charCodeAt(0)) || lexicon().sources.get(w.toLowerCase())?.cls !== "orgname") break;
      e = k;
    }
    if (e > i + name.length) return doc.slice(i, e);
    const joined = commaFirmEnd(doc, e);
    if (joined > e) return doc.slice(i, joined);
  }
  return null;
}

/** Most words after the comma of a firm's name written with one (Kidder, Peabody and Co Inc). */
const COMMA_FIRM_WORDS = 6;

/**
 * "Kidder, Peabody and Co Inc": from offset e (right after the first name word), a comma, capitalised
 * words with "and"/"&" among them, ending with institution-name words (en-sources orgname): where the
 * name ends; e when it is no such name.
 */
function commaFirmEnd(doc: string, e: number): number {
  if (doc.charCodeAt(e) !== 44 || gapAhead(doc, e + 1) === e + 1) return e;
  let k = gapAhead(doc, e + 1);
  let and = false;
  let end = e;
  for (let n = 0; n < COMMA_FIRM_WORDS; n++) {
    let j = k;
    while (j < doc.length && (letterOrNumberAt(doc, j) || doc.charCodeAt(j) === 38)) j++;
    const w = doc.slice(k, j);
    if (w === "and" || w === "&") and = true;
    else if (!isUpper(w.charCodeAt(0))) break;
    else if (lexicon().sources.get(w.toLowerCase())?.cls === "orgname") end = and ? j : e;
    else if (end > e) break;
    if (doc.charCodeAt(j) !== 32) break;
    k = j + 1;
  }
  return end;
}

/** Whether `name` also occurs in lowercase as a word near offset `at` (then it is a common word: "Users said"). */
export function commonWordNear(doc: string, at: number, name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name) return false;
  const from = Math.max(0, at - INTRO_WINDOW);
  const win = doc.slice(from, Math.min(doc.length, at + INTRO_AHEAD));
  for (let j = win.indexOf(lower); j >= 0; j = win.indexOf(lower, j + 1)) {
    const i = from + j;
    if ((i === 0 || !letterOrNumberAt(doc, i - 1)) && (i + lower.length >= doc.length || !letterOrNumberAt(doc, i + lower.length))) return true;
  }
  return false;
}

/** Whether an honorific of `list` (mr; mrs ms miss) stands right before offset i of s ("Mr Sarkozy", "Ms. Clinton"). */
function honorificBefore(s: string, i: number, list: ReadonlySet<string>): boolean {
  if (gapBack(s, i) === i) return false;
  const w = capitalisedBefore(s, i);
  return w !== "" && list.has(w.toLowerCase());
}

/** The capitalised word before the gap of spaces ending at offset i, past an abbreviation's dot (Mr. X); "" when it is not capitalised. */
function capitalisedBefore(s: string, i: number): string {
  let e = gapBack(s, i);
  if (s.charCodeAt(e - 1) === 46) e--;
  const w = wordBefore(s, e);
  return w.length > 0 && isUpper(w.charCodeAt(0)) ? w : "";
}

/**
 * The gender the honorifics written before a person's surname near offset `at` (the window of
 * introducedAsPerson) mark: "Tom Vale said … Mr Vale has led the council" → male; null when there is
 * none, when both genders are written (Mr and Mrs Vale), or when two people of one family are named
 * in full (Ann Lake, Tom Lake).
 */
export function honorificGender(doc: string, at: number, surname: string): MarkedGender | null {
  if (!doc || surname.length < 3 || surname === surname.toUpperCase()) return null;
  const { honorifics } = lexicon().gender;
  let found: MarkedGender | null = null;
  let both = false;
  eachUseNear(doc, at, surname, (i) => {
    const w = capitalisedBefore(doc, i);
    const g = w ? honorifics.get(w.toLowerCase()) : undefined;
    if (!g) return false;
    both = found !== null && found !== g;
    found ??= g;
    return both;
  });
  return both || sharedSurname(doc, at, surname) ? null : found;
}

/** A person speaker as mentionedSince sees one. */
export interface NamedPerson {
  name: string;
}

/**
 * Of `people`, the one named by surname after an honorific of the pronoun's gender in the text
 * between `lastEnd` (the latest speaker's last mention) and `at` (the pronoun), after a paragraph
 * break and at most HONORIFIC_WINDOW characters back ("… John Snow said …\n\nBut that was not
 * enough for Mr Sarkozy.\n\n"…," he said" → Sarkozy); the one named last wins.
 */
export function mentionedSince<T extends NamedPerson>(doc: string, lastEnd: number, at: number, pronoun: string, people: T[]): T | null {
  const list = pronoun === "he" ? en().maleHonorifics : en().femaleHonorifics;
  return latestInLaterParagraph(doc, lastEnd, at, people, (gap, sp) => {
    const surname = lastWord(sp.name);
    if (surname.length < 3) return -1;
    const i = gap.lastIndexOf(surname);
    return i >= 0 && !letterOrNumberAt(gap, i + surname.length) && honorificBefore(gap, i, list) ? i : -1;
  });
}

/**
 * Of `people` (the pronoun fits each), the one whose full name (two words or more) the text gives
 * last between `lastEnd` (the latest speaker's latest mention) and `at`, in a later paragraph:
 * '"…," said Ana Ruiz, a professor. ⏎ Aides say Vera Lind also advises her father. ⏎ "…," she said.'
 * is Vera Lind's; null when none is named so (HONORIFIC_WINDOW characters at most).
 */
export function namedInFullSince<T extends NamedPerson>(doc: string, lastEnd: number, at: number, people: T[]): T | null {
  return latestInLaterParagraph(doc, lastEnd, at, people, (gap, sp) => {
    if (sp.name.indexOf(" ") < 0) return -1;
    const i = gap.lastIndexOf(sp.name);
    return i >= 0 && !letterOrNumberAt(gap, i - 1) && !letterOrNumberAt(gap, i + sp.name.length) ? i : -1;
  });
}

/**
 * Of `people`, the one named last in the gap doc[lastEnd, at) after its first paragraph break, where
 * `namedAt` says where in the gap a person is named (-1: not); null when none, or the gap is longer than
 * HONORIFIC_WINDOW.
 */
function latestInLaterParagraph<T extends NamedPerson>(doc: string, lastEnd: number, at: number, people: T[], namedAt: (gap: string, sp: T) => number): T | null {
  if (!doc || at - lastEnd > HONORIFIC_WINDOW) return null;
  const gap = doc.slice(lastEnd, at);
  const nl = gap.indexOf("\n");
  if (nl < 0) return null;
  let best: T | null = null;
  let bestAt = -1;
  for (const sp of people) {
    const i = namedAt(gap, sp);
    if (i > nl && i > bestAt) {
      best = sp;
      bestAt = i;
    }
  }
  return best;
}

/** A name's last word (after its last space). */
export function lastWord(name: string): string {
  let i = name.length;
  while (i > 0 && !isSpace(name.charCodeAt(i - 1))) i--;
  return name.slice(i);
}
