// A count of people as an English source: "75 percent of Republicans said", "Six in 10 voters say",
// "60% of the respondents", "Nearly eight of 10 voters", "Less than a third agreed". The count (a number, a share, "N in 10", a
// fraction after "a", a number word and a fraction: Two-thirds) opens the phrase; what follows it, after "of", tells who was counted. A number
// word alone ("Three residents said") is no count here: the noun phrase reads it as it is.
import { inList, sourceClass } from "../lexicon/lookup";
import { gluedHyphen, isPunct, isWord } from "../text/paragraph";
import { NUM, type Tok } from "../text/token";
import { en } from "./words";

/** A number that may count people: not a year (In 2015 voters said), not an amount of money ($5 million). */
export function countNumber(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return !!t && t.kind === NUM && !/^(1[89]|20)\d\d$/u.test(t.norm) && !isPunct(toks[k - 1], "$£€");
}

/** "in" or "of" between two numbers: six in 10, eight of 10. */
export function outOf(toks: readonly Tok[], k: number): boolean {
  return word(toks, k, "in") || word(toks, k, "of");
}

/** Token k is the word w (its look-up key). */
export function word(toks: readonly Tok[], k: number, w: string): boolean {
  return isWord(toks[k]) && toks[k].norm === w;
}

/**
 * Where the people a count opening at a counts start ("of" passed), before b; -1 when no count opens
 * there: a number and its share (75 percent, 60%, 6 in 10), a number word and "in" a number (Six in
 * 10), "a" and a fraction (a third), after about/nearly (en-words countApprox) or more/less than.
 */
export function countedFrom(toks: readonly Tok[], a: number, b: number): number {
  let j = a;
  if (isWord(toks[j]) && inList(toks[j], en().countComparatives) && word(toks, j + 1, "than")) j += 2;
  else if (isWord(toks[j]) && inList(toks[j], en().countApprox)) j++;
  if (countNumber(toks, j)) {
    j++;
    const pct = percentEnd(toks, j);
    if (pct > j) j = pct;
    else if (outOf(toks, j) && countNumber(toks, j + 1)) j += 2;
    // (20 workers, 25 delegates: a number before a source noun in the plural; not 20 dlrs, 10,000 metres.)
    else if (!(isWord(toks[j]) && !toks[j].cap && toks[j].norm.endsWith("s") && sourceClass(toks[j]))) return -1;
  } else if (isWord(toks[j]) && inList(toks[j], en().countWords)) {
    j = wordCountEnd(toks, j);
    if (j < 0) return -1;
  } else if (word(toks, j, "a") && isWord(toks[j + 1]) && inList(toks[j + 1], en().countFractions)) j += 2;
  // ("Half of the voters said": half with "of", no article.)
  else if (word(toks, j, "half") && word(toks, j + 1, "of")) j++;
  else return -1;
  // (A comma after the count opens an apposition naming one of them: "a third, Dan Lowe, said".)
  if (j > b || isPunct(toks[j], ",")) return -1;
  return word(toks, j, "of") && j + 1 < b ? j + 1 : j;
}

/** Where "percent", "per cent" or "%" at k ends; k when none is there. */
function percentEnd(toks: readonly Tok[], k: number): number {
  if (isPunct(toks[k], "%") || word(toks, k, "percent")) return k + 1;
  return word(toks, k, "per") && word(toks, k + 1, "cent") ? k + 2 : k;
}

/**
 * Where a count opening with the number word at k ends, -1 when it is none: "Six in 10", "Sixty percent",
 * "Forty-five percent", "Two-thirds", "three quarters", "one-third" (a fraction in en-words countFractionsPlural,
 * in the singular after "one"; hyphenated or not).
 */
function wordCountEnd(toks: readonly Tok[], k: number): number {
  if (outOf(toks, k + 1) && countNumber(toks, k + 2)) return k + 3;
  // (Forty-five: the tens, a hyphen and a unit.)
  const n = gluedHyphen(toks, k + 1) && isWord(toks[k + 2]) && inList(toks[k + 2], en().countWords) ? k + 2 : k;
  const pct = percentEnd(toks, n + 1);
  if (pct > n + 1) return pct;
  const f = gluedHyphen(toks, k + 1) ? k + 2 : k + 1;
  const frac = toks[f];
  if (!isWord(frac)) return -1;
  return inList(frac, en().countFractionsPlural) || (toks[k].norm === "one" && inList(frac, en().countFractions)) ? f + 1 : -1;
}
