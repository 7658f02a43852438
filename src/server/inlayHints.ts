// After a cue whose subject is not written (وتابع قوله، "he added" with the
// pronoun dropped), show who the core resolved the speaker to.
import { type InlayHint, type Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { isolate } from "../core";
import type { Entry } from "./analysisStore";

export function inlayHints(doc: TextDocument, entry: Entry, range: Range, speakerLabel: string): InlayHint[] {
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const out: InlayHint[] = [];
  for (const st of entry.analysis.statements) {
    if (!st.cue || st.source || st.speaker == null) continue;
    if (st.cue.end < from || st.cue.end > to) continue;
    const sp = entry.speakers.get(st.speaker);
    if (!sp) continue;
    out.push({
      position: doc.positionAt(st.cue.end),
      // The editor draws bidi controls in inlay hints as visible [U+2068] marks: the
      // name goes in as written, inside the line's own bidi context.
      label: `← ${sp.name}`,
      paddingLeft: true,
      tooltip: `${speakerLabel}: ${isolate(sp.name)}`,
    });
  }
  return out;
}
