// The newsroom's house lexicon, `.isnad.json`: named with --config, or else the nearest
// one at or above each article's folder (standard input: the working directory). Each
// file is read once here, in the main thread; its problems are printed with their line
// and column, and what is valid in it applies (a file that cannot be used at all leaves
// the built-in lexicon). The analysis of an article then takes the lexicon of its file
// (lexiconFor): built once per file in each thread that analyses (workers get the texts).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { houseLexicon, type HouseLexicon, type HouseLexiconRead } from "../core";
import { LineIndex } from "./lines";

export const CONFIG_NAME = ".isnad.json";

export class ConfigError extends Error {}

export interface HouseConfig {
  /** Absolute path of the file. */
  path: string;
  text: string;
}

/** `explicit` (from --config) or the nearest `.isnad.json` at or above `cwd`; null when there is none. */
export function findConfig(explicit: string | undefined, cwd: string): string | null {
  if (explicit !== undefined) return resolve(cwd, explicit);
  for (let d = resolve(cwd); ; d = dirname(d)) {
    const p = join(d, CONFIG_NAME);
    try {
      readFileSync(p); // exists and readable; a folder named so throws EISDIR and is skipped
      return p;
    } catch {
      // not here
    }
    if (dirname(d) === d) return null;
  }
}

export function loadConfig(path: string): HouseConfig {
  try {
    return { path, text: readFileSync(path, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : `cannot read (${code})`);
  }
}

// The house files of this thread by path: their texts, and each one's lexicon once built.
const texts = new Map<string, string>();
const built = new Map<string, HouseLexiconRead>();

function readOf(path: string): HouseLexiconRead | null {
  let r = built.get(path);
  if (!r) {
    const text = texts.get(path);
    if (text === undefined) return null;
    built.set(path, (r = houseLexicon(text)));
  }
  return r;
}

/** The lexicon for an article whose house file is `path` (undefined: the built-ins). */
export function lexiconFor(path: string | undefined): HouseLexicon | undefined {
  return path === undefined ? undefined : (readOf(path)?.lexicon ?? undefined);
}

/** The house files' texts, for the worker threads. */
export function houseTexts(): Record<string, string> {
  return Object.fromEntries(texts);
}

/** In a worker: the texts the main thread read. */
export function useHouseTexts(given: Record<string, string> | undefined): void {
  for (const [p, t] of Object.entries(given ?? {})) texts.set(p, t);
}

/** A fault of a house file: `where` is "FILE:LINE:COL" (or FILE when the file could not be read). */
export interface ConfigProblem {
  file: string;
  where: string;
  message: string;
}

/** Reads a house file and makes its lexicon the one for its articles; returns its faults, none when it is sound. */
export function applyHouseConfig(config: HouseConfig): ConfigProblem[] {
  texts.set(config.path, config.text);
  const r = readOf(config.path)!;
  if (!r.problems.length) return [];
  const lines = new LineIndex(config.text);
  return r.problems.map((p) => {
    const at = lines.position(p.s);
    return { file: config.path, where: `${config.path}:${at.line}:${at.column}`, message: p.message };
  });
}

/**
 * Finds, reads and applies the house file of each article: `explicit` (--config) for all,
 * else the nearest one above each (looked up once per folder). Sets `job.config`; gives
 * each fault to `warn`; returns whether any file had one.
 */
export function assignConfigs(jobs: { abs: string; config?: string }[], explicit: string | undefined, cwd: string, warn: (p: ConfigProblem) => void): boolean {
  const byDir = new Map<string, string | null>();
  const loaded = new Map<string, boolean>();
  let faulty = false;
  for (const job of jobs) {
    const dir = job.abs === "-" ? cwd : dirname(job.abs);
    let path = byDir.get(dir);
    if (path === undefined) byDir.set(dir, (path = findConfig(explicit, explicit !== undefined ? cwd : dir)));
    if (!path) continue;
    let ok = loaded.get(path);
    if (ok === undefined) {
      try {
        const problems = applyHouseConfig(loadConfig(path));
        problems.forEach(warn);
        ok = true;
        if (problems.length) faulty = true;
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        warn({ file: path, where: path, message: e.message });
        ok = false;
        faulty = true;
      }
      loaded.set(path, ok);
    }
    if (ok) job.config = path;
  }
  return faulty;
}
