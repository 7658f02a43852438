// Which earlier speaker a mention refers to.
//   مايك بومبيو … بومبيو                          → one person (shared name words)
//   وزير المال الفرنسي برونو لو مير … الوزير الفرنسي → one person (title and descriptors)
//   مسؤول مخابرات أميركي … المسؤول في المخابرات الأميركية … المسؤول → one anonymous source
//   مصدر … مصدر                                   → two sources (indefinite means new)
//   he / she / they                               → the most recent fitting speaker
import { fullNameBefore } from "./ar-full-name";
import { nisbaShape } from "../ar/words";
import { Gr, lexicon } from "../lexicon";
import { isWordChar, normWord } from "../text/chars";
import type { Agreement } from "../lexicon/cues";
import { sourceAgreement } from "./agreement";
import { sameNameAcrossScripts } from "./across-scripts";
import { ALL_WORDS, ANY, LEMMA, LEMMA_OR_WORD, NAME_TEXT, ORG, SOME_NAME_WORD, SpeakerIndex } from "../perf/speaker-index";
import type { SpeakerKind } from "../types";
import { allHas, allKnown, bit, fathersName, has, hashes, sameName, sameWords, sigOf, SON_OF, wordHash } from "./compare";
import { commonWordNear, firmNameNear, fullNameNear, initialsOf, introducedAsPerson, mentionedSince, namedInFullSince, sharedSurname } from "./en-coref";
import { AGE_EPITHET, NOUN_EPITHET } from "./describe-en";
import { possessedHolder, roleHolder } from "./en-role";
import { arLeadHolder, arRoleHolder } from "./ar-role";
import { isBareSource, type MentionInfo } from "./mention";
import { introducedBody } from "./ar-bodies";
import { allStemsKnown, key, nisba, stem, stripAl } from "./word-keys";
import { mayBeOf, nationalities, otherPost } from "./ar-nationality";
import { storyStartBefore, storyStarts } from "./en-story";
import { leadHolder } from "./en-headline";

/** A word ending in a possessive pronoun (زوجها، محاميه، والدتهم), as a role's whole title. */
const POSSESSED_ROLE = /^[\u0600-\u06FF]{2,}(?:ه|ها|هم|هما)$/;

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
  /** Where in the text it was last written or spoke (a written mention's start, or a carried statement's verb: use). */
  lastAt: number;
  anonymity: { s: number; e: number }[];
  last: number;
  firstMention: MentionInfo | null;
  /** The first mention's words joined by spaces, made when first compared. */
  firstWords: string | null;
  /** The lemma heads an institution's proper name (ar-words.tsv: namedOrgHeads). */
  namedOrg: boolean;
  /** An unnamed collective of a general class (see MentionInfo.collective). */
  collective: boolean;
  /** A person's gender as the verbs of its written mentions mark it (1 masculine, 2 feminine, 0 not yet). */
  agree: Agreement;
  /** Output id ("s3") once the analysis is written out; "" while it is not, or not said anything. */
  id: string;
  /** Its index in the resolver's list of speakers. */
  no: number;
}

/**
 * The words describing a role's head (not the head itself). English words keep their article: "the
 * minister" describes no more than "minister" and refers back; "a spokesman" keeps its "a", so it is
 * new unless described the same way. Arabic honorifics (معالي، سعادة) are left out.
 */
function roleWords(m: MentionInfo): string[] {
  const x = lexicon();
  // (معالي وزير النقل: an Arabic honorific tells no post apart.)
  return m.words.filter((w) => (!x.sources.has(w) || key(w) !== m.lemma) && !(m.lang === "en" ? m.definite && x.en.mentionDeterminers.has(w) : x.ar.honorifics.has(w)));
}

/** An English definite role's describing words without those that tell no post apart (en-words: titleEpithets): "the two-term president". */
function withoutEpithets(m: MentionInfo, desc: string[]): string[] {
  if (m.lang !== "en" || !m.definite) return desc;
  const epithets = lexicon().en.titleEpithets;
  return desc.filter((w) => !epithets.has(w));
}

/**
 * Whether `between` holds a capitalised name of two words or more (Marco Rubio) that is not `name`'s
 * and may hold the role `lemma`: not an institution's (House Intelligence Committee), not one with another title (President Obama).
 */
function otherName(between: string, name: string, lemma: string): boolean {
  const src = lexicon().sources;
  for (const hit of between.matchAll(/\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+/gu)) {
    const words = hit[0].split(/\s+/);
    if (words.every((w) => name.includes(w))) continue;
    const first = src.get(normWord(words[0]));
    if (words.some((w) => src.get(normWord(w))?.cls === "org") || (first?.cls === "title" && first.lemma !== lemma)) continue;
    return true;
  }
  return false;
}

/** An English definite role's describing words without a home state (en-words: placeEpithets): "the Maine senator". */
function withoutPlaces(m: MentionInfo, desc: readonly string[]): string[] {
  if (m.lang !== "en" || !m.definite) return [...desc];
  const places = lexicon().en.placeEpithets;
  return desc.filter((w) => !places.has(w));
}

/** An Arabic source phrase whose head is people counted as two or more (شهود، مسؤولون، مصدران): its verb is never singular. */
function peoplePlural(name: string): boolean {
  const a = sourceAgreement(name).agreement;
  return a === "masculine-plural" || a === "feminine-plural" || a === "masculine-dual" || a === "feminine-dual";
}

/** An Arabic source phrase whose head is one person of the gender agreement `g` (1 masculine, 2 feminine) does not mark. */
function singularOtherGender(name: string, g: Agreement): boolean {
  const a = sourceAgreement(name).agreement;
  return g === 2 ? a === "masculine" : a === "feminine";
}

/** The latest written mention of the speaker has a feminine head (الوكالة، وزارة الخارجية). */
function lastMentionFeminine(doc: string, sp: SpeakerState): boolean {
  const lm = sp.mentions[sp.mentions.length - 1];
  return !!lm && lm.e > lm.s && sourceAgreement(doc.slice(lm.s, lm.e)).agreement === "feminine";
}

/** How many of the latest speakers a role with a nationality the first mention lacked looks among (holderOfNationality). */
const NATIONALITY_REACH = 3;

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
  /** Each speaker's kind, hashes and signatures (the hashes of name and lemma live only there). */
  private readonly index = new SpeakerIndex();
  /**
   * Whether a person can be the one the mention being resolved refers to; set by the document
   * for each mention (speakers/gender.ts: a mention marked female is no man quoted before).
   */
  fits: (sp: SpeakerState) => boolean = () => true;
  /**
   * Where the story of the English mention being resolved starts, when it refers back (a pronoun, a
   * description, an unnamed source): no speaker last mentioned before it is a candidate (en-story.ts).
   */
  private floor = 0;
  private stories: number[] | null = null;

  /** `doc`: the text analysed, read back for evidence that a lone English name is a person's. */
  constructor(private readonly doc = "") {}

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
      lastAt: -1,
      anonymity: [],
      last: 0,
      firstMention: m,
      firstWords: null,
      namedOrg: lexicon().ar.namedOrgHeads.has(m.lemma) || m.proper,
      collective: m.collective,
      agree: 0,
      id: "",
      no,
    };
    this.speakers.push(sp);
    this.index.add(no, kind, wordHash(m.lemma), wordHash(name), sigOf(sp.nameH), sigOf(sp.wordsH));
    return sp;
  }

  /** Sets a speaker's name words (a fuller name of the same person). */
  private rename(sp: SpeakerState, nameText: string, words: string[], hs: number[]): void {
    sp.name = nameText;
    sp.nameWords = words.slice();
    sp.nameH = hs;
    this.index.rename(sp.no, wordHash(nameText), sigOf(hs));
  }

  private touch(sp: SpeakerState, m: MentionInfo | null, base = 0): SpeakerState {
    sp.last = ++this.clock;
    const at = this.window.lastIndexOf(sp.no);
    if (at >= 0) this.window.splice(at, 1);
    this.window.push(sp.no);
    if (this.window.length > SpeakerResolver.WINDOW) this.window.shift();
    if (m) {
      sp.mentions.push({ s: m.s + base, e: m.e + base });
      sp.lastAt = m.s + base;
      for (const w of m.words) {
        if (sp.words.includes(w)) continue;
        const h = wordHash(w);
        sp.words.push(w);
        sp.wordsH.push(h);
        this.index.addWordBit(sp.no, bit(h));
      }
    }
    return sp;
  }

  /** Gives a speaker another kind (an unnamed source an anonymity phrase is about is anonymous). */
  setKind(sp: SpeakerState, kind: SpeakerKind): void {
    sp.kind = kind;
    this.index.setKind(sp.no, kind);
  }

  /** Whether an institution is among the speakers an "it" can refer to. */
  hasOrganization(): boolean {
    return this.recent("organization") !== null;
  }

  /** Whether a person is among the speakers a pronoun can refer to. */
  hasPerson(): boolean {
    return this.recent("person") !== null;
  }

  /**
   * Whether an English definite role (the chancellor) has a holder to refer back to: a person of the
   * window holding it, or one the text named with it before offset `at` (en-role.ts roleHolder).
   */
  roleKnown(m: MentionInfo, at: number): boolean {
    const desc = roleWords(m);
    return !!(this.holderOf(m, desc) ?? this.holderDescribed(m, desc)) || !!roleHolder(this.doc, at, m.lemma, withoutEpithets(m, desc));
  }

  /**
   * Whether text[s, e) names, by a capitalised word of the name, a person of the window other than
   * one whose name words (normalised) are `except` ("Trump … has picked up on it. In his interviews, Carson … though he added":
   * Carson was spoken of); only a person the mention being resolved fits (not a man for "she").
   */
  personNamedIn(text: string, s: number, e: number, except: readonly string[]): boolean {
    for (const match of text.slice(s, e).matchAll(/(?:\p{Ll}+ )?\p{Lu}[\p{L}'’-]+/gu)) {
      const found = match[0];
      // (After a preposition a name is an object: "… a showdown with Ruiz. …, she said".)
      const gap = found.indexOf(" ");
      if (gap > 0 && lexicon().en.objectPrepositions.has(found.slice(0, gap))) continue;
      const word = gap > 0 ? found.slice(gap + 1) : found;
      const w = normWord(word);
      if (except.includes(w) || !this.window.some((n) => this.speakers[n].kind === "person" && this.speakers[n].nameWords.includes(w) && this.fits(this.speakers[n]))) continue;
      // (A family name two people named in full share may be the other one: Ann Lake, Tom Lake.)
      if (!sharedSurname(text, s + (match.index ?? 0) + gap + 1, word)) return true;
    }
    return false;
  }

  /** The most recently used speaker, for a dropped subject. */
  latest(): SpeakerState | null {
    const sp = this.window.length ? this.speakers[this.window[this.window.length - 1]] : null;
    return sp && this.inStory(sp) ? sp : null;
  }

  /** Whether `sp` was mentioned in the story of the mention being resolved (see floor). */
  private inStory(sp: SpeakerState): boolean {
    return this.floor === 0 || (sp.mentions.length > 0 && sp.mentions[sp.mentions.length - 1].e > this.floor);
  }

  /**
   * The most recent speaker a dropped subject whose verb agrees with `g` can be: وتقول is not a
   * man (a person whose own verbs were masculine), ويقول not a woman; other kinds are not checked
   * (قالت الوزارة، قال البيت الأبيض); `many` (قالوا، أعلنتا) is no one person whose gender is known.
   * Among the last few speakers only; null when none agrees. `dropped`: no subject is written (an
   * honorific or a demonstrative is).
   */
  latestAgreeing(g: Agreement, many = false, dual = false, dropped = false): SpeakerState | null {
    // (قالا، أعلنتا after one person: the latest pair, two named together or a source counted as two.)
    // (After two one-word names read as one person's, وقال زياد وعمر: they are the pair.)
    const latest = this.latest();
    if (dual && latest?.kind === "person" && namedPair(latest)) return latest;
    if (dual && latest?.kind === "person") {
      for (let i = this.window.length - 1; i >= 0 && i >= this.window.length - 8; i--) {
        const sp = this.speakers[this.window[i]];
        if (sp.kind === "group" || (sp.kind === "anonymous" && dualNoun(sp))) return sp;
      }
    }
    if (g === 0 && !many) return this.latest();
    for (let i = this.window.length - 1; i >= 0 && i >= this.window.length - 8; i--) {
      const sp = this.speakers[this.window[i]];
      // (وقال شهود إن …، وأضاف أن …: a verb for one with no subject written is no unnamed group of people,
      // who take قالوا; a subject written, قال هؤلاء، قال 60٪ منهم, may be theirs.)
      if (dropped && !many && !dual && sp.kind === "anonymous" && peoplePlural(sp.name)) continue;
      // (…، بحسب ما نقلت عنه الوكالة. وأضاف أن …: a masculine verb with no subject written is no body last
      // mentioned by a feminine head; وقال بيان الوزارة …. وأضاف: its statement, masculine, may be.)
      if (dropped && !many && !dual && g === 1 && sp.kind === "organization" && sp.firstMention?.lang === "ar" && lastMentionFeminine(this.doc, sp)) continue;
      // (وقال أحد المصادر …. إلا أنها أكدت: an unnamed source of one gender takes no verb of the other.)
      if (dropped && !many && !dual && g !== 0 && sp.kind === "anonymous" && sp.firstMention?.lang === "ar" && singularOtherGender(sp.name, g)) continue;
      // (قالوا، أقروا: a verb for two or more passes over one man or one woman.)
      if (many ? sp.kind !== "person" || sp.agree === 0 : sp.kind !== "person" || ((sp.agree === 0 || sp.agree === g) && this.fits(sp))) return sp;
    }
    return null;
  }

  /** `sp` is the latest speaker again; `at`: where it spoke, a statement with no subject written (see lastAt). */
  use(sp: SpeakerState, at = -1): SpeakerState {
    if (at >= 0) sp.lastAt = at;
    return this.touch(sp, null);
  }

  /** `sp` as mention `m` refers to it: its words are the speaker's from now on (the chancellor: a later "the chancellor" finds it). */
  useAs(sp: SpeakerState, m: MentionInfo, base: number): SpeakerState {
    return this.touch(sp, m, base);
  }

  /**
   * The most recent speaker of the window of this kind that passes `pred`. `need` (with x, y,
   * z) is a test on the numbers alone that every speaker passing `pred` passes: the rest
   * of the window is settled without reading a speaker.
   */
  private recent(kind: SpeakerKind, pred?: (sp: SpeakerState) => boolean, need = ANY, x = 0, y = 0, z = 0): SpeakerState | null {
    for (let i = this.window.length - 1; i >= 0; i--) {
      const n = this.window[i];
      if (!this.index.passes(n, kind, need, x, y, z)) continue;
      const sp = this.speakers[n];
      if ((!pred || pred(sp)) && (kind !== "person" || this.fits(sp)) && this.inStory(sp)) return sp;
    }
    return null;
  }


  /**
   * وقال معصوم after الرئيس فؤاد معصوم, Whitcombe after Prime Minister John Whitcombe, in a sentence
   * that was no statement: the full name the text gives the one name word `word` of mention m; not
   * the name of a speaker this mention was just found not to be (وقالت منى حداد … وقال حداد).
   */
  private fullName(m: MentionInfo, base: number, word: string): { name: string[]; nameText: string } | null {
    const full = m.lang === "ar" ? fullNameBefore(this.doc, m.s + base, word) : englishFullName(this.doc, m.s + base, word);
    return full && !this.personCalled(full.nameText) ? full : null;
  }

  /** A recent person shown as `name`, whether or not the mention being resolved fits them. */
  private personCalled(name: string): SpeakerState | null {
    const h = wordHash(name);
    for (let i = this.window.length - 1; i >= 0; i--) {
      const n = this.window[i];
      if (this.index.passes(n, "person", NAME_TEXT, h, 0, 0) && this.speakers[n].name === name) return this.speakers[n];
    }
    return null;
  }

  /**
   * The most recent speaker who can be "they": anonymous, a group or an organization; in English not
   * one unnamed source written in the singular (One strategist, a source familiar with …).
   */
  private recentPlural(): SpeakerState | null {
    for (let i = this.window.length - 1; i >= 0; i--) {
      const n = this.window[i];
      if (this.index.plural(n) && !singularSource(this.speakers[n]) && this.inStory(this.speakers[n])) return this.speakers[n];
    }
    return null;
  }

  /**
   * The speaker a mention refers to, a new one when none fits; the mention is added to it.
   * `text`: the mention as written; `base`: the offset its s and e count from; `agree`: whom the
   * statement's verb agrees with (a named mention is no person whose own verbs had the other
   * gender: قال أوباما after قالت ميشيل أوباما). A person takes the agreement of its first
   * agreeing mention.
   */
  resolve(m: MentionInfo, text: string, base = 0, agree: Agreement = 0): SpeakerState {
    this.floor = m.lang === "en" && (m.kind === "pronoun" || (!m.name.length && !m.proper && !m.acronym)) ? storyStartBefore((this.stories ??= storyStarts(this.doc)), m.s + base) : 0;
    let sp: SpeakerState;
    try {
      sp = this.touch(this.speakerFor(m, text, base, agree), m, base);
    } finally {
      this.floor = 0;
    }
    if (sp.kind === "person" && sp.agree === 0) sp.agree = agree;
    // (وأكد ميلر ودوبون after جون ميلر and بيار دوبون spoke, or were named in full with a title: the two of them, one group.)
    if (sp.kind === "person" && namedPair(sp) && this.pairPart(sp, sp.nameWords[0], m, base) && this.pairPart(sp, sp.nameWords[1].slice(1), m, base)) this.setKind(sp, "group");
    return sp;
  }

  /**
   * One part `w` of a pair of one-word names (ميلر ودوبون) is a person of its own: a word of another person
   * speaker's name, or in Arabic the surname of a person the text named in full with a title before.
   */
  private pairPart(sp: SpeakerState, w: string, m: MentionInfo, base: number): boolean {
    if (this.speakers.some((x) => x !== sp && x.kind === "person" && x.nameWords.includes(w))) return true;
    if (m.lang !== "ar") return false;
    const written = this.doc.slice(m.s + base, m.e + base).split(/\s+/u).find((x) => normWord(x) === w || normWord(x) === "و" + w);
    return !!written && !!this.surnameNamed(m, base, normWord(written) === w ? written : written.slice(1), w);
  }

  /** وقال زياد وعمر … وأكدا: a dual verb whose carried speaker is two one-word names joined by و tells two people, one group. */
  pairByDual(sp: SpeakerState): void {
    if (sp.kind === "person" && namedPair(sp)) this.setKind(sp, "group");
  }

  private speakerFor(m: MentionInfo, text: string, base: number, agree: Agreement): SpeakerState {
    if (m.kind === "pronoun") return this.pronounSpeaker(m, text, base);
    // (وقال زياد وعمر again, after a dual verb made them a group.)
    if (m.kind === "person" && m.name.length === 2 && !m.titleText && m.name[1].startsWith("و")) {
      const pair = this.recent("group", (sp) => sp.name === m.nameText);
      if (pair) return pair;
    }
    // ("Obama's former campaign strategist" after "David Axelrod, Obama's former campaign strategist": the person named so.)
    const described = m.lang === "en" && !m.name.length ? possessedHolder(this.doc, m.s + base, text) : null;
    if (described) return this.namedPerson({ ...m, kind: "person", lemma: "", name: described.name.split(/\s+/).map(normWord), nameText: described.name, titleText: "" }, text, base, 0);
    if (m.kind === "person") return m.name.length ? this.namedPerson(m, text, base, agree) : this.role(m, text, base, agree);
    // (A headline's "Council member says …", the lead then opening "Jane Ortiz, a council member, said": she.)
    const lead = m.kind === "anonymous" && m.lang === "en" && !m.collective ? leadHolder(this.doc, m.s + base, m.e + base, storyStartBefore((this.stories ??= storyStarts(this.doc)), m.s + base), m.words, m.lemma) : null;
    if (lead) return this.namedPerson({ ...m, kind: "person", lemma: "", name: lead.split(/\s+/).map(normWord), nameText: lead, titleText: "" }, text, base, 0);
    if (m.kind === "anonymous") return this.anonymous(m, text, base, agree);
    // وأعلنت الدولتان، وقال الزعيمان: the latest two named together.
    if (m.lang === "ar" && m.headAlone && lexicon().ar.pairNouns.has(normWord(text))) {
      const pair = this.recent("group");
      if (pair) return pair;
    }
    // الحداد after سليم الحداد: a lone word that is part of a person's name is that person.
    if ((m.kind === "organization" || m.kind === "unknown") && m.words.length === 1) {
      // (A surname ending in ة, المشاقبة after سامي المشاقبة: the mention's word is its stem, the name's is as written.)
      const person = this.personNamed(m.words[0]) ?? (m.lang === "ar" && !/\s/u.test(text) ? this.personNamed(normWord(text)) : null) ?? this.personInOtherScript(m.words);
      if (person) return person;
      // وقال العمري after الرئيس سامي العمري, named in passing: a family name, not a body; so is a
      // word the lexicon does not know (وقال الجماز after الدكتور محمد الجماز).
      // (Not an institution's head whose ى reads as a nisba's ي once normalised: وقال المستشفى.)
      const full = m.lang === "ar" && !m.nameText.includes(" ") && ((nisbaShape(m.words[0]) && m.kind !== "organization") || !m.lemma) ? this.fullName(m, base, m.nameText || text) : null;
      // (يونايتد after مانشستر يونايتد: a club's or an outlet's name, describe-ar brandName, stays theirs.)
      if (full && m.proper) return this.create({ ...m, nameText: full.nameText }, text);
      if (full) return this.create({ ...m, kind: "person", name: full.name, nameText: full.nameText }, text);
    }
    // وقال الفتح الله after الوزير سامي الفتح الله: a family name of two words ending in الله، الدين, named in passing.
    if (m.lang === "ar" && m.kind === "organization" && m.words.length === 2 && !m.lemma && twoWordFamilyName(text)) {
      const full = this.fullName(m, base, text);
      if (full) return this.create({ ...m, kind: "person", name: full.name, nameText: full.nameText }, text);
    }
    // بيان كوربن after زعيم حزب العمال جيريمي كوربن: a statement named after a person the text names is theirs.
    if (m.lang === "ar" && m.kind === "organization") {
      const author = this.statementAuthor(m, text, base);
      if (author) return author;
    }
    // "the FT" after "the Financial Times": initials of an institution named before.
    if (m.kind === "organization" && m.acronym) {
      const ac = m.acronym;
      const org = this.recent("organization", (sp) => (sp.namedOrg && initialsOf(sp.name, ac)) || acronymIn(sp.name, ac));
      if (org) return org;
    }
    if (m.kind === "organization") return this.peoplePair(m, text, base) ?? this.family(m, text) ?? this.organization(m, text, base);
    return this.recent(m.kind, (sp) => sp.name === text, NAME_TEXT, wordHash(text)) ?? this.nounHolder(m, text, base) ?? this.documentBack(m, text) ?? this.create(m, text);
  }

  /**
   * "Chirac and Reagan" read as a firm's name (S and P, Tate and Lyle) are two people when the text
   * introduces either as a person (Jacques Chirac, President Reagan): a group, not an institution.
   */
  private peoplePair(m: MentionInfo, text: string, base: number): SpeakerState | null {
    if (m.lang !== "en" || !m.proper) return null;
    // (One space between words: a name wrapped over a Markdown block quote's lines has runs of them.)
    const name = m.nameText.replace(/\s+/gu, " ");
    const parts = / (?:and|&) /.exec(name);
    if (!parts || name.indexOf(" ", parts.index + parts[0].length) >= 0 || name.lastIndexOf(" ", parts.index - 1) >= 0) return null;
    const x = name.slice(0, parts.index);
    const y = name.slice(parts.index + parts[0].length);
    const at = m.s + base;
    // (Initials and capitals are a firm's: S and P.)
    const person = (w: string) => w.length > 2 && w !== w.toUpperCase() && introducedAsPerson(this.doc, at, w);
    if (!person(x) && !person(y)) return null;
    return this.groupNamed(m, text);
  }

  /** The group already named `text`, or a new one from m. */
  private groupNamed(m: MentionInfo, text: string): SpeakerState {
    return this.recent("group", (sp) => sp.name === text, NAME_TEXT, wordHash(text)) ?? this.create({ ...m, kind: "group", proper: false }, text);
  }

  /**
   * "the Khans say" after Khizr Khan spoke: "the" and a person's surname in the plural is that family,
   * a group (not an institution such as the Tories).
   */
  private family(m: MentionInfo, text: string): SpeakerState | null {
    if (m.lang !== "en") return null;
    const fam = /^[Tt]he (\p{Lu}\p{Ll}{2,})s$/u.exec(m.nameText || text);
    if (!fam || !this.personNamed(normWord(fam[1]))) return null;
    return this.groupNamed(m, text);
  }

  /** he, she, I: the latest person; it: the latest organization; they: the latest plural. */
  private pronounSpeaker(m: MentionInfo, text: string, base: number): SpeakerState {
    const pr = m.pronoun;
    // (With none, a person of its own, no name: "The Northfield striker said …".)
    if (pr === NOUN_EPITHET) return this.epithetHolder(m, text, base) ?? this.create({ ...m, kind: "person" }, text);
    let found = pr === "he" || pr === "she" || pr === "i" || pr === AGE_EPITHET ? this.recent("person") : pr === "it" ? this.recent("organization") : this.recentPlural();
    // ("…," said Tom Vale. One dealer, who asked not to be named, said … "…," he said: the unnamed
    // source spoken of alone just before, not the person before it.)
    if (found && m.lang === "en" && (pr === "he" || pr === "she")) found = this.singularSourceAfter(found) ?? found;
    if (found && m.lang === "en" && (pr === "he" || pr === "she")) found = this.namedWithHonorific(found, m.s + base, pr) ?? found;
    // "it" is never a person or an unnamed source (traders … it said: the company); with no
    // institution to refer to it is one of its own. "he"/"she" with no person it fits may be an
    // unnamed source's or a role's (a senior official … he said), never an institution's nor a
    // person's of the other gender (a person the pronoun fits was found above): Sir Alan Budd's
    // inquiry … But he could not say is not the Lib Dems who spoke before; with none it is its own.
    // An English "they" is no one named person ("…," Ana Ruiz said. … They say …): its own too.
    const latest = this.latest();
    // ("…," Ammerman said. He said …: with no person to refer to, the lone name just before was a person's.)
    if (!found && latest && m.lang === "en" && (pr === "he" || pr === "she") && this.loneNamePerson(latest, m.s + base)) return latest;
    // (Nor, in English, a lone pronoun's own speaker for another pronoun: "…," he said. They said …)
    const fallback = !latest || (m.lang === "en" && latest.firstMention?.kind === "pronoun" && !latest.nameWords.length && latest.firstMention.pronoun !== pr)
      ? null
      : pr === "it"
        ? latest.kind === "person" || latest.kind === "anonymous" ? null : latest
        : ((pr === "he" || pr === "she") && m.lang === "en" && (latest.kind === "organization" || latest.kind === "group" || latest.kind === "person" || pluralSource(latest))) ||
            (pr === "they" && m.lang === "en" && ((latest.kind === "person" && latest.nameWords.length > 0) || singularSource(latest) || indefiniteOne(latest)))
          ? null
          : latest;
    return found ?? fallback ?? (pr === "it" && m.lang === "en" ? (this.possessorBody(m) ?? this.bodyNamedBefore(m, base)) : null) ?? this.create(pr === "it" ? { ...m, kind: "organization" } : m, text);
  }

  /**
   * "Ammerman said …. He said …": a lone capitalised name read as an institution's because the text
   * never introduced it as a person's (namedPerson: "Rover said") is a person's after all when "he" or
   * "she" with no person to refer to follows it closely; it becomes a person and true. Not a country's
   * name, nor a speaker "it" already referred to, nor one named with more words or a title.
   */
  private loneNamePerson(sp: SpeakerState, at: number): boolean {
    const last = sp.mentions[sp.mentions.length - 1];
    if (sp.kind !== "organization" || sp.nameWords.length !== 1 || sp.title || sp.lemma || !last || at - last.e > LONE_NAME_REACH) return false;
    if (!/^\p{Lu}\p{Ll}+$/u.test(sp.name) || lexicon().en.countryNames.has(sp.nameWords[0]) || lexicon().sources.has(sp.nameWords[0])) return false;
    // (Every mention the name itself: "it" or "the company" referred to it before, an institution.)
    const name = sp.name.toLowerCase();
    // (Nor a name before a noun the lexicon knows: "a Jakarta report" names a place.)
    if (sp.mentions.some((x) => this.doc.slice(x.s, x.e).toLowerCase() !== name || lexicon().sources.has(/^\s*(\p{L}*)/u.exec(this.doc.slice(x.e, x.e + 30))![1].toLowerCase()))) return false;
    if (sp.mentions.some((x) => this.bodyMention(x.s, x.e, name.length))) return false;
    if (this.personNounBetween(last.e, at)) return false;
    this.setKind(sp, "person");
    return true;
  }

  /**
   * A lone name's mention that marks a body: "Siemens said it would cut …", "Gazprom said on Monday it
   * had halted …" (its own words open with it/its in its sentence), or "of Greenwich, Conn said" (a short
   * name after a comma, a state's abbreviation).
   */
  private bodyMention(s: number, e: number, len: number): boolean {
    if (len <= 4 && /,\s*$/u.test(this.doc.slice(Math.max(0, s - 3), s))) return true;
    return /^[^.!?\n"“”]{0,40}?\b(?:it|its)\b/u.test(this.doc.slice(e, e + 60));
  }

  /**
   * "Siemens said …. A union leader criticised the plan. He said …": an unnamed person's noun (a title or
   * an anonymous source's, the lexicon's) between the name and the pronoun is whom "he" refers to.
   */
  private personNounBetween(from: number, to: number): boolean {
    // (Only after an article a word or two before it, "A union leader", "An analyst at …": not the name's own
    // apposition, "Ammar, head of the research group, …".)
    const words = this.doc.slice(from, to).toLowerCase().match(/\p{L}+/gu) ?? [];
    for (let i = 1; i < words.length; i++) {
      const c = lexicon().sources.get(words[i])?.cls;
      if ((c === "title" || c === "anon" || c === "informed") && [words[i - 1], words[i - 2] ?? ""].some((w) => UNNAMED_ARTICLES.has(w))) return true;
    }
    return false;
  }

  /**
   * "The ministry's spokesman, Karim Dabbour, said … It added": an English "it" with no institution to
   * refer to is the institution the latest speaker's latest mention names as its possessor (an
   * en-sources org noun before 's), a speaker of its own named so; null when that mention names none.
   */
  private possessorBody(m: MentionInfo): SpeakerState | null {
    const latest = this.latest();
    const at = latest?.mentions[latest.mentions.length - 1];
    if (!latest || !at || (latest.kind !== "person" && latest.kind !== "anonymous")) return null;
    const hit = /^((?:[Tt]he )?(?:\p{Lu}[\p{L}.-]* ){0,3}(\p{L}+))['’]s /u.exec(this.doc.slice(at.s, at.e));
    const lemma = hit ? hit[2].toLowerCase() : "";
    if (!hit || lexicon().sources.get(lemma)?.cls !== "org") return null;
    return this.namedBody(m, hit[1], lemma, hit[2] !== lemma);
  }

  /**
   * "Papers from the Harbour Council began circulating after it announced …", "Ruiz's campaign has
   * sought for months … a race that it says will …": an English "it" with no institution to refer to
   * is the institution named last in the text just before it, in its paragraph (an en-sources org
   * noun, with the capitalised words and the article or possessor before it), a speaker of its own;
   * null when none is.
   */
  private bodyNamedBefore(m: MentionInfo, base: number): SpeakerState | null {
    const at = m.s + base;
    const from = Math.max(0, at - BODY_REACH, this.doc.lastIndexOf("\n\n", at) + 2);
    const words = [...this.doc.slice(from, at).matchAll(/[\p{L}][\p{L}.&'’-]*/gu)];
    const bare = (w: string) => w.replace(/['’]s$/u, "");
    let h = words.length - 1;
    while (h >= 0 && lexicon().sources.get(bare(words[h][0]).toLowerCase())?.cls !== "org") h--;
    if (h < 0) return null;
    let a = h;
    while (a > 0 && h - a < BODY_NAME_WORDS && /^\p{Lu}/u.test(words[a - 1][0]) && !/['’]s$/u.test(words[a - 1][0]) && !lexicon().en.mentionDeterminers.has(words[a - 1][0].toLowerCase())) a--;
    // (The article or a possessor before the name: the Harbour Council, Ruiz's campaign, his party.)
    if (a > 0 && (/^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)$/u.test(words[a - 1][0]) || /^\p{Lu}.*['’]s$/u.test(words[a - 1][0]))) a--;
    const s = from + (words[a].index ?? 0);
    const name = bare(this.doc.slice(s, from + (words[h].index ?? 0) + words[h][0].length));
    return this.namedBody(m, name, bare(words[h][0]).toLowerCase(), /^\p{Lu}/u.test(words[h][0]));
  }

  /** An English "it" as the institution the text names so ("The ministry", "the Harbour Council"): a speaker of its own. */
  private namedBody(m: MentionInfo, name: string, lemma: string, proper: boolean): SpeakerState {
    const words = name.toLowerCase().split(" ").filter((w) => w !== "the");
    return this.create({ ...m, kind: "organization", lemma, nameText: name, name: [], words, definite: /^the /i.test(name), proper, generic: !proper }, name);
  }

  /**
   * Whom "the businessman", "the Texan" (describe-en nounEpithet) stands for: the person named in
   * passing with that noun (Tom Vale, a designer from Leeds), an unnamed source described by it (A
   * designer, who asked not to be named, said …), or else the speaker before when that is a named
   * person ("…," Ana Ruiz said. … "…," the candidate added); null when none is.
   */
  private epithetHolder(m: MentionInfo, text: string, base: number): SpeakerState | null {
    const desc = m.words.slice(0, -1).filter((w) => !lexicon().en.mentionDeterminers.has(w));
    // ("the Ohio congressman" after "Rep. Lionel Frask": a title's epithet looks back for the title's forms.)
    const title = lexicon().sources.get(m.lemma);
    const asTitle = title && title.cls === "title" && title.lemma !== m.lemma ? { ...m, lemma: title.lemma } : m;
    const holder = this.roleBack(m, text, base, m.lemma, desc) ?? this.placedHolder(asTitle, text, base, desc);
    if (holder) return holder;
    const lemma = m.lemma;
    // (A nationality describes, it names no one: "the American" is not "the American people" nor "a Russian official".)
    const describes = lexicon().sources.get(lemma)?.cls !== "descriptor";
    const described =
      this.recent("anonymous", (sp) => sp.lemma === lemma || (describes && sp.words.includes(lemma))) ??
      this.recent("unknown", (sp) => describes && sp.words.includes(lemma)) ??
      this.recent("person", (sp) => !sp.nameWords.length && sp.lemma === lemma);
    if (described) return described;
    const latest = this.latest();
    return latest && latest.kind === "person" && latest.nameWords.length && this.fits(latest) ? latest : null;
  }

  /** The latest speaker when it is an English unnamed source in the singular (one dealer) spoken of after `found`; null otherwise. */
  private singularSourceAfter(found: SpeakerState): SpeakerState | null {
    const latest = this.latest();
    return latest && latest !== found && singularSource(latest) ? latest : null;
  }

  /** A person of the window named with Mr/Ms, or in full, since `last`'s latest mention, in a later paragraph (see mentionedSince). */
  private namedWithHonorific(last: SpeakerState, at: number, pronoun: string): SpeakerState | null {
    const lm = last.mentions[last.mentions.length - 1];
    if (!lm) return null;
    const people: SpeakerState[] = [];
    for (const n of this.window) {
      const sp = this.speakers[n];
      if (sp !== last && sp.kind === "person" && sp.nameWords.length) people.push(sp);
    }
    // (Or named in full since, a person the pronoun fits: Vera Lind, in another statement's words.)
    return mentionedSince(this.doc, lm.e, at, pronoun, people) ?? namedInFullSince(this.doc, lm.e, at, people.filter((sp) => this.fits(sp)));
  }

  /**
   * A person by name: the same name seen before (a fuller name renames it), an outlet named
   * without its head noun, or a role seen before without a name.
   */
  private namedPerson(mention: MentionInfo, text: string, base: number, agree: Agreement): SpeakerState {
    // أردوغان لترامب: a last word that is لـ + another speaker's name is who was told. (A copy: the
    // mention stays as parsed, so a cached paragraph is resolved the same way again.)
    // وانتقد حداد الرئيس الأمريكي فلان الفلاني قائلاً: a known surname before the title is the subject; the rest the object.
    const lead = this.surnameBeforeTitle(mention, base);
    if (lead) return lead;
    const m = this.addresseeLast(mention) ? withoutLastNameWord(mention) : this.surnameRunOn(mention, base) ? firstNameWordOnly(mention) : mention;
    const nw = m.name;
    const nh = hashes(nw);
    // (الملك سلمان after محمد بن سلمان, or before it: the father's name, another person; بن سلمان is the son.)
    // (The mention may leave its particle out: «بن جاسم حذر» gives جاسم; the text before it tells.)
    const son = sonOfWritten(text) || sonOfWritten(this.doc.slice(Math.max(0, m.s + base - 5), m.s + base) + text);
    const father = (sp: SpeakerState) => (fathersName(sp.nameWords, nw) && !son) || (fathersName(nw, sp.nameWords) && !sonOfWritten(sp.name));
    const found = this.recent("person", (sp) => (agree === 0 || sp.agree === 0 || sp.agree === agree) && sameName(sp.nameWords, sp.nameH, nw, nh, lexicon().ar.nameParticles) && !father(sp), SOME_NAME_WORD, sigOf(nh));
    // (عبد العزيز after حمدي عبدالعزيز, and the other way: عبد written apart from or joined to its word.)
    const spaced = found || m.lang !== "ar" ? null : abdSpelledOtherwise(nw);
    if (spaced) {
      const sh = hashes(spaced);
      // (Only a fuller name: عبد الله alone and عبدالله alone may be two of the many so called.)
      const other = this.recent("person", (sp) => (agree === 0 || sp.agree === 0 || sp.agree === agree) && sp.nameWords.length > spaced.length && sameName(sp.nameWords, sp.nameH, spaced, sh, lexicon().ar.nameParticles) && !fathersName(sp.nameWords, spaced), SOME_NAME_WORD, sigOf(sh));
      if (other) return other;
    }
    if (found) {
      // (Also the same name out of a headline's capitals: REAGAN → Reagan.)
      if (m.nameText.length > found.name.length || (m.nameText.length === found.name.length && inCapitals(found.name) && !inCapitals(m.nameText))) this.rename(found, m.nameText, nw, nh);
      if (!found.title && m.titleText) found.title = m.titleText;
      return found;
    }
    // لوموند after جريدة "لوموند": an outlet or company named without its head noun.
    if (!m.titleText && nw.length <= 3) {
      const org = this.namedOrgWith(nw);
      // (Its name out of a headline's capitals too: IRAQ → Iraq.)
      if (org && org.name.length === m.nameText.length && inCapitals(org.name) && !inCapitals(m.nameText)) this.rename(org, m.nameText, nw, nh);
      if (org) return org;
    }
    // "Haddad told Reuters" in the English paragraph of a page that named سامر الحداد: the same person.
    const other = this.personInOtherScript(nw);
    if (other) return other;
    // "MEES said" after "the Middle East Economic Survey (MEES)": a name in capitals that an institution
    // named before carries, or spells the initials of, is that institution.
    if (m.lang === "en" && nw.length === 1 && !m.titleText && ACRONYM.test(m.nameText)) {
      const ac = m.nameText;
      const org = this.recent("organization", (sp) => acronymIn(sp.name, ac) || (sp.namedOrg && initialsOf(sp.name, ac)));
      if (org) return org;
      // (A wire headline's "MEES SAYS …" before the story names "the Middle East Economic Survey (MEES)";
      // looked for in the story around the mention only: an archive file is megabytes long.)
      const at = m.s + base;
      if (this.doc.slice(Math.max(0, at - ACRONYM_REACH), at + ACRONYM_REACH).includes(`(${ac})`)) return this.create({ ...m, kind: "organization", proper: true }, text);
    }
    // "Rover said", "Allianz said": a lone capitalised name that was never introduced as a person
    // (a first name, Mr/Ms or a title before it near it in the text) is an institution's; a common
    // word capitalised at a sentence's start and written in lowercase nearby ("Users said") is no name.
    if (m.lang === "en" && nw.length === 1 && !m.titleText && !introducedAsPerson(this.doc, m.s + base, m.nameText)) {
      const common = commonWordNear(this.doc, m.s + base, m.nameText);
      // ("Kidder said" where the text writes "Kidder, Peabody and Co Inc": the firm, by its full name.)
      const firmName = common ? null : firmNameNear(this.doc, m.s + base, m.nameText);
      if (firmName?.includes(",")) return this.recent("organization", (sp) => sp.name === firmName) ?? this.create({ ...m, kind: "organization", proper: true, name: [], nameText: firmName, words: firmName.toLowerCase().split(" ") }, text);
      return this.create({ ...m, kind: common ? "unknown" : "organization", proper: !common }, text);
    }
    // "Harwell Lyons said" where the text writes "Harwell Lyons Inc": the firm, by its full name.
    const firm = m.lang === "en" && nw.length >= 2 && nw.length <= 3 && !m.titleText ? firmNameNear(this.doc, m.s + base, m.nameText) : null;
    if (firm) return this.create({ ...m, kind: "organization", proper: true, name: [], nameText: firm, words: firm.toLowerCase().split(" ") }, text);
    // A named mention may name a role seen before without a name (الوزير … الوزير فلان).
    const role = this.namedRole(m, nw, nh, base) ?? this.possessedRoleNamed(m, nw, nh);
    if (role) return role;
    const full = nw.length === 1 ? this.fullName(m, base, m.nameText) : null;
    return this.create(full ? { ...m, name: full.name, nameText: full.nameText } : m, text);
  }

  /**
   * A named mention names a role seen before without a name (a headline's رئيس مجلس إدارة النادي,
   * then رئيس مجلس إدارة نادي العين، فلان): the same head, and that role's descriptors all here.
   */
  private namedRole(m: MentionInfo, nw: string[], nh: number[], base: number): SpeakerState | null {
    if (!m.titleText || !m.lemma) return null;
    const stems = m.words.map(stem);
    // (A role with a descriptor: a bare المدرب may be any coach of the window.)
    const role = this.recent("person", (sp) => sp.nameWords.length === 0 && sp.lemma === m.lemma && sp.words.length >= 2 && sp.words.every((w) => stems.includes(stem(w))), LEMMA, wordHash(m.lemma));
    if (!role) return this.describedThenNamed(m, nw, nh, base);
    this.rename(role, m.nameText, nw, nh);
    role.title = m.titleText;
    return role;
  }

  /**
   * حسبما أعلن زوجها …، وكتب زوجها فلان "…": a role one word long held for someone a pronoun names (her
   * husband, his lawyer) is one person, unnamed first, then with a name: the same speaker. (The pronoun
   * makes the bare role as specific as a descriptor does in namedRole.)
   */
  private possessedRoleNamed(m: MentionInfo, nw: string[], nh: number[]): SpeakerState | null {
    const title = m.titleText;
    if (m.lang !== "ar" || !title || title.includes(" ") || !POSSESSED_ROLE.test(title)) return null;
    const role = this.recent("person", (sp) => sp.nameWords.length === 0 && sp.name === title);
    if (!role) return null;
    this.rename(role, m.nameText, nw, nh);
    role.title = title;
    return role;
  }

  /**
   * وقال جنرال منشق شارك في الانقلاب إن …، وصرح الجنرال فلان بأن …: the latest speaker, a role written
   * without the article (a title, not a source noun such as مصدر or مسؤول) and left unnamed, spoken of once
   * with no reason for anonymity, then the same title with the article and a name: the text names whom it
   * described. (A reason in the same paragraph is tied to its source only after the paragraph: the words
   * between that speak of a name or an identity, اسمه، هويته, keep the two apart; not when يدعى names the person.)
   */
  private describedThenNamed(m: MentionInfo, nw: string[], nh: number[], base: number): SpeakerState | null {
    const sp = this.latest();
    if (m.lang !== "ar" || !m.definite || !sp || sp.kind !== "anonymous" || sp.lemma !== m.lemma) return null;
    // (وقال المستثمر، ويدعى فلان: with يدعى the text names whom it described, a person of a kind too, not a مصدر.)
    const called = /(^|[\s،,(])و?[يت]دعى\s/.test(this.doc.slice(m.s + base, m.e + base)) && !lexicon().ar.sourceWords.has(m.lemma) && lexicon().sources.get(m.lemma)?.cls === "anon";
    if (!titleWord(m.lemma) && !called) return null;
    if (sp.mentions.length !== 1 || sp.anonymity.length || sp.firstMention?.definite || sp.firstMention?.lang !== "ar" || sp.collective) return null;
    if (!called && /اسم|هوي/.test(this.doc.slice(sp.mentions[0].e, m.s + base))) return null;
    this.setKind(sp, "person");
    this.rename(sp, m.nameText, nw, nh);
    sp.title = m.titleText;
    return sp;
  }

  /** The name's last word is لـ + a word of a known person's name (أردوغان لترامب). */
  private addresseeLast(m: MentionInfo): boolean {
    const nw = m.name;
    const last = nw[nw.length - 1];
    if (nw.length < 2 || !last.startsWith("ل") || last.length < 4) return false;
    const rest = last.slice(1);
    const h = wordHash(rest);
    return !!this.recent("person", (sp) => has(sp.nameWords, sp.nameH, rest, h), SOME_NAME_WORD, bit(h));
  }

  /**
   * ووصف شتاينماير الأكراد بأنهم …، وأشاد سرحان بمواقف …: a name that opens with a known person's
   * surname and goes on with words no name has (a definite noun that is no family name, a word
   * carrying بـ or لـ, then its relational adjectives) ended at the surname; the rest is the verb's object. The surname may be of a person
   * the text named in full with a title in passing (قاطع الرئيس سامي حداد المعرض … وتجاهل حداد الجناح …).
   */
  private surnameRunOn(m: MentionInfo, base: number): boolean {
    const nw = m.name;
    if (nw.length < 2 || m.lang !== "ar" || m.nameText.indexOf(" ") < 0) return false;
    // (The object's relational adjectives may follow it: الجناح الهولندي.)
    for (let i = 1; i < nw.length; i++) if (!notNameWord(nw[i]) && !(i > 1 && nw[i].startsWith("ال") && nisba(nw[i]))) return false;
    const first = nw[0];
    if (this.withSurname(first)) return true;
    // (Named in passing: only a name that opens the mention — after a title, وزير الخارجية عادل الجبير, a
    // given name and a family name follow.)
    const written = m.nameText.slice(0, m.nameText.indexOf(" "));
    return this.doc.startsWith(written, m.s + base) && !!this.surnameNamed(m, base, written, first);
  }

  /** The latest person named with two words or more whose last name word is `w` (normalised). */
  private withSurname(w: string): SpeakerState | null {
    const h = wordHash(w);
    return this.recent("person", (sp) => sp.nameWords.length >= 2 && sp.nameH[sp.nameH.length - 1] === h && sp.nameWords[sp.nameWords.length - 1] === w, SOME_NAME_WORD, bit(h));
  }

  /**
   * The full name of a person the text named in passing with a title (ar-full-name.ts) whose surname is the
   * word `written` (normalised `w`): two words or more, the last no particle's (ابن سلمان, عبد: a father's
   * name or a name going on), the words before it plain given names (no article, no lexicon entry:
   * والإعلامي حمد، لشؤون الخزانة محمد are a title's words read as a name); null when none.
   */
  private surnameNamed(m: MentionInfo, base: number, written: string, w: string): { name: string[]; nameText: string } | null {
    const particles = lexicon().ar.nameParticles;
    if (particles.has(w)) return null;
    const full = this.fullName(m, base, written);
    if (!full || full.name.length < 2 || full.name[full.name.length - 1] !== w || particles.has(full.name[full.name.length - 2])) return null;
    for (const g of full.name.slice(0, -1)) if (/^[وفبلك]?ال|^لل/.test(g) || lexicon().sources.has(g) || lexicon().grammar.has(g)) return null;
    return full;
  }

  /**
   * وانتقد حداد الرئيس الأمريكي فلان الفلاني، قائلاً: an Arabic person's mention whose title opens with a plain
   * word (no article, no lexicon entry, no word of the mention's name) that is the surname of a person the
   * text named in full before — a speaker, or named in passing with a title — is that person's: the title and
   * name after it are the verb's object. Null when the title opens otherwise.
   */
  private surnameBeforeTitle(m: MentionInfo, base: number): SpeakerState | null {
    if (m.lang !== "ar" || !m.titleText) return null;
    const gap = m.titleText.indexOf(" ");
    const written = gap > 0 ? m.titleText.slice(0, gap) : "";
    const w = normWord(written);
    if (w.length < 3 || written.startsWith("ال") || lexicon().sources.has(w) || lexicon().grammar.has(w) || m.name.includes(w) || !this.doc.startsWith(written, m.s + base)) return null;
    const known = this.withSurname(w);
    if (known) return known;
    const full = this.surnameNamed(m, base, written, w);
    if (!full) return null;
    return this.create({ ...m, titleText: "", lemma: "", name: full.name, nameText: full.nameText }, written);
  }

  /**
   * "the lawyer", "the guitarist": a definite English mention of lower-case words whose last word the
   * lexicon lacks, given before to one person named in passing (en-role.ts); null when none was.
   */
  private nounHolder(m: MentionInfo, text: string, base: number): SpeakerState | null {
    if (m.lang !== "en" || m.kind !== "unknown" || !m.definite || !DEFINITE_NOUN.test(text)) return null;
    const words = text.toLowerCase().split(" ");
    const head = words[words.length - 1];
    return this.roleBack(m, text, base, head, words.slice(1, -1));
  }

  /**
   * "A company statement said … The statement said …", "An IAAF statement said … The statement continued":
   * an English definite document with no name (en-words issuedWords: statement, letter, email …) is the
   * latest such document that spoke before; null when none did.
   */
  private documentBack(m: MentionInfo, text: string): SpeakerState | null {
    if (m.lang !== "en" || m.name.length || !DEFINITE_NOUN.test(text)) return null;
    const head = text.slice(text.lastIndexOf(" ") + 1).toLowerCase();
    if (!lexicon().en.issuedWords.has(head)) return null;
    // (Its name ends with the noun: "An IAAF statement", "a company statement".)
    const said = (sp: SpeakerState) => sp.lemma === head || sp.name.toLowerCase().endsWith(` ${head}`);
    return this.recent("organization", said) ?? this.recent("unknown", said);
  }

  /** The person named in passing with the role `lemma` and the words `desc` (en-role.ts roleHolder), as a speaker; null when none was. */
  private roleBack(m: MentionInfo, text: string, base: number, lemma: string, desc: readonly string[]): SpeakerState | null {
    const holder = roleHolder(this.doc, m.s + base, lemma, desc);
    if (!holder) return null;
    const name = holder.name.split(/\s+/).map(normWord);
    return this.namedPerson({ ...m, kind: "person", lemma: "", name, nameText: holder.name, titleText: holder.title }, text, base, 0);
  }

  /**
   * واستنفر الوزير التركي after وزير الخارجية التركي فلان named in passing (ar-role.ts): that person;
   * null when none was, or (with `states`, arRoleBackNational) the naming's title names another state.
   */
  private arRoleBack(m: MentionInfo, text: string, base: number, desc: string[], agree: Agreement, states?: Set<number>): SpeakerState | null {
    const holder = arRoleHolder(this.doc, m.s + base, m.lemma, desc.filter((w) => key(w) !== m.lemma));
    if (!holder || (states && !mayBeOf(holder.title.split(" ").map(normWord), holder.name, states))) return null;
    // (وقالت الوزيرة after الوزير فلان spoke with قال: the one named with the title is not her.)
    if (agree !== 0 && this.speakers.some((sp) => sp.kind === "person" && sp.agree !== 0 && sp.agree !== agree && sp.name === holder.nameText)) return null;
    return this.namedPerson({ ...m, kind: "person", lemma: "", name: holder.name, nameText: holder.nameText, titleText: holder.title }, text, base, 0);
  }

  /**
   * والتقى المدير الفني لمنتخب الواحة سيرجيو مارتيني اللاعبين … وقال المدير الفني الإيطالي: the
   * person named in passing with the title and the role's other words (arRoleBack), when the role
   * adds nationalities and the naming's title names no other state; not a head and nationality alone.
   */
  private arRoleBackNational(m: MentionInfo, text: string, base: number, desc: string[], agree: Agreement): SpeakerState | null {
    const nat = peoplePlural(text) ? null : nationalities(desc);
    return nat && nat.rest.length ? this.arRoleBack(m, text, base, nat.rest, agree, nat.states) : null;
  }

  /**
   * مدير الوكالة يتحدث عن "…" as the headline, the lead then naming قال فلان الفلاني، مدير الوكالة: a title
   * without a name in the text's first line is the one person the lead names with it.
   */
  private headlineRole(m: MentionInfo, text: string, base: number): SpeakerState | null {
    const at = m.s + base;
    // (The first line with words: only blank space before it, read back from the line's start.)
    const lineStart = this.doc.lastIndexOf("\n", at) + 1;
    for (let i = lineStart - 1; i >= 0; i--) if (this.doc.charCodeAt(i) > 0x20) return null;
    const nl = this.doc.indexOf("\n", at);
    if (nl < 0) return null;
    // (A first line closed by a full stop is the lead itself, no headline: وقال وزير الخارجية إن …. is not
    // the وزير الداخلية فلان of the next paragraph.)
    if (/\.\s*$/u.test(this.doc.slice(at, nl))) return null;
    const holder = arLeadHolder(this.doc, nl, m.lemma);
    if (!holder) return null;
    return this.namedPerson({ ...m, kind: "person", lemma: "", name: holder.name, nameText: holder.nameText, titleText: holder.title || m.titleText }, text, base, 0);
  }

  /** A role without a name: the latest person whose title holds the same head and descriptors. */
  private role(m: MentionInfo, text: string, base: number, agree: Agreement): SpeakerState {
    const desc = roleWords(m);
    const found = this.holderOf(m, desc) ?? this.holderDescribed(m, desc) ?? this.holderOfNationality(m, text, desc);
    // (وقالت الوزيرة after الوزير فلان spoke: a verb that agrees otherwise tells another holder.)
    if (found && agrees(found, agree)) return found;
    const family = m.lang === "ar" ? this.familyNamed(m, base) : null;
    if (family) return family;
    // ("Former Gov. Ana Ruiz endorsed … The former governor said": named in passing with the role.)
    const back =
      m.lang === "en" && m.definite && m.lemma
        ? (this.roleBack(m, text, base, m.lemma, desc) ?? this.roleBackDescribed(m, text, base, desc) ?? this.placedHolder(m, text, base, desc))
        : m.lang === "ar" && m.definite && m.lemma
          ? (this.arRoleBack(m, text, base, desc, agree) ?? this.arRoleBackNational(m, text, base, desc, agree))
          : null;
    if (back) return back;
    const lead = m.lang === "ar" && m.lemma ? this.headlineRole(m, text, base) : null;
    if (lead) return lead;
    const sp = this.create(m, text);
    sp.title = "";
    return sp;
  }

  /**
   * وأضاف الدكتور الحارثي، وأكد اللواء المقدشي: a title (or honorific) and one definite word that the
   * lexicon lacks is the title and family name of the person named so before (المهندس سامي الحارثي),
   * a speaker or named in passing; null when none was.
   */
  private familyNamed(m: MentionInfo, base: number): SpeakerState | null {
    const parts = m.titleText.split(" ");
    const written = parts[parts.length - 1];
    const w = normWord(written);
    if (parts.length < 2 || parts.length > 3 || w.length < 5 || !w.startsWith("ال") || lexicon().sources.has(w) || lexicon().sources.has(w.slice(2))) return null;
    // (Titles and honorifics only before it: الوزير، معالي الدكتور; not الرئيس الكوري الجنوبي.)
    for (let i = 0; i < parts.length - 1; i++) if (!titleWord(normWord(parts[i]))) return null;
    const h = wordHash(w);
    const sp = this.recent("person", (x) => x.nameWords.length >= 2 && x.nameWords[x.nameWords.length - 1] === w, SOME_NAME_WORD, bit(h));
    if (sp) return sp;
    const full = this.fullName(m, base, written);
    return full && full.name.length >= 2 ? this.create({ ...m, name: full.name, nameText: full.nameText }, full.nameText) : null;
  }

  /**
   * "US President Tom Baxter … the two-term president said", "the veteran minister": an English
   * definite role whose words describe the holder without telling the post apart (en-words:
   * titleEpithets) is the latest holder of the post described by its other words; null when it has
   * no such words or there is none.
   */
  private holderDescribed(m: MentionInfo, desc: string[]): SpeakerState | null {
    const kept = withoutEpithets(m, desc);
    return kept.length < desc.length ? this.holderOf(m, kept) : null;
  }

  /**
   * وأضاف الوزير اللبناني، وقال المدير الفني الإيطالي after وزير الخارجية سامي الحداد، المدير الفني
   * لمنتخب الواحة سيرجيو مارتيني: an Arabic definite singular role whose description adds
   * nationalities (ar-states.tsv) is the latest named holder of its head and other words whose
   * description may be of that nationality (ar-nationality: mayBeOf), when the holder is one of the
   * last few speakers; a head and nationality alone (الرئيس الأمريكي) only the speaker just before,
   * telling no other post (رئيس الوزراء فلان is no الرئيس الأمريكي).
   */
  private holderOfNationality(m: MentionInfo, text: string, desc: string[]): SpeakerState | null {
    if (m.lang !== "ar" || !m.definite || !m.lemma || peoplePlural(text)) return null;
    const nat = nationalities(desc);
    if (!nat) return null;
    const alone = nat.rest.length === 0;
    const sp = this.holderOf(m, nat.rest, (x) => x.nameWords.length > 0 && x.lemma === m.lemma && mayBeOf(x.words, x.nameWords, nat.states) && !(alone && otherPost(x.words, x.nameWords, m.lemma)));
    return sp && this.window.slice(alone ? -1 : -NATIONALITY_REACH).includes(sp.no) ? sp : null;
  }

  /**
   * "Senator Amy Holt … the Maine senator said": an English definite role whose words add a home
   * state the naming did not give is the one person holding the post described by its other words,
   * the person spoken of just before: the speaker just before, or one named in passing after that
   * speaker's latest mention with no other capitalised name of two words between; null otherwise
   * (Marco Rubio … "the Florida senator" is not Senator Tom Baxter named before Rubio).
   */
  private placedHolder(m: MentionInfo, text: string, base: number, desc: readonly string[]): SpeakerState | null {
    const kept = withoutPlaces(m, desc);
    if (kept.length === desc.length) return null;
    const latest = this.latest();
    const sp = this.holderOf(m, kept);
    if (sp) return sp === latest && !this.holderOf(m, kept, (x) => x !== sp) ? sp : null;
    const at = m.s + base;
    const holder = roleHolder(this.doc, at, m.lemma, kept);
    if (!holder) return null;
    const named = this.doc.lastIndexOf(holder.name, at);
    const spoke = latest?.mentions[latest.mentions.length - 1]?.s ?? -1;
    if (named < 0 || named < spoke || otherName(this.doc.slice(named + holder.name.length, at), holder.name, m.lemma)) return null;
    return this.roleBack(m, text, base, m.lemma, kept);
  }

  /** …and the person named in passing with that post (roleBack). */
  private roleBackDescribed(m: MentionInfo, text: string, base: number, desc: string[]): SpeakerState | null {
    const kept = withoutEpithets(m, desc);
    return kept.length < desc.length ? this.roleBack(m, text, base, m.lemma, kept) : null;
  }

  /** The latest person whose head or words hold the mention's head noun and every word describing it (desc: roleWords), and who passes `also`. */
  private holderOf(m: MentionInfo, desc: string[] = roleWords(m), also?: (sp: SpeakerState) => boolean): SpeakerState | null {
    const lemmaH = wordHash(m.lemma);
    const descKeys = desc.map(key);
    const descH = hashes(desc);
    const descKeysH = hashes(descKeys);
    const lemmaKey = key(m.lemma);
    const lemmaKeyH = wordHash(lemmaKey);
    return this.recent(
      "person",
      (sp) =>
        ((this.index.lemmaHash(sp.no) === lemmaH && sp.lemma === m.lemma) || has(sp.words, sp.wordsH, lemmaKey, lemmaKeyH)) &&
        (allKnown(desc, descH, descKeys, descKeysH, sp.words, sp.wordsH, "") || allStemsKnown(desc, sp.words)) &&
        (!also || also(sp)),
      LEMMA_OR_WORD,
      lemmaH,
      bit(lemmaKeyH),
    );
  }

  /**
   * وأضاف المسؤول الأمريكي أن … right after مساعد وزير الخارجية الأمريكي فلان spoke: a definite unnamed
   * official described by nationalities alone (no unnamed source of its head before, not المصدر) is the
   * speaker just before, when that is a named person whose description holds every one of them.
   */
  private officialJustBefore(m: MentionInfo, text: string): SpeakerState | null {
    const latest = this.latest();
    if (!latest || latest.kind !== "person" || !latest.nameWords.length || !this.fits(latest) || lexicon().ar.sourceWords.has(m.lemma)) return null;
    const desc = roleWords(m);
    // (Singular nisbas only, الأمريكي، الأمريكية: المسؤولون الفرنسيون are no one person.)
    if (!desc.length || peoplePlural(text) || !desc.every((w) => nisbaShape(w) && (w.endsWith("ي") || w.endsWith("يه")))) return null;
    return allStemsKnown(desc, latest.words) ? latest : null;
  }

  /**
   * وأوضح الضابط، الذي طلب عدم كشف هويته، أن …. وتوقع المسؤول أن …: a definite unnamed official or
   * source written in the singular (المسؤول، المصدر، المسؤول الأمني: one word at most describing it)
   * that no earlier source of its head explains is the unnamed insider who spoke just before, when that
   * one is one person too (its first word its head: not مصادر, مسؤولون, أحد المصادر), of the same
   * gender as written (not المسؤولة after ضابط), described already by the word describing it (not
   * المسؤول الأمريكي after دبلوماسي إسرائيلي), and spoke in this sentence or the one before, or in the
   * last sentence of the paragraph before (spokeJustBefore). Heads: ar insiderHeads. `agree`: the verb's.
   */
  private sourceJustBefore(m: MentionInfo, text: string, base: number, agree: Agreement): SpeakerState | null {
    const latest = this.latest();
    const first = latest?.firstMention;
    if (!latest || !first || latest.kind !== "anonymous" || latest.collective || first.lang !== "ar") return null;
    const insiders = lexicon().ar.insiderHeads;
    if (m.words.length > 2 || m.words[0] !== m.lemma || !insiders.has(m.lemma)) return null;
    if (first.words[0] !== latest.lemma || !insiders.has(latest.lemma)) return null;
    // (The words are normalised to the head's lemma, المسؤولون and المسؤولة alike: the written head tells number and gender.)
    const mine = sourceAgreement(text).agreement;
    const theirs = sourceAgreement(latest.name).agreement;
    if (mine !== "masculine" && mine !== "feminine") return null;
    if ((mine === "feminine" || agree === 2) !== (theirs === "feminine")) return null;
    if (!allStemsKnown(roleWords(m), latest.words)) return null;
    return this.spokeJustBefore(latest, m.s + base) ? latest : null;
  }

  /**
   * `sp` was last written or spoke in the sentence of offset `at` or the sentence before it in its paragraph,
   * or in the last sentence of the paragraph just before with `at` in its first sentence (not five sentences
   * back, on another matter).
   */
  private spokeJustBefore(sp: SpeakerState, at: number): boolean {
    if (sp.lastAt < 0 || sp.lastAt > at) return false;
    const nl = this.doc.indexOf("\n", sp.lastAt);
    if (nl < 0 || nl >= at) return sentenceEnds(this.doc, sp.lastAt, at) <= 1;
    const para = this.doc.lastIndexOf("\n", at - 1);
    // (Only blank lines between: the paragraph right after; its words before `at` end no sentence, and
    // after `sp` only the mark closing its paragraph.)
    if (para - nl > 8 || this.doc.slice(nl, para).trim() !== "") return false;
    return sentenceEnds(this.doc, sp.lastAt, nl) <= 1 && sentenceEnds(this.doc, para, at) === 0;
  }

  /**
   * An unnamed source: a definite one (المسؤول) is the latest with the same head and
   * compatible words; an indefinite one is new, unless its full description repeats.
   */
  private anonymous(m: MentionInfo, text: string, base: number, agree: Agreement): SpeakerState {
    // وأضافت أنصار النور after جماعة أنصار النور: the body the text named so, not unnamed supporters.
    if (m.lang === "ar" && m.words.length >= 2 && lexicon().ar.movementHeads.has(m.words[0])) {
      const n = m.words.length;
      const body = this.recent("organization", (sp) => sp.words.length > n && m.words.every((w, i) => sp.words[sp.words.length - n + i] === w));
      if (body) return body;
    }
    const lemmaH = wordHash(m.lemma);
    if (m.definite) {
      // (An English article describes nothing: "the officials" is the latest officials, also when an
      // earlier group was once called "the officials" too.)
      const words = m.lang === "en" ? m.words.filter((w) => !lexicon().en.articles.has(w)) : m.words;
      const wKeys = words.map(key);
      const wordsH = hashes(words);
      const wKeysH = hashes(wKeys);
      const compatible = this.recent("anonymous", (sp) => sp.lemma === m.lemma && !numberClash(m, sp) && allKnown(words, wordsH, wKeys, wKeysH, sp.words, sp.wordsH, m.lemma), LEMMA, lemmaH);
      // (The mention's capitalised words before its head, read once for every candidate: properClash.)
      const mine = m.lang === "en" && m.lemma ? capitalsBeforeHead(text, m.lemma) : [];
      // (Not when the "head" is a descriptor standing after a noun the lexicon lacks: الوفد الأمريكي
      // and الجهاز المصري share no head, only a nationality.)
      const sameHead =
        compatible ??
        (lexicon().sources.get(m.lemma)?.cls === "descriptor" && !m.headAlone && m.words.length > 1
          ? null
          : (this.recent("anonymous", (sp) => sp.lemma === m.lemma && !numberClash(m, sp) && !properClash(m, mine, sp), LEMMA, lemmaH) ??
            (singularMention(m) ? this.recent("anonymous", (sp) => sp.lemma === m.lemma && !properClash(m, mine, sp), LEMMA, lemmaH) : null)));
      if (sameHead) return sameHead;
      // ويشير المحلل الفني لشبكة … after عماد يوسف، المحلل الفني لشبكة …: the person described so.
      const holder = m.lang === "ar" ? (this.holderOf(m) ?? this.officialJustBefore(m, text)) : null;
      if (holder) return holder;
      const back = m.lang === "en" ? this.definiteEnglishRole(m) : this.sourceJustBefore(m, text, base, agree);
      if (back) return back;
    } else if (!isBareSource(m) && m.words.length >= 3) {
      // مصدر مقرب من التحقيق … مصدر مقرب من التحقيق: the same full description is the same source
      // (a bare مصدر repeated is two, and so is one with a single adjective: مصدر أوروبي … مصدر أوروبي).
      const norm = m.words.join(" ");
      const same = this.recent("anonymous", (sp) => sp.lemma === m.lemma && sp.firstMention !== null && (sp.firstWords ??= sp.firstMention.words.join(" ")) === norm, LEMMA, lemmaH);
      if (same) return same;
    }
    return this.create(m, text);
  }

  /**
   * An English definite unnamed role that matches no earlier unnamed source: "The investment dealer"
   * right after "Bache Securities Inc" (a noun that names a firm as often as a person) is that firm;
   * "The Merrill Lynch executives" after "chief executive X and chief operating officer Y" (a plural
   * role) are the people named together with that role.
   */
  private definiteEnglishRole(m: MentionInfo): SpeakerState | null {
    const lemma = m.lemma;
    if (lexicon().en.firmOrPerson.has(lemma) && m.words.includes(lemma)) {
      const named = this.latestFirm();
      if (named && this.latest() === named) return named;
    }
    if (m.words.some((w) => w === lemma + "s" || w === lemma + "es")) return this.recent("group", (sp) => sp.words.includes(lemma));
    return null;
  }

  /** The latest institution named by its proper name that is a firm: not a government body, an outlet or a place. */
  private latestFirm(): SpeakerState | null {
    return this.recent("organization", (sp) => sp.namedOrg && !lexicon().en.notFirms.has(sp.lemma) && lexicon().sources.get(sp.lemma)?.cls !== "place");
  }

  /** The latest institution named by its proper name whose words hold every one of `words` (as look-up keys). */
  private namedOrgWith(words: readonly string[]): SpeakerState | null {
    const keys = words.map(key);
    const keysH = hashes(keys);
    return this.recent("organization", (sp) => sp.namedOrg && allHas(keys, keysH, sp.words, sp.wordsH), ALL_WORDS, sigOf(keysH));
  }

  /** The latest person whose name, written in the other script, holds the name words `words` (speakers/across-scripts.ts). */
  private personInOtherScript(words: readonly string[]): SpeakerState | null {
    return this.recent("person", (sp) => sameNameAcrossScripts(words, sp.nameWords));
  }

  /**
   * بيان للصندوق، بيان الوزارة: the institution a statement by a bare head (officeOwner's name: الصندوق)
   * stands for: the latest speaker with that head, when it last spoke within STATEMENT_BODY_REACH
   * characters before (an archive runs stories together: وزارة … of the story before is another); null otherwise.
   */
  private statementBody(m: MentionInfo, base: number): SpeakerState | null {
    const head = lexicon().sources.get(stripAl(normWord(m.nameText)));
    if (!head || head.cls !== "org") return null;
    const at = m.s + base;
    return this.recent("organization", (sp) => sp.lemma === head.lemma && sp.mentions.length > 0 && at - sp.mentions[sp.mentions.length - 1].e < STATEMENT_BODY_REACH, LEMMA, wordHash(head.lemma));
  }

  /**
   * بيان كوربن، بيان ماكرون: an Arabic statement (ar-words statementHeads) in construct with a name of one
   * to three words (no article: بيان الجيش is a body's), whose last word is a person's the text named (a
   * speaker, or named in passing with a title), is that person's; null otherwise (بيان مقتضب stays the
   * statement: an adjective names no one).
   */
  private statementAuthor(m: MentionInfo, text: string, base: number): SpeakerState | null {
    const words = text.split(/\s+/u);
    if (!lexicon().ar.statementHeads.has(m.lemma) || words.length < 2 || words.length > 4 || normWord(words[0]) !== m.lemma) return null;
    const names = words.slice(1);
    const keys = names.map(normWord);
    if (keys.some((w) => w.startsWith("ال") || w.startsWith("ل") || lexicon().sources.has(w))) return null;
    const person = this.personNamed(keys[keys.length - 1]);
    if (person) return keys.every((w) => person.nameWords.includes(w)) ? person : null;
    const full = this.fullName(m, base, names.join(" "));
    return full ? this.create({ ...m, kind: "person", lemma: "", name: full.name, nameText: full.nameText, words: full.name }, text) : null;
  }

  /**
   * The latest person with `w` (normalised) among the words of their name, as written or with the
   * article (الحداد after سليم الحداد; Kerr after Brian Kerr).
   */
  personNamed(w: string): SpeakerState | null {
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

  /**
   * An Arabic institution named again in fewer words: موقع الجيش اليمني after الموقع الرسمي للجيش
   * اليمني (the same head, every word's stem among the earlier name's); وأضاف البيان after وقالت
   * الوزارة في بيان (a statement noun: the body that issued it, the latest speaker when
   * the text between has the statement, indefinite).
   */
  private arabicBodyBack(m: MentionInfo, base: number): SpeakerState | null {
    if (m.words.length >= 2 && m.lemma) {
      const lemmaH = wordHash(m.lemma);
      const same = this.recent("organization", (sp) => sp.lemma === m.lemma && sp.words.length > m.words.length && allStemsKnown(m.words, sp.words), LEMMA, lemmaH);
      if (same) return same;
    }
    // ووصفته الداخلية after وزارة الداخلية السعودية (or بيان لوزارة …): a ministry called by its field
    // (ar-words ministryFields) is the latest one named with its head (ministryHeads) and that field.
    if (m.words.length >= 1 && m.words.length <= 2 && lexicon().ar.ministryFields.has(m.words[0])) {
      const field = m.words[0];
      const heads = lexicon().ar.ministryHeads;
      const ministry = this.recent("organization", (sp) => {
        const i = sp.words.indexOf(field);
        return i > 0 && heads.has(sp.words[i - 1]) && allStemsKnown(m.words, sp.words);
      });
      if (ministry) return ministry;
    }
    if (!m.definite || !m.headAlone || !lexicon().ar.issuedTexts.has(m.lemma)) return null;
    const lemma = m.lemma;
    // (وقال فينجر في بيان … وحث فينجر … وجاء في البيان: whoever is named with the latest statement of the
    // kind, a person too; read before the latest speaker, who may have spoken since.)
    const named = this.issuerOfLatest(lemma, m.s + base);
    // (Not a person the document's sentence speaks of: وجاء في البيان إن "الوزير يشكر العمال" is an office's words.)
    if (named && !(named.kind === "person" && spokenOf(this.doc, m.e + base, named))) return named;
    // (وجاء في بيان الجيش … وأشار الجيش … وتابع البيان: the institution whose statement it was, once its
    // statement joined it; organization() joins بيان + a head noun to the institution named before.)
    const issuer = this.recent("organization", (sp) => sp.mentions.some((x) => normWord(this.doc.slice(x.s, x.e).split(/\s/u)[0]) === lemma));
    if (issuer) return issuer;
    const last = this.latest();
    const lm = last?.mentions[last.mentions.length - 1];
    // (An institution, or a group of them or of office holders (وزراء خارجية فرنسا وألمانيا في بيان
    // مشترك); not a person: a person's bare mention is as often a document's title or a phrase read wrong.)
    // (A tweet or a letter (ar-words authoredTexts) a person sends as often: a person too, the text
    // between naming it indefinite: قال الوزير في رسالة … وأضافت الرسالة.)
    const byPerson = last?.kind === "person" && lexicon().ar.authoredTexts.has(lemma);
    if (!last || !lm || (last.kind !== "organization" && last.kind !== "group" && !byPerson)) return null;
    // (Named in the person's own sentence, just after them: an archive runs stories together, and a person
    // of the story before may be the latest speaker; one who spoke before another sent a letter is not its author.)
    if (byPerson) return issuedBetween(this.doc, lm.s, sentenceEndFrom(this.doc, lm.e, Math.min(m.s + base, lm.e + AUTHORED_REACH)), lemma) ? last : null;
    // (Or it was this noun already: وأكد البيان أن … وقال البيان إن … — the same statement again.)
    // (From the mention's start: بيان للصندوق … وأضاف البيان.)
    return issuedBetween(this.doc, lm.s, m.s + base, m.lemma) || normWord(this.doc.slice(lm.s, lm.e)) === normWord(this.doc.slice(m.s + base, m.e + base)) ? last : null;
  }

  /**
   * وقال فينجر في بيان نشره النادي …؛ كشفت هيدالغو في بيانها …؛ وفي بيان منفصل، قالت قطر …: the speaker named in the
   * sentence of the latest statement noun `lemma` before offset `at` that is indefinite or possessed (في بيان، بيانا،
   * بيانها): the one whose mention holds it (بيان للجيش), else the nearest named before it in its sentence, else right
   * after it; a person, a body or a group (not an unnamed source). null: no such noun within reach, or nobody by it.
   */
  private issuerOfLatest(lemma: string, at: number): SpeakerState | null {
    const occ = latestIssued(this.doc, at, lemma);
    if (occ < 0) return null;
    let before: SpeakerState | null = null;
    let after: SpeakerState | null = null;
    let be = -1;
    let as = Infinity;
    for (let i = this.window.length - 1; i >= 0; i--) {
      const sp = this.speakers[this.window[i]];
      if (sp.kind !== "person" && sp.kind !== "organization" && sp.kind !== "group") continue;
      // (From the latest mention back, mentions being in text order: a speaker of a whole archive has thousands.)
      for (let j = sp.mentions.length - 1; j >= 0; j--) {
        const x = sp.mentions[j];
        if (x.e < occ - ISSUER_REACH) break;
        if (x.e <= x.s) continue;
        if (x.s <= occ && occ < x.e) return sp;
        if (x.e <= occ && x.e > be && occ - x.e <= ISSUER_REACH && !sentenceBreak(this.doc, x.e, occ)) [before, be] = [sp, x.e];
        if (x.s > occ && x.s < as && x.s - occ <= ISSUER_AFTER && x.s < at && !sentenceBreak(this.doc, occ, x.s)) [after, as] = [sp, x.s];
      }
    }
    return before ?? after;
  }

  /**
   * وقالت الحكومة التركية … ونفت أنقرة …: a state's name, its capital or its government (a governmentHeads
   * noun with the state's adjective) is the latest speaker standing for the same state (ar-states.tsv).
   * Its government names it when it comes (the fullest name: الحكومة التركية, not أنقرة).
   */
  private sameState(m: MentionInfo, text: string): SpeakerState | null {
    const st = stateOf(m);
    if (st < 0) return null;
    const sp = this.recent("organization", (o) => o.firstMention !== null && stateOf(o.firstMention) === st);
    if (sp && governmentOf(m) && !governmentNamed(sp.name)) this.rename(sp, text, sp.nameWords, sp.nameH);
    return sp;
  }

  /**
   * A person (or institution) made only of a headline's lone word in capitals (VORLAND) that opens the name of the institution
   * `m` names ("Vorland Brecker Inc"): that institution, given its kind and full name; null when none.
   */
  private headlineFirm(m: MentionInfo, text: string): SpeakerState | null {
    const name = m.nameText || text;
    const gap = name.indexOf(" ");
    if (gap < 3) return null;
    const first = name.slice(0, gap).toUpperCase();
    for (let i = this.window.length - 1; i >= 0; i--) {
      const sp = this.speakers[this.window[i]];
      // (Or already an institution's, the lone word never introduced as a person's: en-coref capitalsIntroduced.)
      if ((sp.kind !== "person" && sp.kind !== "organization") || sp.mentions.length !== 1 || sp.nameWords.length > 1 || sp.name !== first || sp.title) continue;
      this.setKind(sp, "organization");
      sp.namedOrg = true;
      this.rename(sp, name, m.name, hashes(m.name));
      // (Its head is the full name's: TRIBUNE read as an outlet's word, "Tribune Co" is a firm, "the company".)
      if (m.lemma && sp.lemma !== m.lemma) {
        sp.lemma = m.lemma;
        this.index.setLemma(sp.no, wordHash(m.lemma));
      }
      return sp;
    }
    return null;
  }

  /**
   * حماس after حركة حماس، and حركة حماس after حماس: an Arabic institution named with the head noun of a
   * proper name (ar-words namedOrgHeads: حركة، منظمة، شركة …) and by that name alone (no source noun, at
   * most three words) is one; the fuller name is shown.
   */
  private byProperName(m: MentionInfo, text: string): SpeakerState | null {
    const ar = lexicon().ar;
    // (A body known by its name alone, ar-words namedBodies, is such a name too: حماس، طالبان; and one
    // with a word of a club's or outlet's name, ar-words brandWords, after a city: باريس سان جيرمان.)
    const proper = (w: string[]) => w.length >= 1 && w.length <= 3 && !ar.namedOrgHeads.has(w[0]) && (ar.namedBodies.has(w[0]) || w.some((x) => ar.brandWords.has(x)) || (!lexicon().sources.has(w[0]) && !lexicon().sources.has(stripAl(w[0]))));
    if (!m.definite || m.headAlone) {
      if (proper(m.words) && !ar.namedOrgHeads.has(m.lemma)) {
        const keys = m.words.map(key);
        const kh = hashes(keys);
        return this.recent("organization", (sp) => ar.namedOrgHeads.has(sp.lemma) && sp.words.length > m.words.length && allHas(keys, kh, sp.words, sp.wordsH), ALL_WORDS, sigOf(kh));
      }
    }
    // (الخلية الإعلامية after الخلية alone: the head named first, then in full; not a government's head,
    // الحكومة … الحكومة الأمريكية may be two.)
    if (m.definite && !m.headAlone && m.words.length >= 2 && !ar.governmentHeads.has(m.lemma)) {
      const head = this.recent("organization", (o) => o.lemma === m.lemma && o.words[0] === m.words[0] && !o.name.includes(" "), LEMMA, wordHash(m.lemma));
      if (head) this.rename(head, text, head.nameWords, head.nameH);
      if (head) return head;
    }
    if (!ar.namedOrgHeads.has(m.lemma) || m.words.length < 2 || !proper(m.words.slice(1))) return null;
    const rest = m.words.slice(1);
    const sp = this.recent("organization", (o) => !ar.namedOrgHeads.has(o.lemma) && o.words.length === rest.length && rest.every((w, i) => key(w) === key(o.words[i])));
    if (!sp) return null;
    // (Shown by the fuller name, and its head noun now heads it: الحركة refers back to it.)
    this.rename(sp, text, sp.nameWords, sp.nameH);
    sp.lemma = m.lemma;
    sp.namedOrg = true;
    this.index.setLemma(sp.no, wordHash(m.lemma));
    return sp;
  }

  /** An institution: the same words, the same head when the mention is that head alone, or the same name. */
  private organization(m: MentionInfo, text: string, base: number): SpeakerState {
    const lemmaH = wordHash(m.lemma);
    const wordsH = hashes(m.words);
    const textH = wordHash(text);
    // "Deutsche Bank said … The bank said": an English head alone (its article among its words) refers
    // back to the latest institution named by its proper name with that word in it (the lexicon's row
    // lemma is shared: "the newspaper" is not the Defense Logistics Agency); "the company" has its own way, below.
    const enHead = m.lang === "en" && m.definite && m.headAlone && !lexicon().en.firmHeads.has(m.lemma);
    // "the Middle East Economic Survey (MEES)" after a headline's "MEES": the institution its initials named.
    if (m.lang === "en" && text.endsWith(")")) {
      const named = this.recent("organization", (sp) => ACRONYM.test(sp.name) && acronymIn(text, sp.name));
      // (Shown by the fuller name.)
      if (named) this.rename(named, text, named.nameWords, named.nameH);
      if (named) return named;
    }
    // "Vorland Brecker Inc said" after a wire headline's "VORLAND SAYS …": that lone word in capitals was this firm.
    if (m.lang === "en" && m.proper) {
      const head = this.headlineFirm(m, text);
      if (head) return head;
    }
    // (وقال التقرير، الذي أعدته شركة …: a statement shown by its issuer's name is no earlier statement of the kind.)
    const issued = m.lang === "ar" && m.definite && m.nameText !== "" && m.nameText !== text && lexicon().ar.statementHeads.has(m.lemma);
    const found = this.recent(
      "organization",
      (sp) => sameWords(sp.words, sp.wordsH, m.words, wordsH) || (m.definite && !issued && (m.words.length === 1 || (enHead && sp.namedOrg && sp.words.includes(m.words[m.words.length - 1]))) && this.index.lemmaHash(sp.no) === lemmaH && sp.lemma === m.lemma) || (this.index.nameTextHash(sp.no) === textH && sp.name === text),
      ORG,
      sigOf(wordsH),
      lemmaH,
      textH,
    );
    if (found) return found;
    // "according to Labor Department figures" … "The Labor Department said": one institution, named with and without "the".
    if (m.lang === "en" && m.proper) {
      const bare = withoutThe(m.nameText || text);
      const same = this.recent("organization", (sp) => sp.namedOrg && (withoutThe(sp.name) === bare || shortFirmOf(bare, withoutThe(sp.name))));
      if (same) return same;
    }
    // وقال المكتب الإعلامي لحزب (أرض الآباء) after نفى حزب "أرض الآباء": an office shown by its body's name
    // (describe-ar officeOwner) is the body named before, whatever marks set its name off.
    const owner = m.lang === "ar" && m.nameText && m.nameText !== text ? bareName(m.nameText) : "";
    const owned = owner ? this.recent("organization", (sp) => bareName(sp.name) === owner) : null;
    if (owned) return owned;
    // بيان للصندوق after صندوق الاستثمارات …: a statement by an institution named by its head noun alone
    // (describe-ar officeOwner: الصندوق) is that of the latest institution with that head.
    if (m.lang === "ar" && lexicon().ar.statementHeads.has(m.lemma) && !m.nameText.includes(" ") && m.nameText.startsWith("ال")) {
      const body = this.statementBody(m, base);
      if (body) return body;
    }
    // (A definite statement shown by its issuer, named in a relative clause after it, is no statement before.)
    if (issued) return this.create(m, text);
    // "ذا تايمز" after صحيفة "ذا تايمز": an outlet or a club named without its head noun (describe-ar
    // brandName; no lemma) is the institution named before with its head noun, as a person's name is.
    if (m.lang === "ar" && !m.lemma && m.words.length > 0 && m.words.length <= 3) {
      const org = this.namedOrgWith(m.words);
      if (org) return org;
    }
    if (m.lang === "ar") {
      const back = this.arabicBodyBack(m, base) ?? this.sameState(m, text) ?? this.byProperName(m, text);
      if (back) return back;
    }
    // "Coopervision Inc said … The company said …": a definite "the company/firm/insurer …" naming
    // nothing, with no earlier one, refers back to the latest firm named by its proper name.
    if (m.lang === "en" && m.definite && lexicon().en.firmHeads.has(m.lemma) && m.generic) return this.latestFirm() ?? this.create(m, text);
    // كشفت شركة نوفا عن … وقالت الشركة: a bare definite head with no earlier speaker of its kind is
    // the latest institution of that kind the text named in full.
    if (m.lang === "ar" && m.definite && m.headAlone && lexicon().ar.bodyHeads.has(m.lemma)) {
      const body = introducedBody(this.doc, m.s + base, m.lemma);
      if (body) return this.create({ ...m, nameText: body.name, words: [...m.words, ...body.words] }, text);
    }
    return this.create(m, text);
  }
}

/** A name's words as look-up keys, without the quotation marks or brackets around its parts. */
function bareName(name: string): string {
  return name.replace(/["«»“”()]/g, " ").split(/\s+/).filter(Boolean).map(normWord).join(" ");
}

/** How far after a person's mention (characters) the tweet or letter they issued is named (arabicBodyBack). */
const AUTHORED_REACH = 120;

/** How far back (characters) the institution a statement by a bare head stands for last spoke (statementBody). */
const STATEMENT_BODY_REACH = 2000;

/** A normalised Arabic word that is a title or an honorific, with or without the article (الوزير، المهندس، معالي). */
function titleWord(n: string): boolean {
  const x = lexicon();
  return x.ar.honorifics.has(n) || x.sources.get(n)?.cls === "title" || x.sources.get(stripAl(n))?.cls === "title";
}

/** The state (ar-states.tsv) an Arabic mention stands for: its name or capital, or its government; -1: none. */
function stateOf(m: MentionInfo): number {
  if (m.lang !== "ar" || m.words.length === 0 || m.words.length > 3) return -1;
  const { names, adjectives } = lexicon().states;
  const named = names.get(m.words.join(" "));
  if (named !== undefined) return named;
  return governmentOf(m) ? (adjectives.get(m.words[1]) ?? -1) : -1;
}

/** A speaker already named by its government (its name's first word a governmentHeads noun). */
function governmentNamed(name: string): boolean {
  const sp = name.indexOf(" ");
  return lexicon().ar.governmentHeads.has(stripAl(normWord(sp < 0 ? name : name.slice(0, sp))));
}

/** الحكومة التركية، السلطات الإيرانية: a governmentHeads noun and one adjective. */
function governmentOf(m: MentionInfo): boolean {
  return m.words.length === 2 && lexicon().ar.governmentHeads.has(m.lemma);
}

/** الحمد الله، العز الدين: two words, the first with the article, the second one that ends a compound name (ar-words compoundNameEnds). */
function twoWordFamilyName(text: string): boolean {
  const sp = text.indexOf(" ");
  if (sp < 0 || text.indexOf(" ", sp + 1) >= 0) return false;
  return normWord(text.slice(0, sp)).startsWith("ال") && lexicon().ar.compoundNameEnds.has(normWord(text.slice(sp + 1)));
}

/** How far (characters) after a speaker's mention, in its sentence, the statement they issued is named (في بيان، في بيانها). */
const ISSUER_REACH = 120;
/** How far after the statement noun, in its sentence, its issuer may be named: وفي بيان منفصل، قالت قطر. */
const ISSUER_AFTER = 40;
/** The sentence going on at offset `from` names person sp (a word of their name, or their title's head, الوزير). */
function spokenOf(text: string, from: number, sp: SpeakerState): boolean {
  const e = sentenceEndFrom(text, from, Math.min(text.length, from + 400));
  for (const w of text.slice(from, e).split(/[^\p{L}\p{M}]+/u)) {
    const n = stripAl(normWord(w));
    if (n && (sp.nameWords.includes(n) || (sp.lemma !== "" && n === sp.lemma))) return true;
  }
  return false;
}

/** How far back (characters) the statement a bare definite one refers to is looked for. */
const ISSUED_BACK = 2000;

/**
 * How many sentences end in text[s, e) (a full stop, question or exclamation mark before a space or the end),
 * counted up to 2; not inside quotation marks: a source's quoted words of three sentences are one statement.
 */
function sentenceEnds(text: string, s: number, e: number): number {
  let n = 0;
  let depth = 0;
  let straight = false;
  for (let i = s; i < e && n < 2; i++) {
    const c = text[i];
    if (c === "«" || c === "“") depth++;
    else if ((c === "»" || c === "”") && depth > 0) depth--;
    else if (c === '"') straight = !straight;
    else if (depth === 0 && !straight && ".!?؟".includes(c) && (i + 1 >= text.length || /\s/u.test(text[i + 1]))) n++;
  }
  return n;
}

/** A sentence ends in text[s, e): a full stop, a question or exclamation mark, or a line break. */
function sentenceBreak(text: string, s: number, e: number): boolean {
  return sentenceEndFrom(text, s, e) < e;
}

/**
 * Where the latest statement noun `lemma` stands in the ISSUED_BACK characters before `at`, indefinite (بيان، بيانا، في
 * بيان، ببيان، لبيان) or with a pronoun (بيانه، بيانها، ببيانها); -1: none. Not with the article (a reference again),
 * nor a plural (بيانات).
 */
function latestIssued(text: string, at: number, lemma: string): number {
  const lo = Math.max(0, at - ISSUED_BACK);
  // (Only the words holding the lemma's letters are read, found by indexOf from the end: one such noun on
  // every line of an archive made a whole-window scan the run's hot spot. The last letter is left out of
  // the search, ة being normalised to ه.)
  const stem = lemma.slice(0, -1);
  for (let i = text.lastIndexOf(stem, at - stem.length); i >= lo; i = text.lastIndexOf(stem, i - 1)) {
    let s = i;
    while (s > lo && isWordChar(text.charCodeAt(s - 1))) s--;
    let e = i + stem.length;
    while (e < at && isWordChar(text.charCodeAt(e))) e++;
    if (issuedAt(text, s, e, lemma)) return s;
    if (i === 0) break;
  }
  return -1;
}

/** Whether text[s, e), a word, is the statement noun `lemma` indefinite or with a pronoun, not in construct (latestIssued). */
function issuedAt(text: string, s: number, e: number, lemma: string): boolean {
  let n = normWord(text.slice(s, e));
  if (n.length > lemma.length && "وفبل".includes(n[0]) && !n.startsWith(lemma)) n = n.slice(1);
  if (!n.startsWith(lemma)) return false;
  const rest = n.slice(lemma.length);
  // (Not in construct with a definite word: بيان المعارضة is another's, whoever speaks of it; but في بيان اليوم
  // السبت is a time.)
  const next = rest === "" ? /^\s+(ال[\p{L}\p{M}]+)/u.exec(text.slice(e, e + 30)) : null;
  if (next && !lexicon().grammar.get(normWord(next[1]))?.has(Gr.time)) return false;
  return rest === "" || rest === "ا" || ISSUED_PRONOUNS.has(rest);
}

/** The pronouns a statement noun takes for its issuer (بيانه، بيانها، بيانهم), normalised. */
const ISSUED_PRONOUNS = new Set(["ه", "ها", "هم", "هما", "هن"]);

/** Whether text[s, e) has the statement noun `lemma` without the article (في بيان، بيانا). */
function issuedBetween(text: string, s: number, e: number, lemma: string): boolean {
  if (e - s > 2000) return false;
  for (const w of text.slice(s, e).split(/[^\p{L}\p{M}]+/u)) {
    const n = normWord(w);
    if (n === lemma || (n.length === lemma.length + 1 && n.startsWith(lemma) && n.endsWith("ا")) || (n.length === lemma.length + 1 && (n[0] === "و" || n[0] === "ب" || n[0] === "ف") && n.endsWith(lemma))) return true;
  }
  return false;
}

/** The end of the sentence going on at `from` (a full stop, a question mark or a line break), at most `limit`. */
function sentenceEndFrom(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (".!?؟\n".includes(text[i])) return i;
  return limit;
}

/**
 * The name's look-up keys with عبد and the word after it written the other way (عبد العزيز ↔ عبدالعزيز); null
 * when it has no such word.
 */
function abdSpelledOtherwise(nw: readonly string[]): string[] | null {
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < nw.length; i++) {
    if (nw[i] === "عبد" && i + 1 < nw.length) {
      out.push("عبد" + nw[++i]);
      changed = true;
    } else if (nw[i].length > 5 && nw[i].startsWith("عبدال")) {
      out.push("عبد", nw[i].slice(3));
      changed = true;
    } else out.push(nw[i]);
  }
  return changed ? out : null;
}

/** A copy of a named mention with its name's first word alone (the mention itself is left as parsed). */
function firstNameWordOnly(m: MentionInfo): MentionInfo {
  return { ...m, name: m.name.slice(0, 1), nameText: m.nameText.slice(0, m.nameText.indexOf(" ")) };
}

/** A word that is no word of a person's name: a definite noun that is no nisba and no suffix like الابن (الأكراد), or بـ/لـ + a word (بمواقف). */
function notNameWord(w: string): boolean {
  if (w.startsWith("ال")) return !nisba(w) && !lexicon().ar.nameSuffixes.has(w);
  return w.length >= 4 && (w.startsWith("ب") || w.startsWith("ل")) && !lexicon().ar.nameParticles.has(w);
}

/** "the lawyer", "The former lawyer": an article and one to three lower-case words. */
const DEFINITE_NOUN = /^[Tt]he(?: [a-z-]+){1,3}$/;

/** How far from a mention in capitals its spelled-out name is looked for (characters): a story's length. */
const ACRONYM_REACH = 6000;

/** A word in capitals, an institution's initials (MEES, KNA). */
const ACRONYM = /^[A-Z]{2,6}$/;

/** Whether an institution's name carries the acronym `ac` as a word of its own: "the LSE", "the Kenya News Agency KNA", "the Middle East Economic Survey (MEES)". */
function acronymIn(name: string, ac: string): boolean {
  for (const w of name.split(" ")) if (w === ac || w === `(${ac})`) return true;
  return false;
}

/** How far back (characters) an English "it" with no institution to refer to looks for one named in passing. */
const BODY_REACH = 250;
/** How far after a lone name's last mention "he"/"she" may still show it is a person's (loneNamePerson): about two sentences. */
const LONE_NAME_REACH = 400;
/** Articles before a person's noun that make it an unnamed person's (A union leader, an analyst). */
const UNNAMED_ARTICLES = new Set(["a", "an", "another", "one"]);
/** Most capitalised words before the institution noun an "it" finds so (the Democratic National Committee). */
const BODY_NAME_WORDS = 5;

/** A copy of a named mention without its name's last word (the mention itself is left as parsed). */
function withoutLastNameWord(m: MentionInfo): MentionInfo {
  const cut = m.nameText.lastIndexOf(" ");
  return { ...m, name: m.name.slice(0, -1), nameText: cut > 0 ? m.nameText.slice(0, cut) : m.nameText };
}

/** An English lone name's full name near it (en-coref fullNameNear), as the resolver keeps names. */
function englishFullName(doc: string, at: number, name: string): { name: string[]; nameText: string } | null {
  const full = fullNameNear(doc, at, name);
  return full ? { name: full.split(" ").map(normWord), nameText: full } : null;
}

/** An English unnamed source written in the singular only: its head as written (One strategist), never its plural. */
function singularSource(sp: SpeakerState): boolean {
  return sp.kind === "anonymous" && sp.firstMention?.lang === "en" && !!sp.lemma && sp.words.includes(sp.lemma) && !pluralSource(sp);
}

/** Whether a Latin name is written in capitals only (a wire headline's REAGAN). */
function inCapitals(name: string): boolean {
  return /\p{Lu}{2}/u.test(name) && name === name.toUpperCase();
}

/** An English source of no known kind written with "a", "an" or "one" (A winning candidate): one, no "they". */
function indefiniteOne(sp: SpeakerState): boolean {
  return sp.kind === "unknown" && sp.firstMention?.lang === "en" && sp.words.length > 1 && (sp.words[0] === "a" || sp.words[0] === "an" || sp.words[0] === "one");
}

/** An unnamed source written in the plural ("research officials", "sources", "spokesmen"): no one person a "he"/"she" stands for. */
function pluralSource(sp: SpeakerState): boolean {
  return sp.kind === "anonymous" && !!sp.lemma && pluralAmong(sp.words, sp.lemma);
}

/** Whether `words` hold the English plural of the head `l` (officials, witnesses, spokesmen, parties). */
function pluralAmong(words: readonly string[], l: string): boolean {
  return words.includes(l + "s") || words.includes(l + "es") || (l.endsWith("man") && words.includes(l.slice(0, -3) + "men")) || (l.endsWith("y") && words.includes(l.slice(0, -1) + "ies"));
}

/**
 * An English definite unnamed source and an earlier one of the same head that differ in number:
 * "the officials" are not "an official" spoken of alone (singularSource) nor "one of the officials";
 * "the official" is not "officials" spoken of only in the plural. (The caller lets a singular refer
 * back to a plural when no singular one is there: "sources said … the source said" is one source
 * the plural stood for.)
 */
function numberClash(m: MentionInfo, sp: SpeakerState): boolean {
  if (m.lang !== "en" || !m.lemma || sp.kind !== "anonymous") return false;
  const one = sp.firstMention?.words[0] === "one" || singularSource(sp);
  if (pluralAmong(m.words, m.lemma) && m.words[0] !== "one") return one;
  return !one && pluralSource(sp) && !sp.words.includes(m.lemma);
}

/**
 * "The U.S. official" after "French officials": an English mention whose head has a capitalised word
 * before it (`mine`: capitalsBeforeHead of its text) that the words of an earlier unnamed source, described with such a
 * word before its head too, lack, describes another source ("the Tory source" may still be "sources
 * within the Conservative Party").
 */
function properClash(m: MentionInfo, mine: readonly string[], sp: SpeakerState): boolean {
  if (!mine.length || !capitalsBeforeHead(sp.name, m.lemma).length) return false;
  return mine.some((w) => !sp.words.includes(w));
}

/** The capitalised words (normalised) before the first word that starts with `lemma`, not an article opening the phrase. */
function capitalsBeforeHead(text: string, lemma: string): string[] {
  const out: string[] = [];
  let first = true;
  for (const w of text.matchAll(/[\p{L}][\p{L}.'’-]*/gu)) {
    if (w[0].toLowerCase().startsWith(lemma)) break;
    if (/^\p{Lu}/u.test(w[0]) && !(first && lexicon().en.articles.has(w[0].toLowerCase()))) out.push(normWord(w[0]));
    first = false;
  }
  return out;
}

/** A definite English mention in the singular (the official, the source), which may yet refer back to a plural. */
function singularMention(m: MentionInfo): boolean {
  return m.lang === "en" && !!m.lemma && !pluralAmong(m.words, m.lemma);
}

/** مصدران أمنيان، المسؤولين: an unnamed source whose first word is its head noun in the dual. */
function dualNoun(sp: SpeakerState): boolean {
  const first = normWord(sp.name.split(" ")[0]);
  const l = stripAl(sp.lemma);
  return !!l && (stripAl(first) === l + "ان" || stripAl(first) === l + "ين");
}

/** A speaker whose verbs agree (1 masculine, 2 feminine) as `agree` does, or either unknown. */
function agrees(sp: SpeakerState, agree: Agreement): boolean {
  return agree === 0 || sp.agree === 0 || sp.agree === agree;
}

/** زياد وعمر: a person's name of two words, the second with the clitic و, and no title (two one-word names, or one name whose second word starts with و). */
function namedPair(sp: SpeakerState): boolean {
  return sp.nameWords.length === 2 && !sp.title && sp.nameWords[1].length >= 4 && sp.nameWords[1].startsWith("و");
}

/** بن جاسم، ابن سلمان: a one-word name written after its particle (its last word but one), the son's, whatever the name words drop. */
function sonOfWritten(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length > 1 && SON_OF.includes(normWord(words[words.length - 2]));
}

/** An English name without a leading "the" (The Labor Department → Labor Department). */
function withoutThe(name: string): string {
  return /^the\s/i.test(name) ? name.slice(4).trimStart() : name;
}

/**
 * "Dome Petroleum" after "Dome Petroleum Ltd", "Harbour Energy" after "Harbour Energy Partners LP": a firm's name of
 * two words or more, then only its legal form (en-words firmSuffixes) or institution-name words (en-sources orgname).
 * Not "General Motors" after "General Motors Acceptance Corp", another firm.
 */
function shortFirmOf(short: string, full: string): boolean {
  if (full.length <= short.length + 1 || !full.startsWith(short) || full[short.length] !== " " || !short.includes(" ")) return false;
  const lex = lexicon();
  return full
    .slice(short.length + 1)
    .split(/\s+/u)
    .every((w) => {
      const n = normWord(w.replace(/\.$/u, ""));
      return lex.en.firmSuffixes.has(n) || lex.sources.get(n)?.cls === "orgname";
    });
}
