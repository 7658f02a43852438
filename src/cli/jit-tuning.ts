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
// for a little more time in the interpreter first. A long-running process
// (the language server) is not affected: this runs only in the CLI, and the
// flag is process-wide, so the worker threads get it too.
import { setFlagsFromString } from "node:v8";

/** V8's default (66 KB of bytecode) times eight. */
export const INTERRUPT_BUDGET = 8 * 67584;

if (!process.env.ISNAD_V8_DEFAULTS) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
