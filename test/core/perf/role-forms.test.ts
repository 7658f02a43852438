// The role-word finder speakers/en-role.ts scans with (src/core/perf/role-forms.ts) must find what a
// word-by-word reading finds: every whole word that is the role or a title form of it, in any case,
// and nothing inside a longer word. One row per case: [description, window, role, words found].
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core";
import { roleWordsIn } from "../../../src/core/perf/role-forms";

const rows: [string, string, string, string[]][] = [
  ["the role word itself, in any case", "The Governor met the governor's aide and the governor.", "governor", ["Governor", "governor"]],
  ["a title's short form (Gov.)", "Former Texas Gov. Ana Ruiz endorsed the plan.", "governor", ["Gov"]],
  ["not inside a longer word or a plural", "The governorship and three governors said nothing.", "governor", []],
  ["a noun the lexicon lacks is found as written", "Tom Vale, a lawyer from Leeds, and the Lawyer.", "lawyer", ["lawyer", "Lawyer"]],
  ["no role word at all", "The minister spoke on Monday.", "governor", []],
];

describe("role words in a window", () => {
  analyze("x", {}); // the lexicon in effect
  for (const [what, win, lemma, want] of rows) {
    it(what, () => {
      expect(roleWordsIn(win, lemma).map(([i, j]) => win.slice(i, j))).toEqual(want);
    });
  }
});
