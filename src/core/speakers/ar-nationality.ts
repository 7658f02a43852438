// Nationality adjectives in an Arabic role (ar-states.tsv adjectives): وقال المدير الفني الإيطالي
// after المدير الفني لمنتخب الواحة سيرجيو مارتيني is that coach, described by where he is from.
import { lexicon } from "../lexicon";
import { key, stem, stripAl } from "./word-keys";

/** A word's state (ar-states.tsv) as an adjective (الإيطالي، اللبنانية) or a name (فرنسا); -1: none. */
function stateWord(w: string): number {
  const { names, adjectives } = lexicon().states;
  const k = key(w);
  return adjectives.get(k) ?? names.get(k) ?? -1;
}

/**
 * The states of a role's nationality adjectives (الإيطالي، اللبنانية) and its other words; null
 * when it has none. Only the states' own adjectives count: a nisba of a post (الفني، التنفيذي،
 * الإداري) is never taken for one.
 */
export function nationalities(desc: string[]): { states: Set<number>; rest: string[] } | null {
  const states = new Set<number>();
  const rest: string[] = [];
  for (const w of desc) {
    const s = lexicon().states.adjectives.get(key(w));
    if (s === undefined) rest.push(w);
    else states.add(s);
  }
  return states.size ? { states, rest } : null;
}

/** لمنتخب، فريق، النادي: a team noun of ar-words.tsv teamNouns, as a description's word key holds it. */
function teamNoun(w: string): boolean {
  const s = stem(w);
  for (const t of lexicon().ar.teamNouns) if (stem(t) === s) return true;
  return false;
}

/**
 * Whether an earlier holder's description (`words`, its name's words `nameWords` aside: سامي السويدي
 * is no Swede) names no state other than `states` (وزير الخارجية الفرنسي is no الوزير الروسي). A
 * state after a team noun is the team's (مدرب منتخب مصر، مدرب المنتخب المصري may be an Argentine).
 */
export function mayBeOf(words: string[], nameWords: string[], states: Set<number>): boolean {
  const names = nameWords.map(key);
  for (let i = 0; i < words.length; i++) {
    const s = names.includes(words[i]) || (i > 0 && teamNoun(words[i - 1])) ? -1 : stateWord(words[i]);
    if (s >= 0 && !states.has(s)) return false;
  }
  return true;
}

/**
 * Whether a holder's description (`words`, name words `nameWords`) tells a post other than the bare
 * head `lemma` that a role of the head and a nationality alone means: a title or source noun of its
 * own (رئيس الوزراء، نائب الرئيس), or for a state's head (ar-words.tsv stateHeadTitles: الرئيس
 * الأمريكي) any word beyond the head and the name (رئيس البرلمان).
 */
export function otherPost(words: string[], nameWords: string[], lemma: string): boolean {
  const src = lexicon().sources;
  const head = stripAl(lemma);
  const names = nameWords.map(key);
  const stateHead = lexicon().ar.stateHeadTitles.has(head);
  return words.some((w) => {
    if (names.includes(w) || key(w) === head) return false;
    if (stateHead) return true;
    const e = src.get(w) ?? src.get(stripAl(w));
    return !!e && (e.cls === "title" || e.cls === "anon") && e.lemma !== head;
  });
}
