// Who a source mention is, and which earlier speaker it refers to.
//   مايك بومبيو … بومبيو                          → one person (shared name words)
//   وزير المال الفرنسي برونو لو مير … الوزير الفرنسي → one person (title and descriptors)
//   مسؤول مخابرات أميركي … المسؤول في المخابرات الأميركية … المسؤول → one anonymous source
//   مصدر … مصدر                                   → two sources (indefinite means new)
//   he / she / they                               → the most recent fitting speaker
import type { SpeakerKind } from "./types";
import { isWord, type Para } from "./text/paragraph";
import { sourceClass } from "./lexicon/lookup";
import { WordMemo } from "./perf/intern";
import { QUOTE, WORD } from "./text/token";
import { lexicon } from "./lexicon";
import { keepShape } from "./perf/keep-shape";

export interface MentionInfo {
  s: number;
  e: number;
  kind: SpeakerKind | "pronoun";
  /** Lemma of the head noun (anonymous, title or institution), "" for names. */
  lemma: string;
  definite: boolean;
  /** Normalised name words (persons), in order. */
  name: string[];
  /** The name as written, and the title as written. */
  nameText: string;
  titleText: string;
  /** Normalised content words without the article, for descriptor matching. */
  words: string[];
  pronoun: string;
  /** The head noun stands alone, nothing describes it (مصدر، sources, a source). */
  headAlone: boolean;
  lang: "ar" | "en";
}

export interface SpeakerState {
  kind: SpeakerKind;
  name: string;
  nameWords: string[];
  /** wordHash of each of nameWords (see wordHash; the resolver keeps those of name and lemma). */
  nameH: number[];
  title: string;
  lemma: string;
  /** Every content word of its mentions, once each, in order of arrival (a handful: an array beats a Set). */
  words: string[];
  /** wordHash of each of words. */
  wordsH: number[];
  mentions: { s: number; e: number }[];
  anonymity: { s: number; e: number }[];
  last: number;
  firstMention: MentionInfo | null;
  /** The first mention's words joined by spaces, made when first compared. */
  firstWords: string | null;
  /** The lemma heads an institution's proper name (ar-words.tsv: namedOrgHeads). */
  namedOrg: boolean;
  /** Output id ("s3") once the analysis is written out; "" while it is not, or not said anything. */
  id: string;
  /** Its index in the resolver's list of speakers. */
  no: number;
}


const stripAl = (w: string) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w.startsWith("وال") && w.length > 4 ? w.slice(3) : w);
/** Descriptor key: article and feminine ending dropped (الأميركية ~ أميركي). */
const key = (w: string) => {
  let k = stripAl(w);
  if (k.length > 3 && k.endsWith("ه")) k = k.slice(0, -1);
  if (k.length > 4 && (k.endsWith("ون") || k.endsWith("ين"))) k = k.slice(0, -2);
  return k;
};

const keyOf = new WordMemo<string>(key);

function nisba(w: string): boolean {
  const k = stripAl(w);
  return k.length >= 4 && (k.endsWith("يه") || k.endsWith("يون") || k.endsWith("يين") || k.endsWith("يان") || k.endsWith("يتان") || (k.endsWith("ي") && k.length >= 5));
}

export function describeMention(p: Para, a: number, b: number): MentionInfo {
  const toks = p.toks;
  // A closing parenthesis stays: المادة (27).
  while (b > a && !isWord(toks[b - 1]) && !(toks[b - 1].kind !== QUOTE && toks[b - 1].norm === ")" && b - 2 > a)) b--;
  while (a < b && !isWord(toks[a])) a++;
  const s = toks[a]?.s ?? 0;
  let e = toks[b - 1]?.e ?? s;
  // شركة "نتفليكس": the closing mark of a quoted name inside the mention belongs to it.
  const close = toks[b];
  if (close && close.kind === QUOTE && close.quote >= 0 && b > a && p.quotes[close.quote]?.close === b && p.quotes[close.quote].open >= a) e = close.e;
  const m: MentionInfo = { s, e, kind: "unknown", lemma: "", definite: false, name: [], nameText: "", titleText: "", words: [], pronoun: "", headAlone: false, lang: p.lang };
  if (b <= a) return m;
  return p.lang === "ar" && toks[a].ar ? describeAr(p, a, b, m) : describeEn(p, a, b, m);
}

/**
 * A bare source: an anonymous mention whose head stands alone and says nothing about the
 * source (ar-words/en-words: vagueSourceHeads; مصدر، a source). Two such mentions are two
 * sources, and the vague-source rule flags the first.
 */
export function isBareSource(m: MentionInfo): boolean {
  const { ar, en } = lexicon();
  return m.kind === "anonymous" && m.headAlone && (ar.vagueSourceHeads.has(m.lemma) || en.vagueSourceHeads.has(m.lemma));
}

/** مستغرباً، مازحاً: an adverbial accusative describing how the words were said, never a name. */
function hal(p: Para, k: number): boolean {
  const t = p.toks[k];
  const n = t.norm;
  if (n.length < 5 || !n.startsWith("م") || !n.endsWith("ا")) return false;
  const raw = p.text.charCodeAt(t.e - 1);
  // Tanween (ً) marks it for certain; unmarked, only the shapes مُتفعِّلا / مُستفعِلا (a name like
  // ماتيلدا has the same letters as مُفعِلا).
  if (raw === 0x064b || p.text.charCodeAt(t.e - 2) === 0x064b) return true;
  return n.length >= 6 && (n.startsWith("مت") || n.startsWith("مست")) && n[n.length - 2] !== "ي" && n[n.length - 2] !== "و";
}

/** Whether a name-like word (no article, no lexicon class) stands in [a, b). */
function nameLikeAfter(toks: Para["toks"], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isWord(toks[k]) && !toks[k].norm.startsWith("ال") && !sourceClass(toks[k]) && !lexicon().ar.mentionInner.has(toks[k].norm) && !nisba(toks[k].norm)) return true;
  return false;
}

function describeAr(p: Para, a: number, b: number, m: MentionInfo): MentionInfo {
  const toks = p.toks;
  // A trailing adverbial (آخر مستغرباً) is not part of the mention.
  const b0 = b;
  while (b - 1 > a && isWord(toks[b - 1]) && !sourceClass(toks[b - 1]) && hal(p, b - 1)) b--;
  if (b < b0) m.e = toks[b - 1].e;
  const classes = [];
  let nameStart = -1;
  let nameEnd = -1;
  let runStart = -1;
  // The first name of two words or more after the title is the person's (الدكتورة بسمة جستنية مديرة
  // مركز … المساعد فلان); a lone name word later in the description is a place or a unit.
  let fixed = false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!isWord(t)) {
      if (runStart >= 0 && nameEnd - nameStart >= 2) fixed = true;
      runStart = -1;
      classes.push(null);
      continue;
    }
    const sc = sourceClass(t);
    classes.push(sc);
    if (!lexicon().ar.mentionInner.has(t.norm)) m.words.push(keyOf.get(t));
    const particle = lexicon().ar.nameParticles.has(t.norm);
    // Inside a name a nisba without the article is a family name (أمل تركستاني): an adjective
    // after a definite name would carry ال.
    // نادي العين لكرة القدم: لـ + a definite noun after a plain definite word is "for the …", not a name.
    const prevT = k > a ? toks[k - 1] : null;
    const forThe = t.norm.startsWith("ل") && isWord(toks[k + 1]) && toks[k + 1].norm.startsWith("ال") && !!prevT && isWord(prevT) && prevT.norm.startsWith("ال") && sourceClass(prevT)?.cls !== "title";
    const nameLike =
      !sc &&
      !forThe &&
      !lexicon().ar.mentionInner.has(t.norm) &&
      (particle ||
        // دميتري، علي، مهدي: after a definite word or a title an unarticled nisba is a name, not an adjective.
        (!t.norm.startsWith("ال") && !t.norm.startsWith("لل") && (!nisba(t.norm) || runStart >= 0 || (!!prevT && isWord(prevT) && (prevT.norm.startsWith("ال") || sourceClass(prevT)?.cls === "title") && !t.norm.endsWith("ون") && !t.norm.endsWith("ين")))) ||
        (runStart >= 0 && t.norm.startsWith("ال")));
    if (fixed) continue;
    if (nameLike && !(particle && runStart < 0 && k + 1 >= b)) {
      if (runStart < 0) {
        runStart = k;
        // تركي آل الشيخ: a word before a name particle is the first name, whatever it also means.
        if (particle && k - 1 >= a && isWord(toks[k - 1]) && classes[k - 1 - a]?.cls === "descriptor" && !toks[k - 1].norm.startsWith("ال")) runStart = k - 1;
      }
      nameStart = runStart;
      nameEnd = k + 1;
    } else {
      if (runStart >= 0 && nameEnd - nameStart >= 2) fixed = true;
      runStart = -1;
    }
  }
  let headIdx = 0;
  while (headIdx < classes.length && classes[headIdx] === null) headIdx++;
  const head = headIdx < classes.length ? classes[headIdx] : null;
  if (!head) headIdx = -1;
  const firstWord = toks[a];
  // مصادر مقربة من المستشار فلان / المتحدث باسم الرئيس فلان: a name inside a prepositional
  // phrase (with no apposition comma before it) is someone else's.
  // Only when the name follows the preposition or a title inside its phrase (من أصل لبناني فلان is his).
  const before = nameStart > a ? toks[nameStart - 1] : undefined;
  if (head && headIdx === 0 && nameStart > a && isWord(before) && (lexicon().ar.mentionInner.has(before.norm) || sourceClass(before)?.cls === "title")) {
    for (let k = nameStart - 1; k > a; k--) {
      const t = toks[k];
      if (!isWord(t)) break;
      // المتحدث باسمه مات هاوس: with its pronoun the phrase is complete and the name is the speaker's.
      if (lexicon().ar.mentionInner.has(t.norm) && t.norm !== "و" && !t.norm.startsWith("باسمه")) {
        nameStart = nameEnd = -1;
        break;
      }
    }
  }
  // خبير اقتصادي يعمل لدى …، مصدر طلب عدم …: after an indefinite unnamed source and its adjectives,
  // a word with no article is the verb of a relative clause, not a name (a name would follow a
  // definite title: الخبير فلان، سيدة الأعمال فلانة).
  if (head && headIdx === 0 && head.cls === "anon" && !head.definite && nameStart > a && isWord(toks[a + 1]) && !toks[a + 1].norm.startsWith("ال") && !toks[a].norm.startsWith("احد")) {
    let k = a + 1;
    while (k < nameStart && isWord(toks[k]) && !toks[k].norm.startsWith("ال") && sourceClass(toks[k])?.cls !== "title" && sourceClass(toks[k])?.cls !== "org") k++;
    if (k === nameStart) nameStart = nameEnd = -1;
  }
  const hasName = nameStart >= 0 && !(head && nameStart === a + headIdx);
  if (head && headIdx === 0) {
    m.lemma = head.lemma;
    m.definite = head.definite;
    if (head.cls === "anon") m.kind = hasName ? "person" : "anonymous";
    else if (head.cls === "title") m.kind = "person";
    else if (head.cls === "org" || head.cls === "place") m.kind = "organization";
    else if (head.cls === "group") m.kind = "group";
    // آخر، ثالث: a descriptor standing alone is one more unnamed source.
    else if (head.cls === "descriptor" || head.cls === "informed") m.kind = hasName ? "person" : "anonymous";
    else m.kind = hasName ? "person" : "unknown";
    // أحد المسؤولين: "one of" + a definite plural is still indefinite.
    if (firstWord.norm.startsWith("احد")) m.definite = false;
  } else if (!head && !firstWord.norm.startsWith("ال") && (firstWord.norm.endsWith("يون") || firstWord.norm.endsWith("يين")) && nisba(firstWord.norm) && (b - a === 1 || !nameLikeAfter(toks, a + 1, b))) {
    // قانونيون، اقتصاديون: an unnamed collective of people.
    m.kind = "anonymous";
    m.lemma = key(firstWord.norm);
  } else if (nameStart === a) {
    m.kind = "person";
  } else if (head) {
    m.lemma = head.lemma;
    m.definite = head.definite;
    m.kind = head.cls === "anon" ? (hasName ? "person" : "anonymous") : head.cls === "title" ? "person" : head.cls === "group" ? "group" : head.cls === "informed" || head.cls === "descriptor" ? "anonymous" : "organization";
  } else if (b - a === 1 && firstWord.norm.startsWith("ال") && nisba(firstWord.norm) && firstWord.norm.endsWith("ي")) {
    // الهاجري، القحطاني: a family name on its own.
    m.kind = "person";
    nameStart = a;
    nameEnd = b;
  } else {
    // الطبيبة، سلمى داود: an unknown role word followed by a name is a person.
    m.kind = firstWord.norm.startsWith("ال") && !(nameStart > a) ? "organization" : "person";
  }
  if (m.kind === "person" && nameStart >= 0) {
    m.name = [];
    for (let k = nameStart; k < nameEnd; k++) if (isWord(toks[k])) m.name.push(toks[k].norm);
    m.nameText = p.text.slice(toks[nameStart].s, toks[nameEnd - 1].e);
    if (nameStart > a) {
      let te = nameStart - 1;
      while (te > a && !isWord(toks[te])) te--;
      m.titleText = p.text.slice(toks[a].s, toks[te].e);
    }
  } else if (m.kind === "person") {
    m.titleText = p.text.slice(m.s, m.e);
  }
  // الحكومة وخبراء مستقلون: two kinds of source under one cue are one group.
  if (m.kind === "organization" || m.kind === "anonymous") {
    for (let k = a + 1; k < b; k++) {
      const t = toks[k];
      // The clitic و, not a word that begins with the letter (وزارة).
      if (!isWord(t) || !t.norm.startsWith("و") || t.norm.length < 4 || lexicon().sources.has(t.norm)) continue;
      const sc = classes[k - a];
      const other = sc?.cls === "anon" ? "anonymous" : sc?.cls === "org" || sc?.cls === "place" ? "organization" : "";
      if (other && other !== m.kind) {
        m.kind = "group";
        break;
      }
    }
  }
  m.headAlone = b - a === 1;
  return m;
}

function describeEn(p: Para, a: number, b: number, m: MentionInfo): MentionInfo {
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
  let title = -1;
  let det = false;
  const names: number[] = [];
  for (let k = a; k < hb; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    m.words.push(t.norm);
    if (k === a && lexicon().en.mentionDeterminers.has(t.norm)) det = true;
    const sc = sourceClass(t);
    if (sc?.cls === "anon" && !anon) anon = sc.lemma;
    else if ((sc?.cls === "org" || sc?.cls === "place") && !org) org = sc.lemma;
    else if (sc?.cls === "title") title = k;
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
  } else m.kind = det ? "unknown" : "unknown";
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

/**
 * A 32-bit hash of a string (FNV-1a). The resolver compares each mention with every
 * speaker of its window, and comparing two different strings reads both from wherever
 * they lie in the heap, a cache miss each: numbers kept on the speaker settle almost
 * every comparison first (equal strings have equal hashes; the strings decide a tie).
 */
export function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h | 0; // an int32 for every word, the empty one too (the resolver's Int32Arrays hold them)
}

function hashes(ws: string[]): number[] {
  const out: number[] = new Array<number>(ws.length);
  for (let i = 0; i < ws.length; i++) out[i] = wordHash(ws[i]);
  return out;
}

/** Whether `w` (hash `h`) is among `ws` (hashes `hs`). */
function has(ws: string[], hs: number[], w: string, h: number): boolean {
  for (let i = 0; i < hs.length; i++) if (hs[i] === h && ws[i] === w) return true;
  return false;
}

/** Every one of xs (hashes xh) is among ys (hashes yh). */
function allHas(xs: string[], xh: number[], ys: string[], yh: number[]): boolean {
  for (let i = 0; i < xs.length; i++) if (!has(ys, yh, xs[i], xh[i])) return false;
  return true;
}

/** Two names of one person: the same last word, or one name's words all in the other. */
function sameName(a: string[], ah: number[], b: string[], bh: number[]): boolean {
  if (!a.length || !b.length) return false;
  if (ah[ah.length - 1] === bh[bh.length - 1] && a[a.length - 1] === b[b.length - 1]) return true;
  return allHas(b, bh, a, ah) || allHas(a, ah, b, bh);
}

/** The same words in the same order (what comparing the two joined by spaces tells: no word holds a space). */
function sameWords(a: string[], ah: number[], b: string[], bh: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (ah[i] !== bh[i] || a[i] !== b[i]) return false;
  return true;
}

/** Every word is the head `lemma`, or in `known` as written or as its key (keys[i]); *H: their hashes. */
function allKnown(words: string[], wordsH: number[], keys: string[], keysH: number[], known: string[], knownH: number[], lemma: string): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (lemma && (keys[i] === lemma || w === lemma)) continue;
    if (!has(known, knownH, w, wordsH[i]) && !has(known, knownH, keys[i], keysH[i])) return false;
  }
  return true;
}

const KIND_CODE: Record<SpeakerKind, number> = { person: 1, organization: 2, anonymous: 3, group: 4, unknown: 5 };

/** A 32-bit signature of a set of word hashes: one bit per word (a necessary test for a shared word). */
function sigOf(hs: number[]): number {
  let x = 0;
  for (let i = 0; i < hs.length; i++) x |= bit(hs[i]);
  return x;
}
const bit = (h: number): number => 1 << (h >>> 27);

// What a scan of the window must find before it reads a speaker (see recent).
const ANY = 0;
/** A name word in common: the name signatures meet (x). */
const SOME_NAME_WORD = 1;
/** All of x's words among the speaker's: its word signature covers x. */
const ALL_WORDS = 2;
/** The same head (lemma hash x), or the word with hash bit y among its words. */
const LEMMA_OR_WORD = 3;
/** The same head (lemma hash x). */
const LEMMA = 4;
/** The same words (signature x), the same head (y) or the same name (z). */
const ORG = 5;
/** The same name as written (hash x). */
const NAME_TEXT = 6;

/** Keeps the article's speakers and links each new mention to one of them. */
export class SpeakerResolver {
  readonly speakers: SpeakerState[] = [];
  private clock = 0;
  /**
   * The most recently used speakers (their numbers), oldest first. A later mention
   * refers back to a speaker of the last few paragraphs, never to one of hundreds
   * before: bounding the window keeps a whole newspaper archive in one file linear.
   */
  private window: number[] = [];
  private static readonly WINDOW = 48;
  // Each speaker's kind, hashes and signatures by number, side by side: a scan of the
  // window reads these and reads a speaker object only when they let it through. Reading
  // up to 48 speaker objects per mention, wherever they lay in the heap, missed the cache
  // on each. (The hashes of name and lemma live only here.)
  private kindOf: Uint8Array = new Uint8Array(256);
  private lemmaHOf: Int32Array = new Int32Array(256);
  private nameTextHOf: Int32Array = new Int32Array(256);
  private nameSigOf: Int32Array = new Int32Array(256);
  private wordSigOf: Int32Array = new Int32Array(256);

  private create(m: MentionInfo, text: string): SpeakerState {
    const kind: SpeakerKind = m.kind === "pronoun" ? "unknown" : m.kind;
    const words: string[] = [];
    for (const w of m.words) if (!words.includes(w)) words.push(w);
    const name = m.nameText || text;
    const no = this.speakers.length;
    const sp: SpeakerState = {
      kind,
      name,
      nameWords: m.name.slice(),
      nameH: hashes(m.name),
      title: m.titleText && m.titleText !== m.nameText ? m.titleText : "",
      lemma: m.lemma,
      words,
      wordsH: hashes(words),
      mentions: [],
      anonymity: [],
      last: 0,
      firstMention: m,
      firstWords: null,
      namedOrg: lexicon().ar.namedOrgHeads.has(m.lemma),
      id: "",
      no,
    };
    this.speakers.push(sp);
    if (no === this.kindOf.length) this.grow();
    this.kindOf[no] = KIND_CODE[kind];
    this.lemmaHOf[no] = wordHash(m.lemma);
    this.nameTextHOf[no] = wordHash(name);
    this.nameSigOf[no] = sigOf(sp.nameH);
    this.wordSigOf[no] = sigOf(sp.wordsH);
    return sp;
  }

  private grow(): void {
    const n = this.kindOf.length * 2;
    const kinds = new Uint8Array(n);
    kinds.set(this.kindOf);
    this.kindOf = kinds;
    const wider = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.lemmaHOf = wider(this.lemmaHOf);
    this.nameTextHOf = wider(this.nameTextHOf);
    this.nameSigOf = wider(this.nameSigOf);
    this.wordSigOf = wider(this.wordSigOf);
  }

  /** Sets a speaker's name words (a fuller name of the same person). */
  private rename(sp: SpeakerState, nameText: string, words: string[], hs: number[]): void {
    sp.name = nameText;
    sp.nameWords = words.slice();
    sp.nameH = hs;
    this.nameTextHOf[sp.no] = wordHash(nameText);
    this.nameSigOf[sp.no] = sigOf(hs);
  }

  private touch(sp: SpeakerState, m: MentionInfo | null, base = 0): SpeakerState {
    sp.last = ++this.clock;
    const at = this.window.lastIndexOf(sp.no);
    if (at >= 0) this.window.splice(at, 1);
    this.window.push(sp.no);
    if (this.window.length > SpeakerResolver.WINDOW) this.window.shift();
    if (m) {
      sp.mentions.push({ s: m.s + base, e: m.e + base });
      for (const w of m.words) {
        if (sp.words.includes(w)) continue;
        const h = wordHash(w);
        sp.words.push(w);
        sp.wordsH.push(h);
        this.wordSigOf[sp.no] |= bit(h);
      }
    }
    return sp;
  }

  /** The most recently used speaker, for a dropped subject. */
  latest(): SpeakerState | null {
    return this.window.length ? this.speakers[this.window[this.window.length - 1]] : null;
  }

  use(sp: SpeakerState): SpeakerState {
    return this.touch(sp, null);
  }

  /**
   * The most recent speaker of the window of this kind that passes `pred`. `need` (with x, y,
   * z) is a test on the numbers alone that every speaker passing `pred` passes: the rest
   * of the window is settled without reading a speaker.
   */
  private recent(kind: SpeakerKind, pred?: (sp: SpeakerState) => boolean, need = ANY, x = 0, y = 0, z = 0): SpeakerState | null {
    const code = KIND_CODE[kind];
    for (let i = this.window.length - 1; i >= 0; i--) {
      const n = this.window[i];
      if (this.kindOf[n] !== code) continue;
      switch (need) {
        case SOME_NAME_WORD:
          if ((this.nameSigOf[n] & x) === 0) continue;
          break;
        case ALL_WORDS:
          if ((this.wordSigOf[n] & x) !== x) continue;
          break;
        case LEMMA_OR_WORD:
          if (this.lemmaHOf[n] !== x && (this.wordSigOf[n] & y) === 0) continue;
          break;
        case LEMMA:
          if (this.lemmaHOf[n] !== x) continue;
          break;
        case ORG:
          if (this.wordSigOf[n] !== x && this.lemmaHOf[n] !== y && this.nameTextHOf[n] !== z) continue;
          break;
        case NAME_TEXT:
          if (this.nameTextHOf[n] !== x) continue;
          break;
      }
      const sp = this.speakers[n];
      if (!pred || pred(sp)) return sp;
    }
    return null;
  }

  /** The most recent speaker who can be "they": anonymous, a group or an organization. */
  private recentPlural(): SpeakerState | null {
    for (let i = this.window.length - 1; i >= 0; i--) {
      const k = this.kindOf[this.window[i]];
      if (k === KIND_CODE.anonymous || k === KIND_CODE.group || k === KIND_CODE.organization) return this.speakers[this.window[i]];
    }
    return null;
  }

  /**
   * The speaker a mention refers to, a new one when none fits; the mention is added to it.
   * `text`: the mention as written; `base`: the offset its s and e count from.
   */
  resolve(m: MentionInfo, text: string, base = 0): SpeakerState {
    return this.touch(this.speakerFor(m, text), m, base);
  }

  private speakerFor(m: MentionInfo, text: string): SpeakerState {
    if (m.kind === "pronoun") return this.pronounSpeaker(m, text);
    if (m.kind === "person") return m.name.length ? this.namedPerson(m, text) : this.role(m, text);
    if (m.kind === "anonymous") return this.anonymous(m, text);
    // الحداد after سليم الحداد: a lone word that is part of a person's name is that person.
    if ((m.kind === "organization" || m.kind === "unknown") && m.words.length === 1) {
      const person = this.personNamed(m.words[0]);
      if (person) return person;
    }
    if (m.kind === "organization") return this.organization(m, text);
    return this.recent(m.kind, (sp) => sp.name === text, NAME_TEXT, wordHash(text)) ?? this.create(m, text);
  }

  /** he, she, I: the latest person; it: the latest organization; they: the latest plural. */
  private pronounSpeaker(m: MentionInfo, text: string): SpeakerState {
    const pr = m.pronoun;
    const found = pr === "he" || pr === "she" || pr === "i" ? this.recent("person") : pr === "it" ? this.recent("organization") : this.recentPlural();
    return found ?? this.latest() ?? this.create(m, text);
  }

  /** A person by name: the same name seen before (a fuller name renames it), or an outlet named without its head noun. */
  private namedPerson(m: MentionInfo, text: string): SpeakerState {
    const nw = m.name;
    const nh = hashes(nw);
    const found = this.recent("person", (sp) => sameName(sp.nameWords, sp.nameH, nw, nh), SOME_NAME_WORD, sigOf(nh));
    if (found) {
      if (m.nameText.length > found.name.length) this.rename(found, m.nameText, nw, nh);
      if (!found.title && m.titleText) found.title = m.titleText;
      return found;
    }
    // لوموند after جريدة "لوموند": an outlet or company named without its head noun.
    if (!m.titleText && nw.length <= 3) {
      const nwKeys = nw.map(key);
      const keysH = hashes(nwKeys);
      const org = this.recent("organization", (sp) => sp.namedOrg && allHas(nwKeys, keysH, sp.words, sp.wordsH), ALL_WORDS, sigOf(keysH));
      if (org) return org;
    }
    // A named mention may name a role seen before without a name (الوزير … الوزير فلان).
    return this.create(m, text);
  }

  /** A role without a name: the latest person whose title holds the same head and descriptors. */
  private role(m: MentionInfo, text: string): SpeakerState {
    const lemmaH = wordHash(m.lemma);
    const desc = m.words.filter((w) => !lexicon().sources.has(w) || key(w) !== m.lemma);
    const descKeys = desc.map(key);
    const descH = hashes(desc);
    const descKeysH = hashes(descKeys);
    const lemmaKey = key(m.lemma);
    const lemmaKeyH = wordHash(lemmaKey);
    const found = this.recent(
      "person",
      (sp) =>
        ((this.lemmaHOf[sp.no] === lemmaH && sp.lemma === m.lemma) || has(sp.words, sp.wordsH, lemmaKey, lemmaKeyH)) &&
        allKnown(desc, descH, descKeys, descKeysH, sp.words, sp.wordsH, ""),
      LEMMA_OR_WORD,
      lemmaH,
      bit(lemmaKeyH),
    );
    if (found) return found;
    const sp = this.create(m, text);
    sp.title = "";
    return sp;
  }

  /**
   * An unnamed source: a definite one (المسؤول) is the latest with the same head and
   * compatible words; an indefinite one is new, unless its full description repeats.
   */
  private anonymous(m: MentionInfo, text: string): SpeakerState {
    const lemmaH = wordHash(m.lemma);
    if (m.definite) {
      const wKeys = m.words.map(key);
      const wordsH = hashes(m.words);
      const wKeysH = hashes(wKeys);
      const compatible = this.recent("anonymous", (sp) => sp.lemma === m.lemma && allKnown(m.words, wordsH, wKeys, wKeysH, sp.words, sp.wordsH, m.lemma), LEMMA, lemmaH);
      const sameHead = compatible ?? this.recent("anonymous", (sp) => sp.lemma === m.lemma, LEMMA, lemmaH);
      if (sameHead) return sameHead;
    } else if (!isBareSource(m) && m.words.length >= 2) {
      // مصدر مقرب من التحقيق … مصدر مقرب من التحقيق: the same full description is the same source
      // (a bare مصدر repeated is two).
      const norm = m.words.join(" ");
      const same = this.recent("anonymous", (sp) => sp.lemma === m.lemma && sp.firstMention !== null && (sp.firstWords ??= sp.firstMention.words.join(" ")) === norm, LEMMA, lemmaH);
      if (same) return same;
    }
    return this.create(m, text);
  }

  /** The latest person with `w` among the words of their name (as written or with the article). */
  private personNamed(w: string): SpeakerState | null {
    // x === w, or x is w with the article (stripAl(x) === w), without building a string per candidate.
    const alW = "ال" + w;
    const walW = w.length >= 2 ? "وال" + w : alW;
    const wH = wordHash(w);
    const alH = wordHash(alW);
    const walH = wordHash(walW);
    return this.recent(
      "person",
      (sp) => has(sp.nameWords, sp.nameH, w, wH) || has(sp.nameWords, sp.nameH, alW, alH) || has(sp.nameWords, sp.nameH, walW, walH),
      SOME_NAME_WORD,
      bit(wH) | bit(alH) | bit(walH),
    );
  }

  /** An institution: the same words, the same head when the mention is that head alone, or the same name. */
  private organization(m: MentionInfo, text: string): SpeakerState {
    const lemmaH = wordHash(m.lemma);
    const wordsH = hashes(m.words);
    const textH = wordHash(text);
    const found = this.recent(
      "organization",
      (sp) => sameWords(sp.words, sp.wordsH, m.words, wordsH) || (m.definite && m.words.length === 1 && this.lemmaHOf[sp.no] === lemmaH && sp.lemma === m.lemma) || (this.nameTextHOf[sp.no] === textH && sp.name === text),
      ORG,
      sigOf(wordsH),
      lemmaH,
      textH,
    );
    return found ?? this.create(m, text);
  }
}

// See warm.ts: an idle resolver keeps the class's compiled methods alive between analyses.
keepShape("resolver", new SpeakerResolver());
