// "وقال فلان:" closing the paragraph: the words are the next paragraph (a quotation opening it, or a
// plain paragraph). The statement waits for it (pending); pipeline/document.ts gives it its content.
import { Fr } from "../../lexicon";
import { cueAt } from "../../lexicon/lookup";
import { isPunct, isWord } from "../../text/paragraph";
import { NUM } from "../../text/token";
import type { ArReading, Verdict } from "../reading";

/** How many tokens (words, a number, brackets: كتبت فلانة (38 عاما) من المدينة:) may stand between the cue or its source and the colon. */
const BEFORE_COLON = 12;

export function colonEnding(r: ArReading): Verdict {
  if (r.opening || !r.entry.frames.has(Fr.colon)) return undefined;
  const { p, toks } = r;
  const last = toks.length - 1;
  if (!isPunct(toks[last], ":") || last - r.after > BEFORE_COLON) return undefined;
  for (let k = r.after; k < last; k++) {
    const t = toks[k];
    const other = t.kind === NUM || isPunct(t, "()");
    if (isWord(t) ? k > r.m.from && cueAt(p, k) !== null : !other) return undefined;
  }
  // (كتبت فلانة (فضلت عدم ذكر كنيتها) من المدينة: the source ends before a bracket.)
  let b = r.sourceTo;
  for (let k = r.sourceFrom + 1; k >= 1 && k < b; k++) if (isPunct(toks[k], "(")) b = k;
  const st = r.statement(r.sourceFrom, b, { tok: last + 1, start: toks[last].e }, r.sourceFrom < 0 ? "previous" : null);
  st.contentEnd = toks[last].e;
  st.contentFixed = true;
  st.pending = true;
  return st;
}
