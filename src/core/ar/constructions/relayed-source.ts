// وذكر التلفزيون، نقلاً عن مصدر أمني، أن …: relayed speech is the relayed source's statement;
// the outlet and the relay belong to the cue.
import { Gr } from "../../lexicon";
import { cueAt, hasGrammar } from "../../lexicon/lookup";
import { COMMA, isPunct, isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { arSourceNP } from "../source-phrase";

/** The preposition that relays another source's words (نقلاً عن), as the lexicon normalises it. */
const RELAY_PREP = "نقلا عن";

export function relayedSource(r: ArReading): Verdict {
  if (r.sourceTo <= r.cueEnd) return undefined;
  const { p, toks } = r;
  let j = r.sourceTo;
  if (isPunct(toks[j], COMMA)) j++;
  // وأفادت الصحيفة الخميس نقلاً عن …: a time word or two between the outlet and the relay.
  for (let n = 0; n < 2 && isWord(toks[j]) && hasGrammar(toks[j], Gr.time); n++) j++;
  if (j > r.sourceTo && isPunct(toks[j], COMMA)) j++;
  const relay = cueAt(p, j);
  if (!relay || relay.entry.form !== "prep" || relay.entry.lemma !== RELAY_PREP) return undefined;
  const b = arSourceNP(p, relay.to, r.sentEnd);
  if (b > relay.to) {
    r.sourceFrom = relay.to;
    r.sourceTo = b;
    r.claimedTo = relay.to;
  }
  return undefined;
}
