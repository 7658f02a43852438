// Semantic tokens: quotes, reporting cues, speaker mentions (named or
// anonymous) and anonymity phrases, so an article can be scanned by eye.
// Built once per analysed version (cached on the entry) and served as full,
// range and delta answers. Tokens never overlap: a mention, cue or phrase
// inside a quote cuts the quote's token around it, and tokens never span a
// line break (the client does not announce multiline support).
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { modifierBit, typeIndex, type TokenType } from "../shared/semanticTokens";
import type { Entry } from "./analysisStore";
import { isQuoteMark } from "./quoteMarks";

/** One token as offsets, before line splitting. */
interface Piece {
  start: number;
  end: number;
  type: number;
  mods: number;
}

/** Absolute tokens of one version: [line, char, length, type, mods] * n, in document order. */
export interface TokenTable {
  version: number;
  /** Flat, five numbers per token, absolute line and character. */
  abs: Uint32Array;
}

const tables = new WeakMap<Entry, TokenTable>();

const QUOTE = typeIndex("isnadQuote");
const foreground = (t: TokenType) => typeIndex(t);

/** Non-overlapping pieces, sorted: foreground tokens first come, quotes fill the gaps around them. */
function pieces(text: string, entry: Entry): Piece[] {
  const fg: Piece[] = [];
  const quotes: Piece[] = [];
  const { analysis } = entry;
  const named = modifierBit("named");
  const anonymous = modifierBit("anonymous");
  for (const st of analysis.statements) {
    for (const q of st.quotes) {
      // Paint the marks too: the span is what is inside them.
      const start = q.start > 0 && isQuoteMark(text[q.start - 1]) ? q.start - 1 : q.start;
      const end = isQuoteMark(text[q.end]) ? q.end + 1 : q.end;
      quotes.push({ start, end, type: QUOTE, mods: 0 });
    }
    if (st.cue) fg.push({ start: st.cue.start, end: st.cue.end, type: foreground("isnadCue"), mods: 0 });
    if (st.source && st.speaker != null) {
      const sp = entry.speakers.get(st.speaker);
      if (sp) fg.push({ start: st.source.start, end: st.source.end, type: foreground("isnadSpeaker"), mods: sp.kind === "anonymous" ? anonymous : named });
    }
  }
  for (const sp of analysis.speakers) {
    const mods = sp.kind === "anonymous" ? anonymous : named;
    for (const m of sp.mentions) fg.push({ start: m.start, end: m.end, type: foreground("isnadSpeaker"), mods });
  }
  for (const a of analysis.anonymity) fg.push({ start: a.start, end: a.end, type: foreground("isnadAnonymity"), mods: 0 });

  // Foreground: in order, later overlapping ones trimmed (a mention is also a statement's source).
  fg.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Piece[] = [];
  let reach = 0;
  for (const p of fg) {
    const start = Math.max(p.start, reach);
    if (start >= p.end) continue;
    kept.push(start === p.start ? p : { ...p, start });
    reach = p.end;
  }
  // Quotes: merged, then cut around the foreground.
  quotes.sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let k = 0;
  let qReach = 0;
  for (const q of quotes) {
    let from = Math.max(q.start, qReach);
    if (from >= q.end) continue;
    qReach = q.end;
    while (k < kept.length && kept[k].end <= from) out.push(kept[k++]);
    while (from < q.end) {
      if (k < kept.length && kept[k].start <= from) {
        from = Math.max(from, kept[k].end);
        out.push(kept[k++]);
        continue;
      }
      const to = k < kept.length ? Math.min(q.end, kept[k].start) : q.end;
      out.push({ start: from, end: to, type: QUOTE, mods: 0 });
      from = to;
    }
  }
  while (k < kept.length) out.push(kept[k++]);
  return out;
}

/** The version's tokens, split at line breaks, computed once per analysed version. */
export function tokenTable(doc: TextDocument, entry: Entry): TokenTable {
  const cached = tables.get(entry);
  if (cached) return cached;
  const text = doc.getText();
  const ps = pieces(text, entry);
  const abs: number[] = [];
  for (const p of ps) {
    let start = p.start;
    let pos = doc.positionAt(start);
    for (;;) {
      // The token's part on this line, without the line break (nor a \r before it).
      let nl = start;
      while (nl < p.end && text.charCodeAt(nl) !== 10) nl++;
      let end = nl;
      if (nl < p.end && end > start && text.charCodeAt(end - 1) === 13) end--;
      if (end > start) abs.push(pos.line, pos.character, end - start, p.type, p.mods);
      if (nl >= p.end) break;
      start = nl + 1;
      pos = { line: pos.line + 1, character: 0 };
    }
  }
  const table = { version: entry.version, abs: Uint32Array.from(abs) };
  tables.set(entry, table);
  return table;
}

/** LSP's relative encoding of the tokens whose line lies in [fromLine, toLine]. */
export function encode(table: TokenTable, fromLine = 0, toLine = Infinity): number[] {
  const { abs } = table;
  const out: number[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < abs.length; i += 5) {
    const l = abs[i];
    if (l < fromLine) continue;
    if (l > toLine) break;
    const c = abs[i + 1];
    out.push(l - line, l === line ? c - char : c, abs[i + 2], abs[i + 3], abs[i + 4]);
    line = l;
    char = c;
  }
  return out;
}

/** One edit turning `prev` into `next`: their common head and tail stay. */
export function diff(prev: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  let head = 0;
  const max = Math.min(prev.length, next.length);
  while (head < max && prev[head] === next[head]) head++;
  if (head === prev.length && head === next.length) return [];
  let tail = 0;
  while (tail < max - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return [{ start: head, deleteCount: prev.length - head - tail, data: next.slice(head, next.length - tail) }];
}

/**
 * The last full answer per document, for delta requests: the client sends the
 * resultId it holds and gets the edits from those numbers to today's.
 */
export class TokenResults {
  private readonly last = new Map<string, { id: string; data: number[] }>();
  private next = 1;

  full(uri: string, data: number[]): SemanticTokens {
    const id = String(this.next++);
    this.last.set(uri, { id, data });
    return { resultId: id, data };
  }

  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const prev = this.last.get(uri);
    if (!prev || prev.id !== previousResultId) return this.full(uri, data);
    const id = String(this.next++);
    this.last.set(uri, { id, data });
    return { resultId: id, edits: diff(prev.data, data) };
  }

  delete(uri: string): void {
    this.last.delete(uri);
  }
}
