// Property tests explore new random inputs on every local run; CI runs them with a
// fixed seed so that a submission's result does not depend on luck. A failure
// prints its seed: FUZZ_SEED=<seed> replays it anywhere.
import fc from "fast-check";

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.CI ? 20261129 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
