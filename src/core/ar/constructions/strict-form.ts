// وبين المصدر، أن …: a verb whose three-letter past form is also a common word (frame strict:
// بين "between") counts in that form only with its clause right after the subject; بينت، يبين
// are verbs whatever follows.
import { Fr } from "../../lexicon";
import { COMMA, isPunct } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { arComp } from "../words";

export function strictForm(r: ArReading): Verdict {
  if (!r.entry.frames.has(Fr.strict) || r.toks[r.m.from].norm.length - (r.m.clitic ? 1 : 0) !== 3) return undefined;
  let j = r.after;
  if (isPunct(r.toks[j], COMMA)) j++;
  return arComp(r.toks[j]) || isPunct(r.toks[j], ":") ? undefined : null;
}
