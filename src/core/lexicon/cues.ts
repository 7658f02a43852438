// Reporting cues from four files: Arabic verbs (ar-verbs.tsv) and phrases
// (ar-phrases.tsv), English verbs (en-verbs.tsv) and prepositional cues of both
// languages (preps.tsv). Each inflected form is filed under its first word.
import { normPhrase, normWord } from "../text/chars";
import arPhrases from "./ar-phrases.tsv";
import arVerbs from "./ar-verbs.tsv";
import enVerbs from "./en-verbs.tsv";
import { Flags, Fr, framesOf, type Frames } from "./flags";
import { englishForms, objectForms, participleForms, pastForms, presentForms, presentObjectForms } from "./inflect";
import preps from "./preps.tsv";
import { cellWords, readRows, type ExtraRows, type LoadedRow } from "./rows";
import type { WordList } from "./word-lists";

export type CueForm = "verb" | "present" | "participle" | "phrase" | "prep";

/**
 * Whom an Arabic cue form agrees with as its subject: 1 a masculine singular (قال، يقول، قائلاً),
 * 2 a feminine singular (قالت، تقول، قائلة), 0 anything else (plurals, duals, prepositions, English).
 * The inflectors (inflect.ts) give the masculine then the feminine singular first.
 */
export type Agreement = 0 | 1 | 2;
const singular = (i: number): Agreement => (i === 0 ? 1 : i === 1 ? 2 : 0);

export interface CueEntry {
  lemma: string;
  /** The lemma's first word (say for "say so"). */
  lemmaHead: string;
  lang: "ar" | "en";
  form: CueForm;
  frames: Frames;
  /** Normalised words that must follow the first one (multi-word cues). */
  rest: string[];
  /** The last word of `rest` is only a prefix (وفقاً لـ: the next word starts with ل). */
  restPrefix: boolean;
  /** The verb carries its object as a pronoun (اتهمته، وصفتها، ما قاله): no noun object follows. */
  objPron: boolean;
  /** Its subject's gender and number as the form marks them (see Agreement). */
  agree: Agreement;
}

/** The cues a token's word can start: as the word itself, and after a clitic و/ف it carries. */
export interface CueLists {
  plain: CueEntry[] | null;
  clitic: CueEntry[] | null;
}

/** Cue entries under their first word (normalised). */
export type CueMap = Map<string, CueEntry[]>;

function addCue(map: CueMap, phrase: string, entry: Omit<CueEntry, "rest" | "restPrefix" | "lemmaHead" | "objPron" | "agree">, agree: Agreement = 0, objPron = false): void {
  const ws = phrase.split(" ").filter(Boolean);
  let restPrefix = false;
  if (ws.length > 1 && ws[ws.length - 1] === "ل") {
    ws.pop();
    restPrefix = true;
  }
  // Every field written in one literal, in one order: entries built by spreading took several
  // hidden classes, and the cue matcher's reads of them went megamorphic.
  const e: CueEntry = { lemma: entry.lemma, lemmaHead: entry.lemma.split(" ")[0], lang: entry.lang, form: entry.form, frames: entry.frames, rest: ws.slice(1), restPrefix, objPron, agree };
  const list = map.get(ws[0]);
  if (list) list.push(e);
  else map.set(ws[0], [e]);
}

/** ar-verbs.tsv: past, present, participle, frames, extra forms, example. */
function loadArabicVerbs(cues: CueMap, log: LoadedRow[], objectSuffixes: WordList, extra: ExtraRows): void {
  for (const r of readRows("ar-verbs.tsv", arVerbs, log, extra)) {
    const [past, present, participle, frameCell, extra] = r.cells;
    const frames = framesOf(frameCell.split(","));
    const lemma = normWord(past === "-" ? present : past);
    const seen = new Set<string>();
    const add = (w: string, form: CueForm, agree: Agreement) => {
      if (seen.has(w)) return;
      seen.add(w);
      addCue(cues, w, { lemma, lang: "ar", form, frames }, agree);
    };
    // "-": the past form is also a common word (بين "between"); its inflected forms go in "extra".
    if (past !== "-") pastForms(past).forEach((w, i) => add(w, "verb", singular(i)));
    cellWords(extra).forEach((w) => add(normWord(w), "verb", 0));
    cellWords(present).forEach((p) => presentForms(p).forEach((w, i) => add(w, "present", singular(i))));
    cellWords(participle).forEach((p) => participleForms(p).forEach((w, i) => add(w, "participle", singular(i))));
    // With the object as a pronoun (اتهمته، وصفتها، تتهمه، ما قاله، ما أكده): third person singular,
    // for the verbs whose frames say so (not تابعه "followed him", يجمعهما "brings them together").
    if (!frames.has(Fr.pron)) continue;
    // (The forms come masculine, feminine for each pronoun: أبلغه أبلغته، يتهمه تتهمه; the subject agrees.)
    const withObject = (w: string, form: CueForm, i: number) => {
      if (seen.has(w)) return;
      seen.add(w);
      addCue(cues, w, { lemma, lang: "ar", form, frames }, singular(i % 2), true);
    };
    if (past !== "-") objectForms(past, objectSuffixes).forEach((w, i) => withObject(w, "verb", i));
    cellWords(present).forEach((p) => presentObjectForms(p, objectSuffixes).forEach((w, i) => withObject(w, "present", i)));
  }
}

/** ar-phrases.tsv: phrase, frames, example. */
function loadArabicPhrases(cues: CueMap, log: LoadedRow[]): void {
  for (const r of readRows("ar-phrases.tsv", arPhrases, log)) {
    const [phrase, frameCell] = r.cells;
    const frames = framesOf(frameCell.split(","));
    const n = normPhrase(phrase);
    const [first, ...rest] = n.split(" ");
    // اكتفى الوزير بالقول إن …: a verbal noun telling how another verb was done does not inflect; like
    // a participle, its speaker is the subject of that verb's clause (ar/constructions/participle.ts).
    if (frames.has(Fr.manner)) {
      addCue(cues, n, { lemma: n, lang: "ar", form: "participle", frames });
      continue;
    }
    // The first word inflects like a verb (تابع قوله، تابعت قولها).
    pastForms(first).forEach((f, i) => addCue(cues, [f, ...rest].join(" "), { lemma: n, lang: "ar", form: "phrase", frames }, singular(i)));
  }
}

/** en-verbs.tsv: base, other forms ("+": generated), frames, example. */
function loadEnglishVerbs(cues: CueMap, log: LoadedRow[], extra: ExtraRows): void {
  for (const r of readRows("en-verbs.tsv", enVerbs, log, extra)) {
    const [base, formsCell, frameCell] = r.cells;
    const frames = framesOf(frameCell.split(","));
    const n = base.split(" ").length;
    // "only commented": these forms and not the base, which is mostly a noun or a refusal (declined to comment).
    const only = formsCell.startsWith("only ");
    const all: string[] = only ? [] : [base];
    if (formsCell === "+") all.push(...englishForms(base));
    else {
      // Multi-word verbs list their forms as runs of the same length: "pointed out points out".
      const ws = cellWords(only ? formsCell.slice(5) : formsCell);
      for (let i = 0; i + n <= ws.length; i += n) all.push(ws.slice(i, i + n).join(" "));
    }
    for (const f of new Set(all)) addCue(cues, normPhrase(f), { lemma: base, lang: "en", form: "verb", frames });
  }
}

/** preps.tsv: phrase, lang, example. */
function loadPrepositions(cues: CueMap, log: LoadedRow[]): void {
  for (const r of readRows("preps.tsv", preps, log)) {
    const [phrase, lang] = r.cells;
    addCue(cues, normPhrase(phrase), { lemma: normPhrase(phrase), lang: lang as "ar" | "en", form: "prep", frames: new Flags<Fr>() });
  }
}

/** Every cue of the four files, under its first word. */
export function loadCues(log: LoadedRow[], objectSuffixes: WordList, extra: ExtraRows = {}): CueMap {
  const cues: CueMap = new Map();
  loadArabicVerbs(cues, log, objectSuffixes, extra);
  loadArabicPhrases(cues, log);
  loadEnglishVerbs(cues, log, extra);
  loadPrepositions(cues, log);
  return cues;
}

/** The cue lists under each first word as a token may carry it: bare, or after a clitic و/ف. */
export function cuesByTokenWord(cues: CueMap): Map<string, CueLists> {
  const byWord = new Map<string, CueLists>();
  const listsOf = (w: string): CueLists => {
    let c = byWord.get(w);
    if (!c) byWord.set(w, (c = { plain: null, clitic: null }));
    return c;
  };
  for (const [k, list] of cues) {
    listsOf(k).plain = list;
    listsOf("و" + k).clitic = list;
    listsOf("ف" + k).clitic = list;
  }
  return byWord;
}
