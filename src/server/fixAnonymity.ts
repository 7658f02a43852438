// Quick fix for `anonymous-no-reason`: insert, right after the source's phrase,
// a clause saying why it is anonymous, in the language of that phrase, with the
// reason itself left for the writer to fill: a snippet selects the bracketed
// placeholder ([السبب], [reason]), so the next keystrokes replace it. Not "…":
// the analyser reads an ellipsis as the end of a sentence and would lose the
// statement until the reason is typed. The grammar of the clause follows the phrase:
// Arabic gives an indefinite source (مصدر أمني) a bare relative clause and a
// definite one (المسؤول) الذي, and the clause agrees with the source in number and
// gender (core sourceAgreement: مسؤولة → طلبت … اسمها، المسؤولون → الذين طلبوا … أسمائهم،
// مصادر → طلبت … أسمائها); a clause in the middle of the sentence is closed by a comma,
// one before punctuation is not.
import { CodeActionKind, type CodeAction, type Diagnostic, type SnippetTextEdit, type TextEdit } from "vscode-languageserver";
import { sourceAgreement, type Agreement } from "../core";
import { scriptLang } from "./analysisStore";
import { documentEdit, isIsnad, snippetEscape, type FixContext } from "./fixEdits";

/** The Arabic clause for each agreement: relative pronoun (definite sources), verb, "its name", "because it". */
const AR_CLAUSE: Record<Agreement, { who: string; asked: string; name: string; because: string }> = {
  masculine: { who: "الذي", asked: "طلب", name: "اسمه", because: "لأنه" },
  feminine: { who: "التي", asked: "طلبت", name: "اسمها", because: "لأنها" },
  "masculine-plural": { who: "الذين", asked: "طلبوا", name: "أسمائهم", because: "لأنهم" },
  "feminine-plural": { who: "اللواتي", asked: "طلبن", name: "أسمائهن", because: "لأنهن" },
  "masculine-dual": { who: "اللذان", asked: "طلبا", name: "اسميهما", because: "لأنهما" },
  "feminine-dual": { who: "اللتان", asked: "طلبتا", name: "اسميهما", because: "لأنهما" },
  "nonhuman-plural": { who: "التي", asked: "طلبت", name: "أسمائها", because: "لأنها" },
};

/** The clause before and after the part to fill, and that part, for a source phrase in this language. */
export function reasonClause(phrase: string): { lang: "ar" | "en"; before: string; placeholder: string } {
  if (scriptLang(phrase) === "ar") {
    const { agreement, definite } = sourceAgreement(phrase.trim());
    const c = AR_CLAUSE[agreement];
    return { lang: "ar", before: `،${definite ? ` ${c.who}` : ""} ${c.asked} عدم نشر ${c.name} ${c.because} `, placeholder: "[السبب]" };
  }
  // "who spoke on condition of anonymity" agrees with one source and with several.
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
