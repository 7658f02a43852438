// The workspace requests over stdio against dist/server.js, on a temp
// workspace folder of the test articles: background indexing with work-done
// progress and a dynamically registered file watcher, files.exclude and the
// include/exclude settings, "Sources in workspace", workspace symbols, file
// events (create, change, delete, rename), an open editor's live text winning
// over disk, and the report — whose numbers must equal `isnad report`'s.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidRenameFilesNotification,
  FileChangeType,
  WorkspaceSymbolRequest,
  WorkspaceSymbolResolveRequest,
  type WorkspaceSymbol,
} from "vscode-languageserver-protocol/node";
import {
  IndexStatusNotification,
  ReportAnalysesRequest,
  ReportRequest,
  ReportStatementsRequest,
  WorkspaceSpeakerRequest,
  WorkspaceSpeakersRequest,
  type IndexStatusParams,
  type LspRange,
} from "../../src/shared/protocol";
import { reportCharts, type ReportLabels } from "../../src/shared/reportView";
import { startHarness, type Harness } from "./harness";
import { WS_ARTICLES } from "./workspaceFixtures";

const CLI = join(__dirname, "../../dist/cli.js");
let dir: string;
let h: Harness;
const uri = (rel: string) => pathToFileURL(join(dir, rel)).href;
const registrations: { method: string; registerOptions?: unknown }[] = [];
const progress: { token: unknown; value: { kind: string; message?: string; percentage?: number } }[] = [];
const statuses: IndexStatusParams[] = [];
const config: { isnad: Record<string, unknown>; "files.exclude": Record<string, unknown> } = {
  isnad: {},
  "files.exclude": { "**/drafts": true, "**/.git": true },
};

function write(rel: string, text: string) {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

/** Text of an LSP range in a text. */
function sliceRange(text: string, r: LspRange): string {
  const lines = text.split("\n");
  const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(off(r.start), off(r.end));
}

const speakers = () => h.conn.sendRequest(WorkspaceSpeakersRequest, {});
const speakerNames = async () => (await speakers()).speakers.map((s) => s.name);
const report = (scope: Parameters<typeof h.conn.sendRequest<typeof ReportRequest>>[1]["scope"] = { kind: "workspace" }) =>
  h.conn.sendRequest(ReportRequest, { scope });
const fileEvent = (rel: string, type: FileChangeType) =>
  h.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(rel), type }] });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "isnad-ws-lsp-"));
  for (const [name, text] of Object.entries(WS_ARTICLES)) write(name, text);
  // Excluded by files.exclude, by the default isnad exclude, or not an article.
  write("drafts/ar-draft.txt", "وقال المحافظ خالد المنصور إن المشروع سيكتمل قريباً.\n");
  write("node_modules/pkg/readme.md", '"Install it," said Dana Wolfe.\n');
  write("notes.json", '{"said": "nobody"}');
  h = await startHarness({
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "ws" }],
    extraCapabilities: {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, symbol: { resolveSupport: { properties: ["location.range"] } } },
      window: { workDoneProgress: true },
    },
    onConnection: (conn) => {
      conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((it) => (it.section === "isnad" || it.section === "files.exclude" ? config[it.section] : null)));
      conn.onRequest("client/registerCapability", (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
        registrations.push(...p.registrations);
        return null;
      });
      conn.onRequest("client/unregisterCapability", () => null);
      conn.onRequest("window/workDoneProgress/create", () => null);
      conn.onNotification("$/progress", (p: (typeof progress)[number]) => {
        progress.push(p);
      });
      conn.onNotification(IndexStatusNotification, (p) => {
        statuses.push(p);
      });
    },
  });
});

afterAll(async () => {
  if (h && h.proc.exitCode === null) await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const idleWith = (articles: number) =>
  expect
    .poll(async () => {
      const r = await report();
      return `${r.status.state} ${r.status.articles}`;
    }, { timeout: 30_000, interval: 100 })
    .toBe(`idle ${articles}`);

describe("workspace index over stdio", () => {
  it("announces workspace symbols and folder and rename notifications", () => {
    const caps = h.init.capabilities;
    expect(caps.workspaceSymbolProvider).toEqual({ resolveProvider: true });
    expect(caps.workspace?.workspaceFolders).toEqual({ supported: true, changeNotifications: true });
    expect(caps.workspace?.fileOperations?.didRename).toBeTruthy();
  });

  it("indexes every article in the background, with progress, honouring files.exclude and the default excludes", async () => {
    await idleWith(4);
    const kinds = progress.map((p) => p.value.kind);
    expect(kinds[0]).toBe("begin");
    expect(kinds.at(-1)).toBe("end");
    expect(statuses.some((s) => s.state === "indexing" || s.state === "scanning")).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ state: "idle", articles: 4 });
    const names = await speakerNames();
    expect(names).toEqual(expect.arrayContaining(["ريم السعدي", "Helen Marsh", "Tom Reyes", "فارس النعيمي"]));
    expect(names).not.toContain("خالد المنصور");
    expect(names).not.toContain("Dana Wolfe");
  });

  it("registers a file watcher for the article patterns dynamically", () => {
    // (The house lexicon's watcher, **/.isnad.json, is a registration of its own: house.test.ts.)
    const regs = registrations.filter((r) => r.method === "workspace/didChangeWatchedFiles");
    const globs = regs.map((reg) => (reg.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern));
    expect(globs).toContainEqual(expect.arrayContaining(["**/*.txt", "**/*.md", "**/*.news"]));
    expect(globs).toContainEqual(["**/.isnad.json"]);
  });

  it("the same person in two articles is one speaker; its articles list the statements with their ranges", async () => {
    const reem = (await speakers()).speakers.find((s) => s.name === "ريم السعدي")!;
    expect(reem).toMatchObject({ kind: "person", articles: 2, statements: 3 });
    const detail = await h.conn.sendRequest(WorkspaceSpeakerRequest, { key: reem.key });
    expect(detail.articles.map((a) => a.uri)).toEqual([uri("ar-budget.txt"), uri("ar-vote.txt")]);
    const st = detail.articles[1].statements[0];
    expect(sliceRange(WS_ARTICLES["ar-vote.txt"], st.range)).toContain("الحكومة منفتحة");
    expect(st.preview).toContain("الحكومة منفتحة");
    // Anonymous sources described alike are one node.
    const ministry = (await speakers()).speakers.filter((s) => s.kind === "anonymous" && s.name.includes("الوزارة"));
    expect(ministry).toHaveLength(1);
    expect(ministry[0].articles).toBe(2);
  });

  it("workspace symbols find a speaker across articles; resolving gives the mention's range", async () => {
    const syms = (await h.conn.sendRequest(WorkspaceSymbolRequest.type, { query: "السعدى" })) as WorkspaceSymbol[];
    expect(syms.map((s) => [s.name, s.location.uri])).toEqual([
      ["ريم السعدي", uri("ar-budget.txt")],
      ["ريم السعدي", uri("ar-vote.txt")],
    ]);
    expect(syms[0].containerName).toBe("ar-budget.txt");
    const resolved = await h.conn.sendRequest(WorkspaceSymbolResolveRequest.type, syms[1]);
    expect("range" in resolved.location).toBe(true);
    expect(sliceRange(WS_ARTICLES["ar-vote.txt"], (resolved.location as { range: LspRange }).range)).toBe("ريم السعدي");
  });

  it("follows file events: a new article, a changed one, a deleted one", async () => {
    write("ar-new.txt", "وقال وزير النقل سامي داود إن القطار الجديد سيعمل في الربيع.\n");
    await fileEvent("ar-new.txt", FileChangeType.Created);
    await expect.poll(speakerNames, { timeout: 20_000 }).toContain("سامي داود");

    write("ar-new.txt", "وقال وزير النقل نبيل عيسى إن القطار الجديد سيعمل في الربيع.\n");
    await fileEvent("ar-new.txt", FileChangeType.Changed);
    await expect.poll(speakerNames, { timeout: 20_000 }).toContain("نبيل عيسى");
    expect(await speakerNames()).not.toContain("سامي داود");

    unlinkSync(join(dir, "ar-new.txt"));
    await fileEvent("ar-new.txt", FileChangeType.Deleted);
    await expect.poll(speakerNames, { timeout: 20_000 }).not.toContain("نبيل عيسى");
    // An excluded folder's files are ignored even when the watcher reports them.
    write("drafts/ar-draft2.txt", "وقال المحافظ خالد المنصور إن العمل بدأ.\n");
    await fileEvent("drafts/ar-draft2.txt", FileChangeType.Created);
    await idleWith(4);
    expect(await speakerNames()).not.toContain("خالد المنصور");
  });

  it("follows renames of files and folders, and a deleted folder", async () => {
    renameSync(join(dir, "port"), join(dir, "harbour"));
    await h.conn.sendNotification(DidRenameFilesNotification.type, { files: [{ oldUri: uri("port"), newUri: uri("harbour") }] });
    await fileEvent("port", FileChangeType.Deleted);
    await fileEvent("harbour/en-reopen.md", FileChangeType.Created);
    await expect
      .poll(async () => (await report({ kind: "folder", uri: uri("harbour") })).report.articles.map((a) => a.file), { timeout: 20_000 })
      .toEqual([uri("harbour/en-reopen.md")]);
    expect((await report({ kind: "folder", uri: uri("port") })).report.articles).toEqual([]);

    rmSync(join(dir, "harbour"), { recursive: true });
    await fileEvent("harbour", FileChangeType.Deleted);
    await expect.poll(speakerNames, { timeout: 20_000 }).not.toContain("Tom Reyes");
    await idleWith(3);
  });

  it("an open editor's live text wins over disk; closing it goes back to the file", async () => {
    const live = WS_ARTICLES["ar-vote.txt"].replace("فارس النعيمي", "سمير داود");
    await h.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri("ar-vote.txt"), languageId: "plaintext", version: 1, text: live } });
    await expect.poll(speakerNames, { timeout: 20_000 }).toContain("سمير داود");
    expect(await speakerNames()).not.toContain("فارس النعيمي");
    // The file changing on disk meanwhile does not override the editor.
    await fileEvent("ar-vote.txt", FileChangeType.Changed);
    await idleWith(3);
    expect(await speakerNames()).toContain("سمير داود");
    await h.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri("ar-vote.txt") } });
    await expect.poll(speakerNames, { timeout: 20_000 }).toContain("فارس النعيمي");
    expect(await speakerNames()).not.toContain("سمير داود");
  });

  it("reports on a single open document outside the workspace", async () => {
    const doc = "untitled:Untitled-9";
    await h.open(doc, "وقالت الوزيرة هالة يوسف إن الاتفاق سيوقع غداً.\n");
    const r = await report({ kind: "file", uri: doc });
    expect(r.report.totals.articles).toBe(1);
    expect(r.report.speakers.map((s) => s.name)).toContain("هالة يوسف");
    // Not a workspace article.
    expect(await speakerNames()).not.toContain("هالة يوسف");
    await h.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: doc } });
  });

  it("the report's numbers equal `isnad report` on the same files", async () => {
    const files = ["ar-budget.txt", "ar-vote.txt", "en-harbour.txt"];
    const server = (await report()).report;
    const cli = JSON.parse(
      spawnSync(process.execPath, [CLI, "report", "--format", "json", ...files], { cwd: dir, encoding: "utf8" }).stdout,
    );
    const byUri = (rows: { file: string }[], toUri: (f: string) => string) => Object.fromEntries(rows.map((r) => [toUri(r.file), { ...r, file: "" }]));
    expect(byUri(server.articles, (f) => f)).toEqual(byUri(cli.articles, uri));
    expect(server.totals).toEqual(cli.totals);
    expect(server.speakers).toEqual(cli.speakers);
    // And so what the webview draws from the server's report is what the CLI's numbers would draw.
    const labels = new Proxy({} as ReportLabels, { get: (_t, k: string) => k });
    const drawn = (r: typeof server, toUri: (f: string) => string) =>
      reportCharts({ ...r, articles: r.articles.map((a) => ({ ...a, file: toUri(a.file) })) }, labels, (f) => f).map((c) => [c.id, c.categories, c.series.map((x) => x.values)]);
    expect(drawn(server, (f) => f)).toEqual(drawn(cli, uri));
  });

  it("lists the statements behind a number, with ranges into the articles", async () => {
    const reem = (await speakers()).speakers.find((s) => s.name === "ريم السعدي")!;
    const r = await h.conn.sendRequest(ReportStatementsRequest, { scope: { kind: "workspace" }, filter: { speaker: reem.key } });
    expect(r.total).toBe(3);
    expect(r.items.map((i) => i.uri)).toEqual([uri("ar-budget.txt"), uri("ar-budget.txt"), uri("ar-vote.txt")]);
    expect(sliceRange(WS_ARTICLES["ar-budget.txt"], r.items[1].range)).toBe("لن نرفع الضرائب على الأسر محدودة الدخل");
    expect(r.items[1]).toMatchObject({ kind: "direct", speaker: "ريم السعدي", speakerKind: "person" });
    const anon = await h.conn.sendRequest(ReportStatementsRequest, { scope: { kind: "file", uri: uri("ar-budget.txt") }, filter: { reason: "without" } });
    expect(anon.items.map((i) => i.speaker)).toEqual(["مصادر"]);
    const limited = await h.conn.sendRequest(ReportStatementsRequest, { scope: { kind: "workspace" }, filter: {}, limit: 2 });
    expect(limited.items).toHaveLength(2);
    expect(limited.total).toBe((await report()).report.totals.statements);
  });

  it("gives the raw analyses of a scope for export", async () => {
    const r = await h.conn.sendRequest(ReportAnalysesRequest, { scope: { kind: "workspace" } });
    expect(r.analyses.map((a) => a.file)).toEqual([uri("ar-budget.txt"), uri("ar-vote.txt"), uri("en-harbour.txt")]);
    const text = WS_ARTICLES["ar-budget.txt"];
    for (const st of r.analyses[0].statements) expect(text.slice(st.content.start, st.content.end)).toBe(st.content.text);
    expect(r.skipped).toEqual([]);
  });

  it("follows the include/exclude settings and turning the index off", async () => {
    // A setting replaces the default list: node_modules stays out only because it is named again.
    config.isnad = { workspace: { exclude: ["**/en-*", "**/node_modules/**"] } };
    await h.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { isnad: config.isnad } });
    await idleWith(2);
    expect(await speakerNames()).not.toContain("Helen Marsh");
    config.isnad = { workspace: { include: ["**/*.txt", "drafts/**"], exclude: [] } };
    config["files.exclude"] = {};
    await h.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { isnad: config.isnad } });
    await expect.poll(speakerNames, { timeout: 20_000 }).toContain("خالد المنصور");
    config.isnad = { workspace: { maxFiles: 1 } };
    await h.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { isnad: config.isnad } });
    await idleWith(1);
    expect(h.logs.some((l) => l.includes("isnad.workspace.maxFiles"))).toBe(true);
    config.isnad = { workspace: { index: false } };
    await h.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { isnad: config.isnad } });
    await expect.poll(async () => (await report()).status.state, { timeout: 20_000 }).toBe("off");
    expect((await speakers()).speakers).toEqual([]);
  });
});
