// Property tests: whatever text arrives (half-typed quotes, bidi controls,
// emoji, stray harakat), `analyze` returns a valid Analysis. The big explicit
// cases guard against quadratic behaviour: they would blow the timeout.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze } from "../../src/core";
import { assertValid } from "./invariants";

const ARABIC_LETTERS = [..."ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"];
const HARAKAT = [..."\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670"];
const TATWEEL = "\u0640";
const LATIN = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"];
const DIGITS = [..."0123456789٠١٢٣٤٥٦٧٨٩"];
const QUOTES = ['"', "“", "”", "«", "»", "„", "‹", "›", "‘", "’", "'"];
const PUNCT = ["،", "؛", "؟", ".", ",", ":", "!"];
const SPACES = [" ", " ", "\u00A0", "\t"];
const NEWLINES = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r"];
const BIDI = ["\u200E", "\u200F", "\u2066", "\u2067", "\u2068", "\u2069"];
const EMOJI = ["😀", "👍🏽", "🇸🇦", "👨‍👩‍👧", "𝐀", "𠜎"];
const WORDS = [
  "قال", "وقال", "قالت", "إن", "أن", "مصدر", "مصادر", "مسؤول", "الوزير", "المتحدث باسم الوزارة",
  "وأضاف", "قائلاً", "بحسب", "وفقاً لـ", "نقلاً عن", "شريطة عدم نشر اسمه", "طلب عدم ذكر اسمه",
  "مطلع", "دبلوماسي غربي", "شهود عيان",
  "said", "says", "told Reuters", "according to", "added", "officials said", "a source",
  "on condition of anonymity", "who declined to be named", "the minister", "Smith", "she", "he",
];
// Markdown structure the analyser must skip in markdown mode.
const MARKDOWN = ["```", "```\n", "`", "---\n", "# ", "> ", "* ", "[link](http://x.test)", "    ", "~~~\n"];

// A failure prints its seed; FUZZ_SEED=<seed> replays it, FUZZ_RUNS=<n> multiplies the run counts.
// (the seed itself is set in test/fast-check-seed.ts)
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 1);

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

const token = fc.oneof(
  { arbitrary: pick(ARABIC_LETTERS), weight: 20 },
  { arbitrary: pick(HARAKAT), weight: 4 },
  { arbitrary: fc.constant(TATWEEL), weight: 1 },
  { arbitrary: pick(LATIN), weight: 12 },
  { arbitrary: pick(DIGITS), weight: 2 },
  { arbitrary: pick(QUOTES), weight: 8 },
  { arbitrary: pick(PUNCT), weight: 6 },
  { arbitrary: pick(SPACES), weight: 12 },
  { arbitrary: pick(NEWLINES), weight: 3 },
  { arbitrary: pick(BIDI), weight: 2 },
  { arbitrary: pick(EMOJI), weight: 2 },
  { arbitrary: pick(WORDS), weight: 14 },
);

const newsish = fc.array(token, { maxLength: 300 }).map((ts) => ts.join(""));
const markdownish = fc
  .array(fc.oneof({ arbitrary: token, weight: 5 }, { arbitrary: pick(MARKDOWN), weight: 1 }), { maxLength: 300 })
  .map((ts) => ts.join(""));

function check(text: string, markdown = false): void {
  assertValid(text, analyze(text, { file: "fuzz.txt", markdown }), "analyze");
}

describe("analyze on arbitrary text", () => {
  it("keeps the contract on news-like token soup", () => {
    fc.assert(
      fc.property(newsish, (text) => check(text)),
      { numRuns: 400 * RUNS },
    );
  });

  it("keeps the contract in markdown mode", () => {
    fc.assert(
      fc.property(markdownish, (text) => check(text, true)),
      { numRuns: 200 * RUNS },
    );
  });

  it("keeps the contract on any Unicode, astral planes included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => check(text)),
      { numRuns: 200 * RUNS },
    );
  });

  it("keeps the contract when statements are glued to arbitrary text", () => {
    // Real sentences next to junk: spans must stay right where the junk shifts them.
    const sentence = pick([
      "وقال الوزير إن الاتفاق قريب.",
      "«الاتفاق قريب»، قال الوزير.",
      "وقال مصدر مطلع، طلب عدم نشر اسمه، إن المحادثات متعثرة.",
      '"We are close," the minister said.',
      "Officials said the talks had stalled, according to a source who spoke on condition of anonymity.",
    ]);
    fc.assert(
      fc.property(newsish, sentence, newsish, (a, s, b) => check(a + s + b)),
      { numRuns: 200 * RUNS },
    );
  });

  it("produces the same analysis twice (no hidden state between calls)", () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const first = JSON.stringify(analyze(text, { file: "a.txt" }));
        analyze(`"${text}` + "«قال", { file: "b.txt" });
        expect(JSON.stringify(analyze(text, { file: "a.txt" }))).toBe(first);
      }),
      { numRuns: 100 * RUNS },
    );
  });
});

describe("analyze on edge cases", () => {
  it.each([
    ["empty", ""],
    ["a space", " "],
    ["whitespace only", " \t\n\r\n\u00A0\u2028\u2029 \n\n"],
    ["bidi controls only", BIDI.join("").repeat(10)],
    ["one quote mark", "«"],
    ["every quote mark", QUOTES.join("")],
    ["a lone high surrogate", "قال \uD83D"],
    ["a lone low surrogate", "\uDE00 said"],
    ["harakat without letters", HARAKAT.join("")],
    ["a BOM inside the text", "وقال\uFEFF الوزير إن الاتفاق قريب."],
  ])("%s", (_name, text) => {
    check(text);
    check(text, true);
  });

  it("reports the file name it is given and nothing for empty text", () => {
    const a = analyze("", { file: "empty.txt" });
    assertValid("", a);
    expect(a.file).toBe("empty.txt");
    expect(a.statements).toEqual([]);
    expect(a.speakers).toEqual([]);
  });

  it("handles a 1 MB single line of words and quotes", { timeout: 60_000 }, () => {
    const parts = [
      "وقال الوزير إن الاتفاق قريب،",
      "«الاتفاق قريب» قال المتحدث،",
      '"We are close," the minister said,',
      "according to officials",
      "مصدر مطلع",
      "“",
      "»",
      "😀",
      "and",
    ];
    let text = "";
    for (let i = 0; text.length < 1_000_000; i++) text += `${parts[(i * 7) % parts.length]} `;
    expect(text).not.toMatch(/[\r\n]/);
    check(text);
  });

  it.each([
    ["ASCII double quotes", '"'],
    ["opening guillemets", "«"],
    ["closing guillemets", "»"],
    ["curly openers", "“"],
    ["apostrophes", "'"],
  ])("handles 100k unbalanced %s", { timeout: 60_000 }, (_name, mark) => {
    check(mark.repeat(100_000));
    // Marks separated by words: each one may start a quote no one closes.
    check(`${mark}وقال الوزير إن `.repeat(20_000));
    check(`${mark}the minister said `.repeat(20_000));
  });

  it("handles 100k mixed unbalanced quote marks", { timeout: 60_000 }, () => {
    let text = "";
    for (let i = 0; i < 100_000; i++) text += QUOTES[(i * 5) % QUOTES.length] + (i % 3 === 0 ? " قال " : "");
    check(text);
  });

  it("handles deeply nested quotes", { timeout: 60_000 }, () => {
    const depth = 5_000;
    const pairs: Array<[string, string]> = [["«", "»"], ["“", "”"], ["‹", "›"], ["‘", "’"], ['"', '"']];
    let open = "";
    let close = "";
    for (let i = 0; i < depth; i++) {
      const [o, c] = pairs[i % pairs.length];
      open += `${o}قال `;
      close = ` said${c}${close}`;
    }
    check(`${open}الاتفاق قريب${close}، قال الوزير.`);
    check(`${"«".repeat(depth)}الاتفاق قريب${"»".repeat(depth)}، قال الوزير.`);
  });
});
