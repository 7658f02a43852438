// Glob patterns as the include/exclude settings and files.exclude write them.
import { describe, expect, it } from "vitest";
import { GlobSet, enabledPatterns, globToRegExp } from "../../src/server/glob";

describe("globToRegExp", () => {
  const rows: [string, string, boolean][] = [
    ["**/*.txt", "a.txt", true],
    ["**/*.txt", "desk/2024/a.txt", true],
    ["**/*.txt", "a.txt.bak", false],
    ["*.txt", "a.txt", true],
    ["*.txt", "desk/a.txt", false],
    ["desk/*.md", "desk/a.md", true],
    ["desk/*.md", "desk/x/a.md", false],
    ["desk/**", "desk/x/a.md", true],
    // A trailing /** also names the folder itself, so a walk can skip it.
    ["desk/**", "desk", true],
    ["**/node_modules/**", "node_modules", true],
    ["**/node_modules/**", "a/node_modules/b/c.txt", true],
    ["**/node_modules/**", "a/node_modulesx/c.txt", false],
    ["**/.git", "sub/.git", true],
    ["**/*.{txt,md,news}", "x/y.news", true],
    ["**/*.{txt,md,news}", "x/y.markdown", false],
    ["**/draft-?.txt", "a/draft-1.txt", true],
    ["**/draft-?.txt", "a/draft-12.txt", false],
    ["**/[!_]*.md", "a/_index.md", false],
    ["**/[!_]*.md", "a/index.md", true],
    ["**/[ab].txt", "b.txt", true],
    ["./archive/**", "archive/old.txt", true],
    ["archive/**/*.txt", "archive/old.txt", true],
    ["archive/**/*.txt", "archive/2020/01/old.txt", true],
    ["أرشيف/**", "أرشيف/خبر.txt", true],
    ["a+b(1).txt", "a+b(1).txt", true],
    ["a.txt", "abtxt", false],
  ];
  it.each(rows)("%s on %s: %s", (pattern, path, match) => {
    expect(globToRegExp(pattern).test(path)).toBe(match);
  });
});

describe("GlobSet and files.exclude", () => {
  it("matches any of its patterns and ignores empty or broken ones", () => {
    const g = new GlobSet(["", "  ", "**/*.md", "[", "**/tmp/**"]);
    expect(g.matches("a/b.md")).toBe(true);
    expect(g.matches("tmp/a.txt")).toBe(true);
    expect(g.matches("a/b.txt")).toBe(false);
    expect(new GlobSet([]).empty).toBe(true);
  });

  it("takes the patterns that are on, not those turned off or with a when clause", () => {
    expect(enabledPatterns({ "**/.git": true, "**/drafts": false, "**/*.js": { when: "$(basename).ts" } })).toEqual(["**/.git"]);
    expect(enabledPatterns(null)).toEqual([]);
    expect(enabledPatterns("junk")).toEqual([]);
  });
});
