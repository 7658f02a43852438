// Who a source mention is, and which earlier speaker it refers to.
//   مايك بومبيو … بومبيو                          → one person (shared name words)
//   وزير المال الفرنسي برونو لو مير … الوزير الفرنسي → one person (title and descriptors)
//   مسؤول مخابرات أميركي … المسؤول في المخابرات الأميركية … المسؤول → one anonymous source
//   مصدر … مصدر                                   → two sources (indefinite means new)
//   he / she / they                               → the most recent fitting speaker
import type { SpeakerKind } from "./types";
import { isWord, sourceClass, type Para } from "./para";
import { lexicon } from "./lexicon";

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
  /** The bare head with no description at all (مصدر، sources). */
  bare: boolean;
  lang: "ar" | "en";
}

export interface SpeakerState {
  id: string;
  kind: SpeakerKind;
  name: string;
  nameWords: string[];
  title: string;
  lemma: string;
  words: Set<string>;
  mentions: { s: number; e: number }[];
  anonymity: { s: number; e: number }[];
  last: number;
  firstMention: MentionInfo | null;
  bare: boolean;
}

const AR_INNER = new Set(["في", "من", "عن", "علي", "الي", "لدي", "مع", "باسم", "باسمه", "باسمها", "باسمهم", "و", "ب", "ل"]);
const AR_NAME_PARTICLE = new Set(["بن", "ابن", "بنت", "ابو", "ابي", "عبد", "ال", "دي", "فان", "فون", "لو", "لا", "دو"]);
const EN_DET = new Set(["a", "an", "the", "one", "two", "three", "four", "several", "some", "many", "other", "another", "both", "his", "her", "their", "its", "two"]);
const EN_TITLE_CAP = new Set(["president", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "gen", "general", "lt", "col", "secretary", "minister", "prime", "chairman", "mayor", "judge", "prof", "professor", "ambassador", "adm", "retired", "former", "vice", "chief", "attorney", "speaker", "leader", "democratic", "republican", "gop", "u.s", "state"]);

const stripAl = (w: string) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w.startsWith("وال") && w.length > 4 ? w.slice(3) : w);
/** Descriptor key: article and feminine ending dropped (الأميركية ~ أميركي). */
const key = (w: string) => {
  let k = stripAl(w);
  if (k.length > 3 && k.endsWith("ه")) k = k.slice(0, -1);
  if (k.length > 4 && (k.endsWith("ون") || k.endsWith("ين"))) k = k.slice(0, -2);
  return k;
};

function nisba(w: string): boolean {
  const k = stripAl(w);
  return k.length >= 4 && (k.endsWith("يه") || k.endsWith("يون") || k.endsWith("يين") || (k.endsWith("ي") && k.length >= 5));
}

export function describeMention(p: Para, a: number, b: number): MentionInfo {
  const toks = p.toks;
  while (b > a && !isWord(toks[b - 1])) b--;
  while (a < b && !isWord(toks[a])) a++;
  const s = toks[a]?.s ?? 0;
  const e = toks[b - 1]?.e ?? s;
  const m: MentionInfo = { s, e, kind: "unknown", lemma: "", definite: false, name: [], nameText: "", titleText: "", words: [], pronoun: "", bare: false, lang: p.lang };
  if (b <= a) return m;
  return p.lang === "ar" && toks[a].ar ? describeAr(p, a, b, m) : describeEn(p, a, b, m);
}

function describeAr(p: Para, a: number, b: number, m: MentionInfo): MentionInfo {
  const toks = p.toks;
  const classes = [];
  let nameStart = -1;
  let nameEnd = -1;
  let runStart = -1;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!isWord(t)) {
      runStart = -1;
      classes.push(null);
      continue;
    }
    const sc = sourceClass(t);
    classes.push(sc);
    if (!AR_INNER.has(t.n)) m.words.push(key(t.n));
    const particle = AR_NAME_PARTICLE.has(t.n);
    const nameLike = !sc && !AR_INNER.has(t.n) && (particle || (!t.n.startsWith("ال") && !nisba(t.n) && !t.n.startsWith("لل")) || (runStart >= 0 && t.n.startsWith("ال")));
    if (nameLike && !(particle && runStart < 0 && k + 1 >= b)) {
      if (runStart < 0) runStart = k;
      nameStart = runStart;
      nameEnd = k + 1;
    } else runStart = -1;
  }
  const head = classes.find((c) => c !== null) ?? null;
  const headIdx = classes.findIndex((c) => c !== null);
  const firstWord = toks[a];
  const hasName = nameStart >= 0 && !(head && nameStart === a + headIdx);
  if (head && headIdx === 0) {
    m.lemma = head.lemma;
    m.definite = head.definite;
    if (head.cls === "anon") m.kind = hasName ? "person" : "anonymous";
    else if (head.cls === "title") m.kind = "person";
    else if (head.cls === "org" || head.cls === "place") m.kind = "organization";
    else if (head.cls === "group") m.kind = "group";
    else m.kind = hasName ? "person" : "unknown";
    // أحد المسؤولين: "one of" + a definite plural is still indefinite.
    if (firstWord.n === "احد" || firstWord.n === "احدي") m.definite = false;
  } else if (nameStart === a) {
    m.kind = "person";
  } else if (head) {
    m.lemma = head.lemma;
    m.definite = head.definite;
    m.kind = head.cls === "anon" ? (hasName ? "person" : "anonymous") : head.cls === "title" ? "person" : head.cls === "group" ? "group" : head.cls === "informed" || head.cls === "descriptor" ? "anonymous" : "organization";
  } else {
    m.kind = firstWord.n.startsWith("ال") ? "organization" : "person";
  }
  if (m.kind === "person" && nameStart >= 0) {
    m.name = [];
    for (let k = nameStart; k < nameEnd; k++) if (isWord(toks[k])) m.name.push(toks[k].n);
    m.nameText = p.text.slice(toks[nameStart].s, toks[nameEnd - 1].e);
    if (nameStart > a) {
      let te = nameStart - 1;
      while (te > a && !isWord(toks[te])) te--;
      m.titleText = p.text.slice(toks[a].s, toks[te].e);
    }
  } else if (m.kind === "person") {
    m.titleText = p.text.slice(m.s, m.e);
  }
  m.bare = m.kind === "anonymous" && b - a === 1 && m.lemma === "مصدر";
  return m;
}

function describeEn(p: Para, a: number, b: number, m: MentionInfo): MentionInfo {
  const toks = p.toks;
  // Only the head phrase before an apposition comma names the speaker.
  let hb = a;
  while (hb < b && !(toks[hb].t !== 0 && toks[hb].n === ",")) hb++;
  if (hb - a === 1 && /^(he|she|they|it|i|we|you)$/.test(toks[a].n)) {
    m.kind = "pronoun";
    m.pronoun = toks[a].n;
    return m;
  }
  let anon = "";
  let org = "";
  let title = false;
  let det = false;
  const names: number[] = [];
  for (let k = a; k < hb; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    m.words.push(t.n);
    if (k === a && EN_DET.has(t.n)) det = true;
    const sc = sourceClass(t);
    if (sc?.cls === "anon" && !anon) anon = sc.lemma;
    else if ((sc?.cls === "org" || sc?.cls === "place") && !org) org = sc.lemma;
    else if (sc?.cls === "title") title = true;
    if (t.cap && !EN_TITLE_CAP.has(t.n) && !EN_DET.has(t.n) && !sc) names.push(k);
  }
  m.definite = isWord(toks[a]) && (toks[a].n === "the" || toks[a].n === "this" || toks[a].n === "that");
  if (names.length && !org) {
    m.kind = "person";
    // The last run of capitalised words is the name (Retired Lt. Gen. Michael Flynn → Michael Flynn).
    let s = names[names.length - 1];
    while (names.includes(s - 1) || (s - 2 >= a && names.includes(s - 2) && toks[s - 1].n === ".")) s = names.includes(s - 1) ? s - 1 : s - 2;
    const e = names[names.length - 1] + 1;
    m.name = [];
    for (let k = s; k < e; k++) if (isWord(toks[k])) m.name.push(toks[k].n);
    m.nameText = p.text.slice(toks[s].s, toks[e - 1].e);
    if (s > a) m.titleText = p.text.slice(toks[a].s, toks[s - 1].e);
  } else if (org || (names.length && org)) {
    m.kind = "organization";
    m.lemma = org;
  } else if (anon) {
    m.kind = "anonymous";
    m.lemma = anon;
  } else if (title) {
    m.kind = "person";
    m.titleText = p.text.slice(m.s, m.e);
  } else m.kind = det ? "unknown" : "unknown";
  // The name is the head phrase; an apposition or relative clause after a comma is not.
  if (m.kind !== "person" && hb > a && hb < b) m.nameText = p.text.slice(toks[a].s, toks[hb - 1].e);
  const content = m.words.filter((w) => !EN_DET.has(w));
  m.bare = m.kind === "anonymous" && content.length === 1 && m.lemma === "source";
  return m;
}

/** Keeps the article's speakers and links each new mention to one of them. */
export class SpeakerResolver {
  readonly speakers: SpeakerState[] = [];
  private clock = 0;
  /**
   * The most recently used speakers, oldest first. A later mention refers back
   * to a speaker of the last few paragraphs, never to one of hundreds before:
   * bounding the window keeps a whole newspaper archive in one file linear.
   */
  private window: SpeakerState[] = [];
  private static readonly WINDOW = 48;

  private create(m: MentionInfo, text: string): SpeakerState {
    const kind: SpeakerKind = m.kind === "pronoun" ? "unknown" : m.kind;
    const sp: SpeakerState = {
      id: `s${this.speakers.length + 1}`,
      kind,
      name: m.nameText || text,
      nameWords: m.name.slice(),
      title: m.titleText && m.titleText !== m.nameText ? m.titleText : "",
      lemma: m.lemma,
      words: new Set(m.words),
      mentions: [],
      anonymity: [],
      last: 0,
      firstMention: m,
      bare: m.bare,
    };
    this.speakers.push(sp);
    return sp;
  }

  private touch(sp: SpeakerState, m: MentionInfo | null): SpeakerState {
    sp.last = ++this.clock;
    const at = this.window.lastIndexOf(sp);
    if (at >= 0) this.window.splice(at, 1);
    this.window.push(sp);
    if (this.window.length > SpeakerResolver.WINDOW) this.window.shift();
    if (m) {
      sp.mentions.push({ s: m.s, e: m.e });
      for (const w of m.words) sp.words.add(w);
    }
    return sp;
  }

  /** The most recently used speaker, for a dropped subject. */
  latest(): SpeakerState | null {
    return this.window.length ? this.window[this.window.length - 1] : null;
  }

  use(sp: SpeakerState): SpeakerState {
    return this.touch(sp, null);
  }

  private recent(pred: (sp: SpeakerState) => boolean): SpeakerState | null {
    for (let i = this.window.length - 1; i >= 0; i--) if (pred(this.window[i])) return this.window[i];
    return null;
  }

  resolve(m: MentionInfo, text: string): SpeakerState {
    if (m.kind === "pronoun") {
      const pr = m.pronoun;
      const found =
        pr === "he" || pr === "she" || pr === "i"
          ? this.recent((sp) => sp.kind === "person")
          : pr === "it"
            ? this.recent((sp) => sp.kind === "organization")
            : this.recent((sp) => sp.kind === "anonymous" || sp.kind === "group" || sp.kind === "organization");
      return this.touch(found ?? this.latest() ?? this.create(m, text), m);
    }
    if (m.kind === "person" && m.name.length) {
      const nw = m.name;
      const found = this.recent(
        (sp) =>
          sp.kind === "person" &&
          sp.nameWords.length > 0 &&
          (sp.nameWords[sp.nameWords.length - 1] === nw[nw.length - 1] || nw.every((w) => sp.nameWords.includes(w)) || sp.nameWords.every((w) => nw.includes(w))),
      );
      if (found) {
        if (m.nameText.length > found.name.length) {
          found.name = m.nameText;
          found.nameWords = nw.slice();
        }
        if (!found.title && m.titleText) found.title = m.titleText;
        return this.touch(found, m);
      }
      // A named mention may name a role seen before without a name (الوزير … الوزير فلان).
      return this.touch(this.create(m, text), m);
    }
    if (m.kind === "person") {
      // A role without a name: the latest person whose title holds the same head and descriptors.
      const desc = m.words.filter((w) => !lexicon().sources.has(w) || key(w) !== m.lemma);
      const found = this.recent(
        (sp) =>
          sp.kind === "person" &&
          (sp.lemma === m.lemma || sp.words.has(key(m.lemma))) &&
          desc.every((w) => sp.words.has(w) || [...sp.words].some((x) => x === key(w))),
      );
      if (found) return this.touch(found, m);
      const sp = this.create(m, text);
      sp.title = "";
      return this.touch(sp, m);
    }
    if (m.kind === "anonymous") {
      if (m.definite) {
        const compatible = this.recent((sp) => sp.kind === "anonymous" && sp.lemma === m.lemma && m.words.every((w) => key(w) === m.lemma || w === m.lemma || sp.words.has(w) || sp.words.has(key(w))));
        const sameHead = compatible ?? this.recent((sp) => sp.kind === "anonymous" && sp.lemma === m.lemma);
        if (sameHead) return this.touch(sameHead, m);
      }
      return this.touch(this.create(m, text), m);
    }
    // الحداد after سليم الحداد: a lone word that is part of a person's name is that person.
    if ((m.kind === "organization" || m.kind === "unknown") && m.words.length === 1) {
      const w = m.words[0];
      const person = this.recent((sp) => sp.kind === "person" && sp.nameWords.some((x) => x === w || stripAl(x) === w || x === "ال" + w));
      if (person) return this.touch(person, m);
    }
    if (m.kind === "organization") {
      const norm = m.words.join(" ");
      const found = this.recent((sp) => sp.kind === "organization" && ([...sp.words].join(" ") === norm || (m.definite && m.words.length === 1 && sp.lemma === m.lemma) || sp.name === text));
      if (found) return this.touch(found, m);
      return this.touch(this.create(m, text), m);
    }
    const found = this.recent((sp) => sp.kind === m.kind && sp.name === text);
    return this.touch(found ?? this.create(m, text), m);
  }
}
