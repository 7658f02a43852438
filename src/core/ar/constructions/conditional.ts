// A reporting verb in the condition of إذا or لو (ar-words conditionals) reports nothing: no one said it,
// the clause supposes it (إذا كان أحد يعتقد أن …، لو قال أحد إن …، وإذا قال الوزير إن … فإن …، لو أن
// المدرب قال …). Between the particle and the verb only a few words: كان and its sisters, قد, a subject.
// (Not فإذا بـ, "and suddenly": فإذا بالوزير يقول إن … reports; nor the concessive إذا كان … قد + a past
// verb, "whereas … has": وإذا كان الوزير قد أعلن أن الخطة نجحت، فإن … says he did.)
import { lexicon } from "../../lexicon";
import { cueAt, inList } from "../../lexicon/lookup";
import { isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { arComp } from "../words";

/** How many words may stand between the particle and the verb. */
const REACH = 4;

export function conditionalCue(r: ArReading): Verdict {
  const { m, toks } = r;
  if (r.entry.form !== "verb" && r.entry.form !== "present") return undefined;
  const ar = lexicon().ar;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 1 - REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return undefined;
    if (t.norm === "قد" && k === m.from - 1) return undefined;
    if (inList(t, ar.conditionals)) return isWord(toks[k + 1]) && toks[k + 1].norm.startsWith("ب") ? undefined : null;
    // (لو أن …: "if" with أن is still the condition; another complementiser or cue is a clause of its own.)
    if (arComp(t)) return t.norm === "ان" && isWord(toks[k - 1]) && inList(toks[k - 1], ar.conditionals) ? null : undefined;
    if (cueAt(r.p, k)) return undefined;
  }
  return undefined;
}
