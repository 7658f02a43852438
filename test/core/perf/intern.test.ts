// The tokenizer's shortcuts must be invisible: a word's look-up key is always
// normWord of the text it covers, whether it was built fresh, shared with an
// earlier word of the same hash, or the hash collided with a different word.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normWord } from "../../../src/core/text/chars";
import { WordMemo, internTable, internWord } from "../../../src/core/perf/intern";
import { WORD } from "../../../src/core/text/token";
import { tokenize } from "../../../src/core/text/scanner";

const PIECES = [..."قالأإآةىيؤئءوفبلك", "\u064E", "\u0651", "\u0640", "\u200C", "ﻻ", "ﷲ", ..."aBcDeZ", "'", "’", "3", "٣", ".", " ", "\n", "«", "\"", "،"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((xs) => xs.join(""));

function keysOf(t: string): [string, string][] {
  return tokenize(t, 0, t.length)
    .filter((k) => k.kind === WORD)
    .map((k) => [k.norm, normWord(t.slice(k.s, k.e))]);
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

  // Two different words that land on one cache slot, found by search: each must still get its own key.
  it("never returns another word's key when two words share a slot", () => {
    const [a, b] = slotPair();
    for (const w of [a, b, a, b]) expect(internWord(w, 0, w.length)).toBe(normWord(w));
  });

  // A memo answers by the token's cache slot: when another word takes the slot, the
  // first word's token must not read the newcomer's answer, nor the newcomer the old one.
  it("keeps per-word memo answers apart when two words share a slot", () => {
    const [a, b] = slotPair();
    const memo = new WordMemo<string>((n) => `answer for ${n}`);
    const first = tokenize(a, 0, a.length)[0];
    expect(memo.get(first)).toBe(`answer for ${normWord(a)}`);
    const second = tokenize(b, 0, b.length)[0]; // evicts a's word from the shared slot
    expect(second.norm).toBe(normWord(b));
    expect(memo.get(second)).toBe(`answer for ${normWord(b)}`);
    expect(memo.get(first)).toBe(`answer for ${normWord(a)}`);
    const again = tokenize(a, 0, a.length)[0]; // a takes the slot back
    expect(memo.get(again)).toBe(`answer for ${normWord(a)}`);
    expect(memo.get(second)).toBe(`answer for ${normWord(b)}`);
  });

  it("gives spellings that normalise alike the same key", () => {
    const plain = "قال";
    const marked = "قَالَ";
    const k1 = internWord(plain, 0, plain.length);
    const k2 = internWord(marked, 0, marked.length);
    expect(k2).toBe(normWord(marked));
    expect(k1).toBe(k2);
  });
});

/** Two words with different keys that land on one cache slot, found by search. */
function slotPair(): [string, string] {
  const bySlot = new Map<number, string>();
  for (let i = 0; i < 50_000; i++) {
    const w = "قال" + i.toString(36).replace(/[0-9]/g, (d) => "ابتثجحخدذر"[Number(d)]);
    const slot = internTable.slotOf(w, 0, w.length);
    const other = bySlot.get(slot);
    if (other !== undefined && normWord(other) !== normWord(w)) return [other, w];
    bySlot.set(slot, w);
  }
  throw new Error("no two words share a slot");
}
