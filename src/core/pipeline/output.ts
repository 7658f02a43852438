// The analysis as the contract has it (types.ts): speakers who said something, in order
// of first mention, with ids; statements pointing at them; findings sorted by range.
import { RULES, formatMessage, type Locale, type RuleReport } from "../rules";
import type { SpeakerGender, SpeakerState } from "../speakers";
import type { Finding, Lang, Span, Speaker } from "../types";
import type { DocumentState } from "./document";

/**
 * The speakers who said something, in order of first mention, their ids written (s1, s2 …)
 * and the statements' speaker ids with them. (The ids are written on the states themselves:
 * no Set or Map keyed by thousands of objects; the resolver is new for each analysis.)
 */
export function speakersInOrder(doc: DocumentState): SpeakerState[] {
  for (const sp of doc.statementSpeakers) if (sp) sp.id = "-";
  const speakers = byFirstMention(doc.resolver.speakers.filter((sp) => sp.id !== ""));
  for (let i = 0; i < speakers.length; i++) speakers[i].id = `s${i + 1}`;
  for (let i = 0; i < doc.statements.length; i++) doc.statements[i].speaker = doc.statementSpeakers[i]?.id ?? null;
  return speakers;
}

/** Speakers by first mention (stable). The keys are read once: a comparator reading each
 * speaker's mention list missed the cache on every one of ~100k comparisons. */
function byFirstMention(sps: SpeakerState[]): SpeakerState[] {
  const first = new Float64Array(sps.length);
  const order: number[] = new Array<number>(sps.length);
  for (let i = 0; i < sps.length; i++) {
    first[i] = sps[i].mentions[0]?.s ?? Infinity;
    order[i] = i;
  }
  order.sort((a, b) => first[a] - first[b] || a - b);
  const out: SpeakerState[] = new Array<SpeakerState>(sps.length);
  for (let i = 0; i < order.length; i++) out[i] = sps[order[i]];
  return out;
}

/** The findings, sorted by range (stably: ties keep the order the rules reported them). */
export function diagnostics(text: string, reports: RuleReport[], locale: Locale): Finding[] {
  reports.sort((a, b) => a.s - b.s || a.e - b.e);
  return reports.map((f) => ({ rule: f.rule, severity: RULES[f.rule].severityOf(f.args), range: spanOf(text, f.s, f.e), message: formatMessage(f.rule, f.args, locale) }));
}

/** The document's language from the characters of its Arabic and English paragraphs. */
export function documentLang(doc: DocumentState): Lang {
  const ar = doc.arChars;
  const en = doc.enChars;
  const total = ar + en;
  return total === 0 ? "unknown" : ar && en && Math.min(ar, en) / total >= 0.1 ? "mixed" : ar >= en ? "ar" : "en";
}

export function spanOf(text: string, s: number, e: number): Span {
  return { start: s, end: e, text: text.slice(s, e) };
}

function spansOf(text: string, ms: { s: number; e: number }[]): Span[] {
  const r = new Array<Span>(ms.length);
  for (let i = 0; i < ms.length; i++) r[i] = spanOf(text, ms[i].s, ms[i].e);
  return r;
}

/** A speaker as the contract has it: `title` only when there is one (and in this key order). */
export function outSpeaker(text: string, sp: SpeakerState, gender: SpeakerGender): Speaker {
  const id = sp.id;
  const mentions = spansOf(text, dedupe(sp.mentions));
  const anonymity = spansOf(text, sp.anonymity);
  // #هيئة_تنظيم_الكهرباء: a hashtag's underscores stand for spaces in the name shown.
  const name = oneSpaced(sp.name.includes("_") ? sp.name.replace(/(?<=\p{L})_(?=\p{L})/gu, " ") : sp.name);
  return sp.title ? { id, name, kind: sp.kind, title: oneSpaced(sp.title), gender, mentions, anonymity } : { id, name, kind: sp.kind, gender, mentions, anonymity };
}

/** A name read from the analysed text, where Markdown's marks (**, _, [) and a paragraph's line breaks are spaces: one space between words. */
function oneSpaced(name: string): string {
  // (Invisible direction marks, a Markdown mark between a word and its 's, **Rubio**'s, shown as nothing.)
  if (/[\u200e\u200f]/.test(name)) name = name.replace(/[\u200e\u200f]/g, "");
  // (A run of spaces before a comma is a mark closed there, **تركي آل الشيخ**،: the comma follows the word.)
  return /\s\s|[^\S ]/.test(name) ? name.replace(/\s{2,}(?=[,،;؛:])/g, "").replace(/\s+/g, " ") : name;
}

function dedupe(ms: { s: number; e: number }[]): { s: number; e: number }[] {
  if (ms.length < 2) return ms;
  // One number per span (start × 2^16 + length) instead of a string; exact below 2^37 characters.
  const seen = new Set<number | string>();
  return ms.filter((m) => {
    const k = m.e - m.s < 0x10000 ? m.s * 0x10000 + (m.e - m.s) : `${m.s}:${m.e}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
