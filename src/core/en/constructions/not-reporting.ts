// Not reported speech: "asked to leave", "told to", "said to be", "argued against the plan", "is said" (a passive), and a
// cue word used as a noun ("the report", "a claim").
import { Fr } from "../../lexicon";
import { isWord } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";
import { verbalUse } from "../subject";
import { en } from "../words";
import { inList } from "../../lexicon/lookup";

export function notReporting(r: EnReading): Verdict {
  const { m, toks } = r;
  const after = toks[m.to];
  if (isWord(after) && inList(after, en().notReportingAfter) && !r.entry.frames.has(Fr.obj)) return null;
  // "argued vociferously against the plan", "testify against him": a cause, not words.
  if (en().causeVerbs.has(m.entry.lemma)) {
    let k = m.to;
    while (isWord(toks[k]) && !toks[k].cap && toks[k].norm.length > 4 && toks[k].norm.endsWith("ly")) k++;
    if (isWord(toks[k]) && inList(toks[k], en().causePreps)) return null;
  }
  if (isWord(toks[m.from - 1]) && inList(toks[m.from - 1], en().nounBeforeCue)) return null;
  if (!toks[m.from].norm.endsWith("ing") && !verbalUse(r.p, m)) return null;
  return undefined;
}
