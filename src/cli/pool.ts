// Many articles on all cores: a pool of worker threads, one per core, each
// running this same bundle (main.ts starts serveJobs() when it is not the main
// thread). A worker reads, analyses and formats its file itself, so only a
// path goes in and a string or the findings come out. Results are handed on
// strictly in input order, whatever the order the workers finish in.
//
// Starting a worker costs a fresh V8 heap, the lexicons and the JIT warm-up
// again, so a small input is analysed in this thread: workers are used when
// the input holds at least two files and WORKERS_FROM bytes in all (measured:
// scripts/bench-cli.mjs), or when --jobs asks for them.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parentPort, threadId, Worker, workerData } from "node:worker_threads";
import { runJob, type Job, type JobResult, type Mode } from "./jobs";
import type { Progress } from "./progress";

/** Below this many bytes in all, the workers' start-up costs more than they save. */
export const WORKERS_FROM = 2_000_000;
/** Jobs handed to a worker before its first result comes back, so it never waits. */
const IN_FLIGHT = 4;

export interface WorkerData {
  isnadJobs: Mode;
}

/** How many worker threads: `jobs` as given (--jobs), else by the input's size. 0: this thread. */
export function workerCount(jobs: readonly Job[], requested: number | "auto"): number {
  if (requested !== "auto") return Math.min(requested, jobs.length);
  if (jobs.length < 2) return 0;
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
    if (bytes >= WORKERS_FROM) return Math.min(availableParallelism(), jobs.length);
  }
  return 0;
}

/** Runs every job and calls `emit` with each result in input order. */
export async function runJobs(
  jobs: readonly Job[],
  mode: Mode,
  workers: number,
  script: string,
  progress: Progress,
  emit: (r: JobResult) => void,
): Promise<void> {
  if (workers <= 0) {
    for (const job of jobs) {
      const r = guarded(job, mode);
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
    const pool: { w: Worker; busy: Map<number, Job> }[] = [];
    const feed = (slot: { w: Worker; busy: Map<number, Job> }) => {
      while (slot.busy.size < IN_FLIGHT && nextIn < jobs.length) {
        const job = jobs[nextIn++];
        slot.busy.set(job.index, job);
        slot.w.postMessage(job);
      }
    };
    const finishIfDone = () => {
      if (nextOut === jobs.length) {
        for (const s of pool) void s.w.terminate();
        resolve();
      }
    };
    const lose = (slot: { w: Worker; busy: Map<number, Job> }, why: string) => {
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
      const data: WorkerData = { isnadJobs: mode };
      const slot = { w: new Worker(script, { workerData: data }), busy: new Map<number, Job>() };
      pool.push(slot);
      slot.w.on("message", (r: JobResult) => {
        slot.busy.delete(r.index);
        deliver(r);
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
function guarded(job: Job, mode: Mode): JobResult {
  try {
    return runJob(job, mode);
  } catch (e) {
    return { index: job.index, file: job.file, thread: threadId, error: `the analyser failed on this file (${e instanceof Error ? e.message : String(e)}); please report it` };
  }
}

/** Worker side: one result per job, in the order the jobs come. */
export function serveJobs(): void {
  const port = parentPort;
  const data = workerData as WorkerData | undefined;
  if (!port || !data?.isnadJobs) return;
  const mode = data.isnadJobs;
  port.on("message", (job: Job) => port.postMessage(guarded(job, mode)));
}
