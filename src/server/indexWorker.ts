// Background indexing: read an article from disk, analyse it, keep only its
// compact summary. It runs in a worker thread of its own (the server bundle
// started again with workerData { isnadIndex: true }, see main.ts), so the
// main thread, which analyses the keystrokes of open editors, never waits for
// it; only the summary crosses back. Without a worker script (tests that
// start the server in process) it runs in process, one file per turn of the
// event loop.
import { readFileSync, statSync } from "node:fs";
import { parentPort, Worker } from "node:worker_threads";
import { analyze, houseLexicon, type HouseLexicon } from "../core";
import type { Analysis } from "../core/types";
import { summarize, type ArticleSummary } from "../core/report";
import { InputError, readInput } from "../cli/input";
import { langEnabled } from "./analysisStore";
import { describeError, type Logger } from "./guard";
import { startWorker } from "./workerThread";
import { defaultSettings, type LangSetting } from "./settings";

export interface IndexJob {
  path: string;
  markdown: boolean;
  maxSize: number;
  languages: LangSetting[];
  /** Also return the whole analysis (for an export), not only its summary. */
  full?: boolean;
  /** The text of the house lexicon (.isnad.json) of the article's folder; the worker builds its lexicon from it. */
  houseText?: string;
}

// The last house file's lexicon, built once per version of the file (the index reads many articles with it).
let house: { text: string; lexicon: HouseLexicon | undefined } | null = null;

function lexiconOf(text: string | undefined): HouseLexicon | undefined {
  if (text === undefined) return undefined;
  if (house?.text !== text) house = { text, lexicon: houseLexicon(text).lexicon ?? undefined };
  return house.lexicon;
}

export type IndexResult = { summary: ArticleSummary; analysis?: Analysis } | { skipped: string } | { error: string };
type Reply = IndexResult & { id: number };

export const INDEX_WORKER_DATA = { isnadIndex: true } as const;

/** Read, analyse and summarise one article. */
export function indexFile(job: IndexJob): IndexResult {
  let size: number;
  try {
    size = statSync(job.path).size;
  } catch (e) {
    return { skipped: `cannot read (${(e as NodeJS.ErrnoException).code ?? describeError(e)})` };
  }
  // Bytes, a bound on UTF-16 length from above: checked again on the text below.
  if (size > job.maxSize * 3) return { skipped: `too large (${size} bytes)` };
  let text: string;
  try {
    text = readInput(job.path, readFileSync);
  } catch (e) {
    if (e instanceof InputError) return { skipped: e.message };
    return { error: describeError(e) };
  }
  if (text.length > job.maxSize) return { skipped: `too large (${text.length} characters)` };
  try {
    const a = analyze(text, { file: job.path, markdown: job.markdown, lexicon: lexiconOf(job.houseText) });
    if (!langEnabled(a.lang, { ...defaultSettings(), languages: job.languages, maxDocumentSize: job.maxSize })) return { skipped: `language ${a.lang} is turned off` };
    return job.full ? { summary: summarize(a), analysis: a } : { summary: summarize(a) };
  } catch (e) {
    return { error: describeError(e) };
  }
}

/** Worker side. */
export function serveIndexJobs(): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", (job: IndexJob & { id: number }) => {
    port.postMessage({ id: job.id, ...indexFile(job) } satisfies Reply);
  });
}

interface Pending {
  id: number;
  job: IndexJob;
  resolve: (r: IndexResult) => void;
}

/** Far above a long article's analysis (tens of milliseconds): only a runaway analysis hits it. */
export const DEFAULT_INDEX_TIMEOUT_MS = 30_000;

export interface IndexRunnerOptions {
  workerScript?: string;
  timeoutMs?: number;
  idleMs?: number;
}

/** Main-thread side: one job at a time; urgent jobs (a report of a file not indexed yet) go first. */
export class IndexRunner {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly log: Logger,
    private readonly options: IndexRunnerOptions = {},
  ) {}

  run(job: IndexJob, urgent = false): Promise<IndexResult> {
    if (this.disposed) return Promise.resolve({ skipped: "the server is shutting down" });
    return new Promise((resolve) => {
      const p = { id: this.nextId++, job, resolve };
      if (urgent) this.queue.unshift(p);
      else this.queue.push(p);
      this.pump();
    });
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    void this.worker?.terminate();
    this.worker = null;
    for (const p of this.queue.splice(0)) p.resolve({ skipped: "the server is shutting down" });
    this.current?.resolve({ skipped: "the server is shutting down" });
    this.current = null;
  }

  private pump(): void {
    if (this.current || this.disposed) return;
    const next = this.queue.shift();
    if (!next) {
      this.startIdleTimer();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.current = next;
    if (!this.options.workerScript) {
      // In process: one file per macrotask, so other messages are served in between.
      setImmediate(() => this.finish(next.id, { id: next.id, ...indexFile(next.job) }));
      return;
    }
    try {
      this.ensureWorker().postMessage({ id: next.id, ...next.job });
    } catch (e) {
      this.finish(next.id, { id: next.id, error: `could not start the index worker: ${describeError(e)}` });
      return;
    }
    const budget = this.options.timeoutMs ?? DEFAULT_INDEX_TIMEOUT_MS;
    this.timer = setTimeout(() => {
      this.log.error(`isnad: indexing ${next.job.path} timed out after ${Math.round(budget)} ms; restarting the index worker`);
      const w = this.worker;
      this.worker = null;
      void w?.terminate();
      this.finish(next.id, { id: next.id, error: `timed out after ${Math.round(budget)} ms` });
    }, budget);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = startWorker<Reply>(
      this.options.workerScript!,
      // One article at a time: a small heap; a runaway allocation fails the file, not the server.
      { workerData: INDEX_WORKER_DATA, resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 } },
      "index worker",
      this.log,
      (reply) => this.finish(reply.id, reply),
      (gone, why) => this.workerGone(gone, why),
    );
    this.worker = w;
    return w;
  }

  /** The thread failed or ended: the file it held fails with the reason; the next starts a new one. */
  private workerGone(w: Worker, why: string): void {
    if (this.worker !== w) return;
    this.worker = null;
    if (this.current) this.finish(this.current.id, { id: this.current.id, error: why });
  }

  private startIdleTimer(): void {
    if (!this.worker || this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.current && !this.queue.length) {
        const w = this.worker;
        this.worker = null;
        void w?.terminate();
      }
    }, this.options.idleMs ?? 30_000);
    this.idleTimer.unref();
  }

  private finish(id: number, reply: Reply): void {
    const job = this.current;
    if (!job || job.id !== id) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    const { id: _id, ...result } = reply;
    void _id;
    job.resolve(result as IndexResult);
    this.pump();
  }
}
