// Highlight every mention and statement of the speaker under the cursor.
import { DocumentHighlightKind, type DocumentHighlight } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Entry } from "./analysisStore";
import { spanKey, toRange, type Offsets } from "./convert";
import { hitAt, speakerOf } from "./lookup";

export function documentHighlights(doc: TextDocument, entry: Entry, offset: number): DocumentHighlight[] {
  const hit = hitAt(entry, offset);
  const sp = speakerOf(entry, hit);
  if (!sp) {
    // An unattributed statement still highlights itself.
    return hit?.statement ? [{ range: toRange(doc, hit.statement.content), kind: DocumentHighlightKind.Text }] : [];
  }
  const seen = new Set<string>();
  const out: DocumentHighlight[] = [];
  const add = (s: Offsets | null, kind: DocumentHighlightKind) => {
    if (!s || seen.has(spanKey(s))) return;
    seen.add(spanKey(s));
    out.push({ range: toRange(doc, s), kind });
  };
  // Mentions read as "who", statements as "what": two highlight colours.
  for (const m of sp.mentions) add(m, DocumentHighlightKind.Read);
  for (const st of entry.bySpeaker.get(sp.id) ?? []) {
    add(st.source, DocumentHighlightKind.Read);
    add(st.content, DocumentHighlightKind.Text);
  }
  return out;
}
