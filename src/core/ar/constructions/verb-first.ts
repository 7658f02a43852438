// Verb-first: وقال [المتحدث باسم الوزارة، أحمد فلان]، إن … — the source follows the verb
// (after an addressee: وأكدت لـ«عكاظ» مصادر …).
import { Fr } from "../../lexicon";
import { cueAt } from "../../lexicon/lookup";
import { isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { arSourceNP, skipAddressee } from "../source-phrase";
import { indefiniteSubjectEnd } from "../subject";
import { arComp } from "../words";


export function verbFirst(r: ArReading): Verdict {
  const { p, toks, entry: e, cueEnd, sentEnd } = r;
  if (r.direct || r.sourceFrom >= 0) return undefined;
  const a = skipAddressee(p, cueEnd, sentEnd);
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
