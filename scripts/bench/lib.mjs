// Small helpers for scripts/bench.mjs: statistics, table printing and the
// peak memory of a child process.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Prints rows as a left-aligned text table (first row = header). */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((v, c) => String(v).padEnd(widths[c])).join("  ").trimEnd();
  console.log(line(rows[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
}

export const verdict = (ok) => (ok === null ? "n/a " : ok ? "PASS" : "MISS");

/**
 * Runs `node <args>` with stdout to /dev/null and returns { kb, status, how, stderr }:
 * its peak resident set size in kB. GNU time reports the whole process's peak;
 * where it is missing, a preloaded hook reads process.resourceUsage().maxRSS
 * (also kB) as the process exits.
 */
export function peakRss(nodeArgs, cacheDir) {
  const devnull = openSync("/dev/null", "w");
  try {
    if (existsSync("/usr/bin/time")) {
      const r = spawnSync("/usr/bin/time", ["-v", process.execPath, ...nodeArgs], {
        stdio: ["ignore", devnull, "pipe"],
        maxBuffer: 64 * 1024 * 1024,
      });
      const err = r.stderr?.toString("utf8") ?? "";
      const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(err);
      if (m) return { kb: Number(m[1]), status: r.status, how: "/usr/bin/time -v", stderr: err.split("\n\tCommand being timed")[0] };
    }
    mkdirSync(cacheDir, { recursive: true });
    const hook = join(cacheDir, "maxrss-hook.cjs");
    const out = join(cacheDir, "maxrss.txt");
    writeFileSync(
      hook,
      "process.on('exit', () => require('fs').writeFileSync(process.env.ISNAD_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n",
    );
    rmSync(out, { force: true });
    const r = spawnSync(process.execPath, ["-r", hook, ...nodeArgs], {
      stdio: ["ignore", devnull, "pipe"],
      env: { ...process.env, ISNAD_BENCH_RSS: out },
      maxBuffer: 64 * 1024 * 1024,
    });
    const kb = existsSync(out) ? Number(readFileSync(out, "utf8")) : NaN;
    return { kb, status: r.status, how: "process.resourceUsage().maxRSS", stderr: r.stderr?.toString("utf8") ?? "" };
  } finally {
    closeSync(devnull);
  }
}
