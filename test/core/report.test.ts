// The sourcing report's computation (src/core/report) on small analyses built
// here by hand, so every expected number can be counted on the page: article
// rows, speakers merged across articles, anonymous sources grouped by
// description, gender buckets (missing and null both "not marked"), the
// statements behind a number, and the CSV/Markdown output.
import { describe, expect, it } from "vitest";
import {
  analysesMarkdown,
  articleRow,
  articlesCsv,
  computeReport,
  csvField,
  reportMarkdown,
  selectStatements,
  speakerKey,
  speakersCsv,
  statementsCsv,
  summarize,
  type MarkdownLabels,
} from "../../src/core/report";
import type { Analysis, Speaker, SpeakerKind, Statement, StatementKind } from "../../src/core/types";
import { parseCsv } from "../csv";

interface Sp {
  id: string;
  name: string;
  kind: SpeakerKind;
  gender?: "female" | "male" | null;
  title?: string;
  /** Number of anonymity phrases tied to the source. */
  reasons?: number;
}

/** An analysis whose statements sit 10 code units apart; `text` is filler of the right length. */
function art(file: string, speakers: Sp[], statements: [StatementKind, string | null][]): Analysis {
  const span = (start: number, end: number) => ({ start, end, text: "x".repeat(end - start) });
  const sps: Speaker[] = speakers.map((s, i) => {
    const sp: Speaker = { id: s.id, name: s.name, kind: s.kind, gender: s.gender ?? null, mentions: [span(1000 + i * 10, 1005 + i * 10)], anonymity: [] };
    for (let k = 0; k < (s.reasons ?? 0); k++) sp.anonymity.push(span(2000 + k, 2001 + k));
    if (s.title) sp.title = s.title;
    return sp;
  });
  const sts: Statement[] = statements.map(([kind, speaker], i) => ({
    id: `s${i}`,
    kind,
    content: span(i * 10, i * 10 + 8),
    quotes: [],
    cue: null,
    source: null,
    speaker,
  }));
  return { file, lang: "ar", statements: sts, speakers: sps, anonymity: [], diagnostics: [] };
}

// Two Arabic articles and one English one, written for these tests.
const A = art(
  "a.txt",
  [
    { id: "p1", name: "ريم السعدي", kind: "person", gender: "female", title: "وزيرة المالية" },
    { id: "p2", name: "فارس النعيمي", kind: "person", gender: "male" },
    { id: "x1", name: "مصدر أمني", kind: "anonymous", reasons: 1 },
    { id: "o1", name: "وزارة المالية", kind: "organization" },
  ],
  [
    ["direct", "p1"],
    ["indirect", "p1"],
    ["partial", "p2"],
    ["indirect", "x1"],
    ["indirect", "o1"],
    ["direct", null],
  ],
);
const B = art(
  "b.txt",
  [
    // The same minister, with a hamza dropped and no gender marked in this article.
    { id: "q1", name: "ريم السعدى", kind: "person", gender: null },
    { id: "q2", name: "المصدر الأمني", kind: "anonymous" },
    // Spoken of but never quoted: not a source.
    { id: "q3", name: "سامي الحداد", kind: "person", gender: "male" },
  ],
  [
    ["indirect", "q1"],
    ["indirect", "q2"],
    ["indirect", "q2"],
  ],
);
const C = art(
  "c.md",
  [
    // No gender field at all (an analysis from before the field existed).
    { id: "e1", name: "Helen Marsh", kind: "person" },
    { id: "e2", name: "a senior official", kind: "anonymous", reasons: 2 },
  ],
  [
    ["direct", "e1"],
    ["indirect", "e2"],
  ],
);

describe("speakerKey: one speaker across articles", () => {
  const rows: [string, SpeakerKind, string, SpeakerKind, boolean][] = [
    // Arabic normalisation as the core matches words.
    ["أحمد الكعبي", "person", "احمد الكعبي", "person", true],
    ["ريم السعدي", "person", "ريم السعدى", "person", true],
    ["لجنة الموازنة", "organization", "لجنه الموازنه", "organization", true],
    ["مُحَمَّد", "person", "محمد", "person", true],
    ["محـمد", "person", "محمد", "person", true],
    ["Helen Marsh", "person", "helen marsh", "person", true],
    ["«ريم السعدي»،", "person", "ريم السعدي", "person", true],
    // A full name is not its surname.
    ["ريم السعدي", "person", "السعدي", "person", false],
    // Anonymous sources are grouped by description, with or without the article.
    ["مصدر أمني", "anonymous", "المصدر الأمني", "anonymous", true],
    ["a senior official", "anonymous", "the senior official", "anonymous", true],
    ["A senior official", "anonymous", "senior official", "anonymous", true],
    // …but one source is not several, and a description is not a name.
    ["مصدر", "anonymous", "مصادر", "anonymous", false],
    ["مصدر أمني", "anonymous", "مصدر دبلوماسي", "anonymous", false],
    ["Reuters", "organization", "reuters", "anonymous", false],
  ];
  it.each(rows)("%s (%s) vs %s (%s): same = %s", (a, ka, b, kb, same) => {
    expect(speakerKey(a, ka) === speakerKey(b, kb)).toBe(same);
  });
});

describe("summarize", () => {
  it("keeps only quoted speakers, indexes statements to them, and orders statements", () => {
    const s = summarize(B);
    expect(s.speakers.map((x) => x.name)).toEqual(["ريم السعدى", "المصدر الأمني"]);
    expect(s.statements.map((x) => x.speaker)).toEqual([0, 1, 1]);
    expect(s.speakers[1]).toMatchObject({ kind: "anonymous", reason: false, gender: null });
  });

  it("treats a missing gender as not marked", () => {
    expect(summarize(C).speakers[0].gender).toBeNull();
  });

  it("names the article by the file given", () => {
    expect(summarize(A, "file:///x/a.txt").file).toBe("file:///x/a.txt");
  });
});

describe("article rows", () => {
  it("counts one article", () => {
    expect(articleRow(summarize(A))).toEqual({
      file: "a.txt",
      lang: "ar",
      statements: 6,
      direct: 2,
      partial: 1,
      indirect: 3,
      named: 4,
      anonymous: 1,
      unattributed: 1,
      speakers: 4,
      anonymousSources: 1,
      anonymousWithReason: 1,
      anonymousWithoutReason: 0,
      people: 2,
      women: 1,
      men: 1,
      peopleUnmarked: 0,
      byWomen: 2,
      byMen: 1,
      byUnmarked: 0,
    });
  });

  it("counts people by the gender their own article marks", () => {
    const b = articleRow(summarize(B));
    expect([b.people, b.women, b.men, b.peopleUnmarked, b.byUnmarked]).toEqual([1, 0, 0, 1, 1]);
    expect([b.anonymousSources, b.anonymousWithReason, b.anonymousWithoutReason, b.anonymous]).toEqual([1, 0, 1, 2]);
  });
});

describe("the report over several articles", () => {
  const report = computeReport([A, B, C].map((a) => summarize(a)));

  it("merges the same person and groups anonymous sources by description", () => {
    const rows = report.speakers.map((s) => [s.name, s.kind, s.articles, s.statements, s.gender, s.withReason, s.withoutReason]);
    expect(rows).toEqual([
      // One source described alike in two articles: with a reason in one, without in the other.
      // Its label is the most frequent spelling, the longer on a tie.
      ["المصدر الأمني", "anonymous", 2, 3, null, 1, 1],
      // Three statements in two articles; female where marked, never male: female.
      ["ريم السعدي", "person", 2, 3, "female", 0, 0],
      // Ties: by name, in code-unit order.
      ["Helen Marsh", "person", 1, 1, null, 0, 0],
      ["a senior official", "anonymous", 1, 1, null, 1, 0],
      ["فارس النعيمي", "person", 1, 1, "male", 0, 0],
      ["وزارة المالية", "organization", 1, 1, null, 0, 0],
    ]);
    expect(report.speakers.find((s) => s.kind === "person")?.title).toBe("وزيرة المالية");
  });

  it("totals the articles", () => {
    expect(report.totals).toEqual({
      articles: 3,
      statements: 11,
      byKind: { direct: 3, partial: 1, indirect: 7 },
      attribution: { named: 6, anonymous: 4, none: 1 },
      anonymousSources: { withReason: 2, withoutReason: 1 },
      anonymousStatements: { withReason: 2, withoutReason: 2 },
      speakers: 6,
      // People across articles: Reem (female), Fares (male), Helen (not marked).
      people: { female: 1, male: 1, unmarked: 1 },
      // Statements as each article marks its speaker: Reem's statement in b.txt is not marked there.
      peopleStatements: { female: 2, male: 1, unmarked: 2 },
    });
  });

  it("agrees with the sum of its article rows", () => {
    const sum = (k: "statements" | "named" | "anonymous" | "unattributed") => report.articles.reduce((n, r) => n + r[k], 0);
    expect(sum("statements")).toBe(report.totals.statements);
    expect(sum("named") + sum("anonymous") + sum("unattributed")).toBe(report.totals.statements);
  });

  it("a person marked female in one article and male in another is not marked", () => {
    const x = art("x.txt", [{ id: "a", name: "Sam Lee", kind: "person", gender: "female" }], [["direct", "a"]]);
    const y = art("y.txt", [{ id: "a", name: "Sam Lee", kind: "person", gender: "male" }], [["direct", "a"]]);
    const r = computeReport([summarize(x), summarize(y)]);
    expect(r.speakers[0].gender).toBeNull();
    expect(r.totals.people).toEqual({ female: 0, male: 0, unmarked: 1 });
    expect(r.totals.peopleStatements).toEqual({ female: 1, male: 1, unmarked: 0 });
  });

  it("an empty scope is all zeros", () => {
    const r = computeReport([]);
    expect(r.totals.statements).toBe(0);
    expect(r.articles).toEqual([]);
    expect(r.speakers).toEqual([]);
  });
});

describe("the statements behind a number", () => {
  const sums = [A, B, C].map((a) => summarize(a));
  const report = computeReport(sums);
  const count = (f: Parameters<typeof selectStatements>[1]) => selectStatements(sums, f).total;

  it("each total is the number of statements its filter selects", () => {
    expect(count({ kind: "direct" })).toBe(report.totals.byKind.direct);
    expect(count({ kind: "indirect" })).toBe(report.totals.byKind.indirect);
    expect(count({ attribution: "named" })).toBe(report.totals.attribution.named);
    expect(count({ attribution: "none" })).toBe(report.totals.attribution.none);
    expect(count({ reason: "with" })).toBe(report.totals.anonymousStatements.withReason);
    expect(count({ reason: "without" })).toBe(report.totals.anonymousStatements.withoutReason);
    expect(count({ gender: "female" })).toBe(report.totals.peopleStatements.female);
    expect(count({ gender: "unmarked" })).toBe(report.totals.peopleStatements.unmarked);
    for (const s of report.speakers) expect(count({ speaker: s.key })).toBe(s.statements);
    for (const a of report.articles) expect(count({ article: a.file })).toBe(a.statements);
    expect(count({ article: "b.txt", attribution: "anonymous" })).toBe(2);
  });

  it("by merged gender: every statement of a person counted female across articles", () => {
    expect(count({ personGender: "female" })).toBe(3);
    expect(count({ personGender: "unmarked" })).toBe(1);
  });

  it("lists the first items with their offsets and speakers, and counts them all", () => {
    const r = selectStatements(sums, { attribution: "named" }, 2);
    expect(r.total).toBe(6);
    expect(r.items).toEqual([
      { file: "a.txt", kind: "direct", start: 0, end: 8, speaker: "ريم السعدي", speakerKind: "person" },
      { file: "a.txt", kind: "indirect", start: 10, end: 18, speaker: "ريم السعدي", speakerKind: "person" },
    ]);
  });
});

describe("CSV and Markdown", () => {
  it.each([
    ["plain", "plain"],
    ["عربي", "عربي"],
    ["a,b", '"a,b"'],
    ["قال، «نعم»", "قال، «نعم»"],
    ['say "yes"', '"say ""yes"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r", '"cr\r"'],
    [" edge", '" edge"'],
    [3, "3"],
    [null, ""],
  ])("field %j → %j", (v, out) => {
    expect(csvField(v)).toBe(out);
  });

  it("speaker names with commas, quotes and line breaks parse back", () => {
    const odd = art(
      "odd, \"name\".txt",
      [
        { id: "a", name: 'سامي "أبو علي"، الحداد', kind: "person" },
        { id: "b", name: "line\nbreak, inc.", kind: "organization" },
      ],
      [
        ["direct", "a"],
        ["indirect", "b"],
      ],
    );
    const report = computeReport([summarize(odd)]);
    const speakers = parseCsv(speakersCsv(report));
    expect(speakers[0]).toEqual(["name", "kind", "gender", "title", "articles", "statements", "direct", "partial", "indirect", "anonymous_with_reason", "anonymous_without_reason", "key"]);
    expect(speakers.slice(1).map((r) => r[0]).sort()).toEqual(['line\nbreak, inc.', 'سامي "أبو علي"، الحداد'].sort());
    const articles = parseCsv(articlesCsv(report));
    expect(articles[1][0]).toBe('odd, "name".txt');
    expect(articles[1]).toHaveLength(articles[0].length);
  });

  it("the raw analyses: one row per statement, offsets and texts as in the analysis", () => {
    const rows = parseCsv(statementsCsv([A]));
    expect(rows).toHaveLength(1 + A.statements.length);
    const h = rows[0];
    const r = rows[1];
    expect(r[h.indexOf("speaker")]).toBe("ريم السعدي");
    expect(r[h.indexOf("gender")]).toBe("female");
    expect(Number(r[h.indexOf("start")])).toBe(A.statements[0].content.start);
    expect(rows[6][h.indexOf("speaker")]).toBe("");
  });

  const L = Object.fromEntries(
    ["title", "scope", "summary", "articles", "statements", "direct", "partial", "indirect", "named", "anonymous", "unattributed", "anonymousWithReason", "anonymousWithoutReason", "women", "men", "notMarked", "peopleQuoted", "statementsByPeople", "speakers", "name", "kind", "gender", "file", "speaker", "cue", "content", "noSpeaker"].map((k) => [k, `<${k}>`]),
  ) as unknown as MarkdownLabels;

  it("Markdown tables carry the same numbers and escape pipes", () => {
    const pipe = art("p|q.txt", [{ id: "a", name: "A | B", kind: "person" }], [["direct", "a"]]);
    const report = computeReport([summarize(A), summarize(pipe)]);
    const md = reportMarkdown(report, L, "workspace");
    expect(md).toContain("| <statements> | 7 |");
    expect(md).toContain("| <anonymousWithReason> | 1 |");
    expect(md).toContain("A \\| B");
    expect(md).toContain("p\\|q.txt");
    expect(analysesMarkdown([A], L)).toContain("| direct | ريم السعدي |");
  });
});
