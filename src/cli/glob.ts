// Glob patterns as regular expressions over "/"-separated relative paths:
// for PATHS given to `isnad check` and for the lines of ignore files.
//   *      any characters except "/"      ?  one character except "/"
//   **     any number of folders (as a whole segment: a/**/b, **/b, a/**)
//   [abc]  [a-z]  [!abc]  a character class   \x  the character x itself
//   {a,b}  either (PATHS only: in ignore files, as in git, braces are literal)

const SPECIAL = /[.+^${}()|[\]\\*?]/;

/** True when `s` contains glob syntax (an unescaped * ? [ or {). */
export function hasGlob(s: string): boolean {
  return /(^|[^\\])[*?[{]/.test(s);
}

/**
 * Regular expression source (no anchors) for `pattern`, matched against a whole
 * relative path with "/" between segments.
 */
export function globSource(pattern: string, braces: boolean): string {
  let out = "";
  let depth = 0; // open {…} groups
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const startSeg = i === 0 || pattern[i - 1] === "/";
        const endSeg = i + 2 === pattern.length || pattern[i + 2] === "/";
        if (startSeg && endSeg) {
          if (i + 2 === pattern.length) {
            out += ".*"; // a/** : everything inside a
          } else {
            out += "(?:[^/]*/)*"; // **/ : zero or more folders
            i++;
          }
          i++;
          continue;
        }
      }
      out += "[^/]*";
      while (pattern[i + 1] === "*") i++;
    } else if (c === "?") {
      out += "[^/]";
    } else if (c === "[") {
      const end = classEnd(pattern, i);
      if (end < 0) {
        out += "\\[";
        continue;
      }
      let body = pattern.slice(i + 1, end);
      let neg = false;
      if (body[0] === "!" || body[0] === "^") {
        neg = true;
        body = body.slice(1);
      }
      // Keep ranges and escapes; escape what a JS class would read differently.
      body = body.replace(/\\(.)|([\]\\^])/g, (_m, esc: string | undefined, raw: string | undefined) => {
        const ch = esc ?? (raw as string);
        return /[\]\\^-]/.test(ch) ? "\\" + ch : ch;
      });
      out += neg ? `(?![/])[^${body}]` : `[${body}]`;
      i = end;
    } else if (c === "\\" && i + 1 < pattern.length) {
      i++;
      out += SPECIAL.test(pattern[i]) ? "\\" + pattern[i] : pattern[i];
    } else if (braces && c === "{") {
      out += "(?:";
      depth++;
    } else if (braces && c === "}" && depth > 0) {
      out += ")";
      depth--;
    } else if (braces && c === "," && depth > 0) {
      out += "|";
    } else {
      out += SPECIAL.test(c) ? "\\" + c : c;
    }
  }
  while (depth-- > 0) out += ")";
  return out;
}

/** Index of the "]" closing the class opened at `open`, or -1. */
function classEnd(p: string, open: number): number {
  let i = open + 1;
  if (p[i] === "!" || p[i] === "^") i++;
  if (p[i] === "]") i++; // a leading ] is a member
  for (; i < p.length; i++) {
    if (p[i] === "\\") i++;
    else if (p[i] === "]") return i;
  }
  return -1;
}

/** A PATHS glob: the folder to walk (no glob syntax) and a matcher for paths relative to it. */
export function splitGlob(pattern: string): { base: string; match: RegExp } {
  const parts = pattern.split("/");
  let k = 0;
  while (k < parts.length - 1 && !hasGlob(parts[k])) k++;
  const base = parts.slice(0, k).join("/") || (pattern.startsWith("/") ? "/" : ".");
  const rest = parts.slice(k).join("/");
  return { base, match: new RegExp(`^${globSource(rest, true)}$`, "u") };
}
