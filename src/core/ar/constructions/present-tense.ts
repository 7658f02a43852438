// A present-tense verb inside a clause (يستفسر منه عن …) describes the act of that clause's
// subject: the subject of the clause's main verb speaks, or the same speaker goes on.
import { isOpen, isPunct, isWord, sentenceStartTok, type Para } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { clauseStartTok, clauseSubject, prepositionOpening, relativeMaStart } from "../subject";
import { arComp } from "../words";
import { Gr } from "../../lexicon";
import { hasGrammar } from "../../lexicon/lookup";


export function presentTense(r: ArReading): Verdict {
  const { p, m } = r;
  // (So does a verb after ما: وانتقد رئيس الحزب ما وصفه بـ"…"، أسقطت القوات ما قالت إنها طائرة.)
  const maVerb = relativeMaStart(p, m.from) < m.from;
  if (r.sourceFrom >= 0 || m.clitic || (r.entry.form !== "present" && !maVerb) || m.from <= sentenceStartTok(p, m.from) + 1) return undefined;
  // (لافتاً أن كل المسؤولين في الغرب يتحدثون عن النهضة: after إن/أن and a subject of its own, a verb with
  // only a noun after it is inside the reported clause — its subject no speaker of the clause before.)
  // (Not a verb carrying its object, a relative's: أجانب تتهمهم بالتورط، الذي يعتبره مسيئاً.)
  if (!maVerb && !r.entry.objPron && inReportedClause(p, m.from) && !ownWords(r)) return null;
  const subj = adverbialBefore(p, m.from) ? null : clauseSubject(p, m.from);
  if (!subj) {
    r.carry = "clause-subject";
    return undefined;
  }
  const st = r.statement(subj[0], subj[1], r.opening!, null);
  st.firstTok = m.from;
  return st;
}

/**
 * وعن أيام الدراسة تضيف: …، …أن تختار دراسة الحقوق وعن هذا تقول: a run of a few words after و and a preposition
 * just before the verb (token k) is an adverbial, as before a past verb; no subject is written.
 */
function adverbialBefore(p: Para, k: number): boolean {
  const s = clauseStartTok(p, k);
  for (let j = k - 1; j >= s && j >= k - ADVERBIAL_WORDS && isWord(p.toks[j]); j--) if (prepositionOpening(p, j)) return true;
  return false;
}

/** How many words an adverbial before a present verb may have (وعن تجربتها في السويد تقول). */
const ADVERBIAL_WORDS = 5;

/** A complementiser (إن، أن، بأن، أنه) stands in the verb's clause before it, a word or more before it (token k). */
function inReportedClause(p: Para, k: number): boolean {
  // (Not a relative's verb, الأنباء التي تتحدث عن خلافات: the relative-antecedent's statement.)
  if (hasGrammar(p.toks[k - 1], Gr.relative)) return false;
  for (let j = k - 2; j >= clauseStartTok(p, k); j--) if (isWord(p.toks[j]) && arComp(p.toks[j])) return true;
  return false;
}

/** The verb's words open with a clause of their own: after إن/أن, a colon or a quotation (not a noun object). */
function ownWords(r: ArReading): boolean {
  const o = r.opening;
  if (!o) return false;
  const t = r.toks[o.tok];
  const before = r.toks[o.tok - 1];
  return arComp(t) === 2 || !!arComp(before) || isPunct(before, ":") || isOpen(t);
}
