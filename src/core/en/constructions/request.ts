// A request: "asked the crowd to welcome him", "asked NBC's moderator, Lester Holt, to fact-check".
import { Fr } from "../../lexicon";
import { requestTo } from "../opening";
import type { EnReading, Verdict } from "../reading";

export function request(r: EnReading): Verdict {
  if (!r.entry.frames.has(Fr.q)) return undefined;
  const to = requestTo(r.p, r.m.to, r.sentEnd);
  return to > 0 ? r.statement(r.source, { tok: to, start: r.toks[to].s }) : undefined;
}
