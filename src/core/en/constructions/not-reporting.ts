// Not reported speech: "asked to leave", "told to", "said to be", "argued against the plan", "would not
// say", "is said" (a passive), and a
// cue word used as a noun ("the report", "a claim").
import { Fr } from "../../lexicon";
import { isPunct, isWord } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";
import { verbalUse } from "../subject";
import { en } from "../words";
import { inList } from "../../lexicon/lookup";

export function notReporting(r: EnReading): Verdict {
  const { m, toks } = r;
  // "could not say whether …", "will not say which", "doesn't tell": speech refused or denied, no words.
  let b = m.from - 1;
  while (isWord(toks[b]) && !toks[b].cap && toks[b].norm.length > 4 && toks[b].norm.endsWith("ly")) b--;
  if (isWord(toks[b]) && inList(toks[b], en().negations)) return null;
  const after = toks[m.to];
  // ("tweet_id=", "tweet-author=": a cue word glued by a hyphen or an underscore to the word after it is part of a compound, markup's.)
  if (isPunct(after, "_-") && after.s === toks[m.to - 1].e && isWord(toks[m.to + 1]) && toks[m.to + 1].s === after.e) return null;
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
