// "the owners, who have been accused by unions of paying themselves too much", "was blamed by critics
// for the delays": a passive accusation with its agent after "by" — the agent accuses (the source,
// after the cue), and the words open after the preposition of the charge.
import { isPunct, isWord } from "../../text/paragraph";
import { inList } from "../../lexicon/lookup";
import type { EnReading, Verdict } from "../reading";
import { lyWord, plausibleSource } from "../subject";
import { en } from "../words";
import { CHARGE_PREPS } from "./accusation";

/** Tokens the agent between "by" and the charge's preposition may take (unions, the party's own leaders). */
const AGENT = 7;

export function passiveAccusation(r: EnReading): Verdict {
  const { m, toks, sentEnd } = r;
  const preps = CHARGE_PREPS.get(r.entry.lemma);
  if (!preps || !isWord(toks[m.to]) || toks[m.to].norm !== "by") return undefined;
  // (A be-form before it, past adverbs: "were openly accused by", "have been accused by".)
  let b = m.from - 1;
  while (lyWord(toks[b])) b--;
  if (!isWord(toks[b]) || !inList(toks[b], en().be)) return undefined;
  for (let j = m.to + 2; j < sentEnd && j <= m.to + AGENT; j++) {
    const t = toks[j];
    if (isWord(t) && preps.includes(t.norm)) {
      const src: [number, number] = [m.to + 1, j];
      return j + 1 < sentEnd && isWord(toks[j + 1]) && plausibleSource(r.p, src[0], src[1]) ? r.statement(src, { tok: j + 1, start: toks[j + 1].s }) : undefined;
    }
    if (!isWord(t) && !isPunct(t, "'’-.")) break;
  }
  return undefined;
}
