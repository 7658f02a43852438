// `isnad report PATHS [--format csv|json] [--table articles|speakers]`: the
// sourcing report of many articles — the tables the extension's report view
// charts, computed by the same pure module (src/core/report).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyze } from "../core";
import { articlesCsv, computeReport, speakersCsv, summarize, type ArticleSummary } from "../core/report";
import { assignConfigs, lexiconFor } from "./config";
import { InputError, readInput } from "./input";

export const REPORT_SYNOPSIS = "  isnad report [--format csv|json] [--table articles|speakers] PATH...";

export const REPORT_HELP = `  report         The sourcing report of many articles: per-article and per-speaker
                 tables (statements by kind, named and anonymous, anonymous sources
                 with and without a stated reason, women and men quoted). A folder
                 is searched for .txt, .md, .markdown and .news files (hidden
                 folders and node_modules are skipped).
                 --format csv (default): one table as CSV;
                          json: { totals, articles, speakers }
                 --table  with csv: articles (default) or speakers`;

/** The articles under a path: the file itself, or a folder's article files in name order. */
export const ARTICLE_FILE = /\.(txt|md|markdown|news)$/i;

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && ARTICLE_FILE.test(e.name)) out.push(p);
  }
}

function expand(path: string): string[] {
  if (path === "-") return [path];
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // readInput says why.
  }
  if (!isDir) return [path];
  const out: string[] = [];
  walk(path, out);
  return out;
}

function usageError(msg: string): number {
  process.stderr.write(`isnad report: ${msg}\nTry 'isnad --help'.\n`);
  return 2;
}

export function runReport(args: string[]): number {
  let format: "csv" | "json" = "csv";
  let table: "articles" | "speakers" = "articles";
  const paths: string[] = [];
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf("=");
    const [name, inline] = !onlyPaths && a.startsWith("--") && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (!onlyPaths && a === "--") onlyPaths = true;
    else if (!onlyPaths && (name === "--format" || name === "-f")) {
      const v = inline ?? args[++i];
      if (v !== "csv" && v !== "json") return usageError(`--format must be csv or json${v === undefined ? "" : `, not '${v}'`}`);
      format = v;
    } else if (!onlyPaths && name === "--table") {
      const v = inline ?? args[++i];
      if (v !== "articles" && v !== "speakers") return usageError(`--table must be articles or speakers${v === undefined ? "" : `, not '${v}'`}`);
      table = v;
    } else if (!onlyPaths && a.startsWith("-") && a !== "-") return usageError(`unknown option '${a}'`);
    else paths.push(a);
  }
  if (paths.length === 0) return usageError("no PATH given (a file, a folder, or - for standard input)");

  let status = 0;
  const summaries: ArticleSummary[] = [];
  const articles: { file: string; abs: string; config?: string }[] = [];
  for (const p of paths) {
    let files: string[];
    try {
      files = expand(p);
    } catch (e) {
      process.stderr.write(`isnad: ${p}: cannot list the folder (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
      status = 2;
      continue;
    }
    if (files.length === 0) process.stderr.write(`isnad: ${p}: no article files (.txt, .md, .markdown, .news) in this folder\n`);
    for (const f of files) articles.push({ file: f, abs: f === "-" ? "-" : resolve(f) });
  }
  // Each article's house lexicon (.isnad.json above it), as isnad check and analyze use it.
  if (assignConfigs(articles, undefined, process.cwd(), (pr) => process.stderr.write(`isnad: ${pr.where}: ${pr.message}\n`))) status = 2;
  for (const { file: f, config } of articles) {
    let text: string;
    try {
      text = readInput(f, readFileSync);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`isnad: ${f}: ${e.message}\n`);
      status = 2;
      continue;
    }
    summaries.push(summarize(analyze(text, { file: f, markdown: /\.(md|markdown)$/i.test(f), lexicon: lexiconFor(config) })));
  }
  const report = computeReport(summaries);
  if (format === "json") process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else process.stdout.write(table === "articles" ? articlesCsv(report) : speakersCsv(report));
  return status;
}
