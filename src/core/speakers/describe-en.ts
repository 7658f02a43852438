// English mentions: a pronoun; a name (the last run of capitalised words, its title before
// it); an unnamed source by its role (a government official); an institution (the ministry).
import { lexicon } from "../lexicon";
import { sourceClass } from "../lexicon/lookup";
import { isWord, type Para } from "../text/paragraph";
import { WORD } from "../text/token";
import type { MentionInfo } from "./mention";

export function describeEn(p: Para, a: number, b: number, m: MentionInfo): MentionInfo {
  const toks = p.toks;
  // Only the head phrase before an apposition comma names the speaker. A description
  // ("Ali Hassan, a farmer") stays in the mention; a relative or participle clause
  // ("An aide, who declined to be named," / "one banker, asking not to be named") does not.
  let hb = a;
  while (hb < b && !(toks[hb].kind !== WORD && toks[hb].norm === ",")) hb++;
  const after = toks[hb + 1];
  if (hb < b && hb > a && isWord(after) && (lexicon().en.relativePronouns.has(after.norm) || (after.norm.endsWith("ing") && after.norm.length > 5))) m.e = toks[hb - 1].e;
  if (hb - a === 1 && lexicon().en.subjectPronouns.has(toks[a].norm)) {
    m.kind = "pronoun";
    m.pronoun = toks[a].norm;
    return m;
  }
  let anon = "";
  let org = "";
  let group = "";
  let title = -1;
  const names: number[] = [];
  for (let k = a; k < hb; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    m.words.push(t.norm);
    const sc = sourceClass(t);
    if (sc?.cls === "anon" && !anon) anon = sc.lemma;
    else if ((sc?.cls === "org" || sc?.cls === "place") && !org) org = sc.lemma;
    else if (sc?.cls === "title") title = k;
    else if (sc?.cls === "group" && !group) group = sc.lemma;
    if (t.cap && !lexicon().en.capitalisedTitles.has(t.norm) && !lexicon().en.mentionDeterminers.has(t.norm) && !sc) names.push(k);
  }
  m.definite = isWord(toks[a]) && lexicon().en.definite.has(toks[a].norm);
  // "The White House press secretary": capitalised words before a lowercase role describe it; they are no name.
  const lastName = names.length ? names[names.length - 1] : -1;
  const roleAfterName = lastName >= 0 && title > lastName && !toks[title].cap;
  if (names.length && !org && !roleAfterName && !(anon && lastName < firstOf(toks, a, hb, anon))) {
    m.kind = "person";
    // The last run of capitalised words is the name (Retired Lt. Gen. Michael Flynn → Michael Flynn).
    let s = lastName;
    while (names.includes(s - 1) || (s - 2 >= a && names.includes(s - 2) && toks[s - 1].norm === ".")) s = names.includes(s - 1) ? s - 1 : s - 2;
    const e = lastName + 1;
    m.name = [];
    for (let k = s; k < e; k++) if (isWord(toks[k])) m.name.push(toks[k].norm);
    m.nameText = p.text.slice(toks[s].s, toks[e - 1].e);
    if (s > a) m.titleText = p.text.slice(toks[a].s, toks[s - 1].e);
  } else if (anon) {
    // "A government official", "an official at the ministry": the role, not the institution, speaks.
    m.kind = "anonymous";
    m.lemma = anon;
  } else if (org) {
    m.kind = "organization";
    m.lemma = org;
  } else if (title >= 0) {
    m.kind = "person";
    m.titleText = p.text.slice(m.s, m.e);
  } else if (group) {
    // "Critics", "rights groups": an unnamed collective.
    m.kind = "group";
    m.lemma = group;
  } else m.kind = "unknown";
  // The name is the head phrase; an apposition or relative clause after a comma is not.
  if (m.kind !== "person" && hb > a && hb < b) m.nameText = p.text.slice(toks[a].s, toks[hb - 1].e);
  const content = m.words.filter((w) => !lexicon().en.mentionDeterminers.has(w));
  m.headAlone = content.length === 1;
  return m;
}

/** Index of the first token in [a, b) whose source lemma is `lemma`. */
function firstOf(toks: Para["toks"], a: number, b: number, lemma: string): number {
  for (let k = a; k < b; k++) if (isWord(toks[k]) && sourceClass(toks[k])?.lemma === lemma) return k;
  return b;
}

