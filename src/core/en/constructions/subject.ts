// The subject before the verb (Smith said; Smith, a spokesman, said; officials would not say),
// or after it when a quotation comes first ("…," said Smith, a spokesman for the ministry).
import type { EnReading, Verdict } from "../reading";
import { enSubjectAfter, enSubjectBefore, quoteBefore } from "../subject";

export function subject(r: EnReading): Verdict {
  const { p, m } = r;
  r.source = enSubjectBefore(p, m.from);
  r.quoteBefore = quoteBefore(p, r.source ? r.source[0] : m.from);
  if (!r.source && r.quoteBefore >= 0) {
    const b = enSubjectAfter(p, m.to);
    if (b > m.to) r.source = [m.to, b];
  }
  return undefined;
}
