// A passive report: أفيد بأن … — said by nobody the article names (no speaker is carried).
import { Fr } from "../../lexicon";
import { arOpening } from "../opening";
import type { ArReading, Verdict } from "../reading";

export function passive(r: ArReading): Verdict {
  if (!r.entry.frames.has(Fr.passive)) return undefined;
  const o = arOpening(r.p, r.cueEnd, r.entry.frames, 2);
  return o ? r.statement(-1, -1, o, null) : null;
}
