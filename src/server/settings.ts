// User settings under the `isnad` section (declared in src/shared/settings.ts,
// normalised there so the rest of the server never second-guesses what the
// client sent), and what they mean for a rule's findings.
import { RULES } from "../core";
import type { Severity } from "../core/types";
import type { IsnadSettings, RuleSetting } from "../shared/settings";

export { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_DOCUMENT_SIZE, defaultSettings, normalizeSettings } from "../shared/settings";
export type { IsnadSettings, LangSetting, RuleSetting } from "../shared/settings";

/** The severity a rule's findings get, or "off"; unknown rules keep the core's severity. */
export function ruleSeverity(settings: IsnadSettings, rule: string, coreSeverity: Severity): RuleSetting {
  const set = settings.rules[rule];
  if (set) return set;
  return (RULES as Record<string, { severity: Severity } | undefined>)[rule]?.severity ?? coreSeverity;
}
