// Public surface of the core library: text in, Analysis out. Nothing here
// imports vscode or vscode-languageserver; the server and CLI build on it.
export { analyze } from "./pipeline/analyze";
export { houseLexicon, type HouseLexiconRead } from "./lexicon/house-lexicon";
export type { HouseProblem } from "./lexicon/house";
export { COMMENT_RULE } from "./pipeline/suppressions";
export { markdownCode, markdownParagraphEnds } from "./text/markdown";
export { createParagraphCache } from "./pipeline/paragraph-cache";
export type { ParagraphCache } from "./pipeline/paragraph-cache";
export type * from "./types";
export { RULES, RULE_IDS, formatMessage, isolate } from "./rules";
export type { RuleId, RuleInfo, Locale } from "./rules";
export { sourceAgreement, type Agreement } from "./speakers/agreement";
