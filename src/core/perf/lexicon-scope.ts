// The lexicon an analysis runs with. Most analyses use the built-in lexicon; a newsroom's
// `.isnad.json` makes another one (built-ins plus its entries). Every token question
// (cueAt, sourceClass, grammarOf …) reads the lexicon through `lexicon()`; passing it down
// through every parser call instead would add an argument to the hottest functions and
// touch every construction. So analyze() puts the lexicon it was given in this slot for
// the length of the (synchronous) call and puts the previous one back after it.
//
// The per-word answers (WordMemo, perf/intern.ts) are kept for one lexicon at a time:
// each remembers the id of the lexicon it answered for and forgets everything when asked
// under another one, so an answer never leaks from a house lexicon to the built-ins.

/** What this slot needs of a lexicon: a number no other lexicon of the process has. */
export interface ScopedLexicon {
  readonly id: number;
}

let active: ScopedLexicon | undefined;
let nextId = 1;

/** A fresh id for a lexicon being built. */
export function newLexiconId(): number {
  return nextId++;
}

/** The lexicon of the analysis running now; undefined: none was given (the built-ins). */
export function activeLexicon(): ScopedLexicon | undefined {
  return active;
}

/** The id WordMemo answers are kept under: 0 for the built-ins. */
export function activeLexiconId(): number {
  return active === undefined ? 0 : active.id;
}

/** Runs `fn` with `lex` as the lexicon in effect (undefined: the built-ins), then restores the previous one. */
export function withLexicon<R>(lex: ScopedLexicon | undefined, fn: () => R): R {
  const before = active;
  active = lex;
  try {
    return fn();
  } finally {
    active = before;
  }
}
