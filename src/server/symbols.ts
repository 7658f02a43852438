// Outline: one symbol per speaker, its statements as children; statements
// nobody is credited with gather under a "(no speaker)" node.
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { isolate } from "../core";
import type { SpeakerKind, Statement } from "../core/types";
import type { Entry } from "./analysisStore";
import { statementExtent, toRange, type Offsets } from "./convert";
import { shorten } from "../shared/labels";
import type { Labels } from "./labels";

const KIND: Record<SpeakerKind, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Namespace,
  anonymous: SymbolKind.Key,
  group: SymbolKind.Array,
  unknown: SymbolKind.Null,
};

function cover(spans: Offsets[]): Offsets | null {
  if (!spans.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

// VS Code rejects an empty symbol name, so every name has a fallback.
const nonEmpty = (s: string, fallback: string) => (s.trim() ? s : fallback);

function statementSymbol(doc: TextDocument, st: Statement, L: Labels): DocumentSymbol {
  const extent = statementExtent(st);
  return {
    name: nonEmpty(isolate(shorten(st.content.text)), "…"),
    detail: L.statementKind[st.kind] ?? st.kind,
    kind: SymbolKind.String,
    range: toRange(doc, extent),
    selectionRange: toRange(doc, st.content),
  };
}

export function documentSymbols(doc: TextDocument, entry: Entry, L: Labels): DocumentSymbol[] {
  const out: { at: number; sym: DocumentSymbol }[] = [];
  for (const sp of entry.analysis.speakers) {
    const statements = entry.bySpeaker.get(sp.id) ?? [];
    const spans: Offsets[] = [...sp.mentions, ...statements.map(statementExtent)];
    const all = cover(spans);
    if (!all) continue;
    const first = sp.mentions.length ? sp.mentions.reduce((a, b) => (b.start < a.start ? b : a)) : statements[0].content;
    out.push({
      at: all.start,
      sym: {
        name: nonEmpty(isolate(sp.name), sp.id),
        detail: [L.speakerKind[sp.kind] ?? sp.kind, sp.title ? isolate(sp.title) : ""].filter(Boolean).join(" · "),
        kind: KIND[sp.kind] ?? SymbolKind.Object,
        range: toRange(doc, all),
        // Must lie inside range: `first` is one of the spans `all` covers.
        selectionRange: toRange(doc, first),
        children: statements.map((st) => statementSymbol(doc, st, L)),
      },
    });
  }
  const orphans = entry.analysis.statements.filter((st) => st.speaker == null || !entry.speakers.has(st.speaker));
  if (orphans.length) {
    const all = cover(orphans.map(statementExtent))!;
    out.push({
      at: all.start,
      sym: {
        name: L.noSpeaker,
        kind: SymbolKind.Null,
        range: toRange(doc, all),
        selectionRange: toRange(doc, orphans[0].content),
        children: orphans.map((st) => statementSymbol(doc, st, L)),
      },
    });
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.sym);
}
