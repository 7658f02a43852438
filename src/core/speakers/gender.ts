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
import { normWord } from "../text/chars";
import type { SpeakerState } from "./resolver";

export type SpeakerGender = MarkedGender | null;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The votes of an article's speakers, kept as statements join the document: a later mention
 * is not linked to a speaker the text has marked the other way (وقال أوباما after وقالت
 * ميشيل أوباما is another person; "she said" is not the man quoted last).
 */
export class GenderVotes {
  private readonly votes = new Map<SpeakerState, [number, number]>();
  /** Mention starts already counted (a source shared by two statements votes once). */
  private readonly counted = new Set<number>();

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
   * mention) and the pronoun opening the sentence after it (`end`: where the statement ends).
   */
  add(sp: SpeakerState, text: string, source: { s: number; e: number } | null, end: number): void {
    this.vote(sp, this.cue);
    this.vote(sp, nextSentencePronoun(text, end));
    if (source && !this.counted.has(source.s)) {
      this.counted.add(source.s);
      this.vote(sp, this.mention);
    }
  }

  private vote(sp: SpeakerState, g: SpeakerGender): void {
    if (!g) return;
    let v = this.votes.get(sp);
    if (!v) this.votes.set(sp, (v = [0, 0]));
    v[g === "female" ? 0 : 1]++;
  }

  /** The majority of the votes so far; a tie (or none) is null. */
  majority(sp: SpeakerState): SpeakerGender {
    const v = this.votes.get(sp);
    return !v || v[0] === v[1] ? null : v[0] > v[1] ? "female" : "male";
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
export function nextSentencePronoun(text: string, end: number): SpeakerGender {
  let boundary = end > 0 && /[.!?]/.test(text[end - 1]);
  let i = end;
  for (; i < text.length && i < end + 8; i++) {
    const c = text[i];
    if (/[.!?\n]/.test(c)) boundary = true;
    else if (/\p{L}/u.test(c)) break;
  }
  if (!boundary) return null;
  const m = /^\p{Lu}\p{Ll}+\b/u.exec(text.slice(i, i + 8));
  return m ? (lexicon().gender.pronouns.get(normWord(m[0])) ?? null) : null;
}

/** A person, or a source known only as a pronoun (he / she): a gender can be said of these. */
function marksGender(sp: SpeakerState): boolean {
  if (sp.kind === "person") return true;
  return sp.kind === "unknown" && lexicon().gender.pronouns.has(normWord(sp.name));
}

/** The agreement of the first Arabic reporting verb of a cue (a clitic و/ف peeled off). */
export function cueGender(cue: string): SpeakerGender {
  const { arVerbs } = lexicon().gender;
  for (const m of cue.matchAll(WORD)) {
    const w = normWord(m[0]);
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
  const words = [...text.slice(s, e).matchAll(WORD)];
  if (words.length === 1) {
    const p = gender.pronouns.get(normWord(words[0][0]));
    if (p) return p;
  }
  let prevName = false;
  for (const m of words) {
    const raw = m[0];
    const w = normWord(raw);
    const end = s + (m.index ?? 0) + raw.length;
    const possessor = /^['’]s\b/.test(text.slice(end, end + 3));
    const fromAr = arabicTitle(w, ar.cliticPrefixes, gender.arTitles);
    if (fromAr) return fromAr;
    const g = gender.honorifics.get(w) ?? gender.titles.get(w);
    const capital = raw[0] !== raw[0].toLowerCase();
    if (g && !possessor && !(capital && prevName)) return g;
    if (en.npInner.has(w) && !en.articles.has(w)) return null;
    prevName = capital && !g && !en.mentionDeterminers.has(w);
  }
  return null;
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
