// The paragraph cache an editor passes to analyze() must never change the result:
// after any sequence of edits, a cached analysis equals a fresh one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, createParagraphCache } from "../../../src/core";

const samples = ["ar-intel-meeting.txt", "en-budget-talks.txt", "mixed-briefing.md"].map((f) => readFileSync(join(__dirname, "../../../samples", f), "utf8"));

// Edits an editor makes: type a character, delete a range, paste a quote or a paragraph, duplicate a paragraph.
const snippets = ["ق", "a", "\"", "«", "»", " ", "\n", "،", ".", "وقال مصدر إن ", "\"We are ready,\" she said. ", "شريطة عدم نشر اسمه"];
const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), ins: fc.constantFrom(...snippets), dup: fc.boolean() });

function apply(text: string, e: { at: number; del: number; ins: string; dup: boolean }): string {
  const at = e.at % (text.length + 1);
  if (e.dup) {
    const s = text.lastIndexOf("\n", at - 1) + 1;
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    return text.slice(0, end) + "\n" + text.slice(s, end) + text.slice(end);
  }
  return text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
}

describe("paragraph cache", () => {
  // ونعمان يتوعد: the و is a clitic when the story writes نعمان without it — a later paragraph may,
  // so that headline's reading depends on more than its own text.
  it("reads again a paragraph whose reading looked at the story around it", () => {
    const headline = "مقتل ثلاثة في اشتباك قرب الحدود.. ونعمان يتوعد: سنرد في الوقت المناسب\n\n";
    const body = "وقال وزير الدفاع سليم نعمان في بيان إن الجيش في حالة تأهب.\n";
    const cache = createParagraphCache();
    const typed = analyze(headline, {}, cache);
    expect(typed.speakers.map((s) => s.name)).toEqual(["ونعمان"]);
    const full = analyze(headline + body, {}, cache);
    expect(full).toEqual(analyze(headline + body));
    expect(full.speakers.map((s) => s.name)).toEqual(["سليم نعمان"]);
  });

  it.each(samples.map((t, i) => [i, t]))("sample %i: cached analyses equal fresh ones through random edits", (_i, start) => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const cache = createParagraphCache();
        let text = start as string;
        expect(analyze(text, {}, cache)).toEqual(analyze(text));
        for (const e of edits) {
          text = apply(text, e);
          expect(analyze(text, {}, cache)).toEqual(analyze(text));
        }
        // The cache holds the paragraphs of the last text only.
        expect(cache.map.size).toBeLessThanOrEqual(text.split("\n").length);
      }),
      { numRuns: 30 },
    );
  });
});
