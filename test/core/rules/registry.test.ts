// The rule registry (src/core/rules/index.ts): every rule has an id, a default severity, a
// message in both locales and an explanation; findings speak the locale they are asked for.
import { describe, expect, test } from "vitest";
import { analyze, RULES, RULE_IDS } from "../../../src/core";
import type { Finding } from "../../../src/core";

describe("rule registry", () => {
  test("messages follow the locale option", () => {
    const text = "وقال مسؤول أمني إن الهجوم أحبط.";
    const ar: Finding[] = analyze(text, { locale: "ar" }).diagnostics;
    const en: Finding[] = analyze(text, { locale: "en" }).diagnostics;
    expect(ar.length).toBeGreaterThan(0);
    expect(ar.map((d) => d.rule)).toEqual(en.map((d) => d.rule));
    for (const d of ar) expect(d.message).toMatch(/[\u0600-\u06FF]/);
    for (const d of en) expect(d.message).toMatch(/[A-Za-z]/);
  });

  test("every rule has its texts in both locales and a default severity", () => {
    expect(RULE_IDS.length).toBeGreaterThan(0);
    for (const id of RULE_IDS) {
      const r = RULES[id];
      expect(r.id).toBe(id);
      expect(["error", "warning", "information", "hint"]).toContain(r.severity);
      for (const locale of ["en", "ar"] as const) {
        expect(r.title[locale].length, `${id} title (${locale})`).toBeGreaterThan(0);
        expect(r.explanation[locale].length, `${id} explanation (${locale})`).toBeGreaterThan(0);
        expect(r.message[locale]({ who: "x", phrase: "y", mark: "«" }).length, `${id} message (${locale})`).toBeGreaterThan(0);
      }
      expect(r.standards.length, `${id} standards`).toBeGreaterThan(0);
    }
  });
});
