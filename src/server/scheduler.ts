// When to analyse a document after an edit. No timer: a document is analysed
// as soon as the server is free, and edits that arrive meanwhile are coalesced
// into one more run on the latest text. Per document there is at most one run
// under way and one queued, whatever the rate of edits, so a burst of 1,000
// edits a second never builds a backlog; the run itself reads the newest
// version and the publisher drops any result that is no longer current.
//
//   request(doc) ── idle ──────▶ queued ──(input drained)──▶ running ──┐
//                   queued ────▶ (nothing: the run will see this edit)  │
//                   running ───▶ again = true ──────────────────────────┤
//                                 done: again ? queued : idle ◀─────────┘
//
// "Input drained": the connection applies the messages it has already read one
// per event-loop turn (vscode-jsonrpc dispatches each from its own
// setImmediate, queued after ours), so a queued run looks once per turn and
// starts only when a whole turn went by without the document's version moving
// (at most `maxYields` turns, so a flood cannot starve it). That costs two
// turns (microseconds) for a keystroke, and saves analysing versions that are
// already superseded when several changes arrive in one read.

/** Schedules `fn` on a later turn of the event loop; returns a function that cancels it. */
export type Defer = (fn: () => void) => () => void;

export const nextTurn: Defer = (fn) => {
  const t = setImmediate(fn);
  return () => clearImmediate(t);
};

interface State {
  phase: "queued" | "running";
  /** An edit arrived while running: run once more when done. */
  again: boolean;
  /** The document's version when the queued run last looked (null: not looked yet). */
  seen: number | undefined | null;
  yields: number;
  cancel?: () => void;
  /** Callers of settled() waiting for this run to end. */
  waiters: (() => void)[];
}

export interface SchedulerOptions {
  /** The document's current version (undefined once closed): a run waits while it moves. */
  version: (key: string) => number | undefined;
  defer?: Defer;
  /** Turns a run waits for the input to settle before it analyses anyway. */
  maxYields?: number;
}

export class Scheduler {
  private readonly states = new Map<string, State>();
  private readonly defer: Defer;
  private readonly maxYields: number;
  private readonly version: (key: string) => number | undefined;
  /** Runs started, for tests and the bench. */
  runs = 0;

  constructor(
    private readonly run: (key: string) => Promise<void>,
    options: SchedulerOptions,
  ) {
    this.version = options.version;
    this.defer = options.defer ?? nextTurn;
    this.maxYields = options.maxYields ?? 256;
  }

  /** The published result for `key` is stale (an edit, a settings change): analyse it again soon. */
  request(key: string): void {
    const s = this.states.get(key);
    if (!s) this.queue(key);
    else if (s.phase === "running") s.again = true;
    // Queued: that run reads the newest version when it starts.
  }

  /** The document closed: forget any queued run (a running one finishes and is dropped by its caller). */
  cancel(key: string): void {
    const s = this.states.get(key);
    s?.cancel?.();
    this.states.delete(key);
    s?.waiters.splice(0).forEach((w) => w());
  }

  /**
   * Resolves when the run queued or under way for `key` has ended (at once when there
   * is none; a later edit's run is not waited for, so a steady stream of edits cannot
   * hold a caller). Never rejects.
   */
  settled(key: string): Promise<void> {
    const s = this.states.get(key);
    if (!s) return Promise.resolve();
    return new Promise((resolve) => s.waiters.push(resolve));
  }

  /** Documents with a run queued or under way. */
  get busy(): number {
    return this.states.size;
  }

  dispose(): void {
    for (const key of [...this.states.keys()]) this.cancel(key);
  }

  private queue(key: string): void {
    // The first look always yields: the edit that queued this run may be followed by
    // others already read but not yet dispatched (their turn comes after ours).
    const s: State = { phase: "queued", again: false, seen: null, yields: 0, waiters: [] };
    this.states.set(key, s);
    s.cancel = this.defer(() => this.tick(key, s));
  }

  private tick(key: string, s: State): void {
    if (this.states.get(key) !== s) return;
    const now = this.version(key);
    if (now !== s.seen && s.yields < this.maxYields) {
      // More edits were applied since the last look: let the rest of the input in first.
      s.seen = now;
      s.yields++;
      s.cancel = this.defer(() => this.tick(key, s));
      return;
    }
    s.phase = "running";
    s.cancel = undefined;
    this.runs++;
    let done: Promise<void>;
    try {
      done = this.run(key);
    } catch (e) {
      done = Promise.reject(e);
    }
    // The run logs its own failures; whatever happened, the document is not left stuck.
    void done
      .catch(() => undefined)
      .then(() => {
        const waiters = s.waiters.splice(0);
        if (this.states.get(key) === s) {
          this.states.delete(key);
          if (s.again) this.queue(key);
        }
        for (const w of waiters) w();
      });
  }
}
