// Quick fixes about quotation marks.
// - `unbalanced-quote`: close the quotation at the end of its sentence (the
//   Arabic mark goes before the full stop, «…»., the English one after it,
//   “….”), or at the end of its paragraph, or remove the stray mark.
// - Straight marks ("…"): convert a pair, or every pair in the document, to the
//   document's style: « » or “ ” in Arabic (isnad.quoteStyle.arabic; “ ” inside
//   a « » quotation), “ ” in English. Markdown code is left alone.
import { CodeActionKind, TextEdit, type CodeAction, type Diagnostic } from "vscode-languageserver";
import { markdownCode, markdownParagraphEnds } from "../core";
import { scriptLang } from "./analysisStore";
import { documentEdit, isIsnad, type FixContext } from "./fixEdits";
import { CLOSING, isQuoteMark } from "./quoteMarks";

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /[ \t]/u;
const TERMINATOR = /[.!?؟…]/u;

/**
 * Offset where the paragraph holding `offset` ends, before trailing spaces. Plain-text articles put
 * one paragraph per line; in Markdown `markdownEnds` (core markdownParagraphEnds, made once per
 * request) ends it where the analysis does (a blank line, a list item, a heading …).
 */
export function paragraphEnd(text: string, offset: number, markdownEnds?: (offset: number) => number): number {
  let end = markdownEnds ? markdownEnds(offset) : text.indexOf("\n", offset);
  if (end < 0) end = text.length;
  while (end > offset && /\s/u.test(text[end - 1])) end--;
  return end;
}

/**
 * Where a quotation opened before `from` closes at the end of its sentence: at
 * the first sentence terminator (one followed by a space, a mark or the end of
 * the paragraph) before `end`; before it in Arabic, after it (and any run of
 * terminators) in English. `end` when the sentence runs to the paragraph's end.
 */
export function sentenceEnd(text: string, from: number, end: number, lang: "ar" | "en"): number {
  for (let i = from; i < end; i++) {
    if (!TERMINATOR.test(text[i])) continue;
    let j = i;
    while (j < end && TERMINATOR.test(text[j])) j++;
    // Not sentence ends: 3.5 (no space after), U.S. (after a one-letter word), "etc. and"
    // (an English sentence does not go on in lower case). "Mr. Smith" still ends one.
    const glued = j < end && !/\s/u.test(text[j]) && !isQuoteMark(text[j]);
    const initial = i >= 1 && LETTER.test(text[i - 1]) && !LETTER.test(text[i - 2] ?? "");
    let k = j;
    while (k < end && /\s/u.test(text[k])) k++;
    const lowerNext = k < end && /[a-z]/u.test(text[k]);
    if (glued || initial || lowerNext) {
      i = j - 1;
      continue;
    }
    return lang === "ar" ? i : j;
  }
  return end;
}

/** A mark that opens: a word follows it (a closing mark follows the word it closes). */
const opensQuotation = (text: string, at: number): boolean => LETTER.test(text[at + 1] ?? "") || isQuoteMark(text[at + 1]);

export function unbalancedQuoteFixes(ctx: FixContext, diagnostics: Diagnostic[]): CodeAction[] {
  const { doc, text, L } = ctx;
  // (Markdown paragraph ends: the text read once, and only when a quotation is to be closed.)
  let ends: ((offset: number) => number) | undefined;
  const markdownEnds = doc.languageId === "markdown" ? (o: number) => (ends ??= markdownParagraphEnds(text))(o) : undefined;
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (!isIsnad(d, "unbalanced-quote")) continue;
    const start = doc.offsetAt(d.range.start);
    const stop = Math.min(Math.max(start + 1, doc.offsetAt(d.range.end)), text.length);
    // The diagnostic covers the mark (perhaps with text after it): find the mark.
    let at = -1;
    for (let i = start; i < stop; i++) {
      if (isQuoteMark(text[i])) {
        at = i;
        break;
      }
    }
    if (at < 0) continue;
    const mark = text[at];
    const fix = (title: string, edit: TextEdit, preferred: boolean): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: preferred,
      edit: documentEdit(ctx, [edit]),
    });
    const opener = opensQuotation(text, at) && CLOSING[mark] !== undefined;
    if (opener) {
      const close = CLOSING[mark];
      const pEnd = paragraphEnd(text, at + 1, markdownEnds);
      const sEnd = sentenceEnd(text, at + 1, pEnd, scriptLang(text.slice(at, pEnd)));
      if (sEnd !== pEnd) out.push(fix(L.closeQuoteSentence(close), TextEdit.insert(doc.positionAt(sEnd), close), true));
      out.push(fix(L.closeQuote(close), TextEdit.insert(doc.positionAt(pEnd), close), sEnd === pEnd));
    }
    // Removing the mark also removes one of two spaces it stood between.
    let from = at;
    let to = at + 1;
    if (SPACE.test(text[at - 1] ?? "") && SPACE.test(text[at + 1] ?? "")) to++;
    else if (SPACE.test(text[at - 1] ?? "") && (at + 1 >= text.length || text[at + 1] === "\n" || text[at + 1] === "\r")) from--;
    out.push(fix(L.removeMark(mark), TextEdit.del({ start: doc.positionAt(from), end: doc.positionAt(to) }), !opener));
  }
  return out;
}

/** A pair of straight double quotes: the offsets of its two marks. */
export interface StraightPair {
  open: number;
  close: number;
}

/** Straight double-quote pairs, paired within a paragraph (a line; in Markdown, to a blank line). */
export function straightPairs(text: string, markdown: boolean): StraightPair[] {
  // (Code and front matter as the analysis reads them: core markdownCode.)
  const code = markdown ? markdownCode(text) : [];
  const out: StraightPair[] = [];
  let open = -1;
  let c = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      // A new paragraph drops an unpaired mark: plain text at every line, Markdown at a blank line.
      if (!markdown) open = -1;
      else {
        const nl = text.indexOf("\n", i + 1);
        if (!text.slice(i + 1, nl < 0 ? text.length : nl).trim()) open = -1;
      }
      continue;
    }
    if (ch !== 34) continue;
    while (c < code.length && code[c][1] <= i) c++;
    if (c < code.length && code[c][0] <= i) continue;
    if (open < 0) open = i;
    else {
      out.push({ open, close: i });
      open = -1;
    }
  }
  return out;
}

/** The marks a pair becomes: by the language of what it quotes, and whether it sits inside « ». */
function styleOf(text: string, pair: StraightPair, arabic: "guillemets" | "curly"): [string, string] {
  if (scriptLang(text.slice(pair.open + 1, pair.close)) === "en") return ["“", "”"];
  if (arabic === "curly") return ["“", "”"];
  // Inside a « » quotation (same line), the inner quotation takes “ ”.
  const lineStart = text.lastIndexOf("\n", pair.open) + 1;
  let depth = 0;
  for (let i = lineStart; i < pair.open; i++) depth += text[i] === "«" ? 1 : text[i] === "»" ? -1 : 0;
  return depth > 0 ? ["“", "”"] : ["«", "»"];
}

export function straightQuoteFixes(ctx: FixContext, from: number, to: number): CodeAction[] {
  const { doc, text, L, settings } = ctx;
  const pairs = straightPairs(text, doc.languageId === "markdown");
  // The pair the cursor (or selection) is in or on.
  const hit = pairs.find((p) => p.open <= to && from <= p.close + 1);
  if (!hit) return [];
  const edits = (p: StraightPair) => {
    const [o, c] = styleOf(text, p, settings.quoteStyle.arabic);
    return [TextEdit.replace({ start: doc.positionAt(p.open), end: doc.positionAt(p.open + 1) }, o), TextEdit.replace({ start: doc.positionAt(p.close), end: doc.positionAt(p.close + 1) }, c)];
  };
  const [o, c] = styleOf(text, hit, settings.quoteStyle.arabic);
  const out: CodeAction[] = [{ title: L.convertQuotes(o, c), kind: CodeActionKind.QuickFix, isPreferred: true, edit: documentEdit(ctx, edits(hit)) }];
  if (pairs.length > 1) {
    out.push({ title: L.convertAllQuotes(pairs.length), kind: CodeActionKind.QuickFix, edit: documentEdit(ctx, pairs.flatMap(edits)) });
  }
  return out;
}
