// An inverted cue after a clause with no quotation: "…, said a US-based insurance expert." (the
// clause before is the content) or "The ministers' remarks, said Ivo Petrov of Danube Securities,
// were "too timid"." (a cue inside its clause: the whole sentence is the content). Only verbs with
// the frame `inv` invert this way; not in a capitals headline.
import { Fr } from "../../lexicon";
import { inList, sourceClass } from "../../lexicon/lookup";
import { END, isPunct, isWord, sentenceStartTok } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";
import { enSubjectAfter, pastTimeAdjunct, plausibleSource } from "../subject";
import { allCaps, en } from "../words";

export function inverted(r: EnReading): Verdict {
  if (r.source) return undefined;
  const { p, m, toks, sentEnd } = r;
  const s = sentenceStartTok(p, m.from);
  if (!r.entry.frames.has(Fr.inv) || !isPunct(toks[m.from - 1], ",—–") || m.from - 1 <= s || allCaps(p, toks[m.from])) return undefined;
  // ("…, one of the lawyers, Tom Kell, said the …": a name between commas right before the cue is its
  // subject's apposition, not the end of a clause.)
  if (nameBetweenCommas(r, m.from - 1, s)) return undefined;
  const b = enSubjectAfter(p, m.to);
  if (b <= m.to || !plausibleSource(p, m.to, b)) return undefined;
  // "…, said it is company policy …" is a clause after the verb, and so is "…, agreed in outline
  // last December": an inverted subject opens with a capital, a determiner or a source noun.
  const f = toks[m.to];
  if (inList(f, en().pronouns) || !(f.cap || inList(f, en().determiners) || inList(f, en().invertedSubjectStarts) || sourceClass(f))) return undefined;
  for (let k = m.to; k < b; k++) if (isWord(toks[k]) && inList(toks[k], en().finite)) return undefined;
  let words = 0;
  for (let k = s; k < m.from - 1; k++) if (isWord(toks[k])) words++;
  // (A time adjunct after the source is passed over: "…, said a senior official on Monday.")
  // (and the words after it up to the sentence's end or a comma: "… on Monday in Paris.")
  let after = pastTimeAdjunct(p, b, sentEnd);
  if (after > b) while (after < sentEnd && !isPunct(toks[after], ",;:") && !isPunct(toks[after], END)) after++;
  const next = toks[after];
  // ("…, said a diplomat who declined to be named.": a relative clause on the source that runs to the
  // sentence's end closes it too.)
  const closes = after >= sentEnd || isPunct(next, END) || relativeToEnd(r, isPunct(next, ",") ? b + 1 : b);
  if (words < (closes ? 3 : 2)) return undefined;
  const st = r.statement([m.to, b], { tok: s, start: toks[s].s });
  st.firstTok = s;
  if (closes) {
    st.contentEnd = toks[m.from - 2].e;
    st.contentFixed = true;
    st.clauseBefore = true;
    return st;
  }
  // The clause goes on after the source: the whole sentence is the content.
  return isPunct(next, ",") ? st : undefined;
}

/** Whether two to four capitalised words stand between a comma and the comma at token c (", Tom Kell,"). */
function nameBetweenCommas(r: EnReading, c: number, s: number): boolean {
  let k = c - 1;
  while (k > s && isWord(r.toks[k]) && r.toks[k].cap) k--;
  return c - 1 - k >= 2 && c - 1 - k <= 4 && isPunct(r.toks[k], ",");
}

/** Whether a relative clause (who, whose) opens at token k and runs to the sentence's end with no comma. */
function relativeToEnd(r: EnReading, k: number): boolean {
  const t = r.toks[k];
  if (!isWord(t) || !inList(t, en().relativeSources)) return false;
  for (let j = k + 1; j < r.sentEnd; j++) if (isPunct(r.toks[j], ",;:") || isPunct(r.toks[j], END)) return isPunct(r.toks[j], END) && j + 1 >= r.sentEnd;
  return true;
}
