// Reading one input: a clear reason for every way a file can be unusable.
import type { readFileSync as ReadFileSync, statSync as StatSync } from "node:fs";

export class InputError extends Error {}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Text of a file (or "-" for standard input), a leading BOM removed, line endings untouched. */
export function readInput(path: string, readFileSync: typeof ReadFileSync, statSync: typeof StatSync): string {
  let bytes: Buffer;
  if (path === "-") {
    try {
      bytes = readFileSync(0);
    } catch (e) {
      throw new InputError(`cannot read standard input (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  } else {
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read (${code})`);
    }
    if (st.isDirectory()) throw new InputError("is a directory, not a file");
    try {
      bytes = readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(code === "EACCES" ? "permission denied" : `cannot read (${code})`);
    }
  }
  if (bytes.includes(0)) throw new InputError("looks like a binary file (it contains NUL bytes), not text");
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    let bad = 0;
    // Point at the first invalid byte so the user can find it.
    for (let i = 1; i <= bytes.length; i++) {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, i), { stream: true });
      } catch {
        bad = i - 1;
        break;
      }
    }
    throw new InputError(`is not valid UTF-8 (first bad byte at offset ${bad}); convert it with: iconv -f WINDOWS-1256 -t UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}
