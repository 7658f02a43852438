// isnad — the analyser on the command line, for batch work and newsroom CI.
import { readFileSync, statSync } from "node:fs";
import { analyze } from "../core";
import { readInput, InputError } from "./input";
import { textReport } from "./report";
import { REPORT_HELP, REPORT_SYNOPSIS, runReport } from "./sourcing";
import pkg from "../../package.json";

const USAGE = `isnad ${pkg.version} — who said what in Arabic and English news copy

Usage:
  isnad analyze [--format text|json|jsonl] [FILE... | -]
${REPORT_SYNOPSIS}
  isnad --help | --version

Commands:
  analyze        Find every statement, its speaker and every anonymous source.
                 With no FILE, or with -, reads standard input.
${REPORT_HELP}

Options:
  -f, --format   text (default): a readable report per file
                 json: the analysis object (an array for several files)
                 jsonl: one analysis object per line, one line per file
  -h, --help     Show this help.
  -v, --version  Show the version.

Markdown files (.md, .markdown) are analysed as Markdown: code and front
matter are skipped, offsets stay those of the file.

Exit status: 0 when every file was analysed, 2 when a file could not be read
(the others are still analysed) or the command line is wrong.`;

type Format = "text" | "json" | "jsonl";

function fail(msg: string): never {
  process.stderr.write(`isnad: ${msg}\nTry 'isnad --help'.\n`);
  process.exit(2);
}

function main(argv: string[]): number {
  if (argv.length === 0) fail("no command given");
  if (argv.includes("-h") || argv.includes("--help")) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (argv[0] === "-v" || argv[0] === "--version") {
    process.stdout.write(pkg.version + "\n");
    return 0;
  }
  const [cmd, ...rest] = argv;
  if (cmd === "report") return runReport(rest);
  if (cmd !== "analyze") fail(`unknown command '${cmd}'`);
  let format: Format = "text";
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!onlyFiles && a === "--") onlyFiles = true;
    else if (!onlyFiles && (a === "--format" || a === "-f")) {
      const v = rest[++i];
      if (v !== "text" && v !== "json" && v !== "jsonl") fail(`--format must be text, json or jsonl${v === undefined ? "" : `, not '${v}'`}`);
      format = v;
    } else if (!onlyFiles && a.startsWith("--format=")) {
      const v = a.slice(9);
      if (v !== "text" && v !== "json" && v !== "jsonl") fail(`--format must be text, json or jsonl, not '${v}'`);
      format = v;
    } else if (!onlyFiles && a.startsWith("-") && a !== "-") fail(`unknown option '${a}'`);
    else files.push(a);
  }
  if (files.length === 0) files.push("-");

  let status = 0;
  const results = [];
  for (const f of files) {
    let text: string;
    try {
      text = readInput(f, readFileSync, statSync);
    } catch (e) {
      if (e instanceof InputError) {
        process.stderr.write(`isnad: ${f}: ${e.message}\n`);
        status = 2;
        continue;
      }
      throw e;
    }
    const analysis = analyze(text, { file: f, markdown: /\.(md|markdown)$/i.test(f) });
    if (format === "jsonl") process.stdout.write(JSON.stringify(analysis) + "\n");
    else if (format === "text") process.stdout.write(textReport(analysis, text) + "\n");
    else results.push(analysis);
  }
  if (format === "json") {
    if (results.length === 1 && files.length === 1) process.stdout.write(JSON.stringify(results[0], null, 2) + "\n");
    else process.stdout.write(JSON.stringify(results, null, 2) + "\n");
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
