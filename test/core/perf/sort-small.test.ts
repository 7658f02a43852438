// sortSmall must order exactly as Array.prototype.sort does (stable), below and above
// the length where it switches from insertion to the built-in sort.
import { describe, expect, it } from "vitest";
import { sortSmall } from "../../../src/core/perf/sort-small";

/** A deterministic pseudo-random sequence (xorshift), so a failure reproduces. */
function numbers(seed: number, n: number): number[] {
  let x = seed;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push(Math.abs(x) % 7); // few distinct keys: many ties, so stability shows
  }
  return out;
}

describe("sortSmall", () => {
  it.each([0, 1, 2, 3, 5, 16, 17, 40])("orders %i items with ties as the built-in sort does", (n) => {
    for (let seed = 1; seed <= 20; seed++) {
      const items = numbers(seed * 7919 + n, n).map((key, i) => ({ key, i }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      const expected = items.slice().sort(byKey);
      const got = sortSmall(items, byKey);
      expect(got).toBe(items); // in place
      expect(got.map((x) => x.i)).toEqual(expected.map((x) => x.i));
    }
  });
});
