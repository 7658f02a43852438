// Suppression comments: the writer silences a rule for a stretch of the article with an
// HTML comment, which Markdown hides and which reads as a note in plain text.
//
//   <!-- isnad-disable RULE, RULE -->     off from here (no rule: every rule) …
//   <!-- isnad-enable RULE -->            … on again from here (no rule: every rule)
//   <!-- isnad-disable-next-line RULE --> off on the next line that is not blank
//   <!-- isnad-disable-line RULE -->      off on the comment's own line
//
// The comments are found here and blanked (spaces, line breaks kept) before the text is
// analysed, so their words are never read and every offset stays the document's.

export type DirectiveKind = "disable" | "enable" | "disable-next-line" | "disable-line";

export interface Directive {
  kind: DirectiveKind;
  /** The rule ids named; empty: every rule. */
  rules: string[];
  /** The comment, [s, e) in the text. */
  s: number;
  e: number;
  /** Each rule id's offset in the text (same order as `rules`). */
  ruleAt: number[];
}

/** The isnad comments of a text, and the text with them blanked. */
export interface Suppressions {
  directives: Directive[];
  /** The text with every directive comment blanked. */
  text: string;
}

// One comment: `<!--`, optional spaces, isnad-<kind>, then rule ids up to `-->` on one line.
const DIRECTIVE = /<!--[ \t]*isnad-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n]*?)-->/g;

/**
 * The isnad comments of `text` (in a Markdown document: of its text with code blanked,
 * so a comment shown as code does nothing), and `text` with them blanked.
 */
export function findDirectives(text: string): Suppressions {
  if (text.indexOf("<!--") < 0) return { directives: [], text };
  const directives: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  let chars: string[] | null = null;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const body = m[2];
    const bodyAt = e - 3 - body.length;
    const rules: string[] = [];
    const ruleAt: number[] = [];
    const word = /[^\s,]+/g;
    for (let w = word.exec(body); w; w = word.exec(body)) {
      rules.push(w[0]);
      ruleAt.push(bodyAt + w.index);
    }
    directives.push({ kind: m[1] as DirectiveKind, rules, s, e, ruleAt });
    chars ??= text.split("");
    for (let i = s; i < e; i++) chars[i] = " ";
  }
  return { directives, text: chars ? chars.join("") : text };
}

/** The start and end of the line holding offset i (end: before its line break). */
function lineAround(text: string, i: number): [number, number] {
  const s = text.lastIndexOf("\n", i - 1) + 1;
  let e = text.indexOf("\n", i);
  if (e < 0) e = text.length;
  return [s, text[e - 1] === "\r" ? e - 1 : e];
}

/** A rule turned off over [s, e) of the text. */
export interface OffRange {
  rule: string;
  s: number;
  e: number;
}

/**
 * What the directives turn off, as ranges per rule id. `known` lists every rule id: a
 * comment with no rule stands for all of them; an id not among them turns nothing off.
 * `text` is the text as analysed (comments blanked), to find lines.
 */
export function offRanges(directives: readonly Directive[], text: string, known: readonly string[]): OffRange[] {
  const out: OffRange[] = [];
  const openSince = new Map<string, number>();
  const named = (d: Directive) => (d.rules.length ? d.rules.filter((r) => known.includes(r)) : known);
  for (const d of directives) {
    if (d.kind === "disable") {
      for (const r of named(d)) if (!openSince.has(r)) openSince.set(r, d.e);
    } else if (d.kind === "enable") {
      for (const r of named(d)) {
        const since = openSince.get(r);
        if (since === undefined) continue;
        out.push({ rule: r, s: since, e: d.s });
        openSince.delete(r);
      }
    } else {
      const [ls, le] = d.kind === "disable-line" ? lineAround(text, d.s) : nextLine(text, d.e);
      for (const r of named(d)) out.push({ rule: r, s: ls, e: le });
    }
  }
  for (const [r, since] of openSince) out.push({ rule: r, s: since, e: text.length });
  return out;
}

/** The first line after the one holding offset i that is not blank (a comment alone on its line is blank). */
function nextLine(text: string, i: number): [number, number] {
  let nl = text.indexOf("\n", i);
  while (nl >= 0) {
    const [s, e] = lineAround(text, nl + 1);
    if (text.slice(s, e).trim()) return [s, e];
    nl = text.indexOf("\n", nl + 1);
  }
  return [text.length, text.length];
}

/** Whether a finding of `rule` starting at offset `at` lies in a range turned off for it. */
export function isSuppressed(off: readonly OffRange[], rule: string, at: number): boolean {
  for (const o of off) if (o.rule === rule && at >= o.s && at <= o.e) return true;
  return false;
}
