// Runs the core. A news article (tens of thousands of characters) is analysed
// in process: that is fastest and costs no second V8 heap. A long document
// goes to a worker thread, so the main thread keeps answering hovers and
// edits of other documents during a multi-second analysis, and an analysis
// that never ends is stopped by terminating the worker instead of freezing
// the server. The worker is this same bundle started again (see main.ts), so
// there is one file to ship.
import { parentPort, Worker } from "node:worker_threads";
import { analyze, houseLexicon, type HouseLexicon, type ParagraphCache } from "../core";
import type { Analysis, AnalyzeOptions } from "../core/types";
import { describeError, type Logger } from "./guard";
import { startWorker } from "./workerThread";

interface Job {
  id: number;
  text: string;
  opts: AnalyzeOptions;
  /** The house file's text: a lexicon does not cross threads (its tables are class instances), so the worker builds its own. */
  houseText?: string;
}
type Reply = { id: number; analysis: Analysis } | { id: number; error: string };

/** Worker side: analyse each job as it comes. */
export function serveAnalyses(): void {
  const port = parentPort;
  if (!port) return;
  // The last house file's lexicon, built once per version of the file.
  let house: { text: string; lexicon: HouseLexicon | null } | null = null;
  port.on("message", (job: Job) => {
    let reply: Reply;
    try {
      if (job.houseText !== undefined && house?.text !== job.houseText) house = { text: job.houseText, lexicon: houseLexicon(job.houseText).lexicon };
      const lexicon = job.houseText !== undefined ? (house?.lexicon ?? undefined) : undefined;
      reply = { id: job.id, analysis: analyze(job.text, { ...job.opts, lexicon }) };
    } catch (e) {
      reply = { id: job.id, error: describeError(e) };
    }
    port.postMessage(reply);
  });
}

interface Pending {
  id: number;
  text: string;
  opts: AnalyzeOptions;
  houseText?: string;
  stale: () => boolean;
  resolve: (a: Analysis | null) => void;
  reject: (e: Error) => void;
}

export interface AnalyzerOptions {
  /** Script the worker runs (the server bundle); undefined runs everything in process. */
  workerScript?: string;
  /** Texts shorter than this many characters are analysed in process (0: always the worker). */
  inProcessBelow?: number;
  /** Budget per analysis: base plus a per-character allowance. */
  timeoutMs?: (chars: number) => number;
  /** The worker is stopped after this long without work, returning its memory. */
  idleMs?: number;
}

/** About 15,000 words: well above a long feature article, well below a book. */
export const DEFAULT_IN_PROCESS_BELOW = 100_000;

const defaultTimeout = (chars: number) => 10_000 + chars / 50;

export class Analyzer {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private readonly timeoutMs: (chars: number) => number;

  constructor(
    private readonly log: Logger,
    private readonly options: AnalyzerOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? defaultTimeout;
  }

  /**
   * Analyse `text`. Resolves null when `stale()` turned true before the work
   * started (a newer version superseded it); rejects when the core throws or
   * runs out of time.
   */
  run(text: string, opts: AnalyzeOptions, stale: () => boolean, cache?: ParagraphCache, houseText?: string): Promise<Analysis | null> {
    if (!this.options.workerScript || text.length < (this.options.inProcessBelow ?? DEFAULT_IN_PROCESS_BELOW)) {
      if (stale()) return Promise.resolve(null);
      try {
        // In process, the document's paragraph cache makes a keystroke cost one paragraph.
        return Promise.resolve(analyze(text, opts, cache));
      } catch (e) {
        return Promise.reject(new Error(describeError(e)));
      }
    }
    return new Promise((resolve, reject) => {
      // The lexicon object stays here; the worker gets the file's text.
      const { lexicon: _inProcess, ...plain } = opts;
      void _inProcess;
      this.queue.push({ id: this.nextId++, text, opts: plain, houseText, stale, resolve, reject });
      this.pump();
    });
  }

  dispose(): void {
    this.stopTimer();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    void this.worker?.terminate();
    this.worker = null;
    for (const p of this.queue.splice(0)) p.resolve(null);
    this.current?.resolve(null);
    this.current = null;
  }

  private pump(): void {
    if (this.current) return;
    let job: Pending | undefined;
    while ((job = this.queue.shift())) {
      // Work superseded while it waited is dropped unstarted.
      if (job.stale()) {
        job.resolve(null);
        continue;
      }
      break;
    }
    if (!job) {
      this.startIdleTimer();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.current = job;
    try {
      this.ensureWorker().postMessage({ id: job.id, text: job.text, opts: job.opts, houseText: job.houseText } satisfies Job);
    } catch (e) {
      this.finish(job.id, { id: job.id, error: `could not start the analysis worker: ${describeError(e)}` });
      return;
    }
    const budget = this.timeoutMs(job.text.length);
    this.timer = setTimeout(() => {
      this.log.error(`isnad: analysis timed out after ${Math.round(budget)} ms (${job!.text.length} characters); restarting the worker`);
      this.killWorker();
      this.finish(job!.id, { id: job!.id, error: `analysis timed out after ${Math.round(budget)} ms` });
    }, budget);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // A small young generation keeps the worker's share of the server's memory
    // low (it only holds one analysis at a time); the old-generation cap turns a
    // runaway allocation into a failed analysis instead of a swapping machine.
    const w = startWorker<Reply>(
      this.options.workerScript!,
      { resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 256 } },
      "analysis worker",
      this.log,
      (reply) => this.finish(reply.id, reply),
      (gone, why) => this.workerGone(gone, why),
    );
    this.worker = w;
    return w;
  }

  /** The thread failed or ended: the request it held fails with the reason; the next starts a new one. */
  private workerGone(w: Worker, why: string): void {
    if (this.worker !== w) return;
    this.worker = null;
    if (this.current) this.finish(this.current.id, { id: this.current.id, error: why });
  }

  private startIdleTimer(): void {
    if (!this.worker || this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.current && !this.queue.length) this.killWorker();
    }, this.options.idleMs ?? 30_000);
    this.idleTimer.unref();
  }

  private killWorker(): void {
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private finish(id: number, reply: Reply): void {
    const job = this.current;
    if (!job || job.id !== id) return;
    this.stopTimer();
    this.current = null;
    if ("analysis" in reply) job.resolve(reply.analysis);
    else job.reject(new Error(reply.error));
    this.pump();
  }
}
