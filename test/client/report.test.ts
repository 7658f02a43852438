// The report's webview side without a browser: which messages the extension
// accepts from the webview, that every number the webview draws is the
// report's number with the filter that lists exactly those statements, the
// exports, and the "Sources in workspace" tree model.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core";
import { computeReport, selectStatements, summarize, type ArticleSummary } from "../../src/core/report";
import { englishT } from "../../src/client/model";
import { exportAnalyses, exportReport, fileBytes, namedReport } from "../../src/client/reportExport";
import { buildWorkspaceTree, speakerArticles, workspaceMessage } from "../../src/client/workspaceModel";
import { parseFromWebview } from "../../src/shared/reportMessages";
import { articleColumns, reportCards, reportCharts, speakerColumns, type ReportLabels } from "../../src/shared/reportView";
import type { WorkspaceSpeakersResult } from "../../src/shared/protocol";
import { parseCsv } from "../csv";
import { WS_ARTICLES, type ArticleName } from "../lsp/workspaceFixtures";

const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } };

describe("messages from the webview", () => {
  const valid: [string, unknown][] = [
    ["ready", { type: "ready" }],
    ["refresh", { type: "refresh" }],
    ["reveal", { type: "reveal", uri: "file:///ws/a.txt", range }],
    ["drill, empty filter", { type: "drill", requestId: 3, title: "x", filter: {} }],
    ["drill, every filter", { type: "drill", requestId: 0, title: "x", filter: { kind: "direct", attribution: "none", reason: "with", gender: "unmarked", personGender: "female", speaker: "name:x", article: "file:///a" } }],
    ["export", { type: "export", what: "analysis", format: "markdown" }],
    ["rendered", { type: "rendered", charts: 6, numbers: 40 }],
  ];
  it.each(valid)("accepts %s", (_name, m) => {
    expect(parseFromWebview(m)).toEqual(m);
  });

  const invalid: [string, unknown][] = [
    ["not an object", "ready"],
    ["null", null],
    ["an array", [{ type: "ready" }]],
    ["unknown type", { type: "runCommand", command: "workbench.action.terminal.new" }],
    ["extra key", { type: "ready", extra: 1 }],
    ["reveal without range", { type: "reveal", uri: "file:///a" }],
    ["reveal with a negative line", { type: "reveal", uri: "file:///a", range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } }],
    ["reveal with a fractional character", { type: "reveal", uri: "file:///a", range: { start: { line: 0, character: 0.5 }, end: { line: 0, character: 1 } } }],
    ["reveal with a range carrying more", { type: "reveal", uri: "file:///a", range: { ...range, x: 1 } }],
    ["reveal of a huge uri", { type: "reveal", uri: "f".repeat(5000), range }],
    ["drill with an unknown filter key", { type: "drill", requestId: 1, title: "x", filter: { sql: "1=1" } }],
    ["drill with a bad kind", { type: "drill", requestId: 1, title: "x", filter: { kind: "opinion" } }],
    ["drill with a string id", { type: "drill", requestId: "1", title: "x", filter: {} }],
    ["export to an unknown format", { type: "export", what: "report", format: "exe" }],
    ["export with a path", { type: "export", what: "report", format: "csv", path: "/etc/passwd" }],
    ["rendered with a negative count", { type: "rendered", charts: -1, numbers: 0 }],
  ];
  it.each(invalid)("rejects %s", (_name, m) => {
    expect(parseFromWebview(m)).toBeNull();
  });
});

const L = new Proxy({} as ReportLabels, {
  get: (_t, k: string) => (k === "speakerKinds" || k === "genders" ? new Proxy({}, { get: (_u, j: string) => `<${j}>` }) : `<${k}>`),
});

function summaries(): ArticleSummary[] {
  return (Object.keys(WS_ARTICLES) as ArticleName[]).map((n) => summarize(analyze(WS_ARTICLES[n], { markdown: n.endsWith(".md") }), `file:///ws/${n}`));
}

describe("what the webview draws", () => {
  const sums = summaries();
  const report = computeReport(sums);
  const count = (f: Parameters<typeof selectStatements>[1]) => selectStatements(sums, f).total;

  it("draws the six charts", () => {
    expect(reportCharts(report, L, (f) => f).map((c) => c.id)).toEqual(["kinds", "attribution", "anonymity", "speakers", "gender", "articles"]);
  });

  it("every chart value is the report's number, and its filter selects the statements it counts", () => {
    const t = report.totals;
    const charts = Object.fromEntries(reportCharts(report, L, (f) => f).map((c) => [c.id, c]));
    expect(charts.kinds.series[0].values).toEqual([t.byKind.direct, t.byKind.partial, t.byKind.indirect]);
    expect(charts.attribution.series[0].values).toEqual([t.attribution.named, t.attribution.anonymous, t.attribution.none]);
    expect(charts.anonymity.series[0].values).toEqual([t.anonymousSources.withReason, t.anonymousSources.withoutReason]);
    expect(charts.gender.series[0].values).toEqual([t.people.female, t.people.male, t.people.unmarked]);
    // Where a value counts statements, its filter selects exactly that many.
    for (const id of ["kinds", "attribution", "speakers", "articles"]) {
      for (const s of charts[id].series) s.values.forEach((v, i) => expect(count(s.filters[i]), `${id} ${s.label} ${i}`).toBe(v));
    }
    charts.anonymity.series[1].values.forEach((v, i) => expect(count(charts.anonymity.series[1].filters[i])).toBe(v));
    charts.gender.series[1].values.forEach((v, i) => expect(count(charts.gender.series[1].filters[i])).toBe(v));
    // The most quoted: named speakers only, most statements first.
    expect(charts.speakers.categories.slice(0, 2)).toEqual(["Helen Marsh", "ريم السعدي"]);
  });

  it("the cards and the table cells are the report's numbers", () => {
    const cards = reportCards(report, L);
    expect(cards.map((c) => c.value)).toEqual([
      report.totals.articles,
      report.totals.statements,
      report.totals.attribution.named,
      report.totals.attribution.anonymous,
      report.totals.attribution.none,
      report.totals.anonymousSources.withoutReason,
      report.totals.people.female,
      report.totals.people.male,
    ]);
    expect(cards[2].percent).toBe(Math.round((1000 * report.totals.attribution.named) / report.totals.statements) / 10);
    for (const a of report.articles) {
      for (const c of articleColumns(L).slice(0, 7)) expect(count(c.filter(a)), `${a.file} ${c.label}`).toBe(c.value(a));
    }
    for (const s of report.speakers) {
      for (const c of speakerColumns(L).slice(1)) expect(count(c.filter(s)), `${s.name} ${c.label}`).toBe(c.value(s));
    }
  });
});

describe("exports", () => {
  const sums = summaries();
  const report = computeReport(sums);
  const name = (u: string) => u.replace("file:///ws/", "");
  const labels = L as unknown as Parameters<typeof exportReport>[2]["labels"];

  it("the report as CSV and JSON names articles by their workspace paths", () => {
    const rows = parseCsv(exportReport(report, "csv", { table: "articles", name, labels, scope: "ws" }));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["ar-budget.txt", "ar-vote.txt", "en-harbour.txt", "port/en-reopen.md"]);
    const json = JSON.parse(exportReport(report, "json", { table: "articles", name, labels, scope: "ws" }));
    expect(json).toEqual(namedReport(report, name));
    const speakers = parseCsv(exportReport(report, "csv", { table: "speakers", name, labels, scope: "ws" }));
    expect(speakers.length - 1).toBe(report.speakers.length);
    expect(exportReport(report, "markdown", { table: "articles", name, labels, scope: "ws" })).toContain("| port/en-reopen.md |");
  });

  it("the raw analyses: one CSV row per statement, JSON in the contract", () => {
    const analyses = (Object.keys(WS_ARTICLES) as ArticleName[]).map((n) => analyze(WS_ARTICLES[n], { file: `file:///ws/${n}` }));
    const rows = parseCsv(exportAnalyses(analyses, "csv", { name, labels }));
    expect(rows.length - 1).toBe(analyses.reduce((n, a) => n + a.statements.length, 0));
    const json = JSON.parse(exportAnalyses(analyses, "json", { name, labels }));
    expect(json[0].file).toBe("ar-budget.txt");
    expect(json[0].statements).toEqual(analyses[0].statements);
  });

  it("CSV files start with a byte-order mark for spreadsheets; others do not", () => {
    expect([...fileBytes("a", "csv").slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(fileBytes("a", "json")[0]).toBe(0x61);
  });
});

describe("the Sources in workspace tree", () => {
  const result: WorkspaceSpeakersResult = {
    speakers: [
      { key: "name:ريم السعدي", name: "ريم السعدي", kind: "person", gender: "female", title: "وزيرة المالية", articles: 2, statements: 3 },
      { key: "anonymous:مصدر في وزاره", name: "مصدر في الوزارة", kind: "anonymous", gender: null, articles: 2, statements: 2 },
      { key: "name:helen marsh", name: "Helen Marsh", kind: "person", gender: null, articles: 2, statements: 3 },
      { key: "name:x", name: "X Corp", kind: "unknown", gender: null, articles: 1, statements: 1 },
    ],
    total: 4,
    status: { state: "idle", done: 4, total: 4, articles: 4 },
  };

  it("groups speakers by kind with counts, names isolated, statements and articles described", () => {
    const groups = buildWorkspaceTree(result, englishT);
    expect(groups.map((g) => [g.label, g.description])).toEqual([
      ["Named people", "2"],
      ["Anonymous sources", "1"],
      ["Other", "1"],
    ]);
    const reem = groups[0].speakers[0];
    expect(reem.label).toBe("\u2068ريم السعدي\u2069");
    expect(reem.description).toBe("3 statements · 2 articles");
    expect(reem.tooltip).toContain("woman");
    expect(groups[0].speakers[1].tooltip).toContain("gender not marked");
  });

  it("a speaker's articles, each opening its first statement", () => {
    const nodes = speakerArticles(
      {
        key: "anonymous:مصدر في وزاره",
        total: 2,
        articles: [
          { uri: "file:///ws/a.txt", name: "مصدر في الوزارة", reason: true, statements: [{ kind: "indirect", range, preview: "إن الخطة تتضمن بيع حصص" }] },
          { uri: "file:///ws/b.txt", name: "مصدر في الوزارة", reason: false, statements: [{ kind: "indirect", range, preview: "إن المفاوضات مستمرة" }] },
        ],
      },
      "anonymous",
      (u) => u.slice(11),
      englishT,
    );
    expect(nodes.map((n) => [n.label, n.description, n.range])).toEqual([
      ["a.txt", "1 statement", range],
      ["b.txt", "1 statement", range],
    ]);
    expect(nodes[1].tooltip).toContain("No reason for anonymity given");
    expect(nodes[0].tooltip).not.toContain("No reason");
    expect(nodes[0].statements[0]).toMatchObject({ description: "reported speech", uri: "file:///ws/a.txt", range });
  });

  it("says what the index is doing", () => {
    expect(workspaceMessage({ state: "indexing", done: 3, total: 10, articles: 3 }, 5, englishT)).toBe("Indexing the workspace: 3 of 10 files…");
    expect(workspaceMessage({ state: "off", done: 0, total: 0, articles: 0 }, 0, englishT)).toMatch(/turned off/);
    expect(workspaceMessage({ state: "idle", done: 0, total: 0, articles: 0 }, 0, englishT)).toBe("No articles in the workspace.");
    expect(workspaceMessage({ state: "idle", done: 2, total: 2, articles: 2 }, 0, englishT)).toMatch(/No statements/);
    expect(workspaceMessage({ state: "idle", done: 2, total: 2, articles: 2 }, 3, englishT)).toBeUndefined();
  });
});
