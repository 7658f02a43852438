// End-to-end tests of the bundled CLI (`node dist/cli.js`, built by `npm test`
// before vitest runs). Fixtures are tiny texts written for these tests, put in
// a temp dir. The analyser's accuracy is not under test here: the CLI's output
// is compared with what the core returns for the same text, so these tests
// check reading, decoding, formats, file names and exit codes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/core";
import type { Analysis, AnalyzeOptions } from "../../src/core";
import { violations } from "../robust/invariants";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const VERSION: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;

const AR = "وقال الوزير إن الاتفاق قريب.\n";
const EN = '"We are close," the minister said.\n';
const AR_ANON = "وقال مصدر مطلع، طلب عدم نشر اسمه، إن المحادثات متعثرة.\n";
const EN_ANON =
  '"The talks have stalled," said an official who spoke on condition of anonymity because he was not authorized to discuss them.\n';
const MIXED = `${AR}\n${EN}`;
// The statement sits on the third line so CRLF-vs-LF changes its offsets.
const CRLF = "عنوان الخبر\r\n\r\nوقال الوزير إن الاتفاق قريب.\r\n\r\n\"We are close,\" the minister said.\r\n";
// Markdown: the sentence inside the code block is not prose.
const MD = "# عنوان\n\n```\nوقال الوزير إن الاتفاق قريب.\n```\n\nنص عادي.\n";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? dir,
    input: opts.input ?? "",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}

function jsonl(stdout: string): Analysis[] {
  const lines = stdout.split("\n");
  expect(lines.pop(), "jsonl output ends with a newline").toBe("");
  return lines.map((l) => JSON.parse(l) as Analysis);
}

// Finding messages may be rendered in another locale by the CLI; everything
// else must be exactly what the core says.
function comparable(a: Analysis): unknown {
  return { ...a, diagnostics: a.diagnostics.map(({ message: _m, ...d }) => d) };
}

function core(text: string, opts: AnalyzeOptions): unknown {
  return comparable(JSON.parse(JSON.stringify(analyze(text, opts))) as Analysis);
}

let dir = "";
const f = (name: string): string => join(dir, name);

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (src/cli/main.ts) first`);
  dir = mkdtempSync(join(tmpdir(), "isnad-cli-"));
  writeFileSync(f("ar.txt"), AR);
  writeFileSync(f("en.txt"), EN);
  writeFileSync(f("ar-anon.txt"), AR_ANON);
  writeFileSync(f("en-anon.txt"), EN_ANON);
  writeFileSync(f("mixed.txt"), MIXED);
  writeFileSync(f("crlf.txt"), CRLF);
  writeFileSync(f("bom.txt"), `\uFEFF${AR}`);
  writeFileSync(f("empty.txt"), "");
  writeFileSync(f("doc.md"), MD);
  writeFileSync(f("doc.markdown"), MD);
  writeFileSync(f("doc-md.txt"), MD);
  writeFileSync(f("binary.txt"), Buffer.from([0x71, 0x61, 0x6c, 0x00, 0x01, 0x00, 0xff, 0x00]));
  // C3 28: a lead byte followed by a non-continuation byte.
  writeFileSync(f("latin1.txt"), Buffer.concat([Buffer.from("said "), Buffer.from([0xc3, 0x28]), Buffer.from(" x\n")]));
  mkdirSync(f("folder.txt"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("help and version", () => {
  it("--help prints usage and exits 0", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("analyze");
    expect(r.stdout).toContain("--format");
    expect(r.stdout).toMatch(/jsonl/);
  });

  it("-h is the same as --help", () => {
    const long = run(["--help"]);
    const short = run(["-h"]);
    expect(short.code).toBe(0);
    expect(short.stdout).toBe(long.stdout);
  });

  it("--version prints the package.json version", () => {
    const r = run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });
});

describe("usage errors exit 2 with a hint to --help", () => {
  it.each([
    ["no command", []],
    ["an unknown command", ["frobnicate", "ar.txt"]],
    ["an unknown option", ["analyze", "--frobnicate", "ar.txt"]],
    ["a bad --format", ["analyze", "--format", "xml", "ar.txt"]],
    ["--format without a value", ["analyze", "--format"]],
  ])("%s", (_name, args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--help");
    expect(r.stdout).toBe("");
  });
});

describe("analyze --format jsonl", () => {
  it("prints one line per file, in order, with the path as given", () => {
    const abs = f("en.txt");
    const r = run(["analyze", "--format", "jsonl", "ar.txt", abs, "./ar-anon.txt"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = jsonl(r.stdout);
    expect(out.map((a) => a.file)).toEqual(["ar.txt", abs, "./ar-anon.txt"]);
    expect(comparable(out[0])).toEqual(core(AR, { file: "ar.txt" }));
    expect(comparable(out[1])).toEqual(core(EN, { file: abs }));
    expect(comparable(out[2])).toEqual(core(AR_ANON, { file: "./ar-anon.txt" }));
    expect(violations(AR, out[0])).toEqual([]);
    expect(violations(EN, out[1])).toEqual([]);
  });

  it("finds the statement in a plain sentence (so the comparisons above are not vacuous)", () => {
    const [ar, en] = jsonl(run(["analyze", "--format", "jsonl", "ar.txt", "en.txt"]).stdout);
    expect(ar.statements.length).toBeGreaterThan(0);
    expect(en.statements.length).toBeGreaterThan(0);
  });

  it("analyses an empty file to an empty result", () => {
    const r = run(["analyze", "--format", "jsonl", "empty.txt"]);
    expect(r.code).toBe(0);
    const [a] = jsonl(r.stdout);
    expect(a.file).toBe("empty.txt");
    expect(a.statements).toEqual([]);
    expect(a.speakers).toEqual([]);
  });
});

describe("analyze --format json", () => {
  it("prints one file as a single pretty object", () => {
    const r = run(["analyze", "--format", "json", "mixed.txt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{\n\s+"/);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(Array.isArray(a)).toBe(false);
    expect(comparable(a)).toEqual(core(MIXED, { file: "mixed.txt" }));
  });

  it("prints several files as a pretty array, in order", () => {
    const r = run(["analyze", "--format", "json", "en.txt", "ar.txt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[\n\s+\{/);
    const arr = JSON.parse(r.stdout) as Analysis[];
    expect(Array.isArray(arr)).toBe(true);
    expect(arr.map(comparable)).toEqual([core(EN, { file: "en.txt" }), core(AR, { file: "ar.txt" })]);
  });

  it("holds the same object as jsonl", () => {
    const json = JSON.parse(run(["analyze", "--format", "json", "ar-anon.txt"]).stdout);
    const [line] = jsonl(run(["analyze", "--format", "jsonl", "ar-anon.txt"]).stdout);
    expect(json).toEqual(line);
  });
});

describe("stdin", () => {
  it("reads stdin for `-`, reported as file \"-\"", () => {
    const r = run(["analyze", "--format", "jsonl", "-"], { input: AR_ANON });
    expect(r.code).toBe(0);
    const [a] = jsonl(r.stdout);
    expect(a.file).toBe("-");
    expect(comparable(a)).toEqual(core(AR_ANON, { file: "-" }));
  });

  it("reads stdin when no file is given", () => {
    const r = run(["analyze", "--format", "jsonl"], { input: EN });
    expect(r.code).toBe(0);
    const [a] = jsonl(r.stdout);
    expect(a.file).toBe("-");
    expect(comparable(a)).toEqual(core(EN, { file: "-" }));
  });

  it("mixes stdin with files", () => {
    const r = run(["analyze", "--format", "jsonl", "ar.txt", "-", "en.txt"], { input: AR_ANON });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((a) => a.file)).toEqual(["ar.txt", "-", "en.txt"]);
  });

  it("removes a BOM from stdin too", () => {
    const [a] = jsonl(run(["analyze", "--format", "jsonl", "-"], { input: `\uFEFF${AR}` }).stdout);
    expect(comparable(a)).toEqual(core(AR, { file: "-" }));
  });

  it("defaults to the text format", () => {
    const r = run(["analyze"], { input: AR });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(run(["analyze", "--format", "text", "-"], { input: AR }).stdout);
    expect(r.stdout.trim()).not.toBe("");
    expect(() => JSON.parse(r.stdout)).toThrow();
  });
});

describe("decoding", () => {
  it("removes a leading BOM, so offsets are those of the text without it", () => {
    const r = run(["analyze", "--format", "jsonl", "bom.txt"]);
    expect(r.code).toBe(0);
    const [a] = jsonl(r.stdout);
    expect(a.statements.length).toBeGreaterThan(0);
    expect(violations(AR, a)).toEqual([]);
    expect(comparable(a)).toEqual(core(AR, { file: "bom.txt" }));
    const [plain] = jsonl(run(["analyze", "--format", "jsonl", "ar.txt"]).stdout);
    expect({ ...a, file: "" }).toEqual({ ...plain, file: "" });
  });

  it("keeps CRLF line endings, so offsets count the \\r", () => {
    const r = run(["analyze", "--format", "jsonl", "crlf.txt"]);
    expect(r.code).toBe(0);
    const [a] = jsonl(r.stdout);
    expect(violations(CRLF, a)).toEqual([]);
    expect(comparable(a)).toEqual(core(CRLF, { file: "crlf.txt" }));
    // At least one span after a \r, or the check above would not see a normalisation.
    const firstCr = CRLF.indexOf("\r");
    expect(a.statements.some((s) => s.content.start > firstCr)).toBe(true);
  });

  it.each(["doc.md", "doc.markdown"])("analyses %s in markdown mode", (name) => {
    const [md] = jsonl(run(["analyze", "--format", "jsonl", name]).stdout);
    expect(comparable(md)).toEqual(core(MD, { file: name, markdown: true }));
    // The same bytes as .txt are prose: the sentence in the fence counts there.
    const [txt] = jsonl(run(["analyze", "--format", "jsonl", "doc-md.txt"]).stdout);
    expect(comparable(txt)).toEqual(core(MD, { file: "doc-md.txt" }));
    const fence = [MD.indexOf("```"), MD.lastIndexOf("```") + 3];
    const inFence = (a: Analysis) => a.statements.filter((s) => s.content.start >= fence[0] && s.content.end <= fence[1]);
    expect(inFence(txt).length).toBeGreaterThan(0);
    expect(inFence(md)).toEqual([]);
  });

  it("has no --markdown option", () => {
    const r = run(["analyze", "--markdown", "doc-md.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--help");
  });
});

describe("bad input", () => {
  const bad: Array<[string, string]> = [
    ["a missing file", "missing.txt"],
    ["a directory", "folder.txt"],
    ["a binary file", "binary.txt"],
    ["invalid UTF-8", "latin1.txt"],
  ];

  // One line `isnad: <file>: <reason>` per bad file, nothing else about it.
  function errorLines(stderr: string, name: string): string[] {
    return stderr.split("\n").filter((l) => l.startsWith(`isnad: ${name}: `) && l.length > `isnad: ${name}: `.length);
  }

  it.each(bad)("%s: one error line naming it, exit 2, the other files still analysed", (_what, name) => {
    const r = run(["analyze", "--format", "jsonl", "ar.txt", name, "en.txt"]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr, name)).toHaveLength(1);
    const out = jsonl(r.stdout);
    expect(out.map((a) => a.file)).toEqual(["ar.txt", "en.txt"]);
    expect(comparable(out[1])).toEqual(core(EN, { file: "en.txt" }));
  });

  it("reports every bad file and still analyses the good one", () => {
    const names = bad.map(([, n]) => n);
    const r = run(["analyze", "--format", "jsonl", ...names, "ar-anon.txt"]);
    expect(r.code).toBe(2);
    for (const n of names) expect(errorLines(r.stderr, n), n).toHaveLength(1);
    expect(jsonl(r.stdout).map((a) => a.file)).toEqual(["ar-anon.txt"]);
  });

  it("keeps going in the text format too", () => {
    const r = run(["analyze", "missing.txt", "en.txt"]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr, "missing.txt")).toHaveLength(1);
    expect(r.stdout).toContain("en.txt");
  });

  it("rejects invalid UTF-8 on stdin as file -", () => {
    const r = run(["analyze", "--format", "jsonl", "-"], { input: Buffer.from([0x41, 0xff, 0xfe, 0x42]) });
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr, "-")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  it("exits 0 when every file is fine", () => {
    expect(run(["analyze", "--format", "jsonl", "ar.txt", "en.txt"]).code).toBe(0);
  });
});

describe("analyze --format text", () => {
  it.each([
    ["ar.txt", AR],
    ["en.txt", EN],
    ["ar-anon.txt", AR_ANON],
    ["en-anon.txt", EN_ANON],
    ["mixed.txt", MIXED],
  ])("%s: shows every speaker, statement, anonymity phrase and finding", (name, text) => {
    const r = run(["analyze", "--format", "text", name]);
    expect(r.code).toBe(0);
    const a = analyze(text, { file: name });
    expect(a.statements.length + a.speakers.length).toBeGreaterThan(0);
    const out = r.stdout;
    expect(out).toContain(name);
    for (const sp of a.speakers) expect(out, `speaker ${sp.name}`).toContain(sp.name);
    for (const st of a.statements) expect(out, `statement ${st.content.text}`).toContain(st.content.text);
    for (const an of a.anonymity) expect(out, `anonymity ${an.text}`).toContain(an.text);
    for (const d of a.diagnostics) {
      expect(out.includes(d.rule) || out.includes(d.message), `finding ${d.rule}`).toBe(true);
    }
  });

  it("reports several files, each under its name, in order", () => {
    const out = run(["analyze", "en.txt", "ar-anon.txt"]).stdout;
    const i = out.indexOf("en.txt");
    const j = out.indexOf("ar-anon.txt");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThan(i);
  });
});
