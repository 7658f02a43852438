// Initialize, diagnostics on open, hover, the custom isnad/* messages, and a clean exit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  ReferencesRequest,
  SemanticTokensRequest,
  TextDocumentSyncKind,
  type DocumentSymbol,
  type MarkupContent,
} from "vscode-languageserver-protocol/node";
import { AnalysisRequest, SpeakersRequest } from "../../src/shared/protocol";
import { AR_ARTICLE, EN_ARTICLE } from "./fixtures";
import { posOf, startHarness, type Harness } from "./harness";

const AR = "file:///tmp/isnad-test/ar.txt";
const EN = "untitled:en-article";
const strip = (s: string) => s.replace(/[\u2068\u2069]/gu, "");

/** Text of a range in a single-line-per-paragraph fixture. */
function slice(text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split("\n");
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line].slice(0, r.end.character)].join("\n");
}

describe("isnad language server over stdio", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    if (h.proc.exitCode === null) await h.close();
  });

  it("announces its capabilities", () => {
    const caps = h.init.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: TextDocumentSyncKind.Incremental });
    expect(caps.hoverProvider).toBe(true);
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.documentHighlightProvider).toBe(true);
    expect(caps.inlayHintProvider).toBeTruthy();
    expect(caps.codeActionProvider).toBeTruthy();
    expect(h.init.serverInfo?.name).toBe("isnad");
  });

  it("publishes an anonymous-source diagnostic for an Arabic article on open", async () => {
    const p = await h.open(AR, AR_ARTICLE);
    expect(p.version).toBe(1);
    const anon = p.diagnostics.filter((d) => d.code === "anonymous-source");
    expect(anon.length).toBeGreaterThanOrEqual(1);
    expect(anon[0].source).toBe("isnad");
    expect(anon[0].severity).toBe(DiagnosticSeverity.Information);
    expect(slice(AR_ARTICLE, anon[0].range)).toContain("مصدر");
    // The anonymity phrase is given, so this source is not flagged as unexplained.
    expect(p.diagnostics.filter((d) => d.code === "anonymous-no-reason")).toHaveLength(0);
    // And the analysisChanged notification follows with the same version.
    await expect.poll(() => h.changes.find((c) => c.uri === AR && c.version === 1)).toBeTruthy();
  });

  it("publishes an anonymous-source diagnostic for an English article on open", async () => {
    const p = await h.open(EN, EN_ARTICLE);
    const anon = p.diagnostics.filter((d) => d.code === "anonymous-source");
    expect(anon.length).toBeGreaterThanOrEqual(1);
    expect(slice(EN_ARTICLE, anon[0].range)).toMatch(/official/);
  });

  it("one fact, one finding: an anonymous lead points at its source's finding instead of repeating it", async () => {
    const uri = "file:///tmp/isnad-test/lead.txt";
    const text = "قال مصدر أمني إن الهجوم أحبط في اللحظة الأخيرة.\nوقال وزير الداخلية سليم الحداد إن التحقيق مستمر.\n";
    const p = await h.open(uri, text);
    const lead = p.diagnostics.find((d) => d.code === "anonymous-lead");
    const source = p.diagnostics.find((d) => d.code === "anonymous-no-reason");
    expect(lead && slice(text, lead.range)).toBe("قال");
    expect(source && slice(text, source.range)).toBe("مصدر أمني");
    expect(lead!.relatedInformation).toHaveLength(1);
    expect(lead!.relatedInformation![0].location).toEqual({ uri, range: source!.range });
    expect(lead!.relatedInformation![0].message).toMatch(/anonymous source of the opening statement/);
    // No two diagnostics on one range.
    const ranges = p.diagnostics.map((d) => JSON.stringify(d.range));
    expect(new Set(ranges).size).toBe(ranges.length);
    // The source's own listing (anonymous-source on its attribution) is a hint beside the warning:
    // the Problems panel, which leaves hints out, lists the source once.
    const listing = p.diagnostics.find((d) => d.code === "anonymous-source");
    expect(listing?.severity).toBe(DiagnosticSeverity.Hint);
    const onSource = p.diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint && d.range.start.line === 0 && d.code !== "anonymous-lead");
    expect(onSource.map((d) => d.code)).toEqual(["anonymous-no-reason"]);
  });

  it("publishes a document's diagnostics before it answers the requests the editor sends with the open", async () => {
    // As VS Code does: semantic tokens, symbols, inlay hints and code actions asked for at once. A long
    // article (our fixture repeated), so they arrive while it is being analysed.
    const uri = "file:///tmp/isnad-test/open-burst.txt";
    const text = AR_ARTICLE.repeat(150);
    const order: string[] = [];
    const published = h.open(uri, text).then((p) => (order.push("diagnostics"), p));
    const textDocument = { uri };
    const asked = [
      h.conn.sendRequest(SemanticTokensRequest.type, { textDocument }).then(() => order.push("semanticTokens")),
      h.conn.sendRequest(DocumentSymbolRequest.type, { textDocument }).then(() => order.push("documentSymbol")),
      h.conn.sendRequest(InlayHintRequest.type, { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } }).then(() => order.push("inlayHint")),
      h.conn
        .sendRequest(CodeActionRequest.type, { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }, context: { diagnostics: [] } })
        .then(() => order.push("codeAction")),
    ];
    expect((await published).diagnostics.length).toBeGreaterThan(0);
    await Promise.all(asked);
    expect(order[0]).toBe("diagnostics");
    expect(order).toHaveLength(5);
  });

  it("hover on an Arabic quote names its speaker, statement count and cue", async () => {
    const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri: AR }, position: posOf(AR_ARTICLE, "شروط") });
    expect(hover).not.toBeNull();
    const value = (hover!.contents as MarkupContent).value;
    expect(strip(value)).toContain("الحداد");
    expect(value).toContain("\u2068"); // names are isolated
    expect(value).toMatch(/statement \d of \d by/);
    // The cue is قائلاً or وأضاف, depending on which the core takes as the reporting expression.
    expect(strip(value)).toMatch(/\*\*Cue:\*\* (قائلا|و?أضاف)/u);
  });

  it("hover on an English quote names its speaker", async () => {
    const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri: EN }, position: posOf(EN_ARTICLE, "ready") });
    expect(strip((hover!.contents as MarkupContent).value)).toContain("Maria Lopez");
  });

  it("hover on an anonymous source shows its anonymity phrase", async () => {
    const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri: AR }, position: posOf(AR_ARTICLE, "مصدر", 2) });
    const value = strip((hover!.contents as MarkupContent).value);
    expect(value).toContain("anonymous source");
    expect(value).toContain("طلب عدم ذكر اسمه");
  });

  it("hover on plain narration answers null, not an error", async () => {
    const text = AR_ARTICLE;
    const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri: AR }, position: { line: text.split("\n").length, character: 0 } });
    expect(hover).toBeNull();
  });

  it("isnad/speakers returns speakers with their statements", async () => {
    const res = await h.conn.sendRequest(SpeakersRequest, { uri: AR });
    expect(res.version).toBe(1);
    expect(res.skipped).toBeUndefined();
    const anon = res.speakers.find((s) => s.kind === "anonymous");
    expect(anon).toBeDefined();
    expect(anon!.anonymity.join(" ")).toContain("طلب عدم ذكر اسمه");
    expect(anon!.statements.length).toBeGreaterThanOrEqual(1);
    const named = res.speakers.find((s) => s.name.includes("الحداد"));
    expect(named).toBeDefined();
    expect(named!.statements.length).toBeGreaterThanOrEqual(2);
    for (const sp of res.speakers) {
      for (const st of sp.statements) expect(slice(AR_ARTICLE, st.contentRange)).toBe(st.content);
    }
    const none = await h.conn.sendRequest(SpeakersRequest, { uri: "file:///not/open.txt" });
    expect(none).toEqual({ uri: "file:///not/open.txt", version: null, speakers: [] });
  });

  it("isnad/analysis returns the contract object for the open version", async () => {
    const a = await h.conn.sendRequest(AnalysisRequest, { uri: EN });
    expect(a).not.toBeNull();
    expect(a!.lang).toBe("en");
    expect(a!.statements.length).toBeGreaterThanOrEqual(2);
    for (const st of a!.statements) expect(EN_ARTICLE.slice(st.content.start, st.content.end)).toBe(st.content.text);
    expect(await h.conn.sendRequest(AnalysisRequest, { uri: "file:///not/open.txt" })).toBeNull();
  });

  it("outlines speakers with their statements as children", async () => {
    const symbols = (await h.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: AR } })) as DocumentSymbol[];
    const named = symbols.find((s) => strip(s.name).includes("الحداد"));
    expect(named).toBeDefined();
    expect(named!.children!.length).toBeGreaterThanOrEqual(2);
    for (const s of symbols) expect(s.name.trim()).not.toBe("");
  });

  it("highlights every mention and statement of the speaker under the cursor", async () => {
    const hl = await h.conn.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: AR }, position: posOf(AR_ARTICLE, "سامي", 1) });
    const texts = (hl ?? []).map((x) => slice(AR_ARTICLE, x.range));
    // The full name, the later short mention and both statements.
    expect(texts.some((t) => t.includes("سامي الحداد"))).toBe(true);
    expect(texts.some((t) => t === "الحداد")).toBe(true);
    expect(texts.some((t) => t.includes("شروط"))).toBe(true);
  });

  it("logged no handler failure for ordinary articles", () => {
    expect(h.logs.filter((l) => l.includes("failed") || l.includes("uncaught"))).toEqual([]);
  });

  it("ignores documents in other languages", async () => {
    const uri = "file:///tmp/isnad-test/data.json";
    await h.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: AR_ARTICLE } });
    const res = await h.conn.sendRequest(SpeakersRequest, { uri });
    expect(res.speakers).toEqual([]);
    // A plaintext document opened after it is published; the JSON one never is.
    await h.open("untitled:after-json", AR_ARTICLE);
    expect(h.diagnostics.some((p) => p.uri === uri)).toBe(false);
  });

  it("finds all references of a speaker: mentions and statements", async () => {
    const refs = await h.conn.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: EN },
      position: posOf(EN_ARTICLE, "Lopez"),
      context: { includeDeclaration: true },
    });
    const texts = (refs ?? []).map((l) => slice(EN_ARTICLE, l.range));
    expect(texts).toContain("Maria Lopez");
    expect(texts.some((t) => t.includes("ready to sign"))).toBe(true);
    expect(texts.some((t) => t.includes("talks"))).toBe(false);
  });

  it("survives hostile text and keeps answering", async () => {
    const uri = "untitled:hostile";
    const nasty = "\uD800«»«“\u202E" + "«".repeat(5000) + "\n\n\r\n" + "قال قال قال، إن «".repeat(300) + "\uDFFF";
    await h.open(uri, nasty);
    const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } });
    expect(hover === null || typeof hover === "object").toBe(true);
    const again = await h.conn.sendRequest(SpeakersRequest, { uri: AR });
    expect(again.speakers.length).toBeGreaterThan(0);
  });

  it("shuts down and exits cleanly", async () => {
    expect(await h.close()).toBe(0);
  });
});
