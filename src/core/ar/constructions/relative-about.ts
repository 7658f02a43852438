// الأشخاص الذين تحدثت عنهم كندا «…»: a cue in a relative clause whose object is the antecedent
// (عن + its pronoun) says only that someone spoke about them; what follows belongs to the
// sentence's own statement, not to this verb.
import { Gr, lexicon } from "../../lexicon";
import { hasGrammar, inList } from "../../lexicon/lookup";
import { whoVerb } from "../source-phrase";
import { isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";

export function relativeAbout(r: ArReading): Verdict {
  const { m, toks } = r;
  const before = toks[m.from - 1];
  const after = toks[m.to];
  if (!isWord(before) || !isWord(after) || !hasGrammar(before, Gr.relative)) return undefined;
  return inList(after, lexicon().ar.aboutPronouns) ? null : undefined;
}

/**
 * وقال أول من تحدث إن …: a cue right after «من» (who) after أول/آخر is in the subject's relative
 * clause ("the first who spoke"); the verb before it reports (source-phrase whoVerb).
 */
export function whoClause(r: ArReading): Verdict {
  return !r.m.clitic && whoVerb(r.p, r.m.from) ? null : undefined;
}
