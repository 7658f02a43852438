// The full name of a person quoted by one name word, from where the text first names them in a
// sentence that was no statement:
//   والتقى الرئيس فؤاد معصوم بالسفير … وقال معصوم إن …        → فؤاد معصوم
//   كشف جمال العتيبي، الخبير القانوني، عن … وقال العتيبي …     → جمال العتيبي
// The earlier naming must be a title (or an honorific, a nationality adjective (الألماني), or a
// reporting verb) and one to three name words before the same word: any other word before them
// (وزار معصوم، برج خليفة) tells no name.
import { lexicon } from "../lexicon";
import { cueAt, grammarOf, inList, sourceClass } from "../lexicon/lookup";
import { COMMA, isPunct, isWord, sentencePara, type Para } from "../text/paragraph";
import { tokenize } from "../text/scanner";
import { endsWithPronoun, letterOrNumberAt } from "../text/chars";
import { hal, nisbaShape } from "../ar/words";
import { nameWord } from "./ar-topic";
import { markSpellings } from "../ar/spelling";

/** How far back the naming is looked for (characters): a mention refers to its own story, and an archive stays linear. */
const REACH = 6000;
/** The stretch read before each use of the word: a title and two name words. */
const BEFORE = 80;

/**
 * The naming "title given-name(s) word" before offset `at` (in the last REACH characters); null when
 * there is none, or when the text names two people with that word (باراك أوباما، ميشيل أوباما).
 */
export function fullNameBefore(text: string, at: number, word: string): { name: string[]; nameText: string } | null {
  if (word.length < 3) return null;
  const lo = Math.max(0, at - REACH);
  const near = text.slice(lo, at);
  let found: { name: string[]; nameText: string } | null = null;
  for (let k = near.indexOf(word); k >= 0; k = near.indexOf(word, k + 1)) {
    const i = lo + k;
    if (i === 0 || text.charCodeAt(i - 1) !== 0x20 || letterOrNumberAt(text, i + word.length)) continue;
    const named = namingAt(text, Math.max(0, i - BEFORE), i + word.length);
    if (!named) continue;
    if (found && found.name.join(" ") !== named.name.join(" ")) return null;
    found ??= named;
  }
  return found;
}

/** text[s, e) ends in title + one or two name words + the word: the name words and the word. */
function namingAt(text: string, s: number, e: number): { name: string[]; nameText: string } | null {
  const toks = tokenize(text, s, e);
  const n = toks.length;
  if (n < 3) return null;
  // (الأستاذ علي الزهيران: علي the name, as the paragraph's own reading tells it.)
  markSpellings(text, toks);
  const p = sentencePara(text, toks, s, e, "ar");
  const particles = lexicon().ar.nameParticles;
  let a = n - 1;
  // (A particle joins the word after it: عبد الله، بن سلمان.)
  // (Two name words before it, three with a particle: محمد بن سلمان، عبد ربه منصور هادي.)
  while (a - 1 >= 0 && n - a <= 3 && givenName(p, a - 1) && !title(p, a - 1) && !cueAt(p, a - 1)) a--;
  if (n - 1 - a === 3 && !toks.slice(a, n - 1).some((t) => particles.has(t.norm))) a++;
  if (a > 0 && a < n - 1 && !(title(p, a - 1) || cueAt(p, a - 1))) a = afterTitleChain(p, a, n);
  if (a === n - 1 || a === 0 || !(title(p, a - 1) || cueAt(p, a - 1) || titleChainBefore(p, a) || (titleThenComma(p, a) && commaAt(text, e))) || (particles.has(toks[a].norm) && a === n - 2)) return null;
  // (A given name has no article: زعيمة المعارضة يوليا …, not المعارضة.)
  if (toks[a].norm.startsWith("ال")) return null;
  const words = toks.slice(a, n);
  return { name: words.map((t) => t.norm), nameText: text.slice(toks[a].s, toks[n - 1].e) };
}

/**
 * مدير مطار الواحة سامي العويدان: a title whose genitive (one or two words, the last with the article)
 * stands between it and the name. Among the words taken as given names from a, the first without the
 * article after one with it opens the name; a when there is none.
 */
function afterTitleChain(p: Para, a: number, n: number): number {
  for (let k = a; k < n - 1; k++) if (k > 0 && !p.toks[k].norm.startsWith("ال") && titleChainBefore(p, k)) return k;
  return a;
}

/** A comma (maybe after a space) at offset e: the apposition closed after the name. */
function commaAt(text: string, e: number): boolean {
  const c = text.charCodeAt(e) === 0x20 ? text.charCodeAt(e + 1) : text.charCodeAt(e);
  return c === 0x060c || c === 0x2c;
}

/** رئيس وزراء العراق، حيدر العبادي، …: the name at a is set off by a comma after a title or a title's genitive chain. */
function titleThenComma(p: Para, a: number): boolean {
  return a >= 2 && isPunct(p.toks[a - 1], COMMA) && (title(p, a - 2) || titleChainBefore(p, a - 1));
}

/** Token k follows a title noun and one or two plain words ending in one with the article (مدير مطار الواحة). */
function titleChainBefore(p: Para, k: number): boolean {
  const toks = p.toks;
  const last = toks[k - 1];
  if (!isWord(last) || !last.ar || !last.norm.startsWith("ال") || grammarOf(last) || title(p, k - 1)) return false;
  for (let j = k - 2; j >= Math.max(0, k - 3); j--) {
    const t = toks[j];
    // (A title noun of the lexicon heads the genitive, not a nisba adjective: القمة التاريخية المرتقبة بينه.)
    if (isWord(t) && sourceClass(t)?.cls === "title") return true;
    if (!isWord(t) || !t.ar || grammarOf(t) || cueAt(p, j) || t.norm.startsWith("و")) return false;
  }
  return false;
}

/**
 * A word of a name before the one quoted: as in a name elsewhere (ar-topic nameWord), and also
 * a name that opens with ب or ل (باراك، بوريس، لوران), though not with بال or لل (بالأمس، للرئيس).
 */
function givenName(p: Para, k: number): boolean {
  const t = p.toks[k];
  // (المتحدث باسم المقاومة: باسم "on behalf of" joins a title to its body, though Basim is a name.)
  if (!isWord(t) || !t.ar || inList(t, lexicon().ar.mentionInner)) return false;
  if (nameWord(p, k)) return true;
  const n = t.norm;
  if (!(n[0] === "ب" || n[0] === "ل") || n.startsWith("بال") || n.startsWith("لل")) return false;
  return !grammarOf(t) && !sourceClass(t) && !endsWithPronoun(p.text, t.e) && !hal(p, k);
}

/** A title, an honorific, or a nationality after a definite word (وزير الخارجية الإيراني). */
function title(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t)) return false;
  // (Not a relative pronoun: التي، الذي.)
  if (t.norm.startsWith("ال") && t.norm.length >= 6 && nisbaShape(t.norm) && !grammarOf(t)) return true;
  // (السيدة، والسيدة ريم العلي: an honorific first, with its و, though سيدة alone is "a woman".)
  const hon = lexicon().ar.honorifics;
  if (hon.has(t.norm) || (t.norm.startsWith("و") && hon.has(t.norm.slice(1)))) return true;
  return sourceClass(t)?.cls === "title";
}
