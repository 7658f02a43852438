// Shared state of one paragraph under analysis and the small token helpers
// both language parsers use.
import { Fr, Gr, lexicon } from "./lexicon";
import { cueAt, hasGrammar, sourceClass } from "./lexicon/lookup";
import type { MentionInfo } from "./speakers";
import { keepShape } from "./perf/keep-shape";
import { isWord, type Para } from "./text/paragraph";
import { WORD, type Tok } from "./text/token";

/** How a statement without a written subject finds its speaker. */
export type Carry = "previous" | "clause-subject";

/**
 * One statement as its parser found it. A class with every field set in the
 * constructor, so all statements share one hidden class: with fields added later
 * (mention, shape) each variant was a class of its own that a full GC could free,
 * discarding the parsers' compiled code with it (see warm.ts and the instance kept below).
 */
export class RawStatement {
  /** Content end, in characters (worked out after parsing). */
  ce = -1;
  /** The content was fixed by the parser (a quote before the cue): do not extend it. */
  fixed = false;
  /** Quotes (indices into Para.quotes) claimed by the parser. */
  quotes: number[] = [];
  /** A preposition cue (بحسب، according to) whose clause precedes it. */
  before = false;
  /** The source mention, described once (kept with a cached paragraph). */
  mention: MentionInfo | undefined = undefined;
  /** Words up to this token belong to the statement's cue and source (a relay: نقلاً عن); 0: none. */
  claimTo = 0;
  /** Kind and spans as reported, worked out once (kept and shifted with a cached paragraph). */
  shape: StatementShape | undefined = undefined;
  constructor(
    public cueA: number,
    public cueB: number,
    /** Source noun phrase, token range [srcA, srcB); -1 when not written. */
    public srcA: number,
    public srcB: number,
    /** Content start, in characters. */
    public cs: number,
    /** Token where the content starts (for clause boundaries). */
    public ct: number,
    /** Earliest token belonging to the statement (source or cue), for clause boundaries. */
    public first: number,
    /** Last token of the statement as parsed (content end is refined later). */
    public last: number,
    public sent: number,
    public carry: Carry | null,
    public lang: "ar" | "en",
  ) {}
}

// Its fields arrive by transitions from an empty class, so its hidden class lives only while a
// statement does: keep one (see warm.ts).
keepShape("statement", new RawStatement(0, 0, -1, -1, 0, 0, 0, 0, 0, null, "ar"));

export interface StatementShape {
  kind: "direct" | "partial" | "indirect";
  cs: number;
  ce: number;
  /** Quotation spans in text order; read-only once made. */
  quotes: [number, number][];
  cueS: number;
  cueE: number;
  /** A quotation of the statement runs on into the next paragraph. */
  runsOn: boolean;
}

/**
 * Quotation marks around a name or title, not around anybody's words: صحيفة "عكاظ"،
 * برنامج يحمل اسم "…"، الحزب "الجمهوري"، the "Commander-in-Chief Forum".
 */
export function isNameQuote(p: Para, q: { open: number; close: number }): boolean {
  if (q.close < 0) return false;
  const toks = p.toks;
  let words = 0;
  let caps = 0;
  let latin = 0;
  for (let k = q.open + 1; k < q.close; k++) {
    const t = toks[k];
    if (t.kind !== WORD) continue;
    words++;
    if (!t.ar) {
      latin++;
      if (t.cap || lexicon().en.titleCaseSmall.has(t.norm)) caps++;
    }
  }
  if (words === 0 || words > 5) return false;
  // Title Case in English: Fox and Friends, Peace Through Strength.
  if (latin === words && words >= 2 && caps === words && toks[q.open + 1].cap) return true;
  const before = toks[q.open - 1];
  // "هيئة الكهرباء" توضح …: a quoted name opening a headline, its verb right after it
  // (a quote followed by a comma and a cue is quote-first speech instead).
  if (!before || before.kind !== WORD) return q.open === 0 && words <= 3 && latin === 0 && toks[q.close + 1]?.kind === WORD;
  if (isNamingWord(before, toks[q.open - 2], toks[q.close + 1])) return true;
  // وأوضحت "ذا تايمز" أن: the quoted name is the source of the cue before it. After a verb that
  // takes a quotation as it is (وأضاف "سنلعب من أجل جماهيرنا".) the quotation is a name only
  // when a complementiser follows it, or the sentence goes on with a word that is no cue.
  const cue = cueAt(p, q.open - 1);
  if (cue) {
    if (!before.ar || !cue.entry.frames.has(Fr.direct) || words < 2) return true;
    const after = toks[q.close + 1];
    return hasGrammar(after, Gr.comp) || hasGrammar(after, Gr.compPron) || (words <= 3 && isWord(after) && !cueAt(p, q.close + 1));
  }
  const sc = sourceClass(before);
  if (sc && (sc.cls === "org" || sc.cls === "place" || sc.cls === "group")) return true;
  // المنظمة الإقليمية "…": a descriptor after an institution.
  const before2 = toks[q.open - 2];
  if (sc?.cls === "descriptor" && before2 && before2.kind === WORD) {
    const sc2 = sourceClass(before2);
    if (sc2 && (sc2.cls === "org" || sc2.cls === "group")) return true;
  }
  return false;
}


/**
 * صحيفة، بعنوان، titled: a word that introduces a quoted name (lexicon/naming.tsv), also
 * with a possessive pronoun: روايته، كتابها، فيلمهم (the ة of the bare noun is ت before it).
 * After a complementiser the possessed noun is a clause's subject: the quotation is a title
 * when the predicate follows it (إن روايته «البحر الأخير» ستترجم), and is the predicate
 * itself when nothing does (أن فيلمه "لمس شيئاً مهماً".). `prev`: the token before the
 * word; `after`: the token after the quotation's closing mark.
 */
export function isNamingWord(t: Tok, prev?: Tok, after?: Tok): boolean {
  const naming = lexicon().naming;
  const n = t.norm.replace(/^(ب|ل|و)(?=..)/, "");
  if (naming.has(t.norm) || naming.has(n)) return true;
  if (!t.ar || (hasGrammar(prev, Gr.comp) && !isWord(after))) return false;
  for (const suffix of lexicon().ar.possessiveSuffixes) {
    if (n.length < suffix.length + 3 || !n.endsWith(suffix)) continue;
    const stem = n.slice(0, -suffix.length);
    // (Normalised, a closing ة is ه: روايه.)
    if (naming.has(stem) || (stem.endsWith("ت") && naming.has(stem.slice(0, -1) + "ه"))) return true;
  }
  return false;
}
