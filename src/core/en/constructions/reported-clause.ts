// The words after the verb: Smith said (that) … / told Reuters that … / said: "…" / asked
// whether …; nothing opening there, no statement.
import { Fr } from "../../lexicon";
import { enOpening } from "../opening";
import type { EnReading, Verdict } from "../reading";

export function reportedClause(r: EnReading): Verdict {
  const f = r.entry.frames;
  const o = enOpening(r.p, r.m.to, r.sentEnd, f.has(Fr.obj), f.has(Fr.clause), f.has(Fr.quote) || f.has(Fr.colon), f.has(Fr.q));
  return o ? r.statement(r.source, o) : null;
}
