// The modules the server, the extension and the CLI share (src/shared): one
// table of kind labels, one shortener, one settings reader, one language list,
// and the manifest agreeing with them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS, RULES } from "../../src/core/rules";
import type { Analysis } from "../../src/core/types";
import { textReport } from "../../src/cli/report";
import { LABELS } from "../../src/server/labels";
import { SPEAKER_GROUP, SPEAKER_KIND, STATEMENT_KIND, isolate, localeFrom, shorten } from "../../src/shared/labels";
import { TOKEN_MODIFIERS, TOKEN_TYPES } from "../../src/shared/semanticTokens";
import { ARTICLE_LANGUAGES, SECTION, defaultSettings, normalizeSettings, settingsFrom } from "../../src/shared/settings";

const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
const props: Record<string, { default: unknown; type: string; enum?: unknown[] }> = pkg.contributes.configuration.properties;

describe("kind labels", () => {
  it("name every kind in both UI languages, differently", () => {
    for (const table of [SPEAKER_KIND, SPEAKER_GROUP, STATEMENT_KIND]) {
      for (const [kind, { en, ar }] of Object.entries(table)) {
        expect(en.trim(), kind).not.toBe("");
        expect(ar, kind).toMatch(/[\u0600-\u06FF]/u);
      }
    }
    expect(Object.keys(SPEAKER_KIND).sort()).toEqual(["anonymous", "group", "organization", "person", "unknown"]);
    expect(Object.keys(SPEAKER_GROUP).sort()).toEqual(Object.keys(SPEAKER_KIND).sort());
  });

  it("are the ones the server's hovers and the CLI's report use", () => {
    expect(LABELS.en.speakerKind.anonymous).toBe(SPEAKER_KIND.anonymous.en);
    expect(LABELS.ar.speakerKind.organization).toBe(SPEAKER_KIND.organization.ar);
    expect(LABELS.ar.statementKind.partial).toBe(STATEMENT_KIND.partial.ar);
    const analysis: Analysis = {
      file: "a.txt",
      lang: "en",
      statements: [],
      speakers: [{ id: "s1", name: "a source", kind: "anonymous", gender: null, mentions: [], anonymity: [] }],
      anonymity: [],
      diagnostics: [],
    };
    expect(textReport(analysis, "")).toContain(`\n${SPEAKER_GROUP.anonymous.en} (1)\n`);
  });

  it("take the UI locale from any Arabic locale tag", () => {
    expect(localeFrom("ar")).toBe("ar");
    expect(localeFrom("ar-EG")).toBe("ar");
    expect(localeFrom("en-GB")).toBe("en");
    expect(localeFrom(undefined)).toBe("en");
  });

  it("isolate is the core's", () => {
    expect(isolate("سامي")).toBe("\u2068سامي\u2069");
  });
});

describe("shorten", () => {
  it("keeps short text whole and collapses whitespace", () => {
    expect(shorten("  we  will\nwin ")).toBe("we will win");
  });
  it("cuts after eight words with an ellipsis", () => {
    expect(shorten("one two three four five six seven eight nine ten")).toBe("one two three four five six seven eight…");
  });
  it("keeps to maxChars, the ellipsis included, without splitting a surrogate pair", () => {
    const long = "a".repeat(78) + "😀" + "b".repeat(10);
    const out = shorten(long);
    expect(out.endsWith("…")).toBe(true);
    expect(out).not.toMatch(/[\uD800-\uDBFF]…$/u);
    expect(out.length).toBeLessThanOrEqual(80);
    expect(shorten("x".repeat(200), Infinity, 90)).toHaveLength(90);
    expect(shorten("x".repeat(90), Infinity, 90)).toBe("x".repeat(90));
  });
  it("does not end a cut on a space", () => {
    expect(shorten("abc def", Infinity, 5)).toBe("abc…");
  });
});

describe("settings", () => {
  it("junk and partial objects fall back to the defaults, value by value", () => {
    expect(normalizeSettings(null)).toEqual(defaultSettings());
    expect(normalizeSettings("x")).toEqual(defaultSettings());
    const s = normalizeSettings({ languages: ["en", "fr"], maxDocumentSize: -1, semanticHighlighting: { enabled: "no" }, quoteStyle: { arabic: "curly" } });
    expect(s.languages).toEqual(["en"]);
    expect(s.maxDocumentSize).toBe(defaultSettings().maxDocumentSize);
    expect(s.semanticHighlighting.enabled).toBe(true);
    expect(s.quoteStyle.arabic).toBe("curly");
  });

  it("reads nested and flattened keys alike", () => {
    const nested = normalizeSettings({ rules: { "anonymous-lead": "off" }, semanticHighlighting: { enabled: false } });
    const flat = normalizeSettings({ "rules.anonymous-lead": "off", "semanticHighlighting.enabled": false });
    expect(flat).toEqual(nested);
    expect(nested.rules["anonymous-lead"]).toBe("off");
    expect(nested.semanticHighlighting.enabled).toBe(false);
  });

  it("the manifest's defaults are the server's defaults", () => {
    const get = (key: string) => props[`${SECTION}.${key}`]?.default;
    expect(settingsFrom(get, RULE_IDS)).toEqual({
      ...defaultSettings(),
      rules: Object.fromEntries(RULE_IDS.map((id) => [id, RULES[id].severity])),
    });
  });

  it("every setting the manifest declares (but the client's trace) reaches the server", () => {
    const keys = Object.keys(props).filter((k) => k !== "isnad.trace.server");
    expect(keys.length).toBeGreaterThan(RULE_IDS.length);
    for (const key of keys) {
      const p = props[key];
      // A valid value other than the default, for this one key.
      const other =
        p.type === "boolean" ? !p.default : p.enum ? p.enum.find((v) => v !== p.default) : p.type === "number" ? 1234 : p.type === "array" ? ["ar"] : undefined;
      expect(other, key).toBeDefined();
      const get = (k: string) => (`${SECTION}.${k}` === key ? other : props[`${SECTION}.${k}`]?.default);
      const defaults = settingsFrom((k) => props[`${SECTION}.${k}`]?.default, RULE_IDS);
      expect(settingsFrom(get, RULE_IDS), key).not.toEqual(defaults);
    }
  });
});

describe("documents", () => {
  it("the manifest activates on exactly the languages Isnad analyses", () => {
    const onLanguage = (pkg.activationEvents as string[]).filter((e) => e.startsWith("onLanguage:")).map((e) => e.slice(11));
    expect(onLanguage.sort()).toEqual([...ARTICLE_LANGUAGES].sort());
    const when: string = pkg.contributes.menus.commandPalette[0].when;
    for (const id of ARTICLE_LANGUAGES) expect(when).toContain(`editorLangId == ${id}`);
  });
});

describe("semantic token contributions", () => {
  const c = pkg.contributes;
  // The standard types a custom type may fall back to (LSP SemanticTokenTypes).
  const STANDARD = ["string", "keyword", "variable", "comment", "type", "class", "function", "property", "parameter", "macro", "label"];

  it("declare exactly the server's legend, each type under a standard super type", () => {
    expect(c.semanticTokenTypes.map((t: { id: string }) => t.id)).toEqual([...TOKEN_TYPES]);
    for (const t of c.semanticTokenTypes) {
      expect(STANDARD, t.id).toContain(t.superType);
      expect(t.description).toMatch(/^%isnad\.token\.[a-z]+%$/);
    }
    expect(c.semanticTokenModifiers.map((m: { id: string }) => m.id)).toEqual([...TOKEN_MODIFIERS]);
  });

  it("give every type and every speaker modifier TextMate scopes, so every theme colours them", () => {
    const scopes: Record<string, string[]> = c.semanticTokenScopes[0].scopes;
    for (const t of TOKEN_TYPES) expect(scopes[t]?.length, t).toBeGreaterThan(0);
    for (const m of TOKEN_MODIFIERS) expect(scopes[`isnadSpeaker.${m}`]?.length, m).toBeGreaterThan(0);
    // Named and anonymous speakers read differently.
    expect(scopes["isnadSpeaker.anonymous"]).not.toEqual(scopes["isnadSpeaker.named"]);
    for (const list of Object.values(scopes)) for (const scope of list) expect(scope).toMatch(/^[a-z]+(\.[a-z]+)*\.isnad$/);
  });
});
