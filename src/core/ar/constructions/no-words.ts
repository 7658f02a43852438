// A cue whose reported words open nowhere reports nothing.
import type { ArReading, Verdict } from "../reading";

export function noReportedWords(r: ArReading): Verdict {
  return r.opening ? undefined : null;
}
