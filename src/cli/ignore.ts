// `.gitignore`-style ignore files (`.gitignore`, then `.isnadignore`, which
// wins), read the way git reads a .gitignore: one pattern a line, "#" starts a
// comment, "!" re-includes, a trailing "/" matches folders only, a pattern with
// a "/" before its end is relative to the folder of its file, one without
// matches a name at any depth, "**" spans folders, the last matching line wins.
// As in git, nothing inside an ignored folder can be re-included (the walk
// does not enter it).
import { globSource } from "./glob";

export const IGNORE_FILES = [".gitignore", ".isnadignore"] as const;

interface Rule {
  re: RegExp;
  negate: boolean;
  dirOnly: boolean;
}

/** The rules of one ignore file, for paths relative to the folder it sits in. */
export class IgnoreFile {
  private readonly rules: Rule[] = [];

  constructor(text: string) {
    for (let line of text.split(/\r?\n/)) {
      // Trailing spaces are dropped unless escaped with a backslash.
      line = line.replace(/(?<!\\)\s+$/, "");
      if (line === "" || line.startsWith("#")) continue;
      let negate = false;
      if (line.startsWith("!")) {
        negate = true;
        line = line.slice(1);
      } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
        line = line.slice(1);
      }
      let dirOnly = false;
      if (line.endsWith("/") && !line.endsWith("\\/")) {
        dirOnly = true;
        line = line.slice(0, -1);
      }
      if (line === "") continue;
      const anchored = line.includes("/");
      if (line.startsWith("/")) line = line.slice(1);
      const src = globSource(line, false);
      // A match on a folder also covers everything inside it, but the walk never asks
      // about those: a folder's name is checked before it is entered.
      this.rules.push({ re: new RegExp(anchored ? `^${src}$` : `^(?:.*/)?${src}$`, "u"), negate, dirOnly });
    }
  }

  /** true: ignored, false: re-included by a "!" line, undefined: no line matches. */
  test(rel: string, isDir: boolean): boolean | undefined {
    let verdict: boolean | undefined;
    for (const r of this.rules) {
      if (r.dirOnly && !isDir) continue;
      if (r.re.test(rel)) verdict = !r.negate;
    }
    return verdict;
  }
}

/** The ignore files in force in one folder: its own and those of the folders above it. */
export class IgnoreStack {
  constructor(private readonly files: readonly { dir: string; rules: IgnoreFile }[] = []) {}

  /** A stack with the rules of `dir` (an absolute path) on top, when it has any. */
  with(dir: string, rules: IgnoreFile | null): IgnoreStack {
    return rules ? new IgnoreStack([...this.files, { dir, rules }]) : this;
  }

  /** Is the entry at absolute path `abs` ignored? Deeper files, and later lines, win. */
  ignored(abs: string, isDir: boolean): boolean {
    for (let i = this.files.length - 1; i >= 0; i--) {
      const { dir, rules } = this.files[i];
      const rel = relativeUnder(dir, abs);
      if (rel === null) continue;
      const v = rules.test(rel, isDir);
      if (v !== undefined) return v;
    }
    return false;
  }
}

/** `abs` relative to `dir` with "/" separators, or null when it is not inside `dir`. */
function relativeUnder(dir: string, abs: string): string | null {
  const d = dir.endsWith("/") || dir.endsWith("\\") ? dir : dir + "/";
  const a = abs.replace(/\\/g, "/");
  const dd = d.replace(/\\/g, "/");
  return a.startsWith(dd) ? a.slice(dd.length) : null;
}
