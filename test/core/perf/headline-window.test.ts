// Whether a headline follows a blank sentence is asked for every ". . ." in a text; it must read a
// bounded window after the offset, never the rest of a text that has no line break.
import { describe, expect, it } from "vitest";
import { headlineAfter } from "../../../src/core/speakers/ar-topic";

/** A stand-in for the text that records the furthest offset the function reads. */
function watched(text: string): { doc: string; furthest: () => number } {
  let far = 0;
  const see = (i: number): void => void (far = Math.max(far, i));
  const doc = new Proxy(new String(text), {
    get(_t, key) {
      if (key === "length") return text.length;
      if (typeof key === "string" && /^\d+$/.test(key)) return see(+key), text[+key];
      if (key === "charCodeAt") return (i: number) => (see(i), text.charCodeAt(i));
      if (key === "indexOf") return (c: string, from = 0) => { const r = text.indexOf(c, from); see(r < 0 ? text.length : r); return r; };
      if (key === "slice") return (a: number, b = text.length) => (see(b), text.slice(a, b));
      const v = Reflect.get(String.prototype, key) as unknown;
      return typeof v === "function" ? (...args: unknown[]) => (see(text.length), (v as (...a: unknown[]) => unknown).apply(text, args)) : v;
    },
  }) as unknown as string;
  return { doc, furthest: () => far };
}

describe("headlineAfter", () => {
  it("reads a bounded window of a text with no line break", () => {
    const text = "وقال الوزير إن الخطة جاهزة . . . وأضاف أن التمويل متوفر . . . ".repeat(2000);
    const at = text.indexOf(". . .") + 1;
    const { doc, furthest } = watched(text);
    headlineAfter(doc, at);
    expect(furthest() - at).toBeLessThan(200);
  });

  it.each([
    ["a short line with no end mark", "\n\nحزمة تمويل جديدة لليونان\nأعلن الصندوق", true],
    ["a short line ending in a full stop", "\n\nأعلن الصندوق أمس خطته.\nوقال", false],
    ["a full stop inside closing marks", "\nقال إنه «سيعود.»\n", false],
    ["a line longer than a headline", "\n" + "كلمة ".repeat(40) + "\n", false],
    ["a short last line at the text's end", "\nعنوان قصير", true],
  ])("%s", (_name, text, want) => {
    expect(headlineAfter(text, 0)).toBe(want);
  });
});
