// `isnad report` end to end (node dist/cli.js): folders walked, CSV that parses
// back with Arabic, commas, quotes and line breaks in names and paths, JSON that
// equals the pure module's report of the same analyses, and exit codes.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/core";
import { ARTICLE_COLUMNS, SPEAKER_COLUMNS, computeReport, summarize } from "../../src/core/report";
import { parseCsv } from "../csv";
import { WS_ARTICLES } from "../lsp/workspaceFixtures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
let dir: string;

function run(args: string[], input = "") {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, maxBuffer: 64 << 20, timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "isnad-report-cli-"));
  for (const [name, text] of Object.entries(WS_ARTICLES)) {
    mkdirSync(join(dir, "desk", name, ".."), { recursive: true });
    writeFileSync(join(dir, "desk", name), text);
  }
  // Not articles, or not to be walked into.
  mkdirSync(join(dir, "desk", ".hidden"));
  writeFileSync(join(dir, "desk", ".hidden", "x.txt"), "وقال مصدر إن شيئاً لم يحدث.\n");
  // Walked as `isnad check` walks: what .gitignore and .isnadignore say is skipped.
  mkdirSync(join(dir, "desk", "node_modules"));
  writeFileSync(join(dir, "desk", "node_modules", "y.txt"), "وقال مصدر إن شيئاً لم يحدث.\n");
  writeFileSync(join(dir, "desk", ".gitignore"), "node_modules/\n");
  mkdirSync(join(dir, "desk", "drafts"));
  writeFileSync(join(dir, "desk", "drafts", "z.txt"), "وقال مصدر إن شيئاً لم يحدث.\n");
  writeFileSync(join(dir, "desk", ".isnadignore"), "drafts/\n");
  writeFileSync(join(dir, "desk", "notes.json"), "{}");
  // A file name with a comma, a quote and Arabic, and a speaker whose name has a comma.
  writeFileSync(join(dir, 'تقرير, "خاص".txt'), "“We are ready,” said Lopez, Jr., the mayor.\n");
  mkdirSync(join(dir, "empty"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the pure module reports for the same files, read as the CLI reads them. */
function expected(files: string[]) {
  return computeReport(
    files.map((f) => {
      const text = (WS_ARTICLES as Record<string, string>)[f.replace(/^desk\//, "")];
      return summarize(analyze(text, { file: f, markdown: /\.(md|markdown)$/i.test(f) }));
    }),
  );
}

const deskFiles = Object.keys(WS_ARTICLES)
  .map((n) => `desk/${n}`)
  .sort();

describe("isnad report", () => {
  it("walks a folder for articles (not hidden folders, not what .gitignore or .isnadignore say, not other files), in name order", () => {
    const r = run(["report", "desk"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(ARTICLE_COLUMNS.map((c) => c[0]));
    expect(rows.slice(1).map((x) => x[0])).toEqual(deskFiles);
  });

  it("takes a quoted glob, as check does", () => {
    const r = run(["report", "desk/**/*.md"]);
    expect(r.code).toBe(0);
    const md = deskFiles.filter((f) => f.endsWith(".md"));
    expect(md.length).toBeGreaterThan(0);
    expect(parseCsv(r.stdout).slice(1).map((x) => x[0])).toEqual(md);
    const none = run(["report", "desk/**/*.news"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no article matches this pattern");
  });

  it("carries each speaker's gender as the article marks it (CSV and JSON)", () => {
    const json = JSON.parse(run(["report", "--format", "json", "desk"]).stdout) as { speakers: { name: string; gender: string | null }[] };
    expect(json.speakers.find((s) => s.name === "ريم السعدي")?.gender).toBe("female");
    const rows = parseCsv(run(["report", "--table", "speakers", "desk"]).stdout);
    const g = rows[0].indexOf("gender");
    expect(g).toBeGreaterThanOrEqual(0);
    expect(rows.find((x) => x[0] === "ريم السعدي")?.[g]).toBe("female");
  });

  it("--format json equals the pure module's report of the same analyses", () => {
    const r = run(["report", "--format", "json", "desk"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected(deskFiles))));
  });

  it("CSV rows carry the same numbers as the JSON", () => {
    const report = JSON.parse(run(["report", "--format=json", "desk"]).stdout);
    const articles = parseCsv(run(["report", "desk"]).stdout);
    articles.slice(1).forEach((row, i) => {
      ARTICLE_COLUMNS.forEach(([, key], c) => expect(row[c], `${row[0]} ${key}`).toBe(String(report.articles[i][key])));
    });
    const speakers = parseCsv(run(["report", "--table", "speakers", "desk"]).stdout);
    expect(speakers[0]).toEqual(SPEAKER_COLUMNS.map((c) => c[0]));
    expect(speakers.length - 1).toBe(report.speakers.length);
    speakers.slice(1).forEach((row, i) => {
      SPEAKER_COLUMNS.forEach(([, key], c) => expect(row[c], `${row[0]} ${key}`).toBe(String(report.speakers[i][key] ?? "")));
    });
  });

  it("the same person in two articles is one speaker row", () => {
    const speakers = parseCsv(run(["report", "--table=speakers", "desk"]).stdout);
    const reem = speakers.filter((r) => r[0] === "ريم السعدي");
    expect(reem).toHaveLength(1);
    expect(reem[0][SPEAKER_COLUMNS.findIndex((c) => c[0] === "articles")]).toBe("2");
  });

  it("quotes Arabic file names and names with commas and quotes so they parse back", () => {
    const r = run(["report", "--table", "speakers", 'تقرير, "خاص".txt']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows.slice(1).some((x) => x[0].includes("Lopez"))).toBe(true);
    const a = parseCsv(run(["report", 'تقرير, "خاص".txt']).stdout);
    expect(a[1][0]).toBe('تقرير, "خاص".txt');
    expect(a[1]).toHaveLength(ARTICLE_COLUMNS.length);
  });

  it("reads standard input with -", () => {
    const r = run(["report", "--format", "json", "-"], WS_ARTICLES["ar-budget.txt"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals.statements).toBeGreaterThan(0);
  });

  it("a missing path gets a message and exit 2; the other paths are still reported", () => {
    const r = run(["report", "--format", "json", "nope.txt", "desk"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.txt: no such file");
    expect(JSON.parse(r.stdout).articles).toHaveLength(deskFiles.length);
  });

  it("an empty folder is said, and reported as nothing", () => {
    const r = run(["report", "--format", "json", "empty"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("no article files");
    expect(JSON.parse(r.stdout).totals.articles).toBe(0);
  });

  it.each([
    [["report"], "no PATH given"],
    [["report", "--format", "xml", "desk"], "--format must be csv or json, not 'xml'"],
    [["report", "--table", "people", "desk"], "--table must be articles or speakers, not 'people'"],
    [["report", "--bogus", "desk"], "unknown option '--bogus'"],
    [["report", "--jobs", "many", "desk"], "--jobs must be auto or a number"],
  ])("bad command line %j: exit 2 and %s", (args, msg) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(msg);
    expect(r.stdout).toBe("");
  });
});
