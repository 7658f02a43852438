// The extension's pure logic: grouping speakers into tree nodes, labels,
// status text, cursor lookup, node identity across re-analyses, restart cap.
import { describe, expect, it } from "vitest";
import type { LspRange, SpeakerInfo, SpeakersResult, SpeakerStatementInfo } from "../../src/shared/protocol";
import {
  RestartBudget,
  buildTree,
  childrenOf,
  containsPosition,
  emptyMessage,
  englishT,
  findNodeAt,
  parentOf,
  reconcile,
  signature,
  skipMessage,
  snapshot,
  statusText,
  type SpeakerNode,
  type StatementNode,
  type TreeNode,
  type Translate,
} from "../../src/client/model";
import { isolate } from "../../src/shared/labels";

/** A translator into "Arabic": the shared tables in Arabic, l10n sentences marked so a test can see they went through t. */
const arabicT: Translate = Object.assign((m: string, ...a: Array<string | number>) => `ar:${englishT(m, ...a)}`, { locale: "ar" as const });

const r = (l1: number, c1: number, l2: number, c2: number): LspRange => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});

const stmt = (id: string, kind: SpeakerStatementInfo["kind"], content: string, range: LspRange, cue: string | null = "said"): SpeakerStatementInfo => ({
  id,
  kind,
  content,
  range,
  contentRange: range,
  cue,
  cueRange: null,
});

const speaker = (id: string, name: string, kind: SpeakerInfo["kind"], statements: SpeakerStatementInfo[], extra: Partial<SpeakerInfo> = {}): SpeakerInfo => ({
  id,
  name,
  kind,
  gender: null,
  anonymity: [],
  mentions: [],
  statements,
  ...extra,
});

const result = (speakers: SpeakerInfo[], extra: Partial<SpeakersResult> = {}): SpeakersResult => ({
  uri: "file:///a.txt",
  version: 3,
  speakers,
  ...extra,
});

const sample = (): SpeakersResult =>
  result([
    speaker("p1", "مايك بومبيو", "person", [stmt("s1", "direct", "سنواصل العمل مع الحلفاء", r(0, 0, 0, 40), "قال"), stmt("s2", "indirect", "the talks went well", r(2, 0, 2, 30))], {
      title: "مدير وكالة المخابرات المركزية",
      mentions: [r(0, 5, 0, 16), r(4, 0, 4, 6)],
    }),
    speaker("a1", "مسؤول أميركي", "anonymous", [stmt("s3", "partial", "a deal is close", r(3, 0, 3, 50))], {
      anonymity: ["شريطة عدم نشر اسمه"],
      mentions: [r(3, 10, 3, 22)],
    }),
    speaker("a2", "sources", "anonymous", [stmt("s4", "indirect", "x", r(5, 0, 5, 9), null)]),
  ]);

describe("buildTree", () => {
  it("always shows people, organizations and anonymous groups, with counts", () => {
    const m = buildTree(sample(), englishT);
    expect(m.groups.map((g) => [g.label, g.description])).toEqual([
      ["Named people", "1"],
      ["Organizations", "0"],
      ["Anonymous sources", "2"],
    ]);
    expect(m.speakers).toBe(3);
    expect(m.anonymous).toBe(2);
    expect(m.statements).toBe(4);
    expect(m.empty).toBeUndefined();
  });

  it("adds Groups and Other only when they have speakers", () => {
    const m = buildTree(result([speaker("g", "protesters", "group", []), speaker("u", "he", "unknown", [stmt("s", "direct", "no", r(0, 0, 0, 2))])]), englishT);
    expect(m.groups.map((g) => g.key)).toEqual(["person", "organization", "anonymous", "group", "other"]);
    expect(m.groups.map((g) => g.id)).toEqual(["group:person", "group:organization", "group:anonymous", "group:group", "group:other"]);
  });

  it("isolates names, describes title and statement count, lists anonymity in the tooltip", () => {
    const m = buildTree(sample(), englishT);
    const [p] = m.groups[0].speakers;
    expect(p.id).toBe("speaker:p1");
    expect(p.label).toBe("\u2068مايك بومبيو\u2069");
    expect(p.description).toBe(`${isolate("مدير وكالة المخابرات المركزية")} · 2 statements`);
    const [a1, a2] = m.groups[2].speakers;
    expect(a1.description).toBe("anonymous source · 1 statement");
    expect(a1.tooltip).toContain("Anonymity: «\u2068شريطة عدم نشر اسمه\u2069»");
    expect(a2.tooltip).toContain("No reason for anonymity given");
  });

  it("makes statement children with shortened label, cue description and an icon per kind", () => {
    const m = buildTree(sample(), englishT);
    const [s1, s2] = m.groups[0].speakers[0].statements;
    expect(s1).toMatchObject({ id: "statement:s1", label: isolate("سنواصل العمل مع الحلفاء"), description: isolate("قال"), kind: "direct", parentId: "speaker:p1" });
    const icons = new Set([s1.icon, s2.icon, m.groups[2].speakers[0].statements[0].icon]);
    expect(icons.size).toBe(3);
    expect(s1.icon).toBe("quote");
    expect(m.groups[2].speakers[1].statements[0].description).toBe("");
  });

  it("reports the empty states", () => {
    expect(buildTree(result([]), englishT).empty).toBe("noStatements");
    expect(buildTree(result([speaker("p", "Ann", "person", [])]), englishT).empty).toBe("noStatements");
    const big = buildTree(result([], { skipped: { code: "tooLarge", size: 3_000_000, max: 2_000_000 } }), englishT);
    expect(big.empty).toBe("tooLarge");
    expect(big.groups).toEqual([]);
    // The client words the server's code, with its figures.
    expect(emptyMessage(big, englishT)).toBe(
      "Isnad did not analyse this document: it has 3,000,000 characters, more than the limit of 2,000,000. Raise the setting isnad.maxDocumentSize to analyse it.",
    );
    const off = buildTree(result([], { skipped: { code: "languageOff", lang: "ar" } }), englishT);
    expect(off.empty).toBe("languageOff");
    expect(emptyMessage(off, englishT)).toMatch(/\(ar\).*isnad\.languages/);
    expect(snapshot(off, englishT)).toMatchObject({ empty: "languageOff", groups: [] });
    const failed = buildTree(result([], { skipped: { code: "analysisFailed" } }), englishT);
    expect(failed.empty).toBe("skipped");
    expect(emptyMessage(failed, englishT)).toMatch(/internal error/);
    expect(emptyMessage(buildTree(result([]), englishT), englishT)).toBe("No statements found in this article.");
  });

  it("shows the gender the article marks, in the UI language, and nothing when it is null", () => {
    const marked = result([speaker("p1", "ريم السعدي", "person", [stmt("s1", "direct", "x", r(0, 0, 0, 1))], { gender: "female" }), speaker("p2", "Omar Hadi", "person", [], { gender: "male" }), speaker("p3", "Lee Park", "person", [])]);
    const [f, m, none] = buildTree(marked, englishT).groups[0].speakers;
    expect(f.description).toBe("person · woman · 1 statement");
    expect(f.tooltip).toContain("person · woman");
    expect(m.description).toBe("person · man · 0 statements");
    expect(none.description).toBe("person · 0 statements");
    expect(none.tooltip).not.toMatch(/woman|man\b/);
    expect(buildTree(marked, arabicT).groups[0].speakers[0].description).toContain("ar:woman");
  });

  it("words every skip code through the translator", () => {
    for (const skipped of [{ code: "tooLarge", size: 5, max: 1 }, { code: "languageOff", lang: "en" }, { code: "analysisFailed" }] as const) {
      expect(skipMessage(skipped, arabicT)).toMatch(/^ar:/);
    }
  });

  it("takes kind labels from the shared table in the UI language", () => {
    const m = buildTree(sample(), arabicT);
    expect(m.groups.map((g) => g.label)).toEqual(["أشخاص مسمَّون", "مؤسسات", "مصادر مجهولة"]);
    expect(m.groups[2].speakers[1].description).toMatch(/^مصدر مجهول · /);
    expect(m.groups[0].speakers[0].statements[0].tooltip).toMatch(/^اقتباس مباشر/);
  });
});

describe("statusText", () => {
  it("counts speakers and anonymous ones", () => {
    expect(statusText(7, 3, englishT)).toBe("Isnad: 7 speakers · 3 anonymous");
    expect(statusText(1, 0, englishT)).toBe("Isnad: 1 speaker · 0 anonymous");
  });
  it("goes through the translator", () => {
    const seen: string[] = [];
    const t = Object.assign(
      (m: string, ...a: Array<string | number>) => {
        seen.push(m);
        return englishT(m.toUpperCase(), ...a);
      },
      { locale: "en" as const },
    );
    expect(statusText(2, 1, t)).toBe("ISNAD: 2 SPEAKERS · 1 ANONYMOUS");
    expect(seen).toContain("Isnad: {0} · {1}");
  });
});

describe("cursor lookup", () => {
  it("contains is inclusive at both ends and line-aware", () => {
    const range = r(1, 5, 2, 3);
    expect(containsPosition(range, { line: 1, character: 5 })).toBe(true);
    expect(containsPosition(range, { line: 2, character: 3 })).toBe(true);
    expect(containsPosition(range, { line: 1, character: 99 })).toBe(true);
    expect(containsPosition(range, { line: 1, character: 4 })).toBe(false);
    expect(containsPosition(range, { line: 2, character: 4 })).toBe(false);
  });
  it("finds the innermost statement, else a mention's speaker, else nothing", () => {
    const m = buildTree(
      result([
        speaker("p", "Ann", "person", [stmt("outer", "indirect", "a b c", r(0, 0, 0, 50)), stmt("inner", "direct", "b", r(0, 10, 0, 20))], { mentions: [r(1, 0, 1, 3)] }),
      ]),
      englishT,
    );
    expect(findNodeAt(m, { line: 0, character: 12 })?.id).toBe("statement:inner");
    expect(findNodeAt(m, { line: 0, character: 30 })?.id).toBe("statement:outer");
    expect(findNodeAt(m, { line: 1, character: 2 })?.id).toBe("speaker:p");
    expect(findNodeAt(m, { line: 7, character: 0 })).toBeUndefined();
  });
});

describe("reconcile", () => {
  it("keeps node objects for surviving ids and updates them in place", () => {
    const first = buildTree(sample(), englishT);
    const index1 = reconcile(new Map(), first);
    const oldSpeaker = index1.get("speaker:p1") as SpeakerNode;
    const oldStmt = index1.get("statement:s1") as StatementNode;

    const next = sample();
    next.speakers[0].statements[0].contentRange = r(9, 0, 9, 4);
    next.speakers[0].statements.pop();
    next.speakers.pop();
    const second = buildTree(next, englishT);
    const index2 = reconcile(index1, second);

    expect(index2.get("speaker:p1")).toBe(oldSpeaker);
    expect(index2.get("statement:s1")).toBe(oldStmt);
    expect(oldStmt.contentRange).toEqual(r(9, 0, 9, 4));
    expect(oldSpeaker.statements).toEqual([oldStmt]);
    expect(index2.has("statement:s2")).toBe(false);
    expect(index2.has("speaker:a2")).toBe(false);
    expect(second.groups[0].speakers[0]).toBe(oldSpeaker);
  });

  it("gives parents and children consistent with the index", () => {
    const m = buildTree(sample(), englishT);
    const index = reconcile(new Map(), m);
    for (const node of index.values()) {
      const parent = parentOf(node, index);
      const siblings: TreeNode[] = childrenOf(parent, m);
      expect(siblings).toContain(node);
    }
    expect(childrenOf(undefined, m)).toBe(m.groups);
  });
});

describe("snapshot and signature", () => {
  it("snapshot holds the labels the tree shows", () => {
    const s = snapshot(buildTree(sample(), englishT), englishT);
    expect(s.groups[2].speakers.map((sp) => sp.label)).toEqual([isolate("مسؤول أميركي"), isolate("sources")]);
    expect(s.groups[0].speakers[0].statements.map((st) => st.id)).toEqual(["statement:s1", "statement:s2"]);
    expect(s.message).toBeUndefined();
  });
  it("signature ignores moved ranges and version but not visible text", () => {
    const a = sample();
    const b = sample();
    b.version = 99;
    b.speakers[0].statements[0].range = r(8, 0, 8, 40);
    expect(signature(buildTree(a, englishT), englishT)).toBe(signature(buildTree(b, englishT), englishT));
    b.speakers[0].statements[0].content = "something else entirely";
    expect(signature(buildTree(a, englishT), englishT)).not.toBe(signature(buildTree(b, englishT), englishT));
  });
});

describe("RestartBudget", () => {
  it("allows a few restarts in the window, then gives up until time passes or reset", () => {
    const b = new RestartBudget(3, 1000);
    expect([b.crashed(0), b.crashed(10), b.crashed(20), b.crashed(30)]).toEqual([true, true, true, false]);
    expect(b.crashed(1015)).toBe(true); // 0 and 10 fell out of the window
    b.reset();
    expect([b.crashed(1020), b.crashed(1021), b.crashed(1022)]).toEqual([true, true, true]);
  });
});
