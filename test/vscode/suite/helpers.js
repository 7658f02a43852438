// Helpers for the integration suite: polling (never fixed sleeps), fixture access, text normalisation.
"use strict";
const vscode = require("vscode");

/** Poll fn until it returns a truthy value; throw with the last value seen after the timeout. */
/** `describe` (optional) reports the state at a timeout, for a useful failure message. */
async function waitFor(fn, { timeout = 45000, interval = 150, message = "condition", describe } = {}) {
  const end = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > end) {
      const seen = lastError ? String(lastError) : JSON.stringify(last);
      const state = typeof describe === "function" ? `; now: ${await describe()}` : "";
      throw new Error(`timed out waiting for ${message} (last: ${seen && seen.slice(0, 500)})${state}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

// Names in messages, hovers and tree labels are wrapped in Unicode isolates (U+2068 … U+2069); drop them
// (and other bidi controls) so assertions compare the words themselves.
const plain = (s) => String(s).replace(/[\u2066-\u2069\u200e\u200f\u202a-\u202e]/g, "");

function fixtureUri(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error("the suite needs the fixture workspace open as a folder");
  return vscode.Uri.joinPath(folder.uri, name);
}

async function openFixture(name) {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Position of the middle of the first occurrence of `needle` in the document. */
function positionOf(doc, needle) {
  const i = doc.getText().indexOf(needle);
  if (i < 0) throw new Error(`fixture text not found: ${needle}`);
  return doc.positionAt(i + Math.floor(needle.length / 2));
}

function hoverText(hovers) {
  return plain(
    (hovers || [])
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === "string" ? c : c.value))
      .join("\n"),
  );
}

async function hoverAt(doc, needle) {
  return hoverText(await vscode.commands.executeCommand("vscode.executeHoverProvider", doc.uri, positionOf(doc, needle)));
}

const ANON = /^Anonymous source/;
const anonymousDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => ANON.test(plain(d.message)));

/** Every string of a tree snapshot (labels, descriptions, tooltips...), whatever its exact shape. */
function snapshotStrings(node, out = [], seen = new Set()) {
  if (node == null) return out;
  if (typeof node === "string") out.push(plain(node));
  else if (typeof node === "object" && !seen.has(node)) {
    seen.add(node);
    (Array.isArray(node) ? node : Object.values(node)).forEach((v) => snapshotStrings(v, out, seen));
  }
  return out;
}

module.exports = { waitFor, plain, fixtureUri, openFixture, positionOf, hoverAt, anonymousDiagnostics, snapshotStrings };
