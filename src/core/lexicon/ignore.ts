// A house file's `ignore` phrases: stretches of text the analysis skips as if they were
// blank (a byline, a standard credit line), and the built-in page furniture (furniture.tsv:
// a share bar pasted with the article). The phrases are literal words; they are escaped
// into one pattern here, matched whole-word and regardless of Latin case.
import furniture from "./furniture.tsv";
import { readRows, type LoadedRow } from "./rows";
import { blankOut } from "../text/chars";

const SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;

/** One pattern for all the phrases (longest first, so the longest match wins); null for none. */
export function ignorePattern(phrases: readonly string[]): RegExp | null {
  if (!phrases.length) return null;
  const alts = [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => p.replace(SPECIAL, "\\$&").replace(/ /g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "giu");
}

/** `text` with every match of `pattern` blanked (line breaks kept); the same text when none. */
export function blankIgnored(text: string, pattern: RegExp | null): string {
  if (!pattern) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, blankOut);
}

/** The built-in page furniture phrases (furniture.tsv). */
export function loadFurniture(log: LoadedRow[]): string[] {
  return readRows("furniture.tsv", furniture, log).map((r) => r.cells[0]);
}
