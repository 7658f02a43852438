// Relayed speech: نقلت الوكالة عن فلان قوله إن … / نقل عن فلان أن … — the relayed source
// (after عن) speaks, not the outlet that relays it.
import { Fr, Gr, framesOf, lexicon } from "../../lexicon";
import { cueAt, hasGrammar, inList, sourceClass } from "../../lexicon/lookup";
import type { Tok } from "../../text/token";
import { FoundStatement } from "../../statements/found";
import { COMMA, isOpen, isPunct, isWord, sentenceEndTok, type Para } from "../../text/paragraph";
import { arOpening } from "../opening";
import type { ArReading, Verdict } from "../reading";
import { arSourceNP, nameLikeWord } from "../source-phrase";
import { arComp, isTimeOrMedium } from "../words";

/** What the relayed source's words open with (نقل عن فلان قوله إن / : / «…»). */
const RELAY_FRAMES = framesOf(["an", "colon", "quote"]);

/** The prepositions before the relayed source, as the look-up key spells them: عن (نقل X عن Y), إلى (نسب X إلى Y), من (علمت X من Y). */
const AN = "عن";
const ILA = "الي";
const MIN = "من";

export function relayed(r: ArReading): Verdict {
  if (!r.entry.frames.has(Fr.relay)) return undefined;
  const { p, toks } = r;
  const a1 = r.cueEnd;
  const end = sentenceEndTok(p, a1);
  // (نسب X إلى Y قوله: a relay verb that takes إلى names the relayed source after it; the outlet ends there.)
  // (علمت الصحيفة من مصادر أن …: a relay verb that takes من, a verb of learning, names who told it after من.)
  const prep = r.entry.frames.has(Fr.ila) ? ILA : r.entry.frames.has(Fr.min) ? MIN : AN;
  const b1 = prep !== AN ? wordAt(p, a1, arSourceNP(p, a1, end), prep) : arSourceNP(p, a1, end);
  // نقل X عن Y (قوله) إن … (also after a day or an aside: نقلت الوكالة الأحد، عن …، نقلت الصحف، في وقت سابق، عن …)
  // (نسبت الصحيفة لمسؤولين القول إن …: the relayed source under لـ.)
  if (prep === ILA && b1 > a1 && lamSource(toks[b1])) return relayedFrom(r, b1, true);
  // (وكانت الصحيفة نقلت، أمس، عن فلان قوله: the outlet before the verb; عن after an aside or a day right after it.)
  const an = b1 > a1 ? relayAn(p, b1, end, prep) : prep === AN ? relayAn(p, a1, end, prep) : -1;
  if (an >= 0) {
    const st = relayedFrom(r, an + 1);
    if (st) return st;
  }
  // (علمت الصحيفة أن …, with no one who told it: what the paper learned, no report.)
  if (prep === MIN) return null;
  // (ونقلت الوكالة قول مصدر أمني إن …: a saying, ar-words relayedSayings, in construct with the relayed source.)
  const sayer = prep === AN ? sayerOfSaying(p, a1, b1 + 1) : -1;
  // (Its words open right after the source: not تصريحات المسؤول الذي قال إن …, the relative's own report.)
  if (sayer > 0 && opensRightAfter(p, arSourceNP(p, sayer, end))) {
    const st = relayedFrom(r, sayer);
    if (st) return st;
  }
  // ونقلت الوكالة الرسمية أن …: the outlet's own report (read as any verb's).
  if (b1 > a1 && arComp(toks[b1])) return undefined;
  // نقل عن Y: the outlet is not written.
  if (isWord(toks[a1]) && toks[a1].norm === prep) return relayedFrom(r, a1 + 1);
  // ونقلت المصادر القول إن …: "reported the saying", the subject's own words (read as any verb's).
  return b1 > a1 && hasGrammar(toks[b1], Gr.verbnoun) ? undefined : null;
}

/**
 * The عن of نقل X عن Y (the إلى of نسب X إلى Y, the من of علمت X من Y: `prep`) at or after token b (the end of the outlet X): right there, after time words
 * (الأحد), a comma, or a short aside between commas (، في وقت سابق، عن …); -1 when none.
 */
function relayAn(p: Para, b: number, end: number, prep: string): number {
  const toks = p.toks;
  let j = b;
  while (j < end && j - b < 3 && isTimeOrMedium(toks[j])) j++;
  if (isPunct(toks[j], COMMA) && !(isWord(toks[j + 1]) && toks[j + 1].norm === prep)) {
    let k = j + 1;
    while (k < end && k - j <= 4 && isWord(toks[k]) && toks[k].norm !== prep && !cueAt(p, k)) k++;
    if (k > j + 1 && isPunct(toks[k], COMMA)) j = k;
  }
  if (isPunct(toks[j], COMMA)) j++;
  return isWord(toks[j]) && toks[j].norm === prep ? j : -1;
}

/** The statement of the source that starts at token a (after عن), its words opening after it (and قوله). */
function relayedFrom(r: ArReading, a: number, lam = false): FoundStatement | null {
  const { p, toks } = r;
  // (Under لـ, lam, the phrase is read from the word after it: the لـ belongs to the word itself.)
  const b = lam ? Math.max(a + 1, arSourceNP(p, a + 1, sentenceEndTok(p, a))) : arSourceNP(p, a, sentenceEndTok(p, a - 1));
  if (b <= a) return null;
  let k = relativeAsideEnd(p, b);
  if (hasGrammar(toks[k], Gr.verbnoun)) k++;
  const o = arOpening(p, k, RELAY_FRAMES, 10);
  if (!o) return null;
  if (lam) {
    r.sourceAfterClitic = true;
    r.sourceFrom = a;
  }
  const st = r.statement(a, b, o, null);
  // (The outlet, the relayed source and a relative clause on it, عن فلان، الذي اختتم زيارته، قوله إن …,
  // are the relay's words: no other cue's source, and a verb among them is no cue of its own.)
  st.claimedTo = k;
  return st;
}

/**
 * عن فلان، الذي اختتم زيارته الخميس، قوله إن …: a relative clause on the relayed source, between
 * commas and closed by the verbal noun of its report, is passed over; b when there is none.
 */
function relativeAsideEnd(p: Para, b: number): number {
  const toks = p.toks;
  if (!isPunct(toks[b], COMMA) || !hasGrammar(toks[b + 1], Gr.relative)) return b;
  for (let k = b + 2; k < toks.length && k - b <= 12; k++) {
    if (!isWord(toks[k])) return isPunct(toks[k], COMMA) && hasGrammar(toks[k + 1], Gr.verbnoun) ? k + 1 : b;
  }
  return b;
}

/**
 * Where who said the saying (ar-words relayedSayings) after the outlet in the phrase [a, b) (it may run on over
 * it) begins: its genitive (sayerAt), or the subject of a verb of issuing with بها after it (تصريحات أدلى بها
 * الوزير); -1 when none.
 */
function sayerOfSaying(p: Para, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    if (!isWord(p.toks[k]) || !inList(p.toks[k], lexicon().ar.relayedSayings)) continue;
    if (sayerAt(p, k + 1)) return k + 1;
    const v = p.toks[k + 1];
    const bi = p.toks[k + 2];
    if (isWord(v) && inList(v, lexicon().ar.issuingVerbs) && isWord(bi) && BI_IT.has(bi.norm) && sayerAt(p, k + 3)) return k + 3;
  }
  return -1;
}

/** بها، به، بهما: "(statements) he made", the saying the verb of issuing is about. */
const BI_IT = new Set(["بها", "به", "بهما"]);

/**
 * The saying's genitive at k names who said it: a source noun (مصدر، المحافظ), a definite word, a name of two
 * words (سامي الخطيب) or of one right before the words (قول نتنياهو إن); not a verb (تصريحات أدلى بها الوزير:
 * the sayer comes later, in the relative clause) nor an adjective of the saying (تصريحات سابقة للوزير).
 */
function sayerAt(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t) || inList(t, lexicon().ar.issuingVerbs)) return false;
  // (ar-words sayingQualifiers qualify the saying: قول آخر، تصريحات سابقة.)
  if (inList(t, lexicon().ar.sayingQualifiers)) return false;
  if (sourceClass(t) || (t.norm.startsWith("ال") && t.norm.length > 3)) return true;
  const n = p.toks[k + 1];
  // (Nor a one-word "name" ending in ة or a plain adjective: تصريحات جديدة، متلفزة.)
  if (t.norm.endsWith("ه") || inList(t, lexicon().ar.plainAdjectives)) return false;
  return nameLikeWord(p, k) && (opensRightAfter(p, k + 1) || (isWord(n) && (nameLikeWord(p, k + 1) || n.norm.startsWith("ال"))));
}

/** Token k opens words: إن/أن, a colon or an opening quotation mark. */
function opensRightAfter(p: Para, k: number): boolean {
  const t = p.toks[k];
  return !!arComp(t) || isPunct(t, ":") || isOpen(t);
}

/** The first token in [a, b) after a that is the word `w` (as the look-up key spells it) or a source under لـ; b when none is. */
function wordAt(p: Para, a: number, b: number, w: string): number {
  for (let k = a + 1; k < b; k++) if (isWord(p.toks[k]) && (p.toks[k].norm === w || lamSource(p.toks[k]))) return k;
  return b;
}

/** لمسؤولين، لمصادر: a source noun under a glued لـ. */
function lamSource(t: Tok | undefined): boolean {
  return isWord(t) && t.ar && t.norm.startsWith("ل") && !t.norm.startsWith("ال") && t.norm.length > 3 && !!sourceClass(t);
}
