// Incremental sync: diagnostics follow typing with no fixed wait, always carry
// the version they describe, and never describe an older text than the current one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodeActionRequest, DiagnosticSeverity, type CodeAction, type TextDocumentEdit, type TextEdit } from "vscode-languageserver-protocol/node";
import { SpeakersRequest } from "../../src/shared/protocol";
import { AR_ANON, AR_NAMED } from "./fixtures";
import { offsetToPos, startHarness, type Harness } from "./harness";

describe("incremental edits", () => {
  let h: Harness;
  beforeAll(async () => {
    // Default initialization options: what VS Code gets.
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("typing a new attributed statement yields its statement and diagnostic for the final text", async () => {
    const uri = "file:///tmp/isnad-test/typing.txt";
    let text = AR_NAMED + "\n";
    const first = await h.open(uri, text);
    expect(first.diagnostics.filter((d) => d.code === "anonymous-source")).toHaveLength(0);

    // Type a new paragraph a few characters at a time, as fast as the client can send.
    const added = "وقال مصدر دبلوماسي إن المحادثات ستستأنف الأسبوع المقبل.\n";
    let last = 1;
    const textAt = new Map<number, string>([[1, text]]);
    for (let i = 0; i < added.length; i += 3) {
      const chunk = added.slice(i, i + 3);
      const at = offsetToPos(text, text.length);
      text += chunk;
      last = await h.change(uri, [{ range: { start: at, end: at }, text: chunk }]);
      textAt.set(last, text);
    }
    const final = await h.waitDiagnostics(uri, (p) => p.version === last);
    // No reason for anonymity was typed this time: the warning on the source, and the source
    // listed on its attribution (cue and source), never on the same range.
    const anon = final.diagnostics.filter((d) => d.code === "anonymous-no-reason");
    expect(anon).toHaveLength(1);
    expect(anon[0].range.start.line).toBe(1);
    const listed = final.diagnostics.filter((d) => d.code === "anonymous-source");
    expect(listed).toHaveLength(1);
    expect(listed[0].range).not.toEqual(anon[0].range);

    // Every publication carried a version, in order, none newer than what was sent.
    const published = h.diagnostics.filter((p) => p.uri === uri).map((p) => p.version!);
    expect(published.every((v) => typeof v === "number" && v <= last)).toBe(true);
    expect([...published].sort((a, b) => a - b)).toEqual(published);
    // Each publication describes the text of the version it names.
    for (const p of h.diagnostics.filter((x) => x.uri === uri)) {
      const lines = textAt.get(p.version!)!.split("\n");
      for (const d of p.diagnostics.filter((x) => x.code === "anonymous-no-reason")) {
        expect(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)).toContain("مصدر");
      }
    }

    const speakers = await h.conn.sendRequest(SpeakersRequest, { uri });
    expect(speakers.version).toBe(last);
    const diplomat = speakers.speakers.find((s) => s.kind === "anonymous");
    expect(diplomat?.statements.map((s) => s.content).join(" ")).toContain("المحادثات");
  });

  it("a burst of edits read at once publishes diagnostics for the final version only", async () => {
    const uri = "file:///tmp/isnad-test/burst.txt";
    let text = AR_NAMED + "\nالوفد وصل إلى العاصمة أمس.\n";
    await h.open(uri, text);
    const before = h.diagnostics.length;
    // Type "a source said that" before the second line's clause, letter by letter, every
    // change framed by hand and all of them written at once, as a fast typist's editor flushes them.
    const typed = "وقال مصدر إن ";
    const lineStart = text.indexOf("\n") + 1;
    let version = h.versions.get(uri)!;
    let frames = "";
    for (let i = 0; i < typed.length; i++) {
      const at = offsetToPos(text, lineStart + i);
      text = text.slice(0, lineStart + i) + typed[i] + text.slice(lineStart + i);
      version++;
      const body = JSON.stringify({
        jsonrpc: "2.0",
        method: "textDocument/didChange",
        params: { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: typed[i] }] },
      });
      frames += `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    }
    const bytes = Buffer.from(frames);
    // One write of at most PIPE_BUF bytes reaches the server in one piece.
    expect(bytes.length).toBeLessThanOrEqual(4096);
    h.versions.set(uri, version);
    h.proc.stdin!.write(bytes);
    const final = await h.waitDiagnostics(uri, (p) => p.version === version);
    expect(h.diagnostics.slice(before).filter((p) => p.uri === uri).map((p) => p.version)).toEqual([version]);
    expect(final.diagnostics.filter((d) => d.code === "anonymous-no-reason").map((d) => d.range.start.line)).toEqual([1]);
    const speakers = await h.conn.sendRequest(SpeakersRequest, { uri });
    expect(speakers.version).toBe(version);
    expect(speakers.speakers.find((sp) => sp.kind === "anonymous")?.statements[0].content).toContain("الوفد وصل");
  });

  it("1,000 edits as fast as they can be sent: the server keeps up and ends on the final text", async () => {
    const uri = "file:///tmp/isnad-test/flood.txt";
    let text = AR_NAMED + "\n";
    await h.open(uri, text);
    const textAt = new Map<number, string>();
    let last = 1;
    for (let i = 0; i < 1000; i++) {
      // Insert a letter at the end of the first line, then delete it again.
      const end = text.indexOf("\n");
      if (i % 2 === 0) {
        last = await h.change(uri, [{ range: { start: offsetToPos(text, end), end: offsetToPos(text, end) }, text: "س" }]);
        text = text.slice(0, end) + "س" + text.slice(end);
      } else {
        last = await h.change(uri, [{ range: { start: offsetToPos(text, end - 1), end: offsetToPos(text, end) }, text: "" }]);
        text = text.slice(0, end - 1) + text.slice(end);
      }
      textAt.set(last, text);
    }
    await h.waitDiagnostics(uri, (p) => p.version === last);
    const published = h.diagnostics.filter((p) => p.uri === uri && p.version! > 1).map((p) => p.version!);
    // In order, never a version twice, and far fewer analyses than edits: they coalesced.
    expect([...published].sort((a, b) => a - b)).toEqual(published);
    expect(new Set(published).size).toBe(published.length);
    expect(published.length).toBeLessThan(1000);
    // A request right after is about the final text: nothing is left queued behind it.
    const speakers = await h.conn.sendRequest(SpeakersRequest, { uri });
    expect(speakers.version).toBe(last);
    expect(textAt.get(last)).toBe(text);
  });

  it("deleting a closing quote mark gives unbalanced-quote at the opening mark, with a quick fix", async () => {
    const uri = "file:///tmp/isnad-test/quote.txt";
    const text = `${AR_ANON}\nوقال الحداد: «لن نقبل بأي شروط».\n`;
    const opened = await h.open(uri, text);
    expect(opened.diagnostics.filter((d) => d.code === "unbalanced-quote")).toHaveLength(0);

    const close = text.indexOf("»");
    const v = await h.change(uri, [{ range: { start: offsetToPos(text, close), end: offsetToPos(text, close + 1) }, text: "" }]);
    const p = await h.waitDiagnostics(uri, (x) => x.version === v);
    const unbalanced = p.diagnostics.filter((d) => d.code === "unbalanced-quote");
    expect(unbalanced).toHaveLength(1);
    expect(unbalanced[0].severity).toBe(DiagnosticSeverity.Error);
    expect(unbalanced[0].range.start).toEqual(offsetToPos(text, text.indexOf("«")));

    const actions = (await h.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unbalanced[0].range,
      context: { diagnostics: unbalanced },
    })) as CodeAction[];
    // Close before the full stop (the end of the sentence), after it (the paragraph's end), or remove the mark;
    // then silence the rule for the line or the document (test/lsp/house.test.ts).
    expect(actions.map((a) => a.kind)).toEqual(["quickfix", "quickfix", "quickfix", "quickfix", "quickfix"]);
    expect(actions.slice(3).map((a) => a.title)).toEqual(["Disable unbalanced-quote for this line", "Disable unbalanced-quote for this document"]);
    const edited = text.slice(0, close) + text.slice(close + 1);
    const lineEnd = edited.indexOf("\n", edited.indexOf("«"));
    const [sentence, paragraph] = actions.map((a) => (a.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit);
    expect(sentence.newText).toBe("»");
    expect(sentence.range.start).toEqual(offsetToPos(edited, lineEnd - 1));
    expect(paragraph.newText).toBe("»");
    expect(paragraph.range.start).toEqual(offsetToPos(edited, lineEnd));
    // Only offered: the document is unchanged until the user picks it.
    const still = await h.conn.sendRequest(SpeakersRequest, { uri });
    expect(still.version).toBe(v);
  });

  it("closing a document clears its diagnostics", async () => {
    const uri = "file:///tmp/isnad-test/closing.txt";
    await h.open(uri, AR_ANON);
    await h.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await h.waitDiagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined);
  });
});
