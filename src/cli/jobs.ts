// One article's work: read, analyse and format it. The same function runs in
// this thread for small inputs and in the worker threads for large ones
// (pool.ts), so both paths print exactly the same thing; only strings and
// plain findings cross between threads, never the analysis object.
import { readFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
import { analyze, type Severity } from "../core";
import { lexiconFor } from "./config";
import { summarize } from "../core/report";
import { InputError, readInput } from "./input";
import { LineIndex } from "./lines";
import { textReport } from "./report";
import type { Helper } from "./split-file";
import { isMarkdownPath } from "./walk";

/** Starts a thread that reads a long text's paragraphs ahead (split-file.ts); null: none for this text. */
export type StartHelper = (text: string, markdown: boolean, config: string | undefined) => Helper | null;

/** check: findings; jsonl, json, text: the `isnad analyze` formats; summary: `isnad report`'s ArticleSummary as JSON. */
export type Mode = "check" | "jsonl" | "json" | "text" | "summary";

export interface Job {
  index: number;
  /** Name shown in output and in Analysis.file. */
  file: string;
  /** Path to read; "-" is standard input, read by the main thread and passed as `text`. */
  abs: string;
  text?: string;
  /** The house file (.isnad.json) whose lexicon applies; none: the built-ins. */
  config?: string;
}

export interface CheckFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based; columns in UTF-16 code units (lines.ts); the end is just past the last character. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the text, as in the analysis. */
  start: number;
  end: number;
  text: string;
}

/** `thread`: the thread that did the work (0: the main thread). */
export type JobResult = { index: number; file: string; thread: number } & ({ error: string } | { out: string } | { findings: CheckFinding[] });

export function runJob(job: Job, mode: Mode, startHelper?: StartHelper): JobResult {
  const { index, file } = job;
  let text: string;
  if (job.text !== undefined) text = job.text;
  else {
    try {
      text = readInput(job.abs, readFileSync);
    } catch (e) {
      if (e instanceof InputError) return { index, file, thread: threadId, error: e.message };
      throw e;
    }
  }
  const markdown = isMarkdownPath(file);
  const helper = startHelper?.(text, markdown, job.config) ?? null;
  let analysis;
  try {
    analysis = analyze(text, { file, markdown, lexicon: lexiconFor(job.config) }, undefined, helper?.ahead);
  } finally {
    helper?.stop();
  }
  switch (mode) {
    case "jsonl":
      return { index, file, thread: threadId, out: JSON.stringify(analysis) };
    case "json":
      return { index, file, thread: threadId, out: JSON.stringify(analysis, null, 2) };
    case "text":
      return { index, file, thread: threadId, out: textReport(analysis, text) };
    case "summary":
      // The compact summary, not the analysis, crosses between threads (and in this thread
      // takes the same JSON road, so both paths report the same numbers).
      return { index, file, thread: threadId, out: JSON.stringify(summarize(analysis)) };
    case "check": {
      const lines = new LineIndex(text);
      const findings = analysis.diagnostics.map((d): CheckFinding => {
        const a = lines.position(d.range.start);
        const b = lines.position(d.range.end);
        return {
          rule: d.rule,
          severity: d.severity,
          message: d.message,
          line: a.line,
          column: a.column,
          endLine: b.line,
          endColumn: b.column,
          start: d.range.start,
          end: d.range.end,
          text: d.range.text,
        };
      });
      // Reading order, as a compiler lists its errors.
      findings.sort((x, y) => x.start - y.start || x.end - y.end || (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0));
      return { index, file, thread: threadId, findings };
    }
  }
}
