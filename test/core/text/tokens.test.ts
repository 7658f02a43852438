// Where the tokenizer (src/core/text/scanner.ts) starts and ends words: one row per case,
// [description, text, the words it must find as written].
import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/core/text/scanner";
import { WORD } from "../../../src/core/text/token";

const rows: [string, string, string[]][] = [
  ["letters spelled out and glued by stops are one word", "قناة سي.ان.ان اليوم", ["قناة", "سي.ان.ان", "اليوم"]],
  ["an agency's initials in parentheses are one word", "(د.ب.أ)", ["د.ب.أ"]],
  ["a stop between two long words is no part of either (a missing space)", "الاجتماع.وقال الوزير", ["الاجتماع", "وقال", "الوزير"]],
  ["a sentence's last short word keeps its stop apart", "قال إنه لن يعود. ثم غادر", ["قال", "إنه", "لن", "يعود", "ثم", "غادر"]],
  ["a run of four letters after the stop is a word of its own", "سي.الوزير", ["سي", "الوزير"]],
  ["a tatweel standing apart is a dash, not a word", "وأشار ـ في تصريح له ـ إلى", ["وأشار", "في", "تصريح", "له", "إلى"]],
  ["tatweel inside a word stays in it", "قــال", ["قــال"]],
  ["Latin initials are not joined here (the sentence splitter knows U.S.)", "U.S. officials", ["U", "S", "officials"]],
];

describe("tokenizer words", () => {
  for (const [name, text, words] of rows)
    it(name, () => {
      const got = tokenize(text, 0, text.length).filter((t) => t.kind === WORD).map((t) => text.slice(t.s, t.e));
      expect(got).toEqual(words);
    });
});
