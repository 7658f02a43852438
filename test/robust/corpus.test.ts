// Robustness on real news text: every article of ../shared/corpus/{ar,en}
// keeps the contract. The corpus is not ours and stays outside the repo, so
// this runs where it is present (dev machines, CI) and says why it is skipped
// elsewhere. The two 7.8 MB files are for `npm run bench`, not for tests.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze, createParagraphCache } from "../../src/core";
import { violations } from "./invariants";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
const present = existsSync(join(CORPUS, "ar")) && existsSync(join(CORPUS, "en"));

// Decode as the CLI does: strict UTF-8, a leading BOM dropped.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

describe.skipIf(!present)(
  present ? "corpus robustness (../shared/corpus)" : `corpus robustness — skipped: ${CORPUS} not found`,
  () => {
    for (const lang of ["ar", "en"] as const) {
      it(`keeps the contract on every article in ${lang}/`, { timeout: 120_000 }, () => {
        const dir = join(CORPUS, lang);
        const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
        expect(files.length).toBeGreaterThan(0);
        const failures: string[] = [];
        let statements = 0;
        for (const f of files) {
          const text = decoder.decode(readFileSync(join(dir, f)));
          let errs: string[];
          try {
            const a = analyze(text, { file: f });
            errs = violations(text, a);
            statements += a.statements.length;
          } catch (e) {
            errs = [`threw ${(e as Error)?.stack ?? String(e)}`];
          }
          if (errs.length) failures.push(`${lang}/${f}:\n    ${errs.slice(0, 5).join("\n    ")}`);
        }
        expect(failures, `${failures.length} of ${files.length} files broke the contract`).toEqual([]);
        // Sanity that the analyser ran at all: news text has reported speech.
        expect(statements).toBeGreaterThan(0);
      });

      // An editor analyses every version of the text as it is typed, with its paragraph cache: each
      // article typed paragraph by paragraph, cut in the middle of the paragraph being typed too; the
      // cached analysis must be the fresh one (a reading that looked at other paragraphs once stayed
      // cached and gave another speaker).
      it(`typing every article in ${lang}/ with the editor's cache gives the fresh analysis`, { timeout: 180_000 }, () => {
        const dir = join(CORPUS, lang);
        const failures: string[] = [];
        for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
          const text = decoder.decode(readFileSync(join(dir, f)));
          const cache = createParagraphCache();
          for (let end = text.indexOf("\n"); end > 0 && failures.length < 5; end = text.indexOf("\n", end + 1)) {
            const prev = text.lastIndexOf("\n", end - 1) + 1;
            const mid = text.indexOf(" ", prev + ((end - prev) >> 1));
            for (const cut of mid > prev && mid < end ? [mid, end] : [end]) {
              const typed = text.slice(0, cut);
              try {
                if (JSON.stringify(analyze(typed, { file: f }, cache)) !== JSON.stringify(analyze(typed, { file: f }))) failures.push(`${lang}/${f} at ${cut}: cached ≠ fresh`);
              } catch (e) {
                failures.push(`${lang}/${f} at ${cut}: threw ${(e as Error)?.message}`);
              }
            }
          }
        }
        expect(failures).toEqual([]);
      });
    }
  },
);
