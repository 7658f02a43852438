// `isnad check`: the findings of every article under PATHS, for newsroom CI.
import type { Severity } from "../core";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import { assignConfigs } from "./config";
import { csvRecord } from "./csv";
import type { CheckFinding, JobResult } from "./jobs";
import { readsAhead, runJobs, workerCount } from "./pool";
import { progressBar } from "./progress";
import { sarifLog, type SarifFile } from "./sarif";
import { Buffered, jobsFor, type CliEnv } from "./env";
import { collectTargets } from "./walk";

export const CHECK_HELP = `Usage:
  isnad check [--format text|json|csv|sarif] [--fail-on error|warning|information]
              [--config FILE] [--jobs N] [--no-progress] [PATH...]

Checks every article under PATH (default: the working directory) and prints
its findings. PATH is a file, a folder or a quoted glob ('desk/**/*.md').
A folder is walked for .txt, .news and Markdown (.md, .markdown) files, in
name order, skipping hidden files and folders (.git, .github, …), symbolic
links to folders, and what the ignore files say: .gitignore and .isnadignore
(same syntax; .isnadignore wins) in each folder walked and in the folders
above it up to the top of the git repository. A file named on the command
line is always checked. - reads standard input.

Options:
  -f, --format      text (default): file:line:col: severity rule: message
                      (lines and columns from 1; a column counts UTF-16 code
                      units, as LSP and VS Code do: one per Arabic letter)
                    json: { files, summary, findings: [...], errors: [...] }
                    csv: one row per finding, RFC 4180 (CRLF, quoted fields)
                    sarif: SARIF 2.1.0 for GitHub code scanning
      --fail-on     the least severe finding that fails the check:
                    error (default), warning or information (hints never fail)
      --config      the house lexicon for every article (default: for each
                    article, the nearest .isnad.json in its folder or above;
                    for standard input, the working directory or above).
                    A fault in it is printed as FILE:LINE:COL and the rest
                    of the file applies (exit status 2).
  -j, --jobs        worker threads: auto (default: for 2 MB or more, one per
                    core but one, two on 2 cores, none on 1; below 2 MB
                    none), or a number (0: analyse in this thread, without
                    the helper thread that reads one long file ahead: see
                    isnad analyze --help)
      --no-progress no progress bar (it is shown only when stderr is a terminal)

Exit status: 0 no finding at or above --fail-on; 1 at least one; 2 a PATH,
a file or the settings file could not be read (a one-line message names it;
the other files are still checked) or the command line is wrong.`;

const SEVERITIES: readonly Severity[] = ["error", "warning", "information", "hint"];
const rank = (s: Severity): number => SEVERITIES.indexOf(s);

const OPTIONS: OptionSpec[] = [
  { name: "format", short: "f", value: true, choices: ["text", "json", "csv", "sarif"] },
  { name: "fail-on", value: true, choices: ["error", "warning", "information"] },
  { name: "config", value: true },
  { name: "jobs", short: "j", value: true },
  { name: "no-progress", value: false },
];

export function parseJobs(v: string | true | undefined): number | "auto" {
  if (v === undefined || v === "auto") return "auto";
  if (typeof v === "string" && /^\d+$/.test(v) && Number(v) <= 256) return Number(v);
  throw new UsageError(`--jobs must be auto or a number from 0 to 256${typeof v === "string" ? `, not '${v}'` : ""}`);
}

export async function check(argv: readonly string[], env: CliEnv): Promise<number> {
  const { options, operands } = parseArgs(argv, OPTIONS);
  const format = (options.get("format") as string | undefined) ?? "text";
  const failOn = ((options.get("fail-on") as string | undefined) ?? "error") as Severity;
  const jobsWanted = parseJobs(options.get("jobs"));

  const walked = collectTargets(operands.length ? operands : ["."], env.cwd);
  const problems: { file: string; abs: string; message: string }[] = [];
  for (const p of walked.problems) {
    env.stderr.write(`isnad: ${p.path}: ${p.message}\n`);
    problems.push({ file: p.path, abs: p.path, message: p.message });
  }
  const jobs = jobsFor(walked.targets, (error) => {
    env.stderr.write(`isnad: -: ${error}\n`);
    problems.push({ file: "-", abs: "-", message: error });
  });

  // Each article's house lexicon; a faulty file is reported (in `problems`, so JSON and SARIF list it) and what is valid in it applies.
  assignConfigs(jobs, options.get("config") as string | undefined, env.cwd, (p) => {
    env.stderr.write(`isnad: ${p.where}: ${p.message}\n`);
    problems.push({ file: p.where, abs: p.file, message: p.message });
  });

  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const collected: SarifFile[] = [];
  let failed = false;
  const progress = options.has("no-progress") ? progressBar({ write: (s) => env.stderr.write(s) }, 0) : progressBar(env.stderr, jobs.length);
  const stdout = new Buffered(env.stdout);
  if (format === "csv") stdout.write(csvRecord(["file", "line", "column", "end_line", "end_column", "severity", "rule", "message", "text"]));

  // Files found but not analysed (not UTF-8, binary, unreadable): not counted as checked.
  let unread = 0;
  const emit = (r: JobResult) => {
    if ("error" in r) {
      unread++;
      progress.note(`isnad: ${r.file}: ${r.error}\n`);
      problems.push({ file: r.file, abs: jobs[r.index].abs, message: r.error });
      return;
    }
    if (!("findings" in r)) return;
    for (const x of r.findings) {
      counts[x.severity]++;
      if (rank(x.severity) <= rank(failOn)) failed = true;
    }
    if (format === "text") {
      let out = "";
      for (const x of r.findings) out += `${r.file}:${x.line}:${x.column}: ${x.severity} ${x.rule}: ${x.message}\n`;
      if (out) stdout.write(out);
    } else if (format === "csv") {
      let out = "";
      for (const x of r.findings) out += csvRecord([r.file, x.line, x.column, x.endLine, x.endColumn, x.severity, x.rule, x.message, x.text]);
      if (out) stdout.write(out);
    } else {
      collected.push({ file: r.file, abs: jobs[r.index].abs, findings: r.findings });
    }
  };

  await runJobs(jobs, "check", workerCount(jobs, jobsWanted), env.script, progress, emit, readsAhead(jobsWanted));
  progress.done();
  stdout.flush();

  if (format === "json") {
    const findings = collected.flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x })));
    env.stdout.write(
      JSON.stringify({ files: jobs.length, summary: counts, findings, errors: problems.map((p) => ({ file: p.file, message: p.message })) }, null, 2) + "\n",
    );
  } else if (format === "sarif") {
    env.stdout.write(JSON.stringify(sarifLog(collected, problems, env.cwd, env.version), null, 2) + "\n");
  } else if (format === "text") {
    const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s === "information" || counts[s] === 1 ? s : s + "s"}`);
    const checked = jobs.length - unread;
    const notRead = unread ? ` (${unread} more could not be read)` : "";
    env.stderr.write(`isnad: ${checked} file${checked === 1 ? "" : "s"} checked${notRead}: ${parts.length ? parts.join(", ") : "no findings"}\n`);
  }
  return problems.length > 0 ? 2 : failed ? 1 : 0;
}

export type { CheckFinding };
