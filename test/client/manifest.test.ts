// The extension manifest and its translations: the fixed ids other parts rely
// on, setting defaults matching the core's rules, and no untranslated string.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES, RULE_IDS } from "../../src/core/rules";
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILES } from "../../src/shared/settings";

const root = join(__dirname, "..", "..");
const json = (p: string) => JSON.parse(readFileSync(join(root, p), "utf8"));
const pkg = json("package.json");
const nls: Record<string, string> = json("package.nls.json");
const nlsAr: Record<string, string> = json("package.nls.ar.json");
const bundleAr: Record<string, string> = json("l10n/bundle.l10n.ar.json");

describe("package.json contributions", () => {
  it("declares the news-article language and grammar", () => {
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === "news-article");
    expect(lang.extensions).toContain(".news");
    expect(lang.aliases).toEqual(expect.arrayContaining(["News article", "خبر"]));
    const grammar = pkg.contributes.grammars[0];
    expect(grammar).toMatchObject({ language: "news-article", scopeName: "text.news-article" });
    expect(json(grammar.path).scopeName).toBe("text.news-article");
  });

  it("has the view container, view, commands and activation events", () => {
    expect(pkg.contributes.viewsContainers.activitybar[0].id).toBe("isnad");
    expect(pkg.contributes.views.isnad.map((v: { id: string }) => v.id)).toEqual(["isnad.speakers", "isnad.workspaceSources"]);
    const commands = pkg.contributes.commands.map((c: { command: string }) => c.command);
    expect(commands).toEqual([
      "isnad.showSpeakers",
      "isnad.restartServer",
      "isnad.copyAnalysisJson",
      "isnad.openReport",
      "isnad.openFolderReport",
      "isnad.openWorkspaceReport",
      "isnad.refreshWorkspaceSources",
    ]);
    for (const e of ["onLanguage:plaintext", "onLanguage:markdown", "onLanguage:news-article", "onView:isnad.speakers", "onView:isnad.workspaceSources"]) {
      expect(pkg.activationEvents).toContain(e);
    }
  });

  it("has one severity setting per core rule, defaulting to the rule's severity", () => {
    const props = pkg.contributes.configuration.properties;
    for (const id of RULE_IDS) {
      const p = props[`isnad.rules.${id}`];
      expect(p, id).toBeDefined();
      expect(p.enum).toEqual(["off", "error", "warning", "information", "hint"]);
      expect(p.default).toBe(RULES[id].severity);
    }
    expect(props["isnad.languages"].default).toEqual(["ar", "en"]);
    expect(props["isnad.maxDocumentSize"].default).toBe(2000000);
    expect(props["isnad.trace.server"].enum).toEqual(["off", "messages", "verbose"]);
  });

  it("offers the report on a folder in the explorer, and workspace settings with the server's defaults", () => {
    expect(pkg.contributes.menus["explorer/context"]).toEqual([
      { command: "isnad.openFolderReport", when: "explorerResourceIsFolder", group: "7_isnad" },
    ]);
    const props = pkg.contributes.configuration.properties;
    expect(props["isnad.workspace.index"].default).toBe(true);
    expect(props["isnad.workspace.include"].default).toEqual(DEFAULT_INCLUDE);
    expect(props["isnad.workspace.exclude"].default).toEqual(DEFAULT_EXCLUDE);
    expect(props["isnad.workspace.maxFiles"].default).toBe(DEFAULT_MAX_FILES);
  });

  it("packages the report's script and stylesheet", () => {
    const ignore = readFileSync(join(root, ".vscodeignore"), "utf8");
    expect(ignore).toContain("!dist/*.js");
    expect(ignore).toContain("!media/report.css");
  });
});

describe("translations", () => {
  it("every %key% in the manifest is in package.nls.json, and Arabic has the same keys", () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) expect(nls[k], k).toBeTypeOf("string");
    expect(Object.keys(nlsAr).sort()).toEqual(Object.keys(nls).sort());
  });

  it("every vscode.l10n string in src/client has an Arabic translation with the same placeholders", () => {
    const dir = join(root, "src", "client");
    const messages = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const src = readFileSync(join(dir, f), "utf8");
      for (const m of src.matchAll(/\bt\(\s*"((?:[^"\\]|\\.)*)"/g)) messages.add(JSON.parse(`"${m[1]}"`));
    }
    expect(messages.size).toBeGreaterThan(20);
    const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    for (const m of messages) {
      expect(bundleAr[m], m).toBeTypeOf("string");
      expect(placeholders(bundleAr[m]), m).toEqual(placeholders(m));
    }
    // No stale entries either.
    expect(Object.keys(bundleAr).filter((k) => !messages.has(k))).toEqual([]);
  });
});
