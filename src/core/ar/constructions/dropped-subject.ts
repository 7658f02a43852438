// No subject written: وأضاف أن … / وتابع قوله: "…" — the last speaker goes on. A present-tense
// verb inside a clause (يستفسر منه عن …) describes the act of that clause's subject.
import { sentenceStartTok } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { clauseSubject } from "../subject";

export function droppedSubject(r: ArReading): Verdict {
  if (r.sourceFrom >= 0) return undefined;
  const { p, m } = r;
  r.carry = "previous";
  if (!m.clitic && r.entry.form === "present" && m.from > sentenceStartTok(p, m.from) + 1) {
    const subj = clauseSubject(p, m.from);
    if (subj) {
      const st = r.statement(subj[0], subj[1], r.opening!, null);
      st.firstTok = m.from;
      return st;
    }
    r.carry = "clause-subject";
  }
  return undefined;
}
