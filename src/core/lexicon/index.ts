// The lexicon: the data files of this folder (*.tsv), loaded once into look-up
// tables. The files are the place to add a verb, a title, an anonymity phrase or a
// word to a list; the modules here only know their column layout and how Arabic
// words inflect. (How a token is looked up in them: lookup.ts.)
import type { HitTable } from "../perf/hit-table";
import { lazy } from "../perf/lazy";
import { anchorsOf, loadAnonymityPatterns, type AnonPattern } from "./anonymity-patterns";
import { cuesByTokenWord, loadCues, type CueLists } from "./cues";
import type { GrammarClasses } from "./flags";
import { loadGrammar } from "./grammar";
import { buildHits } from "./hits";
import { loadBackground } from "./background";
import { loadNaming } from "./naming";
import type { LoadedRow } from "./rows";
import { loadSources, type SourceEntry } from "./sources";
import { loadArabicWordLists, loadEnglishWordLists, type ArabicWordLists, type EnglishWordLists } from "./word-lists";

export { Flags, Fr, Gr, framesOf, type Frames, type GrammarClasses } from "./flags";
export type { AnonPattern } from "./anonymity-patterns";
export type { CueEntry, CueForm, CueLists } from "./cues";
export type { SourceClass, SourceEntry } from "./sources";
export type { WordList } from "./word-lists";

export interface Lexicon {
  /** Cue entries under their first word as a token has it (bare, or with و/ف): one look-up per token. */
  cueWords: Map<string, CueLists>;
  /** Normalised form → its class and the lemma (the first form of its row: مصادر → مصدر). */
  sources: Map<string, SourceEntry>;
  grammar: Map<string, GrammarClasses>;
  anonymity: AnonPattern[];
  /** Normalised word → the anonymity patterns whose anchor slot it fills. */
  anonAnchor: Map<string, AnonPattern[]>;
  /** Background formulas (normalised words), under their first word as written: bare, with و, with ف. */
  background: Map<string, string[][]>;
  /** Normalised words that introduce a quoted name or title (صحيفة "…", titled "…"). */
  naming: Set<string>;
  /** Word lists by name (ar-words.tsv, en-words.tsv). */
  ar: ArabicWordLists;
  en: EnglishWordLists;
  /**
   * Hash of a normalised word (as the tokenizer computes it) → HIT_* and G_* flags.
   * Words with no flag are never looked up again.
   */
  hits: HitTable;
  /** Every data row with its example, for tests that prove each entry works. */
  rows: LoadedRow[];
}

/** The lexicon, loaded on first use. */
export const lexicon = lazy(loadLexicon);

function loadLexicon(): Lexicon {
  const rows: LoadedRow[] = [];
  const ar = loadArabicWordLists(rows);
  const cues = loadCues(rows, ar.objectSuffixes);
  const sources = loadSources(rows);
  const en = loadEnglishWordLists(rows);
  const grammar = loadGrammar(rows, ar.complementiserPronouns);
  const anonymity = loadAnonymityPatterns(rows);
  const anonAnchor = anchorsOf(anonymity);
  const background = loadBackground(rows);
  const naming = loadNaming(rows);
  const hits = buildHits(cues, anonAnchor.keys(), grammar, ar.commonCueFirst);
  return { cueWords: cuesByTokenWord(cues), sources, grammar, anonymity, anonAnchor, background, naming, ar, en, hits, rows };
}
