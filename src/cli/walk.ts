// From the PATHS of `isnad check` to the list of articles, in a stable order:
// the PATHS in the order given, each folder's entries sorted by name (code
// units, so the order does not depend on the locale), each file once.
//   - a file named on the command line is checked whatever its name;
//   - a folder is walked for .txt, .md, .markdown and .news files, skipping
//     hidden entries (a name starting with "."), what the ignore files say,
//     and symbolic links to folders (no loops);
//   - a glob (quoted, so the shell leaves it alone) is matched against the
//     files under the folder before its first wildcard, with the same skips.
// Ignore files are read in every folder walked and in the folders above the
// walked one up to the top of its git repository (the folder holding .git),
// or up to the working directory when there is no repository.
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { hasGlob, splitGlob } from "./glob";
import { IGNORE_FILES, IgnoreFile, IgnoreStack } from "./ignore";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".news"] as const;
const ARTICLE = /\.(txt|md|markdown|news)$/i;
const MARKDOWN = /\.(md|markdown)$/i;

export const isMarkdownPath = (p: string): boolean => MARKDOWN.test(p);

export interface Target {
  /** The name shown in output: as given, or the walked folder joined with the entry. */
  file: string;
  /** Absolute path ("-" for standard input). */
  abs: string;
}

export interface Walked {
  targets: Target[];
  /** PATHS that named nothing: a missing path, a glob matching no file, an unreadable folder. */
  problems: { path: string; message: string }[];
}

export function collectTargets(paths: readonly string[], cwd: string): Walked {
  const targets: Target[] = [];
  const problems: Walked["problems"] = [];
  const seen = new Set<string>();
  const add = (file: string, abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    targets.push({ file, abs });
  };
  for (const p of paths) {
    if (p === "-") {
      add("-", "-");
      continue;
    }
    const abs = resolve(cwd, p);
    let isDir = false;
    let exists = false;
    try {
      isDir = statSync(abs).isDirectory();
      exists = true;
    } catch {
      exists = false;
    }
    if (exists && !isDir) {
      add(p, abs);
    } else if (exists) {
      walk(abs, p, ancestorsIgnore(abs, cwd), () => true, add, problems);
    } else if (hasGlob(p)) {
      const { base, match } = splitGlob(p);
      const absBase = resolve(cwd, base);
      const before = targets.length;
      let baseIsDir = false;
      try {
        baseIsDir = statSync(absBase).isDirectory();
      } catch {
        baseIsDir = false;
      }
      if (baseIsDir) {
        const rel = (a: string) => a.slice(absBase.length + 1).split(sep).join("/");
        walk(absBase, base === "." && !p.startsWith("./") ? "" : base, ancestorsIgnore(absBase, cwd), (a) => match.test(rel(a)), add, problems);
      }
      if (targets.length === before) problems.push({ path: p, message: "no article matches this pattern" });
    } else {
      problems.push({ path: p, message: "no such file or folder" });
    }
  }
  return { targets, problems };
}

function walk(
  absDir: string,
  shown: string,
  ignore: IgnoreStack,
  keep: (abs: string) => boolean,
  add: (file: string, abs: string) => void,
  problems: Walked["problems"],
): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(absDir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: shown || ".", message: `cannot read this folder (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
    return;
  }
  const here = ignore.with(absDir, readIgnores(absDir));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of entries) {
    if (d.name.startsWith(".")) continue;
    const abs = join(absDir, d.name);
    let isDir = d.isDirectory();
    let isFile = d.isFile();
    if (d.isSymbolicLink()) {
      // A link to a file is followed; a link to a folder is not (it could loop).
      try {
        isFile = statSync(abs).isFile();
      } catch {
        isFile = false;
      }
      isDir = false;
    }
    if (!isDir && !isFile) continue;
    if (here.ignored(abs, isDir)) continue;
    const file = shown ? join(shown, d.name) : d.name;
    if (isDir) walk(abs, file, here, keep, add, problems);
    else if (ARTICLE.test(d.name) && keep(abs)) add(file, abs);
  }
}

function readIgnores(dir: string): IgnoreFile | null {
  let text = "";
  for (const name of IGNORE_FILES) {
    try {
      text += readFileSync(join(dir, name), "utf8") + "\n";
    } catch {
      // No such file, or unreadable: nothing to ignore from it.
    }
  }
  return text ? new IgnoreFile(text) : null;
}

/** The ignore files of the folders above `dir`, from the top down (see the header). */
function ancestorsIgnore(dir: string, cwd: string): IgnoreStack {
  const chain: string[] = [];
  let top: string | null = existsSync(join(dir, ".git")) ? dir : null;
  for (let d = dir; top === null && dirname(d) !== d; ) {
    d = dirname(d);
    chain.push(d);
    if (existsSync(join(d, ".git"))) top = d;
  }
  if (top === null) {
    // No repository: the folders between the working directory and `dir`.
    const root = resolve(cwd);
    const inside = dir.startsWith(root + sep);
    chain.length = 0;
    if (inside) for (let d = dirname(dir); d.length >= root.length; d = dirname(d)) chain.push(d);
  }
  let stack = new IgnoreStack();
  for (const d of chain.reverse()) stack = stack.with(d, readIgnores(d));
  return stack;
}
