// The CLI as a user runs it, whole process, cold: `npm run bench` prints
//   1. `isnad analyze --format jsonl` on each 7.8 MB corpus file against a whole
//      process doing one bare \p{L}+ pass over it (bare-words.mjs)    target ≤ 2×
//      and the same CLI with its V8 tuning off (ISNAD_V8_DEFAULTS=1), the
//      before/after of src/cli/jit-tuning.ts (kept only while it gains ≥ 5 %), and
//      with --jobs 0, the before/after of the helper thread (src/cli/split-file.ts);
//   2. 10,000 articles (the corpus articles repeated into a temp folder that is
//      never committed) with `isnad check` and `isnad analyze`    target ≤ 10 s
//      each (auto workers), and check again with --jobs 0 and --jobs 2 to show
//      what workers bring or cost on the machine at hand.
// Variants are run in alternation, round after round, so a machine whose speed
// drifts (this one is shared) slows each of them alike; medians are printed,
// wall-clock and CPU (user + system, all threads, from GNU time when present).
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, table, verdict } from "./lib.mjs";

const BARE = fileURLToPath(new URL("./bare-words.mjs", import.meta.url));
const ARTICLES = 10_000;
export const CLI_TARGET = { bareRatio: 2, articlesS: 10, trickGain: 0.05 };

const hasTime = existsSync("/usr/bin/time");

/** One whole-process run, stdout thrown away: { wall, cpu } in seconds (cpu NaN without GNU time). */
function timeRun(args, env, cwd) {
  const devnull = openSync("/dev/null", "w");
  try {
    const t0 = process.hrtime.bigint();
    const r = hasTime
      ? spawnSync("/usr/bin/time", ["-f", "ISNAD-TIME %e %U %S", process.execPath, ...args], {
          stdio: ["ignore", devnull, "pipe"],
          env: { ...process.env, ...env },
          cwd,
          maxBuffer: 64 * 1024 * 1024,
        })
      : spawnSync(process.execPath, args, { stdio: ["ignore", devnull, "pipe"], env: { ...process.env, ...env }, cwd, maxBuffer: 64 * 1024 * 1024 });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const err = r.stderr?.toString("utf8") ?? "";
    const m = /ISNAD-TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(err);
    // check exits 1 when it has findings; anything else is a failure of the run.
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${err.slice(0, 500)}`);
    return { wall, cpu: m ? Number(m[2]) + Number(m[3]) : NaN };
  } finally {
    closeSync(devnull);
  }
}

/** Runs each variant `rounds` times, alternating (and reversing the order every other round). */
function alternate(variants, rounds, label) {
  const res = variants.map((v) => ({ ...v, wall: [], cpu: [] }));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...res].reverse() : res;
    for (const v of order) {
      const t = timeRun(v.args, v.env, v.cwd);
      v.wall.push(t.wall);
      v.cpu.push(t.cpu);
      process.stderr.write(".");
    }
  }
  process.stderr.write(` ${label}\n`);
  return Object.fromEntries(res.map((v) => [v.name, { wall: median(v.wall), cpu: median(v.cpu), walls: v.wall }]));
}

/** The corpus articles copied round-robin into `dir` until it holds ARTICLES files (kept between runs); their names. */
function articlesFolder(corpus, dir) {
  const src = ["ar", "en"].flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.endsWith(".txt")).sort().map((f) => join(corpus, d, f)));
  const stamp = join(dir, ".complete");
  if (existsSync(stamp)) return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const out = [];
  for (let i = 0; i < ARTICLES; i++) {
    const s = src[i % src.length];
    const name = `${String(i).padStart(5, "0")}-${basename(s)}`;
    copyFileSync(s, join(dir, name));
    out.push(name);
  }
  writeFileSync(stamp, "");
  return out;
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : "?");
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);

export function benchCli({ cli, corpus, cache, files, rounds }) {
  console.log(`CLI, whole process (median of ${rounds} alternating runs; wall s / CPU s = user + system of all threads${hasTime ? "" : " — GNU time missing: wall only"})`);
  console.log("");
  const targets = [];

  // 1. One big file, cold.
  const rows = [];
  for (const name of files) {
    const path = join(corpus, name);
    const m = alternate(
      [
        { name: "bare", args: [BARE, path] },
        { name: "isnad", args: [cli, "analyze", "--format", "jsonl", path] },
        { name: "defaults", args: [cli, "analyze", "--format", "jsonl", path], env: { ISNAD_V8_DEFAULTS: "1" } },
        { name: "alone", args: [cli, "analyze", "--jobs", "0", "--format", "jsonl", path] },
      ],
      rounds,
      `analyze ${name}`,
    );
    const r = { name, ...m, wallRatio: ratio(m.isnad.wall, m.bare.wall), cpuRatio: ratio(m.isnad.cpu, m.bare.cpu) };
    r.gainWall = 1 - m.isnad.wall / m.defaults.wall;
    r.gainCpu = 1 - m.isnad.cpu / m.defaults.cpu;
    r.helperWall = 1 - m.isnad.wall / m.alone.wall;
    r.helperCpu = 1 - m.isnad.cpu / m.alone.cpu;
    rows.push(r);
  }
  table([
    ["analyze --format jsonl", "bare wall", "bare CPU", "isnad wall", "isnad CPU", "wall ratio", "CPU ratio", "V8 defaults wall", "CPU", "tuning gain wall / CPU", "-j 0 wall", "CPU", "helper gain wall / CPU"],
    ...rows.map((r) => [
      r.name,
      fmt(r.bare.wall),
      fmt(r.bare.cpu),
      fmt(r.isnad.wall),
      fmt(r.isnad.cpu),
      `${fmt(r.wallRatio)}×`,
      `${fmt(r.cpuRatio)}×`,
      fmt(r.defaults.wall),
      fmt(r.defaults.cpu),
      `${(r.gainWall * 100).toFixed(0)} % / ${(r.gainCpu * 100).toFixed(0)} %`,
      fmt(r.alone.wall),
      fmt(r.alone.cpu),
      `${(r.helperWall * 100).toFixed(0)} % / ${(r.helperCpu * 100).toFixed(0)} %`,
    ]),
  ]);
  console.log("V8 defaults: the same build with ISNAD_V8_DEFAULTS=1, i.e. without src/cli/jit-tuning.ts.");
  console.log("-j 0: the same build with no helper thread reading ahead (src/cli/split-file.ts); a negative CPU gain is the helper's extra CPU.");
  console.log("");
  for (const r of rows) targets.push([`analyze wall ≤ ${CLI_TARGET.bareRatio}× bare`, r.name, `${fmt(r.wallRatio)}×`, verdict(r.wallRatio <= CLI_TARGET.bareRatio)]);
  const gain = median(rows.map((r) => r.gainWall));
  targets.push([`V8 tuning gain ≥ ${CLI_TARGET.trickGain * 100} %`, "median", `${(gain * 100).toFixed(0)} %`, verdict(gain >= CLI_TARGET.trickGain)]);
  const helper = median(rows.map((r) => r.helperWall));
  targets.push([`helper thread gain ≥ ${CLI_TARGET.trickGain * 100} % (wall)`, "median", `${(helper * 100).toFixed(0)} %`, verdict(helper >= CLI_TARGET.trickGain)]);

  // 2. Ten thousand articles.
  const dir = join(cache, "articles-10k");
  process.stderr.write(`bench: ${ARTICLES} articles in ${dir} …\n`);
  // analyze gets the 10,000 names as arguments, relative to the folder (short enough for any ARG_MAX).
  const names = articlesFolder(corpus, dir);
  const m = alternate(
    [
      { name: "check", args: [cli, "check", "."], cwd: dir },
      { name: "check -j 0", args: [cli, "check", "--jobs", "0", "."], cwd: dir },
      { name: "check -j 2", args: [cli, "check", "--jobs", "2", "."], cwd: dir },
      { name: "analyze", args: [cli, "analyze", "--format", "jsonl", ...names], cwd: dir },
    ],
    rounds,
    `${ARTICLES} articles`,
  );
  table([
    [`${ARTICLES} articles`, "wall s", "CPU s", "runs' wall s"],
    ...Object.entries(m).map(([k, v]) => [`isnad ${k}`, fmt(v.wall), fmt(v.cpu), v.walls.map(fmt).join(" ")]),
  ]);
  console.log("check and analyze pick their workers (auto from 2 MB: cores − 1, two on 2 cores, none on 1); -j 0 is the main thread,");
  console.log("-j 2 two workers, to see what workers bring or cost on this machine.");
  console.log("");
  targets.push([`check ${ARTICLES} ≤ ${CLI_TARGET.articlesS} s`, "wall", `${fmt(m.check.wall)} s`, verdict(m.check.wall <= CLI_TARGET.articlesS)]);
  targets.push([`analyze ${ARTICLES} ≤ ${CLI_TARGET.articlesS} s`, "wall", `${fmt(m.analyze.wall)} s`, verdict(m.analyze.wall <= CLI_TARGET.articlesS)]);
  return targets;
}
