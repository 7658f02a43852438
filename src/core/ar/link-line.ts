// «اقرأ أيضاً: …»، «شاهد أيضاً»، «اقرأ المزيد»: a line that sends the reader to another story. The
// imperative looks like a reporting verb (اقرأ is spelled like أقرّا, "both admitted") and is never a
// cue. The linked headline after it (or, under a bare link line, the next paragraph) is read as a
// headline: a statement in it needs its own written source (ANNOTATION: related-link lines follow
// the rules of the text), never the last speaker of the story around it.
import { lexicon } from "../lexicon";
import { inList } from "../lexicon/lookup";
import type { FoundStatement } from "../statements/found";
import { isPunct, isWord, type Para } from "../text/paragraph";
import type { Tok } from "../text/token";

/**
 * Where the linked headline opens when the paragraph opens as a link: a word of ar-words
 * readerImperatives, maybe one of readerAlso, then a colon, a bar or a dash (or the paragraph's
 * end: toks.length, a bare link line). -1: no link line.
 */
export function linkEnd(toks: readonly Tok[]): number {
  const lex = lexicon().ar;
  if (!isWord(toks[0]) || !inList(toks[0], lex.readerImperatives)) return -1;
  let k = 1;
  if (isWord(toks[k]) && inList(toks[k], lex.readerAlso)) k++;
  if (k >= toks.length) return k;
  return isPunct(toks[k], ":|-–—") ? k + 1 : -1;
}

/** The cue candidates from the headline on. */
export function headlineCandidates(candidates: Int32Array, from: number): Int32Array {
  return from > 0 ? candidates.filter((k) => k >= from) : candidates;
}

/** A headline's statements keep only those with a written source; the quotations of the others are nobody's. */
export function keepWrittenSources(p: Para, found: FoundStatement[]): void {
  let n = 0;
  for (const r of found) {
    if (r.sourceFrom >= 0) found[n++] = r;
    else for (const qi of r.quoteIds) p.quotes[qi].used = -1;
  }
  found.length = n;
}

/** The headline is a sentence of its own: the link words before it are no subject of its verb. */
export function splitAtHeadline(sentStart: number[], sentEnd: number[], from: number): void {
  if (from <= 0 || sentEnd[0] <= from) return;
  sentStart.splice(1, 0, from);
  sentEnd.splice(0, 0, from);
}
