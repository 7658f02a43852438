// The rule registry (src/core/rules/index.ts): every rule has an id, a default severity, a
// message in both locales and an explanation; findings speak the locale they are asked for.
import { describe, expect, test } from "vitest";
import { analyze, RULES, RULE_IDS } from "../../../src/core";
import type { Finding, RuleId } from "../../../src/core";

// What each rule's message tells the writer to do, in each locale (sample values of its arguments).
const ADVICE: [RuleId, Record<string, string>, { en: string; ar: string }][] = [
  ["anonymous-no-reason", { who: "x" }, { en: "Say why the source is not named, or name it.", ar: "اذكر سبب عدم تسمية المصدر، أو سمِّه." }],
  ["anonymous-source", { who: "x", phrase: "y" }, { en: "Check that the reason holds and describe the source", ar: "تحقق من وجاهة السبب، وصِف المصدر" }],
  ["anonymous-source", { who: "x" }, { en: "Name one of them if you quote their words.", ar: "سمِّ أحدهم إن نقلت كلامه." }],
  ["unattributed-quote", {}, { en: "Say who said it, or drop the quotation marks.", ar: "اذكر قائله، أو احذف علامتي التنصيص." }],
  ["unbalanced-quote", { mark: "«" }, { en: "Close the quotation where the quoted words end, or remove the mark.", ar: "أغلق الاقتباس حيث ينتهي الكلام المقتبس، أو احذف العلامة." }],
  ["unbalanced-quote", { mark: "»", stray: "yes" }, { en: "Open the quotation where the quoted words begin, or remove the mark.", ar: "افتح الاقتباس حيث يبدأ الكلام المقتبس، أو احذف العلامة." }],
  ["anonymous-lead", { who: "x" }, { en: "Lead with what is on the record, or name the source.", ar: "ابدأ بما هو منسوب علناً، أو سمِّ المصدر." }],
];

// How an explanation names each standard it comes from.
const STANDARD_NAMES = {
  AP: { en: "AP", ar: "أسوشيتد برس" },
  Reuters: { en: "Reuters", ar: "رويترز" },
  BBC: { en: "BBC", ar: "بي بي سي" },
  NYT: { en: "New York Times", ar: "نيويورك تايمز" },
} as const;

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

  test("every rule's message says what to do, in both locales", () => {
    expect(new Set(ADVICE.map(([id]) => id)), "every rule has advice rows").toEqual(new Set(RULE_IDS));
    for (const [id, args, advice] of ADVICE) {
      for (const locale of ["en", "ar"] as const) expect(RULES[id].message[locale](args), `${id} (${locale})`).toContain(advice[locale]);
    }
  });

  test("every rule's explanation names the standards it comes from, in both locales", () => {
    for (const id of RULE_IDS) {
      for (const std of RULES[id].standards) {
        for (const locale of ["en", "ar"] as const) expect(RULES[id].explanation[locale], `${id} names ${std} (${locale})`).toContain(STANDARD_NAMES[std][locale]);
      }
    }
  });
});
