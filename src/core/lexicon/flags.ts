// The names the data files use for a cue's frames and a grammar word's classes, as bits.

/** What can follow a cue (the frames column of the verb lists), as bits. */
export enum Fr {
  an = 1,
  ila = 2,
  min = 4,
  colon = 8,
  quote = 16,
  bi = 32,
  noun = 64,
  ma = 128,
  q = 256,
  relay = 512,
  that = 1024,
  obj = 2048,
  clause = 4096,
  passive = 8192,
  direct = 16384,
  inv = 32768,
  vclause = 65536,
  opinion = 131072,
  pron = 262144,
  pred = 524288,
  resp = 1048576,
  strict = 2097152,
  manner = 4194304,
  addr = 8388608,
  /** An object, then "as" and a quotation: described the plan as "a betrayal". */
  as = 16777216,
  /** An object, then "to" and a quotation: urged the board to "reject the offer". */
  to = 33554432,
  /** Who was told, as a noun object after the subject: أبلغ الوزير نظيره أن، أخبر المتحدث الصحفيين بأن. */
  tell = 67108864,
  /** The object quoted: a quotation right after the source, or after عن there, is some of the speaker's words (أعرب الاتحاد عن "أسفه العميق"، أشاد الوزير "بتميز العلاقات"). */
  about = 134217728,
}

/** Frames that take nothing but a clause (أعرب، عبّر: عن أمله في أن …; زعم أن …): no quotation, no colon. */
export const CLAUSE_FRAMES = Fr.an | Fr.ila | Fr.min | Fr.strict;

/** The classes of ar-grammar.tsv, as bits (compPron: a complementiser with a pronoun, made from comp). */
export enum Gr {
  adjunct = 1,
  medium = 2,
  addressee = 4,
  verbnoun = 8,
  time = 16,
  relative = 32,
  particle = 64,
  min = 128,
  kana = 256,
  ila = 512,
  conj = 1024,
  comp = 2048,
  compPron = 4096,
  claim = 8192,
  background = 16384,
  affil = 32768,
  norm = 65536,
  month = 131072,
}

/**
 * A set of an enum's bit flags (a cue's frames, a grammar word's classes). The parsers ask
 * `has` for every cue they try and nearly every token they walk: one AND, where a Set
 * look-up by string cost more than the rest of the test. Call sites name the flag
 * (Fr.quote, Gr.relative), which the bundler inlines as a number.
 */
export class Flags<E extends number> {
  private bits = 0;
  add(f: E): this {
    this.bits |= f;
    return this;
  }
  has(f: E): boolean {
    return (this.bits & f) !== 0;
  }
  /** No flag outside `mask` is set. */
  within(mask: number): boolean {
    return (this.bits & ~mask) === 0;
  }
}

export type Frames = Flags<Fr>;
export type GrammarClasses = Flags<Gr>;

/** The flag a data file names (`where` says which file, for the error on an unknown name). */
export function flagNamed<E extends number>(flags: Record<string, string | number>, name: string, where: string): E {
  const f = flags[name];
  if (typeof f !== "number") throw new Error(`${where}: unknown "${name}"`);
  return f as E;
}

/** Frames from a cell of a verb list ("an,colon,quote"). */
export function framesOf(names: string[]): Frames {
  const out = new Flags<Fr>();
  for (const n of names) if (n.trim()) out.add(flagNamed<Fr>(Fr, n.trim(), "frames"));
  return out;
}
