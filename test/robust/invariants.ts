// Contract checks shared by the fuzz, corpus and CLI tests. They hold for any
// input whatever the analyser's accuracy: every span lies inside the text and
// quotes it exactly, never cuts a surrogate pair, and every reference resolves.
import { RULE_IDS } from "../../src/core";
import type { Analysis, Span } from "../../src/core";

const LANGS = new Set(["ar", "en", "mixed", "unknown"]);
const STATEMENT_KINDS = new Set(["direct", "partial", "indirect"]);
const SPEAKER_KINDS = new Set(["person", "organization", "anonymous", "group", "unknown"]);
const SEVERITIES = new Set(["error", "warning", "information", "hint"]);

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** Every span in an Analysis, labelled with where it sits (for messages). */
export function allSpans(a: Analysis): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  a.statements.forEach((s, i) => {
    out.push([`statements[${i}].content`, s.content]);
    s.quotes.forEach((q, j) => out.push([`statements[${i}].quotes[${j}]`, q]));
    if (s.cue) out.push([`statements[${i}].cue`, s.cue]);
    if (s.source) out.push([`statements[${i}].source`, s.source]);
  });
  a.speakers.forEach((sp, i) => {
    sp.mentions.forEach((m, j) => out.push([`speakers[${i}].mentions[${j}]`, m]));
    sp.anonymity.forEach((m, j) => out.push([`speakers[${i}].anonymity[${j}]`, m]));
  });
  a.anonymity.forEach((m, i) => out.push([`anonymity[${i}]`, m]));
  a.diagnostics.forEach((d, i) => out.push([`diagnostics[${i}].range`, d.range]));
  return out;
}

/** All contract violations of `a` as the analysis of `text` (empty = valid). */
export function violations(text: string, a: Analysis): string[] {
  const errs: string[] = [];
  const show = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
  if (!LANGS.has(a.lang)) errs.push(`lang ${show(String(a.lang))} is not a Lang`);
  for (const key of ["statements", "speakers", "anonymity", "diagnostics"] as const) {
    if (!Array.isArray(a[key])) errs.push(`${key} is not an array`);
  }
  if (errs.length) return errs;

  for (const [where, s] of allSpans(a)) {
    if (!s || typeof s !== "object") {
      errs.push(`${where} is not a span`);
      continue;
    }
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
      errs.push(`${where} [${start}, ${end}) is outside 0..${text.length} or reversed`);
      continue;
    }
    if (s.text !== text.slice(start, end)) {
      errs.push(`${where}.text ${show(String(s.text))} !== text.slice(${start}, ${end}) ${show(text.slice(start, end))}`);
    }
    if (splitsPair(text, start)) errs.push(`${where}.start ${start} splits a surrogate pair`);
    if (splitsPair(text, end)) errs.push(`${where}.end ${end} splits a surrogate pair`);
  }

  const speakerIds = new Set<string>();
  for (const sp of a.speakers) {
    if (typeof sp.id !== "string" || sp.id === "") errs.push(`speaker id ${show(String(sp.id))} is not a non-empty string`);
    if (speakerIds.has(sp.id)) errs.push(`speaker id ${show(sp.id)} is not unique`);
    speakerIds.add(sp.id);
    if (!SPEAKER_KINDS.has(sp.kind)) errs.push(`speaker ${show(sp.id)} has kind ${show(String(sp.kind))}`);
    if (typeof sp.name !== "string") errs.push(`speaker ${show(sp.id)} has no name string`);
  }
  const statementIds = new Set<string>();
  for (const st of a.statements) {
    if (typeof st.id !== "string" || st.id === "") errs.push(`statement id ${show(String(st.id))} is not a non-empty string`);
    if (statementIds.has(st.id)) errs.push(`statement id ${show(st.id)} is not unique`);
    statementIds.add(st.id);
    if (!STATEMENT_KINDS.has(st.kind)) errs.push(`statement ${show(st.id)} has kind ${show(String(st.kind))}`);
    if (st.speaker !== null && !speakerIds.has(st.speaker)) {
      errs.push(`statement ${show(st.id)} names speaker ${show(String(st.speaker))}, which does not exist`);
    }
  }
  const ruleIds = new Set<string>(RULE_IDS);
  a.diagnostics.forEach((d, i) => {
    if (!ruleIds.has(d.rule)) errs.push(`diagnostics[${i}].rule ${show(String(d.rule))} is not a known rule`);
    if (!SEVERITIES.has(d.severity)) errs.push(`diagnostics[${i}].severity ${show(String(d.severity))}`);
    if (typeof d.message !== "string" || d.message === "") errs.push(`diagnostics[${i}] has an empty message`);
  });
  return errs;
}

/** Throws with every violation listed, so a failing property shows them all. */
export function assertValid(text: string, a: Analysis, label = "analysis"): void {
  const errs = violations(text, a);
  if (errs.length) {
    throw new Error(`${label}: ${errs.length} contract violation(s):\n  ${errs.slice(0, 20).join("\n  ")}`);
  }
}
