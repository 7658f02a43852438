// Speed trick, kept while the first open in `npm run bench` shows it (ISNAD_V8_DEFAULTS=1
// turns it off to compare, as it turns off the CLI's V8 tuning).
//
// The warm-up builds the lexicons, several MB, in V8's young generation. Left there, they
// are copied by the first scavenges of the first document's analysis: two young-generation
// collections in that analysis, one of them promoting the lexicons, instead of one small
// one. Two minor collections right after the warm-up promote them while the editor still
// waits for the initialize answer: the same copying, done before the first document
// arrives, like the warm-up itself.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Collect = (options?: { type: "minor" | "major" }) => void;

/** Moves what survived the warm-up out of the young generation (a no-op where V8 cannot be asked to). */
export function settleHeap(): void {
  if (process.env.ISNAD_V8_DEFAULTS) return;
  setFlagsFromString("--expose-gc");
  // Exposed in contexts made after the flag, not in this one.
  const collect = runInNewContext("typeof gc === 'function' ? gc : undefined") as Collect | undefined;
  if (!collect) return;
  collect({ type: "minor" });
  collect({ type: "minor" });
}
