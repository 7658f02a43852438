// Words that introduce a name or a title in quotation marks (naming.tsv), so the quoted
// words are not anybody's speech (صحيفة "…"، بعنوان "…"، titled "…").
import { normWord } from "../text/chars";
import naming from "./naming.tsv";
import { cellWords, readRows, type LoadedRow } from "./rows";

/** Normalised words that introduce a quoted name or title (صحيفة "…", titled "…"). */
export function loadNaming(log: LoadedRow[]): Set<string> {
  const words = new Set<string>();
  for (const r of readRows("naming.tsv", naming, log)) for (const w of cellWords(r.cells[0])) words.add(normWord(w));
  return words;
}
