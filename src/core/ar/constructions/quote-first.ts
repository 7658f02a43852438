// Quote-first: «…»، قال الوزير. — a quotation closed just before the cue is its words, when
// nothing but the source (and adjuncts) follows the cue in the sentence.
import { isNameQuote } from "../../statements/name-quote";
import type { ArReading, Verdict } from "../reading";
import { quoteJustBefore } from "../subject";

export function quoteFirst(r: ArReading): Verdict {
  if (r.opening) return undefined;
  const qi = quoteJustBefore(r.p, r.m.from);
  if (qi >= 0 && r.p.quotes[qi].used < 0 && !isNameQuote(r.p, r.p.quotes[qi])) return r.quoted([qi]);
  return undefined;
}
