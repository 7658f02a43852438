// Many files on worker threads: the output is the same, byte for byte and in
// input order, as when everything runs in the main thread — also when an
// early file is much longer than the rest, so later files finish first. The
// worker path is forced with --jobs, and the pool is also driven directly to
// see that the work really ran on worker threads. The progress bar is checked
// on a real pseudo-terminal (util-linux `script`), and its absence elsewhere.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Job, JobResult } from "../../src/cli/jobs";
import { autoWorkers, readsAhead, runJobs, workerCount, WORKERS_FROM } from "../../src/cli/pool";
import type { Progress } from "../../src/cli/progress";

// Each test spawns node, some several times: on a shared machine under load one spawn
// can take seconds, so the limits are generous (they bound a hang, they time nothing).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 });

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");

const TEXTS = [
  "وقال مصدر مطلع إن المفاوضات ستستأنف الأسبوع المقبل.\n",
  '"We expect the road to open by June," the council said.\n\nA spokesman, who asked not to be named, said the cost had doubled.\n',
  "قالت رئيسة البلدية سلمى حداد: «لن نرفع الرسوم هذا العام».\n",
  'Witnesses said the fire started in the kitchen. "It spread in minutes," one said.\n',
  "أفاد مسؤولون بأن الطريق سيغلق.\n\nوأضاف أحدهم: «الإغلاق مؤقت\n",
];
const N_SMALL = 40;

let dir = "";
let names: string[] = [];

function run(args: string[], cwd = dir, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024, timeout: 180_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  dir = mkdtempSync(join(tmpdir(), "isnad-workers-"));
  mkdirSync(join(dir, "desk"));
  // First in name order and about 300 KB: it is still being analysed when the small ones are done.
  writeFileSync(join(dir, "desk", "000-long.txt"), TEXTS.join("\n").repeat(900));
  for (let i = 1; i <= N_SMALL; i++) {
    const name = `${String(i).padStart(3, "0")}-${i % 2 ? "story.txt" : "story.md"}`;
    writeFileSync(join(dir, "desk", name), `${TEXTS[i % TEXTS.length]}\nسطر ${i}.\n`);
  }
  names = ["000-long.txt", ...Array.from({ length: N_SMALL }, (_, k) => `${String(k + 1).padStart(3, "0")}-${(k + 1) % 2 ? "story.txt" : "story.md"}`)].map((n) =>
    join("desk", n),
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("same output with and without workers", () => {
  it.each(["text", "csv", "sarif"])("check --format %s", (format) => {
    const inProcess = run(["check", "--format", format, "--jobs", "0", "desk"]);
    const workers = run(["check", "--format", format, "--jobs", "2", "desk"]);
    expect(inProcess.stdout.length).toBeGreaterThan(1000);
    expect(workers.code).toBe(inProcess.code);
    expect(workers.stdout).toBe(inProcess.stdout);
    expect(workers.stderr).toBe(inProcess.stderr);
  });

  it.each([["json"], ["csv", "--table", "speakers"]])("report --format %s: the same with and without workers", (...fmt) => {
    const inProcess = run(["report", "--format", ...fmt, "--jobs", "0", "desk"]);
    const workers = run(["report", "--format", ...fmt, "--jobs", "2", "desk"]);
    expect(inProcess.code).toBe(0);
    expect(inProcess.stdout.length).toBeGreaterThan(500);
    expect(workers.code).toBe(0);
    expect(workers.stdout).toBe(inProcess.stdout);
    expect(workers.stderr).toBe(inProcess.stderr);
    if (fmt[0] === "json") expect((JSON.parse(workers.stdout) as { articles: { file: string }[] }).articles.map((a) => a.file)).toEqual(names);
  });

  it("check --format text lists the files in input order", () => {
    const out = run(["check", "--jobs", "2", "desk"]).stdout;
    const files = [...new Set(out.trim().split("\n").map((l) => l.slice(0, l.indexOf(":"))))];
    expect(files).toEqual(names.filter((n) => files.includes(n)));
    expect(files[0]).toBe("desk/000-long.txt");
    expect(files.length).toBeGreaterThan(N_SMALL / 2);
  });

  it.each(["jsonl", "json", "text"])("analyze --format %s", (format) => {
    const inProcess = run(["analyze", "--format", format, "--jobs", "0", ...names]);
    const workers = run(["analyze", "--format", format, "--jobs", "2", ...names]);
    expect(workers.code).toBe(0);
    expect(workers.stdout).toBe(inProcess.stdout);
    if (format === "jsonl") expect(workers.stdout.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual(names);
    if (format === "json") {
      const arr = JSON.parse(workers.stdout) as { file: string }[];
      expect(arr.map((a) => a.file)).toEqual(names);
      // Streamed element by element, it is still exactly what JSON.stringify(array, null, 2) prints.
      expect(workers.stdout).toBe(JSON.stringify(arr, null, 2) + "\n");
    }
  });

  it("analyze keeps going past a bad file on a worker, in order", () => {
    const args = ["analyze", "--format", "jsonl", names[1], "desk/missing.txt", names[2]];
    const w = run([...args, "--jobs", "2"]);
    const p = run([...args, "--jobs", "0"]);
    expect(w.code).toBe(2);
    expect(w.stdout).toBe(p.stdout);
    expect(w.stderr).toBe(p.stderr);
    expect(w.stderr).toBe("isnad: desk/missing.txt: no such file\n");
  });
});

describe("the pool", () => {
  const quiet = (): Progress & { notes: string[]; ticks: number } => {
    const o = { notes: [] as string[], ticks: 0, tick: () => void o.ticks++, note: (l: string) => void o.notes.push(l), done: () => {} };
    return o;
  };
  const jobs = (): Job[] => names.map((file, index) => ({ index, file, abs: join(dir, file) }));

  async function collect(workers: number, script = CLI) {
    const out: JobResult[] = [];
    const progress = quiet();
    await runJobs(jobs(), "check", workers, script, progress, (r) => out.push(r));
    return { out, progress };
  }

  it("runs the jobs on worker threads when asked, and hands results on in input order", async () => {
    const { out, progress } = await collect(2);
    expect(out.map((r) => r.index)).toEqual(names.map((_, i) => i));
    expect(out.every((r) => r.thread !== 0)).toBe(true);
    expect(progress.ticks).toBe(names.length);
    const { out: here } = await collect(0);
    expect(here.every((r) => r.thread === 0)).toBe(true);
    expect(out.map(({ thread: _t, ...r }) => r)).toEqual(here.map(({ thread: _t, ...r }) => r));
  });

  it("finishes in this thread when the workers cannot start, and says so", async () => {
    const { out, progress } = await collect(2, join(dir, "no-such-worker.js"));
    expect(out.map((r) => r.index)).toEqual(names.map((_, i) => i));
    expect(out.every((r) => r.thread === 0 && "findings" in r)).toBe(true);
    expect(progress.notes.length).toBeGreaterThan(0);
    expect(progress.notes[0]).toMatch(/^isnad: a worker thread stopped/);
  });

  it.each([
    [1, 0],
    [2, 2],
    [3, 2],
    [4, 3],
    [16, 15],
  ])("auto on %i cores: %i workers for a large input (from three cores one is left to V8's compiler threads)", (cores, n) => {
    expect(autoWorkers(cores)).toBe(n);
  });

  it("auto: this thread for a small input or one file, workers from WORKERS_FROM bytes; --jobs as asked", () => {
    const small = jobs().slice(1, 10);
    const big = [0, 1, 2].map((k) => {
      const abs = join(dir, `big-${k}.txt`);
      writeFileSync(abs, "a".repeat(Math.ceil(WORKERS_FROM * 0.4)));
      return { index: k, file: abs, abs };
    });
    expect(workerCount(small, "auto", 8)).toBe(0);
    expect(workerCount(big, "auto", 8)).toBe(3); // no more workers than files
    expect(workerCount(big.slice(0, 2), "auto", 8)).toBe(0); // 2 files but under WORKERS_FROM bytes
    expect(workerCount(big.slice(0, 1), "auto", 8)).toBe(0); // one file: nothing to share
    expect(workerCount(big, "auto", 2)).toBe(2);
    expect(workerCount(big, "auto", 1)).toBe(0);
    expect(workerCount(big, "auto", 3)).toBe(2);
    expect(workerCount(small, 3)).toBe(3);
    expect(workerCount(small.slice(0, 2), 8)).toBe(2);
  });
});

describe("one long file: a helper thread reads its paragraphs ahead (split-file.ts)", () => {
  // From 1,000 characters here (ISNAD_SPLIT_FROM), so the ~300 KB file is shared; ISNAD_SPLIT_DEBUG says how.
  const SPLIT = { ISNAD_SPLIT_FROM: "1000", ISNAD_SPLIT_DEBUG: "1" };
  const long = join("desk", "000-long.txt");

  it.each([
    ["analyze --format jsonl", ["analyze", "--format", "jsonl", long]],
    ["check --format json", ["check", "--format", "json", long]],
    ["report --format json", ["report", "--format", "json", long]],
  ])("%s: the same output as with --jobs 0, and the helper read chunks", (_name, args) => {
    const alone = run([...args.slice(0, 1), "--jobs", "0", ...args.slice(1)], dir, SPLIT);
    const shared = run(args, dir, SPLIT);
    expect(shared.code).toBe(alone.code);
    expect(shared.stdout).toBe(alone.stdout);
    expect(alone.stderr).not.toContain("split:");
    // (auto gives no helper on one core, e.g. a runner pinned to one CPU.)
    if (availableParallelism() < 2) return expect(shared.stderr).not.toContain("split:");
    const sent = /split: \d+ chunks, by the helper (\d+);/.exec(shared.stderr);
    expect(sent, shared.stderr).not.toBeNull();
    expect(Number(sent![1])).toBeGreaterThan(0);
    expect(shared.stderr).not.toContain("given up");
  });

  it("a Markdown file is shared the same way", () => {
    const md = join("desk", "000-long.md");
    writeFileSync(join(dir, md), "# Desk\n\n" + TEXTS.join("\n").replace(/road/g, "*road*").repeat(400));
    try {
      const alone = run(["analyze", "--jobs", "0", "--format", "jsonl", md], dir, SPLIT);
      const shared = run(["analyze", "--format", "jsonl", md], dir, SPLIT);
      expect(shared.stdout).toBe(alone.stdout);
      if (availableParallelism() >= 2) expect(shared.stderr).toMatch(/split: \d+ chunks, by the helper [1-9]/);
    } finally {
      rmSync(join(dir, md));
    }
  });

  // A real helper thread that dies (exit: nothing marks its chunk, so this thread waits out its
  // patience) or fails (throw: the chunk is marked failed) mid-chunk: the output does not change.
  it.each([
    ["dies", "exit:2", "(given up)"],
    ["fails", "throw:2", "the helper failed: injected fault"],
  ])("a helper that %s mid-chunk changes nothing", (_name, fault, said) => {
    if (availableParallelism() < 2) return;
    const args = ["analyze", "--format", "jsonl", long];
    const alone = run([...args.slice(0, 1), "--jobs", "0", ...args.slice(1)], dir, SPLIT);
    const broken = run(args, dir, { ...SPLIT, ISNAD_SPLIT_FAULT: fault });
    expect(broken.code).toBe(alone.code);
    expect(broken.stdout).toBe(alone.stdout);
    expect(broken.stderr).toContain(said);
  });

  it("is used by --jobs as workers are: not with --jobs 0, nor on one core", () => {
    expect(readsAhead("auto", 2)).toBe(true);
    expect(readsAhead("auto", 1)).toBe(false);
    expect(readsAhead(0, 8)).toBe(false);
    expect(readsAhead(1, 1)).toBe(true);
    // One file with --jobs N stays in this thread (a pool of one gains nothing), and gets the helper.
    expect(workerCount(names.slice(0, 1).map((f, index) => ({ index, file: f, abs: join(dir, f) })), 2, 8)).toBe(0);
  });
});

describe("progress bar", () => {
  // `script` runs the command on a pseudo-terminal and copies what the terminal shows to
  // its stdout; the CLI's stdout goes to /dev/null inside, so only stderr is seen.
  const onTty = (args: string) => {
    const r = spawnSync("script", ["-qec", `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${args} > /dev/null`, "/dev/null"], {
      cwd: dir,
      timeout: 180_000,
      env: { ...process.env, TERM: "dumb", COLUMNS: "100" },
    });
    if (r.error) throw r.error;
    return r.stdout.toString("utf8");
  };

  it.each([
    ["in this thread", "--jobs 0"],
    ["with workers", "--jobs 2"],
  ])("is drawn on stderr when it is a terminal (%s), then erased", (_what, jobs) => {
    const screen = onTty(`check ${jobs} desk`);
    expect(screen).toMatch(/isnad \[[#.]+\] 0\/41 files/);
    expect(screen).toContain("\r\x1b[K");
    // Erased before the summary line, which is left alone on the screen.
    expect(screen).toMatch(/\r\x1b\[Kisnad: 41 files checked: /);
  });

  it("is not drawn with --no-progress", () => {
    const screen = onTty("check --jobs 0 --no-progress desk");
    expect(screen).not.toContain("isnad [");
    expect(screen).toMatch(/isnad: 41 files checked: /);
  });

  it("is not drawn when stderr is not a terminal", () => {
    const r = run(["check", "--jobs", "2", "desk"]);
    expect(r.stderr).not.toContain("isnad [");
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).toMatch(/^isnad: 41 files checked: .*\n$/);
  });
});
