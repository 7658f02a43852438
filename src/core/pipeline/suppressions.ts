// The text as the analysis reads it, and the findings the writer turned off. Before the
// analysis: Markdown's code and front matter, every isnad comment (text/suppress.ts) and
// the house lexicon's `ignore` phrases are blanked, offsets unchanged. After it: findings
// in a stretch an isnad comment turned off are dropped, and a comment naming a rule that
// does not exist gets a finding of its own.
import { RULE_IDS, type Locale } from "../rules";
import { blankIgnored } from "../lexicon/ignore";
import { blankOut } from "../text/chars";
import { joinParagraphLines, maskMarkdown } from "../text/markdown";
import { findDirectives, isSuppressed, offRanges, type Directive } from "../text/suppress";
import type { Finding } from "../types";

/** The rule id of the finding on an isnad comment that names an unknown rule. */
export const COMMENT_RULE = "isnad-comment";

export interface Prepared {
  /** The text to analyse: the input's length, what is not prose blanked. */
  work: string;
  directives: Directive[];
}

const HTML_COMMENT = /<!--[\s\S]*?-->/g;

export function prepareText(input: string, markdown: boolean, ignore: RegExp | null): Prepared {
  let work: string;
  let directives: Directive[];
  if (markdown) {
    // Comments are kept while the code is blanked, so a comment shown inside code does nothing.
    const noCode = maskMarkdown(input, true);
    const found = findDirectives(noCode);
    directives = found.directives;
    work = found.text.indexOf("<!--") < 0 ? found.text : found.text.replace(HTML_COMMENT, blankOut);
    work = joinParagraphLines(input, work);
  } else {
    const found = findDirectives(input);
    directives = found.directives;
    work = found.text;
  }
  return { work: blankIgnored(work, ignore), directives };
}

/** `findings` without those the comments turned off, with the comments' own findings, sorted by range. */
export function applyDirectives(findings: Finding[], directives: readonly Directive[], input: string, work: string, locale: Locale): Finding[] {
  if (!directives.length) return findings;
  const off = offRanges(directives, inputLines(input, work), RULE_IDS);
  const kept = off.length ? findings.filter((f) => !isSuppressed(off, f.rule, f.range.start)) : findings;
  const own = unknownRules(directives, input, locale);
  if (!own.length) return kept;
  return [...kept, ...own].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/**
 * `work` with the input's lines: a line break where the input has one (Markdown joins a
 * paragraph's lines, text/markdown.ts), a space for one that stands for a table's bar.
 */
function inputLines(input: string, work: string): string {
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < input.length; i++) {
    const inBreak = input.charCodeAt(i) === 10;
    if (inBreak === (work.charCodeAt(i) === 10)) continue;
    out.push(work.slice(at, i), inBreak ? "\n" : " ");
    at = i + 1;
  }
  if (!out.length) return work;
  out.push(work.slice(at));
  return out.join("");
}

function unknownRules(directives: readonly Directive[], input: string, locale: Locale): Finding[] {
  const out: Finding[] = [];
  const known: readonly string[] = RULE_IDS;
  for (const d of directives) {
    d.rules.forEach((r, i) => {
      if (known.includes(r)) return;
      const s = d.ruleAt[i];
      const e = s + r.length;
      const list = RULE_IDS.join(", ");
      const message =
        locale === "ar"
          ? `لا توجد قاعدة باسم «${r}» في Isnad، فلا يعطّل هذا التعليق شيئاً بها. القواعد: ${list}.`
          : `Isnad has no rule "${r}", so this comment turns nothing off for it. The rules are: ${list}.`;
      out.push({ rule: COMMENT_RULE, severity: "information", range: { start: s, end: e, text: input.slice(s, e) }, message });
    });
  }
  return out;
}
