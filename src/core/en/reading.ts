// What the English parser knows about one cue as it tries the constructions in turn
// (parse.ts): the cue, the subject found so far, a quotation just before it.
import type { CueEntry } from "../lexicon";
import type { CueMatch } from "../lexicon/lookup";
import { FoundStatement, type Opening } from "../statements/found";
import { sentOf, sentenceEndTok, type Para } from "../text/paragraph";
import type { Tok } from "../text/token";
import { subordinateEnd, writersBut } from "./opening";

/**
 * What a construction answers: the statement, null when the cue reports nothing here,
 * undefined when the construction does not apply (the next one is tried).
 */
export type Verdict = FoundStatement | null | undefined;

/** One construction: a function of the reading (see parse.ts for the order they are tried in). */
export type Construction = (r: EnReading) => Verdict;

export class EnReading {
  readonly toks: Tok[];
  readonly entry: CueEntry;
  /** The token after the cue's sentence. */
  readonly sentEnd: number;
  /** The subject's token range, null while none is found. */
  source: [number, number] | null = null;
  /** A quotation closed just before the subject or the cue ("…," she said), -1: none. */
  quoteBefore = -1;

  constructor(
    readonly p: Para,
    readonly m: CueMatch,
  ) {
    this.toks = p.toks;
    this.entry = m.entry;
    this.sentEnd = sentenceEndTok(p, m.from);
  }

  /** The statement of the subject `src` (null: none written, the last speaker's) whose words open at `o`. */
  statement(src: [number, number] | null, o: Opening): FoundStatement {
    const m = this.m;
    const r = new FoundStatement(m.from, m.to, src ? src[0] : -1, src ? src[1] : -1, o.start, o.tok, src ? Math.min(src[0], m.from) : m.from, o.tok, sentOf(this.p, m.from), src ? null : "previous", "en");
    // ("Many speculated that …, but the turnout was low": the writer's own clause ends the words.)
    if (o.tok >= m.to) r.endBefore = writersBut(this.p, o.tok, this.sentEnd, pastCue(this.toks[m.from], m.entry.lemmaHead));
    // ("Although the mayor said the budget was balanced, the council found a gap": the main clause is the writer's.)
    if (o.tok >= m.to && r.endBefore < 0) r.endBefore = subordinateEnd(this.p, m.from, o.tok, this.sentEnd);
    return r;
  }
}

/** The cue's verb is in the past (said, told, acknowledged), not the present (says, say, tells). */
function pastCue(t: Tok, lemmaHead: string): boolean {
  return t.norm !== lemmaHead && !t.norm.endsWith("s");
}
