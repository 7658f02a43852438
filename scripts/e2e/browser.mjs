// Shared by the UI suite (test/e2e/ui.mjs) and the code-server test runner (test/vscode/run-code-server.mjs):
// loads playwright-core from the e2e cache (it is not a project dependency), launches Debian's Chromium
// headless with a throwaway profile, and builds code-server workbench URLs.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const cacheDir = process.env.ISNAD_E2E_CACHE || join(repoRoot, ".cache/e2e");

export function loadPlaywright() {
  const require = createRequire(join(cacheDir, "playwright/package.json"));
  try {
    return require("playwright-core");
  } catch (e) {
    throw new Error(`playwright-core is not in ${cacheDir}/playwright: run 'bash scripts/e2e/setup.sh' first (${e.message})`);
  }
}

/** Launch Chromium; returns { context, page, close }. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = loadPlaywright();
  const profile = mkdtempSync(join(tmpdir(), "isnad-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    // Chromium writes crash reports under XDG_CONFIG_HOME: keep them in the throwaway profile.
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** code-server URL opening `folder`, with workbench payload entries ([key, value] pairs). */
export function workbenchUrl(csUrl, folder, payload = []) {
  const all = [["skipWelcome", "true"], ["skipReleaseNotes", "true"], ...payload];
  return `${csUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(all))}`;
}

/** A vscode-remote URI for an absolute path on the code-server host. */
export const remoteUri = (csUrl, path) => `vscode-remote://${new URL(csUrl).host}${path}`;

export function requireEnv(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run through 'npm run test:e2e')`);
  return v;
}
