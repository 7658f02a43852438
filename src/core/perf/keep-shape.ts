// V8 frees a hidden class once no object of it is alive, and then discards
// ("weak objects") every optimised function compiled against it. Nothing of
// one analysis outlives it, so after a full GC the next analysis started from
// cold code and ran up to twice as slow. Holding one object of each hot class
// keeps the compiled code valid; it costs a few hundred bytes.
const kept = new Map<string, object>();

/** Keeps `o` (and so its hidden class) alive until another object of the same kind replaces it. */
export function keepShape(kind: string, o: object): void {
  kept.set(kind, o);
}
