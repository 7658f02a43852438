// Robustness on real news text: every article of ../shared/corpus/{ar,en}
// keeps the contract. The corpus is not ours and stays outside the repo, so
// this runs where it is present (dev machines, CI) and says why it is skipped
// elsewhere. The two 7.8 MB files are for `npm run bench`, not for tests.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core";
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
    }
  },
);
