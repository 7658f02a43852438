// Relayed speech: نقلت الوكالة عن فلان قوله إن … / نقل عن فلان أن … — the relayed source
// (after عن) speaks, not the outlet that relays it.
import { Fr, Gr, framesOf } from "../../lexicon";
import { hasGrammar } from "../../lexicon/lookup";
import { FoundStatement } from "../../statements/found";
import { isWord, sentenceEndTok } from "../../text/paragraph";
import { arOpening } from "../opening";
import type { ArReading, Verdict } from "../reading";
import { arSourceNP } from "../source-phrase";

/** What the relayed source's words open with (نقل عن فلان قوله إن / : / «…»). */
const RELAY_FRAMES = framesOf(["an", "colon", "quote"]);

export function relayed(r: ArReading): Verdict {
  if (!r.entry.frames.has(Fr.relay)) return undefined;
  const { p, toks } = r;
  const a1 = r.cueEnd;
  const b1 = arSourceNP(p, a1, sentenceEndTok(p, a1));
  // نقل X عن Y (قوله) إن …
  if (isWord(toks[b1]) && toks[b1].norm === "عن") {
    const st = relayedFrom(r, b1 + 1);
    if (st) return st;
  }
  // نقل عن Y: the outlet is not written.
  if (isWord(toks[a1]) && toks[a1].norm === "عن") return relayedFrom(r, a1 + 1);
  // ونقلت المصادر القول إن …: "reported the saying", the subject's own words (read as any verb's).
  return b1 > a1 && hasGrammar(toks[b1], Gr.verbnoun) ? undefined : null;
}

/** The statement of the source that starts at token a (after عن), its words opening after it (and قوله). */
function relayedFrom(r: ArReading, a: number): FoundStatement | null {
  const { p, toks } = r;
  const b = arSourceNP(p, a, sentenceEndTok(p, a - 1));
  if (b <= a) return null;
  let k = b;
  if (hasGrammar(toks[k], Gr.verbnoun)) k++;
  const o = arOpening(p, k, RELAY_FRAMES, 10);
  return o ? r.statement(a, b, o, null) : null;
}
