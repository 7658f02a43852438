// Runs the integration suite (test/vscode/suite) inside code-server, the way @vscode/test-electron runs it in
// desktop VS Code: the workbench URL payload carries extensionDevelopmentPath (the repository) and
// extensionTestsPath (the suite); code-server must run with `--vscode-option enable-smoke-test-driver`.
// The suite runs in the (Node) extension host; when run() settles, the workbench calls
// window.codeAutomationExit(code), which this script exposes, and we exit with that code.
//   CS_URL=http://127.0.0.1:PORT node test/vscode/run-code-server.mjs   (scripts/e2e.sh sets CS_URL)
// Env: ISNAD_TEST_* are passed to the extension host (e.g. ISNAD_TEST_GREP=hover, ISNAD_TEST_DELIBERATE_FAIL=1);
//      ISNAD_E2E_EXTENSION_DIR (default: the repository), ISNAD_TEST_RUN_TIMEOUT_MS (default 600000), VERBOSE=1.
import { rmSync } from "node:fs";
import { launchBrowser, remoteUri, requireEnv, workbenchUrl } from "../../scripts/e2e/browser.mjs";
import { copyFixtureWorkspace, repoRoot, suitePath, testEnvironment } from "./fixture.mjs";

const csUrl = requireEnv("CS_URL");
const runTimeout = Number(process.env.ISNAD_TEST_RUN_TIMEOUT_MS || 600000);
const extensionDir = process.env.ISNAD_E2E_EXTENSION_DIR || repoRoot;
const workspace = copyFixtureWorkspace();
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

const { page, close } = await launchBrowser();
let finish;
const exited = new Promise((r) => (finish = r));
// The workbench forwards log lines here; show the extension host's console (the suite's report).
await page.exposeFunction("codeAutomationLog", (type, args) => {
  const line = (args || []).map(String).join(" ");
  if (process.env.VERBOSE || /\[Extension Host\]|^\s*(ok |FAIL|isnad suite)/.test(line)) console.log(`[${type}] ${line}`);
});
await page.exposeFunction("codeAutomationExit", (code) => finish({ code }));
page.on("pageerror", (e) => log("page error:", String(e).slice(0, 300)));
if (process.env.VERBOSE) page.on("console", (m) => console.log("[console]", m.text()));

const payload = [
  ["extensionDevelopmentPath", remoteUri(csUrl, extensionDir)],
  ["extensionTestsPath", remoteUri(csUrl, suitePath.replace(/\.js$/, ""))],
  ["extensionEnvironment", JSON.stringify(testEnvironment())],
];
log("opening", workspace, "with the suite", suitePath);
let timer;
const timedOut = new Promise((r) => (timer = setTimeout(() => r({ code: 124, timeout: true }), runTimeout)));
await page.goto(workbenchUrl(csUrl, workspace, payload));
const result = await Promise.race([exited, timedOut]);
clearTimeout(timer);
log(`suite finished: exit code ${result.code}${result.timeout ? " (timed out)" : ""}`);
await close();
rmSync(workspace, { recursive: true, force: true });
process.exit(result.code);
