// Whole-article tests on the fictional samples in samples/: a compact,
// readable projection of each analysis is snapshotted (regenerate with
// `npx vitest run -u` after an intended change and review the diff), and
// contract invariants are checked for every span.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { analyze } from "../../../src/core";
import type { Analysis, AnalyzeOptions, Span, Statement } from "../../../src/core";
import { check, checkSpans } from "../expect";

const samplesDir = fileURLToPath(new URL("../../../samples/", import.meta.url));
const SAMPLES: { file: string; opts: AnalyzeOptions }[] = [
  { file: "ar-intel-meeting.txt", opts: {} },
  { file: "en-budget-talks.txt", opts: {} },
  { file: "mixed-briefing.md", opts: { markdown: true } },
];

const read = (file: string): string => readFileSync(samplesDir + file, "utf8");

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();
const firstWords = (s: string, n = 6): string => {
  const words = oneLine(s).split(" ");
  return words.slice(0, n).join(" ") + (words.length > n ? " …" : "");
};
const spanText = (s: Span | null): string => (s === null ? "∅" : oneLine(s.text));

function firstPos(st: Statement): number {
  return Math.min(...[st.cue, st.source, st.content, ...st.quotes].filter((s): s is Span => s !== null).map((s) => s.start));
}

/** One line per statement, speaker and finding, in text order. */
export function project(a: Analysis): string {
  const name = (id: string | null): string => (id === null ? "∅" : (a.speakers.find((s) => s.id === id)?.name ?? `?${id}`));
  const lines: string[] = [`lang: ${a.lang}`, "", "statements (kind | cue | source | speaker | content):"];
  for (const st of [...a.statements].sort((x, y) => firstPos(x) - firstPos(y))) {
    lines.push(`  ${st.kind} | ${spanText(st.cue)} | ${spanText(st.source)} | ${name(st.speaker)} | ${firstWords(st.content.text)}`);
  }
  lines.push("", "speakers (name | kind | gender | mentions | anonymity):");
  const first = (id: string): number => {
    const pos = a.statements.filter((s) => s.speaker === id).map(firstPos);
    const sp = a.speakers.find((s) => s.id === id)!;
    return Math.min(...pos, ...sp.mentions.map((m) => m.start), Number.MAX_SAFE_INTEGER);
  };
  for (const sp of [...a.speakers].sort((x, y) => first(x.id) - first(y.id))) {
    const mentions = sp.mentions.map((m) => oneLine(m.text)).join(" / ") || "∅";
    const anon = sp.anonymity.map((m) => oneLine(m.text)).join(" / ") || "∅";
    lines.push(`  ${sp.name} | ${sp.kind} | ${sp.gender ?? "∅"} | ${mentions} | ${anon}`);
  }
  lines.push("", "anonymity:");
  for (const s of [...a.anonymity].sort((x, y) => x.start - y.start)) lines.push(`  ${oneLine(s.text)}`);
  lines.push("", "findings (rule | range):");
  for (const d of [...a.diagnostics].sort((x, y) => x.range.start - y.range.start || x.rule.localeCompare(y.rule))) {
    lines.push(`  ${d.rule} | ${firstWords(d.range.text)}`);
  }
  return lines.join("\n") + "\n";
}

/** Front matter, fenced code blocks and inline code: Markdown that is not prose. */
function markdownNonProse(text: string): [number, number][] {
  const out: [number, number][] = [];
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  if (fm) out.push([0, fm[0].length]);
  for (const m of text.matchAll(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm)) out.push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(/`[^`\n]+`/g)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

describe.each(SAMPLES)("sample $file", ({ file, opts }) => {
  const text = read(file);

  test("every span is inside the text and equals its slice", () => {
    const a: Analysis = analyze(text, { ...opts, file });
    checkSpans(text, a);
  });

  test("file name is reported", () => {
    expect(analyze(text, { ...opts, file }).file).toBe(file);
  });

  test("analysis is deterministic", () => {
    expect(analyze(text, { ...opts, file })).toEqual(analyze(text, { ...opts, file }));
  });

  test("statements are found", () => {
    expect(analyze(text, { ...opts, file }).statements.length).toBeGreaterThan(3);
  });

  test("projection matches the snapshot", async () => {
    await expect(project(analyze(text, { ...opts, file }))).toMatchFileSnapshot(`__snapshots__/${file}.snap.txt`);
  });
});

describe("sample specifics", () => {
  test("ar-intel-meeting: language, anonymity phrases and the three-mention official", () => {
    const text = read("ar-intel-meeting.txt");
    const a = check(text, {
      lang: "ar",
      anonymity: ["تحدث شريطة عدم نشر اسمه", "لأنه غير مخول بالحديث لوسائل الإعلام"],
    });
    const official = a.speakers.find((s) => s.mentions.some((m) => m.text === "مسؤول دبلوماسي غربي"));
    expect(official?.kind).toBe("anonymous");
    expect(official?.mentions.map((m) => m.text)).toEqual(["مسؤول دبلوماسي غربي", "المسؤول الغربي", "المسؤول"]);
    // Names of an operation, a newspaper, a channel and a scare-quoted term are not speech.
    const quoted = a.statements.flatMap((s) => s.quotes.map((q) => q.text));
    for (const notSpeech of ["عاصفة الشمال", "الشرق الأوسط", "المملكة", "طريق الكبتاغون", "مرصد الحدود"]) {
      expect(quoted).not.toContain(notSpeech);
    }
  });

  // Known gap: the multi-paragraph quote is not yet one statement.
  // The budget director's statement: a colon ending the paragraph, then a quotation over two paragraphs.
  test("en-budget-talks: language, anonymity and the multi-paragraph quote", () => {
    const text = read("en-budget-talks.txt");
    const a = check(text, {
      lang: "en",
      anonymity: [["on condition of anonymity", "spoke on condition of anonymity"], "because they were not authorized to discuss the negotiations", ["declined to be named", "who declined to be named"]],
      noFindings: ["unbalanced-quote"],
    });
    const quoted = a.statements.flatMap((s) => s.quotes.map((q) => q.text));
    expect(quoted).not.toContain("Across the Aisle");
    expect(quoted).not.toContain("final");
    expect(quoted.some((q) => q.startsWith("We remain ready"))).toBe(true);
  });

  test("mixed-briefing.md: mixed language, nothing from front matter or code", () => {
    const text = read("mixed-briefing.md");
    const a = check(text, { lang: "mixed" }, { markdown: true });
    const blocked = markdownNonProse(text);
    expect(blocked.length).toBe(3);
    const inside = (s: Span): boolean => blocked.some(([b, e]) => s.start < e && s.end > b);
    for (const st of a.statements) {
      for (const s of [st.cue, st.source, st.content, ...st.quotes]) {
        if (s) expect(inside(s), `statement span "${s.text}" in non-prose Markdown`).toBe(false);
      }
    }
    for (const d of a.diagnostics) expect(inside(d.range), `finding ${d.rule} in non-prose Markdown`).toBe(false);
  });
});
