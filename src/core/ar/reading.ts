// What the Arabic parser knows about one cue as it tries the constructions in turn
// (parse.ts): the cue, the source found so far, where the reported words open. Each
// construction reads it, may add to it, and either settles the statement or passes on.
import { Gr, lexicon, type CueEntry } from "../lexicon";
import { grammarOf, hasGrammar, inList, sourceClass, type CueMatch } from "../lexicon/lookup";
import { FoundStatement, type Carry } from "../statements/found";
import { isWord, sentOf, sentenceEndTok, type Para } from "../text/paragraph";
import type { Tok } from "../text/token";
import type { Opening } from "../statements/found";
import { objectInSource, withoutTrailingPreposition } from "./source-phrase";
import { arComp } from "./words";

/** Tokens from على to the reported clause that a description of the source may have (المحتجون على غلاء الأسعار أنهم). */
const ALA_DESCRIPTION = 4;

/**
 * What a construction answers: the statement, null when the cue reports nothing here,
 * undefined when the construction does not apply (the next one is tried).
 */
export type Verdict = FoundStatement | null | undefined;

/** One construction: a function of the reading (see parse.ts for the order they are tried in). */
export type Construction = (r: ArReading) => Verdict;

export class ArReading {
  readonly toks: Tok[];
  readonly entry: CueEntry;
  /** Where the cue ends: after its verbal noun or participle (تابع قوله، أضاف قائلاً). */
  readonly cueEnd: number;
  /** The token after the cue's sentence. */
  readonly sentEnd: number;
  /** The source's token range so far; -1: none found. */
  sourceFrom = -1;
  sourceTo = -1;
  /** The reported words right after the cue, with nothing skipped (وقال: "…"), if they open there. */
  direct: Opening | null = null;
  /** The subject between كان and the verb (وكانت الوزارة قد أكدت), if there is one. */
  kanaSubject: [number, number] | null = null;
  /** Tokens up to here belong to the cue and the source (a relay: نقلاً عن); -1: none. */
  claimedTo = -1;
  /** The subject stands before the verb, as a pronoun (قال إنه دعا …): no source follows the verb. */
  subjectBefore = false;
  /** The cue stands inside the clause another cue reports (أكد المصدر أن الجنود أبلغوا …). */
  nested = false;
  /** The source starts after the لـ of its first word (وسبق للوزارة أن أكدت). */
  sourceAfterClitic = false;
  /** Where the reported words open. */
  opening: Opening | null = null;
  /** How the speaker is found when no source is written. */
  carry: Carry | null = null;

  constructor(
    readonly p: Para,
    readonly m: CueMatch,
  ) {
    this.toks = p.toks;
    this.entry = m.entry;
    // تابع قوله / أضاف قائلاً: the verbal noun or participle belongs to the cue.
    const nx = p.toks[m.to];
    this.cueEnd = nx && hasGrammar(nx, Gr.verbnoun) ? m.to + 1 : m.to;
    // تنفي نفيا قاطعا: the cognate object's adjective, in the accusative too, is no subject; so is one
    // whose alef the copy left out (نفيا قاطع وجود …): no article, no source noun, no function word.
    const adj = p.toks[this.cueEnd];
    if (this.cueEnd > m.to && nx.norm.endsWith("ا") && isWord(adj) && adj.ar && (adj.norm.endsWith("ا") || (!adj.norm.startsWith("ال") && !sourceClass(adj) && !grammarOf(adj)))) this.cueEnd++;
    this.sentEnd = sentenceEndTok(p, m.from);
  }

  /** Where the reported words are looked for: after the source when it follows the cue, after the cue when the subject came first. */
  get after(): number {
    return this.sourceTo > this.cueEnd ? this.sourceTo : this.cueEnd;
  }

  /** The statement with source [a, b) (-1: none) whose words open at `o`. */
  statement(a: number, b: number, o: Opening, carry: Carry | null): FoundStatement {
    const m = this.m;
    // (A source cut where the object opens ends before the verb's preposition too.)
    if (a >= 0) b = withoutTrailingPreposition(this.p, a, b);
    // (أكد الوزير على ضرورة وجود حل "دولي"، ودعا الرئيس إلى وحدة الصف: the source ends before the verb's على or a
    // call's إلى (objectInSource); a noun object read
    // inside what was the source, or a quotation right after it (or two words after ضرورة), opens after على: ضرورة وجود …;
    // not a clause the opening is already: أكد المحتجون على غلاء الأسعار أنهم …)
    const obj = a > m.from ? objectInSource(this.p, this.entry, a, b) : null;
    // (وأكد المعترضون على القرار أن …، أكد رئيس هيئة الرقابة على الأدوية أن …: with a few words between على and
    // the clause the verb reports, على is the description's; not أكد الوزير على أن …، على ضرورة أن …, nor a call's
    // longer object: شدد الوزير على اتخاذ مجموعة من الإجراءات لتلافي … أن ….)
    const clause = !!arComp(this.toks[o.tok]) || !!arComp(this.toks[o.tok - 1]);
    const described = !!obj && clause && o.tok > obj.opens + 1 && o.tok - obj.opens <= ALA_DESCRIPTION && obj.cut + 1 === obj.opens && !inList(this.toks[obj.opens], lexicon().ar.needNouns);
    if (obj && !described) {
      if (o.tok >= obj.opens && o.tok <= Math.max(b, obj.opens + 2) + 1 && !arComp(this.toks[o.tok - 1]) && !arComp(this.toks[o.tok]) && (wordsFrom(this.toks, obj.cut, o.tok) || ilaChain(this.toks, obj.cut, o.tok))) o = { tok: obj.opens, start: this.toks[obj.opens].s };
      b = withoutTrailingPreposition(this.p, a, obj.cut);
    }
    const first = a >= 0 ? Math.min(a, m.from) : m.from;
    const st = new FoundStatement(m.from, this.cueEnd, a, b, o.start, o.tok, first, o.tok, sentOf(this.p, m.from), carry, "ar");
    st.sourceAfterClitic = this.sourceAfterClitic && a === this.sourceFrom;
    st.nested = this.nested;
    return st;
  }

  /** A statement whose words are the quotations `qis` (in order), the first before the cue. */
  quoted(qis: number[]): FoundStatement {
    const first = this.p.quotes[qis[0]];
    const a = this.sourceFrom;
    const r = this.statement(a, this.sourceTo, { tok: first.open, start: first.s }, a < 0 ? "previous" : null);
    r.contentEnd = this.p.quotes[qis[qis.length - 1]].e;
    r.contentFixed = true;
    r.quoteIds = qis;
    r.firstTok = first.open;
    return r;
  }
}

/**
 * لفت خبراء إلى الحاجة إلى رفع الفائدة: a call's إلى at `from`, then words whose only preposition is إلى again
 * (the need for …): the object opens at the first إلى, not after the last.
 */
function ilaChain(toks: Tok[], from: number, to: number): boolean {
  if (!hasGrammar(toks[from], Gr.ila)) return false;
  for (let k = from + 1; k < to; k++) if (!isWord(toks[k]) || (inList(toks[k], lexicon().ar.freePrepositions) && !hasGrammar(toks[k], Gr.ila))) return false;
  return true;
}

/** Only words in [from, to), and after the first no preposition written apart (الصف في «…»: the quotation is في's). */
function wordsFrom(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWord(toks[k]) || (k > from && inList(toks[k], lexicon().ar.freePrepositions))) return false;
  return true;
}
