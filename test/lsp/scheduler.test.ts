// The analysis scheduler's policy, with the event loop replaced by a hand-driven
// queue of turns and each run by a promise the test settles: no timers at all.
import { describe, expect, it } from "vitest";
import { Scheduler, type Defer } from "../../src/server/scheduler";

/** A fake event loop: `defer` queues for the next turn, `turn()` runs one turn. */
function loop() {
  let next: (() => void)[] = [];
  const defer: Defer = (fn) => {
    const box = { fn: fn as (() => void) | null };
    next.push(() => box.fn?.());
    return () => {
      box.fn = null;
    };
  };
  const turn = () => {
    const now = next;
    next = [];
    for (const f of now) f();
    return now.length;
  };
  /** Turns until nothing is queued (bounded). */
  const drain = (max = 10_000) => {
    let n = 0;
    while (turn() > 0 && n < max) n++;
    return n;
  };
  return { defer, turn, drain, pending: () => next.length };
}

/** Runs that stay open until the test finishes them; records concurrency. */
function runs() {
  const started: { key: string; version: number | undefined; done: boolean; finish: (fail?: boolean) => Promise<void> }[] = [];
  let running = 0;
  let maxRunning = 0;
  const versions = new Map<string, number>();
  const run = (key: string) =>
    new Promise<void>((resolve, reject) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      const entry = {
        key,
        version: versions.get(key),
        done: false,
        finish: async (fail = false) => {
          entry.done = true;
          running--;
          if (fail) reject(new Error("core bug"));
          else resolve();
          // Let the scheduler's then() run.
          await Promise.resolve();
          await Promise.resolve();
          await Promise.resolve();
        },
      };
      started.push(entry);
    });
  return { run, started, versions, maxRunning: () => maxRunning };
}

function setup(maxYields?: number) {
  const l = loop();
  const r = runs();
  const s = new Scheduler(r.run, { version: (k) => r.versions.get(k), defer: l.defer, maxYields });
  /** An edit: the version moves, then the server requests a run (as onDidChangeContent does). */
  const edit = (key = "a") => {
    r.versions.set(key, (r.versions.get(key) ?? 0) + 1);
    s.request(key);
  };
  return { l, r, s, edit };
}

describe("analysis scheduler", () => {
  it("runs once, without a timer, as soon as the turn after the edit is quiet", () => {
    const { l, r, s, edit } = setup();
    edit();
    expect(r.started).toHaveLength(0);
    l.turn(); // first look: always yields once
    expect(r.started).toHaveLength(0);
    l.turn(); // nothing moved: run
    expect(r.started.map((x) => x.version)).toEqual([1]);
    expect(s.busy).toBe(1);
  });

  it("lets edits already read apply first, then analyses only the last version", () => {
    const { l, r, edit } = setup();
    edit();
    // The connection applies one queued message per turn, after our look.
    for (let i = 0; i < 20; i++) {
      l.turn();
      edit();
    }
    l.drain();
    expect(r.started.map((x) => x.version)).toEqual([21]);
  });

  it("coalesces any number of edits during a run into exactly one more run, on the latest version", async () => {
    const { l, r, s, edit } = setup();
    edit();
    l.drain();
    expect(r.started).toHaveLength(1);
    for (let i = 0; i < 1000; i++) edit();
    expect(l.pending()).toBe(0); // nothing queued while running: no backlog
    await r.started[0].finish();
    l.drain();
    expect(r.started.map((x) => x.version)).toEqual([1, 1001]);
    await r.started[1].finish();
    l.drain();
    expect(r.started).toHaveLength(2);
    expect(s.busy).toBe(0);
  });

  it("a burst of 1,000 edits interleaved with slow runs: one run at a time, a bounded number of runs, the last version analysed last", async () => {
    const { l, r, s, edit } = setup();
    for (let i = 0; i < 1000; i++) {
      edit();
      l.turn();
      // Every fifth edit, the run under way finishes (a run takes a few edits' time).
      if (i % 5 === 4) for (const x of r.started.filter((x) => !x.done)) await x.finish();
      expect(s.busy).toBeLessThanOrEqual(1);
    }
    for (;;) {
      l.drain();
      const open = r.started.filter((x) => !x.done);
      if (!open.length) break;
      for (const x of open) await x.finish();
    }
    expect(r.maxRunning()).toBe(1);
    expect(r.started.length).toBeLessThanOrEqual(1000 / 5 + 2);
    expect(r.started.at(-1)!.version).toBe(1000);
    expect(s.busy).toBe(0);
  });

  it("keeps documents apart", () => {
    const { l, r, edit } = setup();
    edit("a");
    edit("b");
    edit("a");
    l.drain();
    expect(r.started.map((x) => `${x.key}@${x.version}`).sort()).toEqual(["a@2", "b@1"]);
  });

  it("stops yielding after maxYields turns of a flood and analyses anyway", () => {
    const { l, r, edit } = setup(4);
    edit();
    for (let i = 0; i < 10; i++) {
      l.turn();
      edit();
    }
    expect(r.started.length).toBe(1);
    expect(r.started[0].version).toBeLessThan(11);
  });

  it("forgets a closed document: a queued run never starts, a running one is not repeated", async () => {
    const { l, r, s, edit } = setup();
    edit("a");
    s.cancel("a");
    l.drain();
    expect(r.started).toHaveLength(0);
    edit("b");
    l.drain();
    edit("b");
    s.cancel("b");
    await r.started[0].finish();
    l.drain();
    expect(r.started).toHaveLength(1);
    expect(s.busy).toBe(0);
  });

  it("a failing run does not leave the document stuck", async () => {
    const { l, r, s, edit } = setup();
    edit();
    l.drain();
    edit();
    await r.started[0].finish(true);
    l.drain();
    expect(r.started.map((x) => x.version)).toEqual([1, 2]);
    await r.started[1].finish();
    expect(s.busy).toBe(0);
  });

  it("settled(): at once with nothing to run; after the queued or running run, not after a later edit's; on close", async () => {
    const { l, r, s, edit } = setup();
    const ended: string[] = [];
    const watch = (name: string, key = "a") => void s.settled(key).then(() => ended.push(name));
    watch("idle");
    await Promise.resolve();
    expect(ended).toEqual(["idle"]);

    edit();
    watch("queued");
    l.drain();
    watch("running");
    edit(); // arrives during the run: one more run, which the watchers above do not wait for
    await r.started[0].finish();
    expect(ended).toEqual(["idle", "queued", "running"]);
    l.drain();
    watch("second");
    await r.started[1].finish();
    expect(ended.at(-1)).toBe("second");

    edit("b");
    watch("closed", "b");
    s.cancel("b");
    await Promise.resolve();
    expect(ended.at(-1)).toBe("closed");
    expect(s.busy).toBe(0);
  });
});
