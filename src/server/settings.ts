// User settings under the `isnad` section (declared in src/shared/settings.ts,
// normalised there so the rest of the server never second-guesses what the
// client sent), and what they mean for a rule's findings.
import { RULES, type RuleInfo } from "../core";
import type { Severity } from "../core/types";
import type { IsnadSettings, RuleSetting } from "../shared/settings";

export { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_DOCUMENT_SIZE, defaultSettings, normalizeSettings } from "../shared/settings";
export type { IsnadSettings, LangSetting, RuleSetting } from "../shared/settings";

/**
 * The severity a finding gets, or "off": the user's setting for its rule, else the core's. A
 * companion finding (the core gave it less than its rule's severity, beside another rule's finding
 * on the same fact) keeps its lower severity whatever the rule is set to, unless the rule is off, or
 * the rule it accompanies is off: then it stands alone and takes the rule's setting. (The client
 * sends every setting, defaults included, so a set value says nothing about the user's intent.)
 */
export function ruleSeverity(settings: IsnadSettings, rule: string, coreSeverity: Severity): RuleSetting {
  const set = settings.rules[rule];
  const info = (RULES as Record<string, RuleInfo | undefined>)[rule];
  if (set === "off" || !info?.companionOf || coreSeverity === info.severity) return set ?? coreSeverity;
  return settings.rules[info.companionOf] === "off" ? set ?? info.severity : coreSeverity;
}
