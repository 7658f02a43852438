// Semantic tokens over stdio, decoded back to ranges, texts and kinds; and the
// token table itself on hand-made analyses (overlaps, line breaks).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SemanticTokensDeltaRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  type SemanticTokens,
  type SemanticTokensDelta,
  type SemanticTokensLegend,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis, Span } from "../../src/core/types";
import { buildEntry } from "../../src/server/analysisStore";
import { diff, encode, tokenTable } from "../../src/server/semanticTokens";
import { TOKEN_LEGEND } from "../../src/shared/semanticTokens";
import { AR_ARTICLE, EN_ARTICLE } from "./fixtures";
import { offsetToPos, startHarness, type Harness } from "./harness";

interface Decoded {
  line: number;
  character: number;
  length: number;
  text: string;
  type: string;
  mods: string[];
}

/** LSP's relative encoding back to absolute positions, texts and names. */
function decode(data: number[], text: string, legend: SemanticTokensLegend): Decoded[] {
  const lines = text.split("\n");
  const out: Decoded[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const length = data[i + 2];
    const mods = legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b));
    out.push({ line, character, length, text: lines[line].slice(character, character + length), type: legend.tokenTypes[data[i + 3]], mods });
  }
  return out;
}

/** Applies delta edits to the previous numbers. */
function applyEdits(prev: number[], delta: SemanticTokensDelta): number[] {
  const out = [...prev];
  for (const e of [...delta.edits].sort((a, b) => b.start - a.start)) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return out;
}

function expectWellFormed(tokens: Decoded[], text: string): void {
  const lines = text.split("\n");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    expect(t.length).toBeGreaterThan(0);
    expect(t.character + t.length).toBeLessThanOrEqual(lines[t.line].length);
    if (i > 0) {
      const p = tokens[i - 1];
      // Sorted and never overlapping.
      expect(t.line > p.line || (t.line === p.line && t.character >= p.character + p.length)).toBe(true);
    }
  }
}

describe("semantic tokens over stdio", () => {
  let h: Harness;
  let legend: SemanticTokensLegend;
  const AR = "file:///tmp/isnad-test/tokens-ar.txt";
  const EN = "file:///tmp/isnad-test/tokens-en.txt";
  beforeAll(async () => {
    h = await startHarness();
    const provider = h.init.capabilities.semanticTokensProvider!;
    legend = provider.legend;
    expect(provider).toMatchObject({ full: { delta: true }, range: true });
    await h.open(AR, AR_ARTICLE);
    await h.open(EN, EN_ARTICLE);
  });
  afterAll(async () => {
    await h.close();
  });

  it("announces the shared legend", () => {
    expect(legend).toEqual(TOKEN_LEGEND);
  });

  it("paints an Arabic article's quote, cues, named and anonymous speakers and anonymity phrase", async () => {
    const res = await h.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: AR } });
    const tokens = decode(res!.data, AR_ARTICLE, legend);
    expectWellFormed(tokens, AR_ARTICLE);
    const of = (type: string) => tokens.filter((t) => t.type === type);
    // The quote with its marks.
    expect(of("isnadQuote").map((t) => t.text)).toContain("«لن نقبل بأن تفرض علينا شروط من الخارج»");
    expect(of("isnadCue").some((t) => /قال/u.test(t.text))).toBe(true);
    expect(of("isnadCue").some((t) => /قائلا/u.test(t.text) || /أضاف/u.test(t.text))).toBe(true);
    const anonymous = of("isnadSpeaker").filter((t) => t.mods.includes("anonymous"));
    expect(anonymous.map((t) => t.text)).toContain("مصدر أمني");
    expect(anonymous.every((t) => !t.mods.includes("named"))).toBe(true);
    const named = of("isnadSpeaker").filter((t) => t.mods.includes("named"));
    expect(named.some((t) => t.text.includes("الحداد"))).toBe(true);
    expect(of("isnadAnonymity").map((t) => t.text)).toContain("طلب عدم ذكر اسمه");
  });

  it("paints an English article", async () => {
    const res = await h.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: EN } });
    const tokens = decode(res!.data, EN_ARTICLE, legend);
    expectWellFormed(tokens, EN_ARTICLE);
    expect(tokens.filter((t) => t.type === "isnadQuote").map((t) => t.text)).toContain("“We are ready to sign the agreement,”");
    expect(tokens.find((t) => t.type === "isnadSpeaker" && t.text === "Maria Lopez")?.mods).toEqual(["named"]);
    expect(tokens.find((t) => t.type === "isnadSpeaker" && /official/.test(t.text))?.mods).toEqual(["anonymous"]);
    expect(tokens.some((t) => t.type === "isnadAnonymity" && /condition of anonymity/.test(t.text))).toBe(true);
    expect(tokens.filter((t) => t.type === "isnadCue").map((t) => t.text)).toContain("said");
  });

  it("answers a range with exactly the full answer's tokens on those lines", async () => {
    const full = decode((await h.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: AR } }))!.data, AR_ARTICLE, legend);
    const range = { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } };
    const part = decode((await h.conn.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri: AR }, range }))!.data, AR_ARTICLE, legend);
    expect(part.length).toBeGreaterThan(0);
    expect(part).toEqual(full.filter((t) => t.line >= 1 && t.line <= 2));
  });

  it("answers a delta that turns the previous tokens into the new version's", async () => {
    const uri = "file:///tmp/isnad-test/tokens-delta.txt";
    let text = AR_ARTICLE;
    await h.open(uri, text);
    const first = (await h.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!;
    expect(first.resultId).toBeTruthy();
    // Insert a named statement at the top.
    const added = "وقال المتحدث باسم الوزارة خالد منصور إن الوفد وصل.\n";
    const v = await h.change(uri, [{ range: { start: offsetToPos(text, 0), end: offsetToPos(text, 0) }, text: added }]);
    text = added + text;
    await h.waitDiagnostics(uri, (p) => p.version === v);
    const delta = (await h.conn.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: first.resultId! })) as SemanticTokensDelta;
    expect(delta.edits).toBeDefined();
    const full = (await h.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!;
    expect(applyEdits(first.data, delta)).toEqual(full.data);
    expect(decode(full.data, text, legend).some((t) => t.text === "خالد منصور" || t.text.includes("منصور"))).toBe(true);
    // An unknown previous result gets a full answer.
    const unknown = (await h.conn.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: "nope" })) as SemanticTokens;
    expect(unknown.data).toEqual(full.data);
  });

  it("isnad.semanticHighlighting.enabled: false turns them off and asks the editor to refresh", async () => {
    const before = h.serverRequests.filter((m) => m === "workspace/semanticTokens/refresh").length;
    h.setSettings({ semanticHighlighting: { enabled: false } });
    await h.until(() => h.serverRequests.filter((m) => m === "workspace/semanticTokens/refresh").length > before, "a semantic tokens refresh");
    const off = await h.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: AR } });
    expect(off!.data).toEqual([]);
    h.setSettings({});
    await h.until(() => h.serverRequests.filter((m) => m === "workspace/semanticTokens/refresh").length > before + 1, "a second refresh");
    const on = await h.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: AR } });
    expect(on!.data.length).toBeGreaterThan(0);
  });
});

describe("token table", () => {
  const span = (text: string, needle: string, from = 0): Span => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(needle);
    return { start, end: start + needle.length, text: needle };
  };
  const table = (text: string, analysis: Partial<Analysis>) => {
    const doc = TextDocument.create("file:///t.txt", "plaintext", 1, text);
    const a: Analysis = { file: "t", lang: "en", statements: [], speakers: [], anonymity: [], diagnostics: [], ...analysis };
    return decode(encode(tokenTable(doc, buildEntry(doc.uri, 1, a))), text, TOKEN_LEGEND);
  };

  it("cuts a quote around a mention inside it and splits it at line breaks", () => {
    const text = 'She said: "Ask Omar about it\nand the plan," she said.\n';
    const quote = { start: text.indexOf('"') + 1, end: text.lastIndexOf('"'), text: "" };
    quote.text = text.slice(quote.start, quote.end);
    const tokens = table(text, {
      statements: [{ id: "t1", kind: "direct", content: quote, quotes: [quote], cue: span(text, "said", 20), source: span(text, "she", 20), speaker: "s1" }],
      speakers: [
        { id: "s1", name: "She", kind: "person", gender: "female", mentions: [span(text, "She"), span(text, "she", 20)], anonymity: [] },
        { id: "s2", name: "Omar", kind: "person", gender: null, mentions: [span(text, "Omar")], anonymity: [] },
      ],
    });
    expectWellFormed(tokens, text);
    expect(tokens.map((t) => `${t.type}:${t.text}`)).toEqual([
      "isnadSpeaker:She",
      'isnadQuote:"Ask ',
      "isnadSpeaker:Omar",
      "isnadQuote: about it",
      'isnadQuote:and the plan,"',
      "isnadSpeaker:she",
      "isnadCue:said",
    ]);
  });

  it("keeps \\r out of tokens on CRLF lines", () => {
    const text = "“one\r\ntwo” said Ann.\r\n";
    const quote = { start: 1, end: text.indexOf("”"), text: "" };
    quote.text = text.slice(quote.start, quote.end);
    const tokens = table(text, { statements: [{ id: "t1", kind: "direct", content: quote, quotes: [quote], cue: null, source: null, speaker: null }] });
    expect(tokens.map((t) => t.text)).toEqual(["“one", "two”"]);
  });

  it("diffs token arrays into one edit that rebuilds the new array", () => {
    const a = [0, 1, 2, 3, 0, 1, 4, 5, 0, 0];
    const b = [0, 1, 2, 3, 0, 9, 9, 0, 1, 4, 5, 0, 0];
    const edits = diff(a, b);
    expect(edits).toHaveLength(1);
    expect(applyEdits(a, { edits })).toEqual(b);
    expect(diff(a, a)).toEqual([]);
    expect(applyEdits(b, { edits: diff(b, []) })).toEqual([]);
  });
});
