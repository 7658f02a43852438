// isnad — the analyser on the command line, for batch work and newsroom CI.
// The same bundle, started as a worker thread, is an analysis worker (pool.ts) or a
// long file's helper (split-file.ts).
import "./jit-tuning"; // first: V8 flags must be set before the analyser's code runs
import { isMainThread } from "node:worker_threads";
import { analyzeCommand, ANALYZE_HELP } from "./analyze-command";
import { UsageError } from "./args";
import { check, CHECK_HELP } from "./check";
import type { CliEnv } from "./env";
import { serveJobs } from "./pool";
import { serveSplit } from "./split-file";
import { REPORT_HELP, REPORT_SYNOPSIS, runReport } from "./sourcing";
import pkg from "../../package.json";

const USAGE = `isnad ${pkg.version} — who said what in Arabic and English news copy

Usage:
  isnad analyze [--format text|json|jsonl] [--config FILE] [FILE... | -]
  isnad check [--format text|json|csv|sarif] [--fail-on error|warning|information] [--config FILE] [PATH...]
${REPORT_SYNOPSIS}
  isnad COMMAND --help | isnad --help | --version

Commands:
  analyze        Find every statement, its speaker and every anonymous source.
  check          Print the journalism findings of every article under PATHs,
                 compiler-style or as JSON, CSV or SARIF, and fail a CI job
                 when a finding is severe enough.
${REPORT_HELP}

${ANALYZE_HELP}

${CHECK_HELP}`;

const COMMANDS: Record<string, { run: (argv: readonly string[], env: CliEnv) => Promise<number>; help: string }> = {
  analyze: { run: analyzeCommand, help: ANALYZE_HELP },
  check: { run: check, help: CHECK_HELP },
  report: { run: runReport, help: REPORT_HELP },
};

async function main(argv: string[]): Promise<number> {
  const env: CliEnv = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, script: __filename, version: pkg.version };
  try {
    if (argv.length === 0) throw new UsageError("no command given");
    const [cmd, ...rest] = argv;
    if (cmd === "-h" || cmd === "--help") {
      process.stdout.write(USAGE + "\n");
      return 0;
    }
    if (cmd === "-v" || cmd === "--version") {
      process.stdout.write(pkg.version + "\n");
      return 0;
    }
    const command = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
    if (!command) throw new UsageError(`unknown command '${cmd}'`);
    if (rest.includes("-h") || rest.includes("--help")) {
      process.stdout.write(command.help + "\n");
      return 0;
    }
    return await command.run(rest, env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`isnad: ${e.message}\nTry 'isnad --help'.\n`);
    return 2;
  }
}

if (isMainThread) {
  // A reader that goes away (`isnad check | head`) ends the run quietly: the status is the
  // finished run's, or 2 when the output was cut short.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 2);
  });
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`isnad: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
} else {
  // A worker thread is either a pool worker or a long file's helper; each returns when it is not.
  serveJobs();
  serveSplit();
}
