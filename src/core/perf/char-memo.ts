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
