// What a user gets from Isnad in a real VS Code, asserted through the VS Code API on the fixture articles
// of test/e2e/workspace (texts written for these tests: a named minister quoted with قائلاً and continued
// with وتابع قوله, a diplomat who asked not to be named, bare "sources"; and an English counterpart).
"use strict";
const assert = require("assert");
const vscode = require("vscode");
const { waitFor, plain, openFixture, hoverAt, anonymousDiagnostics, snapshotStrings } = require("./helpers");

const AR = "ar-water.txt";
const EN = "en-port.txt";
const MINISTER = "سامر الحديدي";
const DIPLOMAT = "مصدر دبلوماسي";
const SOURCES = "مصادر";
// ISNAD_TEST_DELIBERATE_FAIL=1 adds a speaker the article does not have, to prove that a broken
// expectation fails the run (scripts/e2e.sh runs it with ISNAD_E2E_SELFCHECK=1; never in a normal run).
const EXPECTED_AR_SPEAKERS = [MINISTER, DIPLOMAT, SOURCES].concat(
  process.env.ISNAD_TEST_DELIBERATE_FAIL ? ["متحدث لا وجود له"] : [],
);

let api;

async function activeApi() {
  const ext = vscode.extensions.getExtension("isnad.isnad");
  assert.ok(ext, "extension isnad.isnad is not installed");
  const exports = await ext.activate();
  assert.ok(ext.isActive, "extension did not activate");
  assert.ok(exports && typeof exports.getTreeSnapshot === "function", "activate() must return { ready, getTreeSnapshot }");
  if (exports.ready) await exports.ready;
  return exports;
}

test("the extension isnad.isnad activates on an Arabic article and exports its API", async () => {
  await openFixture(AR);
  api = await activeApi();
});

test("anonymous sources appear as diagnostics, with the anonymity phrase when there is one", async () => {
  const doc = await openFixture(AR);
  const diags = await waitFor(() => {
    const d = anonymousDiagnostics(doc.uri);
    return d.length >= 2 && d;
  }, { message: "two 'Anonymous source' diagnostics in " + AR });
  const messages = diags.map((d) => plain(d.message));
  const diplomat = diags.find((d) => plain(d.message).includes(DIPLOMAT));
  assert.ok(diplomat, `no diagnostic names ${DIPLOMAT}: ${messages.join(" | ")}`);
  assert.match(plain(diplomat.message), /طلب عدم ذكر اسمه/, "the diplomat's anonymity phrase is not in the message");
  // The bare source's warning (its listing, an information, sits on its attribution).
  const sources = diags.find((d) => new RegExp(`^Anonymous source: ${SOURCES}(\\s|$)`).test(plain(d.message)) && d.severity === vscode.DiagnosticSeverity.Warning);
  assert.ok(sources, `no warning for the bare ${SOURCES}: ${messages.join(" | ")}`);
  assert.match(plain(sources.message), /no reason for anonymity given/);
  // Each diagnostic sits on the paragraph that holds the anonymous sources (the third one, line 5).
  const anonLine = doc.getText().split("\n").findIndex((l) => l.includes(DIPLOMAT));
  for (const d of [diplomat, sources]) {
    assert.strictEqual(d.range.start.line, anonLine, `diagnostic "${plain(d.message)}" is on line ${d.range.start.line + 1}`);
    assert.ok(!d.range.isEmpty, "diagnostic range is empty");
  }
});

test("hovering a direct quote names its speaker, also for a continuation with no subject", async () => {
  const doc = await openFixture(AR);
  const first = await waitFor(async () => {
    const h = await hoverAt(doc, "سنبدأ بالمناطق");
    return h.includes(MINISTER) && h;
  }, { message: `a hover naming ${MINISTER} on the first quote` });
  assert.ok(first.includes(MINISTER));
  const cont = await hoverAt(doc, "التمويل متوفر");
  assert.ok(cont.includes(MINISTER), `hover on the وتابع قوله quote does not name ${MINISTER}: ${cont}`);
});

test("hovering an English quote names its speaker", async () => {
  const doc = await openFixture(EN);
  const h = await waitFor(async () => {
    const text = await hoverAt(doc, "replaced every crane");
    return text.includes("Nadia Haddad") && text;
  }, { message: "a hover naming Nadia Haddad" });
  assert.ok(h.includes("Nadia Haddad"));
});

test("English anonymous sources are diagnosed, with the phrase that grants anonymity", async () => {
  const doc = await openFixture(EN);
  const diags = await waitFor(() => {
    const d = anonymousDiagnostics(doc.uri);
    return d.length >= 2 && d;
  }, {
    message: "two 'Anonymous source' diagnostics in " + EN,
    describe: () => anonymousDiagnostics(doc.uri).map((d) => plain(d.message)).join(" | "),
  });
  const official = diags.find((d) => /senior official/i.test(plain(d.message)));
  assert.ok(official, "no diagnostic for the senior official: " + diags.map((d) => d.message).join(" | "));
  assert.match(plain(official.message), /condition of anonymity/);
  // The official's reason belongs to the official: the bare "Sources" in the next sentence gave none.
  const sources = diags.find((d) => /^Anonymous source: Sources(\s|$)/.test(plain(d.message)) && d.severity === vscode.DiagnosticSeverity.Warning);
  assert.ok(sources, "no diagnostic for the bare Sources: " + diags.map((d) => d.message).join(" | "));
  assert.match(plain(sources.message), /no reason for anonymity given/);
});

test("the speakers tree lists the article's speakers, grouped, with their statements", async () => {
  await openFixture(AR);
  api = api || (await activeApi());
  await vscode.commands.executeCommand("isnad.showSpeakers");
  // The tree fills once the server has analysed the article: poll until every expected speaker is there.
  const snap = await waitFor(async () => {
    const s = await api.getTreeSnapshot();
    const names = snapshotStrings(s);
    return EXPECTED_AR_SPEAKERS.every((n) => names.includes(n)) && s;
  }, { message: "speakers " + EXPECTED_AR_SPEAKERS.join(", ") + " in getTreeSnapshot()" });
  const speaker = (name) => {
    for (const g of snap.groups) for (const sp of g.speakers) if (plain(sp.label) === name) return { group: g, speaker: sp };
    throw new Error(`${name} is not a speaker row: ${JSON.stringify(snapshotStrings(snap))}`);
  };
  const minister = speaker(MINISTER);
  assert.strictEqual(minister.group.label, "Named people");
  // The quote after قائلاً and the continuation after وتابع قوله both belong to the minister.
  assert.strictEqual(minister.speaker.statements.length, 2, JSON.stringify(minister.speaker.statements));
  assert.ok(minister.speaker.statements.every((st) => st.kind === "direct"));
  for (const name of [DIPLOMAT, SOURCES]) {
    const { group, speaker: sp } = speaker(name);
    assert.strictEqual(group.label, "Anonymous sources", `${name} should be in the Anonymous sources group`);
    assert.strictEqual(sp.kind, "anonymous");
    assert.ok(sp.statements.length >= 1, `${name} has no statement`);
    // A group's description is its speaker count.
    assert.strictEqual(group.description, String(group.speakers.length));
  }
});

test("isnad.copyAnalysisJson puts the analysis contract on the clipboard", async () => {
  await openFixture(AR);
  await vscode.env.clipboard.writeText("");
  await vscode.commands.executeCommand("isnad.copyAnalysisJson");
  const text = await waitFor(async () => (await vscode.env.clipboard.readText()) || false, { message: "clipboard text" });
  const analysis = JSON.parse(text);
  assert.ok(Array.isArray(analysis.statements), "no statements array in the copied JSON");
  assert.ok(analysis.statements.length >= 4, `expected at least 4 statements, got ${analysis.statements.length}`);
  assert.ok(Array.isArray(analysis.speakers) && analysis.speakers.some((s) => s.name === MINISTER), `${MINISTER} not among the copied speakers`);
  const text0 = (await openFixture(AR)).getText();
  for (const st of analysis.statements) assert.strictEqual(st.content.text, text0.slice(st.content.start, st.content.end));
});

test("isnad.restartServer restarts the language server and analysis resumes", async () => {
  const doc = await openFixture(AR);
  await vscode.commands.executeCommand("isnad.restartServer");
  const h = await waitFor(async () => {
    const text = await hoverAt(doc, "سنبدأ بالمناطق");
    return text.includes(MINISTER) && text;
  }, { message: "hovers after the restart" });
  assert.ok(h.includes(MINISTER));
  await waitFor(() => anonymousDiagnostics(doc.uri).length >= 2, { message: "diagnostics after the restart" });
});

test("editing the article updates diagnostics and the tree; undoing the edit restores them", async () => {
  const doc = await openFixture(AR);
  const before = await waitFor(() => {
    const d = anonymousDiagnostics(doc.uri);
    return d.length >= 2 && d.length;
  }, { message: "diagnostics before the edit" });
  const original = doc.getText();
  const added = '\n\nوقال مسؤول في البلدية، شريطة عدم نشر اسمه: "لم نتلق أي اعتراض على الخطة حتى الآن".\n';
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, doc.positionAt(original.length), added);
  assert.ok(await vscode.workspace.applyEdit(edit), "applyEdit failed");
  const newLine = doc.getText().split("\n").findIndex((l) => l.includes("مسؤول في البلدية"));
  const after = await waitFor(() => {
    const d = anonymousDiagnostics(doc.uri);
    return d.length === before + 1 && d;
  }, { message: `${before + 1} anonymous-source diagnostics after the edit` });
  const fresh = after.find((d) => d.range.start.line === newLine);
  assert.ok(fresh, "no diagnostic on the inserted line " + (newLine + 1));
  assert.match(plain(fresh.message), /مسؤول/);
  assert.match(plain(fresh.message), /شريطة عدم نشر اسمه/);
  const h = await waitFor(async () => {
    const text = await hoverAt(doc, "لم نتلق أي اعتراض");
    return /مسؤول/.test(text) && text;
  }, { message: "a hover naming the new official" });
  assert.ok(h);
  api = api || (await activeApi());
  await waitFor(async () => {
    const s = await api.getTreeSnapshot();
    const anon = s.groups.find((g) => g.label === "Anonymous sources");
    return anon && anon.speakers.some((sp) => /مسؤول/.test(plain(sp.label)));
  }, { message: "the new official in the tree's Anonymous group" });
  // Undo with the inverse edit (not the revert command, which acts on whatever has focus) and save, so
  // the copy of the article is clean again for any later test.
  const undo = new vscode.WorkspaceEdit();
  const at = original.length;
  undo.delete(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + added.length)));
  assert.ok(await vscode.workspace.applyEdit(undo), "the inverse edit failed");
  assert.strictEqual(doc.getText(), original);
  assert.ok(await doc.save(), "saving the restored article failed");
  await waitFor(() => anonymousDiagnostics(doc.uri).length === before, {
    message: `${before} anonymous-source diagnostics after undoing the edit`,
    describe: () => `dirty=${doc.isDirty}, diagnostics: ${anonymousDiagnostics(doc.uri).map((d) => plain(d.message)).join(" | ")}`,
  });
});
