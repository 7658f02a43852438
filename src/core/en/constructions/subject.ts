// The subject before the verb (Smith said; Smith, a spokesman, said; officials would not say),
// or after it when a quotation comes first ("…," said Smith, a spokesman for the ministry).
import { Fr } from "../../lexicon";
import { isPunct } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";
import { enSubjectAfter, enSubjectBefore, plausibleSource, quoteBefore, sourceClosesSentence } from "../subject";

export function subject(r: EnReading): Verdict {
  const { p, m } = r;
  r.source = enSubjectBefore(p, m.from);
  if (r.source && invertedToEnd(r)) r.source = null;
  r.quoteBefore = quoteBefore(p, r.source ? r.source[0] : m.from);
  if (!r.source && r.quoteBefore >= 0) {
    const b = enSubjectAfter(p, m.to);
    if (b > m.to) r.source = [m.to, b];
  }
  return undefined;
}

/**
 * "Ruiz lacks support in the council, whom he has alienated, said Tom Vale, director of the centre.":
 * after a comma, a capitalised source that runs from the cue to the sentence's end is the cue's
 * subject (inverted.ts), not its words; the noun phrase found before the comma is no subject.
 */
function invertedToEnd(r: EnReading): boolean {
  const { p, m, toks } = r;
  if (!r.entry.frames.has(Fr.inv) || !isPunct(toks[m.from - 1], ",") || !toks[m.to]?.cap) return false;
  const b = enSubjectAfter(p, m.to);
  return b > m.to + 1 && sourceClosesSentence(p, b, r.sentEnd) && plausibleSource(p, m.to, b);
}
