// Two reporting words, one statement: أضاف موضحاً أن …، فكتب يقول: «…» — the participle or the
// present verb nearest the words is its cue, so the verb before it reports nothing of its own.
import { cueAt, grammarOf, type CueMatch } from "../../lexicon/lookup";
import { isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { wordsFollow } from "./verb-first";

/** How many words the subject between a past verb and its present verb of saying may have (وكتب الوزير يقول …). */
const SUBJECT_WORDS = 4;

export function participleAfterVerb(r: ArReading): Verdict {
  const next = cueAt(r.p, r.cueEnd);
  if (next) {
    // (A present verb only right after a past one, with no clitic: كتب يقول، غردت تقول.)
    return next.entry.form === "participle" || presentSaying(r, next) ? null : undefined;
  }
  // وكتب الوزير يقول في بيان إن …: the subject between; the present verb reports, its subject before it.
  if (r.entry.form !== "verb") return undefined;
  for (let k = r.cueEnd + 1; k < r.sentEnd && k - r.cueEnd <= SUBJECT_WORDS; k++) {
    // (Only the subject's words between, no grammar word: not أكد الوزير أن الحكومة تقول …, a verb inside the
    // words, nor قال مسؤول لصحيفة الشمال التي يكتب فيها …, a relative's.)
    if (!isWord(r.toks[k - 1]) || grammarOf(r.toks[k - 1])) return undefined;
    const c = isWord(r.toks[k]) ? cueAt(r.p, k) : null;
    if (c) return presentSaying(r, c) ? null : undefined;
  }
  return undefined;
}

/** The cue c is a present verb of saying, no clitic, after the past verb of r, with the words after it. */
function presentSaying(r: ArReading, c: CueMatch): boolean {
  return c.entry.form === "present" && !c.clitic && r.entry.form === "verb" && wordsFollow(r.p, c.from, c.to);
}
