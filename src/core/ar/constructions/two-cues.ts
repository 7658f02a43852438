// Two reporting words, one statement: أضاف موضحاً أن …، فكتب يقول: «…» — the participle or the
// present verb nearest the words is its cue, so the verb before it reports nothing of its own.
import { cueAt } from "../../lexicon/lookup";
import type { ArReading, Verdict } from "../reading";
import { wordsFollow } from "./verb-first";

export function participleAfterVerb(r: ArReading): Verdict {
  const next = cueAt(r.p, r.cueEnd);
  if (!next) return undefined;
  // (A present verb only right after a past one, with no clitic: كتب يقول، غردت تقول.)
  return next.entry.form === "participle" || (next.entry.form === "present" && !next.clitic && r.entry.form === "verb" && wordsFollow(r.p, next.from, next.to)) ? null : undefined;
}
