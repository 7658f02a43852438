// Shared checker for the table-driven core tests. A row names only the fields
// it cares about; the checker projects the real Analysis onto exactly those
// fields so a failing row prints a short, readable diff of span texts.
import { expect, test } from "vitest";
import { KNOWN_GAPS } from "./known-gaps";
import { analyze, RULES, RULE_IDS } from "../../src/core";
import type {
  Analysis,
  AnalyzeOptions,
  Lang,
  RuleId,
  Span,
  SpeakerKind,
  Statement,
  StatementKind,
} from "../../src/core";

/** One exact text, or a list of acceptable texts where ANNOTATION.md allows either. */
export type OneOf = string | string[];

export interface StmtExp {
  kind?: StatementKind;
  cue?: OneOf | null;
  source?: OneOf | null;
  /** Name of the statement's speaker (Speaker.name); null = no speaker. */
  speaker?: OneOf | null;
  speakerKind?: SpeakerKind;
  /** Quoted stretches, whitespace and edge punctuation ignored. */
  quotes?: string[];
  /** Content begins with these words (leading space/punctuation ignored). */
  starts?: string;
  /** Content ends with these words (trailing space/punctuation ignored). */
  ends?: string;
}

export interface SpeakerExp {
  name?: OneOf;
  kind?: SpeakerKind;
  /** Speaker.title as shown next to the name (null: none). */
  title?: OneOf | null;
  /** Speaker.gender as the text marks it. */
  gender?: "female" | "male" | null;
  mentions?: OneOf[];
  anonymity?: OneOf[];
}

export interface FindingExp {
  rule: RuleId;
  /** Exact range text. */
  text?: string;
  /** With `text`: the range starts at this (1-based) occurrence of `text`. */
  occurrence?: number;
  /** The range text contains this. */
  has?: string;
  /** How many findings of this rule the text gets in all. */
  count?: number;
  /** The message contains this. */
  says?: string;
  /** The message does not contain this. */
  saysNot?: string;
  /** The finding has this severity. */
  severity?: string;
}

export interface Expect {
  /** Exactly these statements, in text order. */
  statements?: StmtExp[];
  /** At least these statements (in text order), others allowed. */
  someStatements?: StmtExp[];
  /** Exactly these speakers, ordered by where they first appear. */
  speakers?: SpeakerExp[];
  /** Analysis.anonymity, in text order. */
  anonymity?: OneOf[];
  lang?: Lang;
  /** Findings that must be present. */
  findings?: FindingExp[];
  /** Rules that must not fire. */
  noFindings?: RuleId[];
  /** All quoted stretches of all statements, in text order. */
  allQuotes?: string[];
}

export type Row = [description: string, text: string, expectation: Expect, options?: AnalyzeOptions];

const EDGE = /^[\s.,،؛;:!?؟…\-–—]+|[\s.,،؛;:!?؟…\-–—]+$/gu;
const trimEdges = (s: string): string => s.replace(EDGE, "");

// A OneOf matches when the actual text is one of the accepted texts; the
// projection then shows the expectation itself so only real misses diff.
function pick(actual: string | null | undefined, exp: OneOf | null): OneOf | null | undefined {
  if (exp === null || actual === null || actual === undefined) return actual;
  const ok = Array.isArray(exp) ? exp.includes(actual) : exp === actual;
  return ok ? exp : actual;
}

function firstPos(st: Statement): number {
  const spans = [st.cue, st.source, st.content, ...st.quotes].filter((s): s is Span => s !== null);
  return Math.min(...spans.map((s) => s.start));
}

function projectStatement(a: Analysis, st: Statement, exp: StmtExp): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const spk = st.speaker === null ? null : (a.speakers.find((s) => s.id === st.speaker) ?? null);
  if ("kind" in exp) out.kind = st.kind;
  if ("cue" in exp) out.cue = pick(st.cue?.text ?? null, exp.cue ?? null);
  if ("source" in exp) out.source = pick(st.source?.text ?? null, exp.source ?? null);
  if ("speaker" in exp) out.speaker = spk === null ? null : pick(spk.name, exp.speaker ?? null);
  if ("speakerKind" in exp) out.speakerKind = spk?.kind ?? null;
  if ("quotes" in exp) out.quotes = st.quotes.map((q) => trimEdges(q.text));
  const content = trimEdges(st.content.text);
  if (exp.starts !== undefined) out.starts = content.startsWith(exp.starts) ? exp.starts : content.slice(0, exp.starts.length + 15);
  if (exp.ends !== undefined) out.ends = content.endsWith(exp.ends) ? exp.ends : content.slice(-(exp.ends.length + 15));
  return out;
}

function expected(exp: StmtExp): Record<string, unknown> {
  const out: Record<string, unknown> = { ...exp };
  if (exp.quotes) out.quotes = exp.quotes.map(trimEdges);
  return out;
}

function sortedStatements(a: Analysis): Statement[] {
  return [...a.statements].sort((x, y) => firstPos(x) - firstPos(y));
}

/** Every span lies inside the text and its `text` is exactly that slice. */
export function checkSpans(text: string, a: Analysis): void {
  const spans: [string, Span][] = [];
  for (const st of a.statements) {
    spans.push([`${st.id}.content`, st.content]);
    st.quotes.forEach((q, i) => spans.push([`${st.id}.quotes[${i}]`, q]));
    if (st.cue) spans.push([`${st.id}.cue`, st.cue]);
    if (st.source) spans.push([`${st.id}.source`, st.source]);
    if (st.speaker !== null) expect(a.speakers.some((s) => s.id === st.speaker), `${st.id}.speaker exists`).toBe(true);
  }
  for (const sp of a.speakers) {
    // The contract: a gender is said of a person (or a source known as he / she) only.
    expect([null, "female", "male"], `${sp.id}.gender`).toContain(sp.gender);
    if (sp.kind !== "person" && sp.kind !== "unknown") expect(sp.gender, `${sp.id} (${sp.kind}) has no gender`).toBeNull();
    sp.mentions.forEach((m, i) => spans.push([`${sp.id}.mentions[${i}]`, m]));
    sp.anonymity.forEach((m, i) => spans.push([`${sp.id}.anonymity[${i}]`, m]));
  }
  a.anonymity.forEach((m, i) => spans.push([`anonymity[${i}]`, m]));
  for (const f of a.diagnostics) {
    spans.push([`${f.rule}.range`, f.range]);
    expect(RULE_IDS as readonly string[], `known rule ${f.rule}`).toContain(f.rule);
    if (f.severity === "hint" && f.rule === "anonymous-source") {
      // A companion: the source's anonymous-no-reason warning sits inside this finding's range.
      const warned = a.diagnostics.some((w) => w.rule === "anonymous-no-reason" && w.range.start >= f.range.start && w.range.end <= f.range.end);
      expect(warned, `a hint anonymous-source has its anonymous-no-reason warning: ${f.range.text}`).toBe(true);
    } else expect(f.severity, `default severity of ${f.rule}`).toBe(RULES[f.rule as RuleId].severity);
    expect(f.message.length, `${f.rule} has a message`).toBeGreaterThan(0);
  }
  // One finding per fact: two findings never share a range (the user would see one squiggle saying two things).
  const ranges = a.diagnostics.map((f) => `${f.range.start}:${f.range.end}`);
  expect(ranges.filter((r, i) => ranges.indexOf(r) !== i), `findings on the same range: ${JSON.stringify(a.diagnostics.map((d) => [d.rule, d.range.text]))}`).toEqual([]);
  for (const [where, s] of spans) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
    expect(ok, `${where} [${s.start},${s.end}) inside 0..${text.length}`).toBe(true);
    expect(s.text, `${where} text === slice`).toBe(text.slice(s.start, s.end));
  }
}

export function check(text: string, exp: Expect, opts: AnalyzeOptions = {}): Analysis {
  const a: Analysis = analyze(text, opts);
  checkSpans(text, a);

  if (exp.lang !== undefined) expect(a.lang, "lang").toBe(exp.lang);

  if (exp.statements) {
    const got = sortedStatements(a);
    const proj = got.map((st, i) => projectStatement(a, st, exp.statements![Math.min(i, exp.statements!.length - 1)] ?? {}));
    expect(proj, "statements").toEqual(exp.statements.map(expected));
  }

  if (exp.someStatements) {
    // Each expected statement must match some actual one, in order.
    const got = sortedStatements(a);
    let from = 0;
    for (const e of exp.someStatements) {
      const want = expected(e);
      // Key order differs between a row and a projection: compare canonically.
      const canon = (o: Record<string, unknown>): string => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));
      const idx = got.findIndex((st, i) => i >= from && canon(projectStatement(a, st, e)) === canon(want));
      if (idx < 0) {
        expect(got.map((st) => projectStatement(a, st, e)), "one of the statements").toContainEqual(want);
      }
      from = idx + 1;
    }
  }

  if (exp.speakers) {
    const first = (id: string): number => {
      const sp = a.speakers.find((s) => s.id === id)!;
      const pos = [...sp.mentions.map((m) => m.start), ...a.statements.filter((s) => s.speaker === id).map(firstPos)];
      return pos.length ? Math.min(...pos) : Number.MAX_SAFE_INTEGER;
    };
    const got = [...a.speakers].sort((x, y) => first(x.id) - first(y.id));
    const proj = got.map((sp, i) => {
      const e = exp.speakers![Math.min(i, exp.speakers!.length - 1)] ?? {};
      const out: Record<string, unknown> = {};
      if ("name" in e) out.name = pick(sp.name, e.name!);
      if ("kind" in e) out.kind = sp.kind;
      if ("title" in e) out.title = pick(sp.title ?? null, e.title!) ?? null;
      if ("gender" in e) out.gender = sp.gender;
      if (e.mentions) out.mentions = sp.mentions.map((m, j) => pick(m.text, e.mentions![j] ?? m.text));
      if (e.anonymity) out.anonymity = sp.anonymity.map((m, j) => pick(m.text, e.anonymity![j] ?? m.text));
      return out;
    });
    expect(proj, "speakers").toEqual(exp.speakers);
  }

  if (exp.anonymity) {
    const got = [...a.anonymity].sort((x, y) => x.start - y.start);
    expect(got.map((s, i) => pick(s.text, exp.anonymity![i] ?? s.text)), "anonymity").toEqual(exp.anonymity);
  }

  if (exp.allQuotes) {
    const quotes = a.statements.flatMap((s) => s.quotes).sort((x, y) => x.start - y.start);
    expect(quotes.map((q) => trimEdges(q.text)), "all quotes").toEqual(exp.allQuotes.map(trimEdges));
  }

  for (const f of exp.findings ?? []) {
    const hits = a.diagnostics.filter((d) => {
      if (d.rule !== f.rule) return false;
      if (f.has !== undefined && !d.range.text.includes(f.has)) return false;
      if (f.text !== undefined && d.range.text !== f.text) return false;
      if (f.says !== undefined && !d.message.includes(f.says)) return false;
      if (f.saysNot !== undefined && d.message.includes(f.saysNot)) return false;
      if (f.severity !== undefined && d.severity !== f.severity) return false;
      if (f.text !== undefined && f.occurrence !== undefined) {
        let at = -1;
        for (let n = 0; n < f.occurrence; n++) at = text.indexOf(f.text, at + 1);
        if (d.range.start !== at) return false;
      }
      return true;
    });
    expect(hits.length, `finding ${JSON.stringify(f)} among ${JSON.stringify(a.diagnostics.map((d) => [d.rule, d.range.text]))}`).toBeGreaterThan(0);
    if (f.count !== undefined) expect(a.diagnostics.filter((d) => d.rule === f.rule).length, `${f.rule} count`).toBe(f.count);
  }
  for (const rule of exp.noFindings ?? []) {
    const hits = a.diagnostics.filter((d) => d.rule === rule).map((d) => d.range.text);
    expect(hits, `no ${rule}`).toEqual([]);
  }
  return a;
}

/**
 * Runs a table: one test per row, named by its description. A row listed in
 * known-gaps.ts describes behaviour the analyser does not have yet; it runs as
 * an expected failure, so the day the analyser learns it, the test fails until
 * the row is taken off the list.
 */
export function table(rows: [string, string, Expect, AnalyzeOptions?][]): void {
  for (const [desc, text, exp, opts] of rows) {
    if (KNOWN_GAPS.has(desc)) test.fails(`${desc} [known gap]`, () => void check(text, exp, opts));
    else test(desc, () => void check(text, exp, opts));
  }
}
