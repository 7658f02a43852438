// "accused the government of hiding the figures": the accusation starts at the accused.
import { isPunct, isWord } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";

export function accusation(r: EnReading): Verdict {
  const { m, toks, sentEnd } = r;
  if (r.entry.lemma !== "accuse" || !isWord(toks[m.to]) || isPunct(toks[m.to], ",")) return undefined;
  for (let j = m.to + 1; j < sentEnd && j < m.to + 8; j++) {
    if (isWord(toks[j]) && toks[j].norm === "of") return r.statement(r.source, { tok: m.to, start: toks[m.to].s });
    if (!isWord(toks[j]) && !isPunct(toks[j], "'’-.")) break;
  }
  return undefined;
}
