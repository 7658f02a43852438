// Quote-first: «…»، قال الوزير. — a quotation closed just before the cue is its words, when
// nothing but the source (and adjuncts) follows the cue in the sentence.
import { isNameQuote } from "../../statements/name-quote";
import type { ArReading, Verdict } from "../reading";
import { quoteJustBefore, relativeMaStart } from "../subject";

export function quoteFirst(r: ArReading): Verdict {
  if (r.opening) return undefined;
  // «…»، هذا ما قاله الوزير: the verb's pronoun is ما. (A verb carrying its object takes a
  // quotation before it only through ما: برعاية "روسية"، أكده المرصد.)
  const ma = relativeMaStart(r.p, r.m.from);
  const qi = r.entry.objPron ? (ma < r.m.from ? quoteJustBefore(r.p, ma) : -1) : quoteJustBefore(r.p, r.m.from);
  if (qi >= 0 && r.p.quotes[qi].used < 0 && !isNameQuote(r.p, r.p.quotes[qi])) return r.quoted([qi]);
  return undefined;
}
