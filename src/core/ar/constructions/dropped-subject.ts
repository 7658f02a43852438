// No subject written: وأضاف أن … / وتابع قوله: "…" — the last speaker goes on.
import type { ArReading, Verdict } from "../reading";


export function droppedSubject(r: ArReading): Verdict {
  if (r.sourceFrom < 0) r.carry = "previous";
  return undefined;
}
