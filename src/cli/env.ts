// What a command needs from its process, passed in so every command reads
// the same working directory and writes to the same streams.
import { readFileSync, statSync } from "node:fs";
import { InputError, readInput } from "./input";

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
export function readStdin(): { text: string } | { error: string } {
  try {
    return { text: readInput("-", readFileSync, statSync) };
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    throw e;
  }
}
