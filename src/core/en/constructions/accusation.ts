// "accused the government of hiding the figures", "blamed the board for the closures": the
// accusation starts at the accused.
import { isPunct, isWord } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";

/** The verbs of an accusation and the prepositions that say what the accused did. */
export const CHARGE_PREPS: ReadonlyMap<string, readonly string[]> = new Map([
  ["accuse", ["of"]],
  ["blame", ["for"]],
]);

export function accusation(r: EnReading): Verdict {
  const { m, toks, sentEnd } = r;
  const preps = CHARGE_PREPS.get(r.entry.lemma);
  if (!preps || !isWord(toks[m.to]) || isPunct(toks[m.to], ",")) return undefined;
  for (let j = m.to + 1; j < sentEnd && j < m.to + 8; j++) {
    if (isWord(toks[j]) && preps.includes(toks[j].norm)) return r.statement(r.source, { tok: m.to, start: toks[m.to].s });
    if (!isWord(toks[j]) && !isPunct(toks[j], "'’-.")) break;
  }
  return undefined;
}
