// Runs the integration suite (test/vscode/suite) in desktop VS Code through @vscode/test-electron, which
// downloads VS Code (needs its update server; on machines without that route use `npm run test:e2e`,
// which runs the same suite in code-server). ISNAD_VSCODE_EXECUTABLE=/path/to/code uses a local VS Code.
//   npm run test:vscode
import { runTests } from "@vscode/test-electron";
import { rmSync } from "node:fs";
import { copyFixtureWorkspace, repoRoot, suitePath, testEnvironment } from "./fixture.mjs";

const workspace = copyFixtureWorkspace();
let code = 0;
try {
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suitePath,
    vscodeExecutablePath: process.env.ISNAD_VSCODE_EXECUTABLE || undefined,
    extensionTestsEnv: testEnvironment(),
    // Other installed extensions stay out of the way; a fresh profile each run.
    launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes"],
  });
} catch (e) {
  console.error("VS Code integration tests failed:", e instanceof Error ? e.message : e);
  code = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
