import { lazy } from "./lazy";

// Answers about single UTF-16 code units, kept once computed.

/**
 * A yes/no question about a code unit, answered on first sight and kept in a 64 KB
 * table: a Unicode property regex costs far more than a byte read, and a text meets
 * only a few hundred distinct code units.
 */
export function memoByCodeUnit(test: (c: number) => boolean): (c: number) => boolean {
  // Per code unit: 0 not yet known, 1 yes, 2 no.
  const known = new Uint8Array(0x10000);
  return (c) => {
    let v = known[c];
    if (v === 0) known[c] = v = test(c) ? 1 : 2;
    return v === 1;
  };
}

// Single-character strings, made once. (Filled with undefined up front: a sparse array
// written at 0x201c goes to dictionary mode.)
const charStrings: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);

/** The one-character string of code unit c, the same string every time. */
export function charString(c: number): string {
  return charStrings[c] ?? (charStrings[c] = String.fromCharCode(c));
}

/**
 * Which code units (surrogates excluded) a one-character Unicode class matches, as a table
 * built on first use by one global match over a string of every code unit. Building the
 * character tables asked a property regex once per code unit, about 35 ms of a fresh
 * process's start (CLI and server alike); one pass of the regex engine over 64 K characters
 * takes a millisecond or two. `cls` is the class without its brackets, e.g. "\\p{L}\\p{M}".
 */
export function codeUnitClass(cls: string): CodeUnitClass {
  let table: Uint8Array | undefined;
  const tableOf = () => (table ??= matchEveryCodeUnit(new RegExp(`[${cls}]+`, "gu")));
  const has = (c: number) => tableOf()[c] === 1;
  has.runs = (run: (s: number, e: number) => void) => {
    // Uint8Array.indexOf finds each run's ends natively: no per-unit step in the interpreter.
    const t = tableOf();
    for (let s = t.indexOf(1); s >= 0; ) {
      let e = t.indexOf(0, s);
      if (e < 0) e = 0x10000;
      run(s, e);
      s = t.indexOf(1, e);
    }
  };
  return has;
}

/** A class of code units: the test, and its runs [s, e) in order. */
export interface CodeUnitClass {
  (c: number): boolean;
  runs(run: (s: number, e: number) => void): void;
}

function matchEveryCodeUnit(re: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  const all = everyCodeUnit();
  for (let m = re.exec(all); m; m = re.exec(all)) table.fill(1, m.index, m.index + m[0].length);
  table.fill(0, 0xd800, 0xe000);
  return table;
}

/** Every code unit in order, surrogates as spaces (a pair would read as one astral character). */
const everyCodeUnit = lazy(() => {
  const codes = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) codes[c] = c;
  codes.fill(0x20, 0xd800, 0xe000);
  let all = "";
  for (let c = 0; c < 0x10000; c += 0x1000) all += String.fromCharCode.apply(null, codes.subarray(c, c + 0x1000) as unknown as number[]);
  return all;
});
