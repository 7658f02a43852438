// Verb-first: وقال [المتحدث باسم الوزارة، أحمد فلان]، إن … — the source follows the verb
// (after an addressee: وأكدت لـ«عكاظ» مصادر …).
import { Fr, lexicon } from "../../lexicon";
import { cueAt, sourceClass } from "../../lexicon/lookup";
import { COMMA, isPunct, isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { arSourceNP, skipAddressee } from "../source-phrase";
import { indefiniteSubjectEnd } from "../subject";
import { arComp } from "../words";


/**
 * وأعلنت من جهتها، وزيرة الخارجية …: a short prepositional adjunct closed by a comma before the
 * subject is passed over (only when a source noun follows the comma); k when none.
 */
function skipAdjunctPhrase(r: ArReading, k: number): number {
  const toks = r.toks;
  if (!isWord(toks[k]) || !lexicon().ar.freePrepositions.has(toks[k].norm)) return k;
  for (let j = k + 1; j < r.sentEnd && j - k <= 3; j++) {
    if (isPunct(toks[j], COMMA)) return isWord(toks[j + 1]) && sourceClass(toks[j + 1]) ? j + 1 : k;
    if (!isWord(toks[j])) return k;
  }
  return k;
}

export function verbFirst(r: ArReading): Verdict {
  const { p, toks, entry: e, cueEnd, sentEnd } = r;
  if (r.direct || r.sourceFrom >= 0) return undefined;
  const a = skipAdjunctPhrase(r, skipAddressee(p, cueEnd, sentEnd));
  const b = arSourceNP(p, a, sentEnd);
  if (b <= a) return undefined;
  r.sourceFrom = a;
  r.sourceTo = e.frames.has(Fr.bi) ? indefiniteSubjectEnd(p, a, b) : b;
  // وعلق الحداد على النتائج قائلاً: "…": the participle is the statement's cue, not this verb.
  let j = r.sourceTo;
  while (j < sentEnd && j - r.sourceTo <= 6 && isWord(toks[j]) && !cueAt(p, j)) j++;
  const part = j < sentEnd && isWord(toks[j]) ? cueAt(p, j) : null;
  if (part && part.entry.form === "participle" && !arComp(toks[r.sourceTo])) return null;
  return undefined;
}
