// A token: a word, a number, a punctuation mark or a quotation mark of one paragraph,
// with its offsets in the original text. Its normalised form (norm) is only a
// look-up key, built on first use (see chars.ts and perf/intern.ts).
import { G_SHIFT, HIT_MASK } from "../perf/hit-table";
import { internTable } from "../perf/intern";
import { isArabicMark, normWord } from "./chars";

/** Token kinds (Tok.kind). */
export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export const QUOTE = 3;

/** A quotation mark's role (Tok.quoteRole): it opens or closes its quotation (0: neither). */
export const OPENS = 1;
export const CLOSES = 2;

// A token's packed bits, as the scanner writes them: kind (2 bits) | Arabic | capital |
// HIT_* (3 bits) | G_* (3 bits) | a '' or `` mark written as two characters.
export const F_AR = 1 << 2;
export const F_CAP = 1 << 3;
export const F_HIT = 4;
export const F_GRAMMAR = F_HIT + G_SHIFT;
export const F_BACKTICKS = 1 << 10;

/**
 * One token. The normalised form `norm` is computed on first use: most words are
 * never looked at once the scan has seen that their hash matches no lexicon
 * entry, and not building a string per word is what keeps analysis close to the
 * speed of a bare pass over the text.
 */
export class Tok {
  /** Quote index + 1 and role, packed (see quote, quoteRole). */
  private q = 0;
  private normalised: string | undefined;
  /** The intern slot `norm` came from (-1: none): see WordMemo. */
  slot = -1;
  constructor(
    /** The text the token's offsets point into (the whole text analysed). */
    private text: string,
    public s: number,
    public e: number,
    /**
     * Type (low 2 bits) and flags, packed (see the getters). A token costs 8 bytes
     * a field in Node's V8 and a news archive makes 700k of them.
     */
    private f: number,
    n?: string,
  ) {
    this.normalised = n;
  }
  /** WORD, NUM, PUNCT or QUOTE. */
  get kind(): number {
    return this.f & 3;
  }
  set kind(v: number) {
    this.f = (this.f & ~3) | v;
  }
  /** For quote marks: index into the paragraph's quotes (-1: none)… */
  get quote(): number {
    return (this.q >> 2) - 1;
  }
  set quote(v: number) {
    this.q = ((v + 1) << 2) | (this.q & 3);
  }
  /** …and whether the mark OPENS or CLOSES it. */
  get quoteRole(): number {
    return this.q & 3;
  }
  set quoteRole(v: number) {
    this.q = (this.q & ~3) | v;
  }
  /** Arabic word. */
  get ar(): boolean {
    return (this.f & F_AR) !== 0;
  }
  /** English word starting with a capital letter. */
  get cap(): boolean {
    return (this.f & F_CAP) !== 0;
  }
  /** HIT_* flags from the lexicon's hash table: may it start a cue or an anonymity phrase? */
  get hits(): number {
    return (this.f >> F_HIT) & HIT_MASK;
  }
  /** G_* flags from the same table: what kind of grammar word it may be. */
  get grammarBits(): number {
    return (this.f >> F_GRAMMAR) & 7;
  }
  /** Makes this token another one (a pooled token: perf/token-pool.ts). */
  reset(text: string, s: number, e: number, f: number, n: string | undefined): void {
    this.text = text;
    this.s = s;
    this.e = e;
    this.f = f;
    this.normalised = n;
    this.q = 0;
    this.slot = -1;
  }
  /**
   * Makes this word a name's (علي the name, where its look-up key is also على the preposition's):
   * a key of its own that no list holds, and no lexicon flags.
   */
  asName(key: string): void {
    this.normalised = key;
    this.slot = -1;
    this.f &= ~((HIT_MASK << F_HIT) | (7 << F_GRAMMAR));
  }
  /** The first code unit as written. */
  firstCode(): number {
    return this.text.charCodeAt(this.s);
  }
  /** Where the word starts after its first letter, a clitic (وقال، لوزارة), and any diacritics on it. */
  startAfterClitic(): number {
    let i = this.s + 1;
    while (i < this.e && isArabicMark(this.text.charCodeAt(i))) i++;
    return i;
  }
  /** Normalised word, or the character itself for punctuation and quote marks. */
  get norm(): string {
    if (this.normalised === undefined) {
      const src = this.text;
      if (this.kind === NUM) this.normalised = src.slice(this.s, this.e);
      else {
        const slot = internTable.intern(src, this.s, this.e);
        this.slot = slot;
        this.normalised = slot >= 0 ? internTable.wordAt(slot)! : normWord(src.slice(this.s, this.e));
      }
    }
    return this.normalised;
  }
}
