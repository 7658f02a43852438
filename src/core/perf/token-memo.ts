/**
 * Answers about a paragraph's tokens by index (which cue starts at token k), kept for as
 * long as the paragraph is read: the parsers ask about the same tokens again and again.
 * A handful of entries is usual, so two short arrays, and a Map only for a paragraph
 * full of cues (a long unbroken line must not make look-ups quadratic).
 */
export class TokenMemo<T> {
  // (A count, not the arrays' lengths: setting an array's length is a call into the runtime.)
  private n = 0;
  private readonly at: number[] = [];
  private readonly values: T[] = [];
  private map: Map<number, T> | null = null;

  /** The answer kept for token k, undefined when none is. */
  get(k: number): T | undefined {
    if (this.map) return this.map.get(k);
    for (let i = 0; i < this.n; i++) if (this.at[i] === k) return this.values[i];
    return undefined;
  }

  set(k: number, v: T): void {
    if (this.map) {
      this.map.set(k, v);
      return;
    }
    this.at[this.n] = k;
    this.values[this.n] = v;
    this.n++;
    if (this.n > 16) {
      this.map = new Map<number, T>();
      for (let i = 0; i < this.n; i++) this.map.set(this.at[i], this.values[i]);
    }
  }
}
