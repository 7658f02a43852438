// User settings under the `isnad` section (declared in src/shared/settings.ts,
// normalised there so the rest of the server never second-guesses what the
// client sent), and what they mean for a rule's findings.
import type { Severity } from "../core/types";
import type { IsnadSettings, RuleSetting } from "../shared/settings";

export { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_DOCUMENT_SIZE, defaultSettings, normalizeSettings } from "../shared/settings";
export type { IsnadSettings, LangSetting, RuleSetting } from "../shared/settings";

/** The severity a finding gets, or "off": the user's setting for its rule, else the core's (a companion finding's is lower than its rule's). */
export function ruleSeverity(settings: IsnadSettings, rule: string, coreSeverity: Severity): RuleSetting {
  return settings.rules[rule] ?? coreSeverity;
}
