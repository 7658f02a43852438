// The rule ids alone, in RULE_LIST's order: the extension's client reads settings by them and
// must not bundle the rules' logic and the lexicons for that (test/core/rules/ids.test.ts keeps
// the two lists the same).
export const RULE_IDS = ["anonymous-source", "anonymous-no-reason", "unattributed-quote", "unbalanced-quote", "anonymous-lead"] as const;
