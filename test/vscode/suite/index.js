// Integration suite entry point, loaded inside the VS Code extension host by @vscode/test-electron
// (test/vscode/run-electron.mjs) or by code-server's test runner (test/vscode/run-code-server.mjs).
// VS Code calls run(); a rejected promise makes the host exit with code 1. A tiny runner (no mocha: it is
// not a project dependency) runs the *.test.js files of this folder in name order, each test sequentially
// because they share one window and one language server.
"use strict";
const fs = require("fs");
const path = require("path");

const TEST_TIMEOUT_MS = Number(process.env.ISNAD_TEST_TIMEOUT_MS || 90000);

const tests = [];
global.test = (name, fn) => tests.push({ name, fn });

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

exports.run = async function run() {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".test.js")).sort();
  for (const f of files) require(path.join(__dirname, f));
  const only = process.env.ISNAD_TEST_GREP ? new RegExp(process.env.ISNAD_TEST_GREP) : null;
  let failed = 0;
  let passed = 0;
  for (const t of tests) {
    if (only && !only.test(t.name)) continue;
    const t0 = Date.now();
    try {
      await withTimeout(Promise.resolve().then(t.fn), TEST_TIMEOUT_MS, t.name);
      passed++;
      console.log(`  ok   - ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.error(`  FAIL - ${t.name}: ${(e && e.stack) || e}`);
    }
  }
  console.log(`isnad suite: ${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) throw new Error(`${failed} test(s) failed, ${passed} passed`);
};
