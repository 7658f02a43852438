// The journalism rules behind Isnad's findings, one file each. Each has a stable id
// (the setting `isnad.rules.<id>` changes its severity), a default severity, a
// message in Arabic and English and a one-paragraph explanation. Checks report
// ranges and values; `formatMessage` renders them in a locale so the CLI and the
// language server say exactly the same thing.
//
// To add a rule: write rules/<id>.ts (see anonymous-source.ts), add it to RULE_LIST
// below, and add its tests in test/core/rules/<id>.test.ts.
import type { Severity } from "../types";
import { anonymousLead } from "./anonymous-lead";
import { anonymousNoReason } from "./anonymous-no-reason";
import { anonymousSource } from "./anonymous-source";
import type { DocumentContext, Locale, ParagraphContext, Report, RuleMeta, Standard } from "./rule";
import { unattributedQuote } from "./unattributed-quote";
import { unbalancedQuote } from "./unbalanced-quote";
import { vagueSource } from "./vague-source";

export { isolate } from "./isolate";
export type { DocumentContext, Locale, ParagraphContext, Report, Rule, RuleMeta, SpeakerContext, Standard } from "./rule";

/**
 * Every rule. Checks run in this order: paragraph rules as each paragraph is read, speaker
 * rules for each speaker in turn, document rules at the end; findings are then sorted by
 * range, ties in the order they were reported.
 */
export const RULE_LIST = [anonymousSource, anonymousNoReason, vagueSource, unattributedQuote, unbalancedQuote, anonymousLead] as const;

export type RuleId = (typeof RULE_LIST)[number]["id"];

/** A rule as the editor layers read it: its id, default severity and texts. */
export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  title: Record<Locale, string>;
  message: Record<Locale, (a: Record<string, string>) => string>;
  explanation: Record<Locale, string>;
  standards: readonly Standard[];
}

function info(r: { id: RuleId; meta: RuleMeta }): RuleInfo {
  const m = r.meta;
  return { id: r.id, severity: m.defaultSeverity, title: m.title, message: m.message, explanation: m.explanation, standards: m.standards };
}

export const RULES = Object.fromEntries(RULE_LIST.map((r) => [r.id, info(r)])) as Record<RuleId, RuleInfo>;

export const RULE_IDS: RuleId[] = RULE_LIST.map((r) => r.id);

export function formatMessage(rule: RuleId, args: Record<string, string>, locale: Locale = "en"): string {
  return RULES[rule].message[locale](args);
}

/** A finding before it is written out: the rule, the range and the values of its message. */
export interface RuleReport {
  rule: RuleId;
  s: number;
  e: number;
  args: Record<string, string>;
}

const NO_ARGS: Record<string, string> = Object.freeze({});

/** A report function that files each finding of `rule` in `out`, its offsets less `base`. */
function reporter(rule: RuleId, out: RuleReport[], base: number): Report {
  return (s, e, args = NO_ARGS) => void out.push({ rule, s: s - base, e: e - base, args });
}

/**
 * Runs the paragraph rules on one paragraph; findings go to `out` with offsets relative
 * to `base` (the paragraph's start: they are kept with the paragraph).
 */
export function checkParagraph(ctx: Omit<ParagraphContext, "report">, base: number, out: RuleReport[]): void {
  for (const r of RULE_LIST) if (r.scope === "paragraph") r.check({ para: ctx.para, quotes: ctx.quotes, statements: ctx.statements, report: reporter(r.id, out, base) });
}

/** Runs the speaker rules on each speaker (in order), then the document rules; findings go to `out`. */
export function checkDocument(ctx: Omit<DocumentContext, "report">, out: RuleReport[]): void {
  const speakerRules = RULE_LIST.filter((r) => r.scope === "speaker");
  const reports = speakerRules.map((r) => reporter(r.id, out, 0));
  for (const speaker of ctx.speakers) for (let i = 0; i < speakerRules.length; i++) speakerRules[i].check({ text: ctx.text, speaker, report: reports[i] });
  for (const r of RULE_LIST) if (r.scope === "document") r.check({ text: ctx.text, statements: ctx.statements, statementSpeakers: ctx.statementSpeakers, speakers: ctx.speakers, report: reporter(r.id, out, 0) });
}
