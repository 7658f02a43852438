// The CLI's small pieces, one row per case: glob patterns, ignore-file lines,
// CSV fields, line and column numbers, option parsing.
import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "../../src/cli/args";
import { csvField, csvRecord } from "../../src/cli/csv";
import { globSource, hasGlob, splitGlob } from "../../src/cli/glob";
import { IgnoreFile } from "../../src/cli/ignore";
import { LineIndex } from "../../src/cli/lines";

describe("PATHS globs", () => {
  const rows: [pattern: string, path: string, matches: boolean][] = [
    ["*.txt", "a.txt", true],
    ["*.txt", "desk/a.txt", false],
    ["**/*.txt", "a.txt", true],
    ["**/*.txt", "desk/2024/a.txt", true],
    ["desk/**/*.md", "desk/a.md", true],
    ["desk/**/*.md", "desk/x/y/a.md", true],
    ["desk/**/*.md", "other/a.md", false],
    ["desk/**", "desk/x/a.txt", true],
    ["*.{txt,md}", "a.md", true],
    ["*.{txt,md}", "a.news", false],
    ["?.txt", "a.txt", true],
    ["?.txt", "ab.txt", false],
    ["[ab].txt", "b.txt", true],
    ["[!ab].txt", "c.txt", true],
    ["[!ab].txt", "a.txt", false],
    ["[a-c]*.txt", "crime.txt", true],
    ["خبر-*.txt", "خبر-الأمس.txt", true],
    ["a\\*.txt", "a*.txt", true],
    ["a\\*.txt", "ab.txt", false],
    ["a.b", "aXb", false],
    ["a+b(1).txt", "a+b(1).txt", true],
  ];
  it.each(rows)("%s against %s: %s", (pattern, path, matches) => {
    expect(new RegExp(`^${globSource(pattern, true)}$`, "u").test(path)).toBe(matches);
  });

  it.each([
    ["desk/**/*.md", "desk"],
    ["*.txt", "."],
    ["./desk/*.txt", "./desk"],
    ["/srv/news/**/*.txt", "/srv/news"],
    ["desk/20[0-9][0-9]/*.txt", "desk"],
  ])("%s walks from %s", (pattern, base) => {
    expect(splitGlob(pattern).base).toBe(base);
  });

  it.each([
    ["desk/a.txt", false],
    ["desk/*.txt", true],
    ["desk/?", true],
    ["{a,b}", true],
    ["a\\*b", false],
  ])("hasGlob(%s) is %s", (s, yes) => {
    expect(hasGlob(s)).toBe(yes);
  });
});

describe("ignore files", () => {
  const rows: [lines: string, path: string, isDir: boolean, verdict: boolean | undefined][] = [
    ["drafts/", "drafts", true, true],
    ["drafts/", "drafts", false, undefined], // a file named drafts: only folders match
    ["drafts/", "desk/drafts", true, true], // no slash before the end: any depth
    ["/drafts", "desk/drafts", true, undefined], // anchored to the ignore file's folder
    ["/drafts", "drafts", true, true],
    ["desk/old", "desk/old", true, true],
    ["desk/old", "x/desk/old", true, undefined], // a slash inside: anchored
    ["*.bak.txt", "desk/a.bak.txt", false, true],
    ["**/tmp", "a/b/tmp", true, true],
    ["a/**/b", "a/b", true, true],
    ["a/**/b", "a/x/y/b", true, true],
    ["*.txt\n!keep.txt", "keep.txt", false, false],
    ["*.txt\n!keep.txt", "drop.txt", false, true],
    ["!keep.txt\n*.txt", "keep.txt", false, true], // the last matching line wins
    ["# a comment\n\n   \n", "a.txt", false, undefined],
    ["\\#hash.txt", "#hash.txt", false, true],
    ["\\!bang.txt", "!bang.txt", false, true],
    ["name.txt   ", "name.txt", false, true], // trailing spaces dropped
    ["{a,b}.txt", "a.txt", false, undefined], // braces are literal in ignore files, as in git
    ["مسودة-*", "مسودة-1.txt", false, true],
    ["*.txt\r\n!keep.txt\r\n", "keep.txt", false, false], // CRLF ignore file
  ];
  it.each(rows)("%j on %s (folder: %s) → %s", (lines, path, isDir, verdict) => {
    expect(new IgnoreFile(lines).test(path, isDir)).toBe(verdict);
  });
});

describe("CSV (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["قال الوزير، إن", "قال الوزير، إن"], // the Arabic comma is not a separator
    ["", ""],
    [12, "12"],
  ])("%j → %j", (v, out) => {
    expect(csvField(v)).toBe(out);
  });

  it("ends every record with CRLF", () => {
    expect(csvRecord(["a", "b,c", 3])).toBe('a,"b,c",3\r\n');
  });
});

describe("line and column (1-based, UTF-16 code units)", () => {
  const text = "ab\ncd\r\nef\rgh😀x\n";
  it.each([
    [0, 1, 1],
    [2, 1, 3], // the \n itself is on line 1
    [3, 2, 1],
    [5, 2, 3], // \r of a CRLF
    [7, 3, 1],
    [10, 4, 1], // a lone \r ends a line too
    [12, 4, 3], // the emoji
    [14, 4, 5], // after the emoji: it counts 2
    [16, 5, 1], // end of text
  ])("offset %i → line %i, column %i", (offset, line, column) => {
    expect(new LineIndex(text).position(offset)).toEqual({ line, column });
  });
});

describe("option parsing", () => {
  const specs = [
    { name: "format", short: "f", value: true, choices: ["text", "json"] },
    { name: "jobs", short: "j", value: true },
    { name: "no-progress", value: false },
  ];
  it("reads long, short, inline values, flags and operands; -- ends options; - is an operand", () => {
    const r = parseArgs(["-f", "json", "a", "--jobs=2", "--no-progress", "-", "--", "--not-an-option"], specs);
    expect(Object.fromEntries(r.options)).toEqual({ format: "json", jobs: "2", "no-progress": true });
    expect(r.operands).toEqual(["a", "-", "--not-an-option"]);
  });
  it.each([
    [["--nope"], /unknown option '--nope'/],
    [["--format", "xml"], /--format must be text or json, not 'xml'/],
    [["--format"], /--format must be text or json$/],
    [["--jobs"], /--jobs needs a value/],
    [["--no-progress=1"], /takes no value/],
  ])("%j is a usage error", (argv, msg) => {
    expect(() => parseArgs(argv, specs)).toThrowError(UsageError);
    expect(() => parseArgs(argv, specs)).toThrowError(msg);
  });
});
