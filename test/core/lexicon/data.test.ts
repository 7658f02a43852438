// The lexicons are data: every row carries its example, and the names a row uses
// (frames, grammar classes) are checked when the lexicon loads.
import { describe, expect, it } from "vitest";
import { Fr, Gr, framesOf, lexicon } from "../../../src/core/lexicon";
import { inList } from "../../../src/core/lexicon/lookup";
import { normPhrase } from "../../../src/core/text/chars";
import { tokenize } from "../../../src/core/text/scanner";

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

// inList: a token is in a word list when it is a word and its key is one of the list's.
describe("inList", () => {
  it.each([["دون", "without", true], ["ودون", "without", false], ["الوزير", "without", false]] as const)("inList(%s, %s) is %s", (w, list, has) => {
    const [t] = tokenize(w, 0, w.length);
    expect(inList(t, lexicon().ar[list])).toBe(has);
  });
  // English lists hold lower-case words; a token is looked up by its lower-cased key.
  it.each([["The", "articles", true], ["the", "articles", true], ["THE", "articles", true], ["Thea", "articles", false]] as const)("inList(%s, en.%s) is %s", (w, list, has) => {
    const [t] = tokenize(w, 0, w.length);
    expect(inList(t, lexicon().en[list])).toBe(has);
  });
});
