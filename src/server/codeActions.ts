// Quick fixes. Every one is only offered (the document changes when the user
// picks one, never before) and is a single workspace edit, so one undo takes it
// back. The edit carries the document's version, so a fix computed for an older
// text is refused by the editor instead of landing in the wrong place.
import { CodeActionKind, type CodeAction, type CodeActionParams } from "vscode-languageserver";
import { anonymityReasonFixes } from "./fixAnonymity";
import type { FixContext } from "./fixEdits";
import { straightQuoteFixes, unbalancedQuoteFixes } from "./fixQuotes";
import { suppressFixes } from "./fixSuppress";

export type { EditSupport, FixContext } from "./fixEdits";

export function codeActions(ctx: FixContext, params: CodeActionParams): CodeAction[] {
  // A client asking for other kinds only (source actions, refactorings) gets nothing from us.
  const only = params.context.only;
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || k === "" || CodeActionKind.QuickFix.startsWith(`${k}.`))) return [];
  const diagnostics = params.context.diagnostics;
  return [
    ...anonymityReasonFixes(ctx, diagnostics),
    ...unbalancedQuoteFixes(ctx, diagnostics),
    ...straightQuoteFixes(ctx, ctx.doc.offsetAt(params.range.start), ctx.doc.offsetAt(params.range.end)),
    // Last: fixing the text comes before silencing the rule.
    ...suppressFixes(ctx, diagnostics),
  ];
}
