// The subject before the verb (Smith said; Smith, a spokesman, said; officials would not say),
// or after it when a quotation comes first ("…," said Smith, a spokesman for the ministry).
import { Fr } from "../../lexicon";
import { inList } from "../../lexicon/lookup";
import { isPunct, isWord } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";
import { en } from "../words";
import { commaList, enSubjectAfter, enSubjectBefore, plausibleSource, quoteBefore, sourceClosesSentence } from "../subject";

export function subject(r: EnReading): Verdict {
  const { p, m } = r;
  r.source = commaList(p, enSubjectBefore(p, m.from));
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
  if (!r.entry.frames.has(Fr.inv) || !isPunct(toks[m.from - 1], ",") || !toks[m.to]?.cap || nameThenVerb(r)) return false;
  const b = enSubjectAfter(p, m.to);
  return b > m.to + 1 && sourceClosesSentence(p, b, r.sentEnd) && plausibleSource(p, m.to, b);
}

/** Capitalised words a name after the verb may take before its own verb. */
const NAME_WORDS = 5;

/**
 * "Acme, a unit of Norvik Corp, said Robert Stearns has joined the board": a name after the verb
 * and then an auxiliary of its own (en-words finite) opens the reported clause; no inverted source.
 */
function nameThenVerb(r: EnReading): boolean {
  const { toks, m, sentEnd } = r;
  for (let k = m.to; k < sentEnd && k <= m.to + NAME_WORDS; k++) {
    const t = toks[k];
    if (isWord(t) && !t.cap) return k > m.to && inList(t, en().finite);
    if (!isWord(t) && !isPunct(t, ".")) return false;
  }
  return false;
}
