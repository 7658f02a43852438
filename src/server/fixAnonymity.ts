// Quick fix for `anonymous-no-reason`: insert, right after the source's phrase,
// a clause saying why it is anonymous, in the language of that phrase, with the
// reason itself left for the writer to fill: a snippet selects the bracketed
// placeholder ([السبب], [reason]), so the next keystrokes replace it. Not "…":
// the analyser reads an ellipsis as the end of a sentence and would lose the
// statement until the reason is typed. The grammar of the clause follows the phrase:
// Arabic gives an indefinite source (مصدر أمني) a bare relative clause and a
// definite one (المسؤول) الذي; a clause in the middle of the sentence is closed
// by a comma, one before punctuation is not.
import { CodeActionKind, type CodeAction, type Diagnostic, type SnippetTextEdit, type TextEdit } from "vscode-languageserver";
import { scriptLang } from "./analysisStore";
import { documentEdit, isIsnad, snippetEscape, type FixContext } from "./fixEdits";

/** The clause before and after the part to fill, and that part, for a source phrase in this language. */
export function reasonClause(phrase: string): { lang: "ar" | "en"; before: string; placeholder: string } {
  if (scriptLang(phrase) === "ar") {
    // A definite head (ال, or لل after the preposition ل; و/ف may precede) takes الذي.
    const head = phrase.trim().split(/\s+/u)[0] ?? "";
    const definite = /^[وف]?(?:ال|لل)/u.test(head);
    return { lang: "ar", before: `،${definite ? " الذي" : ""} طلب عدم نشر اسمه لأنه `, placeholder: "[السبب]" };
  }
  return { lang: "en", before: ", who spoke on condition of anonymity because ", placeholder: "[reason]" };
}

/** Whether the sentence goes on after `at` (a word follows), so the inserted clause needs a closing comma. */
function continues(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return i < text.length && /[\p{L}\p{N}«“"]/u.test(text[i]);
}

export function anonymityReasonFixes(ctx: FixContext, diagnostics: Diagnostic[]): CodeAction[] {
  const { doc, text, L, support } = ctx;
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (!isIsnad(d, "anonymous-no-reason")) continue;
    const start = doc.offsetAt(d.range.start);
    const end = doc.offsetAt(d.range.end);
    if (end <= start) continue;
    const clause = reasonClause(text.slice(start, end));
    const close = continues(text, end) ? (clause.lang === "ar" ? "،" : ",") : "";
    const at = doc.positionAt(end);
    const range = { start: at, end: at };
    const edit: TextEdit | SnippetTextEdit =
      support.snippets && support.versioned
        ? { range, snippet: { kind: "snippet", value: `${snippetEscape(clause.before)}\${1:${snippetEscape(clause.placeholder)}}${snippetEscape(close)}` } }
        : { range, newText: `${clause.before}${clause.placeholder}${close}` };
    out.push({
      title: L.addReason(`${clause.before}${clause.placeholder}`.replace(/^[،,]\s*/u, "")),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: documentEdit(ctx, [edit]),
    });
  }
  return out;
}
