// Go to Definition on a speaker (over stdio and on hand-made speakers), and no Rename.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DefinitionRequest, type Location, type LocationLink } from "vscode-languageserver-protocol/node";
import type { Speaker, Span } from "../../src/core/types";
import { definingMention } from "../../src/server/definition";
import { AR_NAMED, AR_QUOTE, EN_NAMED } from "./fixtures";
import { posOf, startHarness, type Harness } from "./harness";

const AR_TEXT = [AR_NAMED, "وشهدت العاصمة هدوءاً حذراً طوال اليوم.", AR_QUOTE].join("\n") + "\n";
const EN_TEXT = [EN_NAMED, "The ministry published the draft on Monday.", "“We will not wait for ever,” Lopez added."].join("\n") + "\n";

function textOf(text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split("\n");
  expect(r.start.line).toBe(r.end.line);
  return lines[r.start.line].slice(r.start.character, r.end.character);
}

describe("Go to Definition over stdio", () => {
  let h: Harness;
  const AR = "file:///tmp/isnad-test/definition-ar.txt";
  const EN = "file:///tmp/isnad-test/definition-en.txt";
  beforeAll(async () => {
    h = await startHarness({
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, definition: { linkSupport: true } },
      },
    });
    await h.open(AR, AR_TEXT);
    await h.open(EN, EN_TEXT);
  });
  afterAll(async () => {
    await h.close();
  });

  it("offers definitions, and no rename", async () => {
    expect(h.init.capabilities.definitionProvider).toBe(true);
    expect(h.init.capabilities.renameProvider).toBeUndefined();
    const rename = h.conn.sendRequest("textDocument/rename", { textDocument: { uri: AR }, position: posOf(AR_TEXT, "الحداد", 1), newName: "x" });
    await expect(rename).rejects.toMatchObject({ code: -32601 });
  });

  it("leads from a later Arabic mention to the one with the full name, the whole mention being the link", async () => {
    // "الحداد" on the third line (the quote's line), not the first.
    const position = { line: 2, character: AR_QUOTE.indexOf("الحداد") + 2 };
    const [link] = (await h.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: AR }, position })) as LocationLink[];
    expect(link.targetUri).toBe(AR);
    expect(link.targetRange.start.line).toBe(0);
    expect(textOf(AR_TEXT, link.targetRange)).toContain("سامي الحداد");
    expect(link.targetSelectionRange).toEqual(link.targetRange);
    expect(textOf(AR_TEXT, link.originSelectionRange!)).toBe("الحداد");
  });

  it("leads from a quote to its speaker's introduction", async () => {
    const [link] = (await h.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: AR }, position: posOf(AR_TEXT, "شروط") })) as LocationLink[];
    expect(textOf(AR_TEXT, link.targetRange)).toContain("سامي الحداد");
  });

  it("works in English: Lopez -> Maria Lopez", async () => {
    const [link] = (await h.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: EN }, position: posOf(EN_TEXT, "Lopez added", 1) })) as LocationLink[];
    expect(textOf(EN_TEXT, link.targetRange)).toBe("Maria Lopez");
    expect(link.targetRange.start.line).toBe(0);
  });

  it("has nothing to say about narration", async () => {
    const none = await h.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: AR }, position: posOf(AR_TEXT, "هدوءاً") });
    expect(none).toBeNull();
  });
});

describe("Go to Definition for a client without links", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("answers a plain location", async () => {
    const uri = "file:///tmp/isnad-test/definition-plain.txt";
    await h.open(uri, EN_TEXT);
    const loc = (await h.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: posOf(EN_TEXT, "Lopez added", 1) })) as Location;
    expect(loc.uri).toBe(uri);
    expect(textOf(EN_TEXT, loc.range)).toBe("Maria Lopez");
  });
});

describe("definingMention", () => {
  const m = (start: number, text: string): Span => ({ start, end: start + text.length, text });
  const sp = (name: string, mentions: Span[]): Speaker => ({ id: "s1", name, kind: "person", gender: null, mentions, anonymity: [] });

  it("takes the first mention holding the full name, even after a shorter one", () => {
    expect(definingMention(sp("Maria Lopez", [m(0, "Lopez"), m(30, "Maria Lopez"), m(60, "the minister Maria Lopez")]))?.start).toBe(30);
  });
  it("without the full name, takes the longest, then the first", () => {
    expect(definingMention(sp("مسؤول أميركي كبير", [m(0, "مسؤول"), m(20, "المسؤول الأميركي"), m(50, "المسؤول الأميركي")]))?.start).toBe(20);
  });
  it("has none for a speaker with no mention", () => {
    expect(definingMention(sp("x", []))).toBeNull();
  });
});
