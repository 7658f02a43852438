// Suppression comments and house lexicons over stdio, with the real server: a comment
// turns a finding off and removing it turns it on again; the "disable" quick fixes' edits
// applied and sent back silence the finding; a workspace's .isnad.json applies, follows
// its changes without a restart, reports its faults on its own lines, and is not read
// until the workspace is trusted.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { CodeActionRequest, DidChangeWatchedFilesNotification, FileChangeType, type CodeAction, type Diagnostic, type TextDocumentEdit, type TextEdit } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { WorkspaceSpeakersRequest, WorkspaceTrustNotification } from "../../src/shared/protocol";
import { startHarness, type Harness } from "./harness";

const A = "A senior official said the talks had stalled.";
const B = "A diplomat said the ceasefire would hold.";
const TIPSTER = "A tipster said the bridge would reopen on Monday.";

const rulesAt = (ds: Diagnostic[], line: number) => ds.filter((d) => d.range.start.line === line).map((d) => String(d.code));

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("suppression comments over LSP", () => {
  it("a comment turns the finding off; taking it out turns it on again", async () => {
    h = await startHarness();
    const uri = "file:///tmp/isnad-suppress/a.txt";
    const first = await h.open(uri, `${A}\n\n${B}`);
    expect(rulesAt(first.diagnostics, 2)).toContain("anonymous-no-reason");
    // Line 1 (empty) becomes the comment.
    const v2 = await h.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: "<!-- isnad-disable-next-line anonymous-no-reason -->" }]);
    const on = await h.waitDiagnostics(uri, (p) => p.version === v2);
    expect(rulesAt(on.diagnostics, 2)).not.toContain("anonymous-no-reason");
    expect(rulesAt(on.diagnostics, 0)).toContain("anonymous-no-reason");
    const v3 = await h.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 52 } }, text: "" }]);
    const off = await h.waitDiagnostics(uri, (p) => p.version === v3);
    expect(rulesAt(off.diagnostics, 2)).toContain("anonymous-no-reason");
  });

  it("an unknown rule in a comment gets an information diagnostic on it", async () => {
    h = await startHarness();
    const uri = "file:///tmp/isnad-suppress/b.md";
    const text = `<!-- isnad-disable anonymous-no-reasons -->\n\n${A}\n`;
    const p = await h.open(uri, text, "markdown");
    const d = p.diagnostics.find((x) => x.code === "isnad-comment");
    expect(d?.severity).toBe(3);
    expect(d?.range).toEqual({ start: { line: 0, character: 19 }, end: { line: 0, character: 39 } });
    expect(rulesAt(p.diagnostics, 2)).toContain("anonymous-no-reason");
  });

  for (const [which, markdown] of [["line", false], ["document", true]] as const) {
    it(`quick fix "Disable … for this ${which}": the edit applied and sent back silences the finding`, async () => {
      h = await startHarness();
      const uri = `file:///tmp/isnad-suppress/fix-${which}.${markdown ? "md" : "txt"}`;
      const text = markdown ? `---\ntitle: Talks\n---\n${A}\n\n${B}\n` : `${A}\n\n${B}\n`;
      const p = await h.open(uri, text, markdown ? "markdown" : "plaintext");
      const target = p.diagnostics.find((d) => d.code === "anonymous-no-reason" && d.range.start.line === (markdown ? 5 : 2))!;
      const actions = (await h.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
      const fix = actions.find((a) => a.title === `Disable anonymous-no-reason for this ${which}`);
      expect(fix, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
      // One versioned edit of this document: one undo takes it back.
      const change = fix!.edit!.documentChanges![0] as TextDocumentEdit;
      expect(fix!.edit!.documentChanges).toHaveLength(1);
      expect(change.textDocument).toEqual({ uri, version: 1 });
      const after = TextDocument.applyEdits(TextDocument.create(uri, "plaintext", 1, text), change.edits as TextEdit[]);
      expect(after).toBe(
        markdown
          ? `---\ntitle: Talks\n---\n<!-- isnad-disable anonymous-no-reason -->\n${A}\n\n${B}\n`
          : `${A}\n\n<!-- isnad-disable-next-line anonymous-no-reason -->\n${B}\n`,
      );
      const v = await h.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: after }]);
      const fixed = await h.waitDiagnostics(uri, (x) => x.version === v);
      const left = fixed.diagnostics.filter((d) => d.code === "anonymous-no-reason").map((d) => d.range.start.line);
      expect(left).toEqual(markdown ? [] : [0]);
      // The fixes are offered only for the rules' findings, never unasked.
      expect(fixed.diagnostics.some((d) => d.code === "isnad-comment")).toBe(false);
    });
  }
});

describe("house lexicon (.isnad.json) over LSP", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = (house?: string) => {
    const d = mkdtempSync(join(tmpdir(), "isnad-house-"));
    dirs.push(d);
    if (house !== undefined) writeFileSync(join(d, ".isnad.json"), house);
    return d;
  };
  const HOUSE = JSON.stringify({ sources: [{ forms: ["tipster", "tipsters"], class: "anon" }] }, null, 2);
  const start = (dir: string, trusted?: boolean) =>
    startHarness({
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: "w" }],
      initializationOptions: trusted === undefined ? undefined : { trusted },
    });
  /** The tipster (line 0) is an anonymous source: the house entry applies. */
  const anonymous = (ds: Diagnostic[]) => ds.some((d) => d.code === "anonymous-source" && d.range.start.line === 0);
  const fileEvent = (harness: Harness, dir: string, type: FileChangeType) =>
    harness.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(join(dir, ".isnad.json")).toString(), type }] });

  it("applies to the workspace's documents, and a change applies without a restart", async () => {
    const dir = folder(HOUSE);
    h = await start(dir, true);
    const uri = pathToFileURL(join(dir, "a.txt")).toString();
    await h.open(uri, TIPSTER);
    await h.until(() => anonymous(h!.latest(uri)?.diagnostics ?? []), "the house source noun to apply");
    // The file loses its entry: the document is analysed again with the built-ins.
    writeFileSync(join(dir, ".isnad.json"), "{}");
    await fileEvent(h, dir, FileChangeType.Changed);
    await h.until(() => { const l = h!.latest(uri); return l && !anonymous(l.diagnostics); }, "the entry to be gone");
    // And comes back.
    writeFileSync(join(dir, ".isnad.json"), HOUSE);
    await fileEvent(h, dir, FileChangeType.Changed);
    await h.until(() => anonymous(h!.latest(uri)?.diagnostics ?? []), "the entry to apply again");
    // Deleted: the built-ins.
    rmSync(join(dir, ".isnad.json"));
    await fileEvent(h, dir, FileChangeType.Deleted);
    await h.until(() => { const l = h!.latest(uri); return l && !anonymous(l.diagnostics); }, "the file's lexicon to be dropped");
  });

  it("an invalid file: diagnostics at the line of each fault on the file, the built-ins and the valid entries keep working", async () => {
    const bad = '{\n  "sources": [\n    { "forms": ["tipster"], "class": "anon" },\n    { "forms": ["x"], "class": 7 }\n  ],\n  "titles": "editor"\n}\n';
    const dir = folder(bad);
    h = await start(dir, true);
    const houseUri = pathToFileURL(join(dir, ".isnad.json")).toString();
    const onFile = await h.waitDiagnostics(houseUri, (p) => p.diagnostics.length > 0);
    expect(onFile.diagnostics.map((d) => d.range.start.line).sort()).toEqual([3, 5]);
    expect(onFile.diagnostics.every((d) => d.severity === 1 && d.source === "isnad")).toBe(true);
    const uri = pathToFileURL(join(dir, "a.txt")).toString();
    await h.open(uri, `${TIPSTER}\n\n${A}`);
    await h.until(() => anonymous(h!.latest(uri)?.diagnostics ?? []), "the valid entry to apply");
    expect(h.latest(uri)!.diagnostics.some((d) => d.code === "anonymous-no-reason" && d.range.start.line === 2)).toBe(true);
    // Broken JSON: one diagnostic where it breaks, nothing of the file used, built-ins on.
    writeFileSync(join(dir, ".isnad.json"), '{\n  "sources": [\n    { "forms": ["tipster"] "class": "anon" }\n  ]\n}\n');
    await fileEvent(h, dir, FileChangeType.Changed);
    const broken = await h.waitDiagnostics(houseUri, (p) => p.diagnostics.some((d) => String(d.message).startsWith("Not valid JSON")));
    expect(broken.diagnostics[0].range.start).toEqual({ line: 2, character: 27 });
    await h.until(() => { const l = h!.latest(uri); return l && !anonymous(l.diagnostics) && l.diagnostics.some((d) => d.code === "anonymous-no-reason"); }, "built-ins only");
    // Fixed: the file's diagnostics are cleared.
    writeFileSync(join(dir, ".isnad.json"), HOUSE);
    await fileEvent(h, dir, FileChangeType.Changed);
    await h.waitDiagnostics(houseUri, (p) => p.diagnostics.length === 0);
  });

  it("a hostile file (10 MB, deep nesting) is refused with a diagnostic, and the server keeps analysing", async () => {
    const dir = folder("[".repeat(50_000) + "]".repeat(50_000));
    h = await start(dir, true);
    const houseUri = pathToFileURL(join(dir, ".isnad.json")).toString();
    const deep = await h.waitDiagnostics(houseUri, (p) => p.diagnostics.length > 0);
    expect(deep.diagnostics[0].message).toContain("nested more than");
    writeFileSync(join(dir, ".isnad.json"), '{"ignore": [' + '"x",'.repeat(2_600_000) + '"x"]}');
    await fileEvent(h, dir, FileChangeType.Changed);
    const huge = await h.waitDiagnostics(houseUri, (p) => p.diagnostics.some((d) => String(d.message).includes("at most")));
    expect(huge.diagnostics[0].range.start).toEqual({ line: 0, character: 0 });
    const uri = pathToFileURL(join(dir, "a.txt")).toString();
    const p = await h.open(uri, A);
    expect(p.diagnostics.some((d) => d.code === "anonymous-no-reason")).toBe(true);
  });

  it("untrusted workspace: the file is not read until the client says the workspace is trusted", async () => {
    const dir = folder(HOUSE);
    h = await start(dir, false);
    const uri = pathToFileURL(join(dir, "a.txt")).toString();
    const first = await h.open(uri, TIPSTER);
    expect(anonymous(first.diagnostics)).toBe(false);
    // Still not read after the file changes.
    await fileEvent(h, dir, FileChangeType.Changed);
    const v = await h.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: " " }]);
    const again = await h.waitDiagnostics(uri, (p) => p.version === v);
    expect(anonymous(again.diagnostics)).toBe(false);
    // A file read is always answered with its diagnostics (none for a sound file): none were sent.
    const houseUri = pathToFileURL(join(dir, ".isnad.json")).toString();
    expect(h.diagnostics.some((p) => p.uri === houseUri)).toBe(false);
    await h.conn.sendNotification(WorkspaceTrustNotification, { trusted: true });
    await h.until(() => anonymous(h!.latest(uri)?.diagnostics ?? []), "the house lexicon to apply once trusted");
    expect(h.diagnostics.some((p) => p.uri === houseUri)).toBe(true);
  });

  it("the workspace index reads closed articles with the house lexicon, and again when it changes", async () => {
    const dir = folder(HOUSE);
    writeFileSync(join(dir, "closed.txt"), TIPSTER);
    h = await startHarness({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: "w" }], initializationOptions: { trusted: true, indexQuietMs: 0 } });
    const tipsterKind = async () => (await h!.conn.sendRequest(WorkspaceSpeakersRequest, {})).speakers.find((s) => s.name.includes("tipster"))?.kind;
    // Each request is a round trip to the server: the loop waits on the server's answers, not on a timer.
    const poll = async (want: string) => {
      const end = Date.now() + 20_000;
      while (Date.now() < end) if ((await tipsterKind()) === want) return;
      throw new Error(`the index never gave the tipster the kind ${want} (last: ${await tipsterKind()})`);
    };
    await poll("anonymous");
    writeFileSync(join(dir, ".isnad.json"), "{}");
    await fileEvent(h, dir, FileChangeType.Changed);
    await poll("unknown");
  });

  it("trusted workspace: read at start", async () => {
    const dir = folder(HOUSE);
    h = await start(dir, true);
    const uri = pathToFileURL(join(dir, "a.txt")).toString();
    await h.open(uri, TIPSTER);
    await h.until(() => anonymous(h!.latest(uri)?.diagnostics ?? []), "the house lexicon to apply");
  });
});
