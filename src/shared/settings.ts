// The `isnad.*` settings as the server reads them, and the documents Isnad
// analyses, declared once for the server and the extension (as vscode-eslint's
// shared settings). The extension builds its initializationOptions with
// `settingsFrom`, the server normalises whatever arrives with
// `normalizeSettings`, and test/client checks that package.json declares
// exactly these keys with these defaults.
import type { Severity } from "../core";

/** The configuration section; every setting is `isnad.<key>`. */
export const SECTION = "isnad";

/** Language ids Isnad analyses (the client's document selector, the server's filter, the activation events). */
export const ARTICLE_LANGUAGES = ["plaintext", "markdown", "news-article"] as const;
/** URI schemes of documents Isnad analyses (not git:, output:, vscode-notebook-cell: …). */
export const ARTICLE_SCHEMES = ["file", "untitled"] as const;

export const isArticleLanguage = (languageId: string): boolean => (ARTICLE_LANGUAGES as readonly string[]).includes(languageId);

export type RuleSetting = Severity | "off";
export type LangSetting = "ar" | "en";
/** Quotation marks a quick fix writes in Arabic: « » or “ ”. English always gets “ ”. */
export type ArabicQuoteStyle = "guillemets" | "curly";

export interface IsnadSettings {
  rules: Partial<Record<string, RuleSetting>>;
  languages: LangSetting[];
  maxDocumentSize: number;
  semanticHighlighting: { enabled: boolean };
  quoteStyle: { arabic: ArabicQuoteStyle };
  /** The workspace index (server/workspace.ts): which files it reads, and whether it runs. */
  workspace: { index: boolean; include: string[]; exclude: string[]; maxFiles: number };
}

export const DEFAULT_MAX_DOCUMENT_SIZE = 2_000_000;
export const DEFAULT_INCLUDE = ["**/*.txt", "**/*.md", "**/*.markdown", "**/*.news"];
export const DEFAULT_EXCLUDE = ["**/node_modules/**", "**/.git/**"];
export const DEFAULT_MAX_FILES = 20_000;

export function defaultSettings(): IsnadSettings {
  return {
    rules: {},
    languages: ["ar", "en"],
    maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
    semanticHighlighting: { enabled: true },
    quoteStyle: { arabic: "guillemets" },
    workspace: { index: true, include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE, maxFiles: DEFAULT_MAX_FILES },
  };
}

export const RULE_SETTINGS: readonly RuleSetting[] = ["off", "error", "warning", "information", "hint"];
const isRuleSetting = (v: unknown): v is RuleSetting => typeof v === "string" && (RULE_SETTINGS as readonly string[]).includes(v);

/** A nested value (`{ a: { b: 1 } }`) or its flattened form (`{ "a.b": 1 }`), as VS Code may send either. */
function pick(r: Record<string, unknown>, path: string): unknown {
  if (path in r) return r[path];
  const dot = path.indexOf(".");
  if (dot < 0) return undefined;
  const head = r[path.slice(0, dot)];
  return head && typeof head === "object" ? pick(head as Record<string, unknown>, path.slice(dot + 1)) : undefined;
}

/** A list of glob patterns (blank entries dropped), or null when `v` is not a list. */
const globs = (v: unknown): string[] | null => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.trim() !== "") : null);

/** Accepts anything (a client may send null, a partial object or junk) and keeps only valid values. */
export function normalizeSettings(raw: unknown): IsnadSettings {
  const s = defaultSettings();
  if (!raw || typeof raw !== "object") return s;
  const r = raw as Record<string, unknown>;
  if (r.rules && typeof r.rules === "object") {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) if (isRuleSetting(v)) s.rules[id] = v;
  }
  for (const [k, v] of Object.entries(r)) if (k.startsWith("rules.") && isRuleSetting(v)) s.rules[k.slice(6)] = v;
  if (Array.isArray(r.languages)) s.languages = r.languages.filter((l): l is LangSetting => l === "ar" || l === "en");
  const max = r.maxDocumentSize;
  if (typeof max === "number" && Number.isFinite(max) && max >= 0) s.maxDocumentSize = Math.floor(max);
  const semantic = pick(r, "semanticHighlighting.enabled");
  if (typeof semantic === "boolean") s.semanticHighlighting.enabled = semantic;
  const arabic = pick(r, "quoteStyle.arabic");
  if (arabic === "guillemets" || arabic === "curly") s.quoteStyle.arabic = arabic;
  const index = pick(r, "workspace.index");
  if (typeof index === "boolean") s.workspace.index = index;
  s.workspace.include = globs(pick(r, "workspace.include")) ?? DEFAULT_INCLUDE;
  s.workspace.exclude = globs(pick(r, "workspace.exclude")) ?? DEFAULT_EXCLUDE;
  const maxFiles = pick(r, "workspace.maxFiles");
  if (typeof maxFiles === "number" && Number.isFinite(maxFiles) && maxFiles >= 0) s.workspace.maxFiles = Math.floor(maxFiles);
  return s;
}

/**
 * The extension's side: the settings object for initializationOptions, read with
 * `get` (`vscode.workspace.getConfiguration("isnad").get`) key by key.
 */
export function settingsFrom(get: (key: string) => unknown, ruleIds: readonly string[]): IsnadSettings {
  return normalizeSettings({
    rules: Object.fromEntries(ruleIds.map((id) => [id, get(`rules.${id}`)])),
    languages: get("languages"),
    maxDocumentSize: get("maxDocumentSize"),
    semanticHighlighting: { enabled: get("semanticHighlighting.enabled") },
    quoteStyle: { arabic: get("quoteStyle.arabic") },
    workspace: { index: get("workspace.index"), include: get("workspace.include"), exclude: get("workspace.exclude"), maxFiles: get("workspace.maxFiles") },
  });
}

/** What the extension sends as initializationOptions (the server reads `settings` until it can ask the client). */
export interface InitializationOptions {
  settings?: IsnadSettings;
  /** Measuring only: true analyses every document in the worker thread, false none. */
  worker?: boolean;
  /** Measuring only: false skips warming the analyser up during initialize. */
  warmUp?: boolean;
  /**
   * Whether the workspace is trusted (VS Code workspace trust). false: the workspace's house
   * lexicon (.isnad.json) is not read until isnad/workspaceTrust says it is. Absent: trusted
   * (a client without the notion).
   */
  trusted?: boolean;
}
