// The journalist's own background formulas (background.tsv): a reporting-looking phrase
// that introduces no source (يذكر أن …، ومن المعروف أن …).
import { normPhrase } from "../text/chars";
import background from "./background.tsv";
import { readRows, type LoadedRow } from "./rows";

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
