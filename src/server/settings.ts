// User settings under the `isnad` section, normalised so the rest of the
// server never has to second-guess what the client sent.
import { RULES } from "../core";
import type { Severity } from "../core/types";

export type RuleSetting = Severity | "off";
export type LangSetting = "ar" | "en";

export interface IsnadSettings {
  rules: Partial<Record<string, RuleSetting>>;
  languages: LangSetting[];
  maxDocumentSize: number;
}

export const DEFAULT_MAX_DOCUMENT_SIZE = 2_000_000;

export function defaultSettings(): IsnadSettings {
  return { rules: {}, languages: ["ar", "en"], maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE };
}

const RULE_SETTINGS: ReadonlySet<string> = new Set(["off", "error", "warning", "information", "hint"]);

/** Accepts anything (a client may send null, a partial object or junk) and keeps only valid values. */
export function normalizeSettings(raw: unknown): IsnadSettings {
  const s = defaultSettings();
  if (!raw || typeof raw !== "object") return s;
  const r = raw as Record<string, unknown>;
  if (r.rules && typeof r.rules === "object") {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof v === "string" && RULE_SETTINGS.has(v)) s.rules[id] = v as RuleSetting;
    }
  }
  // VS Code also delivers dotted keys flattened in some paths ("rules.anonymous-source").
  for (const [k, v] of Object.entries(r)) {
    if (k.startsWith("rules.") && typeof v === "string" && RULE_SETTINGS.has(v)) s.rules[k.slice(6)] = v as RuleSetting;
  }
  if (Array.isArray(r.languages)) {
    s.languages = r.languages.filter((l): l is LangSetting => l === "ar" || l === "en");
  }
  if (typeof r.maxDocumentSize === "number" && Number.isFinite(r.maxDocumentSize) && r.maxDocumentSize >= 0) {
    s.maxDocumentSize = Math.floor(r.maxDocumentSize);
  }
  return s;
}

/** The severity a rule's findings get, or "off"; unknown rules keep the core's severity. */
export function ruleSeverity(settings: IsnadSettings, rule: string, coreSeverity: Severity): RuleSetting {
  const set = settings.rules[rule];
  if (set) return set;
  return (RULES as Record<string, { severity: Severity } | undefined>)[rule]?.severity ?? coreSeverity;
}
