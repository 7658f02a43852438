// Speech not (yet) given: what someone will say ("She will testify that …", "He'll argue that …") and
// what someone refused to say with the negation before the subject ("nor would the spokesman say
// whether …", "Neither Ruiz nor Hale would say how …"). No statement — unless the words themselves
// are quoted ('"We are ready," the general will say': remarks released in advance) or set off with
// their source (", according to excerpts released by the ministry, that …", see preposition.ts).
import { isOpen, isPunct, isWord } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";
import { en } from "../words";
import { cueAt, inList } from "../../lexicon/lookup";
import { Fr } from "../../lexicon";

/** Words an addressee after the verb may take. */
const ADDRESSEE = 5;

export function unsaid(r: EnReading): Verdict {
  const { toks, m } = r;
  if (r.source && refusedBefore(r, r.source)) return null;
  let b = m.from - 1;
  while (isWord(toks[b]) && !toks[b].cap && (inList(toks[b], en().futureAdverbs) || (toks[b].norm.length > 4 && toks[b].norm.endsWith("ly")))) b--;
  if (!isWord(toks[b]) || !inList(toks[b], en().futureAux)) return undefined;
  if (r.quoteBefore >= 0) return undefined;
  // (Past an addressee: will tell the committee, according to prepared remarks, that …; will tell them: "…")
  let j = m.to;
  while (isWord(toks[j]) && j < m.to + ADDRESSEE && r.entry.frames.has(Fr.obj)) j++;
  while (isPunct(toks[j], ",:")) j++;
  if (isOpen(toks[j]) || (j > m.to && cueAt(r.p, j)?.entry.form === "prep")) return undefined;
  return null;
}

/** "nor would the spokesman say", "Neither Ruiz nor Hale would say": the subject [a, b) negated before it. */
function refusedBefore(r: EnReading, src: [number, number]): boolean {
  const toks = r.toks;
  const first = toks[src[0]];
  if (isWord(first) && first.norm === "neither") return true;
  // (The inverted auxiliary is the subject's first word or the word before it.)
  let k = src[0] - 1;
  if (!(isWord(first) && inList(first, en().finite)) && isWord(toks[k]) && inList(toks[k], en().finite)) k--;
  return isWord(toks[k]) && inList(toks[k], en().norWords);
}
