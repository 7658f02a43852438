// A present-tense verb inside a clause (يستفسر منه عن …) describes the act of that clause's
// subject: the subject of the clause's main verb speaks, or the same speaker goes on.
import { sentenceStartTok } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { clauseSubject, relativeMaStart } from "../subject";


export function presentTense(r: ArReading): Verdict {
  const { p, m } = r;
  // (So does a verb after ما: وانتقد رئيس الحزب ما وصفه بـ"…"، أسقطت القوات ما قالت إنها طائرة.)
  const maVerb = relativeMaStart(p, m.from) < m.from;
  if (r.sourceFrom >= 0 || m.clitic || (r.entry.form !== "present" && !maVerb) || m.from <= sentenceStartTok(p, m.from) + 1) return undefined;
  const subj = clauseSubject(p, m.from);
  if (!subj) {
    r.carry = "clause-subject";
    return undefined;
  }
  const st = r.statement(subj[0], subj[1], r.opening!, null);
  st.firstTok = m.from;
  return st;
}
