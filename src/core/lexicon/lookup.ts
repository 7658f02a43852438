// What the lexicon says about a token of a paragraph: its grammar classes, its
// source class, the reporting cue that starts at it. Each answer depends on the
// word alone and is kept per word (perf/intern.ts: WordMemo).
import { HIT_CUE, HIT_CUE_NEXT, G_ANY } from "../perf/hit-table";
import { WordMemo } from "../perf/intern";
import { hasShadda } from "../text/chars";
import { CLAUSE_END, COMMA, isOpen, isPunct, isWord, sentenceStartTok, type Para } from "../text/paragraph";
import { Fr, Gr } from "./flags";
import type { Tok } from "../text/token";
import { lexicon, type CueEntry, type CueLists, type GrammarClasses, type SourceClass } from "./index";
import type { WordList } from "./word-lists";

export interface CueMatch {
  entry: CueEntry;
  /** Token range [from, to) of the cue words. */
  from: number;
  to: number;
  /** Offset where the cue starts (after a clitic و/ف). */
  s: number;
  e: number;
  /** Clitic و/ف was attached: the cue opens its clause. */
  clitic: boolean;
}

export function hasGrammar(t: Tok | undefined, cls: Gr): boolean {
  return isWord(t) && (t.grammarBits & G_ANY) !== 0 && !!grammarMemo.get(t)?.has(cls);
}

/** Whether t is a word of a word list (lexicon().ar.* / lexicon().en.*). */
export function inList(t: Tok | undefined, list: WordList): boolean {
  return isWord(t) && list.has(t.norm);
}

const grammarMemo = new WordMemo<GrammarClasses | null>((n) => lexicon().grammar.get(n) ?? null);

/** The word's grammar classes (lexicon/ar-grammar.tsv), null for none. */
export function grammarOf(t: Tok): GrammarClasses | null {
  return grammarMemo.get(t);
}

export type SourceHit = { cls: SourceClass; lemma: string; definite: boolean } | null;
// Peeling clitics costs a dozen look-ups; news vocabulary repeats, so each word's answer is kept.
const sourceMemo = new WordMemo<SourceHit>(sourceClassOf, 100_000);

export function sourceClass(t: Tok): SourceHit {
  return sourceMemo.get(t);
}

function sourceClassOf(n: string): SourceHit {
  const m = lexicon().sources;
  const hit = m.get(n);
  // (One literal, one field order: a spread copy took the hidden class of each lexicon row.)
  if (hit) return { cls: hit.cls, lemma: hit.lemma, definite: n.startsWith("ال") };
  // (A word without Arabic letters starts with none of these.)
  for (const p of lexicon().ar.cliticPrefixes) {
    if (n.length - p.length < 2 || !n.startsWith(p)) continue;
    const rest = p.endsWith("لل") ? "ال" + n.slice(p.length) : n.slice(p.length);
    // للشركة: the article's alef is dropped after لـ; the lexicon may hold the bare noun.
    // (بالرياض: a place keeps its article in the lexicon.)
    const h = m.get(rest) ?? (p.endsWith("لل") ? m.get(n.slice(p.length)) : p.endsWith("ال") ? m.get("ال" + rest) : undefined);
    if (h) return { cls: h.cls, lemma: h.lemma, definite: p.includes("ال") || p.endsWith("لل") || rest.startsWith("ال") };
  }
  return possessedPlural(n);
}

/**
 * معارضوها، مسؤولوه، منتقدوهم: a sound masculine plural in construct (its ن dropped) with a possessive
 * pronoun is the unnamed people the plural names (معارضون), of the pronoun's owner; null otherwise.
 */
function possessedPlural(n: string): SourceHit {
  for (const suffix of lexicon().ar.possessiveSuffixes) {
    const stem = n.length > suffix.length + 3 && n.endsWith(suffix) ? n.slice(0, -suffix.length) : "";
    if (!stem.endsWith("و")) continue;
    const h = lexicon().sources.get(stem + "ن");
    return h && h.cls === "anon" ? { cls: h.cls, lemma: h.lemma, definite: true } : null;
  }
  return null;
}

/** The cue starting at token k, longest match first; null when none. */
export function cueAt(p: Para, k: number): CueMatch | null {
  const t = p.toks[k];
  if (!isWord(t) || p.inAnon[k]) return null;
  if (!(t.hits & HIT_CUE) && !(p.toks[k + 1] && p.toks[k + 1].hits & HIT_CUE_NEXT)) return null;
  // طالبان is the Taliban, not "the two demanded": a name spelled like a cue's generated form.
  if (t.ar && inList(t, lexicon().ar.notCues)) return null;
  // One look-up gives the cues of the word and of the word after its clitic و/ف.
  const lists = cueMemo.get(t);
  let best: CueMatch | null = null;
  if (lists) {
    best = longestCue(p, k, lists.plain, 0, null);
    // (A word is و/ف + a verb (وحث، وحض، وردت) unless it is a word of its own: ورد، وردت "came".)
    if (t.ar && t.norm.length >= 3 && (!inList(t, lexicon().ar.cliticHomographs) || speakerNext(p, k))) best = longestCue(p, k, lists.clitic, 1, best);
  }
  // ردا على …: a two-word background formula (background.tsv) is an idiom, never a cue.
  if (best && idiomAt(p, k)) best = null;
  // نفت الوزارة نفيا قاطعا: the cognate object is spelled like a verb's dual ("the two denied"),
  // but as a verbal noun (ar-grammar.tsv) in the accusative it only stresses the verb before it.
  if (best && t.ar && t.norm.endsWith("ا") && hasGrammar(t, Gr.verbnoun)) best = null;
  return best;
}

/**
 * ورد الوزير بأن …، ورد المتحدث قائلاً: after a homograph (ورد "came"), a source noun naming who speaks — a
 * title, an unnamed source, an institution or a state (not a document: ورد التقرير) — makes it و + the cue;
 * so does a complementiser within three words (وردت مرة ثانية بأنها …).
 */
function speakerNext(p: Para, k: number): boolean {
  const n = p.toks[k + 1];
  const c = isWord(n) ? sourceClass(n) : null;
  if (c && (c.cls === "title" || c.cls === "anon" || c.cls === "org" || c.cls === "place")) return true;
  // (فعادت وردت مرة ثانية بأنها …: a complementiser a few words on, with no subject written, is a reply too.)
  for (let j = k + 1; j <= k + 3 && j < p.toks.length; j++) if (isWord(p.toks[j]) && (hasGrammar(p.toks[j], Gr.comp) || hasGrammar(p.toks[j], Gr.compPron))) return true;
  return false;
}

/** A two-word background formula starts at token k (its first word as written, or with و/ف). */
export function idiomAt(p: Para, k: number): boolean {
  const next = p.toks[k + 1];
  if (!isWord(next) || !isWord(p.toks[k])) return false;
  for (const bg of lexicon().background.get(p.toks[k].norm) ?? []) if (bg.length === 2 && bg[1] === next.norm) return true;
  return false;
}

const cueMemo = new WordMemo<CueLists | null>((n) => lexicon().cueWords.get(n) ?? null);

/** The longest of `best` and the entries of `list` that match at token k (after `clitic` letters). */
function longestCue(p: Para, k: number, list: CueEntry[] | null, clitic: number, best: CueMatch | null): CueMatch | null {
  if (!list) return best;
  const t = p.toks[k];
  for (const entry of list) {
    if (entry.lang === "ar" ? !t.ar : t.ar) continue;
    // وصفة (a recipe) is not وصفه (described him): the object pronoun is ه as written, never ة.
    if (entry.objPron && p.text.charCodeAt(t.e - 1) === 0x0629) continue;
    // بين "between" is the verb بيّن only where a clause starts: with و/ف, at the sentence start or
    // after a comma (not in بين X وبين Y).
    // A shadda written on it (كما بيّن، عبّر) marks the verb wherever it stands.
    if (entry.frames.has(Fr.strict) && t.norm.length - clitic === 3 && !hasShadda(p.text, t.s, t.e) && (!(clitic > 0 || k === sentenceStartTok(p, k) || isPunct(p.toks[k - 1], CLAUSE_END)) || betweenBefore(p, k) || (clitic === 0 && openCueBefore(p, k)))) continue;
    // محلل يتابع أخبار الحركة، إن …: inside a clause, the present of a verb that mostly means "follows"
    // (ar-words strictPresent) is a cue only with its words at once (يتابع: "…"، يتابع قائلاً).
    if (entry.form === "present" && clitic === 0 && k !== sentenceStartTok(p, k) && !isPunct(p.toks[k - 1], CLAUSE_END) && lexicon().ar.strictPresent.has(entry.lemma) && !wordsAtOnce(p, k + 1)) continue;
    // ولا يمكن توقع ما إذا …، من الصعب تقدير …: after a modal the past form is its verbal noun, not a cue.
    if (entry.form === "verb" && clitic === 0 && isWord(p.toks[k - 1]) && inList(p.toks[k - 1], lexicon().ar.modalsBeforeNoun)) continue;
    // متحدثة باسم الجيش: before باسم the participle is the noun "spokeswoman", not a cue.
    if (entry.form === "participle" && isWord(p.toks[k + 1]) && inList(p.toks[k + 1], lexicon().ar.onBehalf)) continue;
    let j = k + 1;
    let ok = true;
    for (let r = 0; r < entry.rest.length; r++) {
      const w = entry.rest[r];
      const u = p.toks[j];
      if (!isWord(u)) {
        ok = false;
        break;
      }
      if (u.norm === w) j++;
      else if (t.ar && u.norm.length === w.length + 1 && u.norm.startsWith("ل") && u.norm.endsWith(w)) j++; // وفقاً للبيان
      else {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (entry.restPrefix) {
      // وفقاً لـ: the next word starts with ل (لـ«…»، للبيان، لوزارة).
      const u = p.toks[j];
      if (!isWord(u) || !u.norm.startsWith("ل")) continue;
    }
    const b = j;
    if (!best || b > best.to) best = { entry, from: k, to: b, s: t.s + clitic, e: p.toks[b - 1].e, clitic: clitic > 0 };
  }
  return best;
}

/** The words open at token k: a colon, a quotation, إن/أن, or a participle cue (قائلاً). */
function wordsAtOnce(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!t) return false;
  if (isPunct(t, ":") || isOpen(t)) return true;
  if (!isWord(t)) return false;
  return hasGrammar(t, Gr.comp) || hasGrammar(t, Gr.compPron) || cueAt(p, k)?.entry.form === "participle";
}

/**
 * وكان فلان قد قال، عبر قناة …، إن …؛ وقال إن الفصائل قررت …، عبر فتح معارك: after a comma, with a cue
 * earlier in the sentence, a strict form is the common word inside that cue's phrase or its words.
 */
function openCueBefore(p: Para, k: number): boolean {
  if (!isPunct(p.toks[k - 1], COMMA)) return false;
  const start = sentenceStartTok(p, k);
  for (let j = k - 2; j >= start; j--) {
    if (cueAt(p, j)) return true;
  }
  return false;
}

/** A بين "between" (بينه، بين الطرفين) in the five words before token k. */
function betweenBefore(p: Para, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) if (isWord(p.toks[j]) && p.toks[j].norm.startsWith("بين")) return true;
  return false;
}

/** Whether tokens from k match a normalised phrase (first word may carry و/ف). */
export function matchesPhrase(p: Para, k: number, words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const t = p.toks[k + i];
    if (!isWord(t)) return false;
    if (t.norm === words[i]) continue;
    if (i === 0 && (t.norm === "و" + words[i] || t.norm === "ف" + words[i])) continue;
    return false;
  }
  return true;
}
