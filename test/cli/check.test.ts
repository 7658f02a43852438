// `isnad check` end to end: the bundled CLI (`node dist/cli.js`, built by
// `npm test` before vitest runs) on small articles written for these tests in
// a temp folder. What the analyser finds is the core's business; here the
// fixtures' findings are read back from the CLI's own JSON, and every other
// format, the exit status, --fail-on, the walk and the workers are checked
// against them.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Validator } from "@cfworker/json-schema";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Each test spawns node, some several times: on a shared machine under load one spawn
// can take seconds, so the limits are generous (they bound a hang, they time nothing).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 });

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
// The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (draft-04).
const SARIF_SCHEMA = JSON.parse(readFileSync(join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));

// Each fixture's most severe finding, checked below from the JSON output
// before any test relies on it.
const CLEAN = "قالت وزيرة الصحة ليلى منصور إن المستشفى الجديد سيفتح أبوابه في الربيع.\n";
const INFO = "وقال مصدر مطلع، طلب عدم نشر اسمه لأنه غير مخول بالحديث، إن المحادثات متعثرة.\n";
const WARN = 'The mayor, Dana Whitfield, said the bridge would reopen on Monday.\n\n"The repairs took longer than planned," an official said.\n';
const ERR_MD = '# Budget\n\nThe finance minister said: "We will not raise taxes this year.\n\nOfficials in the ministry said the plan was final.\n';
// CRLF lines and an emoji (two UTF-16 code units) before the finding on its line.
const CRLF_EMOJI = 'Harbour news 😀\r\n\r\n😀 "The repairs took longer than planned," an official said.\r\n';

interface Finding {
  file: string;
  rule: string;
  severity: "error" | "warning" | "information" | "hint";
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  text: string;
}
interface JsonOut {
  files: number;
  summary: Record<string, number>;
  findings: Finding[];
  errors: { file: string; message: string }[];
}
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir = "";
const p = (...parts: string[]) => join(dir, ...parts);

function put(rel: string, content: string | Buffer): void {
  mkdirSync(dirname(p(rel)), { recursive: true });
  writeFileSync(p(rel), content);
}

function run(args: string[], opts: { cwd?: string; input?: string } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? dir,
    input: opts.input ?? "",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}

const json = (args: string[], cwd?: string): JsonOut => JSON.parse(run(["check", "--format", "json", ...args], { cwd }).stdout) as JsonOut;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  dir = mkdtempSync(join(tmpdir(), "isnad-check-"));
  put("one/clean.txt", CLEAN);
  put("one/info.txt", INFO);
  put("one/warn.txt", WARN);
  put("one/err.md", ERR_MD);
  put("one/crlf-emoji.txt", CRLF_EMOJI);
  // C3 28: a lead byte followed by a byte that cannot continue it.
  put("bad/latin1.txt", Buffer.concat([Buffer.from("said "), Buffer.from([0xc3, 0x28]), Buffer.from(" x\n")]));
  // Names a CSV and a terminal must survive: a comma, quotes, Arabic, a newline.
  put('names/a, "quoted".txt', WARN);
  put("names/خبر عاجل.txt", INFO);
  put("names/two\nlines.txt", ERR_MD);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the fixtures", () => {
  it.each([
    ["one/clean.txt", null],
    ["one/info.txt", "information"],
    ["one/warn.txt", "warning"],
    ["one/err.md", "error"],
  ])("%s: most severe finding %s", (file, worst) => {
    const out = json([file]);
    const order = ["error", "warning", "information", "hint"];
    const sev = out.findings.map((f) => f.severity).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    expect(sev[0] ?? null).toBe(worst);
  });
});

describe("exit status and --fail-on", () => {
  // [file, --fail-on (undefined: the default), exit]
  const rows: [string, string | undefined, number][] = [
    ["one/clean.txt", undefined, 0],
    ["one/clean.txt", "information", 0],
    ["one/info.txt", undefined, 0],
    ["one/info.txt", "error", 0],
    ["one/info.txt", "warning", 0],
    ["one/info.txt", "information", 1],
    ["one/warn.txt", undefined, 0],
    ["one/warn.txt", "error", 0],
    ["one/warn.txt", "warning", 1],
    ["one/warn.txt", "information", 1],
    ["one/err.md", undefined, 1],
    ["one/err.md", "error", 1],
    ["one/err.md", "warning", 1],
  ];
  it.each(rows)("%s with --fail-on %s exits %i", (file, failOn, code) => {
    const r = run(["check", ...(failOn ? ["--fail-on", failOn] : []), file]);
    expect(r.code).toBe(code);
  });

  it.each(["json", "csv", "sarif"])("the same with --format %s", (format) => {
    expect(run(["check", "--format", format, "--fail-on", "warning", "one/warn.txt"]).code).toBe(1);
    expect(run(["check", "--format", format, "one/warn.txt"]).code).toBe(0);
  });

  it.each([
    ["--fail-on hint", ["--fail-on", "hint"]],
    ["--fail-on with no value", ["--fail-on"]],
    ["--format xml", ["--format", "xml"]],
    ["--jobs many", ["--jobs", "many"]],
    ["an unknown option", ["--strict"]],
  ])("%s is a usage error: exit 2, nothing on stdout", (_name, args) => {
    const r = run(["check", ...args, "one/clean.txt"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--help");
  });
});

describe("bad input: exit 2, one line naming it, the rest still checked", () => {
  const lineFor = (stderr: string, name: string) => stderr.split("\n").filter((l) => l.startsWith(`isnad: ${name}: `));

  it.each([
    ["a missing file", "one/nothing.txt"],
    ["a missing folder", "nowhere"],
    ["a glob that matches nothing", "one/*.docx.txt"],
    ["a file that is not UTF-8", "bad/latin1.txt"],
  ])("%s", (_what, bad) => {
    const r = run(["check", "--fail-on", "information", "one/info.txt", bad, "one/warn.txt"]);
    expect(r.code).toBe(2); // 2 wins over the 1 the findings alone would give
    expect(lineFor(r.stderr, bad)).toHaveLength(1);
    const files = new Set(r.stdout.trim().split("\n").map((l) => l.split(":")[0]));
    expect(files).toEqual(new Set(["one/info.txt", "one/warn.txt"]));
  });

  it("a non-UTF-8 file found by walking a folder is named too", () => {
    const r = run(["check", "bad", "one/warn.txt"]);
    expect(r.code).toBe(2);
    expect(lineFor(r.stderr, "bad/latin1.txt")[0]).toMatch(/not valid UTF-8/);
    expect(r.stdout).toContain("one/warn.txt:");
    // The summary counts only the files analysed, and says how many more were not.
    expect(r.stderr).toMatch(/isnad: 1 file checked \(1 more could not be read\): /);
  });

  it("is listed in the JSON errors and as a SARIF notification", () => {
    const j = json(["bad/latin1.txt", "one/warn.txt"]);
    expect(j.errors.map((e) => e.file)).toEqual(["bad/latin1.txt"]);
    const s = JSON.parse(run(["check", "--format", "sarif", "bad/latin1.txt", "one/warn.txt"]).stdout);
    const inv = s.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications[0].message.text).toContain("bad/latin1.txt");
    expect(s.runs[0].results.length).toBeGreaterThan(0);
  });
});

describe("--format text", () => {
  const LINE = /^(.+):(\d+):(\d+): (error|warning|information|hint) ([a-z-]+): (.+)$/;

  it("prints file:line:col: severity rule: message, one line per finding, as the JSON says", () => {
    const args = ["one/warn.txt", "one/err.md", "one/crlf-emoji.txt"];
    const r = run(["check", ...args]);
    const lines = r.stdout.trimEnd().split("\n");
    const j = json(args);
    expect(lines).toHaveLength(j.findings.length);
    lines.forEach((l, i) => {
      const m = LINE.exec(l);
      expect(m, l).not.toBeNull();
      const f = j.findings[i];
      expect(m?.slice(1)).toEqual([f.file, String(f.line), String(f.column), f.severity, f.rule, f.message]);
    });
    expect(r.stderr).toMatch(/^isnad: 3 files checked: \d+ errors?, .*\n$/);
  });

  it("points each line:column at the finding's text (1-based, UTF-16 code units, CRLF a single break)", () => {
    for (const [name, text] of [
      ["one/warn.txt", WARN],
      ["one/err.md", ERR_MD],
      ["one/crlf-emoji.txt", CRLF_EMOJI],
    ] as const) {
      const lines = text.split(/\r\n|\r|\n/);
      const found = json([name]).findings;
      expect(found.length, name).toBeGreaterThan(0);
      for (const f of found) {
        expect(lines[f.line - 1].slice(f.column - 1).startsWith(f.text.split(/\r\n|\r|\n/)[0]), `${name} ${f.rule}`).toBe(true);
        expect(text.slice(f.start, f.end)).toBe(f.text);
      }
    }
    // The emoji before "an official" counts two.
    const f = json(["one/crlf-emoji.txt"]).findings.find((x) => x.text === "an official");
    expect(f).toMatchObject({ line: 3, column: 44, endLine: 3, endColumn: 55 });
  });

  it("says so when there is nothing to report", () => {
    const r = run(["check", "one/clean.txt"]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("isnad: 1 file checked: no findings\n");
  });
});

describe("--format json", () => {
  it("counts what it lists", () => {
    const j = json(["one"]);
    expect(j.files).toBe(5);
    const counts = { error: 0, warning: 0, information: 0, hint: 0 } as Record<string, number>;
    for (const f of j.findings) counts[f.severity]++;
    expect(j.summary).toEqual(counts);
    expect(j.errors).toEqual([]);
  });
});

/** RFC 4180 reader for the round trip (a deliberately separate implementation from the writer). */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    let field = "";
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error("unterminated quoted field");
        if (s[i] === '"' && s[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (s[i] === '"') {
          i++;
          break;
        } else field += s[i++];
      }
    } else {
      while (i < s.length && s[i] !== "," && s[i] !== "\r" && s[i] !== "\n") field += s[i++];
    }
    row.push(field);
    if (s[i] === ",") i++;
    else if (s.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`record not ended by CRLF at ${i}: ${JSON.stringify(s.slice(i, i + 10))}`);
  }
  return rows;
}

describe("--format csv", () => {
  it("round-trips Arabic, commas, quotes and newlines in every field", () => {
    const args = ["names", "one/err.md"];
    const r = run(["check", "--format", "csv", ...args]);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(["file", "line", "column", "end_line", "end_column", "severity", "rule", "message", "text"]);
    const j = json(args);
    expect(rows.slice(1)).toEqual(j.findings.map((f) => [f.file, String(f.line), String(f.column), String(f.endLine), String(f.endColumn), f.severity, f.rule, f.message, f.text]));
    // The fixtures do put each hard case in play.
    const cells = rows.slice(1).flat();
    expect(cells.some((c) => c.includes(","))).toBe(true);
    expect(cells.some((c) => c.includes('"'))).toBe(true);
    expect(cells.some((c) => c.includes("\n"))).toBe(true);
    expect(cells.some((c) => /[\u0600-\u06FF]/.test(c))).toBe(true);
    expect(new Set(rows.slice(1).map((x) => x[0]))).toEqual(new Set(['names/a, "quoted".txt', "names/two\nlines.txt", "names/خبر عاجل.txt", "one/err.md"]));
  });

  it("prints the header alone when there is nothing to report", () => {
    expect(run(["check", "--format", "csv", "one/clean.txt"]).stdout).toBe("file,line,column,end_line,end_column,severity,rule,message,text\r\n");
  });
});

describe("--format sarif", () => {
  const validator = new Validator(SARIF_SCHEMA, "4", false);

  function sarif(args: string[], cwd?: string) {
    const r = run(["check", "--format", "sarif", ...args], { cwd });
    return JSON.parse(r.stdout);
  }

  it("is valid SARIF 2.1.0 (with findings, with none, with an unreadable file)", () => {
    for (const args of [["one", "names"], ["one/clean.txt"], ["bad", "one/warn.txt"]]) {
      const result = validator.validate(sarif(args));
      expect(result.errors.slice(0, 5), args.join(" ")).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it("would fail the schema if it were wrong (the validator is not vacuous)", () => {
    const log = sarif(["one/warn.txt"]);
    log.runs[0].results[0].level = "warn";
    expect(validator.validate(log).valid).toBe(false);
    const noRegion = sarif(["one/warn.txt"]);
    noRegion.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validator.validate(noRegion).valid).toBe(false);
  });

  it("has what GitHub code scanning reads: rules with help and level, results with regions and relative URIs", () => {
    const log = sarif(["one", "names"]);
    const runObj = log.runs[0];
    expect(log.version).toBe("2.1.0");
    expect(runObj.columnKind).toBe("utf16CodeUnits");
    const rules = runObj.tool.driver.rules as { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[];
    expect(rules.map((r) => r.id).sort()).toEqual(["anonymous-lead", "anonymous-no-reason", "anonymous-source", "unattributed-quote", "unbalanced-quote"]);
    for (const r of rules) {
      expect(r.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(r.shortDescription.text.length).toBeGreaterThan(3);
      expect(r.fullDescription.text.length).toBeGreaterThan(20);
      expect(r.help.text.length).toBeGreaterThan(20);
      expect(["error", "warning", "note"]).toContain(r.defaultConfiguration.level);
    }
    expect(rules.find((r) => r.id === "unbalanced-quote")?.defaultConfiguration.level).toBe("error");

    const j = json(["one", "names"]);
    expect(runObj.results).toHaveLength(j.findings.length);
    const level = { error: "error", warning: "warning", information: "note", hint: "note" } as const;
    runObj.results.forEach((res: Record<string, any>, i: number) => {
      const f = j.findings[i];
      expect(res.ruleId).toBe(f.rule);
      expect(rules[res.ruleIndex].id).toBe(f.rule);
      expect(res.level).toBe(level[f.severity]);
      expect(res.message.text).toBe(f.message);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe("%SRCROOT%");
      expect(decodeURIComponent(loc.artifactLocation.uri)).toBe(f.file);
      expect(loc.artifactLocation.uri).not.toMatch(/[\s"\u0600-\u06FF]/); // percent-encoded
      expect(loc.region).toMatchObject({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
    });
  });

  it("makes URIs relative to the working directory, not to how the path was written", () => {
    const log = sarif([p("one", "warn.txt")], p("one"));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "warn.txt", uriBaseId: "%SRCROOT%" });
    const outside = sarif(["../one/warn.txt"], p("names"));
    expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*\/one\/warn\.txt$/);
  });
});

describe("walking folders", () => {
  let tree = "";
  const files = (args: string[], cwd = tree) => {
    const r = run(["check", "--format", "json", ...args], { cwd });
    const out = JSON.parse(r.stdout) as JsonOut;
    // The analysed files, in output order, found through their findings: every fixture below has one.
    return { code: r.code, stderr: r.stderr, files: [...new Set(out.findings.map((f) => f.file))], count: out.files };
  };

  beforeAll(() => {
    tree = p("tree");
    const t = (rel: string, content = WARN) => put(join("tree", rel), content);
    mkdirSync(p("tree", ".git"), { recursive: true }); // the top of a repository
    t(".gitignore", "drafts/\n*.tmp.txt\n");
    t("desk/b.txt");
    t("desk/a.md");
    t("desk/c.news");
    t("desk/notes.docx");
    t("desk/z.TXT");
    t("desk/x.tmp.txt");
    t("desk/drafts/d.txt");
    t("desk/.hidden/h.txt");
    t("desk/.dot.txt");
    t("desk/sport/.isnadignore", "*.md\n!keep.md\n");
    t("desk/sport/s1.md");
    t("desk/sport/keep.md");
    t("desk/sport/s2.txt");
    t("desk/sport/.gitignore", "s2.txt\n");
    t("desk/sport/.isnadignore2", "");
    t("archive/2023/old.txt");
    t("archive/2024/new.md");
    t("archive/2024/new.txt");
  });

  it("finds .txt, .md, .news in name order; skips hidden entries, other extensions and ignored paths", () => {
    const r = files(["desk"]);
    expect(r.code).toBe(0);
    expect(r.files).toEqual(["desk/a.md", "desk/b.txt", "desk/c.news", "desk/sport/keep.md", "desk/z.TXT"]);
  });

  it("reads the ignore files above the walked folder, up to the repository top", () => {
    // .gitignore at the top says drafts/ and *.tmp.txt: it applies inside desk/sport too.
    const r = files(["sport"], join(tree, "desk"));
    expect(r.files).toEqual(["sport/keep.md"]);
  });

  it("checks a file named on the command line even when ignored", () => {
    expect(files(["desk/x.tmp.txt", "desk/drafts/d.txt", "desk/notes.docx"]).files).toEqual(["desk/x.tmp.txt", "desk/drafts/d.txt", "desk/notes.docx"]);
  });

  it("matches quoted globs, with ** and braces, and the same skips", () => {
    expect(files(["archive/**/*.txt"]).files).toEqual(["archive/2023/old.txt", "archive/2024/new.txt"]);
    expect(files(["archive/2024/*.{md,txt}"]).files).toEqual(["archive/2024/new.md", "archive/2024/new.txt"]);
    expect(files(["**/*.tmp.txt"]).files).toEqual([]); // ignored by the top .gitignore
  });

  it("keeps the order of PATHS and checks a file once", () => {
    const r = files(["archive", "desk/b.txt", "archive/2023/old.txt", "desk"]);
    expect(r.files).toEqual(["archive/2023/old.txt", "archive/2024/new.md", "archive/2024/new.txt", "desk/b.txt", "desk/a.md", "desk/c.news", "desk/sport/keep.md", "desk/z.TXT"]);
    expect(r.count).toBe(8);
  });

  it("checks the working directory when no PATH is given", () => {
    expect(files([], join(tree, "archive")).files).toEqual(["2023/old.txt", "2024/new.md", "2024/new.txt"]);
  });

  it("follows a link to a file, not a link to a folder", () => {
    const links = p("links");
    mkdirSync(links, { recursive: true });
    symlinkSync(p("tree", "desk", "b.txt"), join(links, "to-file.txt"));
    symlinkSync(p("tree", "archive"), join(links, "to-folder"));
    expect(files(["links"], dir).files).toEqual(["links/to-file.txt"]);
  });
});

describe("house lexicon (.isnad.json)", () => {
  const TIPSTER = "A tipster said the bridge would reopen on Monday.\n";
  const HOUSE = JSON.stringify({ sources: [{ forms: ["tipster", "tipsters"], class: "anon", example: "A tipster said the deal was off." }] });

  it("is found above the article's folder and applies: its source noun makes an anonymous source", () => {
    put("house/.isnad.json", HOUSE);
    put("house/desk/a.txt", TIPSTER);
    put("plain/a.txt", TIPSTER);
    // Run from elsewhere: the file is looked for above each article, not above the working directory.
    const r = run(["check", "--fail-on", "warning", p("house", "desk", "a.txt"), p("plain", "a.txt")], { cwd: dir });
    expect(r.stderr).not.toContain(".isnad.json:");
    expect(r.stdout).toContain(`${p("house", "desk", "a.txt")}:1:1: warning anonymous-no-reason`);
    expect(r.stdout).not.toContain(`${p("plain", "a.txt")}:1:1: warning anonymous-no-reason`);
    expect(r.code).toBe(1);
  });

  it("the same with worker threads", () => {
    put("house2/.isnad.json", HOUSE);
    for (let i = 0; i < 3; i++) put(`house2/a${i}.txt`, TIPSTER);
    const r = run(["check", "--jobs", "2", "--fail-on", "warning", "house2"], { cwd: dir });
    expect(r.stdout.match(/warning anonymous-no-reason/g)).toHaveLength(3);
  });

  it("isnad analyze reads it too, and --config overrides the one found", () => {
    put("house3/.isnad.json", "{}");
    put("house3/other.json", HOUSE);
    put("house3/a.txt", TIPSTER);
    const kinds = (args: string[]) => (JSON.parse(run(["analyze", "-f", "json", ...args, "a.txt"], { cwd: p("house3") }).stdout) as { speakers: { kind: string }[] }).speakers.map((x) => x.kind);
    expect(kinds([])).not.toContain("anonymous");
    expect(kinds(["--config", "other.json"])).toContain("anonymous");
  });

  it("isnad report uses the article's house lexicon too", () => {
    put("house4/.isnad.json", HOUSE);
    put("house4/a.txt", TIPSTER);
    put("plain4/a.txt", TIPSTER);
    const keys = (folder: string) => run(["report", "-f", "json", folder], { cwd: dir }).stdout;
    expect(keys("house4")).toContain('"anonymous:tipster"');
    expect(keys("plain4")).not.toContain('"anonymous:tipster"');
  });

  it("a broken file: a message with its line and column, the check still runs with the built-ins, exit 2", () => {
    put("cfg/.isnad.json", '{\n  "titles": [1, 2,]\n}\n');
    put("cfg/sub/a.txt", WARN);
    const r = run(["check", "a.txt"], { cwd: p("cfg", "sub") });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toContain(`isnad: ${p("cfg", ".isnad.json")}:2:19: Not valid JSON: `);
    expect(r.stdout).toContain("a.txt:3:");
  });

  it("a wrong value is placed at its line; the valid entries still apply", () => {
    put("cfg1/.isnad.json", '{\n  "sources": [\n    { "forms": ["tipster"], "class": "anon" },\n    { "forms": ["x"], "class": "nope" }\n  ]\n}\n');
    put("cfg1/a.txt", TIPSTER);
    const r = run(["check", "--format", "json", "a.txt"], { cwd: p("cfg1") });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.isnad\.json:4:\d+: "class" must be one of/);
    const out = JSON.parse(r.stdout) as { findings: { rule: string }[]; errors: { file: string }[] };
    expect(out.findings.map((f) => f.rule)).toContain("anonymous-no-reason");
    expect(out.errors[0].file).toMatch(/\.isnad\.json:4:/);
  });

  it("must hold an object", () => {
    put("cfg2/.isnad.json", "[1, 2]\n");
    put("cfg2/a.txt", WARN);
    const r = run(["check", "a.txt"], { cwd: p("cfg2") });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("must hold one JSON object");
  });

  it("--config names it; a missing one is an error; a valid one lets the check run", () => {
    put("cfg3/house.json", '{ "titles": [{ "forms": ["ombudsperson"] }] }\n');
    put("cfg3/a.txt", WARN);
    const missing = run(["check", "--config", "missing.json", "a.txt"], { cwd: p("cfg3") });
    expect(missing.stderr).toMatch(/missing\.json: no such file/);
    expect(missing.code).toBe(2);
    const ok = run(["check", "--config", "house.json", "--fail-on", "warning", "a.txt"], { cwd: p("cfg3") });
    expect(ok.stderr).not.toContain("house.json");
    expect(ok.code).toBe(1);
    expect(ok.stdout).toContain("a.txt:3:");
  });
});

describe("a reader that goes away", () => {
  it("ends the run quietly, without a stack trace", async () => {
    for (let i = 0; i < 1500; i++) put(`many/${String(i).padStart(4, "0")}.txt`, WARN);
    const child = spawn(process.execPath, [CLI, "check", "--jobs", "0", "many"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    // Read the first chunk, then close our end of the pipe, as `| head -1` does.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|at .*\(/);
    expect([1, 2]).toContain(code);
  });
});

describe("help", () => {
  it("documents the formats, the exit codes, the default --fail-on, the ignore files and the columns", () => {
    const r = run(["check", "--help"]);
    expect(r.code).toBe(0);
    for (const s of ["text", "json", "csv", "sarif", "error (default)", ".gitignore", ".isnadignore", "UTF-16", "Exit status", "--jobs", "nearest .isnad.json", "FILE:LINE:COL"]) {
      expect(r.stdout.replace(/\s+/g, " "), s).toContain(s.replace(/\s+/g, " "));
    }
  });
});
