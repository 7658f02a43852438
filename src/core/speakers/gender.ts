// A speaker's gender, only as the article marks it (Speaker.gender). Counted as each statement
// joins the document (pipeline/document.ts), from what the text says of its speaker:
//   - Arabic agreement of the cue verb whose subject is the speaker: قالت، أضافت، تقول، قائلة
//     are feminine, قال، أضاف، يقول، قائلاً masculine; a dropped subject continuing the
//     speaker agrees with it too (وأضافت …);
//   - a gendered title or relation heading a mention: الوزيرة، المتحدثة، مديرة (Arabic titles
//     listed with their feminine form), spokeswoman, the king, the mother of …;
//   - an honorific: Mr, Mrs, Ms, Sir, Dame;
//   - a pronoun standing as the source ("…," she said), or opening the sentence right after
//     the statement (… said Ann Lee. She has …).
// Each statement and each mention gives at most one vote; the majority decides, a tie is no
// answer (null). A name alone is no evidence; organizations, groups, anonymous sources and
// unknown sources (other than a lone pronoun) are null.
import { lexicon, type MarkedGender } from "../lexicon";
import { isWordChar, normWord } from "../text/chars";
import { honorificGender, lastWord } from "./en-coref";
import type { SpeakerState } from "./resolver";

export type SpeakerGender = MarkedGender | null;

/**
 * The votes of an article's speakers, kept as statements join the document: a later mention
 * is not linked to a speaker the text has marked the other way (وقال أوباما after وقالت
 * ميشيل أوباما is another person; "she said" is not the man quoted last).
 */
export class GenderVotes {
  // By the speaker's number (SpeakerState.no), not a Map keyed by the states: an identity
  // hash on each of thousands of speakers cost more than the rest of this module.
  private readonly female: number[] = [];
  private readonly male: number[] = [];
  /** The start of the mention last counted for each speaker (a source two statements share votes once). */
  private readonly lastMention: number[] = [];
  /**
   * What the text's honorifics say of each English person named (when its statements say nothing; read once:
   * "Mr Vale has led the council" for Tom Vale quoted before): 0 not read yet, 1 nothing, 2 male, 3 female.
   */
  private readonly honorific: number[] = [];

  /** `text`: the text analysed, read for the honorifics before a named person's surname. */
  constructor(private readonly text = "") {}

  /** What the statement being joined marks: its cue's agreement and its source mention's word. */
  private cue: SpeakerGender = null;
  private mention: SpeakerGender = null;

  /**
   * Reads what a statement says of its speaker's gender (text offsets), before its source is
   * resolved: the cue's agreement, or the source mention's title, honorific or pronoun.
   */
  read(text: string, cueStart: number, cueEnd: number, source: { s: number; e: number } | null): SpeakerGender {
    this.cue = cueGender(text.slice(cueStart, cueEnd));
    this.mention = source ? mentionGender(text, source.s, source.e) : null;
    return this.cue && this.mention && this.cue !== this.mention ? null : (this.cue ?? this.mention);
  }

  /**
   * Counts the statement last read for its speaker: its cue, its source mention (once per
   * mention) and the pronoun opening the sentence after it (`end`: where the statement ends), unless
   * that pronoun is itself the source of a statement (`isSource`: "… questioned why Ann Lee stayed
   * away. (She says …" is whoever "she" resolves to, not a vote that makes it the speaker before).
   */
  add(sp: SpeakerState, text: string, source: { s: number; e: number } | null, end: number, isSource?: (at: number) => boolean): void {
    this.vote(sp, this.cue);
    this.vote(sp, nextSentencePronoun(text, end, isSource));
    if (source && this.lastMention[sp.no] !== source.s) {
      this.lastMention[sp.no] = source.s;
      this.vote(sp, this.mention);
    }
  }

  private vote(sp: SpeakerState, g: SpeakerGender): void {
    if (!g) return;
    const votes = g === "female" ? this.female : this.male;
    // Filled up to the speaker's number first: the arrays stay packed.
    while (votes.length <= sp.no) votes.push(0);
    votes[sp.no]++;
  }

  /**
   * The majority of the votes so far; a tie is null. With none, the text's honorifics before the
   * person's surname (not against what its statements say: "Tom Varga … he said" and "Mrs. Varga" are two).
   */
  majority(sp: SpeakerState): SpeakerGender {
    const f = this.female[sp.no] ?? 0;
    const m = this.male[sp.no] ?? 0;
    if (f === 0 && m === 0) {
      const h = this.honorificVote(sp);
      return h === 2 ? "male" : h === 3 ? "female" : null;
    }
    return f === m ? null : f > m ? "female" : "male";
  }

  /** The honorific vote of an English person with a name (see `honorific`), read near its latest mention. */
  private honorificVote(sp: SpeakerState): number {
    const had = this.honorific[sp.no];
    if (had) return had;
    const at = sp.mentions.length ? sp.mentions[sp.mentions.length - 1].s : -1;
    if (sp.kind !== "person" || !sp.nameWords.length || sp.firstMention?.lang !== "en" || at < 0) return 0;
    const g = honorificGender(this.text, at, lastWord(sp.name));
    while (this.honorific.length <= sp.no) this.honorific.push(0);
    return (this.honorific[sp.no] = g === "male" ? 2 : g === "female" ? 3 : 1);
  }

  /** Whether a statement marked `g` can be the speaker's: the votes so far do not say the other. */
  fits(sp: SpeakerState, g: SpeakerGender): boolean {
    const had = g ? this.majority(sp) : null;
    return !had || had === g;
  }

  /** The contract's Speaker.gender: the majority, for a person (or a lone he / she) only. */
  genderOf(sp: SpeakerState): SpeakerGender {
    return marksGender(sp) ? this.majority(sp) : null;
  }
}

/**
 * "…," said Ann Lee, a nurse. She has worked there …: a sentence right after a statement that
 * opens with he / she continues its speaker. Only a capitalised pronoun at a sentence's start,
 * a few characters on; within the same sentence "he" may be anyone.
 */
export function nextSentencePronoun(text: string, end: number, isSource?: (at: number) => boolean): SpeakerGender {
  const stop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f; // . ! ?
  let boundary = end > 0 && stop(text.charCodeAt(end - 1));
  let i = end;
  for (; i < text.length && i < end + 8; i++) {
    const c = text.charCodeAt(i);
    if (stop(c) || c === 0x0a) boundary = true;
    // A letter: the sentence's first word (only a Latin capital can be He / She).
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) break;
    else if (c > 0x7f && isWordChar(c)) return null;
  }
  // A capitalised He / She, a whole word.
  const c = text.charCodeAt(i);
  if (!boundary || c < 0x41 || c > 0x5a) return null;
  let j = i + 1;
  while (j < text.length && j < i + 5 && text.charCodeAt(j) >= 0x61 && text.charCodeAt(j) <= 0x7a) j++;
  if ((j < text.length && isWordChar(text.charCodeAt(j))) || isSource?.(i)) return null;
  return lexicon().gender.pronouns.get(text.slice(i, j).toLowerCase()) ?? null;
}

/** An Arabic letter, also in presentation forms (ﻭﺯﻳﺮ), which normWord reads as the plain letters. */
const isArabicCode = (c: number): boolean => (c >= 0x0600 && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfeff);

/** A person, or a source known only as a pronoun (he / she): a gender can be said of these. */
function marksGender(sp: SpeakerState): boolean {
  if (sp.kind === "person") return true;
  return sp.kind === "unknown" && lexicon().gender.pronouns.has(normWord(sp.name));
}

/** The agreement of the first Arabic reporting verb of a cue (a clitic و/ف peeled off). */
export function cueGender(cue: string): SpeakerGender {
  // English verbs do not agree with their subject's gender: a cue that starts with no Arabic letter has nothing to read.
  if (!isArabicCode(cue.charCodeAt(0))) return null;
  const { arVerbs } = lexicon().gender;
  for (let i = 0; i < cue.length; ) {
    if (!isWordChar(cue.charCodeAt(i))) {
      i++;
      continue;
    }
    const ws = i;
    while (i < cue.length && isWordChar(cue.charCodeAt(i))) i++;
    const w = normWord(cue.slice(ws, i));
    const g = arVerbs.get(w) ?? (w.length > 2 && (w[0] === "و" || w[0] === "ف") ? arVerbs.get(w.slice(1)) : undefined);
    if (g) return g;
  }
  return null;
}

/**
 * What one mention says: a lone pronoun; else the first gendered title or honorific of its
 * head, before a complement (of, for …) or a possessor (the King's spokesman) begins. A
 * capitalised title right after a name word is the name's last word (Stephen King).
 */
export function mentionGender(text: string, s: number, e: number): SpeakerGender {
  const { gender, en, ar } = lexicon();
  // The words are found by code unit (a regex per mention cost more than the rest of it).
  let prevName = false;
  let words = 0;
  let first: SpeakerGender = null;
  for (let i = s; i < e; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const ws = i;
    while (i < e && isWordChar(text.charCodeAt(i))) i++;
    const raw = text.slice(ws, i);
    const w = normWord(raw);
    if (++words === 1) first = gender.pronouns.get(w) ?? null;
    // Arabic words are looked up among the Arabic titles only, the rest among the English words.
    const c = raw.charCodeAt(0);
    if (isArabicCode(c)) {
      const fromAr = arabicTitle(w, ar.cliticPrefixes, gender.arTitles);
      if (fromAr) return fromAr;
      continue;
    }
    const g = gender.honorifics.get(w) ?? gender.titles.get(w);
    const capital = c >= 0x41 && c <= 0x5a;
    // Not a possessor (the King's spokesman), not a name's last word (Stephen King).
    if (g && !(capital && prevName) && !/^['’]s\b/.test(text.slice(i, i + 3))) return g;
    if (en.npInner.has(w) && !en.articles.has(w)) return words === 1 ? first : null;
    prevName = capital && !g && !en.mentionDeterminers.has(w);
  }
  // A lone pronoun: "…," she said.
  return words === 1 ? first : null;
}

/** An Arabic title of the mention, as written or after a clitic (وللوزيرة → الوزيرة). */
function arabicTitle(w: string, clitics: ReadonlySet<string>, titles: Map<string, MarkedGender>): SpeakerGender {
  const g = titles.get(w);
  if (g) return g;
  for (const c of clitics) if (w.length > c.length + 2 && w.startsWith(c)) {
    const t = titles.get(w.slice(c.length)) ?? titles.get("ال" + w.slice(c.length));
    if (t) return t;
  }
  return null;
}
