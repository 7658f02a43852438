// `npm run bench`: speed, linearity and memory figures for the analyser, on
// the two 7.8 MB files of ../shared/corpus, then the language server's figures
// (scripts/bench-lsp.mjs) when that script exists. Targets are printed with
// PASS/MISS; the bench never fails the build (exit 0 unless it cannot run).
//
// Then the CLI as a user runs it, whole process (scripts/bench/cli.mjs): a cold
// `isnad analyze` of each big file against a whole-process bare \p{L}+ pass,
// and 10,000 articles with `isnad check` and `isnad analyze`.
//
// Usage: node scripts/bench.mjs [--runs N] [--budget S] [--warmup W] [--cli-runs R] [--cli-only | --no-cli]
//   up to N timed runs per file (default 9: on a shared machine one run in
//   three or four can take a quarter longer than the rest, and the median of
//   nine moves less than the median of five) after W warm-up runs (default 3:
//   V8 is still optimising the analyser during the first two runs of a 7.8 MB
//   file, and throughput means the steady state a long-running server sees),
//   fewer when the runs of one file pass S seconds (default 60); the median
//   is reported.
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { median, peakRss, table, verdict } from "./bench/lib.mjs";
import { benchCli } from "./bench/cli.mjs";

// Collect garbage before each timed section so one run's leftovers are not
// billed to the next: re-run this script with --expose-gc when it lacks it.
if (typeof globalThis.gc !== "function") {
  const r = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}
const gc = globalThis.gc;

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CORPUS = join(ROOT, "..", "shared", "corpus");
const CACHE = join(ROOT, ".cache", "bench");
const CLI = join(ROOT, "dist", "cli.js");
const FILES = ["ar-big.txt", "en-big.txt"];
const TARGET = { bareRatio: 2, linearity: 12, rssMB: 300 };

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 9) : 9;
const budgetArg = process.argv.indexOf("--budget");
const BUDGET_S = budgetArg > 0 ? Math.max(0, Number(process.argv[budgetArg + 1]) || 60) : 60;
const warmArg = process.argv.indexOf("--warmup");
const WARMUP = warmArg > 0 ? Math.max(0, Number(process.argv[warmArg + 1]) || 0) : 3;
const cliRunsArg = process.argv.indexOf("--cli-runs");
const CLI_RUNS = cliRunsArg > 0 ? Math.max(1, Number(process.argv[cliRunsArg + 1]) || 5) : 5;
const CLI_ONLY = process.argv.includes("--cli-only");
const NO_CLI = process.argv.includes("--no-cli");

function die(msg) {
  console.error(`bench: ${msg}`);
  process.exit(1);
}

for (const f of FILES) {
  if (!existsSync(join(CORPUS, f))) die(`${join(CORPUS, f)} not found: the bench needs ../shared/corpus beside the repo.`);
}

// The CLI bundle runs its main on import, so the core gets a bundle of its own.
const coreOut = join(CACHE, "core.mjs");
try {
  await build({
    entryPoints: [join(ROOT, "src/core/index.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outfile: coreOut,
    loader: { ".tsv": "text" },
    logLevel: "warning",
  });
} catch (e) {
  die(`cannot bundle src/core/index.ts: ${e.message}`);
}
const { analyze } = await import(pathToFileURL(coreOut).href);
if (typeof analyze !== "function") die("src/core/index.ts does not export analyze()");

const strip = (t) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t);
const WORDS = /\p{L}+/gu;

/**
 * One run: the whole text analysed, one bare word pass, the first tenth analysed ten
 * times in a row, and that tenth repeated ten times analysed once, back to back. Each
 * ratio is taken within a run: this machine's speed drifts by a fifth over tens of
 * seconds, and measures taken minutes apart would compare one speed with another.
 */
function timedRun(text, part, rep, file) {
  gc();
  const t0 = performance.now();
  const a = analyze(text, { file });
  const t1 = performance.now();
  const statements = a.statements.length;
  gc();
  const t2 = performance.now();
  const words = text.match(WORDS);
  const t3 = performance.now();
  // Ten analyses of the tenth in a row, divided by ten. A single tenth allocates less
  // than V8's young generation holds, so its garbage would be collected after the
  // clock stops, while the whole file pays for its own collections: ten in a row pay
  // for theirs the same way.
  gc();
  const t4 = performance.now();
  for (let i = 0; i < 10; i++) analyze(part, { file });
  const t5 = performance.now();
  // The tenth repeated ten times: same content, ten times the size, so its ratio
  // shows growth alone, where whole/tenth also mixes in how the whole file's
  // content differs from its first tenth.
  gc();
  const t6 = performance.now();
  analyze(rep, { file });
  const t7 = performance.now();
  return {
    analyse: (t1 - t0) / 1000,
    bare: (t3 - t2) / 1000,
    part: (t5 - t4) / 10 / 1000,
    rep: (t7 - t6) / 1000,
    statements,
    words: words?.length ?? 0,
  };
}

/** The paragraph boundary nearest to a tenth of the text. */
function tenth(text) {
  const aim = Math.floor(text.length / 10);
  const after = text.indexOf("\n\n", aim);
  const before = text.lastIndexOf("\n\n", aim);
  let cut = after < 0 ? before : before < 0 ? after : aim - before <= after - aim ? before : after;
  if (cut <= 0) cut = aim;
  return text.slice(0, cut);
}

const results = [];
const memory = [];
if (!CLI_ONLY) {
  console.log(
    `Isnad bench — node ${process.version}, ${availableParallelism()} CPUs; median of up to ${RUNS} runs ` +
      `(${BUDGET_S} s budget per file) after ${WARMUP} warm-up run${WARMUP === 1 ? "" : "s"}; ` +
      "MB = bytes of UTF-8 / 1e6.",
  );
  console.log("");

  for (const name of FILES) {
    const path = join(CORPUS, name);
    const bytes = readFileSync(path);
    const text = strip(bytes.toString("utf8"));
    const mb = bytes.length / 1e6;
    process.stderr.write(`bench: ${name} (${mb.toFixed(2)} MB) …`);
    const part = tenth(text);
    const partMB = Buffer.byteLength(part, "utf8") / 1e6;
    const rep = part.repeat(10);
    for (let w = 0; w < WARMUP; w++) timedRun(text, part, rep, name); // JIT, lexicon tables
    const runs = [];
    let spent = 0;
    while (runs.length < RUNS && (runs.length === 0 || spent < BUDGET_S)) {
      const r = timedRun(text, part, rep, name);
      runs.push(r);
      spent += r.analyse + r.bare + r.part * 10 + r.rep;
      process.stderr.write(".");
    }
    process.stderr.write("\n");
    const analyse = median(runs.map((r) => r.analyse));
    const bare = median(runs.map((r) => r.bare));
    results.push({
      name,
      mb,
      analyse,
      bare,
      ratio: median(runs.map((r) => r.analyse / r.bare)),
      ratios: runs.map((r) => r.analyse / r.bare),
      statements: runs[0].statements,
      runs: runs.length,
      partMB,
      part: median(runs.map((r) => r.part)),
      rep: median(runs.map((r) => r.rep)),
      linearity: median(runs.map((r) => r.analyse / r.part)),
      growth: median(runs.map((r) => r.rep / r.part)),
    });
  }

  table([
    ["file", "MB", "runs", "analyse s", "MB/s", "bare \\p{L}+ s", "analyse/bare", "runs' range", "statements"],
    ...results.map((r) => [
      r.name,
      r.mb.toFixed(2),
      r.runs,
      r.analyse.toFixed(3),
      (r.mb / r.analyse).toFixed(2),
      r.bare.toFixed(3),
      `${r.ratio.toFixed(1)}×`,
      `${Math.min(...r.ratios).toFixed(1)}–${Math.max(...r.ratios).toFixed(1)}×`,
      r.statements,
    ]),
  ]);
  console.log("");
  table([
    ["linearity", "tenth MB", "tenth s", "whole MB", "whole s", "whole/tenth", "size ratio", "tenth×10 s", "(tenth×10)/tenth"],
    ...results.map((r) => [
      r.name,
      r.partMB.toFixed(2),
      r.part.toFixed(3),
      r.mb.toFixed(2),
      r.analyse.toFixed(3),
      `${r.linearity.toFixed(1)}×`,
      `${(r.mb / r.partMB).toFixed(1)}×`,
      r.rep.toFixed(3),
      `${r.growth.toFixed(1)}×`,
    ]),
  ]);
  console.log("tenth s: ten analyses of the tenth in a row, divided by ten (so it pays for its own garbage collection, as the whole file does).");
  console.log("Ratios are medians of per-run ratios: each run times the whole file, the bare pass, the tenth and the repeated tenth back to back.");
  console.log("");

  // Peak memory of the real CLI on one big file, output thrown away.
  if (!existsSync(CLI)) {
    console.log(`memory: ${CLI} is missing (npm run build makes it from src/cli/main.ts); not measured.`);
  } else {
    for (const name of FILES) {
      process.stderr.write(`bench: CLI memory on ${name} …\n`);
      const r = peakRss([CLI, "analyze", "--format", "jsonl", join(CORPUS, name)], CACHE);
      memory.push({ name, ...r });
    }
    table([
      ["CLI analyze --format jsonl", "peak RSS MB", "exit", "measured with"],
      ...memory.map((m) => [m.name, Number.isFinite(m.kb) ? (m.kb / 1024).toFixed(0) : "?", m.status, m.how]),
    ]);
    for (const m of memory) {
      if (m.status !== 0) console.log(`  ${m.name}: the CLI exited ${m.status}: ${m.stderr.trim().split("\n").slice(0, 3).join(" | ")}`);
    }
    console.log("");
  }

}

let cliTargets = [];
if (!NO_CLI) {
  if (!existsSync(CLI)) console.log(`CLI: ${CLI} is missing (npm run build makes it); not measured.`);
  else cliTargets = benchCli({ cli: CLI, corpus: CORPUS, cache: CACHE, files: FILES, rounds: CLI_RUNS });
}

console.log("Targets");
const lines = [];
for (const r of results) lines.push([`analyse/bare ≤ ${TARGET.bareRatio}×`, r.name, `${r.ratio.toFixed(1)}×`, verdict(r.ratio <= TARGET.bareRatio)]);
for (const r of results) {
  const x = r.linearity;
  lines.push([`whole/tenth time ≤ ${TARGET.linearity}×`, r.name, `${x.toFixed(1)}×`, verdict(x <= TARGET.linearity)]);
}
if (CLI_ONLY) {
  // steady-state figures skipped
} else if (memory.length) {
  for (const m of memory) {
    const mbUsed = m.kb / 1024;
    const ok = Number.isFinite(mbUsed) && m.status === 0 ? mbUsed <= TARGET.rssMB : null;
    lines.push([`CLI peak RSS ≤ ${TARGET.rssMB} MB`, m.name, Number.isFinite(mbUsed) ? `${mbUsed.toFixed(0)} MB` : "?", verdict(ok)]);
  }
} else {
  lines.push([`CLI peak RSS ≤ ${TARGET.rssMB} MB`, "-", "not measured", verdict(null)]);
}
lines.push(...cliTargets);
for (const l of lines) console.log(`  ${l[3]}  ${l[0].padEnd(28)} ${l[1].padEnd(11)} ${l[2]}`);

// The language server's figures, written by its own script, in the same report.
const lsp = join(ROOT, "scripts", "bench-lsp.mjs");
if (existsSync(lsp) && !CLI_ONLY) {
  console.log("");
  const r = spawnSync(process.execPath, [lsp], { stdio: "inherit", cwd: ROOT });
  if (r.status !== 0) die(`scripts/bench-lsp.mjs exited ${r.status ?? r.signal}`);
}
