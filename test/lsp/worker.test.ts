// The real analysis worker (the server bundle started as a worker thread),
// forced for every document through initializationOptions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HoverRequest, type MarkupContent } from "vscode-languageserver-protocol/node";
import { SpeakersRequest } from "../../src/shared/protocol";
import { AR_ANON, AR_ARTICLE, EN_NAMED } from "./fixtures";
import { offsetToPos, posOf, startHarness, type Harness } from "./harness";

describe("analysis in the worker thread", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ initializationOptions: { worker: true } });
  });
  afterAll(async () => {
    await h.close();
  });

  it("publishes, hovers and follows edits like the in-process path", async () => {
    const uri = "file:///tmp/isnad-test/worker.txt";
    let text = AR_ARTICLE;
    const p = await h.open(uri, text);
    expect(p.diagnostics.some((d) => d.code === "anonymous-source")).toBe(true);
    const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: posOf(text, "مصدر", 2) });
    expect((hover!.contents as MarkupContent).value).toContain("طلب عدم ذكر اسمه");

    // Several quick edits: only results for the current text may be published last.
    let v = 1;
    for (const line of [EN_NAMED, AR_ANON.replace("أمني", "عسكري")]) {
      const at = offsetToPos(text, text.length);
      text += line + "\n";
      v = await h.change(uri, [{ range: { start: at, end: at }, text: line + "\n" }]);
    }
    const last = await h.waitDiagnostics(uri, (x) => x.version === v);
    expect(last.diagnostics.filter((d) => d.code === "anonymous-source").length).toBeGreaterThanOrEqual(2);
    const sp = await h.conn.sendRequest(SpeakersRequest, { uri });
    expect(sp.version).toBe(v);
    expect(sp.speakers.some((s) => s.name.includes("Maria Lopez"))).toBe(true);
    expect(h.logs.filter((l) => l.includes("failed"))).toEqual([]);
  });
});
