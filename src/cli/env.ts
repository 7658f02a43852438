// What a command needs from its process, passed in so every command reads
// the same working directory and writes to the same streams.
import { readFileSync } from "node:fs";
import { InputError, readInput } from "./input";
import type { Job } from "./jobs";

export interface Out {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

export interface CliEnv {
  cwd: string;
  stdout: Out;
  stderr: Out;
  /** The bundle a worker thread runs (dist/cli.js). */
  script: string;
  version: string;
}

/** Standard input as text, or why it cannot be read. */
function readStdin(): { text: string } | { error: string } {
  try {
    return { text: readInput("-", readFileSync) };
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    throw e;
  }
}

/**
 * One job per target, in order; standard input ("-") is read here, once, where it sits among
 * the files. A target that cannot be read is passed to `unreadable` and gets no job.
 */
export function jobsFor(targets: readonly { file: string; abs: string }[], unreadable: (message: string) => void): Job[] {
  const jobs: Job[] = [];
  for (const t of targets) {
    if (t.abs !== "-") jobs.push({ index: jobs.length, file: t.file, abs: t.abs });
    else {
      const r = readStdin();
      if ("text" in r) jobs.push({ index: jobs.length, file: "-", abs: "-", text: r.text });
      else unreadable(r.error);
    }
  }
  return jobs;
}

/**
 * Passes writes on in chunks of about 64 KB: 10,000 articles' results would
 * otherwise be 10,000 write calls (stdout to a pipe or a file is synchronous).
 * `flush` before the command returns.
 */
export class Buffered {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: Out) {}

  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    this.out.write(this.parts.length === 1 ? this.parts[0] : this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
}
