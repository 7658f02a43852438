// Offsets (UTF-16 code units, as the core reports them) to LSP ranges, and
// the small derived views every feature needs: statement ranges, containment.
import type { Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Span, Statement } from "../core/types";

export interface Offsets {
  start: number;
  end: number;
}

export function toRange(doc: TextDocument, s: Offsets): Range {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

/** From the earliest of cue/source/content to the latest. */
export function statementExtent(st: Statement): Offsets {
  let start = st.content.start;
  let end = st.content.end;
  for (const s of [st.cue, st.source, ...st.quotes]) {
    if (!s) continue;
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

/** Inclusive at both ends, so a cursor just after the last character still hits. */
export function contains(s: Offsets, offset: number): boolean {
  return s.start <= offset && offset <= s.end;
}

export function spanKey(s: Span | Offsets): string {
  return `${s.start}:${s.end}`;
}
