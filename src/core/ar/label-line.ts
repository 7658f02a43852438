// «ناشطون: "القصف لم يتوقف"»، «مفوضة أممية حول القضية: لا تراجع عن "المحاسبة"»: a headline made of a
// source's label, a colon and words that hold a quotation is that source's statement, with no cue
// (ANNOTATION: a headline counts with an attributed quotation and a written source; a bare label and
// a colon with no quotation marks, «الوزير: لا ضرائب جديدة», does not).
import { lexicon } from "../lexicon";
import { inList, sourceClass } from "../lexicon/lookup";
import { FoundStatement } from "../statements/found";
import { isOpen, isPunct, isWord, sentOf, type Para } from "../text/paragraph";
import { linkEnd } from "./link-line";
import { arSourceNP } from "./source-phrase";
import { afterHeadlineBreak } from "./subject";

/** Words of the label before its colon, and of the words after it: a headline is short. */
const LABEL_WORDS = 8;
const HEADLINE_TOKENS = 40;

/**
 * The label statement of paragraph p, null when it has none: the label opens the paragraph's last
 * sentence, which is its first or follows a headline break (حصري.. مصادر: "…"); its first word is a
 * source noun (a person's title, an unnamed source, a body, a group or a country) and its source
 * phrase reaches the colon, or a topic after حول/عن/بشأن does; the words after the colon hold a
 * quotation no statement took. A place is no label's speaker (مصر: إحالة فلان إلى "التحقيق" is news
 * from Egypt), nor is a data noun. `cues`: the paragraph has statements of its own (then none).
 */
export function labelStatement(p: Para, cues: boolean): FoundStatement | null {
  const toks = p.toks;
  if (cues || p.lang !== "ar" || linkEnd(toks) >= 0 || toks.length > HEADLINE_TOKENS) return null;
  const sent = p.sentStart.length - 1;
  const a = p.sentStart[sent];
  if (a > 0 && !afterHeadlineBreak(p, a)) return null;
  let colon = a;
  while (colon < toks.length && colon - a <= LABEL_WORDS && isWord(toks[colon])) colon++;
  if (colon === a || !isPunct(toks[colon], ":") || p.depth[colon] > 0 || !(isWord(toks[colon + 1]) || isOpen(toks[colon + 1]))) return null;
  const c = sourceClass(toks[a])?.cls;
  if (!c || c === "data" || c === "descriptor" || c === "informed" || c === "part" || c === "place") return null;
  const b = arSourceNP(p, a, colon);
  if (b <= a || (b < colon && !(isWord(toks[b]) && inList(toks[b], lexicon().ar.freePrepositions)))) return null;
  // (مفوضة أممية: "a UN commissioner", a title with no article anywhere, is most often the person the
  // story names further on, and no speaker is read forward from a headline yet: none.)
  if (c === "title" && !definiteWord(p, a, b)) return null;
  if (!p.quotes.some((q) => q.open > colon && q.close > q.open && q.used < 0 && q.depth === 0)) return null;
  const st = new FoundStatement(colon, colon + 1, a, b, toks[colon + 1].s, colon + 1, a, toks.length - 1, sentOf(p, colon), null, "ar");
  st.cueless = true;
  return st;
}

/** Some word of tokens [a, b) has the article (وزير المالية، الرئيس سامي حداد). */
function definiteWord(p: Para, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (p.toks[k].norm.startsWith("ال")) return true;
  return false;
}

