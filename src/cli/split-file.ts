// Speed trick for one long file (core/perf/split-reading.ts says how the reading is
// shared): a helper thread, this same bundle started again, reads paragraphs ahead
// while this thread analyses. Kept because `npm run bench` shows it on the 7.8 MB
// archive files (README, Speed); `--jobs 0` turns it off.
//
// The analysis runs synchronously, so it cannot wait for messages the usual way: each
// chunk has a state in shared memory that either thread claims with a compare-and-swap,
// and this thread blocks (Atomics.wait) on a chunk the helper is reading, then takes its
// message with receiveMessageOnPort. A helper that fails or never starts only means this
// thread reads those chunks itself: the output never depends on the helper.
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from "node:worker_threads";
import { chunkCount, readAhead, ReadAhead, type ChunkReadings } from "../core/perf/split-reading";
import { houseTexts, lexiconFor, useHouseTexts } from "./config";

/** Characters from which a file is shared with a helper (ISNAD_SPLIT_FROM overrides it, for tests). */
export const SPLIT_FROM = Number(process.env.ISNAD_SPLIT_FROM) || 1_000_000;

// A chunk's state: nobody's yet, the helper's (being read), this thread's, read and sent, failed.
const FREE = 0;
const HELPER = 1;
const MAIN = 2;
const SENT = 3;
const FAILED = 4;

/** How long this thread waits for one chunk before it reads on alone (a chunk takes milliseconds). */
const PATIENCE_MS = 30_000;

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
  // Its errors show as chunks never sent; an 'error' listener keeps them from ending the process.
  worker.on("error", () => undefined);
  const arrived = new Map<number, ChunkReadings>();
  let gone = false;
  let waitedMs = 0;
  // When this thread began waiting for the chunk it waits for.
  let since = -1;
  const claim = (c: number) => !gone && Atomics.compareExchange(state, c, FREE, MAIN) === FREE;
  const poll = (c: number, waitMs: number): ChunkReadings | null | undefined => {
    if (gone) return null;
    if (Atomics.load(state, c) === HELPER) {
      const t0 = Date.now();
      if (since < 0) since = t0;
      if (waitMs > 0) Atomics.wait(state, c, HELPER, waitMs);
      waitedMs += Date.now() - t0;
      if (Atomics.load(state, c) === HELPER) {
        if (Date.now() - since > PATIENCE_MS) gone = true;
        return gone ? null : undefined;
      }
    }
    since = -1;
    if (Atomics.load(state, c) !== SENT) return null;
    while (!arrived.has(c)) {
      const m = receiveMessageOnPort(port1);
      if (!m) {
        gone = true;
        return null;
      }
      const r = m.message as ChunkReadings;
      arrived.set(r.chunk, r);
    }
    const r = arrived.get(c)!;
    arrived.delete(c);
    return r;
  };
  return {
    ahead: new ReadAhead({ chunks: state.length, claim, poll }),
    stop: () => {
      if (process.env.ISNAD_SPLIT_DEBUG) {
        const n = [0, 0, 0, 0, 0];
        for (let i = 0; i < state.length; i++) n[state[i]]++;
        process.stderr.write(`split: chunks read here ${n[2]}, by the helper ${n[3]}, failed ${n[4]}, unclaimed ${n[0] + n[1]}; waited ${waitedMs} ms\n`);
      }
      port1.close();
      void worker.terminate();
    },
  };
}

/** Helper side (main.ts, in a worker thread): reads the chunks it can claim, then waits to be stopped. */
export function serveSplit(): void {
  const data = workerData as SplitData | undefined;
  if (!data?.isnadSplit) return;
  const state = new Int32Array(data.state);
  useHouseTexts(data.houses);
  const claim = (c: number) => Atomics.compareExchange(state, c, FREE, HELPER) === FREE;
  const done = (c: number, r: ChunkReadings | null) => {
    if (r) data.port.postMessage(r);
    Atomics.store(state, c, r ? SENT : FAILED);
    Atomics.notify(state, c);
  };
  readAhead(data.text, { markdown: data.markdown, lexicon: lexiconFor(data.config) }, claim, done);
}
