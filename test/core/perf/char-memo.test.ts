// The character tables are built by runs and ranges (a speed trick for a fresh process's
// start); they must say exactly what the per-code-unit rules say, for every code unit.
import { describe, expect, it } from "vitest";
import { codeUnitClass } from "../../../src/core/perf/char-memo";
import { charEntry, charTables } from "../../../src/core/text/chars";

describe("codeUnitClass", () => {
  it.each([["\\p{L}\\p{M}"], ["\\p{Changes_When_Lowercased}"], ["\\p{Nd}"], ["\\p{Zs}"]])("[%s] answers as the regex does for every code unit", (cls) => {
    const has = codeUnitClass(cls);
    const re = new RegExp(`[${cls}]`, "u");
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (has(c) !== (c < 0xd800 || c > 0xdfff ? re.test(String.fromCharCode(c)) : false)) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it("gives its runs in order, each a maximal run of members", () => {
    const has = codeUnitClass("\\p{Nd}");
    const runs: [number, number][] = [];
    has.runs((s, e) => runs.push([s, e]));
    expect(runs[0]).toEqual([0x30, 0x3a]);
    expect(runs).toContainEqual([0x0660, 0x066a]);
    for (const [s, e] of runs) {
      expect(has(s - 1)).toBe(false);
      expect(has(e)).toBe(false);
      for (let c = s; c < e; c++) expect(has(c)).toBe(true);
    }
    let members = 0;
    for (let c = 0; c < 0x10000; c++) if (has(c)) members++;
    expect(runs.reduce((n, [s, e]) => n + e - s, 0)).toBe(members);
  });
});

describe("charTables", () => {
  it("hold charEntry of every code unit", () => {
    const { cls, norm, both } = charTables();
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const entry = charEntry(c);
      if (both[c] !== entry || cls[c] !== (entry & 0xff) || norm[c] !== entry >>> 8) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ["Latin capital", "A", "a"],
    ["Greek capital", "Σ", "σ"],
    ["Cyrillic capital", "Ж", "ж"],
    ["Arabic alef with hamza", "أ", "ا"],
    ["Arabic-Indic digit", "٣", "3"],
    ["CJK ideograph (no case)", "中", "中"],
    ["Devanagari letter", "क", "क"],
  ])("%s: key %s → %s", (_name, ch, key) => {
    expect(String.fromCharCode(charTables().norm[ch.charCodeAt(0)])).toBe(key);
  });
});
