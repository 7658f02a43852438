// Semantic highlighting, Go to Definition and the quick fix for a missing reason, through the VS Code API in
// a real VS Code: what the editor receives and does (the fix applied through the editor's own code-action
// command, the cursor left on the reason to fill, one undo taking it back).
"use strict";
const assert = require("assert");
const vscode = require("vscode");
const { waitFor, plain, openFixture, positionOf } = require("./helpers");

const AR = "ar-water.txt";
const EN = "en-port.txt";
const MINISTER = "سامر الحديدي";

/** Semantic tokens of a document, decoded: [{ text, type, modifiers, line }]. */
async function semanticTokens(doc) {
  const legend = await vscode.commands.executeCommand("vscode.provideDocumentSemanticTokensLegend", doc.uri);
  assert.ok(legend, "no semantic tokens legend for the article");
  const tokens = await waitFor(
    async () => {
      const t = await vscode.commands.executeCommand("vscode.provideDocumentSemanticTokens", doc.uri);
      return t && t.data && t.data.length > 0 && t;
    },
    { message: "semantic tokens for " + doc.uri.path },
  );
  const out = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    line += tokens.data[i];
    char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
    const range = new vscode.Range(line, char, line, char + tokens.data[i + 2]);
    out.push({
      line,
      text: doc.getText(range),
      type: legend.tokenTypes[tokens.data[i + 3]],
      modifiers: legend.tokenModifiers.filter((_, b) => tokens.data[i + 4] & (1 << b)),
    });
  }
  return out;
}

test("semantic tokens paint the quote, the cue, the named minister, the anonymous sources and the anonymity phrase", async () => {
  const doc = await openFixture(AR);
  const tokens = await semanticTokens(doc);
  const quote = tokens.find((t) => t.type === "isnadQuote" && t.text.includes("سنبدأ بالمناطق"));
  assert.ok(quote, "no quote token on the minister's first quote: " + JSON.stringify(tokens.slice(0, 12)));
  assert.ok(quote.text.startsWith('"') && quote.text.endsWith('"'), `the quote's marks are not painted: ${quote.text}`);
  assert.ok(tokens.some((t) => t.type === "isnadCue" && /قائلا/u.test(t.text)), "no cue token on قائلاً");
  const minister = tokens.find((t) => t.type === "isnadSpeaker" && t.text.includes(MINISTER));
  assert.deepStrictEqual(minister && minister.modifiers, ["named"]);
  const diplomat = tokens.find((t) => t.type === "isnadSpeaker" && t.text.includes("مصدر دبلوماسي"));
  assert.deepStrictEqual(diplomat && diplomat.modifiers, ["anonymous"]);
  assert.ok(tokens.some((t) => t.type === "isnadAnonymity" && t.text === "طلب عدم ذكر اسمه"), "no anonymity phrase token");
});

test("Go to Definition on a quote with no subject leads to the minister's introduction", async () => {
  const doc = await openFixture(AR);
  const targets = await waitFor(
    async () => {
      const r = await vscode.commands.executeCommand("vscode.executeDefinitionProvider", doc.uri, positionOf(doc, "التمويل متوفر"));
      return r && r.length > 0 && r;
    },
    { message: "a definition for the continued quote" },
  );
  const range = targets[0].targetRange || targets[0].range;
  assert.ok(doc.getText(range).includes(MINISTER), `definition lands on "${doc.getText(range)}"`);
});

test("the quick fix for a missing reason inserts the clause with the reason selected, and one undo takes it back", async () => {
  const doc = await openFixture(EN);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const original = doc.getText();
  const noReason = () =>
    vscode.languages.getDiagnostics(doc.uri).find((d) => (d.code === "anonymous-no-reason" || (d.code && d.code.value === "anonymous-no-reason")) && /Sources/.test(plain(d.message)));
  const d = await waitFor(noReason, { message: "an anonymous-no-reason warning on the bare Sources" });
  const actions = await vscode.commands.executeCommand("vscode.executeCodeActionProvider", doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  const fix = (actions || []).find((a) => /Say why the source is not named/.test(a.title));
  assert.ok(fix, "no 'Say why' quick fix: " + (actions || []).map((a) => a.title).join(" | "));
  assert.ok(fix.isPreferred, "the fix is not the preferred one");
  // Nothing changed by offering it.
  assert.strictEqual(doc.getText(), original);

  // Apply it as the lightbulb does: the preferred quick fix at the cursor.
  editor.selection = new vscode.Selection(d.range.start, d.range.start);
  await vscode.commands.executeCommand("editor.action.codeAction", { kind: "quickfix", apply: "first", preferred: true });
  const expected = original.replace("Sources said", "Sources, who spoke on condition of anonymity because [reason], said");
  await waitFor(() => doc.getText() === expected, {
    message: "the clause inserted after Sources",
    describe: () => JSON.stringify(doc.getText().slice(doc.getText().indexOf("Sources") - 5, doc.getText().indexOf("Sources") + 90)),
  });
  // The snippet left the placeholder selected: typing replaces it.
  await waitFor(() => editor.document.getText(editor.selection) === "[reason]", {
    message: "the placeholder [reason] selected",
    describe: () => JSON.stringify(editor.document.getText(editor.selection)),
  });
  await waitFor(() => !noReason(), { message: "the anonymous-no-reason warning gone once the clause is in" });

  await vscode.commands.executeCommand("undo");
  await waitFor(() => doc.getText() === original, { message: "one undo restoring the article", describe: () => doc.getText().slice(0, 400) });
  assert.ok(!doc.isDirty, "the article is still dirty after the undo");
  await waitFor(noReason, { message: "the warning back after the undo" });
});
