// Two reporting words, one statement: أضاف موضحاً أن … — the participle nearest the words
// is its cue, so the verb before it reports nothing of its own.
import { cueAt } from "../../lexicon/lookup";
import type { ArReading, Verdict } from "../reading";

export function participleAfterVerb(r: ArReading): Verdict {
  const next = cueAt(r.p, r.cueEnd);
  return next && next.entry.form === "participle" ? null : undefined;
}
