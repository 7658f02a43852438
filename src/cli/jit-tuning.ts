// Speed trick for a short-lived process (kept because the whole-process figure
// in `npm run bench` shows it; ISNAD_V8_DEFAULTS=1 turns it off to compare).
//
// A cold `isnad analyze` of a 7.8 MB file spent about half of its CPU time in
// V8's optimising compiler (perf: TurboFan's graph phases) and not in the
// analyser. V8 optimises a function once it has run a budget of bytecode; at
// the default budget the analyser's large functions are optimised on the type
// feedback of the first paragraphs, deoptimised as soon as later text takes a
// branch never taken before ("insufficient type feedback", "wrong map"), and
// compiled again: 199 optimising compiles and 77 deoptimisations for one run
// of the Arabic file. With eight times the budget a function is optimised
// later, on fuller feedback, and mostly once (82 compiles, 21 deoptimisations),
// for a little more time in the interpreter first. A smaller inlining budget
// (src/server/jit-tuning.ts, which the language server sets for its first
// open) makes each of those compiles cheaper: about 5 % less CPU on a cold
// analysis of the 7.8 MB files (2 × 5 alternated runs each, December 2026).
// The budget is process-wide, so the worker threads get it too.
import { setFlagsFromString } from "node:v8";

/** V8's default (66 KB of bytecode) times eight. */
export const INTERRUPT_BUDGET = 8 * 67584;

/** Bytecode V8 may inline into one optimised function (its default is 920); the server's budget too. */
export const INLINE_BUDGET = 300;

if (!process.env.ISNAD_V8_DEFAULTS) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET} --max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`);
