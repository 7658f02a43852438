// The intern table: one string per normalised word, shared by every token of that
// word, and per-word answers (WordMemo) kept at the word's slot.
//
// A direct-mapped cache of normalised words by hash (a slot keeps the latest word that
// landed on it). News text repeats its vocabulary, so most look-ups return a string made
// before: no new string per token, and its hash for the lexicon maps is already computed.
import { HASH_PRIME, HASH_SEED, charTables, normWord } from "../text/chars";
import { activeLexiconId } from "./lexicon-scope";

const BITS = 15;
const SLOTS = 1 << BITS;

/** What a memo is told when its slot takes another word. */
interface SlotListener {
  forget(slot: number): void;
}

class InternTable {
  private readonly words: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  /**
   * Each slot's word is recognised by a 64-bit fingerprint of its normalised form (the
   * word hash and a second, independent one) kept in typed arrays: comparing the word's
   * characters instead meant a cache miss on a string somewhere in the heap per token.
   * (Both halves side by side: one cache line per look-up.)
   */
  private readonly fp = new Int32Array(2 * SLOTS);
  private readonly listeners: SlotListener[] = [];
  // The fingerprint slotOf computed last, for intern.
  private fpA = 0;
  private fpB = 0;

  /** The slot src[s, e)'s normalised form belongs in; -1 when the word needs NFKC (not shared). */
  slotOf(src: string, s: number, e: number): number {
    const { norm } = charTables();
    let h = HASH_SEED;
    let g = 0x2545f491;
    for (let i = s; i < e; i++) {
      const nc = norm[src.charCodeAt(i)];
      if (nc < 0xfffe) {
        h = Math.imul(h ^ nc, HASH_PRIME);
        g = Math.imul((g ^ nc) + (g >>> 13), 0x5bd1e995);
      } else if (nc === 0xfffe) return -1;
    }
    this.fpA = h;
    this.fpB = g;
    return Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
  }

  /** Puts src[s, e)'s normalised form in its slot (if another word held it, its memos forget it) and returns the slot; -1: not shared. */
  intern(src: string, s: number, e: number): number {
    const slot = this.slotOf(src, s, e);
    if (slot < 0) return slot;
    const a = this.fpA;
    const b = this.fpB;
    if (this.words[slot] !== undefined && this.fp[2 * slot] === a && this.fp[2 * slot + 1] === b) return slot;
    const w = normWord(src.slice(s, e));
    for (let i = 0; i < this.listeners.length; i++) this.listeners[i].forget(slot);
    this.words[slot] = w;
    this.fp[2 * slot] = a;
    this.fp[2 * slot + 1] = b;
    return slot;
  }

  /** The word a slot holds now. */
  wordAt(slot: number): string | undefined {
    return this.words[slot];
  }

  listen(l: SlotListener): void {
    this.listeners.push(l);
  }
}

/** The one intern table of the process. */
export const internTable = new InternTable();

/** normWord(src.slice(s, e)), shared between words with the same normalised form. */
export function internWord(src: string, s: number, e: number): string {
  const slot = internTable.intern(src, s, e);
  return slot < 0 ? normWord(src.slice(s, e)) : internTable.wordAt(slot)!;
}

/** A word as a memo sees it: its normalised form and the intern slot that form came from (-1: none). */
export interface InternedWord {
  readonly norm: string;
  readonly slot: number;
}

/**
 * Answers about a word (its source class, its grammar, its cues) computed once per
 * normalised form. The answer is kept at the word's intern slot: one array read where
 * a Map look-up by string cost a few cache misses in a large table, on every question
 * about every token. `compute` depends on the normalised form alone. When the slot has
 * gone to another word, the answer is computed again, or taken from a bounded Map when
 * `cap` is set (for answers dearer than a Map look-up).
 * The answers are those of one lexicon (perf/lexicon-scope.ts): asked under another,
 * the memo forgets them all first.
 */
export class WordMemo<T> implements SlotListener {
  private readonly bySlot: (T | undefined)[] = new Array<T | undefined>(SLOTS).fill(undefined);
  private readonly byWord: Map<string, T> | null;
  private lexiconId = 0;
  constructor(
    private readonly compute: (norm: string) => T,
    private readonly cap = 0,
  ) {
    this.byWord = cap > 0 ? new Map<string, T>() : null;
    internTable.listen(this);
  }
  get(w: InternedWord): T {
    if (activeLexiconId() !== this.lexiconId) this.forgetAll();
    const n = w.norm;
    const slot = w.slot;
    if (slot >= 0 && internTable.wordAt(slot) === n) {
      const known = this.bySlot[slot];
      if (known !== undefined) return known;
      return (this.bySlot[slot] = this.lookUp(n));
    }
    return this.lookUp(n);
  }
  private lookUp(n: string): T {
    const map = this.byWord;
    if (!map) return this.compute(n);
    let v = map.get(n);
    if (v === undefined) {
      v = this.compute(n);
      if (map.size >= this.cap) map.clear();
      map.set(n, v);
    }
    return v;
  }
  forget(slot: number): void {
    this.bySlot[slot] = undefined;
  }
  private forgetAll(): void {
    this.bySlot.fill(undefined);
    this.byWord?.clear();
    this.lexiconId = activeLexiconId();
  }
}
