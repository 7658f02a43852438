// Reading one input: a clear reason for every way a file can be unusable.
import { isUtf8 } from "node:buffer";
import type { readFileSync as ReadFileSync } from "node:fs";

export class InputError extends Error {}

/** Text of a file (or "-" for standard input), a leading BOM removed, line endings untouched. */
export function readInput(path: string, readFileSync: typeof ReadFileSync): string {
  let bytes: Buffer;
  if (path === "-") {
    try {
      bytes = readFileSync(0);
    } catch (e) {
      throw new InputError(`cannot read standard input (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  } else {
    // No stat first: the read's own error says what is wrong (one system call less per
    // file, which shows over 10,000 articles).
    try {
      bytes = readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(
        code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not a file" : code === "EACCES" ? "permission denied" : `cannot read (${code})`,
      );
    }
  }
  if (bytes.includes(0)) throw new InputError("looks like a binary file (it contains NUL bytes), not text");
  let text: string;
  // isUtf8 (simdutf) then toString is several times faster than a fatal TextDecoder on a
  // book-length file; the decoder stays for finding the first bad byte.
  if (isUtf8(bytes)) text = bytes.toString("utf8");
  else {
    // Point at the first invalid byte so the user can find it: one streaming decoder fed
    // byte by byte throws there (a cut-off sequence at the very end throws on the flush).
    const dec = new TextDecoder("utf-8", { fatal: true });
    let bad = bytes.length;
    for (let i = 0; i <= bytes.length; i++) {
      try {
        if (i < bytes.length) dec.decode(bytes.subarray(i, i + 1), { stream: true });
        else dec.decode();
      } catch {
        bad = i;
        break;
      }
    }
    throw new InputError(`is not valid UTF-8 (first bad byte at offset ${bad}); convert it with: iconv -f WINDOWS-1256 -t UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}
