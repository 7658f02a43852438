// Keys for comparing the words of mentions: the article and feminine or plural endings
// dropped (الأميركية ~ أميركي), and the shape of a relational adjective (nisba).
import { WordMemo } from "../perf/intern";

export const stripAl = (w: string) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w.startsWith("وال") && w.length > 4 ? w.slice(3) : w);
/** Descriptor key: article and feminine ending dropped (الأميركية ~ أميركي), one spelling of أمريكي/أميركي. */
export const key = (w: string) => {
  let k = stripAl(w);
  if (k.startsWith("اميرك")) k = "امريك" + k.slice(5);
  if (k.length > 3 && k.endsWith("ه")) k = k.slice(0, -1);
  if (k.length > 4 && (k.endsWith("ون") || k.endsWith("ين"))) k = k.slice(0, -2);
  return k;
};

export const keyOf = new WordMemo<string>(key);

export function nisba(w: string): boolean {
  const k = stripAl(w);
  // (A plural or dual ending after a stem of two letters at least: ليون، كيان are no nisba.)
  return k.length >= 4 && (k.endsWith("يه") || ((k.endsWith("يون") || k.endsWith("يين") || k.endsWith("يان")) && k.length >= 5) || k.endsWith("يتان") || (k.endsWith("ي") && k.length >= 5));
}


/**
 * A descriptor's stem, for matching a role against an earlier title: the key without a لـ/للـ
 * preposition or a nisba's final ي (لحقوق ~ حقوق، المصري ~ مصر، الأممية ~ الأمم).
 */
export const stem = (w: string) => {
  let k = key(w);
  if (k.startsWith("لل") && k.length > 4) k = k.slice(2);
  else if (k.startsWith("ل") && k.length > 4) k = k.slice(1);
  if (k.length > 3 && k.endsWith("ي")) k = k.slice(0, -1);
  return k;
};

/** Every word's stem is the stem of one of `known` (الوزير المصري ~ وزير التربية في مصر). */
export function allStemsKnown(words: string[], known: string[]): boolean {
  const ks = known.map(stem);
  return words.every((w) => ks.includes(stem(w)));
}
