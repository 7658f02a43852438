// The tokenizer's shortcuts must be invisible: a word's look-up key is always
// normWord of the text it covers, whether it was built fresh, shared with an
// earlier word of the same hash, or the hash collided with a different word.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normWord } from "../../src/core/chars";
import { WORD, internWord, tokenize } from "../../src/core/tokens";

const PIECES = [..."قالأإآةىيؤئءوفبلك", "\u064E", "\u0651", "\u0640", "\u200C", "ﻻ", "ﷲ", ..."aBcDeZ", "'", "’", "3", "٣", ".", " ", "\n", "«", "\"", "،"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((xs) => xs.join(""));

function keysOf(t: string): [string, string][] {
  return tokenize(t, 0, t.length)
    .filter((k) => k.t === WORD)
    .map((k) => [k.n, normWord(t.slice(k.s, k.e))]);
}

describe("word keys", () => {
  it("equal normWord of the token's text, on first sight and when shared", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const [got, want] of keysOf(t)) expect(got).toBe(want);
        // Second pass: every word now comes from the shared table.
        for (const [got, want] of keysOf(t)) expect(got).toBe(want);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["two words on one hash", "قال", "أكد"],
    ["a diacritic-only difference", "قَالَ", "قالت"],
    ["Latin case", "Said", "said"],
  ])("never returns another word's key: %s", (_name, a, b) => {
    const h = 0x5eed;
    expect(internWord(a, 0, a.length, h)).toBe(normWord(a));
    expect(internWord(b, 0, b.length, h)).toBe(normWord(b));
    expect(internWord(a, 0, a.length, h)).toBe(normWord(a));
  });
});
