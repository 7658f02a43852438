// The newsroom's settings file, `.isnad.json`: named with --config, or else
// the first one found in the working directory or a folder above it. It is
// read, parsed and checked to be a JSON object here, so a broken file stops
// the run with a message naming the file and the place of the error.
//
// What it holds (a house lexicon: the newsroom's own reporting verbs, titles,
// anonymity phrases) is not applied yet: `applyHouseConfig` is the one place
// where that work will plug in, and today it only accepts the object.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const CONFIG_NAME = ".isnad.json";

export class ConfigError extends Error {}

export interface HouseConfig {
  /** Absolute path of the file. */
  path: string;
  /** The parsed object, unchanged. */
  data: Record<string, unknown>;
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
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : `cannot read (${code})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`not valid JSON: ${jsonErrorWhere(text, (e as Error).message)}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ConfigError(`must hold a JSON object ({ … }), not ${data === null ? "null" : Array.isArray(data) ? "an array" : typeof data}`);
  }
  return { path, data: data as Record<string, unknown> };
}

/** "Unexpected token } in JSON at position 41" → the same with line and column. */
function jsonErrorWhere(text: string, message: string): string {
  const m = /at position (\d+)/.exec(message);
  if (!m) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  const column = pos - (before.lastIndexOf("\n") + 1) + 1;
  return `${message.replace(/\s*in JSON at position \d+.*$/, "")} (line ${line}, column ${column})`;
}

/**
 * The single hook for the house lexicon. It receives the parsed file and will
 * turn it into analyser options; until that work lands it applies nothing.
 */
export function applyHouseConfig(config: HouseConfig | null): void {
  void config;
}
