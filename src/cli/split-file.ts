// Speed trick for one long file (core/perf/split-reading.ts says how the reading is
// shared): a helper thread, this same bundle started again, reads paragraphs ahead
// while this thread analyses. Kept while `npm run bench` shows it gains on the 7.8 MB
// archive files (its helper row; README, Speed); `--jobs 0` turns it off.
//
// The analysis runs synchronously, so it cannot wait for messages the usual way: each
// chunk has a state in shared memory that either thread claims with a compare-and-swap,
// and this thread blocks (Atomics.wait) on a chunk the helper is reading, then takes its
// message with receiveMessageOnPort. A helper that fails or never starts only means this
// thread reads those chunks itself (after PATIENCE_MS at most, if it died mid-chunk): the
// output never depends on the helper.
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from "node:worker_threads";
import { chunkCount, readAhead, ReadAhead, type ChunkReadings } from "../core/perf/split-reading";
import { houseTexts, lexiconFor, useHouseTexts } from "./config";

/** Characters (UTF-16 code units) from which a file is shared with a helper (ISNAD_SPLIT_FROM overrides it, for tests). */
export const SPLIT_FROM = Number(process.env.ISNAD_SPLIT_FROM) || 1_000_000;

// A chunk's state: nobody's yet, the helper's (being read), this thread's, read and sent, failed.
const FREE = 0;
const HELPER = 1;
const MAIN = 2;
const SENT = 3;
const FAILED = 4;

/**
 * How long this thread waits for one chunk of the helper's before it gives the helper up and
 * reads the rest of the file alone (a chunk takes tens of milliseconds; a helper that died
 * while reading one never sends it, and its death cannot be heard while this thread waits).
 */
const PATIENCE_MS = 5_000;

interface SplitData {
  isnadSplit: true;
  text: string;
  markdown: boolean;
  config?: string;
  houses: Record<string, string>;
  state: SharedArrayBuffer;
  port: MessagePort;
}

/** A helper started on one text: what analyze() takes, and how to let the helper go. */
export interface Helper {
  ahead: ReadAhead;
  stop(): void;
}

/** Starts a helper on `text` when it is long enough to gain from one; null otherwise. */
export function startHelper(script: string, text: string, markdown: boolean, config: string | undefined): Helper | null {
  if (text.length < SPLIT_FROM) return null;
  const state = new Int32Array(new SharedArrayBuffer(4 * chunkCount(text.length)));
  const { port1, port2 } = new MessageChannel();
  const data: SplitData = { isnadSplit: true, text, markdown, config, houses: houseTexts(), state: state.buffer as SharedArrayBuffer, port: port2 };
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: data, transferList: [port2] });
  } catch {
    return null;
  }
  // Its errors show as chunks never sent (read here instead); the listener keeps them from ending the process.
  worker.on("error", (e) => debug(`split: the helper failed: ${e instanceof Error ? e.message : String(e)}\n`));
  worker.unref();
  const arrived = new Map<number, ChunkReadings>();
  let gone = false;
  let waitedMs = 0;
  // When this thread began waiting for the chunk it waits for.
  let since = -1;
  /** Every chunk nobody has is this thread's: the helper claims no more. */
  const release = () => {
    for (let c = 0; c < state.length; c++) Atomics.compareExchange(state, c, FREE, MAIN);
  };
  /** Gives the helper up. */
  const leave = () => {
    gone = true;
    release();
  };
  const claim = (c: number) => !gone && Atomics.compareExchange(state, c, FREE, MAIN) === FREE;
  const poll = (c: number, waitMs: number): ChunkReadings | null | undefined => {
    if (gone) return null;
    if (Atomics.load(state, c) === HELPER) {
      const t0 = performance.now();
      if (since < 0) since = t0;
      if (waitMs > 0) Atomics.wait(state, c, HELPER, waitMs);
      waitedMs += performance.now() - t0;
      if (Atomics.load(state, c) === HELPER) {
        if (performance.now() - since <= PATIENCE_MS) return undefined;
        leave();
        return null;
      }
    }
    since = -1;
    if (Atomics.load(state, c) !== SENT) return null;
    while (!arrived.has(c)) {
      const m = receiveMessageOnPort(port1);
      if (!m) {
        leave();
        return null;
      }
      const r = m.message as ChunkReadings;
      arrived.set(r.chunk, r);
    }
    const r = arrived.get(c)!;
    arrived.delete(c);
    return r;
  };
  let sent = 0;
  const stop = () => {
    for (let c = 0; c < state.length; c++) if (Atomics.load(state, c) === SENT) sent++;
    debug(`split: ${state.length} chunks, by the helper ${sent}${gone ? " (given up)" : ""}; waited ${Math.round(waitedMs)} ms\n`);
    port1.close();
    void worker.terminate();
  };
  // (After the paragraphs, the chunks nobody claimed are of no use: release() stops the helper.)
  return { ahead: new ReadAhead({ chunks: state.length, claim, poll, done: release }), stop };
}

/** ISNAD_SPLIT_DEBUG=1: how a file was shared, on stderr (the CLI tests read it). */
function debug(line: string): void {
  if (process.env.ISNAD_SPLIT_DEBUG) process.stderr.write(line);
}

/**
 * ISNAD_SPLIT_FAULT=exit:N or throw:N (tests only): the helper dies, or fails, just after claiming
 * its Nth chunk, so the CLI tests see a real helper thread break mid-chunk and the output not
 * change. exit ends the thread at once (no finally runs: the chunk stays claimed until PATIENCE_MS).
 */
function injectedFault(): { nth: number; act: () => never } | null {
  const m = /^(exit|throw):(\d+)$/.exec(process.env.ISNAD_SPLIT_FAULT ?? "");
  if (!m) return null;
  const act = m[1] === "exit" ? () => process.exit(1) : () => {
    throw new Error(`injected fault at its chunk ${m[2]}`);
  };
  return { nth: Number(m[2]), act };
}

/** Helper side (main.ts, in a worker thread): reads the chunks it can claim, then waits to be stopped. */
export function serveSplit(): void {
  const data = workerData as SplitData | undefined;
  if (!data?.isnadSplit) return;
  const state = new Int32Array(data.state);
  useHouseTexts(data.houses);
  // The chunk being read: whatever happens to the helper, it is marked failed, so the other thread reads it.
  let reading = -1;
  const fault = injectedFault();
  let claimed = 0;
  const claim = (c: number) => {
    if (Atomics.compareExchange(state, c, FREE, HELPER) !== FREE) return false;
    reading = c;
    if (++claimed === fault?.nth) fault.act();
    return true;
  };
  const done = (c: number, r: ChunkReadings | null) => {
    if (r) data.port.postMessage(r);
    Atomics.store(state, c, r ? SENT : FAILED);
    Atomics.notify(state, c);
    reading = -1;
  };
  try {
    readAhead(data.text, { markdown: data.markdown, lexicon: lexiconFor(data.config) }, claim, done);
  } finally {
    if (reading >= 0) {
      Atomics.store(state, reading, FAILED);
      Atomics.notify(state, reading);
    }
  }
}
