// Glob patterns as VS Code settings write them (files.exclude,
// isnad.workspace.include/exclude), matched against a path relative to its
// workspace folder with "/" separators: `*` and `?` stay inside one segment,
// `**` spans any number of segments, `{a,b}` and `[abc]`/`[!abc]` as usual.
// A pattern that ends in `/**` also matches the folder itself, so a walk can
// skip an excluded folder without listing it.

function escape(c: string): string {
  return /[\\^$.*+?()[\]{}|]/.test(c) ? `\\${c}` : c;
}

function translate(p: string): string {
  let out = "";
  let braces = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "*") {
      if (p[i + 1] === "*") {
        const atStart = i === 0 || p[i - 1] === "/";
        let j = i + 2;
        while (p[j] === "*") j++;
        if (atStart && p[j] === "/") {
          // "**/" : zero or more whole segments.
          out += "(?:[^/]*/)*";
          i = j;
        } else if (atStart && j === p.length) {
          // a trailing "**": anything, including nothing.
          if (out.endsWith("/")) out = `${out.slice(0, -1)}(?:/.*)?`;
          else out += ".*";
          i = j - 1;
        } else {
          out += "[^/]*";
          i = j - 1;
        }
      } else out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else if (c === "{") {
      braces++;
      out += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (c === "," && braces > 0) out += "|";
    else if (c === "[") {
      const close = p.indexOf("]", i + 2);
      if (close < 0) out += "\\[";
      else {
        let body = p.slice(i + 1, close);
        const negate = body[0] === "!" || body[0] === "^";
        if (negate) body = body.slice(1);
        out += `[${negate ? "^" : ""}${body.replace(/[\\\]]/g, "\\$&")}]`;
        i = close;
      }
    } else out += escape(c);
  }
  while (braces-- > 0) out += ")";
  return out;
}

export function globToRegExp(pattern: string): RegExp {
  // "./a" and "/a" are relative to the folder, like "a".
  const p = pattern.trim().replace(/\\/g, "/").replace(/^\.?\/+/, "");
  return new RegExp(`^${translate(p)}$`, "u");
}

export class GlobSet {
  private readonly res: RegExp[];
  constructor(readonly patterns: readonly string[]) {
    this.res = [];
    for (const p of patterns) {
      if (typeof p !== "string" || !p.trim()) continue;
      try {
        this.res.push(globToRegExp(p));
      } catch {
        // A pattern that makes no regular expression matches nothing.
      }
    }
  }
  get empty(): boolean {
    return this.res.length === 0;
  }
  /** `rel`: a path relative to the workspace folder, "/"-separated, no leading "/". */
  matches(rel: string): boolean {
    for (const re of this.res) if (re.test(rel)) return true;
    return false;
  }
}

/**
 * The patterns of a `files.exclude`-style object that are on. A `{ when }`
 * clause (exclude a file when a sibling exists) is not followed: such a
 * pattern is left out rather than hiding every file it names.
 */
export function enabledPatterns(obj: unknown): string[] {
  if (!obj || typeof obj !== "object") return [];
  return Object.entries(obj as Record<string, unknown>)
    .filter(([, v]) => v === true)
    .map(([k]) => k);
}
