// An unnamed collective of people of a general class (محللون، سكان، شهود عيان, analysts,
// residents): nobody expects a story to say why "analysts" are not named, so such a source
// gets no "no reason for anonymity" warning. Officials, sources and diplomats are not
// collectives: they are insiders whose anonymity a story must explain.
import { lexicon } from "../lexicon";
import type { SpeakerState } from "../speakers";
import { normWord } from "../text/chars";

// (Words, and numbers with their separators: 5,000، ١٢٠٠.)
const WORDS = /[\p{L}\p{M}]+|[0-9٠-٩][0-9٠-٩,.٬٫]*/gu;

/** A written number's value (Arabic-Indic digits too): a comma before three digits separates thousands (5,000), another is a decimal one (62,6٪). */
function countOf(w: string): number {
  const digits = w.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[,٬](?=[0-9]{3}(?![0-9]))/g, "");
  return parseFloat(digits.replace(/[,٫]/g, "."));
}

/**
 * Whether the speaker's first mention is headed by a collective plural (ar-words/en-words:
 * collectiveSources), or opens with a crowd's count (crowdCounts, or a number of 100 or more). The head is the first word that is a source noun or a collective:
 * أحد المحللين is one analyst (أحد heads it), بعض المحللين and Wall Street analysts are many.
 */
export function isCollective(text: string, sp: SpeakerState): boolean {
  const m = sp.firstMention;
  // (firstMention counts from its paragraph's start; mentions[0] is the same words in the text.)
  const at = sp.mentions[0];
  if (sp.kind !== "anonymous" || !m || !at) return false;
  // The describer already knew (an English head noun of collectiveSources).
  if (sp.collective) return true;
  const { ar, en, sources } = lexicon();
  const list = m.lang === "ar" ? ar.collectiveSources : en.collectiveSources;
  const crowd = m.lang === "ar" ? ar.crowdCounts : en.crowdCounts;
  let i = 0;
  for (const [w] of text.slice(at.s, at.e).matchAll(WORDS)) {
    // نحو خمسة آلاف شخص، 500 متظاهر، thousands of people: a crowd, counted in the first three words.
    const opening = i++ < 3;
    if (/^[0-9٠-٩]/.test(w)) {
      if (opening && countOf(w) >= 100) return true;
      continue;
    }
    const n = normWord(w);
    if (opening && crowd.has(n)) return true;
    for (const bare of m.lang === "ar" ? withoutClitics(n, ar.cliticPrefixes) : [n]) {
      if (list.has(bare)) return true;
      if (sources.get(bare)?.cls === "anon") return false;
    }
  }
  return false;
}

/** The word, then the word after each clitic prefix it may carry (وال، لل، ال …), longest first. */
function withoutClitics(n: string, prefixes: ReadonlySet<string>): string[] {
  const out = [n];
  for (const p of prefixes) if (n.length - p.length >= 2 && n.startsWith(p)) out.push(n.slice(p.length));
  return out;
}
