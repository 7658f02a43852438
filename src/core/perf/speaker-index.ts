// The resolver's numbers for each speaker, side by side: kind, hashes of head and name,
// one-bit-per-word signatures. A scan of the resolver's window reads these and reads a
// speaker object only when they let it through: reading up to 48 speaker objects per
// mention, wherever they lay in the heap, missed the cache on each.
import type { SpeakerKind } from "../types";

const KIND_CODE: Record<SpeakerKind, number> = { person: 1, organization: 2, anonymous: 3, group: 4, unknown: 5 };

// What a speaker must pass before the resolver reads it (see SpeakerIndex.passes).
/** Nothing more than the kind. */
export const ANY = 0;
/** A name word in common: the name signatures meet (x). */
export const SOME_NAME_WORD = 1;
/** All of x's words among the speaker's: its word signature covers x. */
export const ALL_WORDS = 2;
/** The same head (lemma hash x), or the word with hash bit y among its words. */
export const LEMMA_OR_WORD = 3;
/** The same head (lemma hash x). */
export const LEMMA = 4;
/** The same words (signature x), the same head (y) or the same name (z). */
export const ORG = 5;
/** The same name as written (hash x). */
export const NAME_TEXT = 6;

export class SpeakerIndex {
  private kind = new Uint8Array(256);
  private lemmaH = new Int32Array(256);
  private nameTextH = new Int32Array(256);
  private nameSig = new Int32Array(256);
  private wordSig = new Int32Array(256);

  /** Speaker number `no` (numbers are given in order, from 0). */
  add(no: number, kind: SpeakerKind, lemmaH: number, nameTextH: number, nameSig: number, wordSig: number): void {
    if (no === this.kind.length) this.grow();
    this.kind[no] = KIND_CODE[kind];
    this.lemmaH[no] = lemmaH;
    this.nameTextH[no] = nameTextH;
    this.nameSig[no] = nameSig;
    this.wordSig[no] = wordSig;
  }

  /** A speaker's new kind (an unnamed source an anonymity phrase is about is anonymous). */
  setKind(no: number, kind: SpeakerKind): void {
    this.kind[no] = KIND_CODE[kind];
  }

  /** A speaker's new name (a fuller name of the same person). */
  rename(no: number, nameTextH: number, nameSig: number): void {
    this.nameTextH[no] = nameTextH;
    this.nameSig[no] = nameSig;
  }

  /** A speaker's new head noun (حماس named again as حركة حماس: الحركة refers back to it). */
  setLemma(no: number, lemmaH: number): void {
    this.lemmaH[no] = lemmaH;
  }

  /** A word joins the speaker's words (its signature bit). */
  addWordBit(no: number, bit: number): void {
    this.wordSig[no] |= bit;
  }

  lemmaHash(no: number): number {
    return this.lemmaH[no];
  }

  nameTextHash(no: number): number {
    return this.nameTextH[no];
  }

  /** Whether speaker `no` is of `kind` and passes the `need` test (see the constants above). */
  passes(no: number, kind: SpeakerKind, need: number, x: number, y: number, z: number): boolean {
    if (this.kind[no] !== KIND_CODE[kind]) return false;
    switch (need) {
      case SOME_NAME_WORD:
        return (this.nameSig[no] & x) !== 0;
      case ALL_WORDS:
        return (this.wordSig[no] & x) === x;
      case LEMMA_OR_WORD:
        return this.lemmaH[no] === x || (this.wordSig[no] & y) !== 0;
      case LEMMA:
        return this.lemmaH[no] === x;
      case ORG:
        return this.wordSig[no] === x || this.lemmaH[no] === y || this.nameTextH[no] === z;
      case NAME_TEXT:
        return this.nameTextH[no] === x;
    }
    return true;
  }

  /** Whether the speaker can be "they": anonymous, a group or an organization. */
  plural(no: number): boolean {
    const k = this.kind[no];
    return k === KIND_CODE.anonymous || k === KIND_CODE.group || k === KIND_CODE.organization;
  }

  private grow(): void {
    const n = this.kind.length * 2;
    const kinds = new Uint8Array(n);
    kinds.set(this.kind);
    this.kind = kinds;
    const wider = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.lemmaH = wider(this.lemmaH);
    this.nameTextH = wider(this.nameTextH);
    this.nameSig = wider(this.nameSig);
    this.wordSig = wider(this.wordSig);
  }
}
