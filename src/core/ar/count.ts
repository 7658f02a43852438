// A count of people as a source: وقال 20 موظفاً، قال 88 في المائة منهم، قال 61٪ من المشاركين،
// وقال عشرات المحتجين، قال نحو ثلاثة أرباع المجيبين. The count (a number, a number word, a
// share) opens the phrase; the noun after it, or من and a noun, tells who they are.
import { lexicon } from "../lexicon";
import { grammarOf, inList, sourceClass } from "../lexicon/lookup";
import { CLAUSE_END, COMMA, isPunct, isWord, type Para } from "../text/paragraph";
import { NUM, type Tok } from "../text/token";
import { endsWithPronoun } from "../text/chars";
import { arSourceNP, endsWithTanweenFath } from "./source-phrase";
import { arComp, isAddressee } from "./words";

/** The count opening a phrase: where it ends (its start when there is none) and whether it is a share in percent. */
export interface Count {
  end: number;
  percent: boolean;
}

const NONE: Count = { end: -1, percent: false };

/** A word of the count (ar-words countWords) or a number, maybe with و glued to it (و7٪). */
function countWord(p: Para, k: number): boolean {
  const t = p.toks[k];
  return t?.kind === NUM || (isWord(t) && (inList(t, lexicon().ar.countWords) || conjoinedNumber(t) || teenNumber(t, p.toks[k + 1])));
}

/** و7، ف12: a number with the conjunction glued to it (one word for the scanner). */
export function conjoinedNumber(t: Tok): boolean {
  return /^[وف][0-9٠-٩][0-9٠-٩.,٫٬]*$/u.test(t.norm);
}

/**
 * The count at a, before limit: about (نحو، أكثر من), one to three numbers or number words (5 آلاف،
 * ثلاثة أرباع), a percent (٪، في المائة), "out of every" (9 من كل 10) and a bracket (89٪). Its end is
 * a when none opens there.
 */
export function countAt(p: Para, a: number, limit: number): Count {
  const toks = p.toks;
  const ar = lexicon().ar;
  let j = a;
  // (وفقاً لنحو 12 شخصاً: under لـ too; لما يقرب من 12، ما يناهز 100، ما يزيد على 30: ما and a verb of
  // nearness, ar-words countApproxVerbs, and its preposition.)
  const under = (t: Tok) => isWord(t) && t.norm.length > 3 && t.norm[0] === "ل" ? t.norm.slice(1) : t.norm;
  if (isWord(toks[j]) && (inList(toks[j], ar.countApprox) || ar.countApprox.has(under(toks[j])))) j++;
  else if (isWord(toks[j]) && under(toks[j]) === "ما" && isWord(toks[j + 1]) && inList(toks[j + 1], ar.countApproxVerbs)) j += isWord(toks[j + 2]) && inList(toks[j + 2], ar.freePrepositions) ? 3 : 2;
  else if (isWord(toks[j]) && inList(toks[j], ar.countComparatives) && toks[j + 1]?.norm === "من") j += 2;
  const first = j;
  let percent = false;
  while (j < limit && j - first < 3 && countWord(p, j)) {
    const num = toks[j].kind === NUM || conjoinedNumber(toks[j]);
    j++;
    if (!num) continue;
    if (isPunct(toks[j], "٪%")) {
      percent = true;
      j++;
    } else if (isWord(toks[j]) && inList(toks[j], ar.percentWords)) {
      percent = true;
      j++;
    } else if (toks[j]?.norm === "في" && isWord(toks[j + 1]) && inList(toks[j + 1], ar.percentWords)) {
      percent = true;
      j += 2;
    }
  }
  if (j === first || j > limit) return { end: a, percent: false };
  // (9 من كل 10: out of every ten.)
  if (toks[j]?.norm === "من" && toks[j + 1]?.norm === "كل" && countWord(p, j + 2)) j += 3;
  // (غالبية المجيبين (89٪)، 9 من كل 10 (88٪): a share in brackets.)
  if (isPunct(toks[j], "(")) {
    let m = j + 1;
    while (m < limit && m - j <= 4 && !isPunct(toks[m], ")")) m++;
    if (isPunct(toks[m], ")")) j = m + 1;
  }
  return j <= limit ? { end: j, percent } : { end: a, percent: false };
}

/**
 * Where the noun the count at a counts starts in [a, b): after the count, and after من (61٪ من
 * المشاركين); b when the count stands alone or with منهم. NONE's end (-1) when no count opens a.
 */
export function countedNoun(p: Para, a: number, b: number): Count {
  const c = countAt(p, a, b);
  if (c.end <= a) return NONE;
  let k = c.end;
  if (k < b && isWord(p.toks[k]) && inList(p.toks[k], lexicon().ar.ofThem)) k++;
  else if (k + 1 < b && p.toks[k].norm === "من") k++;
  return { end: k, percent: c.percent };
}

/** A noun a count may take as the people it counts: a source noun, or a plural of persons (موظفين، المجيبين). */
export function countableNoun(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t) || !t.ar) return false;
  const c = sourceClass(t)?.cls;
  if (c) return c === "anon" || c === "title" || c === "org" || c === "group";
  const n = t.norm.startsWith("ال") ? t.norm.slice(2) : t.norm;
  return n.length >= 5 && (n.endsWith("ين") || n.endsWith("ون"));
}

/** عشرون، ثلاثين: a number word of tens (countWords ending in ون/ين), which takes an accusative noun. */
export function tensWord(t: Tok | undefined): boolean {
  return isWord(t) && inList(t, lexicon().ar.countWords) && (t.norm.endsWith("ون") || t.norm.endsWith("ين"));
}

/** A word in the accusative: tanween fatha, or a final alef (no article, no pronoun). */
export function accusative(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t) || !t.ar) return false;
  return endsWithTanweenFath(p.text, t.e) || (t.norm.length >= 4 && t.norm.endsWith("ا") && !t.norm.startsWith("ال") && !endsWithPronoun(p.text, t.e));
}

/** After a count standing alone, the reported clause follows (فقط between): إن/أن، إلى أن، a comma and أن, لرويترز. */
function clauseFollows(p: Para, k: number): boolean {
  const toks = p.toks;
  if (isWord(toks[k]) && toks[k].norm === "فقط") k++;
  const t = toks[k];
  if (!isWord(t) && !isPunct(t, COMMA)) return false;
  if (arComp(t) || (isWord(t) && isAddressee(t))) return true;
  return (isPunct(t, COMMA) || t.norm === "الي" || t.norm === "علي") && !!arComp(toks[k + 1]);
}

/**
 * A count opening a verb's subject at a, before limit. `noun`: where the people it counts start, a
 * source noun or a plural of persons, maybe after من (61٪ من المشاركين، عشرات الشهود), whose phrase the
 * verb's parser reads on; -1 when the count's phrase is whole, up to `end`: the count alone or with منهم
 * when the reported clause follows at once (قال 88 في المائة إنهم), or with a number's accusative noun
 * (20 موظفاً إن). null when no count opens a subject there (ذكر 3 مرات، قال في 2019).
 */
export function countSubject(p: Para, a: number, limit: number): { noun: number; end: number } | null {
  const c = countAt(p, a, limit);
  if (c.end <= a) return null;
  const toks = p.toks;
  const k = c.end;
  if (isWord(toks[k]) && inList(toks[k], lexicon().ar.ofThem)) return { noun: -1, end: k + 1 };
  // (Its tanween is often unwritten: 20 موظفا. A number word of tens takes it too, عشرون موظفاً; not a
  // grammar word in ا, أيضا.)
  if ((toks[k - 1].kind === NUM || tensWord(toks[k - 1])) && accusative(p, k) && !grammarOf(toks[k]) && clauseFollows(p, k + 1)) return { noun: -1, end: k + 1 };
  const noun = toks[k]?.norm === "من" ? k + 1 : k;
  if (noun < limit && countableNoun(p, noun)) return { noun, end: -1 };
  // (90% من ممثلي الجهات بأن: after من, whatever phrase runs to the clause is who is counted.)
  const e = noun > k && noun < limit ? arSourceNP(p, noun, limit) : noun;
  if (e > noun && clauseFollows(p, e)) return { noun, end: -1 };
  return clauseFollows(p, k) ? { noun: -1, end: k } : null;
}

/**
 * The count that is the subject before a verb at `verb` (و7٪ فقط أفادوا، بينما 12٪ من المشاركين قالوا،
 * غالبية (83٪) المجيبين يعتقدون): its start, the count at a clause's start (after a stop, a comma, a
 * clause opener: بينما، فيما) running up to the verb with فقط, منهم, or the people it counts; -1 when none.
 */
export function countBefore(p: Para, verb: number, s: number): number {
  const toks = p.toks;
  let found = -1;
  for (let c = verb - 1; c >= s && verb - c <= 12; c--) {
    if (!isWord(toks[c]) && toks[c].kind !== NUM) continue;
    const at = countAt(p, c, verb);
    if (at.end <= c || !countRunsTo(p, at.end, verb)) continue;
    const before = toks[c - 1];
    if (c === s || isPunct(before, CLAUSE_END) || (isWord(before) && (inList(before, lexicon().ar.clauseOpeners) || arComp(before) === 1))) found = c;
  }
  return found;
}

/** From k, what a count before its verb may hold up to the verb: فقط، منهم، من and the people, or the people (countableNoun). */
function countRunsTo(p: Para, k: number, verb: number): boolean {
  const toks = p.toks;
  if (isWord(toks[k]) && inList(toks[k], lexicon().ar.ofThem)) k++;
  else {
    const noun = toks[k]?.norm === "من" ? k + 1 : k;
    // (After من any noun: 35٪ من الزبائن.)
    if (noun < verb && (noun > k ? isWord(toks[noun]) && toks[noun].ar : countableNoun(p, noun))) {
      k = noun + 1;
      // (المشاركين في الاستبيان: the people's description, words with no cue.)
      while (k < verb && isWord(toks[k]) && !arComp(toks[k]) && verb - k <= 6) k++;
    }
  }
  if (isWord(toks[k]) && toks[k].norm === "فقط") k++;
  return k === verb;
}

/** أحد عشر، خمسة عشر، اثنتا عشرة: a number 11–19, a units word (ar-words teenUnits, countWords) and عشر/عشرة after it. */
export function teenNumber(unit: Tok | undefined, ten: Tok | undefined): boolean {
  if (!isWord(ten) || (ten.norm !== "عشر" && ten.norm !== "عشره") || !isWord(unit)) return false;
  const ar = lexicon().ar;
  return inList(unit, ar.teenUnits) || inList(unit, ar.countWords);
}
