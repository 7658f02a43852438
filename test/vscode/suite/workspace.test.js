// Beyond one article, through the VS Code API on the fixture workspace (test/e2e/workspace: ar-water.txt and
// en-port.txt, plus desk/ with a second Arabic article quoting the same minister and the same diplomat, and
// a second English article quoting the same port director): the "Sources in workspace" view, workspace
// symbol search, and the sourcing report — its data, its charts drawn in the webview, a click revealing the
// statement, and messages the webview may not send being ignored.
"use strict";
const assert = require("assert");
const vscode = require("vscode");
const { waitFor, plain, openFixture, fixtureUri } = require("./helpers");

const MINISTER = "سامر الحديدي";
const DIRECTOR = "Nadia Haddad";
const DIPLOMAT = "مصدر دبلوماسي";

let api;
async function isnad() {
  if (api) return api;
  const ext = vscode.extensions.getExtension("isnad.isnad");
  api = await ext.activate();
  await api.ready;
  return api;
}

function findSpeaker(snap, name) {
  for (const g of snap.groups) for (const s of g.speakers) if (plain(s.label) === name) return { group: g, speaker: s };
  return null;
}

test("Sources in workspace lists speakers from several files, one node per person", async () => {
  await openFixture("ar-water.txt");
  const a = await isnad();
  await vscode.commands.executeCommand("isnad.workspaceSources.focus");
  const snap = await waitFor(async () => {
    const s = await a.getWorkspaceSnapshot(true);
    // (Every fixture article indexed: the minister's two, and the port director's two.)
    const m = findSpeaker(s, MINISTER);
    const d = findSpeaker(s, DIRECTOR);
    return m && m.speaker.articles && m.speaker.articles.length === 2 && d && d.speaker.articles && d.speaker.articles.length === 2 && s;
  }, { message: `${MINISTER} and ${DIRECTOR} with two articles each in the workspace view`, describe: async () => JSON.stringify(await a.getWorkspaceSnapshot(false)).slice(0, 800) });
  const minister = findSpeaker(snap, MINISTER);
  assert.strictEqual(minister.group.label, "Named people");
  assert.deepStrictEqual(minister.speaker.articles.map((x) => x.label).sort(), ["ar-water.txt", "desk/ar-water-tenders.txt"]);
  assert.match(minister.speaker.description, /^3 statements · 2 articles$/);
  const director = findSpeaker(snap, DIRECTOR);
  assert.ok(director, `${DIRECTOR} is not in the workspace view`);
  assert.deepStrictEqual(director.speaker.articles.map((x) => x.label).sort(), ["desk/en-port-ships.md", "en-port.txt"]);
  // An anonymous source described alike in two articles is one node, in the "Anonymous sources" group.
  const diplomat = findSpeaker(snap, DIPLOMAT);
  assert.strictEqual(diplomat.group.label, "Anonymous sources");
  assert.strictEqual(diplomat.speaker.articles.length, 2);
});

test("workspace symbol search (Ctrl+T) finds a speaker in every article that quotes him", async () => {
  await isnad();
  const symbols = await waitFor(async () => {
    const r = await vscode.commands.executeCommand("vscode.executeWorkspaceSymbolProvider", "الحديدي");
    const hits = (r || []).filter((s) => plain(s.name) === MINISTER);
    return hits.length === 2 && hits;
  }, { message: `two workspace symbols for ${MINISTER}` });
  const files = symbols.map((s) => vscode.workspace.asRelativePath(s.location.uri)).sort();
  assert.deepStrictEqual(files, ["ar-water.txt", "desk/ar-water-tenders.txt"]);
});

test("the workspace report opens, draws its charts and has the workspace's numbers", async () => {
  const a = await isnad();
  await vscode.commands.executeCommand("isnad.openWorkspaceReport");
  const snap = await waitFor(() => {
    const s = a.getReportSnapshot();
    return s && s.rendered && s.view && s.view.report.totals.articles === 4 && s.rendered.charts >= 5 && s;
  }, { message: "the workspace report rendered with its charts", describe: () => JSON.stringify(a.getReportSnapshot() && a.getReportSnapshot().rendered) });
  assert.strictEqual(snap.scope.kind, "workspace");
  assert.ok(snap.rendered.numbers > 20, `only ${snap.rendered.numbers} clickable numbers`);
  const minister = snap.view.report.speakers.find((s) => s.name === MINISTER);
  assert.strictEqual(minister.articles, 2);
  assert.strictEqual(minister.statements, 3);
  assert.deepStrictEqual(Object.values(snap.view.names).sort(), ["ar-water.txt", "desk/ar-water-tenders.txt", "desk/en-port-ships.md", "en-port.txt"]);
});

test("a number in the report lists its statements, and a click reveals the statement", async () => {
  const a = await isnad();
  const key = a.getReportSnapshot().view.report.speakers.find((s) => s.name === MINISTER).key;
  await a.postToReport({ type: "drill", requestId: 7, title: MINISTER, filter: { speaker: key } });
  const drill = await waitFor(() => {
    const d = a.getReportSnapshot().lastDrill;
    return d && d.title === MINISTER && d;
  }, { message: "the statements behind the minister's number" });
  assert.strictEqual(drill.total, 3);
  const item = drill.items.find((i) => i.name === "desk/ar-water-tenders.txt");
  assert.ok(item, JSON.stringify(drill.items));
  await a.postToReport({ type: "reveal", uri: item.uri, range: item.range });
  const editor = await waitFor(() => {
    const e = vscode.window.activeTextEditor;
    return e && vscode.workspace.asRelativePath(e.document.uri) === "desk/ar-water-tenders.txt" && e;
  }, { message: "the article opened by the reveal" });
  const selected = editor.document.getText(editor.selection);
  assert.match(selected, /الوزارة ستختار الشركات المنفذة/);
  assert.strictEqual(editor.selection.start.line, item.range.start.line);
});

test("the report ignores messages its webview may not send, and reveals only its own articles", async () => {
  const a = await isnad();
  const before = a.getReportSnapshot().rejected;
  const active = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString();
  await a.postToReport({ type: "runCommand", command: "workbench.action.terminal.new" });
  await a.postToReport({ type: "reveal", uri: "file:///etc/hostname", range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });
  await a.postToReport({ type: "export", what: "report", format: "csv", path: "/tmp/x.csv" });
  assert.strictEqual(a.getReportSnapshot().rejected, before + 3);
  assert.strictEqual(vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString(), active);
});

test("reports for the active article and for a folder", async () => {
  const a = await isnad();
  await openFixture("en-port.txt");
  await vscode.commands.executeCommand("isnad.openReport");
  const file = await waitFor(() => {
    const s = a.getReportSnapshot();
    return s && s.scope.kind === "file" && s.rendered && s.view && s;
  }, { message: "the article's report" });
  assert.strictEqual(file.view.report.totals.articles, 1);
  assert.ok(file.view.report.speakers.some((s) => s.name === DIRECTOR));

  await vscode.commands.executeCommand("isnad.openFolderReport", fixtureUri("desk"));
  const folder = await waitFor(() => {
    const s = a.getReportSnapshot();
    return s && s.scope.kind === "folder" && s.rendered && s.view && s;
  }, { message: "the folder's report" });
  assert.deepStrictEqual(Object.values(folder.view.names).sort(), ["desk/ar-water-tenders.txt", "desk/en-port-ships.md"]);
});
