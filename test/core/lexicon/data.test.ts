// The lexicons are data: every row carries its example, and the names a row uses
// (frames, grammar classes) are checked when the lexicon loads.
import { describe, expect, it } from "vitest";
import { Fr, Gr, framesOf, lexicon } from "../../../src/core/lexicon";
import { inList } from "../../../src/core/lexicon/lookup";
import { G_LISTED } from "../../../src/core/perf/hit-table";
import { normPhrase } from "../../../src/core/text/chars";
import { tokenize } from "../../../src/core/text/scanner";
import { WORD } from "../../../src/core/text/token";

describe("lexicon data", () => {
  it("gives every row an example", () => {
    const { rows } = lexicon();
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r.example, `${r.file}: ${r.cells.join(" | ")}`).not.toBe("");
  });

  it.each([
    ["الذي", Gr.relative, true],
    ["الذي", Gr.comp, false],
    ["ان", Gr.comp, true],
  ])("grammar word %s: class %i is %s", (w, cls, has) => {
    expect(lexicon().grammar.get(w)?.has(cls) ?? false).toBe(has);
  });
});

describe("frames", () => {
  it.each([
    [["an", "colon"], Fr.colon, true],
    [["an", "colon"], Fr.quote, false],
    [[" quote ", ""], Fr.quote, true],
    [[], Fr.an, false],
  ])("%j has %i: %s", (names, f, has) => {
    expect(framesOf(names).has(f)).toBe(has);
  });

  it("rejects a frame name no parser knows", () => {
    expect(() => framesOf(["an", "qoute"])).toThrow(/unknown "qoute"/);
  });
});

// What a generated Arabic cue form says of its subject (lexicon/cues.ts Agreement).
describe("cue agreement", () => {
  it.each([
    ["قال", 1], ["قالت", 2], ["قالوا", 0], ["يقول", 1], ["تقول", 2], ["يقولون", 0],
    ["قائلا", 1], ["قائله", 2], ["اضافت", 2], ["تابع قوله", 1], ["بحسب", 0],
  ])("%s agrees with %i", (written, agree) => {
    const form = normPhrase(written);
    const first = form.split(" ")[0];
    const entries = lexicon().cueWords.get(first)?.plain ?? [];
    const e = entries.find((x) => [first, ...x.rest].join(" ") === form);
    expect(e?.agree).toBe(agree);
  });
});

// inList and idiomAt trust the scanner's G_LISTED flag: a list word it failed to flag would
// silently never be found.
describe("listed words are flagged by the scanner", () => {
  const words = (): string[] => {
    const { ar, en, background } = lexicon();
    return [...Object.values(ar).flatMap((l) => [...l]), ...Object.values(en).flatMap((l) => [...l]), ...background.keys()];
  };
  it("flags every list word that is one token", () => {
    const missed: string[] = [];
    let checked = 0;
    for (const w of words()) {
      const toks = tokenize(w, 0, w.length);
      if (toks.length !== 1 || toks[0].kind !== WORD) continue;
      checked++;
      if (!(toks[0].grammarBits & G_LISTED) || !inList(toks[0], new Set([toks[0].norm]))) missed.push(w);
    }
    expect(checked).toBeGreaterThan(500);
    expect(missed).toEqual([]);
  });
  it.each([["دون", "without", true], ["ودون", "without", false], ["الوزير", "without", false]] as const)("inList(%s, %s) is %s", (w, list, has) => {
    const [t] = tokenize(w, 0, w.length);
    expect(inList(t, lexicon().ar[list])).toBe(has);
  });
  // English lists hold lower-case words; the scanner hashes the lower-cased form.
  it.each([["The", "articles", true], ["the", "articles", true], ["THE", "articles", true], ["Thea", "articles", false]] as const)("inList(%s, en.%s) is %s", (w, list, has) => {
    const [t] = tokenize(w, 0, w.length);
    expect(inList(t, lexicon().en[list])).toBe(has);
  });
});
