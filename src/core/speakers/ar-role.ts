// The person an Arabic title without a name refers back to, when no speaker holds that title: one
// the text named with it in passing (no statement of theirs), by the title before the name or in an
// apposition after it.
//   بين وزير الخارجية التركي سامي أوغلو والأمين العام …. واستنفر الوزير التركي مدافعاً …   → سامي أوغلو
//   حذر الألماني يورغن فالك، مدرب النادي، لاعبيه …. وقال المدرب الألماني: "…"          → يورغن فالك
// Only when the title was given to one person (two people named with it: none), with every word
// describing the mention (التركي) among the words of that naming.
import { lexicon } from "../lexicon";
import { inList, sourceClass } from "../lexicon/lookup";
import { isPunct, isWord, sentencePara, COMMA, type Para } from "../text/paragraph";
import { tokenize } from "../text/scanner";
import type { Tok } from "../text/token";
import { arSourceNP } from "../ar/source-phrase";
import { nisbaShape } from "../ar/words";
import { describeMention } from "./mention";
import { stem } from "./word-keys";

/** How far back (characters) a title looks for the person it was given to. */
const REACH = 2500;
/** The stretch of a naming read around the title word: before it (an apposition's name), after it. */
const BEFORE = 90;
const AFTER = 160;

/** A person named in passing with a title: the name's words (normalised), as written, and the title. */
export interface ArRoleHolder {
  name: string[];
  nameText: string;
  title: string;
}

/**
 * The one person the text before offset `at` names with the title `lemma` and every word of `desc`
 * (keys of the words describing the mention) among the naming's words; null when none is, or two are.
 */
export function arRoleHolder(doc: string, at: number, lemma: string, desc: readonly string[]): ArRoleHolder | null {
  return holderIn(doc, Math.max(0, at - REACH), at, lemma, desc);
}

/** How far after a headline its title looks for the person it names (the lead paragraph). */
const LEAD = 700;

/**
 * A headline's title without a name (مدير الوكالة يتحدث عن …): the one person the lead after the
 * headline's end `e` names with the title `lemma` (قال فلان الفلاني، مدير الوكالة …); null when none is, or two are.
 */
export function arLeadHolder(doc: string, e: number, lemma: string): ArRoleHolder | null {
  return holderIn(doc, e, Math.min(doc.length, e + LEAD), lemma, []);
}

/** arRoleHolder over the text [from, at). */
function holderIn(doc: string, from: number, at: number, lemma: string, desc: readonly string[]): ArRoleHolder | null {
  const toks = tokenize(doc, from, at);
  let found: ArRoleHolder | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const titled = isWord(t) && t.ar && sourceClass(t)?.cls === "title" && sourceClass(t)?.lemma === lemma && !genitiveOfTitle(toks[i - 1]);
    if (!titled && !counterpartOf(toks, i, lemma)) continue;
    const holder = namingAround(doc, t.s, t.e, at, desc);
    if (!holder) continue;
    if (found && found.nameText !== holder.nameText && !sameOne(found.name, holder.name)) return null;
    if (!found || holder.name.length > found.name.length) found = holder;
  }
  return found;
}

/** How many tokens back a counterpart (نظيره) looks for the title it shares. */
const COUNTERPART_REACH = 8;

/**
 * التقى الرئيس الفرنسي فلان نظيره البرازيلي فلان: "his counterpart" at token i holds the title `lemma` when a
 * title of that lemma stands a few words before it in its clause (no stop, comma or other counterpart between).
 */
function counterpartOf(toks: readonly Tok[], i: number, lemma: string): boolean {
  if (!isWord(toks[i]) || !inList(toks[i], lexicon().ar.counterparts)) return false;
  for (let j = i - 1; j >= 0 && i - j <= COUNTERPART_REACH; j--) {
    const t = toks[j];
    if (!isWord(t)) return false;
    const c = sourceClass(t);
    if (c?.cls === "title") return c.lemma === lemma;
  }
  return false;
}

/** The naming around the title word at [s, e): its sentence read on its own. */
function namingAround(doc: string, s: number, e: number, limit: number, desc: readonly string[]): ArRoleHolder | null {
  const a = clauseStart(doc, s);
  const b = clauseEnd(doc, e, limit);
  const toks = tokenize(doc, a, b);
  const k = toks.findIndex((t) => t.s === s);
  if (k < 0) return null;
  const p = sentencePara(doc, toks, a, b, "ar");
  return inList(p.toks[k], lexicon().ar.counterparts) ? counterpart(p, k, desc) : (titleFirst(p, k, desc) ?? apposed(p, k, desc));
}

/** نظيره البرازيلي كارلوس دياز: "his counterpart", its adjectives (definite nisbas) and a name of two words or more. */
function counterpart(p: Para, k: number, desc: readonly string[]): ArRoleHolder | null {
  const end = arSourceNP(p, k + 1, p.toks.length);
  let n = k + 1;
  while (n < end && isWord(p.toks[n]) && p.toks[n].norm.startsWith("ال") && nisbaShape(p.toks[n].norm)) n++;
  if (n === k + 1 || end <= n + 1) return null;
  const d = describeMention(p, n, end);
  if (d.kind !== "person" || d.name.length < 2 || d.titleText) return null;
  return describes(wordsFrom(p, k + 1, n), desc) ? { name: d.name, nameText: d.nameText, title: "" } : null;
}

/** وزير الخارجية التركي سامي أوغلو: the title and a name after it. */
function titleFirst(p: Para, k: number, desc: readonly string[]): ArRoleHolder | null {
  const end = arSourceNP(p, k, p.toks.length);
  if (end <= k + 1) return null;
  const d = describeMention(p, k, end);
  if (d.kind !== "person" || d.name.length < 2 || !d.titleText) return null;
  // (The words before the name describe the title: not those of another person after it, الرئيس فلان والزعيم الكوري ….)
  const at = p.text.indexOf(d.nameText, p.toks[k].s);
  let n = k;
  while (n < end && p.toks[n].s < at) n++;
  return describes(wordsFrom(p, k - 2, n), desc) ? { name: d.name, nameText: d.nameText, title: d.titleText } : null;
}

/** الألماني يورغن فالك، مدرب النادي: a name of two to four words closed by a comma before the title. */
function apposed(p: Para, k: number, desc: readonly string[]): ArRoleHolder | null {
  if (!isPunct(p.toks[k - 1], COMMA)) return null;
  const end = arSourceNP(p, k, p.toks.length);
  for (let s = k - 3; s >= Math.max(0, k - 5); s--) {
    if (!isWord(p.toks[s])) return null;
    const d = describeMention(p, s, k - 1);
    if (d.kind !== "person" || d.name.length < 2 || d.nameText !== p.text.slice(p.toks[s].s, p.toks[k - 2].e)) continue;
    return describes(wordsFrom(p, s - 2, Math.max(end, k + 1)), desc) ? { name: d.name, nameText: d.nameText, title: "" } : null;
  }
  return null;
}

/** The stems of the words of tokens [a, b). */
function wordsFrom(p: Para, a: number, b: number): string[] {
  const out: string[] = [];
  for (let j = Math.max(0, a); j < b && j < p.toks.length; j++) if (isWord(p.toks[j])) out.push(stem(p.toks[j].norm));
  return out;
}

/** Every word of desc (without the article, as MentionInfo.words has them) has its stem among `words`. */
function describes(words: readonly string[], desc: readonly string[]): boolean {
  // (The article put back first: الماني is الألماني, not ال + ماني.)
  return desc.every((d) => words.includes(stem("ال" + d)));
}

/** Whether two names are one person's: one's words end the other's. */
function sameOne(x: readonly string[], y: readonly string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  for (let i = 1; i <= short.length; i++) if (short[short.length - i] !== long[long.length - i]) return false;
  return true;
}

const STOP = /[.!?؟\n]/;

function clauseStart(doc: string, s: number): number {
  let i = s;
  while (i > 0 && s - i < BEFORE && !STOP.test(doc[i - 1])) i--;
  return i;
}

function clauseEnd(doc: string, e: number, limit: number): number {
  let i = e;
  while (i < limit && i - e < AFTER && !STOP.test(doc[i])) i++;
  return i;
}

/** رئيس (الوزراء)، نائب (الوزير): a title without the article right before a title word takes it as its genitive; the post is the first one's. */
function genitiveOfTitle(t: Tok | undefined): boolean {
  if (!isWord(t) || !t.ar || t.norm.startsWith("ال")) return false;
  const c = sourceClass(t);
  return c?.cls === "title" && !c.definite;
}
