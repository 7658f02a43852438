// The analysis worker: an analysis that never ends is stopped and the worker
// restarted; work superseded before it starts is dropped; a core exception
// becomes a rejected analysis, not a dead server.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Analyzer } from "../../src/server/analyzer";

// A stand-in worker speaking the same messages: "hang" never returns, "throw" fails.
const WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (job) => {
  if (job.text === "hang") for (;;) {}
  if (job.text === "throw") return parentPort.postMessage({ id: job.id, error: "boom" });
  parentPort.postMessage({ id: job.id, analysis: { file: job.opts.file, lang: "en", statements: [], speakers: [], anonymity: [], diagnostics: [] } });
});
`;

describe("Analyzer", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "isnad-worker-"));
  const script = path.join(dir, "worker.cjs");
  writeFileSync(script, WORKER);
  const errors: string[] = [];
  const log = { error: (m: string) => void errors.push(m) };

  it("stops a runaway analysis, restarts the worker and carries on", async () => {
    // A short budget for the 4-character "hang", a generous one for the rest (worker start-up included).
    const a = new Analyzer(log, { workerScript: script, inProcessBelow: 0, timeoutMs: (n) => (n === 4 ? 300 : 60_000) });
    const hung = a.run("hang", { file: "h" }, () => false);
    const after = a.run("fine text", { file: "after" }, () => false);
    await expect(hung).rejects.toThrow(/timed out/);
    expect((await after)?.file).toBe("after");
    expect(errors.some((e) => e.includes("timed out"))).toBe(true);
    await expect(a.run("throw", { file: "t" }, () => false)).rejects.toThrow("boom");
    expect((await a.run("once again", { file: "again" }, () => false))?.file).toBe("again");
    a.dispose();
  });

  it("drops work that was superseded before it started", async () => {
    const a = new Analyzer(log, { workerScript: script, inProcessBelow: 0 });
    let current = 1;
    const first = a.run("fine", { file: "v1" }, () => current !== 1);
    const second = a.run("fine", { file: "v2" }, () => current !== 1);
    current = 2; // both were queued behind nothing but the first is already in the worker
    const third = a.run("fine", { file: "v3" }, () => current !== 2);
    expect((await first)?.file).toBe("v1");
    expect(await second).toBeNull();
    expect((await third)?.file).toBe("v3");
    a.dispose();
  });

  it("stops an idle worker and starts a new one for the next job", async () => {
    const a = new Analyzer(log, { workerScript: script, inProcessBelow: 0, idleMs: 50 });
    expect((await a.run("fine", { file: "one" }, () => false))?.file).toBe("one");
    const w = (a as unknown as { worker: unknown }).worker;
    expect(w).not.toBeNull();
    await expect.poll(() => (a as unknown as { worker: unknown }).worker, { timeout: 10_000 }).toBeNull();
    expect((await a.run("fine", { file: "two" }, () => false))?.file).toBe("two");
    a.dispose();
  });

  it("keeps short texts in process and sends long ones to the worker", async () => {
    const a = new Analyzer(log, { workerScript: script, inProcessBelow: 10 });
    // The stand-in worker returns lang "en" with no statements; the real core finds this quote.
    const short = await a.run("“Yes,” Maria Lopez said.".slice(0, 9), { file: "s" }, () => false);
    expect((a as unknown as { worker: unknown }).worker).toBeNull();
    expect(short?.file).toBe("s");
    const long = await a.run("x".repeat(20), { file: "l" }, () => false);
    expect(long?.file).toBe("l");
    expect((a as unknown as { worker: unknown }).worker).not.toBeNull();
    a.dispose();
  });

  it("runs in process when no worker script is given", async () => {
    const a = new Analyzer(log);
    const r = await a.run("“We will sign,” Maria Lopez said.", { file: "x" }, () => false);
    expect(r?.file).toBe("x");
    expect(await a.run("x", {}, () => true)).toBeNull();
  });
});
