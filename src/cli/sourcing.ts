// `isnad report PATHS [--format csv|json] [--table articles|speakers]`: the
// sourcing report of many articles — the tables the extension's report view
// charts, computed by the same pure module (src/core/report). PATHS are walked
// as `isnad check` walks them (walk.ts: ignore files, globs) and large trees are
// analysed on the same worker pool (pool.ts); each article comes back as its
// compact summary, in input order, so the output does not depend on the threads.
import { statSync } from "node:fs";
import { resolve, sep } from "node:path";
import { articlesCsv, computeReport, speakersCsv, type ArticleSummary } from "../core/report";
import { parseJobs } from "./check";
import { assignConfigs } from "./config";
import { jobsFor, type CliEnv } from "./env";
import type { JobResult } from "./jobs";
import { readsAhead, runJobs, workerCount } from "./pool";
import { progressBar } from "./progress";
import { collectTargets } from "./walk";

export const REPORT_SYNOPSIS = "  isnad report [--format csv|json] [--table articles|speakers] [--jobs N] PATH...";

export const REPORT_HELP = `  report         The sourcing report of many articles: per-article and per-speaker
                 tables (statements by kind, named and anonymous, anonymous sources
                 with and without a stated reason, women and men quoted, as the
                 articles mark them). PATHS are walked as check walks them: a folder
                 for .txt, .md, .markdown and .news files in name order, hidden
                 entries and what .gitignore / .isnadignore say skipped; a quoted
                 glob ('desk/**/*.md'); - reads standard input.
                 --format csv (default): one table as CSV;
                          json: { totals, articles, speakers }
                 --table  with csv: articles (default) or speakers
                 --jobs   worker threads, as for check (auto by default)
                 --no-progress  no progress bar (shown only on a terminal)`;

interface ReportOptions {
  format: "csv" | "json";
  table: "articles" | "speakers";
  jobs: number | "auto";
  progress: boolean;
  paths: string[];
}

class ReportUsage extends Error {}

function parseReportArgs(args: readonly string[]): ReportOptions {
  const o: ReportOptions = { format: "csv", table: "articles", jobs: "auto", progress: true, paths: [] };
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf("=");
    const [name, inline] = !onlyPaths && a.startsWith("--") && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (!onlyPaths && a === "--") onlyPaths = true;
    else if (!onlyPaths && (name === "--format" || name === "-f")) {
      const v = inline ?? args[++i];
      if (v !== "csv" && v !== "json") throw new ReportUsage(`--format must be csv or json${v === undefined ? "" : `, not '${v}'`}`);
      o.format = v;
    } else if (!onlyPaths && name === "--table") {
      const v = inline ?? args[++i];
      if (v !== "articles" && v !== "speakers") throw new ReportUsage(`--table must be articles or speakers${v === undefined ? "" : `, not '${v}'`}`);
      o.table = v;
    } else if (!onlyPaths && (name === "--jobs" || name === "-j")) {
      try {
        o.jobs = parseJobs(inline ?? args[++i] ?? true);
      } catch (e) {
        throw new ReportUsage((e as Error).message);
      }
    } else if (!onlyPaths && a === "--no-progress") o.progress = false;
    else if (!onlyPaths && a.startsWith("-") && a !== "-") throw new ReportUsage(`unknown option '${a}'`);
    else o.paths.push(a);
  }
  if (o.paths.length === 0) throw new ReportUsage("no PATH given (a file, a folder, or - for standard input)");
  return o;
}

export async function runReport(args: readonly string[], env: CliEnv): Promise<number> {
  let o: ReportOptions;
  try {
    o = parseReportArgs(args);
  } catch (e) {
    if (!(e instanceof ReportUsage)) throw e;
    env.stderr.write(`isnad report: ${e.message}\nTry 'isnad --help'.\n`);
    return 2;
  }
  let status = 0;
  const walked = collectTargets(o.paths, env.cwd);
  for (const p of walked.problems) {
    env.stderr.write(`isnad: ${p.path}: ${p.message}\n`);
    status = 2;
  }
  for (const p of emptyFolders(o.paths, walked.targets.map((t) => t.abs), env.cwd)) env.stderr.write(`isnad: ${p}: no article files (.txt, .md, .markdown, .news) in this folder\n`);
  const jobs = jobsFor(walked.targets, (error) => {
    env.stderr.write(`isnad: -: ${error}\n`);
    status = 2;
  });
  // Each article's house lexicon (.isnad.json above it), as isnad check and analyze use it.
  if (assignConfigs(jobs, undefined, env.cwd, (pr) => env.stderr.write(`isnad: ${pr.where}: ${pr.message}\n`))) status = 2;
  const summaries: ArticleSummary[] = [];
  const progress = o.progress ? progressBar(env.stderr, jobs.length) : progressBar({ write: (s) => env.stderr.write(s) }, 0);
  const emit = (r: JobResult) => {
    if ("error" in r) {
      progress.note(`isnad: ${r.file}: ${r.error}\n`);
      status = 2;
    } else if ("out" in r) summaries.push(JSON.parse(r.out) as ArticleSummary);
  };
  await runJobs(jobs, "summary", workerCount(jobs, o.jobs), env.script, progress, emit, readsAhead(o.jobs));
  progress.done();
  const report = computeReport(summaries);
  if (o.format === "json") env.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else env.stdout.write(o.table === "articles" ? articlesCsv(report) : speakersCsv(report));
  return status;
}

/** The folders among PATHS that hold no article (said on stderr; they report nothing). */
function emptyFolders(paths: readonly string[], found: readonly string[], cwd: string): string[] {
  return paths.filter((p) => {
    if (p === "-") return false;
    const abs = resolve(cwd, p);
    try {
      if (!statSync(abs).isDirectory()) return false;
    } catch {
      return false;
    }
    return !found.some((f) => f.startsWith(abs + sep));
  });
}
