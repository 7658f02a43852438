// «…»، قال الوزير، «…»: a quotation split by its cue (and source) is one statement. The cue
// interrupts the quotation: no و/ف on it, and the first part opens its sentence (in وهو
// "…"، وأضاف "…" the first quotation ends the previous statement).
import { isNameQuote } from "../../statements/name-quote";
import { COMMA, isOpen, isPunct, sentenceStartTok } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { quoteJustBefore } from "../subject";

export function splitQuote(r: ArReading): Verdict {
  const { p, m, toks, opening: o, after } = r;
  if (!o || m.clitic || !(o.tok === after || (o.tok === after + 1 && isPunct(toks[after], COMMA))) || !isOpen(toks[o.tok]) || toks[o.tok].quote < 0) return undefined;
  const qb = quoteJustBefore(p, m.from);
  if (qb >= 0 && p.quotes[qb].used < 0 && p.quotes[qb].open === sentenceStartTok(p, p.quotes[qb].open) && !isNameQuote(p, p.quotes[qb])) return r.quoted([qb, toks[o.tok].quote]);
  return undefined;
}
