// The words after the verb: Smith said (that) … / told Reuters that … / said: "…" / asked
// whether …; nothing opening there, no statement. Verbs with the frame `vclause` (confirm,
// estimate, announce, add, point out …) take a clause without "that" only when it has a verb of
// its own: "confirmed the merger would close", not "confirmed the appointment", "added 200 jobs";
// and not after data ("figures suggested the economy had slowed": data do not speak).
import { Fr } from "../../lexicon";
import { afterAddressee, enOpening, finiteClause } from "../opening";
import type { EnReading, Verdict } from "../reading";
import { inList } from "../../lexicon/lookup";
import { en } from "../words";

export function reportedClause(r: EnReading): Verdict {
  const f = r.entry.frames;
  const vclause = f.has(Fr.vclause);
  // "warned investors the market could fall": past an addressee the verb may take.
  const k = f.has(Fr.addr) ? afterAddressee(r.p, r.m.to, r.sentEnd) : r.m.to;
  const o = enOpening(r.p, k, r.sentEnd, f.has(Fr.obj), f.has(Fr.clause) || vclause, f.has(Fr.quote) || f.has(Fr.colon), f.has(Fr.q));
  if (!o) return null;
  if (o.bare && vclause && !f.has(Fr.clause) && (!finiteClause(r.p, o.tok, r.sentEnd) || dataSubject(r))) return null;
  return r.statement(r.source, o);
}

/** "Recent figures suggested the economy had slowed": data do not speak (en-words.tsv dataSubjects). */
function dataSubject(r: EnReading): boolean {
  const src = r.source;
  return !!src && src[1] > src[0] && inList(r.toks[src[1] - 1], en().dataSubjects);
}
