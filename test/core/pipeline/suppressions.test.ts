// Suppression comments (src/core/text/suppress.ts, pipeline/suppressions.ts): what each
// comment turns off, in plain text and in Markdown, and that offsets stay the text's.
// One row per case: [description, text, markdown, findings that must be there, findings that must not].
// A finding is written "rule@line" (lines from 1).
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core";

// Two anonymous sources without a reason, on lines 1 and 3 (each gets anonymous-no-reason).
const A = "A senior official said the talks had stalled.";
const B = "A diplomat said the ceasefire would hold.";

type Row = [string, string, boolean, string[], string[]];

const rows: Row[] = [
  ["no comment: both findings", `${A}\n\n${B}`, false, ["anonymous-no-reason@1", "anonymous-no-reason@3"], []],
  ["disable-next-line: only the next line", `${A}\n<!-- isnad-disable-next-line anonymous-no-reason -->\n${B}`, false, ["anonymous-no-reason@1"], ["anonymous-no-reason@3"]],
  ["disable-next-line skips blank lines", `<!-- isnad-disable-next-line anonymous-no-reason -->\n\n${A}\n\n${B}`, false, ["anonymous-no-reason@5"], ["anonymous-no-reason@3"]],
  ["disable-next-line names another rule: nothing off for this one", `${A}\n<!-- isnad-disable-next-line vague-source -->\n${B}`, false, ["anonymous-no-reason@3"], []],
  ["disable-line at the end of the line", `${A} <!-- isnad-disable-line anonymous-no-reason -->\n\n${B}`, false, ["anonymous-no-reason@3"], ["anonymous-no-reason@1"]],
  ["disable with no rule: every rule, to the end", `<!-- isnad-disable -->\n${A}\n\n${B}`, false, [], ["anonymous-no-reason@2", "anonymous-no-reason@4", "anonymous-source@2", "anonymous-lead@2"]],
  ["disable … enable: only between", `<!-- isnad-disable anonymous-no-reason -->\n${A}\n<!-- isnad-enable anonymous-no-reason -->\n${B}`, false, ["anonymous-no-reason@4", "anonymous-source@2"], ["anonymous-no-reason@2"]],
  ["enable with no rule turns every rule on again", `<!-- isnad-disable anonymous-no-reason, anonymous-source -->\n${A}\n<!-- isnad-enable -->\n${B}`, false, ["anonymous-no-reason@4", "anonymous-source@4"], ["anonymous-no-reason@2", "anonymous-source@2"]],
  ["two rules, comma or space separated", `<!-- isnad-disable anonymous-no-reason anonymous-source -->\n${A}`, false, ["anonymous-lead@2"], ["anonymous-no-reason@2", "anonymous-source@2"]],
  ["Markdown: the same comment works", `# Talks\n\n<!-- isnad-disable-next-line anonymous-no-reason -->\n${A}\n\n${B}\n`, true, ["anonymous-no-reason@6"], ["anonymous-no-reason@4"]],
  ["Markdown: a comment inside a code block does nothing", "```\n<!-- isnad-disable -->\n```\n\n" + A, true, ["anonymous-no-reason@5"], []],
  ["Markdown: a comment in inline code does nothing", "`<!-- isnad-disable -->`\n\n" + A, true, ["anonymous-no-reason@3"], []],
  ["Markdown: disable-next-line before a table row turns off the whole row, every cell",
    `<!-- isnad-disable-next-line anonymous-no-reason -->\n| Talks | ${A} |\n|---|---|\n| Truce | ${B} |\n`, true, ["anonymous-no-reason@4"], ["anonymous-no-reason@2"]],
  ["Arabic: disable-next-line", "وقال مسؤول أمني إن الهجوم أحبط.\n<!-- isnad-disable-next-line anonymous-no-reason -->\nوقال دبلوماسي غربي إن المحادثات تعثرت.", false, ["anonymous-no-reason@1"], ["anonymous-no-reason@3"]],
  ["not a directive: isnad-disabled is another word", `<!-- isnad-disabled -->\n${A}`, false, ["anonymous-no-reason@2"], []],
];

const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

function found(text: string, markdown: boolean): string[] {
  return analyze(text, { markdown }).diagnostics.map((d) => `${d.rule}@${lineOf(text, d.range.start)}`);
}

describe("suppression comments", () => {
  for (const [name, text, markdown, present, absent] of rows) {
    it(name, () => {
      const got = found(text, markdown);
      for (const p of present) expect(got, `${p} expected`).toContain(p);
      for (const a of absent) expect(got, `${a} not expected`).not.toContain(a);
    });
  }

  it("the comment is never analysed, and offsets stay those of the text", () => {
    const text = `<!-- isnad-disable-line vague-source --> ${A}`;
    const a = analyze(text);
    expect(a.statements.length).toBe(1);
    const st = a.statements[0];
    expect(st.source?.text).toBe("A senior official");
    expect(text.slice(st.source!.start, st.source!.end)).toBe("A senior official");
    // Nothing in the comment is a speaker or a statement.
    expect(a.statements.every((s) => s.content.start > text.indexOf("-->"))).toBe(true);
  });

  it("an unknown rule id gets an information finding on the id", () => {
    const text = `<!-- isnad-disable-next-line anonymous-no-reason, no-such-rule -->\n${A}`;
    const a = analyze(text);
    const f = a.diagnostics.find((d) => d.rule === "isnad-comment");
    expect(f?.severity).toBe("information");
    expect(f?.range.text).toBe("no-such-rule");
    expect(text.slice(f!.range.start, f!.range.end)).toBe("no-such-rule");
    expect(f?.message).toContain('"no-such-rule"');
    // The known rule of the same comment still applies.
    expect(a.diagnostics.some((d) => d.rule === "anonymous-no-reason")).toBe(false);
    expect(analyze(text, { locale: "ar" }).diagnostics.find((d) => d.rule === "isnad-comment")?.message).toContain("لا توجد قاعدة");
  });

  it("a paragraph cache gives the same findings as a fresh analysis when a comment is added", async () => {
    const { createParagraphCache } = await import("../../../src/core");
    const cache = createParagraphCache();
    const before = `${A}\n\n${B}`;
    const after = `${A}\n<!-- isnad-disable-next-line anonymous-no-reason -->\n${B}`;
    analyze(before, {}, cache);
    expect(analyze(after, {}, cache).diagnostics).toEqual(analyze(after).diagnostics);
  });
});
