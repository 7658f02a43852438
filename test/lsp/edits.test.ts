// Incremental sync: diagnostics follow typing, always carry the version they
// describe, and never describe an older text than the current one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodeActionRequest, DiagnosticSeverity, type CodeAction, type TextDocumentEdit, type TextEdit } from "vscode-languageserver-protocol/node";
import { SpeakersRequest } from "../../src/shared/protocol";
import { AR_ANON, AR_NAMED } from "./fixtures";
import { offsetToPos, startHarness, type Harness } from "./harness";

describe("incremental edits", () => {
  let h: Harness;
  beforeAll(async () => {
    // A short debounce keeps the test quick while still exercising it.
    h = await startHarness({ initializationOptions: { debounceMs: 20 } });
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
    const anon = final.diagnostics.filter((d) => d.code === "anonymous-source");
    expect(anon).toHaveLength(1);
    expect(anon[0].range.start.line).toBe(1);
    // No reason for anonymity was typed this time.
    expect(final.diagnostics.some((d) => d.code === "anonymous-no-reason")).toBe(true);

    // Every publication carried a version, in order, none newer than what was sent.
    const published = h.diagnostics.filter((p) => p.uri === uri).map((p) => p.version!);
    expect(published.every((v) => typeof v === "number" && v <= last)).toBe(true);
    expect([...published].sort((a, b) => a - b)).toEqual(published);
    // Each publication describes the text of the version it names.
    for (const p of h.diagnostics.filter((x) => x.uri === uri)) {
      const lines = textAt.get(p.version!)!.split("\n");
      for (const d of p.diagnostics.filter((x) => x.code === "anonymous-source")) {
        expect(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)).toContain("مصدر");
      }
    }
    // Debouncing: far fewer analyses published than edits sent.
    expect(published.length).toBeLessThan(last);

    const speakers = await h.conn.sendRequest(SpeakersRequest, { uri });
    expect(speakers.version).toBe(last);
    const diplomat = speakers.speakers.find((s) => s.kind === "anonymous");
    expect(diplomat?.statements.map((s) => s.content).join(" ")).toContain("المحادثات");
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
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe("quickfix");
    const edit = (actions[0].edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit;
    expect(edit.newText).toBe("»");
    // End of the paragraph: after the final full stop of the edited line.
    const edited = text.slice(0, close) + text.slice(close + 1);
    const lineEnd = edited.indexOf("\n", edited.indexOf("«"));
    expect(edit.range.start).toEqual(offsetToPos(edited, lineEnd));
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
