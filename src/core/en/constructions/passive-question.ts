// "Ronald Reagan was once asked how the Cold War would end", "The mayor was asked whether …": a passive
// question — its subject is who was asked, and who asked is not written: the question is reported with
// no speaker (not the one asked; "was asked to leave" is no question and reports nothing, not-reporting.ts).
import { inList } from "../../lexicon/lookup";
import { isWord } from "../../text/paragraph";
import type { EnReading, Verdict } from "../reading";
import { enSubjectBefore } from "../subject";
import { en } from "../words";

/** Lower-case words (once, also, repeatedly) that may stand between the be-form and "asked". */
const BETWEEN = 2;

export function passiveQuestion(r: EnReading): Verdict {
  const { m, toks } = r;
  if (r.entry.lemma !== "ask" || toks[m.from].norm !== "asked" || m.to !== m.from + 1) return undefined;
  let b = m.from - 1;
  while (b >= m.from - BETWEEN && isWord(toks[b]) && !toks[b].cap && !inList(toks[b], en().be)) b--;
  // (A finite be-form: was, were, is, are; "has been asked". Not "would be asked what …", a question to come.)
  const be = toks[b];
  if (!isWord(be) || !inList(be, en().be) || be.norm === "be" || be.norm === "being" || (be.norm === "been" && !(isWord(toks[b - 1]) && inList(toks[b - 1], en().perfectAux)))) return undefined;
  const w = toks[m.to];
  if (!isWord(w) || !(inList(w, en().wh) || inList(w, en().yesNoOpeners))) return undefined;
  const st = r.statement(null, { tok: m.to, start: w.s });
  st.carry = null;
  // (Who was asked is the one a "he" after it refers to: "… was asked why … He replied: …".)
  const asked = enSubjectBefore(r.p, b);
  if (asked) [st.askedFrom, st.askedTo] = asked;
  return st;
}
