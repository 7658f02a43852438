// The table the scanner asks once per word: from the word's hash to what the lexicon
// may say about it. A word with no flag is never looked at again (no key, no token
// object unless its paragraph has something else), which is what keeps a pass over
// an archive close to the speed of a bare pass over its letters.

/** The word may start a reporting cue. */
export const HIT_CUE = 1;
/** The word may anchor an anonymity phrase. */
export const HIT_ANON = 2;
/** The word is the second word of a cue whose first word is too common to flag (على لسان). */
export const HIT_CUE_NEXT = 4;
/** The HIT_* bits of a table entry. */
export const HIT_MASK = 7;

/** Grammar hints (Tok.g): a complementiser (إن، أن), one with a pronoun (أنه), any word of ar-grammar.tsv. */
export const G_COMP = 1;
export const G_COMP_PRON = 2;
export const G_ANY = 4;
/** Where the G_* bits sit in a table entry (above the HIT_* bits). */
export const G_SHIFT = 3;

/**
 * Open-addressing table from word hash to HIT_* flags: the tokenizer asks it once
 * per word, so it must be cheaper than a Map look-up.
 */
export class HitTable {
  private readonly keys: Int32Array;
  private readonly flags: Uint8Array;
  private readonly mask: number;
  private readonly zeroFlags: number;
  /**
   * One bit per 16-bit hash prefix (8 KB, stays in L1): almost every word of a
   * text is in no lexicon, and the filter answers that without touching the
   * 128 KB table.
   */
  private readonly filter = new Int32Array(1 << 11);

  constructor(entries: Map<number, number>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.mask = size - 1;
    let zero = 0;
    for (const [h, f] of entries) {
      const b = Math.imul(h, 0x9e3779b1) >>> 16;
      this.filter[b >>> 5] |= 1 << (b & 31);
      if (h === 0) {
        zero = f; // 0 marks an empty slot, so hash 0 is kept aside
        continue;
      }
      let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = h;
      this.flags[i] = f;
    }
    this.zeroFlags = zero;
  }

  get(h: number): number {
    const b = Math.imul(h, 0x9e3779b1) >>> 16;
    if ((this.filter[b >>> 5] & (1 << (b & 31))) === 0) return 0;
    if (h === 0) return this.zeroFlags;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === h) return this.flags[i];
      if (k === 0) return 0;
      i = (i + 1) & this.mask;
    }
  }
}
