// Go to Definition on a speaker (a mention, a pronoun the core resolved, or a
// part of one of their statements) leads to where the story introduces them:
// the first mention that carries their full name, else their longest, first
// mention. Rename is deliberately not offered: the text is prose, not code.
import type { Location, LocationLink } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Span, Speaker } from "../core/types";
import type { Entry } from "./analysisStore";
import { toRange } from "./convert";
import { hitAt, speakerOf } from "./lookup";

/** The mention that introduces a speaker: the first holding the full name, else the longest (first on a tie). */
export function definingMention(sp: Speaker): Span | null {
  const full = sp.mentions.filter((m) => m.text.includes(sp.name));
  const pool = full.length ? full : sp.mentions;
  let best: Span | null = null;
  for (const m of pool) {
    const longer = best !== null && m.end - m.start > best.end - best.start;
    const tie = best !== null && m.end - m.start === best.end - best.start;
    // Among mentions with the full name the first wins; without one, the longest, then the first.
    if (!best || (full.length ? m.start < best.start : longer || (tie && m.start < best.start))) best = m;
  }
  return best;
}

export function definition(doc: TextDocument, entry: Entry, offset: number, linkSupport: boolean): Location | LocationLink[] | null {
  const hit = hitAt(entry, offset);
  const sp = speakerOf(entry, hit);
  const target = sp ? definingMention(sp) : null;
  if (!hit || !target) return null;
  const range = toRange(doc, target);
  if (!linkSupport) return { uri: doc.uri, range };
  // The whole mention (or statement part) under the cursor is the link, not just the word.
  return [{ originSelectionRange: toRange(doc, hit.span), targetUri: doc.uri, targetRange: range, targetSelectionRange: range }];
}
