// Speed trick for the first document a fresh server analyses (kept because the first-open
// figure of `npm run bench` shows it; ISNAD_V8_DEFAULTS=1 turns it off to compare).
//
// The first open of an article is V8 optimising the analyser on the article itself (README,
// Speed). Each optimising compile inlines the functions its function calls, up to a budget of
// bytecode; the analyser is many small helpers, so the compiles are large and, on a two-core
// machine, compete with the analysis and with the editor for the CPU. A third of the default
// budget makes each compile cheaper; the steady state (a keystroke's analysis) is unchanged.
// Measured by alternating builds, 2 × 4 rounds of 20 fresh servers (December 2026): first open
// p50 ~89 → ~79 ms, p95 ~108 → ~101 ms; keystroke p95 10.2–10.9 → 9.6–9.8 ms. Process-wide: the
// worker threads get it too.
//
// Baseline (Sparkplug) code for every function at its first call, not after a budget of
// interpreted bytecode: most of the analyser never reaches the optimising compiler during the
// first article, so it runs that article in the interpreter unless baseline code exists. Measured
// by alternating builds, 2 rounds of 20 fresh servers (8 December 2026): first open p50 83/92 →
// 80/81 ms, p95 97/104 → 93/90 ms, the server's main-thread CPU meanwhile p50 80/86 → 71/73 ms; the
// whole cold start 436/468 → 462/465 ms (noise), memory +1–2 MB; a keystroke unchanged.
import { setFlagsFromString } from "node:v8";

/** Bytecode V8 may inline into one optimised function (its default is 920). */
export const INLINE_BUDGET = 300;

if (!process.env.ISNAD_V8_DEFAULTS) setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET} --always-sparkplug`);
