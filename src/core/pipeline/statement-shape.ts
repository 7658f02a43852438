// How a found statement reads in its paragraph: its kind (direct, partial, indirect),
// the spans of its content, quotations and cue, and its source described. Offsets are
// relative to the paragraph's start, so a reading kept by an editor's cache stays right
// however far the paragraph moves.
import { lexicon } from "../lexicon";
import { Fr } from "../lexicon";
import type { Agreement } from "../lexicon/cues";
import { cueAt, inList, sourceClass } from "../lexicon/lookup";
import { sortSmall } from "../perf/sort-small";
import { describeMention, type MentionInfo } from "../speakers";
import { enAntecedent, whichAntecedent } from "../en/subject";
import { dualForm, manyForm } from "../ar/words";
import type { Carry, FoundStatement } from "../statements/found";
import { letterOrNumberAt } from "../text/chars";
import { isPunct, isWord, type Para } from "../text/paragraph";
import { QUOTE } from "../text/token";
import type { StatementKind } from "../types";

/** A statement as its paragraph reads it; offsets relative to the paragraph's start. */
export interface ParagraphStatement {
  kind: StatementKind;
  contentStart: number;
  contentEnd: number;
  /** Quotation spans in text order (inside the marks); read-only once made. */
  quotes: [number, number][];
  cueStart: number;
  cueEnd: number;
  /** The source mention as written, described (its offsets relative too); null when none is written. */
  source: MentionInfo | null;
  /** How the speaker is found when no source is written (null: nobody). */
  carry: Carry | null;
  /**
   * Whom the cue agrees with as its subject (قالت: a woman; see lexicon/cues.ts Agreement); 0 when
   * unmarked or when its subject is not the speaker (a relay: نقلت الوكالة عن فلان).
   */
  agree: Agreement;
  /** The cue is an Arabic verb or participle for two or more (قالوا، أعلنتا، مشيرين): its subject is no one person. */
  many: boolean;
  /** The cue is an Arabic verb for two (قالا، أعلنتا، يؤكدان): its subject is a pair. */
  dual: boolean;
  sentence: number;
  /** A quotation of the statement runs on into the next paragraph. */
  runsOn: boolean;
  /** A colon ends the paragraph after the cue: the next paragraph is what was said. */
  pending: boolean;
  /** A participle's clause subject ("A judge rejected …, saying …"), described; null: none. */
  altSource: MentionInfo | null;
  /** Who was asked a passive question ("Mr Vale was asked why …"), described; no speaker of it. null: none. */
  asked: MentionInfo | null;
  /** The clause subject speaks but is not the statement's source (تغريدة قال فيها: the tweet's author). */
  altHidden: boolean;
  /** The source is a relative pronoun alone ("… an architect who said …"). */
  relative: boolean;
  /** An English preposition cue after the clause it reports ("…, according to X"): an aside, not the sentence's subject speaking. */
  aside: boolean;
  /** The cue stands inside the clause another cue reports (أكد المصدر أن الجنود أبلغوا …). */
  nested: boolean;
  /**
   * An Arabic source that is a document spoken of already (البيان، التقرير ذاته), after a preposition or
   * جاء في (حسب البيان، وجاء في البيان): whoever issued it stays the subject a dropped subject refers to.
   */
  issued: boolean;
  /** No cue is written (a headline's label and colon: ar/label-line.ts); cueStart/cueEnd are the colon's. */
  cueless: boolean;
}

/** The statement `r` of paragraph `p`, read; `base`: the paragraph's start. */
export function readStatement(p: Para, r: FoundStatement, base: number): ParagraphStatement {
  const toks = p.toks;
  const quotes: [number, number][] = [];
  let runsOn = false;
  for (const qi of r.quoteIds) {
    const q = p.quotes[qi];
    quotes.push([q.s - base, q.e - base]);
    if (q.runsOn) runsOn = true;
  }
  if (quotes.length > 1) sortSmall(quotes, byStart);
  let cs = r.contentStart;
  let ce = r.contentEnd;
  let kind: StatementKind = "indirect";
  if (quotes.length) {
    // A quote before its cue ("…," she said, "…") is direct even when split by the cue.
    // (A quotation that is the object of عن after the cue, تحدث عن "…"، أعرب عن "…", quotes some words of
    // what the speaker said: partial, its content the quotation.)
    if (aboutObject(p, r)) {
      kind = "partial";
      cs = quotes[0][0] + base;
      ce = quotes[0][1] + base;
    } else if (!wordsOutsideQuotes(p, r, cs, ce) || (r.contentFixed && !r.clauseBefore && r.quoteIds.length > 0 && toks[r.contentTok]?.kind === QUOTE)) {
      kind = "direct";
      cs = quotes[0][0] + base;
      ce = quotes[quotes.length - 1][1] + base;
    } else kind = "partial";
  }
  // (أن #حالة_الطوارئ …: content opening with an Arabic hashtag keeps its mark, which is no token.)
  if (kind === "indirect" && cs > 0 && p.text.charCodeAt(cs - 1) === 0x23) cs--;
  const cue = toks[r.cueFrom];
  const match = cueAt(p, r.cueFrom);
  const cueStart = cue.ar && match?.clitic ? cue.startAfterClitic() : cue.s;
  // (Words claimed before the source are a relay, نقلاً عن: the verb agrees with the outlet, not the speaker;
  // a manner phrase claimed after it, بالقول, leaves the verb agreeing with its subject.)
  const agree = match && !match.entry.frames.has(Fr.relay) && (r.claimedTo === 0 || r.claimedTo > r.sourceTo) ? match.entry.agree : 0;
  const bare = match?.clitic ? cue.norm.slice(1) : cue.norm;
  // (اقرأ "read" is no أقرّا: a dual ends in a bare alef, as written.)
  const dual = !!match && cue.ar && agree === 0 && p.text.charCodeAt(cue.e - 1) === 0x0627 && dualForm(bare, match.entry.lemma, match.entry.form);
  // (أكدن، أشرن: a past verb for many women is its lemma with ن.)
  const many = !!match && cue.ar && agree === 0 && (match.entry.form === "verb" || match.entry.form === "present" || match.entry.form === "participle") && (manyForm(bare) || (match.entry.form === "verb" && bare === match.entry.lemma + "ن"));
  const { source, carry } = sourceOf(p, r, base);
  return {
    kind,
    contentStart: cs - base,
    contentEnd: Math.max(ce, cs) - base,
    quotes,
    cueStart: cueStart - base,
    cueEnd: toks[r.cueTo - 1].e - base,
    source,
    carry,
    agree,
    many,
    dual,
    sentence: r.sentence,
    runsOn,
    pending: r.pending,
    altSource: r.altSourceFrom >= 0 ? altMention(p, r, base) : null,
    asked: r.askedFrom >= 0 ? mentionAt(p, r.askedFrom, r.askedTo, base) : null,
    altHidden: r.altHidden,
    relative: r.sourceFrom >= 0 && r.sourceTo === r.sourceFrom + 1 && inList(toks[r.sourceFrom], lexicon().en.relativeSubjects),
    aside: !cue.ar && r.clauseBefore && match?.entry.form === "prep",
    nested: r.nested,
    cueless: r.cueless,
    issued: !!match && cue.ar && issuedDocument(p, r.sourceFrom) && (match.entry.form === "prep" || (match.entry.form === "phrase" && match.entry.frames.has(Fr.colon) && r.sourceFrom === r.cueTo)),
  };
}

/** البيان، التقرير: a definite document noun a person or a body issues (ar-words issuedDocuments). */
function issuedDocument(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (k < 0 || !isWord(t) || !t.ar) return false;
  const head = sourceClass(t);
  return !!head && head.definite && lexicon().ar.issuedDocuments.has(head.lemma);
}

/**
 * The source mention, described (relative offsets); a written source that describes to
 * nothing leaves the statement without a speaker, and carries none either.
 */
function sourceOf(p: Para, r: FoundStatement, base: number): { source: MentionInfo | null; carry: Carry | null } {
  if (r.sourceFrom < 0 || r.sourceTo <= r.sourceFrom) return { source: null, carry: r.carry };
  const m = placed(p, relativeNamed(p, r) ?? describeMention(p, r.sourceFrom, r.sourceTo), r.sourceFrom, r.sourceAfterClitic, base);
  return m ? { source: m, carry: r.carry } : { source: null, carry: null };
}

/**
 * "… music critic Paul Connolly, who said …": a relative pronoun as the source stands for the
 * person named right before it (or before the apposition it follows), or the source phrase before
 * it, or "some"/"those"; null when none is (the pronoun is resolved as one).
 */
function relativeNamed(p: Para, r: FoundStatement): MentionInfo | null {
  if (p.lang !== "en" || r.sourceTo !== r.sourceFrom + 1 || !inList(p.toks[r.sourceFrom], lexicon().en.relativeSubjects)) return null;
  // ("the report, which said": the noun phrase right before its comma, whatever kind it is but unknown.)
  if (p.toks[r.sourceFrom].norm === "which") {
    const np = whichAntecedent(p, r.sourceFrom);
    const w = np ? describeMention(p, np[0], np[1]) : null;
    return w && w.kind !== "unknown" && w.kind !== "pronoun" ? w : null;
  }
  const ante = enAntecedent(p, r.sourceFrom);
  if (!ante) return quantifierBefore(p, r.sourceFrom);
  const [a0, b] = ante;
  const named = namedBeforeApposition(p, a0);
  if (named) return describeMention(p, named, b);
  let m = describeMention(p, a0, b);
  // (An unnamed description starts after a preposition whose noun before cannot speak: "her lead
  // among undecided voters who say"; its first word is then an adjective, no verb.)
  const a = m.nameText ? a0 : unnamedStart(p, a0, b);
  if (a > a0) m = describeMention(p, a, b);
  // (Also a role without a name, a named institution and unnamed people or bodies: "a spokesman for
  // the board, who said", "the Conservatives who said", "undecided voters who say".)
  if (!(m.kind === "person" || (m.kind === "organization" ? m.proper && m.words.length > 1 : m.kind === "anonymous" || m.kind === "group"))) return null;
  const toks = p.toks;
  // (An antecedent read across a clause is none: "satisfying overseas critics", "witness has emerged
  // …", "The quota worried local economists".)
  if (m.kind !== "person" || !m.name.length) {
    if (toks[a].norm.endsWith("ing")) return null;
    for (let k = a; k < b; k++) {
      const t = toks[k];
      if (isWord(t) && (inList(t, lexicon().en.finite) || (!t.cap && t.norm.length > 4 && t.norm.endsWith("ed") && !(k === a && a > a0)))) return null;
    }
  }
  // (An unnamed description is the whole phrase: "an analyst at the Trade Office who told".)
  if (!m.nameText) return m;
  // "nervous Democrats on Capitol Hill, who", "the daughter of King X, who": the name after a
  // preposition whose noun before it can speak is not who the pronoun stands for.
  let nameAt = a;
  while (nameAt < b && !m.nameText.startsWith(p.text.slice(toks[nameAt].s, toks[nameAt].e))) nameAt++;
  for (let k = a + 1; k < nameAt; k++) {
    const prev = toks[k - 1];
    if (isWord(toks[k]) && inList(toks[k], lexicon().en.npInner) && !inList(toks[k], lexicon().en.articles) && isWord(prev) && (prev.cap || !!sourceClass(prev) || inList(prev, lexicon().en.possessedSources))) return null;
  }
  return m;
}

/**
 * "Lena Voss, an analyst at the Trade Office who told", "Lady Ines, the daughter of King Otto, who
 * said": where a named person starts before the apposition the antecedent at token a is (a comma
 * before it, an article or a possessive first): the person's first token, or 0 for none.
 */
function namedBeforeApposition(p: Para, a: number): number {
  const toks = p.toks;
  const first = toks[a];
  if (!isPunct(toks[a - 1], ",") || !isWord(first) || first.cap || !(inList(first, lexicon().en.articles) || inList(first, lexicon().en.possessives))) return 0;
  // (The capitalised words before the comma, "of" between two of them: Lady Ines of Morland.)
  let j = a - 2;
  while (j >= 0 && isWord(toks[j]) && (toks[j].cap || (toks[j].norm === "of" && j > 0 && isWord(toks[j - 1]) && toks[j - 1].cap))) j--;
  if (j + 1 >= a - 1) return 0;
  const m = describeMention(p, j + 1, a - 1);
  return m.kind === "person" && m.name.length > 0 ? j + 1 : 0;
}

/** Where the unnamed antecedent [a, b) starts: after a preposition whose noun before cannot speak, or at a. */
function unnamedStart(p: Para, a: number, b: number): number {
  const toks = p.toks;
  for (let k = b - 2; k > a; k--) {
    const t = toks[k];
    const prev = toks[k - 1];
    if (isWord(t) && !t.cap && inList(t, lexicon().en.objectPrepositions) && isWord(prev) && !prev.cap && !sourceClass(prev)) return k + 1;
  }
  return a;
}

/** "some who warned", "those who said": a quantifier or "those" alone before the pronoun at token k is who speaks. */
function quantifierBefore(p: Para, k: number): MentionInfo | null {
  const t = p.toks[k - 1];
  if (!isWord(t) || !(inList(t, lexicon().en.quantifierSubjects) || t.norm === "those")) return null;
  const m = describeMention(p, k - 1, k);
  // (Unnamed people, as "officials" are; a general class, as "some" alone is: no insiders.)
  if (m.kind === "unknown" || m.kind === "pronoun") {
    m.kind = "anonymous";
    m.collective = true;
  }
  return m.e > m.s ? m : null;
}

/**
 * وفقاً لشبكة سكاي نيوز، وسبق لمجلة «…» أن …: the mention starts after the لـ its cue governs, and so do
 * its name and title as written (للشركة → الشركة: the article's alef comes back).
 */
function afterClitic(p: Para, m: MentionInfo, s: number): void {
  const clitic = p.text.slice(m.s, s);
  const strip = (w: string) => (w.startsWith(clitic) && p.text.startsWith(w, m.s) ? (w.charCodeAt(clitic.length) === 0x0644 ? "ا" : "") + w.slice(clitic.length) : w);
  // (بيان للحزب، تصريحات للوزير: with no name or title read, the mention is shown as written: الحزب، الوزير;
  // but a place whose name begins with ل keeps it, بيان للبنان → لبنان, not البنان.)
  if (!m.nameText && p.text.charCodeAt(s) === 0x0644) {
    const tok = p.toks.find((t) => t.s === m.s);
    const cls = tok ? sourceClass(tok)?.cls : undefined;
    m.nameText = cls === "place" ? p.text.slice(s, m.e) : p.text.slice(m.s, m.e);
  }
  m.nameText = strip(m.nameText);
  m.titleText = strip(m.titleText);
  // (ونتنياهو: a conjunction's و is in no name word the speaker is matched by.)
  const first = m.name[0];
  if ((clitic === "و" || clitic === "ف") && first !== undefined && first.startsWith(clitic) && first.length > 3) {
    m.name[0] = first.slice(1);
    const i = m.words.indexOf(first);
    if (i >= 0) m.words[i] = m.name[0];
  }
  m.s = s;
}

/** The clause subject described (relative offsets), past a clitic لـ on its first word when it has one. */
function altMention(p: Para, r: FoundStatement, base: number): MentionInfo | null {
  return placed(p, describeMention(p, r.altSourceFrom, r.altSourceTo), r.altSourceFrom, r.altAfterClitic, base);
}

/** The mention at tokens [a, b), described (relative offsets); null when it describes to nothing. */
function mentionAt(p: Para, a: number, b: number, base: number): MentionInfo | null {
  return placed(p, describeMention(p, a, b), a, false, base);
}

/**
 * Mention m described from token `from`, past a clitic لـ on that token when `clitic` (not when the mention
 * starts further on: لتصريحات الوزير → الوزير), its offsets made relative to `base`; null when it describes to nothing.
 */
function placed(p: Para, m: MentionInfo, from: number, clitic: boolean, base: number): MentionInfo | null {
  if (m.e <= m.s) return null;
  if (clitic) {
    const s = p.toks[from].startAfterClitic();
    if (m.s < s) afterClitic(p, m, s);
  }
  m.s -= base;
  m.e -= base;
  return m;
}

function byStart(a: [number, number], b: [number, number]): number {
  return a[0] - b[0];
}

/** The statement's one quotation is its content and follows عن after the cue (أعرب الاتحاد عن "أسفه العميق"). */
function aboutObject(p: Para, r: FoundStatement): boolean {
  if (r.quoteIds.length !== 1) return false;
  const q = p.quotes[r.quoteIds[0]];
  const before = p.toks[q.open - 1];
  return q.open - 1 > r.cueFrom && isWord(before) && before.ar && before.norm === "عن" && r.contentStart >= p.toks[q.open].s && r.contentStart <= p.toks[q.open].e && !wordsOutsideQuotes(p, r, r.contentStart, r.contentEnd);
}

/** Whether the content text[s, e) has a letter or number outside the statement's quotation marks. */
function wordsOutsideQuotes(p: Para, r: FoundStatement, s: number, e: number): boolean {
  const marked: [number, number][] = [];
  for (const qi of r.quoteIds) {
    const q = p.quotes[qi];
    marked.push([p.toks[q.open].s, q.close >= 0 ? p.toks[q.close].e : q.e]);
  }
  sortSmall(marked, byStart);
  const text = p.text;
  let i = s;
  for (const [a, b] of marked) {
    for (const stop = Math.min(a, e); i < stop; i++) if (letterOrNumberAt(text, i)) return true;
    i = Math.max(i, b);
  }
  for (; i < e; i++) if (letterOrNumberAt(text, i)) return true;
  return false;
}
