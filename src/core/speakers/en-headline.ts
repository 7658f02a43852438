// An English headline's unnamed source that the lead names right after it:
//   Council member says the budget is short.
//
//   Jane Ortiz, the chair of the council's finance committee, said …   → the headline's source is Jane Ortiz
// Only the story's first paragraph as the headline, a name opening the next one with an apposition, and a
// word describing the headline's source (not its head noun) in that apposition.
import { lexicon } from "../lexicon";

/** Most characters between the headline's source and the lead, and the headline's length before it. */
const LEAD_REACH = 300;
const WORD = /\p{L}[\p{L}'’-]*/gu;
/** The headline's rest (no paragraph break), then the lead. */
const TO_LEAD = /^(?:(?!\n[ \t]*\n)[^])*\n[ \t]*\n\s*/u;
/**
 * A lead opening with a name (an abbreviated title before it: Rep., Sen.), then its apposition up to the
 * next comma. (Spaces before a comma: a Markdown link's or emphasis's marks, blanked, [Adam Schiff](…),)
 */
const NAMED_LEAD = /^(?:\p{Lu}\p{Ll}{1,4}\.\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3})[ \t]*,\s+([^,.;\n]{3,120}),/u;

/**
 * The name the lead opens with when the unnamed source mentioned at [s, e) (content words `headWords`,
 * head noun `lemma`) is in the first paragraph of the story starting at `story` and the lead's
 * apposition holds one of its describing words; null otherwise.
 */
export function leadHolder(doc: string, s: number, e: number, story: number, headWords: readonly string[], lemma: string): string | null {
  const before = doc.slice(story, s);
  if (before.length > LEAD_REACH || !inHeadline(doc, story, s)) return null;
  const gap = TO_LEAD.exec(doc.slice(e, e + LEAD_REACH));
  if (!gap) return null;
  const lead = NAMED_LEAD.exec(doc.slice(e + gap[0].length, e + gap[0].length + LEAD_REACH));
  if (!lead) return null;
  const { stop, speaksFor } = lexicon().en;
  const words = (lead[2].toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/u, ""));
  // (A spokesman speaks about the headline's member or officer, and is not them: "Police officer
  // says protesters attacked him" ¶ "John Smith, a police spokesman, said …"; unless the apposition
  // names the headline's noun too, "a council member and spokeswoman for …".)
  if (words.some((w) => speaksFor.has(w)) && !speaksFor.has(lemma) && !words.includes(lemma)) return null;
  return headWords.some((w) => w !== lemma && w.length > 2 && !stop.has(w) && words.includes(w)) ? lead[1] : null;
}

/** A title line above the headline's paragraph: short, no full stop at its end. */
const TITLE_LINE = /^[ \t]*[^\n]{1,150}?(?<![.!?])[ \t]*\n[ \t]*\n/u;
/** How long a deck, the headline's line under a title, may be (characters). */
const DECK = 120;

/**
 * Whether the story's text before the headline's source at `s` is in the headline's paragraph: no
 * blank line, or one after a title line with a deck under it, one short line ("Lawmaker urges
 * retaliation ⏎⏎ Member of panel says …", a headline and its deck set apart as Markdown sets its
 * paragraphs; not a story's lead under its headline, a line ending in a full stop).
 */
function inHeadline(doc: string, story: number, s: number): boolean {
  const before = doc.slice(story, s);
  if (!/\n[ \t]*\n/u.test(before)) return true;
  const title = TITLE_LINE.exec(before);
  if (!title || /\n/u.test(before.slice(title[0].length))) return false;
  const end = doc.indexOf("\n", s);
  const deck = story + title[0].length;
  // (A deck reads as a headline does, with no full stop at its end: "A senior official said on Monday the
  // talks had collapsed." under a title is the story's short lead, and its unnamed source stays unnamed.)
  return (end < 0 ? doc.length : end) - deck <= DECK && !DECK_STOP.test(doc.slice(deck, end < 0 ? doc.length : end));
}

/** A full stop at a line's end (closing marks after it): a sentence, not a deck. */
const DECK_STOP = /\.[\s"'”’)]*$/u;
