// Both runners give the suite its own copy of the fixture workspace, so the editing test can never
// touch the files in the repository.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const suitePath = join(repoRoot, "test/vscode/suite/index.js");

export function copyFixtureWorkspace() {
  const dir = mkdtempSync(join(process.env.ISNAD_E2E_RUN_DIR || tmpdir(), "isnad-ws-"));
  cpSync(join(repoRoot, "test/e2e/workspace"), dir, { recursive: true });
  return dir;
}

/** ISNAD_TEST_* variables of this process, passed on to the extension host. */
export function testEnvironment() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith("ISNAD_TEST_")));
}
