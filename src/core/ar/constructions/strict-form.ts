// وبين المصدر، أن …: a verb whose three-letter past form is also a common word (frame strict:
// بين "between", عبر "via") counts in that form only with its clause right after the subject, or
// after عن and the noun it governs (وعبر الوزير عن أمله في أن …); بينت، يبين are verbs whatever
// follows, and so is a form written with its shadda (بيّن، عبّر).
import { Fr, Gr, lexicon } from "../../lexicon";
import { cueAt, hasGrammar, sourceClass } from "../../lexicon/lookup";
import { endsWithPronoun, hasShadda } from "../../text/chars";
import { COMMA, isOpen, isPunct, isWord } from "../../text/paragraph";
import { arOpening } from "../opening";
import type { ArReading, Verdict } from "../reading";
import { arComp, isPossessedMedium } from "../words";

export function strictForm(r: ArReading): Verdict {
  // (واشتكى السكان من أن …: a complaint verb reports only with من أن at once; any later أن may be
  // a clause of time, بعد أن.)
  if (lexicon().ar.fromClauseVerbs.has(r.entry.lemma)) return fromClause(r) ? undefined : null;
  if (lexicon().ar.eventObjectVerbs.has(r.entry.lemma) && possessedEvent(r)) return null;
  if (r.entry.form === "present" && lexicon().ar.strictPresent.has(r.entry.lemma)) return wordsAtOnce(r);
  const v = r.toks[r.m.from];
  if (!r.entry.frames.has(Fr.strict) || v.norm.length - (r.m.clitic ? 1 : 0) !== 3 || hasShadda(r.p.text, v.s, v.e)) return undefined;
  let j = r.after;
  if (isPunct(r.toks[j], COMMA)) j++;
  j = pastAdjunct(r, j);
  return arComp(r.toks[j]) || isPunct(r.toks[j], ":") || aboutThenClause(r, j) ? undefined : null;
}

/**
 * واختتم الفريق جولته …، اختتم اللاعبون مشاركتهم …: a possessed noun, no medium (كلمته، حديثه) and no source
 * word, after the verb and before any colon, quotation or complementiser: the verb concludes an event.
 */
function possessedEvent(r: ArReading): boolean {
  const toks = r.toks;
  for (let k = r.cueEnd; k < r.sentEnd && k - r.cueEnd <= 12; k++) {
    const t = toks[k];
    // (واختتم كلمته بقوله: another cue, a manner phrase too, ends the search.)
    if (isPunct(t, ":") || isOpen(t) || arComp(t) || (k > r.cueEnd && isWord(t) && cueAt(r.p, k))) return false;
    if (isWord(t) && t.ar && k > r.cueEnd && t.norm.length >= 5 && !t.norm.startsWith("ال") && !t.norm.endsWith("الله") && endsWithPronoun(r.p.text, t.e) && !sourceClass(t) && !isPossessedMedium(r.p, k)) return true;
  }
  return false;
}

/**
 * من أن right after the subject (a comma of apposition before it), or after an adjunct of at most three
 * more words (يشكو السكان منذ سنوات طويلة من أن …): a complaint verb's words (ar-words fromClauseVerbs).
 */
function fromClause(r: ArReading): boolean {
  const toks = r.toks;
  let j = isPunct(toks[r.after], COMMA) ? r.after + 1 : r.after;
  const fromAn = (k: number) => isWord(toks[k]) && toks[k].norm === "من" && arComp(toks[k + 1]) > 0;
  if (fromAn(j)) return true;
  if (!isWord(toks[j]) || !hasGrammar(toks[j], Gr.adjunct) || endsWithPronoun(r.p.text, toks[j].e)) return false;
  for (j++; j <= r.after + 4 && isWord(toks[j]); j++) if (fromAn(j)) return true;
  return false;
}

/**
 * وبين المدير، خلال الافتتاح أنه …: an adjunct of a few words opened by خلال، أثناء، عقب … (ar-grammar adjunct)
 * between the subject and the clause; where the clause may open after it (j when there is none).
 */
function pastAdjunct(r: ArReading, j: number): number {
  const toks = r.toks;
  if (!isWord(toks[j]) || !hasGrammar(toks[j], Gr.adjunct) || endsWithPronoun(r.p.text, toks[j].e)) return j;
  for (let k = j + 1; k <= j + 3 && isWord(toks[k]); k++) {
    if (arComp(toks[k + 1])) return k + 1;
    if (isPunct(toks[k + 1], COMMA) && arComp(toks[k + 2])) return k + 2;
  }
  return j;
}

/**
 * عن (or على: وزاد على ذلك أن), at most three words (أمله في، اعتقاده), then the complementiser; with the
 * frame about, عن and a quotation at once (وعبرت الوزيرة عن "قلقها العميق": the speaker's words).
 */
function aboutThenClause(r: ArReading, j: number): boolean {
  if (!isWord(r.toks[j]) || (r.toks[j].norm !== "عن" && r.toks[j].norm !== "علي")) return false;
  if (r.toks[j].norm === "عن" && r.entry.frames.has(Fr.about) && isOpen(r.toks[j + 1])) return true;
  for (let k = j + 1; k <= j + 4; k++) {
    if (arComp(r.toks[k])) return true;
    if (!isWord(r.toks[k])) return false;
  }
  return false;
}

/**
 * ويتابع الوزير الوضع عن كثب: the present of a verb that mostly means "follows, monitors" (ar-words
 * strictPresent) opening a clause reports only when its words open after its subject and adjuncts
 * (ويتابع المتحدث في حديثه أن …) or قائلاً follows (inside a clause the cue look-up asks for its words at once).
 */
function wordsAtOnce(r: ArReading): Verdict {
  const j = r.after;
  if (isWord(r.toks[j]) && cueAt(r.p, j)?.entry.form === "participle") return undefined;
  return arOpening(r.p, j, r.entry.frames, 24) ? undefined : null;
}
