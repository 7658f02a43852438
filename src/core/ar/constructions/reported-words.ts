// Where the reported words open: right after the cue (see verb-first.ts), or after the
// source and any adjuncts (لرويترز، في بيان، أمس، a parenthetical anonymity phrase).
import { arOpening } from "../opening";
import type { ArReading, Verdict } from "../reading";

export function reportedWords(r: ArReading): Verdict {
  r.opening = r.direct ?? arOpening(r.p, r.after, r.entry.frames, 24);
  return undefined;
}
