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
import type { DocumentContext, Locale, ParagraphContext, Report, Rule, RuleMeta, SpeakerContext, Standard } from "./rule";
import { unattributedQuote } from "./unattributed-quote";
import { unbalancedQuote } from "./unbalanced-quote";

export { isolate } from "./isolate";
export type { DocumentContext, Locale, ParagraphContext, Report, Rule, RuleMeta, SpeakerContext, Standard } from "./rule";

/**
 * Every rule. Checks run in this order: paragraph rules as each paragraph is read, speaker
 * rules for each speaker in turn, document rules at the end; findings are then sorted by
 * range, ties in the order they were reported.
 */
export const RULE_LIST = [anonymousSource, anonymousNoReason, unattributedQuote, unbalancedQuote, anonymousLead] as const;

export type RuleId = (typeof RULE_LIST)[number]["id"];

/** A rule as the editor layers read it: its id, default severity and texts. */
export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  title: Record<Locale, string>;
  message: Record<Locale, (a: Record<string, string>) => string>;
  explanation: Record<Locale, string>;
  standards: readonly Standard[];
  /** The severity of one finding from its values: the default, or lower for a companion finding. */
  severityOf: (args: Readonly<Record<string, string>>) => Severity;
  /** The rule a companion finding of this one accompanies (see RuleMeta.companionOf). */
  companionOf?: string;
}

function info(r: { id: RuleId; meta: RuleMeta }): RuleInfo {
  const m = r.meta;
  const severityOf = (args: Readonly<Record<string, string>>) => m.companionSeverity?.(args) ?? m.defaultSeverity;
  return { id: r.id, severity: m.defaultSeverity, title: m.title, message: m.message, explanation: m.explanation, standards: m.standards, severityOf, companionOf: m.companionOf };
}

export const RULES = Object.fromEntries(RULE_LIST.map((r) => [r.id, info(r)])) as Record<RuleId, RuleInfo>;

export { RULE_IDS } from "./ids";

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

// The rules of each scope, in RULE_LIST order.
type Scoped<S extends Rule["scope"]> = Extract<Rule<RuleId>, { scope: S }>;
const PARAGRAPH_RULES = RULE_LIST.filter((r): r is Scoped<"paragraph"> => r.scope === "paragraph");
const SPEAKER_RULES = RULE_LIST.filter((r): r is Scoped<"speaker"> => r.scope === "speaker");
const DOCUMENT_RULES = RULE_LIST.filter((r): r is Scoped<"document"> => r.scope === "document");

/**
 * Runs the paragraph rules on one paragraph; findings go to `out` with offsets relative
 * to `base` (the paragraph's start: they are kept with the paragraph).
 */
export function checkParagraph(para: ParagraphContext["para"], quotes: ParagraphContext["quotes"], statements: ParagraphContext["statements"], base: number, out: RuleReport[]): void {
  let rule: RuleId = PARAGRAPH_RULES[0]?.id;
  const context: ParagraphContext = { para, quotes, statements, report: (s, e, args = NO_ARGS) => void out.push({ rule, s: s - base, e: e - base, args }) };
  for (const r of PARAGRAPH_RULES) {
    rule = r.id;
    r.check(context);
  }
}

/** Runs the speaker rules on each speaker (in order), then the document rules; findings go to `out`. */
export function checkDocument(ctx: Omit<DocumentContext, "report">, out: RuleReport[]): void {
  let rule: RuleId = RULE_LIST[0].id;
  // One finding per range and rule: two speakers can share a mention (مصدران: two sources, one word).
  let seen: Set<string> | null = null;
  const report: Report = (s, e, args = NO_ARGS) => {
    const key = `${rule}:${s}:${e}`;
    if ((seen ??= new Set()).has(key)) return;
    seen.add(key);
    out.push({ rule, s, e, args });
  };
  for (const speaker of ctx.speakers) {
    const context: SpeakerContext = { text: ctx.text, speaker, report };
    for (const r of SPEAKER_RULES) {
      rule = r.id;
      r.check(context);
    }
  }
  const context: DocumentContext = { ...ctx, report };
  for (const r of PARAGRAPH_RULES) if (r.review) review(r.id, r.review, context, out);
  for (const r of DOCUMENT_RULES) {
    rule = r.id;
    r.check(context);
  }
}

/** Drops the findings of one paragraph rule that its review takes back (out keeps its order otherwise). */
function review(id: RuleId, fn: NonNullable<Scoped<"paragraph">["review"]>, context: DocumentContext, out: RuleReport[]): void {
  const mine: RuleReport[] = [];
  for (const f of out) if (f.rule === id) mine.push(f);
  if (!mine.length) return;
  mine.sort((a, b) => a.s - b.s || a.e - b.e);
  const keep = fn(context, mine);
  const dropped = new Set<RuleReport>();
  for (let i = 0; i < mine.length; i++) if (!keep[i]) dropped.add(mine[i]);
  if (!dropped.size) return;
  let w = 0;
  for (const f of out) if (!dropped.has(f)) out[w++] = f;
  out.length = w;
}
