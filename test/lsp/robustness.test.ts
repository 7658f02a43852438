// The server never dies on any text: random documents built from awkward
// fragments, random incremental edits, requests at random positions. Every
// answer must arrive, every range must lie inside the document, and no
// handler may have had to swallow an exception.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  type TextDocumentEdit,
} from "vscode-languageserver-protocol/node";
import { AnalysisRequest, SpeakersRequest } from "../../src/shared/protocol";
import { offsetToPos, startHarness, type Harness } from "./harness";

const FRAGMENTS = [
  "وقال", " مصدر", " أمني", "، ", " إن ", "قائلاً: ", "«", "»", "“", "”", '"', "'", "وتابع قوله", " said", " a senior official",
  " on condition of anonymity", "\n", "\r\n", "\n\n", "```\n", "---\n", "`", "\u2068", "\u202E", "\uD83D\uDE00", "\uD800", "ـــ", "ً",
  " الحداد", " Maria Lopez", ".", "،", "؟", " according to", " بحسب", " sources", "  ", "\t",
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

describe("robustness", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("answers every request on random documents and edits", async () => {
    const r = rng(20240607);
    const pick = () => FRAGMENTS[Math.floor(r() * FRAGMENTS.length)];
    for (let d = 0; d < 25; d++) {
      const uri = `untitled:fuzz-${d}`;
      let text = Array.from({ length: 5 + Math.floor(r() * 60) }, pick).join("");
      await h.open(uri, text, d % 3 === 0 ? "markdown" : "plaintext");
      let version = 1;
      for (let e = 0; e < 8; e++) {
        // Never between \r and \n: LSP has no position there.
        const snap = (o: number) => (text[o - 1] === "\r" && text[o] === "\n" ? o - 1 : o);
        const a = snap(Math.floor(r() * (text.length + 1)));
        const b = snap(Math.min(text.length, a + Math.floor(r() * 4)));
        const ins = r() < 0.7 ? pick() : "";
        const change = { range: { start: offsetToPos(text, a), end: offsetToPos(text, b) }, text: ins };
        text = text.slice(0, a) + ins + text.slice(b);
        version = await h.change(uri, [change]);
      }
      const p = await h.waitDiagnostics(uri, (x) => x.version === version);
      const lines = text.split("\n");
      for (const diag of p.diagnostics) {
        for (const pos of [diag.range.start, diag.range.end]) {
          expect(pos.line).toBeLessThan(lines.length);
          expect(pos.character).toBeLessThanOrEqual(lines[pos.line].length);
        }
      }
      const at = offsetToPos(text, Math.floor(r() * (text.length + 1)));
      const td = { textDocument: { uri }, position: at };
      await h.conn.sendRequest(HoverRequest.type, td);
      await h.conn.sendRequest(DocumentHighlightRequest.type, td);
      await h.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      await h.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });
      await h.conn.sendRequest(DefinitionRequest.type, td);
      // Semantic tokens: relative encoding decoded, every token on one line and inside it.
      const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
      for (const res of [
        await h.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }),
        await h.conn.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: whole }),
      ]) {
        let line = 0;
        let ch = 0;
        for (let i = 0; i < res!.data.length; i += 5) {
          line += res!.data[i];
          ch = res!.data[i] === 0 ? ch + res!.data[i + 1] : res!.data[i + 1];
          expect(line).toBeLessThan(lines.length);
          expect(ch + res!.data[i + 2]).toBeLessThanOrEqual(lines[line].replace(/\r$/u, "").length);
        }
      }
      // Quick fixes for every finding and at the cursor: every edit inside the document.
      const actions = await h.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: p.diagnostics } });
      for (const action of actions ?? []) {
        if (!("edit" in action) || !action.edit) continue;
        for (const change of action.edit.documentChanges as TextDocumentEdit[]) {
          expect(change.textDocument.version).toBe(version);
          for (const e of change.edits) {
            for (const pos of [e.range.start, e.range.end]) {
              expect(pos.line).toBeLessThan(lines.length);
              expect(pos.character).toBeLessThanOrEqual(lines[pos.line].length);
            }
          }
        }
      }
      const sp = await h.conn.sendRequest(SpeakersRequest, { uri });
      expect(sp.version).toBe(version);
      const a = await h.conn.sendRequest(AnalysisRequest, { uri });
      if (a) for (const st of a.statements) expect(text.slice(st.content.start, st.content.end)).toBe(st.content.text);
    }
    expect(h.proc.exitCode).toBeNull();
    // A failure here is a core exception the server survived: the first line names the text's uri.
    expect(h.logs.filter((l) => l.includes("failed") || l.includes("uncaught")).map((l) => l.split("\n")[0])).toEqual([]);
  });
});
