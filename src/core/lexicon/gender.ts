// Words that mark a speaker's gender (gender.tsv), and the forms derived from the other
// files: the reporting verbs' 3rd-person singular forms (ar-verbs.tsv, ar-phrases.tsv: قالت
// is feminine, قال masculine) and the Arabic titles that ar-sources.tsv lists with their
// feminine form (وزير/وزيرة). speakers/gender.ts reads them.
import { normWord } from "../text/chars";
import genderRows from "./gender.tsv";
import { objectForms, pastForms, participleForms, presentForms, presentObjectForms } from "./inflect";
import { cellWords, readRows, type LoadedRow } from "./rows";

export type MarkedGender = "female" | "male";

export interface GenderWords {
  /** Normalised Arabic reporting-verb form → the gender of the singular subject it agrees with. */
  arVerbs: Map<string, MarkedGender>;
  /** Normalised Arabic title, with and without ال → gender (only titles listed in both forms). */
  arTitles: Map<string, MarkedGender>;
  /** gender.tsv honorifics and titles (English), normalised. */
  honorifics: Map<string, MarkedGender>;
  titles: Map<string, MarkedGender>;
  /** gender.tsv pronouns that stand as a statement's source. */
  pronouns: Map<string, MarkedGender>;
}

const CLASSES = ["honorific", "title", "pronoun"] as const;

/** Reads gender.tsv and derives the Arabic forms from the rows already loaded (`log`). */
export function loadGenderWords(log: LoadedRow[], objectSuffixes: Iterable<string>): GenderWords {
  const out: GenderWords = { arVerbs: new Map(), arTitles: new Map(), honorifics: new Map(), titles: new Map(), pronouns: new Map() };
  const byClass = { honorific: out.honorifics, title: out.titles, pronoun: out.pronouns };
  for (const r of readRows("gender.tsv", genderRows, log)) {
    const [words, gender, cls] = r.cells;
    if ((gender !== "female" && gender !== "male") || !(CLASSES as readonly string[]).includes(cls)) throw new Error(`gender.tsv: bad row "${r.cells.join(" | ")}"`);
    for (const w of cellWords(words)) byClass[cls as (typeof CLASSES)[number]].set(normWord(w), gender);
  }
  arabicVerbForms(log, out.arVerbs, [...objectSuffixes]);
  arabicTitles(log, out.arTitles);
  return out;
}

/**
 * The 3rd-person singular forms of each Arabic reporting verb: the first form each inflector
 * gives is the masculine, the second the feminine (قال قالت، يقول تقول، قائلاً قائلة). A verb
 * that relays (نقل X عن Y) agrees with X, not with the speaker, and is left out; so is a
 * passive one, which has no subject. A verb that takes its object as a pronoun (frame pron) agrees
 * the same way with it attached: أبلغته، وصفتها، تتهمه are feminine, أبلغه، وصفها، يتهمه masculine.
 */
function arabicVerbForms(log: LoadedRow[], map: Map<string, MarkedGender>, objectSuffixes: string[]): void {
  const put = (forms: string[]) => {
    if (forms.length < 2 || forms[0] === forms[1]) return;
    if (!map.has(forms[0])) map.set(forms[0], "male");
    if (!map.has(forms[1])) map.set(forms[1], "female");
  };
  for (const r of log) {
    if (r.file === "ar-verbs.tsv") {
      const [past, present, participle, frames] = r.cells;
      if (/\b(relay|passive)\b/.test(frames)) continue;
      if (past !== "-") put(pastForms(past));
      for (const p of cellWords(present)) put(presentForms(p));
      for (const p of cellWords(participle)) put(participleForms(p));
      if (!/\bpron\b/.test(frames)) continue;
      // (Masculine, feminine for each pronoun in turn.)
      const pairs = (forms: string[]) => {
        for (let i = 0; i + 1 < forms.length; i += 2) put(forms.slice(i, i + 2));
      };
      if (past !== "-") pairs(objectForms(past, objectSuffixes));
      for (const p of cellWords(present)) pairs(presentObjectForms(p, objectSuffixes));
    } else if (r.file === "ar-phrases.tsv") {
      // The phrase's first word inflects like a past verb (تابع قوله، تابعت قولها).
      const first = r.cells[0].split(/\s+/)[0];
      if (first) put(pastForms(first));
    }
  }
}

/** Titles of ar-sources.tsv whose feminine (with ة) is listed too: وزير male, وزيرة female. */
function arabicTitles(log: LoadedRow[], map: Map<string, MarkedGender>): void {
  const titles = new Set<string>();
  for (const r of log) {
    if (r.file !== "ar-sources.tsv" || r.cells[1] !== "title") continue;
    for (const w of cellWords(r.cells[0])) titles.add(normWord(w).replace(/^ال/, ""));
  }
  for (const w of titles) {
    if (!w.endsWith("ه") || !titles.has(w.slice(0, -1))) continue;
    for (const [form, g] of [[w, "female"], [w.slice(0, -1), "male"]] as const) {
      map.set(form, g);
      map.set("ال" + form, g);
    }
  }
}
