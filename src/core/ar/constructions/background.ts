// The journalist's own background formulas (background.tsv): يذكر أن …، ومن المعروف أن …
// open an aside, not anybody's statement.
import { lexicon } from "../../lexicon";
import { isWord, sentenceStartTok } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";

export function backgroundFormula(r: ArReading): Verdict {
  const { p, m, toks } = r;
  const cue0 = toks[m.from];
  // الجدير ذكره أن …: a formula whose last word is the cue.
  if (isWord(toks[m.from - 1])) for (const bg of lexicon().background.get(toks[m.from - 1].norm) ?? []) if (bg.length === 2 && bg[1] === cue0.norm) return null;
  // Indexed by the first word as written (bare, or with و/ف).
  for (const bg of lexicon().background.get(cue0.norm) ?? []) {
    let ok = true;
    for (let i = 1; i < bg.length && ok; i++) {
      const t = toks[m.from + i];
      ok = isWord(t) && t.norm === bg[i];
    }
    if (ok && m.from === sentenceStartTok(p, m.from)) return null;
    if (ok && bg.length === 2 && bg[0] === cue0.norm.replace(/^[وف]/, "")) return null;
  }
  return undefined;
}
