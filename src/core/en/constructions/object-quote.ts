// A verb, its object (a few words) and a quotation the subject's words are partly given by:
//   frame as:     The coach described the ruling as "not unexpected".
//   frame to:     Schiff called on the administration to "really call out Russia".
// The quoted words are the subject's, a partial quotation whose content runs from "as" or "to" to
// the closing mark. Without such a quotation the verb reports nothing ("described the scene",
// "urged calm"). (A naming, "called the governor "the most extreme pick"", is no statement: the gold
// sets do not count one; rules/unattributed-quote.ts knows its quotation has a speaker.)
import { Fr } from "../../lexicon";
import { isPunct, isWord, sentenceStartTok, type Para } from "../../text/paragraph";
import { OPENS, QUOTE } from "../../text/token";
import type { EnReading, Verdict } from "../reading";
import { enSubjectBefore, verbalUse } from "../subject";
import { hangOnClause, mainSubjectAt } from "./participle";
import { inList } from "../../lexicon/lookup";
import { en } from "../words";

/** How many words the object between the verb and the quotation may have. */
const OBJECT_WORDS = 10;

export function objectQuote(r: EnReading): Verdict {
  const frames = r.entry.frames;
  const as = frames.has(Fr.as);
  const to = frames.has(Fr.to);
  if (!as && !to) return undefined;
  const { p, m, toks, sentEnd } = r;
  // (urge: "urged that …" and '"…," she urged' are read by the other constructions.)
  const none = frames.has(Fr.that) || frames.has(Fr.quote) ? undefined : null;
  if (!verbalUse(p, m)) return none;
  for (let k = m.to; k < sentEnd && k <= m.to + OBJECT_WORDS; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    // (began calling groups and making an effort to "…": the object is one phrase.)
    if (to && !as && (t.norm === "and" || t.norm === "or")) return none;
    if ((as && t.norm === "as") || (to && t.norm === "to")) {
      // (described himself as a "fiscal hawk": an article may stand before the quotation.)
      const open = as && inList(toks[k + 1], en().articles) ? k + 2 : k + 1;
      return quotationAt(p, open) ? partial(r, k, open) : none;
    }
  }
  return none;
}

/** The subject after the comma that follows the closing mark at token `close` (the comma inside or outside it). */
function frontedSubject(p: Para, close: number, sentEnd: number): [number, number] | null {
  const toks = p.toks;
  const comma = isPunct(toks[close + 1], ",") ? close + 1 : isPunct(toks[close - 1], ",") ? close : -1;
  return comma < 0 ? null : mainSubjectAt(p, comma + 1, sentEnd);
}

/** A quotation with its closing mark opens at token k. */
function quotationAt(p: Para, k: number): boolean {
  const q = p.toks[k];
  return !!q && q.kind === QUOTE && q.quoteRole === OPENS && q.quote >= 0 && p.quotes[q.quote].close >= 0;
}

/**
 * The subject's partial quotation: content from token `from`, the quotation opening at token `open`.
 * After a comma, "-ing" hangs on the clause before (The mayor spoke on Friday, calling the strike "…"):
 * that clause's subject speaks, as for "…, saying …".
 */
function partial(r: EnReading, from: number, open: number): Verdict {
  const { p, m, toks } = r;
  const q = toks[open].quote;
  const close = p.quotes[q].close;
  const ing = toks[m.from].norm.endsWith("ing");
  const hanging = ing && isPunct(toks[m.from - 1], ",");
  // 'Describing the deal as "a first step," the mayor said …': fronted, the main clause's subject speaks.
  const fronted = ing && m.from === sentenceStartTok(p, m.from) ? frontedSubject(p, close, r.sentEnd) : null;
  // ("a report which described the plan as "…"": the relative pronoun is the source, its noun resolved later.)
  const relative: [number, number] | null = inList(toks[m.from - 1], en().relativeSubjects) ? [m.from - 1, m.from] : null;
  const st = r.statement(hanging ? null : (fronted ?? relative ?? enSubjectBefore(p, m.from)), { tok: from, start: toks[from].s });
  if (hanging) hangOnClause(st, p, m.from);
  st.contentEnd = toks[close].e;
  st.contentFixed = true;
  st.quoteIds.push(q);
  return st;
}
