// "Karen Mills, the budget director, said in a statement on Wednesday:" closing the paragraph: the
// words are the next paragraph (a quotation opening it, or a plain paragraph: "Limbaugh added:").
// The statement waits for it (pending); pipeline/document.ts gives it its content.
import { Fr } from "../../lexicon";
import { cueAt } from "../../lexicon/lookup";
import { isPunct, isWord } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";

export function colonEnding(r: EnReading): Verdict {
  if (!r.entry.frames.has(Fr.colon)) return undefined;
  const { p, m, toks, sentEnd } = r;
  let j = m.to;
  while (j < sentEnd && j < m.to + 8 && isWord(toks[j]) && !cueAt(p, j)) j++;
  if (!isPunct(toks[j], ":") || j !== toks.length - 1) return undefined;
  const st = r.statement(r.source, { tok: j + 1, start: toks[j].e });
  st.contentEnd = toks[j].e;
  st.contentFixed = true;
  st.pending = true;
  return st;
}
