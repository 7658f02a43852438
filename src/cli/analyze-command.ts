// `isnad analyze`: the whole analysis of each FILE, in the order given.
import { resolve } from "node:path";
import { parseArgs, type OptionSpec } from "./args";
import { assignConfigs } from "./config";
import { parseJobs } from "./check";
import { Buffered, jobsFor, type CliEnv } from "./env";
import type { JobResult, Mode } from "./jobs";
import { readsAhead, runJobs, workerCount } from "./pool";
import { progressBar } from "./progress";

export const ANALYZE_HELP = `Usage:
  isnad analyze [--format text|json|jsonl] [--config FILE] [--jobs N] [--no-progress] [FILE... | -]

Finds every statement, its speaker and every anonymous source. With no FILE,
or with -, reads standard input.

Options:
  -f, --format      text (default): a readable report per file
                    json: the analysis object (an array for several files)
                    jsonl: one analysis object per line, one line per file
      --config      the house lexicon for every FILE (default: for each FILE,
                    the nearest .isnad.json in its folder or above; for
                    standard input, the working directory or above). A fault
                    in it is printed as FILE:LINE:COL and the rest of the
                    file applies (exit status 2).
  -j, --jobs        worker threads: auto (default: for 2 MB or more, one per
                    core but one, two on 2 cores, none on 1; below 2 MB
                    none), or a number (0: analyse in this thread); the
                    output order is the order of the FILEs either way. One
                    file of a million characters or more, when no worker
                    threads are used, gets a helper thread that reads its
                    paragraphs ahead (not with 0 or on one core); the
                    output is the same
      --no-progress no progress bar (it is shown only when stderr is a terminal)

Markdown files (.md, .markdown) are analysed as Markdown: code and front
matter are skipped, offsets stay those of the file.

Exit status: 0 when every file was analysed, 2 when a file could not be read
(the others are still analysed) or the command line is wrong.`;

const OPTIONS: OptionSpec[] = [
  { name: "format", short: "f", value: true, choices: ["text", "json", "jsonl"] },
  { name: "config", value: true },
  { name: "jobs", short: "j", value: true },
  { name: "no-progress", value: false },
];

export async function analyzeCommand(argv: readonly string[], env: CliEnv): Promise<number> {
  const { options, operands } = parseArgs(argv, OPTIONS);
  const mode = ((options.get("format") as string | undefined) ?? "text") as Exclude<Mode, "check">;
  const jobsWanted = parseJobs(options.get("jobs"));
  const files = operands.length ? operands : ["-"];

  let status = 0;
  const targets = files.map((f) => ({ file: f, abs: f === "-" ? "-" : resolve(env.cwd, f) }));
  const jobs = jobsFor(targets, (error) => {
    env.stderr.write(`isnad: -: ${error}\n`);
    status = 2;
  });

  const faulty = assignConfigs(jobs, options.get("config") as string | undefined, env.cwd, (p) => env.stderr.write(`isnad: ${p.where}: ${p.message}\n`));
  if (faulty) status = 2;

  const progress = options.has("no-progress") ? progressBar({ write: (s) => env.stderr.write(s) }, 0) : progressBar(env.stderr, jobs.length);
  // json: one file prints its object, several an array, streamed element by element
  // with the indentation JSON.stringify(array, null, 2) would give.
  const single = mode === "json" && files.length === 1;
  const stdout = new Buffered(env.stdout);
  let printed = 0;
  const emit = (r: JobResult) => {
    if ("error" in r) {
      progress.note(`isnad: ${r.file}: ${r.error}\n`);
      status = 2;
      return;
    }
    if (!("out" in r)) return;
    if (mode === "jsonl" || mode === "text" || single) {
      stdout.write(r.out);
      stdout.write("\n");
    } else stdout.write((printed === 0 ? "[\n" : ",\n") + r.out.replace(/^/gm, "  "));
    printed++;
  };
  await runJobs(jobs, mode, workerCount(jobs, jobsWanted), env.script, progress, emit, readsAhead(jobsWanted));
  progress.done();
  if (mode === "json" && !single) stdout.write(printed === 0 ? "[]\n" : "\n]\n");
  else if (single && printed === 0) stdout.write("[]\n");
  stdout.flush();
  return status;
}
