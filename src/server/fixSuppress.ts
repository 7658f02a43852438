// Quick fixes that silence a rule: insert an isnad comment (src/core/text/suppress.ts) on a
// line of its own, above the finding's line ("for this line": isnad-disable-next-line) or
// at the top of the document ("for this document": isnad-disable, after Markdown front
// matter). An HTML comment on its own line is invisible in rendered Markdown and reads as
// an editor's note in plain text, and the analyser blanks it, so no offset moves.
import { CodeActionKind, type CodeAction, type Diagnostic } from "vscode-languageserver";
import { RULE_IDS } from "../core";
import { isMarkdown } from "./analysisStore";
import { SOURCE } from "./diagnostics";
import { documentEdit, type FixContext } from "./fixEdits";

const known: readonly string[] = RULE_IDS;

/** Where the top-of-document comment goes: after Markdown front matter, else at the very start. */
function documentTop(text: string, markdown: boolean): number {
  if (!markdown) return 0;
  const m = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

export function suppressFixes(ctx: FixContext, diagnostics: Diagnostic[]): CodeAction[] {
  const { doc, text, L } = ctx;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const out: CodeAction[] = [];
  const seen = new Set<string>();
  for (const d of diagnostics) {
    const rule = typeof d.code === "string" ? d.code : "";
    if (d.source !== SOURCE || !known.includes(rule)) continue;
    const line = d.range.start.line;
    if (!seen.has(`${rule}@${line}`)) {
      seen.add(`${rule}@${line}`);
      // Above the line, indented like it (a list item's text stays in its item).
      const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
      const indent = /^[ \t]*/.exec(lineText)![0];
      const at = { line, character: 0 };
      out.push({
        title: L.disableForLine(rule),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: documentEdit(ctx, [{ range: { start: at, end: at }, newText: `${indent}<!-- isnad-disable-next-line ${rule} -->${eol}` }]),
      });
    }
    if (!seen.has(rule)) {
      seen.add(rule);
      const top = doc.positionAt(documentTop(text, isMarkdown(doc)));
      out.push({
        title: L.disableForDocument(rule),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: documentEdit(ctx, [{ range: { start: top, end: top }, newText: `<!-- isnad-disable ${rule} -->${eol}` }]),
      });
    }
  }
  return out;
}
