// English coreference helpers: what the resolver asks about English names beyond their words.
import { lexicon } from "../lexicon";

/**
 * Whether `ac` (capitals) spells the initials of `name`'s capitalised words, with or without
 * its last one: FT for the Financial Times, IBM for International Business Machines Corp.
 */
export function initialsOf(name: string, ac: string): boolean {
  const skip = lexicon().en.notInInitials;
  let all = "";
  for (const w of name.split(/[\s-]+/)) {
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90 && !skip.has(w.toLowerCase())) all += w[0];
  }
  return all === ac || (all.length > 2 && all.slice(0, -1) === ac);
}
