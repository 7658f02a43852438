// A source mention described: what kind of source it names (a person, an institution,
// an unnamed source, a group), its head noun, the name and title as written, its words.
// Arabic and English mentions have describers of their own (describe-ar.ts, describe-en.ts).
import { countedFrom } from "../en/count";
import { lexicon } from "../lexicon";
import { isWord, type Para } from "../text/paragraph";
import { NUM, QUOTE, type Tok } from "../text/token";
import type { SpeakerKind } from "../types";
import { describeAr } from "./describe-ar";
import { describeEn } from "./describe-en";

export interface MentionInfo {
  s: number;
  e: number;
  kind: SpeakerKind | "pronoun";
  /** Lemma of the head noun (anonymous, title or institution), "" for names. */
  lemma: string;
  definite: boolean;
  /** Normalised name words (persons), in order. */
  name: string[];
  /** The name as written, and the title as written. */
  nameText: string;
  titleText: string;
  /** Normalised content words without the article, for descriptor matching. */
  words: string[];
  pronoun: string;
  /** The head noun stands alone, nothing describes it (مصدر، sources, a source). */
  headAlone: boolean;
  /** An institution named by a proper name (Coopervision Inc, the Commerce Department): its name alone refers back to it. */
  proper: boolean;
  /** An institution named by its initials alone (the FT, SAIC), in capitals; "" otherwise. */
  acronym: string;
  /** An unnamed collective of a general class (analysts, residents): anonymous, no reason needed. */
  collective: boolean;
  /** An institution described, not named ("the company", "the German carmaker"). */
  generic: boolean;
  lang: "ar" | "en";
}

/** The mention in tokens [a, b) of paragraph p (trimmed of punctuation at either end). */
export function describeMention(p: Para, a: number, b: number): MentionInfo {
  const toks = p.toks;
  // A closing parenthesis stays: المادة (27).
  // (An Arabic count keeps its number: 20 موظفاً، قال 61٪ إن.)
  const ar = p.lang === "ar";
  while (b > a && !isWord(toks[b - 1]) && !(toks[b - 1].kind !== QUOTE && toks[b - 1].norm === ")" && b - 2 > a) && !(ar && countEdge(toks, b - 1))) b--;
  // (So does an English one: 75 percent of voters, 20 workers.)
  while (a < b && !isWord(toks[a]) && !(toks[a].kind === NUM && (ar || countedFrom(toks, a, b) > a))) a++;
  const s = toks[a]?.s ?? 0;
  let e = toks[b - 1]?.e ?? s;
  // شركة "نتفليكس": the closing mark of a quoted name inside the mention belongs to it.
  const close = toks[b];
  if (close && close.kind === QUOTE && close.quote >= 0 && b > a && p.quotes[close.quote]?.close === b && p.quotes[close.quote].open >= a) e = close.e;
  const m: MentionInfo = { s, e, kind: "unknown", lemma: "", definite: false, name: [], nameText: "", titleText: "", words: [], pronoun: "", headAlone: false, proper: false, acronym: "", collective: false, generic: false, lang: p.lang };
  if (b <= a) return m;
  if (!(ar && (toks[a].ar || toks[a].kind === NUM))) return describeEn(p, a, b, m);
  const d = describeAr(p, a, b, m);
  // (بنيامين #نتنياهو: an Arabic hashtag's mark, no token, is no part of the name or title shown.)
  if (d.nameText.includes("#")) d.nameText = d.nameText.replace(HASH_AR, "");
  if (d.titleText.includes("#")) d.titleText = d.titleText.replace(HASH_AR, "");
  return d;
}

/** An Arabic hashtag's mark (the scanner makes no token of it). */
const HASH_AR = /#(?=\p{Script=Arabic})/gu;

/** A number, or the percent sign right after one (61٪): the end of a count. */
function countEdge(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  // (و7٪: the number may carry the conjunction, one word for the scanner.)
  return t.kind === NUM || ((t.norm === "٪" || t.norm === "%") && !!prev && prev.e === t.s && (prev.kind === NUM || /[0-9٠-٩]$/u.test(prev.norm)));
}

/**
 * A bare source: an anonymous mention whose head stands alone and says nothing about the
 * source (ar-words/en-words: vagueSourceHeads; مصدر، a source). Two such mentions are two
 * sources, and the anonymous source's finding asks for a description (rules/vague.ts).
 */
export function isBareSource(m: MentionInfo): boolean {
  const { ar, en } = lexicon();
  return m.kind === "anonymous" && m.headAlone && (ar.vagueSourceHeads.has(m.lemma) || en.vagueSourceHeads.has(m.lemma));
}

