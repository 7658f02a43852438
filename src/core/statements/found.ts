// A statement as a construction found it: token ranges of its cue and source and
// where its content starts, before the paragraph works out where the content ends
// and which quotations it holds. The language parsers (ar/, en/) make these.

/** Where the reported words open. */
export interface Opening {
  /** The token they start at. */
  tok: number;
  /** The character they start at (after a complementiser إن or "that": the next word). */
  start: number;
  /** A bare clause opens there (English "said the talks failed": no "that", colon or quotation). */
  bare?: boolean;
}

/** How a statement without a written subject finds its speaker. */
export type Carry = "previous" | "clause-subject";

/**
 * One statement as its parser found it. A class with every field set in the
 * constructor, so all statements share one hidden class: with fields added later
 * each variant was a class of its own that a full GC could free, discarding the
 * parsers' compiled code with it (one instance is kept: pipeline/keep-warm.ts).
 */
export class FoundStatement {
  /** Content end, in characters (worked out after parsing). */
  contentEnd = -1;
  /** The content was fixed by the parser (a quote before the cue): do not extend it. */
  contentFixed = false;
  /** Quotes (indices into Para.quotes) claimed by the parser. */
  quoteIds: number[] = [];
  /** A preposition cue (بحسب، according to) whose clause precedes it. */
  clauseBefore = false;
  /** Words up to this token belong to the statement's cue and source (a relay: نقلاً عن); 0: none. */
  claimedTo = 0;
  /** "X said in a statement:" ending the paragraph: the words are the next paragraph (pipeline/document.ts). */
  pending = false;
  /** A participle's clause subject ("A judge rejected …, saying …"), token range; -1: none (pipeline/document.ts uses it). */
  altSourceFrom = -1;
  altSourceTo = -1;
  /** "X was asked how …" (en/constructions/passive-question.ts): who was asked, token range; no speaker, but the one a "he" after it refers to. -1: none. */
  askedFrom = -1;
  askedTo = -1;
  /** The clause subject is who wrote the words the cue is about (ar/constructions/medium-author.ts): the speaker, but not written as the statement's source. */
  altHidden = false;
  /** The clause subject starts after a clitic لـ on its first token (تصريحات للوزير فلان). */
  altAfterClitic = false;
  /** The source starts inside its first token, after a clitic لـ the cue governs (وفقاً لوزارة → وزارة). */
  sourceAfterClitic = false;
  /** The content ends before the clause of this token (a relay's cue after it: …، وفق ما ذكرت الوكالة); -1: none. */
  endBefore = -1;
  /** A headline's label and colon, «مصادر: "…"» (ar/label-line.ts): the colon stands for the cue, and no cue is written. */
  cueless = false;
  /** A cue inside the clause another cue reports (أكد المصدر أن الجنود أبلغوا …): its speaker does not take over from that one's. */
  nested = false;
  constructor(
    /** The cue's token range [cueFrom, cueTo). */
    public cueFrom: number,
    public cueTo: number,
    /** The source noun phrase, token range [sourceFrom, sourceTo); -1 when not written. */
    public sourceFrom: number,
    public sourceTo: number,
    /** Content start, in characters. */
    public contentStart: number,
    /** Token where the content starts (for clause boundaries). */
    public contentTok: number,
    /** Earliest token belonging to the statement (source or cue), for clause boundaries. */
    public firstTok: number,
    /** Last token of the statement as parsed (content end is refined later). */
    public lastTok: number,
    /** The sentence of the cue. */
    public sentence: number,
    /** How the speaker is found when no source is written (null: nobody, as for a passive). */
    public carry: Carry | null,
    public lang: "ar" | "en",
  ) {}
}
