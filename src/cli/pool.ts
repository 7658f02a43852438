// Many articles on all cores: a pool of worker threads, each running this
// same bundle (main.ts starts serveJobs() when it is not the main thread). A
// worker reads, analyses and formats its files itself, so only paths go in and
// strings or findings come out. Results are handed on strictly in input order,
// whatever the order the workers finish in.
//
// Each worker is a fresh V8 isolate: it builds the lexicons and warms the JIT
// up again, and the optimising compiler runs on background threads beside it.
// So a small input is analysed in this thread (workers from WORKERS_FROM bytes
// and two files). On three cores or more the pool leaves one core to the
// compiler threads and the output (cores − 1 workers); on two cores it takes
// both: with work handed out in batches, 10,000 articles on an idle 2-core
// machine took 5.6–7.1 s with two workers against 6.2–9.1 s in this thread
// (four `npm run bench` runs, December 2026), for about 25 % more CPU. On a
// machine already busy the two workers were slower (19–23 s against 14–17 s
// with two other builds running): --jobs 0 is the choice there.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parentPort, threadId, Worker, workerData } from "node:worker_threads";
import { houseTexts, useHouseTexts } from "./config";
import { runJob, type Job, type JobResult, type Mode, type StartHelper } from "./jobs";
import type { Progress } from "./progress";
import { startHelper } from "./split-file";

/** Below this many bytes in all, the workers' start-up costs more than they save. */
export const WORKERS_FROM = 2_000_000;
/** Batches handed to a worker ahead of its results, so it never waits for the next one. */
const IN_FLIGHT = 2;
/**
 * Jobs per message, both ways. One message per small article cost more than its analysis
 * (each wakes the other thread; 10,000 articles on one worker took 2 s more CPU than in
 * process); batches shrink towards the end so the workers finish together.
 */
const MAX_BATCH = 32;

export interface WorkerData {
  isnadJobs: Mode;
  /** The house files' texts by path (config.ts), each built into its lexicon in the worker. */
  houses: Record<string, string>;
}

/** Workers for a large input on a machine with `cores` cores (0: this thread). */
export const autoWorkers = (cores: number): number => (cores >= 2 ? Math.max(2, cores - 1) : 0);

/** How many worker threads: `jobs` as given (--jobs), else by the input's size and the cores. 0: this thread. */
export function workerCount(jobs: readonly Job[], requested: number | "auto", cores = availableParallelism()): number {
  // (One file gains nothing from a pool: it stays here, with a helper thread if it is long: readsAhead.)
  if (requested !== "auto") return jobs.length < 2 ? 0 : Math.min(requested, jobs.length);
  if (jobs.length < 2 || autoWorkers(cores) === 0) return 0;
  let bytes = 0;
  for (const j of jobs) {
    if (j.text !== undefined) bytes += j.text.length;
    else {
      try {
        bytes += statSync(j.abs).size;
      } catch {
        // Reported when the job runs.
      }
    }
    if (bytes >= WORKERS_FROM) return Math.min(autoWorkers(cores), jobs.length);
  }
  return 0;
}

/**
 * Whether a long file analysed in this thread gets a helper thread that reads ahead
 * (split-file.ts): as for workers, by --jobs (0: none) or, auto, on two cores or more.
 */
export const readsAhead = (requested: number | "auto", cores = availableParallelism()): boolean => (requested === "auto" ? autoWorkers(cores) > 0 : requested > 0);

/**
 * Runs every job and calls `emit` with each result in input order. `ahead`: a long file
 * analysed in this thread gets a helper thread (readsAhead()).
 */
export async function runJobs(
  jobs: readonly Job[],
  mode: Mode,
  workers: number,
  script: string,
  progress: Progress,
  emit: (r: JobResult) => void,
  ahead = false,
): Promise<void> {
  if (workers <= 0) {
    const helper: StartHelper | undefined = ahead ? (text, markdown, config) => startHelper(script, text, markdown, config) : undefined;
    for (const job of jobs) {
      const r = guarded(job, mode, helper);
      progress.tick();
      emit(r);
    }
    return;
  }
  const done = new Map<number, JobResult>();
  let nextOut = 0;
  let nextIn = 0;
  const deliver = (r: JobResult) => {
    done.set(r.index, r);
    progress.tick();
    while (done.has(nextOut)) {
      const x = done.get(nextOut) as JobResult;
      done.delete(nextOut);
      nextOut++;
      emit(x);
    }
  };

  await new Promise<void>((resolve) => {
    type Slot = { w: Worker; busy: Map<number, Job>; batches: number };
    const pool: Slot[] = [];
    const feed = (slot: Slot) => {
      while (slot.batches < IN_FLIGHT && nextIn < jobs.length) {
        const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil((jobs.length - nextIn) / (workers * 8))));
        const batch = jobs.slice(nextIn, nextIn + size);
        nextIn += batch.length;
        for (const job of batch) slot.busy.set(job.index, job);
        slot.batches++;
        slot.w.postMessage(batch);
      }
    };
    const finishIfDone = () => {
      if (nextOut === jobs.length) {
        for (const s of pool) void s.w.terminate();
        resolve();
      }
    };
    const lose = (slot: Slot, why: string) => {
      const i = pool.indexOf(slot);
      if (i < 0) return;
      pool.splice(i, 1);
      // Its unfinished files are done again here; if it was the last worker, so is the rest.
      const again = [...slot.busy.values()];
      slot.busy.clear();
      if (pool.length === 0) while (nextIn < jobs.length) again.push(jobs[nextIn++]);
      for (const job of again.sort((a, b) => a.index - b.index)) deliver(guarded(job, mode));
      progress.note(`isnad: a worker thread stopped (${why}); its files were analysed in the main thread\n`);
      finishIfDone();
    };
    for (let k = 0; k < workers; k++) {
      const data: WorkerData = { isnadJobs: mode, houses: houseTexts() };
      const slot: Slot = { w: new Worker(script, { workerData: data }), busy: new Map<number, Job>(), batches: 0 };
      pool.push(slot);
      slot.w.on("message", (results: JobResult[]) => {
        slot.batches--;
        for (const r of results) {
          slot.busy.delete(r.index);
          deliver(r);
        }
        feed(slot);
        finishIfDone();
      });
      slot.w.on("error", (e) => lose(slot, e instanceof Error ? e.message : String(e)));
      slot.w.on("exit", (code) => {
        if (slot.busy.size > 0 || (nextIn < jobs.length && pool.includes(slot))) lose(slot, `exit code ${code}`);
      });
    }
    for (const slot of pool) feed(slot);
    finishIfDone();
  });
}

/** A job whose analysis throws is reported as that file's error, and the run goes on. */
function guarded(job: Job, mode: Mode, helper?: StartHelper): JobResult {
  try {
    return runJob(job, mode, helper);
  } catch (e) {
    return { index: job.index, file: job.file, thread: threadId, error: `the analyser failed on this file (${e instanceof Error ? e.message : String(e)}); please report it` };
  }
}

/** Worker side: one message of results per batch of jobs. */
export function serveJobs(): void {
  const port = parentPort;
  const data = workerData as WorkerData | undefined;
  if (!port || !data?.isnadJobs) return;
  const mode = data.isnadJobs;
  useHouseTexts(data.houses);
  port.on("message", (batch: Job[]) => port.postMessage(batch.map((job) => guarded(job, mode))));
}
