// Two small phrase files: the journalist's own background formulas (background.tsv)
// and the words that introduce a quoted name or title (naming.tsv).
import { normPhrase, normWord } from "../text/chars";
import background from "./background.tsv";
import naming from "./naming.tsv";
import { cellWords, readRows, type LoadedRow } from "./rows";

/** Background formulas (normalised words), under their first word as written: bare, with و, with ف. */
export function loadBackground(log: LoadedRow[]): Map<string, string[][]> {
  const bg = new Map<string, string[][]>();
  for (const r of readRows("background.tsv", background, log)) {
    const ws = normPhrase(r.cells[0]).split(" ");
    for (const first of [ws[0], "و" + ws[0], "ف" + ws[0]]) {
      const list = bg.get(first);
      if (list) list.push(ws);
      else bg.set(first, [ws]);
    }
  }
  return bg;
}

/** Normalised words that introduce a quoted name or title (صحيفة "…", titled "…"). */
export function loadNaming(log: LoadedRow[]): Set<string> {
  const words = new Set<string>();
  for (const r of readRows("naming.tsv", naming, log)) for (const w of cellWords(r.cells[0])) words.add(normWord(w));
  return words;
}
