// Quote-first: «…»، قال الوزير. — a quotation closed just before the cue is its words, when
// nothing but the source (and adjuncts) follows the cue in the sentence.
import { isNameQuote } from "../../statements/name-quote";
import { CLAUSE_FRAMES } from "../../lexicon";
import type { ArReading, Verdict } from "../reading";
import { quoteJustBefore, relativeMaStart } from "../subject";
import { isWord } from "../../text/paragraph";
import { quoteWords } from "../words";

export function quoteFirst(r: ArReading): Verdict {
  if (r.opening) return undefined;
  // «…»، وأعربت عن قلقها من …: a verb that takes only a clause, with its object after it, says
  // something else; the quotation before it is another cue's.
  if (r.entry.frames.within(CLAUSE_FRAMES) && isWord(r.toks[r.after])) return undefined;
  // وأردف «…»، وأشار إلى دمج …: a verb joined by و with no subject written and words of its own
  // after it starts a new clause; the quotation before it is the previous verb's.
  if (r.m.clitic && r.sourceFrom < 0 && isWord(r.toks[r.after])) return undefined;
  // «…»، هذا ما قاله الوزير: the verb's pronoun is ما. (A verb carrying its object takes a
  // quotation before it only through ما: برعاية "روسية"، أكده المرصد.)
  const ma = relativeMaStart(r.p, r.m.from);
  const qi = r.entry.objPron ? (ma < r.m.from ? quoteJustBefore(r.p, ma) : -1) : quoteJustBefore(r.p, r.m.from);
  if (qi >= 0 && r.p.quotes[qi].used < 0 && !isNameQuote(r.p, r.p.quotes[qi]) && !nameInClause(r, qi)) return r.quoted([qi]);
  return undefined;
}

/**
 * وكان «المرصد السوري» أفاد …، مدير القسم في "إنتربول"، كشفت …، النظام «سريع» يعد …: a short
 * quotation inside its clause (a word right before its opening mark) names something; words
 * quoted before their cue open their clause.
 */
function nameInClause(r: ArReading, qi: number): boolean {
  const q = r.p.quotes[qi];
  const before = r.toks[q.open - 1];
  return isWord(before) && before.ar && quoteWords(r.p, r.toks[q.open]) <= 2;
}
