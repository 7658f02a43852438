// Quick fix for `unbalanced-quote`: insert the closing mark that matches the
// opening one at the end of its paragraph. Offered, never applied unasked.
import { CodeActionKind, TextEdit, type CodeAction, type Diagnostic, type WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Labels } from "./labels";
import { SOURCE } from "./diagnostics";

export const CLOSING: Record<string, string> = {
  "«": "»",
  "»": "«", // Some Arabic and Danish texts quote »like this«.
  "“": "”",
  "„": "“",
  "‘": "’",
  "‚": "‘",
  '"': '"',
  "'": "'",
  "‹": "›",
  "「": "」",
  "『": "』",
};

/** Offset where the paragraph holding `offset` ends, before trailing spaces. */
export function paragraphEnd(text: string, offset: number, markdown: boolean): number {
  const lineEnd = (from: number) => {
    const nl = text.indexOf("\n", from);
    return nl < 0 ? text.length : nl;
  };
  let end = lineEnd(offset);
  // Plain-text articles put one paragraph per line; markdown paragraphs run to a blank line.
  while (markdown && end < text.length) {
    const next = lineEnd(end + 1);
    if (!text.slice(end + 1, next).trim()) break;
    end = next;
  }
  while (end > offset && /\s/u.test(text[end - 1])) end--;
  return end;
}

export function unbalancedQuoteFixes(
  doc: TextDocument,
  diagnostics: Diagnostic[],
  L: Labels,
  versioned: boolean,
): CodeAction[] {
  const text = doc.getText();
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== SOURCE || d.code !== "unbalanced-quote") continue;
    const start = doc.offsetAt(d.range.start);
    const end = Math.max(start + 1, doc.offsetAt(d.range.end));
    // The diagnostic covers the opening mark (perhaps with text after it): find the mark.
    let at = -1;
    for (let i = start; i < Math.min(end, text.length); i++) {
      if (CLOSING[text[i]] !== undefined) {
        at = i;
        break;
      }
    }
    if (at < 0) continue;
    const mark = text[at];
    const close = CLOSING[mark];
    const insertAt = paragraphEnd(text, at + 1, doc.languageId === "markdown");
    const edit = TextEdit.insert(doc.positionAt(insertAt), close);
    const workspaceEdit: WorkspaceEdit = versioned
      ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [edit] }] }
      : { changes: { [doc.uri]: [edit] } };
    out.push({ title: L.closeQuote(close), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: workspaceEdit });
  }
  return out;
}
