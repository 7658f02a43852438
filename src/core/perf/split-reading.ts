// Speed trick for one long text (an archive of thousands of stories in one file): its
// paragraphs are read on two threads. Reading a paragraph depends only on the text
// (pipeline/read-paragraph.ts), so a helper thread can read ahead while this thread
// joins paragraphs to the document in order; only the joining (speakers, a quotation
// running on) must be sequential. Kept while `npm run bench` shows it gains (its helper
// row; README, Speed); the CLI decides when to use it and supplies the thread (cli/split-file.ts).
//
// The text is cut into chunks of CHUNK characters, and each chunk is read by whichever
// thread claims it first. The helper claims them from the start on; this thread claims
// the chunk it has reached when the helper has not (a helper still starting up is
// overtaken), and while it waits for a chunk the helper is reading it claims one from the
// end and reads that itself. So neither thread idles while the other has work, whatever
// the share of reading and joining in the text's language, and no chunk is read twice (but
// by a helper this thread gave up waiting for: cli/split-file.ts).
// The output is analyze()'s without it: a reading made ahead is used only where analyze()
// would read the paragraph with the same flags (no quotation running on into it, not the
// headline under a link line); any other paragraph is read here as usual.
import { lexicon, type Lexicon } from "../lexicon";
import type { HouseLexicon } from "../types";
import { withLexicon } from "./lexicon-scope";
import { prepareText } from "../pipeline/suppressions";
import { quietReading, readParagraph, type ParagraphReading } from "../pipeline/read-paragraph";
import { paragraphRanges } from "../text/paragraph";
import { opensWithQuote } from "../text/quotes";

/** Characters per chunk: about thirty paragraphs of news copy; a message per chunk. */
export const CHUNK = 1 << 15;

/** Codes of a paragraph in a chunk's message: QUIET readings by index, or the next busy one. */
const BUSY = 6;

/** One chunk's readings, as they cross between threads: plain data. */
export interface ChunkReadings {
  chunk: number;
  /** Per paragraph whose start is in the chunk: start, end, and its code (a quiet reading's index, or BUSY). */
  at: Int32Array;
  /** The busy readings, in order. */
  busy: ParagraphReading[];
}

/** The text as analyze() reads it, and its paragraphs (start, end pairs). */
export interface PreparedText {
  work: string;
  paras: number[];
}

/** What analyze() would read: the text with Markdown, comments and ignored phrases blanked. Under the lexicon in effect. */
export function prepareForReading(input: string, markdown: boolean, lex: Lexicon): PreparedText {
  const { work } = prepareText(input, markdown, lex.ignore);
  return { work, paras: paragraphRanges(work) };
}

/** Chunks of a text of `length` characters. */
export const chunkCount = (length: number): number => Math.ceil((length + 1) / CHUNK);

/** Reads the paragraphs that start in chunk c as analyze() reads a paragraph with nothing running on into it. */
export function readChunk(t: PreparedText, c: number): ChunkReadings {
  const { work, paras } = t;
  const at: number[] = [];
  const busy: ParagraphReading[] = [];
  for (let pi = firstFrom(paras, c * CHUNK); pi < paras.length && paras[pi] < (c + 1) * CHUNK; pi += 2) {
    const ps = paras[pi];
    const pe = paras[pi + 1];
    const nextOpens = pi + 2 < paras.length && opensWithQuote(work, paras[pi + 2], paras[pi + 3]);
    const r = readParagraph(work, ps, pe, nextOpens, false, false);
    const q = r.busy ? -1 : quietIndex(r);
    at.push(ps, pe, q >= 0 ? q : BUSY);
    if (q < 0) busy.push(r);
  }
  return { chunk: c, at: Int32Array.from(at), busy };
}

/** The index (even) of the first paragraph starting at `offset` or after. */
function firstFrom(paras: number[], offset: number): number {
  let lo = 0;
  let hi = paras.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (paras[2 * mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}

function quietIndex(r: ParagraphReading): number {
  for (let i = 0; i < BUSY; i++) if (quietReading(i) === r) return i;
  return -1;
}

/**
 * The helper's side: reads, from the start on, every chunk of `input` that `claim` grants, and
 * hands each to `done` (null: reading it failed, so the other thread reads it).
 */
export function readAhead(
  input: string,
  opts: { markdown: boolean; lexicon?: HouseLexicon },
  claim: (c: number) => boolean,
  done: (c: number, r: ChunkReadings | null) => void,
): void {
  const run = () => {
    const t = prepareForReading(input, opts.markdown, lexicon());
    // (The blanking keeps every offset; a text that came out another length is not shared.)
    if (t.work.length !== input.length) return;
    for (let c = 0; c < chunkCount(input.length); c++) {
      if (!claim(c)) continue;
      let r: ChunkReadings | null = null;
      try {
        r = readChunk(t, c);
      } catch {
        // The analysing thread reads it and meets the fault itself, reported as usual.
      }
      done(c, r);
    }
  };
  if (opts.lexicon) withLexicon(opts.lexicon as Lexicon, run);
  else run();
}

/** This thread's side of the chunks' states (cli/split-file.ts keeps them in shared memory). */
export interface ChunkChannel {
  /** Chunks in the text. */
  readonly chunks: number;
  /** Claims chunk c for this thread: true when neither thread had it. */
  claim(c: number): boolean;
  /**
   * The helper's readings of chunk c (claimed by the helper), waiting up to `waitMs` for them:
   * undefined while it is still at it, null when they will not come (read it here).
   */
  poll(c: number, waitMs: number): ChunkReadings | null | undefined;
  /** The paragraphs are all read: the chunks still unclaimed are of no use (the helper may stop). */
  done?(): void;
}

/** How long this thread waits for the helper's chunk when it has nothing else to read (ms). */
const WAIT_MS = 50;

/** The readings analyze() takes instead of reading a paragraph itself (pipeline/analyze.ts). */
export class ReadAhead {
  private text: PreparedText | null = null;
  private chunk = -1;
  private current: ChunkReadings | null = null;
  private row = 0;
  private busyAt = 0;
  /** Chunks this thread claimed from the end and read while it waited. */
  private readonly own = new Map<number, ChunkReadings>();
  /** The next chunk to try to claim from the end. */
  private tail: number;

  constructor(private readonly channel: ChunkChannel) {
    this.tail = channel.chunks - 1;
  }

  /** The text as analyze() reads it (the same the helper reads), before the first paragraph. */
  begin(work: string, paras: number[]): void {
    this.text = { work, paras };
  }

  /** After the last paragraph. */
  finish(): void {
    this.own.clear();
    this.channel.done?.();
  }

  /** The reading made ahead of the paragraph [ps, pe) with this next-paragraph flag; undefined: read it. */
  reading(ps: number, pe: number, nextOpens: boolean): ParagraphReading | undefined {
    const c = Math.floor(ps / CHUNK);
    if (c !== this.chunk) {
      this.chunk = c;
      this.current = this.readingsOf(c);
      this.row = 0;
      this.busyAt = 0;
    }
    const cur = this.current;
    if (!cur) return undefined;
    // Paragraphs come in order; one the analysis read with other flags is passed over.
    const at = cur.at;
    while (this.row < at.length && at[this.row] < ps) {
      if (at[this.row + 2] === BUSY) this.busyAt++;
      this.row += 3;
    }
    if (this.row >= at.length || at[this.row] !== ps || at[this.row + 1] !== pe) return undefined;
    const code = at[this.row + 2];
    const r = code === BUSY ? cur.busy[this.busyAt] : quietReading(code);
    return r.nextOpens === nextOpens ? r : undefined;
  }

  /** Chunk c's readings: read here earlier, the helper's (waited for), or null to read it now. */
  private readingsOf(c: number): ChunkReadings | null {
    const mine = this.own.get(c);
    if (mine) {
      this.own.delete(c);
      return mine;
    }
    if (c >= this.channel.chunks || this.channel.claim(c)) return null;
    for (;;) {
      const r = this.channel.poll(c, 0);
      if (r !== undefined) return r;
      // While the helper reads it, read a chunk from the end; with none left, wait.
      if (!this.readFromTail(c)) {
        const w = this.channel.poll(c, WAIT_MS);
        if (w !== undefined) return w;
      }
    }
  }

  private readFromTail(c: number): boolean {
    if (!this.text) return false;
    while (this.tail > c) {
      const k = this.tail--;
      if (this.channel.claim(k)) {
        try {
          this.own.set(k, readChunk(this.text, k));
        } catch {
          // Read again in its turn, where the fault is reported as usual.
        }
        return true;
      }
    }
    return false;
  }
}
