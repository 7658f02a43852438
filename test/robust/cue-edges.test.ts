// Every reporting cue of the lexicon at the edges of a text: alone, as the last word
// of a paragraph, right after a subject, before a comma. A user types a cue word
// before its subject or object more often than not, so the parsers must hold when
// the words they look for after it are not there yet (a paragraph «ووصف» alone once
// read past the end of its tokens).
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core";
import { lexicon } from "../../src/core/lexicon";
import { violations } from "./invariants";

/** Every cue as a token starts it (bare, with و or ف), with the rest of a multi-word cue. */
function cuePhrases(): string[] {
  const out = new Set<string>();
  for (const [first, lists] of lexicon().cueWords) {
    for (const e of [...(lists.plain ?? []), ...(lists.clitic ?? [])]) out.add([first, ...e.rest].join(" ") + (e.restPrefix ? "ه" : ""));
  }
  return [...out].sort();
}

function frames(cue: string, ar: boolean): string[] {
  const subject = ar ? "الوزير" : "the minister";
  const comma = ar ? "،" : ",";
  return [cue, `\n\n${cue}`, `${subject} ${cue}`, `${cue} ${subject}`, `${cue}${comma}`, `«${cue}»`, `${cue} "`, `${subject}\n${cue}`];
}

describe("every lexicon cue at the edges of a text", () => {
  const phrases = cuePhrases();

  it("covers the whole lexicon", () => {
    expect(phrases.length).toBeGreaterThan(500);
  });

  it("keeps the contract with nothing, or only a subject, around the cue", { timeout: 120_000 }, () => {
    const failures: string[] = [];
    for (const cue of phrases) {
      const ar = /[\u0600-\u06FF]/.test(cue);
      for (const text of frames(cue, ar)) {
        try {
          const errs = violations(text, analyze(text, { file: "edge.txt" }));
          if (errs.length) failures.push(`${JSON.stringify(text)}: ${errs[0]}`);
        } catch (err) {
          failures.push(`${JSON.stringify(text)}: threw ${(err as Error).message}`);
        }
      }
    }
    expect({ count: failures.length, first: failures.slice(0, 20) }).toEqual({ count: 0, first: [] });
  });
});
