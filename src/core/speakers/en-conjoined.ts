// Two or more sources under one cue, joined by "and": "Munich Re and Swiss Re", "chief
// executive William Schreyer and chief operating officer Daniel Tully" — and the names that
// hold an "and" of their own ("Merrill Lynch and Co Inc", "Energy and Mines Minister X").
import { lexicon } from "../lexicon";
import { isPunct, isWord, type Para } from "../text/paragraph";
import { WORD } from "../text/token";
import { afterPrep, capsLine, enClass, isAcronym, isRole, NAME_WORD, nameRuns } from "./en-names";
import { inList, sourceClass } from "../lexicon/lookup";

type Toks = Para["toks"];

/** What conjoined counts of the part of the phrase it is reading. */
interface Parts {
  parts: number;
  complete: number;
  /** Parts with an institution or place word of their own, and parts with a role. */
  own: number;
  roled: number;
  /** The current part: its name words, and whether it holds an institution or a role. */
  names: number;
  inst: boolean;
  role: boolean;
  /** The current part's name words are one acronym (the IMF, NATO): an institution's. */
  acronym: boolean;
}

function closePart(c: Parts): void {
  c.parts++;
  const acronym = c.acronym && c.names === 1;
  if (c.inst || acronym || c.names >= 2 || (c.role && c.names >= 1)) c.complete++;
  if (c.inst || acronym) c.own++;
  if (c.role) c.roled++;
  c.names = 0;
  c.inst = false;
  c.role = false;
  c.acronym = false;
}

/**
 * Two or more sources joined by "and", each complete on its own: a name with an institution
 * word, an institution or place, a name of two words, or a role and a name. When the last part
 * holds an institution word and not every part does, it is one institution's name (Goodyear Tire
 * and Rubber Co); parts with a role: all or none ("Carroll McEntee and McGinley Futures analyst
 * Brian Singer" is one person at one firm).
 */
export function conjoined(p: Para, a: number, b: number): boolean {
  const toks = p.toks;
  if (bothNames(toks, a, b) || nameAndOthers(toks, a, b) || sharedSurname(toks, a, b) || nameAndTheParty(toks, a, b)) return true;
  const runs = nameRuns(toks, a, b);
  const c: Parts = { parts: 0, complete: 0, own: 0, roled: 0, names: 0, inst: false, role: false, acronym: false };
  let tailed = false;
  const honorificFirst = isWord(toks[a]) && inList(toks[a], lexicon().en.honorifics);
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.kind !== WORD) continue;
    // "and" joins two sources after a capitalised word (Munich Re and, Schreyer and), not inside a
    // role ("music and marketing manager") or a company name ("Kidder Peabody and Co").
    if (inList(t, lexicon().en.sourceJoiners) && !t.cap) {
      const prev = toks[k - 1];
      // (Nor inside an institution's name after a preposition: Council for Economic Planning and Development.)
      let inName = false;
      for (let i = 0; i < runs.length; i += 2) if (k - 1 >= runs[i] && k - 1 < runs[i + 1]) inName = afterPrep(toks, runs[i], a) >= 0;
      const fresh = freshSource(toks, k + 1, b, a);
      // "Prime Minister Lena Holm and Finance Minister Arvid Berg": a name and a title start a new
      // source when the part before had a role of its own (not "Ecuadorean Energy and Mines Minister").
      if (isWord(prev) && prev.cap && !inName && !isRole(prev) && (fresh === 2 || (fresh === 1 && c.role))) {
        closePart(c);
        tailed = false;
      }
      continue;
    }
    // ("Mr. Vale and Ms. Lind": an honorific and a name make a part complete, as a role and a name do;
    // only when the phrase opens with one: "Lawyers for Mr Vale and Mr Lind" are one source.)
    if (honorificFirst && inList(t, lexicon().en.honorifics)) {
      c.role = true;
      continue;
    }
    const sc = enClass(toks, k);
    if (sc && sc !== NAME_WORD && (sc.cls === "orgname" || sc.cls === "org")) tailed = true;
    if (sc === NAME_WORD) {
      c.names++;
      c.acronym = isAcronym(p, t) && !capsLine(p, a, b);
    }
    else if (sc && (sc.cls === "org" || sc.cls === "place" || (sc.cls === "orgname" && c.names > 0))) c.inst = true;
    else if (sc && (sc.cls === "title" || sc.cls === "anon")) c.role = true;
  }
  closePart(c);
  return c.parts >= 2 && c.complete === c.parts && !(tailed && c.own < c.parts) && (c.roled === 0 || c.roled === c.parts) && !oneLegalForm(toks, a, b);
}

/**
 * "Harbour Water and Waste Industries Inc": a legal form (en-words firmSuffixes) closing the phrase, and none
 * before it, is one firm's name with an "and" in it (not "Thames Water Ltd and Severn Trent Plc", two firms).
 */
function oneLegalForm(toks: Toks, a: number, b: number): boolean {
  let e = b - 1;
  if (isPunct(toks[e], ".")) e--;
  const suffixes = lexicon().en.firmSuffixes;
  if (!isWord(toks[e]) || !toks[e].cap || !suffixes.has(toks[e].norm)) return false;
  for (let k = a; k < e; k++) if (isWord(toks[k]) && toks[k].cap && suffixes.has(toks[k].norm)) return false;
  return true;
}

/**
 * Whether a new source starts at token k after "and" (2): a determiner or a role, a name of two
 * words or more, or an institution word after a name ("Swiss Re"); 1 for a name word and a title
 * (Finance Minister); 0 when one name goes on ("Securities and Exchange Commission"). An honorific
 * starts one only when the phrase, from token a0, opens with one too (Mr. Vale and Ms. Lind).
 */
function freshSource(toks: Toks, k: number, b: number, a0: number): 0 | 1 | 2 {
  const t = toks[k];
  if (!isWord(t)) return 0;
  if (inList(t, lexicon().en.mentionDeterminers) || isRole(t) || (inList(t, lexicon().en.honorifics) && inList(toks[a0], lexicon().en.honorifics))) return 2;
  // (A single letter goes on a name: CB and T Bancshares, S and P.)
  if (t.e - t.s === 1) return 0;
  let names = 0;
  for (let j = k; j < b && isWord(toks[j]); j++) {
    const c = enClass(toks, j);
    if (c === NAME_WORD) {
      names++;
      continue;
    }
    if (names >= 2 || (names >= 1 && !!c && (c.cls === "orgname" || c.cls === "org"))) return 2;
    // A name word then a title (Finance Minister …): 1, a new source only after a complete one.
    return names >= 1 && !!c && c.cls === "title" ? 1 : 0;
  }
  return names >= 2 ? 2 : 0;
}

/**
 * "Both Marais and Develle", "both Ruiz and Cole": "both", a capitalised word or two, "and", a
 * capitalised word or two — two sources, even of one name word each.
 */
function bothNames(toks: Toks, a: number, b: number): boolean {
  if (!isWord(toks[a]) || toks[a].norm !== "both") return false;
  let and = -1;
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    if (!isWord(t)) return false;
    if (t.norm === "and" && !t.cap && and < 0) and = k;
    else if (!t.cap) return false;
  }
  return and > a + 1 && and < b - 1 && and - a - 1 <= 2 && b - and - 1 <= 2;
}

/**
 * "Ana and Tomas Ruiz", "Ana and Tomas de la Ruiz": one name word, "and", a given name and a surname
 * (its particles too): two people of one family, two sources. Every capitalised word a name word (not
 * "Procter and Gamble Co", whose last word is an institution's).
 */
function sharedSurname(toks: Toks, a: number, b: number): boolean {
  if (b - a < 4 || enClass(toks, a) !== NAME_WORD || !isWord(toks[a + 1]) || toks[a + 1].norm !== "and" || toks[a + 1].cap) return false;
  if (toks[a].e - toks[a].s < 3 || toks[a + 2].e - toks[a + 2].s < 3) return false;
  for (let k = a + 2; k < b; k++) {
    const t = toks[k];
    if (!isWord(t) || (t.cap ? enClass(toks, k) !== NAME_WORD : !inList(t, lexicon().en.nameParticles))) return false;
  }
  return toks[b - 1].cap;
}

/** Capitalised words (an honorific's stop among them) the named part of nameAndOthers may take. */
const NAMED_PART = 4;

/**
 * "Ruiz and the bankers", "both Mrs. Ruiz and her ministry": a person's name (capitalised words, "both"
 * before them or not), "and", then a determiner or a possessive and lower-case words with a source noun
 * among them — a named source and unnamed others under one cue, two sources.
 */
function nameAndOthers(toks: Toks, a: number, b: number): boolean {
  let k = isWord(toks[a]) && toks[a].norm === "both" ? a + 1 : a;
  const first = k;
  let named = false;
  for (; k < b && k < first + NAMED_PART; k++) {
    const t = toks[k];
    if (isPunct(t, ".") && k > first) continue;
    if (!isWord(t) || !t.cap) break;
    if (enClass(toks, k) === NAME_WORD) named = true;
  }
  const and = toks[k];
  if (!named || !isWord(and) || and.norm !== "and" || and.cap || !isWord(toks[k + 1]) || !inList(toks[k + 1], lexicon().en.mentionDeterminers)) return false;
  let source = false;
  for (let j = k + 2; j < b; j++) {
    if (!isWord(toks[j]) || toks[j].cap) return false;
    if (sourceClass(toks[j])) source = true;
  }
  return source;
}

/** Capitalised words each part of nameAndTheParty may take. */
const PARTY_WORDS = 3;

/**
 * "Labour and the Conservatives", "the Greens and the Lib Dems": capitalised words ("the" before them or
 * not), "and", "the" and capitalised words ending in a plural (a party, a people) — two sources.
 */
function nameAndTheParty(toks: Toks, a: number, b: number): boolean {
  let k = isWord(toks[a]) && (toks[a].norm === "both" || toks[a].norm === "the") ? a + 1 : a;
  const first = k;
  while (k < b && k < first + PARTY_WORDS && isWord(toks[k]) && toks[k].cap) k++;
  if (k === first || !isWord(toks[k]) || toks[k].norm !== "and" || toks[k].cap || !isWord(toks[k + 1]) || toks[k + 1].norm !== "the") return false;
  const from = k + 2;
  for (k = from; k < b; k++) if (!isWord(toks[k]) || !toks[k].cap) return false;
  const last = toks[b - 1];
  return b > from && b - from <= PARTY_WORDS && last.norm.length > 3 && last.norm.endsWith("s");
}
