// Relayed speech: نقلت الوكالة عن فلان قوله إن … / نقل عن فلان أن … — the relayed source
// (after عن) speaks, not the outlet that relays it.
import { Fr, Gr, framesOf } from "../../lexicon";
import { cueAt, hasGrammar } from "../../lexicon/lookup";
import { FoundStatement } from "../../statements/found";
import { COMMA, isPunct, isWord, sentenceEndTok, type Para } from "../../text/paragraph";
import { arOpening } from "../opening";
import type { ArReading, Verdict } from "../reading";
import { arSourceNP } from "../source-phrase";
import { arComp, isTimeOrMedium } from "../words";

/** What the relayed source's words open with (نقل عن فلان قوله إن / : / «…»). */
const RELAY_FRAMES = framesOf(["an", "colon", "quote"]);

export function relayed(r: ArReading): Verdict {
  if (!r.entry.frames.has(Fr.relay)) return undefined;
  const { p, toks } = r;
  const a1 = r.cueEnd;
  const end = sentenceEndTok(p, a1);
  const b1 = arSourceNP(p, a1, end);
  // نقل X عن Y (قوله) إن … (also after a day or an aside: نقلت الوكالة الأحد، عن …، نقلت الصحف، في وقت سابق، عن …)
  const an = b1 > a1 ? relayAn(p, b1, end) : -1;
  if (an >= 0) {
    const st = relayedFrom(r, an + 1);
    if (st) return st;
  }
  // ونقلت الوكالة الرسمية أن …: the outlet's own report (read as any verb's).
  if (b1 > a1 && arComp(toks[b1])) return undefined;
  // نقل عن Y: the outlet is not written.
  if (isWord(toks[a1]) && toks[a1].norm === "عن") return relayedFrom(r, a1 + 1);
  // ونقلت المصادر القول إن …: "reported the saying", the subject's own words (read as any verb's).
  return b1 > a1 && hasGrammar(toks[b1], Gr.verbnoun) ? undefined : null;
}

/**
 * The عن of نقل X عن Y at or after token b (the end of the outlet X): right there, after time words
 * (الأحد), a comma, or a short aside between commas (، في وقت سابق، عن …); -1 when none.
 */
function relayAn(p: Para, b: number, end: number): number {
  const toks = p.toks;
  let j = b;
  while (j < end && j - b < 3 && isTimeOrMedium(toks[j])) j++;
  if (isPunct(toks[j], COMMA) && !(isWord(toks[j + 1]) && toks[j + 1].norm === "عن")) {
    let k = j + 1;
    while (k < end && k - j <= 4 && isWord(toks[k]) && toks[k].norm !== "عن" && !cueAt(p, k)) k++;
    if (k > j + 1 && isPunct(toks[k], COMMA)) j = k;
  }
  if (isPunct(toks[j], COMMA)) j++;
  return isWord(toks[j]) && toks[j].norm === "عن" ? j : -1;
}

/** The statement of the source that starts at token a (after عن), its words opening after it (and قوله). */
function relayedFrom(r: ArReading, a: number): FoundStatement | null {
  const { p, toks } = r;
  const b = arSourceNP(p, a, sentenceEndTok(p, a - 1));
  if (b <= a) return null;
  let k = relativeAsideEnd(p, b);
  if (hasGrammar(toks[k], Gr.verbnoun)) k++;
  const o = arOpening(p, k, RELAY_FRAMES, 10);
  if (!o) return null;
  const st = r.statement(a, b, o, null);
  // (The outlet, the relayed source and a relative clause on it, عن فلان، الذي اختتم زيارته، قوله إن …,
  // are the relay's words: no other cue's source, and a verb among them is no cue of its own.)
  st.claimedTo = k;
  return st;
}

/**
 * عن فلان، الذي اختتم زيارته الخميس، قوله إن …: a relative clause on the relayed source, between
 * commas and closed by the verbal noun of its report, is passed over; b when there is none.
 */
function relativeAsideEnd(p: Para, b: number): number {
  const toks = p.toks;
  if (!isPunct(toks[b], COMMA) || !hasGrammar(toks[b + 1], Gr.relative)) return b;
  for (let k = b + 2; k < toks.length && k - b <= 12; k++) {
    if (!isWord(toks[k])) return isPunct(toks[k], COMMA) && hasGrammar(toks[k + 1], Gr.verbnoun) ? k + 1 : b;
  }
  return b;
}
