// The lexicon: the data files of this folder (*.tsv), loaded once into look-up
// tables. The files are the place to add a verb, a title, an anonymity phrase or a
// word to a list; the modules here only know their column layout and how Arabic
// words inflect. (How a token is looked up in them: lookup.ts.)
import type { HitTable } from "../perf/hit-table";
import { lazy } from "../perf/lazy";
import { activeLexicon, newLexiconId } from "../perf/lexicon-scope";
import { anchorsOf, loadAnonymityPatterns, type AnonPattern } from "./anonymity-patterns";
import { cuesByTokenWord, loadCues, type CueLists } from "./cues";
import type { GrammarClasses } from "./flags";
import { loadGrammar } from "./grammar";
import { buildHits } from "./hits";
import { loadBackground } from "./background";
import { loadGenderWords, type GenderWords } from "./gender";
import { loadNaming } from "./naming";
import type { HouseEntries } from "./house";
import { ignorePattern, loadFurniture } from "./ignore";
import type { ExtraRows, LoadedRow } from "./rows";
import { loadSources, type SourceEntry } from "./sources";
import { loadStates, type StateNames } from "./states";
import { loadArabicWordLists, loadEnglishWordLists, type ArabicWordLists, type EnglishWordLists } from "./word-lists";

export { CLAUSE_FRAMES, Flags, Fr, Gr, framesOf, type Frames, type GrammarClasses } from "./flags";
export type { AnonPattern } from "./anonymity-patterns";
export type { CueEntry, CueForm, CueLists } from "./cues";
export type { GenderWords, MarkedGender } from "./gender";
export type { SourceClass, SourceEntry } from "./sources";
export type { StateNames } from "./states";
export type { WordList } from "./word-lists";

export interface Lexicon {
  /** Tells this lexicon's per-word answers from another's (perf/lexicon-scope.ts). */
  readonly id: number;
  /** The house file's phrases to skip (blanked before the analysis), null for none. */
  ignore: RegExp | null;
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
  /** States and the names that speak for their governments (ar-states.tsv). */
  states: StateNames;
  /** Word lists by name (ar-words.tsv, en-words.tsv). */
  ar: ArabicWordLists;
  en: EnglishWordLists;
  /** Words and forms that mark a speaker's gender (gender.tsv, and derived from the verbs and titles). */
  gender: GenderWords;
  /**
   * Hash of a normalised word (as the tokenizer computes it) → HIT_* and G_* flags.
   * Words with no flag are never looked up again.
   */
  hits: HitTable;
  /** Every data row with its example, for tests that prove each entry works. */
  rows: LoadedRow[];
}

/** The built-in lexicon, loaded on first use and kept. */
export const builtInLexicon = lazy(() => loadLexicon({}, []));

/**
 * The lexicon in effect: the one analyze() was given (a house lexicon), else the built-in
 * one. Every look-up goes through here (see perf/lexicon-scope.ts for why it is not an argument).
 */
export function lexicon(): Lexicon {
  return (activeLexicon() as Lexicon | undefined) ?? builtInLexicon();
}

/**
 * The built-in data plus a house file's entries (lexicon/house.ts), built from scratch:
 * every table is made once, for this lexicon, and never changed. Call it once per version
 * of the house file and keep the result.
 */
export function buildLexicon(house: HouseEntries): Lexicon {
  return loadLexicon(house.rows, house.ignore);
}

function loadLexicon(extra: ExtraRows, houseIgnore: readonly string[]): Lexicon {
  const rows: LoadedRow[] = [];
  // Page furniture is blanked like a house file's ignore phrases.
  const ignore = ignorePattern([...loadFurniture(rows), ...houseIgnore]);
  const ar = loadArabicWordLists(rows);
  const cues = loadCues(rows, ar.objectSuffixes, extra);
  const sources = loadSources(rows, extra);
  const en = loadEnglishWordLists(rows);
  const grammar = loadGrammar(rows, ar.complementiserPronouns);
  const anonymity = loadAnonymityPatterns(rows, extra);
  const anonAnchor = anchorsOf(anonymity);
  const background = loadBackground(rows);
  const naming = loadNaming(rows);
  const states = loadStates(rows);
  // After the verbs and sources: the Arabic forms are derived from their rows.
  const gender = loadGenderWords(rows, ar.objectSuffixes);
  const hits = buildHits(cues, anonAnchor.keys(), grammar, ar.commonCueFirst);
  return { id: newLexiconId(), ignore, cueWords: cuesByTokenWord(cues), sources, grammar, anonymity, anonAnchor, background, naming, states, ar, en, gender, hits, rows };
}
