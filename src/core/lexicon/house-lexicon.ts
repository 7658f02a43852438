// A house file's text → the lexicon an analysis uses with it (see house.ts for the file,
// index.ts for how the lexicon is built and perf/lexicon-scope.ts for how it is used).
import type { HouseLexicon } from "../types";
import { readHouseFile, type HouseProblem } from "./house";
import { buildLexicon } from "./index";

export interface HouseLexiconRead {
  /** Null when the file adds nothing (empty, or unusable as a whole): analyse with the built-ins. */
  lexicon: HouseLexicon | null;
  /** What is wrong in the file, each with its place; the rest of the file applies. */
  problems: HouseProblem[];
  /** Entries taken from the file. */
  entries: number;
}

/** Reads a `.isnad.json` and builds its lexicon. Dear (the whole lexicon is built): once per version of the file. */
export function houseLexicon(text: string): HouseLexiconRead {
  const { entries, problems } = readHouseFile(text);
  return { lexicon: entries.count ? buildLexicon(entries) : null, problems, entries: entries.count };
}
