// An institution named in passing and quoted later by its head noun alone:
//   كشفت شركة نوفا عن هاتفها الجديد … وقالت الشركة إن …   → الشركة is شركة نوفا
// The bare definite head (الشركة، الصحيفة، الوزارة) refers back to the latest institution of
// that kind named in full before it, even where that naming was no statement of its own.
// Read on demand from the text (a bare head with no speaker of its kind is rare), a few
// paragraphs back at most.
import { markSpellings } from "../ar/spelling";
import { Gr, lexicon } from "../lexicon";
import { hasGrammar, sourceClass } from "../lexicon/lookup";
import { HIT_CUE } from "../perf/hit-table";
import { endsWithPronoun } from "../text/chars";
import { gluedHyphen, isWord } from "../text/paragraph";
import { tokenize } from "../text/scanner";
import { QUOTE, type Tok } from "../text/token";
import { pluralEnding } from "../ar/words";
import { key } from "./word-keys";

/** The full name found: as written (head noun included) and its words' keys. */
export interface BodyName {
  name: string;
  words: string[];
}

/** How far back the full name is looked for: paragraphs, and characters. */
const PARAGRAPHS = 12;
const REACH = 6000;
/** A name has at most this many words after its head noun. */
const NAME_WORDS = 5;

/**
 * The latest institution whose head noun is `lemma`, named in full (the head without the
 * article, then its name: شركة نوفا، صحيفة الشرق اليوم، وزارة الصحة; or with the article and an
 * adjective: الهيئة العامة للطيران المدني) before offset `at` of `text`.
 */
export function introducedBody(text: string, at: number, lemma: string): BodyName | null {
  let e = at;
  for (let n = 0; n < PARAGRAPHS && e > 0 && at - e < REACH; n++) {
    const s = text.lastIndexOf("\n", e - 1) + 1;
    const found = lastBodyIn(text, s, e, lemma);
    if (found) return found;
    e = s - 1;
  }
  return null;
}

/** The last full name headed by `lemma` in text[s, e). */
function lastBodyIn(text: string, s: number, e: number, lemma: string): BodyName | null {
  if (e <= s) return null;
  const toks = tokenize(text, s, e);
  markSpellings(text, toks);
  for (let k = toks.length - 2; k >= 0; k--) {
    const t = toks[k];
    if (!isWord(t)) continue;
    const sc = sourceClass(t);
    if (!sc || sc.cls !== "org" || sc.lemma !== lemma) continue;
    // (الهيئة العامة للطيران المدني، الشركة السعودية للكهرباء: a definite head is named by its
    // adjectives and what they govern; without that, الشركة الأمريكية only describes a body named before.)
    if (sc.definite && !adjectivesAndGoverned(toks, k + 1)) continue;
    const end = nameEnd(text, toks, k + 1);
    if (end <= k + 1) continue;
    const words: string[] = [];
    for (let j = k; j < end; j++) if (isWord(toks[j])) words.push(key(toks[j].norm));
    return { name: text.slice(t.s + cliticLength(t.norm), toks[end - 1].e), words };
  }
  return null;
}

/**
 * Where the name after a head noun (at token k) ends: a quoted name (شركة "نوفا"), or words up to a
 * preposition, a complementiser, a time word, a reporting verb, punctuation, another source noun, or a word without
 * the article after a definite one (صحيفة الشرق اليوم تقول: the verb). k itself: no name.
 */
function nameEnd(text: string, toks: Tok[], k: number): number {
  const first = toks[k];
  if (first && first.kind === QUOTE) {
    for (let j = k + 1; j < toks.length && j <= k + NAME_WORDS + 1; j++) if (toks[j].kind === QUOTE) return j > k + 1 ? j + 1 : k;
    return k;
  }
  // شركة كبيرة، وزارة أخرى: an adjective of the indefinite noun, no name.
  const fsc = isWord(first) ? sourceClass(first) : null;
  if (fsc && (fsc.cls === "descriptor" || fsc.cls === "informed")) return k;
  const words = lexicon().ar;
  let j = k;
  while (j < toks.length && j - k < NAME_WORDS) {
    const t = toks[j];
    if (!isWord(t)) {
      if (j > k && gluedHyphen(toks, j)) {
        j++;
        continue;
      }
      break;
    }
    const n = t.norm;
    if (words.freePrepositions.has(n) || words.endSource.has(n) || hasGrammar(t, Gr.comp) || hasGrammar(t, Gr.time) || (t.hits & HIT_CUE) !== 0) break;
    // شركة أودي التابعة لـ …: the description starts; يملكها، بوجوده: a pronoun-bearing word is no name's.
    if (hasGrammar(t, Gr.affil) || endsWithPronoun(text, t.e)) break;
    // لجنة للتحقيق، شركة لتصنيع …: لـ right after the head says what it is for, not its name.
    if (j === k && n.startsWith("ل")) break;
    const sc = sourceClass(t);
    // (شركة أبل، نادي ليفربول: a body known by its name alone, ar-words namedBodies, is the head's name.)
    if (sc && sc.cls !== "place" && sc.cls !== "descriptor" && !(j === k && words.namedBodies.has(n))) break;
    if (j > k && !definite(n) && definite(toks[j - 1].norm)) break;
    j++;
  }
  return j;
}

/** How many letters of clitics (و، ب، ل …) come before the source noun in word n (وبشركة: 2). */
function cliticLength(n: string): number {
  const sources = lexicon().sources;
  if (sources.has(n)) return 0;
  for (const p of lexicon().ar.cliticPrefixes) if (!p.includes("ال") && n.startsWith(p) && sources.has(n.slice(p.length))) return p.length;
  return 0;
}

/** From token k: adjectives with the article (no source nouns but places), then a word with لل that they govern (العامة للطيران). */
function adjectivesAndGoverned(toks: Tok[], k: number): boolean {
  let j = k;
  // (A country's adjective reads as the country: الشركة السعودية.)
  while (j < k + 3 && isWord(toks[j]) && toks[j].norm.startsWith("ال") && !pluralEnding(toks[j].norm) && (sourceClass(toks[j])?.cls ?? "place") === "place") j++;
  return j > k && isWord(toks[j]) && toks[j].norm.startsWith("لل");
}

/** A word with the article (or لل، وال). */
function definite(n: string): boolean {
  return n.startsWith("ال") || n.startsWith("لل") || n.startsWith("وال");
}
