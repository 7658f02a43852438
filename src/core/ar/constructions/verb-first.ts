// Verb-first: وقال [المتحدث باسم الوزارة، أحمد فلان]، إن … — the source follows the verb
// (after an addressee: وأكدت لـ«عكاظ» مصادر …). Also decides two things the later
// constructions read: whether the words open right after the verb (وقال: "…"), and
// whether كان put the subject before it (وكانت الوزارة اتهمت X بـ …: what follows is the object).
import { Fr } from "../../lexicon";
import { cueAt } from "../../lexicon/lookup";
import { isNameQuote } from "../../statements/name-quote";
import { isOpen, isWord } from "../../text/paragraph";
import type { Opening } from "../../statements/found";
import { arOpening } from "../opening";
import type { ArReading, Verdict } from "../reading";
import { arSourceNP, skipAddressee } from "../source-phrase";
import { indefiniteSubjectEnd, kanaSubject } from "../subject";
import { arComp } from "../words";

export function verbFirst(r: ArReading): Verdict {
  const { p, m, toks, entry: e, cueEnd, sentEnd } = r;
  r.direct = directOpening(r);
  r.kanaSubject = m.clitic ? null : kanaSubject(p, m.from);
  if (r.direct) return undefined;
  if (r.kanaSubject) {
    [r.sourceFrom, r.sourceTo] = r.kanaSubject;
    return undefined;
  }
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

/**
 * The reported words opening right after the cue. Not a short quoted name followed by
 * the complementiser (وأوضحت "ذا تايمز" أن …), which is the source, nor a name of three
 * words or fewer with adjuncts between (وذكرت "سي إن إن" في تقرير لها أن …).
 */
function directOpening(r: ArReading): Opening | null {
  const { p, toks, cueEnd, entry: e } = r;
  const direct = arOpening(p, cueEnd, e.frames, 0);
  if (direct && direct.tok === cueEnd && isOpen(toks[cueEnd]) && toks[cueEnd].quote >= 0) {
    const q = p.quotes[toks[cueEnd].quote];
    if (q.close > cueEnd && q.close - cueEnd <= 5 && (arComp(toks[q.close + 1]) || (q.close - cueEnd <= 4 && isWord(toks[q.close + 1]) && !cueAt(p, q.close + 1) && isNameQuote(p, q) && arOpening(p, q.close + 1, e.frames, 6)))) return null;
  }
  return direct;
}
