// Accusations and claims with a noun object: اتهم X موسكو بـ …، نفى وجود …، ينفي ما …،
// حذر من وقوع …. The object is the reported content (the cue's frames say which objects it takes).
import { Fr, Gr, lexicon } from "../../lexicon";
import { hasGrammar, inList } from "../../lexicon/lookup";
import { COMMA, COMMA_END, isOpen, isPunct, isWord } from "../../text/paragraph";
import type { Opening } from "../../statements/found";
import { nounObject } from "../noun-object";
import type { ArReading, Verdict } from "../reading";
import { arComp } from "../words";
import { longTitleToClaim } from "../source-phrase";

export function accusationObject(r: ArReading): Verdict {
  const { toks, m } = r;
  const viaClause = !!r.opening;
  if (!r.opening && r.sourceTo > 0) r.opening = nounObject(r.p, afterParenthetical(r), r.entry, r.sentEnd);
  if (!r.opening && r.sourceFrom < 0) r.opening = nounObject(r.p, r.cueEnd, r.entry, r.sentEnd, opensClause(r));
  if (!r.opening && r.sourceTo > 0 && hasGrammar(toks[r.after], Gr.relative)) r.opening = afterRelative(r);
  // (أكد قائد المنطقة … اللواء أحمد فلان وجود …: a long title cut at the phrase's word limit runs on to the claim.)
  if (!r.opening && r.sourceFrom > m.from && r.entry.frames.has(Fr.noun)) {
    const claim = longTitleToClaim(r.p, r.sourceFrom, r.sourceTo, r.sentEnd);
    if (claim > 0) {
      r.sourceTo = claim;
      r.opening = { tok: claim, start: toks[claim].s };
    }
  }
  const prev = toks[m.from - 1];
  // أكد متحدث باسم الشركة، فلان، اعتقال …: after an apposition closed by a comma, the object at once
  // (for an accusation only a claim noun: any word could start a بـ accusation's object; after ما
  // the verb has no subject of its own: ما يؤكد أهمية …).
  const c = r.after + 1;
  if (!r.opening && r.sourceTo > 0 && isPunct(toks[r.after], COMMA) && (!r.entry.frames.has(Fr.bi) || hasGrammar(toks[c], Gr.claim)) && !(isWord(prev) && inList(prev, lexicon().ar.maObject))) r.opening = nounObject(r.p, c, r.entry, r.sentEnd);
  // في توقع ما سيحدث، عدم توقع حصول …: after a preposition the word is a verbal noun, and its noun
  // object no claim of anybody's; after a negation (ولم تعلن أي جهة مسؤوليتها) the verb claims nothing.
  if (r.opening && !viaClause && isWord(prev) && (inList(prev, lexicon().ar.freePrepositions) || inList(prev, lexicon().ar.negations))) r.opening = null;
  // مما يؤكد أن …، ما يشير إلى …: after a relative ما with no subject written, ما is the verb's subject
  // (but in ما قالت إنها … the pronoun on إن is ما and the verb reports).
  if (r.opening && r.sourceFrom < 0 && !r.entry.objPron && !m.clitic && isWord(prev) && inList(prev, lexicon().ar.maObject) && (!viaClause || arComp(toks[r.opening.tok - 1]) === 1)) r.opening = null;
  if (!r.opening && r.entry.frames.has(Fr.pred)) r.opening = predicate(r);
  return undefined;
}

/**
 * وكشفت أيضاً عن …، كما أفاد بـ…: with no subject written, the verb opens its clause (a clitic و/ف, كما, or
 * no word before it); after a noun (الدفاتر التي استرجعها القضاء كشفت عن …) its subject is that noun, no speaker.
 */
function opensClause(r: ArReading): boolean {
  const prev = r.toks[r.m.from - 1];
  return r.m.clitic || !isWord(prev) || inList(prev, lexicon().ar.kama);
}

/** How many words a relative clause on the subject may have before the object. */
const RELATIVE_WORDS = 8;

/**
 * نفى الحزب الذي ينتمي له الوزير هذه الاتهامات: a relative clause on the subject stands between it and the
 * object. The object is a claim that cannot be the relative verb's own: a determiner before a claim
 * noun, or a claim noun without the article (وجود، صحة), after at least the relative verb and one
 * word; not past a reporting word, a complementiser or the end of the clause (then a clause or
 * another verb's words are reported, not this noun).
 */
function afterRelative(r: ArReading): Opening | null {
  const { toks, p } = r;
  const end = Math.min(r.sentEnd, r.after + 2 + RELATIVE_WORDS);
  for (let k = r.after + 1; k < end; k++) {
    const t = toks[k];
    if (!isWord(t) || arComp(t) || lexicon().cueWords.has(t.norm)) return null;
    if (k <= r.after + 2 || t.norm.startsWith("ال")) continue;
    const o = nounObject(p, k, r.entry, r.sentEnd, false);
    if (o && o.tok === k) return o;
  }
  return null;
}

/** Where the object is looked for: after the source, past a parenthetical between commas (تحدث بشرط عدم نشر اسمه). */
function afterParenthetical(r: ArReading): number {
  const { toks, sentEnd } = r;
  let k = r.after;
  if (isPunct(toks[k], COMMA)) {
    let m2 = k + 1;
    while (m2 < sentEnd && !isPunct(toks[m2], COMMA_END)) m2++;
    if (isPunct(toks[m2], COMMA)) k = m2 + 1;
  }
  return k;
}

/**
 * اعتبرته نجماً، وصفته واشنطن "بالرهيب"، اعتبرت فلانة نفسها "محظوظة": after the object (a pronoun
 * on the verb, or نفسه) the predicate states the claim.
 */
function predicate(r: ArReading): Opening | null {
  const k = r.sourceFrom >= 0 ? r.sourceTo : r.cueEnd;
  const t = r.toks[k];
  const reflexive = isWord(t) && inList(t, lexicon().ar.reflexive);
  return (r.entry.objPron || reflexive) && t && (isWord(t) || isOpen(t)) ? { tok: k, start: t.s } : null;
}
