// The workspace index (src/server/workspaceIndex.ts) on analyses of the test
// articles: add, change, delete, rename (files and folders), live text
// winning over disk, the same speaker across articles, anonymous sources
// grouped by description, scopes and speaker search.
import { beforeEach, describe, expect, it } from "vitest";
import { analyze } from "../../src/core";
import { summarize, type ArticleSummary } from "../../src/core/report";
import { WorkspaceIndex, canonicalUri } from "../../src/server/workspaceIndex";
import { WS_ARTICLES, type ArticleName } from "./workspaceFixtures";

const ROOT = "file:///ws";
const uri = (name: string) => `${ROOT}/${name}`;
const sum = (name: ArticleName, text: string = WS_ARTICLES[name]): ArticleSummary =>
  summarize(analyze(text, { markdown: name.endsWith(".md") }), uri(name));

function speaker(ix: WorkspaceIndex, name: string) {
  return ix.speakers().find((s) => s.name === name);
}

describe("WorkspaceIndex", () => {
  let ix: WorkspaceIndex;
  beforeEach(() => {
    ix = new WorkspaceIndex();
    for (const name of Object.keys(WS_ARTICLES) as ArticleName[]) ix.setDisk(uri(name), sum(name));
  });

  it("adds articles; the same person in two articles is one speaker with both articles", () => {
    expect(ix.articles({ kind: "workspace" }).map((a) => a.file)).toEqual(
      ["ar-budget.txt", "ar-vote.txt", "en-harbour.txt", "port/en-reopen.md"].map(uri),
    );
    const reem = speaker(ix, "ريم السعدي");
    expect(reem).toMatchObject({ kind: "person", articles: 2, statements: 3 });
    expect(ix.occurrences(reem!.key).map((o) => [o.uri, o.statements.length])).toEqual([
      [uri("ar-budget.txt"), 2],
      [uri("ar-vote.txt"), 1],
    ]);
    expect(speaker(ix, "Helen Marsh")).toMatchObject({ articles: 2, statements: 3 });
  });

  it("groups anonymous sources by description: one row, a reason stated in one article of two", () => {
    const ministry = ix.speakers().filter((s) => s.kind === "anonymous" && s.key.includes("وزاره"));
    expect(ministry).toHaveLength(1);
    expect(ministry[0]).toMatchObject({ articles: 2, statements: 2, withReason: 1, withoutReason: 1 });
    // "A senior official" (with a reason) and "A senior official" in the other article (without).
    const official = ix.speakers().find((s) => s.key === "anonymous:senior official");
    expect(official).toMatchObject({ articles: 2, withReason: 1, withoutReason: 1 });
    // Plural sources are not the same as one source.
    expect(ix.speakers().find((s) => s.name === "مصادر")).toMatchObject({ articles: 1 });
  });

  it("changes an article: its new content replaces the old", () => {
    const before = ix.generation;
    const reportBefore = ix.report({ kind: "workspace" });
    expect(ix.report({ kind: "workspace" })).toBe(reportBefore); // cached while nothing changes
    const text = WS_ARTICLES["ar-vote.txt"].replace("ريم السعدي", "ليلى حداد");
    ix.setDisk(uri("ar-vote.txt"), sum("ar-vote.txt", text));
    expect(ix.generation).toBeGreaterThan(before);
    expect(speaker(ix, "ريم السعدي")).toMatchObject({ articles: 1, statements: 2 });
    expect(speaker(ix, "ليلى حداد")).toMatchObject({ articles: 1, statements: 1 });
    // The cached report is not served after a change.
    expect(ix.report({ kind: "workspace" }).speakers.find((r) => r.name === "ليلى حداد")).toBeDefined();
    expect(reportBefore.speakers.find((r) => r.name === "ليلى حداد")).toBeUndefined();
  });

  it("deletes an article: its speakers leave when no other article quotes them", () => {
    expect(ix.delete(uri("ar-vote.txt"))).toBe(true);
    expect(speaker(ix, "فارس النعيمي")).toBeUndefined();
    expect(speaker(ix, "ريم السعدي")).toMatchObject({ articles: 1 });
    expect(ix.delete(uri("ar-vote.txt"))).toBe(false);
  });

  it("deletes a folder: every article under it, and nothing whose name only starts the same", () => {
    ix.setDisk(uri("portland.txt"), sum("en-harbour.txt"));
    expect(ix.deleteUnder(uri("port"))).toBe(1);
    expect(ix.get(uri("port/en-reopen.md"))).toBeUndefined();
    expect(ix.get(uri("portland.txt"))).toBeDefined();
    expect(speaker(ix, "Tom Reyes")).toBeUndefined();
  });

  it("renames a file: the article moves with no new analysis", () => {
    const old = ix.get(uri("ar-vote.txt"))!.summary!;
    expect(ix.rename(uri("ar-vote.txt"), uri("archive/ar-vote-2024.txt"))).toBe(1);
    expect(ix.get(uri("ar-vote.txt"))).toBeUndefined();
    const moved = ix.get(uri("archive/ar-vote-2024.txt"))!.summary!;
    expect(moved.file).toBe(uri("archive/ar-vote-2024.txt"));
    expect(moved.statements).toBe(old.statements);
    const reem = speaker(ix, "ريم السعدي")!;
    expect(ix.occurrences(reem.key).map((o) => o.uri)).toContain(uri("archive/ar-vote-2024.txt"));
  });

  it("renames a folder: every article under it moves", () => {
    expect(ix.rename(uri("port"), uri("harbour"))).toBe(1);
    expect(ix.get(uri("harbour/en-reopen.md"))?.summary?.file).toBe(uri("harbour/en-reopen.md"));
    expect(ix.articles({ kind: "folder", uri: uri("harbour") })).toHaveLength(1);
  });

  it("an open editor's live text wins over disk until it closes", () => {
    const live = WS_ARTICLES["ar-vote.txt"].replace("فارس النعيمي", "سمير داود");
    ix.setLive(uri("ar-vote.txt"), sum("ar-vote.txt", live), true);
    // A disk change while open is ignored.
    expect(ix.setDisk(uri("ar-vote.txt"), sum("ar-vote.txt"))).toBe(false);
    expect(speaker(ix, "سمير داود")).toBeDefined();
    expect(speaker(ix, "فارس النعيمي")).toBeUndefined();
    ix.closeLive(uri("ar-vote.txt"));
    expect(ix.get(uri("ar-vote.txt"))).toBeUndefined();
    expect(ix.setDisk(uri("ar-vote.txt"), sum("ar-vote.txt"))).toBe(true);
    expect(speaker(ix, "فارس النعيمي")).toBeDefined();
  });

  it("an open article outside the workspace is reported alone but not in the workspace", () => {
    ix.setLive("untitled:Untitled-1", sum("ar-vote.txt"), false);
    expect(ix.articles({ kind: "workspace" })).toHaveLength(4);
    expect(ix.report({ kind: "file", uri: "untitled:Untitled-1" }).totals.articles).toBe(1);
  });

  it("a known but unanalysed article counts for nothing", () => {
    ix.setDisk(uri("huge.txt"), null);
    expect(ix.articles({ kind: "workspace" })).toHaveLength(4);
    expect(ix.report({ kind: "file", uri: uri("huge.txt") }).totals.articles).toBe(0);
  });

  it("scopes: a folder, a file, the workspace", () => {
    expect(ix.report({ kind: "folder", uri: uri("port") }).articles.map((a) => a.file)).toEqual([uri("port/en-reopen.md")]);
    expect(ix.report({ kind: "folder", uri: `${uri("port")}/` }).totals.articles).toBe(1);
    expect(ix.report({ kind: "file", uri: uri("ar-budget.txt") }).totals.statements).toBe(4);
    expect(ix.report({ kind: "workspace" }).totals.articles).toBe(4);
  });

  it("finds speakers by name as the core compares words, most quoted first", () => {
    expect(ix.symbols("السعدى", 10).map((h) => [h.name, h.uri, h.statements])).toEqual([
      ["ريم السعدي", uri("ar-budget.txt"), 2],
      ["ريم السعدي", uri("ar-vote.txt"), 1],
    ]);
    expect(ix.symbols("marsh", 10).map((h) => h.uri)).toEqual([uri("en-harbour.txt"), uri("port/en-reopen.md")]);
    expect(ix.symbols("helen reyes", 10)).toEqual([]);
    expect(ix.symbols("", 3)).toHaveLength(3);
  });

  it("one spelling per file URI", () => {
    expect(canonicalUri("file:///ws/%D8%AE%D8%A8%D8%B1.txt")).toBe(canonicalUri("file:///ws/خبر.txt"));
    expect(canonicalUri("file:///ws/a%20b.txt")).toBe("file:///ws/a%20b.txt");
    ix.setDisk("file:///ws/%D8%AE%D8%A8%D8%B1.txt", sum("ar-vote.txt"));
    ix.setLive("file:///ws/خبر.txt", sum("ar-vote.txt"), true);
    expect(ix.articles({ kind: "workspace" })).toHaveLength(5);
  });
});
