// Settings (rules, languages, size limit), markdown handling and the UI locale.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationRequest, DiagnosticSeverity, HoverRequest, InlayHintRequest, type MarkupContent } from "vscode-languageserver-protocol/node";
import { SpeakersRequest } from "../../src/shared/protocol";
import { AR_ANON, AR_ARTICLE, AR_NAMED, EN_ARTICLE } from "./fixtures";
import { posOf, startHarness, type Harness } from "./harness";

const strip = (s: string) => s.replace(/[\u2068\u2069]/gu, "");

describe("settings", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("turning a rule off removes its diagnostics; changing severity applies; languages filter", async () => {
    const uri = "file:///tmp/isnad-test/settings.txt";
    const noReason = "وقال مصدر حكومي إن الحكومة ستعلن قراراتها غدا.\n";
    const p = await h.open(uri, AR_ARTICLE + noReason);
    expect(p.diagnostics.some((d) => d.code === "anonymous-source")).toBe(true);
    expect(p.diagnostics.find((d) => d.code === "anonymous-no-reason")?.severity).toBe(DiagnosticSeverity.Warning);
    const count = h.diagnostics.length;

    h.setSettings({ rules: { "anonymous-source": "off", "anonymous-no-reason": "error" } });
    const off = await h.waitDiagnostics(uri, (x) => h.diagnostics.indexOf(x) >= count);
    expect(off.version).toBe(1);
    expect(off.diagnostics.some((d) => d.code === "anonymous-source")).toBe(false);
    expect(off.diagnostics.find((d) => d.code === "anonymous-no-reason")?.severity).toBe(DiagnosticSeverity.Error);

    const count2 = h.diagnostics.length;
    h.setSettings({ languages: ["en"] });
    const en = await h.waitDiagnostics(uri, (x) => h.diagnostics.indexOf(x) >= count2);
    expect(en.diagnostics).toHaveLength(0);
    const sp = await h.conn.sendRequest(SpeakersRequest, { uri });
    // A code with its data, not a sentence: the client words it.
    expect(sp.skipped).toEqual({ code: "languageOff", lang: "ar" });
    expect(h.changes.filter((c) => c.uri === uri).at(-1)?.skipped).toEqual({ code: "languageOff", lang: "ar" });

    const count3 = h.diagnostics.length;
    h.setSettings({});
    const back = await h.waitDiagnostics(uri, (x) => h.diagnostics.indexOf(x) >= count3);
    expect(back.diagnostics.some((d) => d.code === "anonymous-source")).toBe(true);
  });

  it("an unexplained source's listing stays a hint under the client's defaults, and stands alone when its warning is off", async () => {
    const uri = "file:///tmp/isnad-test/companion.txt";
    const text = "وقال مسؤول حكومي إن الحكومة ستعلن قراراتها غدا.\n";
    const listing = (ds: { code?: number | string; severity?: number; range: { start: { line: number } } }[]) =>
      ds.find((d) => d.code === "anonymous-source" && d.range.start.line === 0)?.severity;
    // What VS Code sends: every rule with its default severity.
    h.setSettings({ rules: { "anonymous-source": "information", "anonymous-no-reason": "warning" } });
    const count = h.diagnostics.length;
    const p = await h.open(uri, text);
    const first = p.diagnostics.length ? p : await h.waitDiagnostics(uri, (x) => h.diagnostics.indexOf(x) >= count);
    expect(listing(first.diagnostics)).toBe(DiagnosticSeverity.Hint);
    expect(first.diagnostics.find((d) => d.code === "anonymous-no-reason")?.severity).toBe(DiagnosticSeverity.Warning);

    const count2 = h.diagnostics.length;
    h.setSettings({ rules: { "anonymous-source": "information", "anonymous-no-reason": "off" } });
    const alone = await h.waitDiagnostics(uri, (x) => h.diagnostics.indexOf(x) >= count2);
    expect(alone.diagnostics.some((d) => d.code === "anonymous-no-reason")).toBe(false);
    expect(listing(alone.diagnostics)).toBe(DiagnosticSeverity.Information);

    const count3 = h.diagnostics.length;
    h.setSettings({ rules: { "anonymous-source": "off" } });
    const off = await h.waitDiagnostics(uri, (x) => h.diagnostics.indexOf(x) >= count3);
    expect(off.diagnostics.some((d) => d.code === "anonymous-source")).toBe(false);
    h.setSettings({});
    await h.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
  });

  it("a document above isnad.maxDocumentSize gets one size diagnostic and no analysis", async () => {
    const uri = "file:///tmp/isnad-test/huge.txt";
    // Above the default limit of 2,000,000 characters.
    const line = AR_ANON + "\n";
    const text = line.repeat(Math.ceil(2_000_001 / line.length));
    const p = await h.open(uri, text);
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0].range.start).toEqual({ line: 0, character: 0 });
    expect(p.diagnostics[0].severity).toBe(DiagnosticSeverity.Information);
    expect(p.diagnostics[0].message).toContain("isnad.maxDocumentSize");
    const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: posOf(text, "مصدر") });
    expect(hover).toBeNull();
    await h.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
  });

  it("a small maxDocumentSize applies to an ordinary article", async () => {
    const uri = "file:///tmp/isnad-test/limit.txt";
    h.setSettings({ maxDocumentSize: 20 });
    const p = await h.open(uri, AR_ARTICLE);
    expect(p.diagnostics.map((d) => d.code)).toEqual(["document-too-large"]);
    const sp = await h.conn.sendRequest(SpeakersRequest, { uri });
    expect(sp.skipped).toEqual({ code: "tooLarge", size: AR_ARTICLE.length, max: 20 });
    h.setSettings({});
  });
});

describe("settings the client answers late", () => {
  // The server starts a new document's analysis while the client has not answered for its
  // settings yet: what it publishes must still follow the answer, not the defaults.
  let h: Harness;
  // Per document: resolves when the server asks for its settings, with the answer's release.
  const asked = new Map<string, (release: () => void) => void>();
  beforeAll(async () => {
    h = await startHarness({
      onConnection: (conn) =>
        conn.onRequest(ConfigurationRequest.type, async (p) => {
          await new Promise<void>((release) => asked.get(p.items[0]?.scopeUri ?? "")?.(release) ?? release());
          return p.items.map((it) => (it.section === "isnad" ? h.settings : null));
        }),
    });
  });
  afterAll(async () => {
    await h.close();
  });

  // The user's settings as the client answers them when asked (nothing pushed, as VS Code at startup).
  const answer = (settings: Record<string, unknown>) => (h.settings = settings);

  const openHeld = async (uri: string, text: string) => {
    const wasAsked = new Promise<() => void>((resolve) => asked.set(uri, resolve));
    const published = h.open(uri, text);
    (await wasAsked)();
    return published;
  };

  it("rules and severities", async () => {
    answer({ rules: { "anonymous-source": "off", "anonymous-no-reason": "error" } });
    const p = await openHeld("file:///tmp/isnad-test/late-rules.txt", AR_ARTICLE + "وقال مصدر حكومي إن الحكومة ستعلن قراراتها غدا.\n");
    expect(p.version).toBe(1);
    expect(p.diagnostics.some((d) => d.code === "anonymous-source")).toBe(false);
    expect(p.diagnostics.find((d) => d.code === "anonymous-no-reason")?.severity).toBe(DiagnosticSeverity.Error);
  });

  it("a language turned off and a lower size limit", async () => {
    answer({ languages: ["en"] });
    const off = await openHeld("file:///tmp/isnad-test/late-lang.txt", AR_ARTICLE);
    expect(off.diagnostics).toHaveLength(0);
    answer({ maxDocumentSize: 20 });
    const big = await openHeld("file:///tmp/isnad-test/late-size.txt", AR_ARTICLE);
    expect(big.diagnostics.map((d) => d.code)).toEqual(["document-too-large"]);
  });
});

describe("settings in initializationOptions", () => {
  let h: Harness;
  beforeAll(async () => {
    // A client that cannot be asked (no workspace/configuration): what it sent at start applies.
    h = await startHarness({
      capabilities: {},
      initializationOptions: { settings: { rules: { "anonymous-source": "off", "anonymous-no-reason": "hint" }, languages: ["ar"] } },
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it("are the ones the server applies", async () => {
    const uri = "file:///tmp/isnad-test/init-settings.txt";
    const p = await h.open(uri, AR_ARTICLE + "وقال مصدر حكومي إن الحكومة ستعلن قراراتها غدا.\n");
    expect(p.diagnostics.some((d) => d.code === "anonymous-source")).toBe(false);
    expect(p.diagnostics.find((d) => d.code === "anonymous-no-reason")?.severity).toBe(DiagnosticSeverity.Hint);
    const en = await h.open("untitled:init-settings-en", EN_ARTICLE);
    expect(en.diagnostics).toHaveLength(0);
  });
});

describe("markdown", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("does not analyse code blocks, but does analyse the prose", async () => {
    const code = "وقال مصدر أمني إن الاجتماع عقد مساء الأحد.";
    const md = `# عنوان الخبر\n\n${AR_NAMED}\n\n\`\`\`text\n${code}\n\`\`\`\n`;
    const p = await h.open("file:///tmp/isnad-test/article.md", md, "markdown");
    expect(p.diagnostics.filter((d) => d.code === "anonymous-source" || d.code === "anonymous-no-reason")).toHaveLength(0);
    const codeLine = md.split("\n").indexOf(code);
    expect(p.diagnostics.filter((d) => d.range.start.line === codeLine)).toHaveLength(0);
    const sp = await h.conn.sendRequest(SpeakersRequest, { uri: "file:///tmp/isnad-test/article.md" });
    expect(sp.speakers.some((s) => s.name.includes("الحداد"))).toBe(true);
    expect(sp.speakers.some((s) => s.kind === "anonymous")).toBe(false);

    // Control: the same text as plain text is analysed, code block and all.
    const plain = await h.open("file:///tmp/isnad-test/article.txt", md, "plaintext");
    expect(plain.diagnostics.some((d) => d.code === "anonymous-no-reason")).toBe(true);
  });
});

describe("Arabic UI locale", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ locale: "ar-EG" });
  });
  afterAll(async () => {
    await h.close();
  });

  it("gives Arabic diagnostic messages and hover labels", async () => {
    const uri = "file:///tmp/isnad-test/ar-ui.txt";
    const p = await h.open(uri, AR_ARTICLE);
    const anon = p.diagnostics.find((d) => d.code === "anonymous-source");
    expect(anon?.message).toContain("مصدر مجهول");
    const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: posOf(AR_ARTICLE, "مصدر", 2) });
    const value = strip((hover!.contents as MarkupContent).value);
    expect(value).toContain("المتحدث");
    expect(value).toContain("إخفاء الهوية");
  });

  it("English articles still get English statements, Arabic labels", async () => {
    const uri = "untitled:en-in-ar-ui";
    await h.open(uri, EN_ARTICLE);
    const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: posOf(EN_ARTICLE, "ready") });
    expect(strip((hover!.contents as MarkupContent).value)).toContain("Maria Lopez");
  });
});

describe("inlay hints", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("name the speaker after a cue whose subject is dropped", async () => {
    const uri = "file:///tmp/isnad-test/dropped.txt";
    const text = `${AR_NAMED}\nوتابع قوله: «سنواصل العمل مع شركائنا».\n`;
    await h.open(uri, text);
    const hints = await h.conn.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
    });
    expect(hints).not.toBeNull();
    const labels = hints!.map((x) => strip(String(x.label)));
    expect(labels.some((l) => l.startsWith("←") && l.includes("الحداد"))).toBe(true);
    // The hint sits on the second line, after the cue.
    expect(hints!.find((x) => strip(String(x.label)).includes("الحداد"))!.position.line).toBe(1);
  });
});
