// What every quick fix builds on: the client's edit capabilities, the
// context a fix is computed in, and one versioned edit of one document.
import type { Diagnostic, SnippetTextEdit, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { SOURCE } from "./diagnostics";
import type { Labels } from "./labels";
import type { IsnadSettings } from "./settings";

/** What the client can take, from its initialize capabilities. */
export interface EditSupport {
  /** workspace.workspaceEdit.documentChanges: versioned edits. */
  versioned: boolean;
  /** workspace.workspaceEdit.snippetEditSupport (LSP 3.18): a snippet leaves the cursor on the part to fill. */
  snippets: boolean;
}

export interface FixContext {
  doc: TextDocument;
  text: string;
  settings: IsnadSettings;
  L: Labels;
  support: EditSupport;
}

/** One edit of one document, versioned when the client can check versions. */
export function documentEdit(ctx: FixContext, edits: (TextEdit | SnippetTextEdit)[]): WorkspaceEdit {
  const { doc, support } = ctx;
  if (support.versioned) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  // Without documentChanges there is no snippet edit either: plain text edits.
  const plain = edits.map((e) => ("snippet" in e ? { range: e.range, newText: snippetText(e.snippet.value) } : e));
  return { changes: { [doc.uri]: plain } };
}

/** Escapes literal text for a snippet (LSP snippet grammar: $, } and \ are special). */
export const snippetEscape = (s: string): string => s.replace(/[$}\\]/gu, (c) => `\\${c}`);

/** The text a snippet inserts when no editor plays it: placeholders become their default text. */
export function snippetText(snippet: string): string {
  return snippet.replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}|\$\d+|\\([$}\\])/gu, (_, def: string | undefined, esc: string | undefined) =>
    def !== undefined ? def.replace(/\\([$}\\])/gu, "$1") : (esc ?? ""),
  );
}

export const isIsnad = (d: Diagnostic, rule: string): boolean => d.source === SOURCE && d.code === rule;
