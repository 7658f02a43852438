// وكانت الوزارة قد اتهمت X بـ …: after كان the subject stands before the verb (and what
// follows the verb is its object). Also read by subject-first.ts when no other subject is found.
import type { ArReading, Verdict } from "../reading";
import { kanaSubject } from "../subject";


export function kanaSubjectFirst(r: ArReading): Verdict {
  r.kanaSubject = r.m.clitic ? null : kanaSubject(r.p, r.m.from);
  if (!r.direct && r.kanaSubject) [r.sourceFrom, r.sourceTo] = r.kanaSubject;
  return undefined;
}
