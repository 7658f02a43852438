// Accusations and claims with a noun object: اتهم X موسكو بـ …، نفى وجود …، ينفي ما …،
// حذر من وقوع …. The object is the reported content (the cue's frames say which objects it takes).
import { Fr, Gr, lexicon } from "../../lexicon";
import { hasGrammar } from "../../lexicon/lookup";
import { COMMA, COMMA_END, isOpen, isPunct, isWord } from "../../text/paragraph";
import type { Opening } from "../../statements/found";
import type { ArReading, Verdict } from "../reading";

export function accusationObject(r: ArReading): Verdict {
  if (r.opening) return undefined;
  if (r.sourceTo > 0) r.opening = objectAfterSource(r);
  // نفى وجود …: with no written subject, the claim noun right after the cue.
  if (!r.opening && r.sourceFrom < 0 && r.entry.frames.has(Fr.noun)) {
    const t = r.toks[r.cueEnd];
    if (isWord(t) && (t.norm === "ما" || hasGrammar(t, Gr.claim))) r.opening = { tok: r.cueEnd, start: t.s };
  }
  if (!r.opening && r.entry.frames.has(Fr.pred)) r.opening = predicate(r);
  return undefined;
}

/**
 * اعتبرته نجماً، وصفته واشنطن "بالرهيب"، اعتبرت فلانة نفسها "محظوظة": after the object (a pronoun
 * on the verb, or نفسه) the predicate states the claim.
 */
function predicate(r: ArReading): Opening | null {
  const k = r.sourceFrom >= 0 ? r.sourceTo : r.cueEnd;
  const t = r.toks[k];
  const reflexive = isWord(t) && lexicon().ar.reflexive.has(t.norm);
  return (r.entry.objPron || reflexive) && t && (isWord(t) || isOpen(t)) ? { tok: k, start: t.s } : null;
}

/** The object after the source (past a parenthetical between commas: تحدث بشرط عدم نشر اسمه). */
function objectAfterSource(r: ArReading): Opening | null {
  const { toks, sentEnd, entry: e } = r;
  let k = r.after;
  if (isPunct(toks[k], COMMA)) {
    let m2 = k + 1;
    while (m2 < sentEnd && !isPunct(toks[m2], COMMA_END)) m2++;
    if (isPunct(toks[m2], COMMA)) k = m2 + 1;
  }
  const t = toks[k];
  // The object may be a quoted name (اتهمت "أوكسفام" بتضليل …).
  if (!t || !(isWord(t) || isOpen(t))) return null;
  if (e.frames.has(Fr.ma) && lexicon().ar.maObject.has(t.norm)) return { tok: k, start: t.s };
  // حذر من وقوع …: a warning of an event.
  if (e.frames.has(Fr.min) && t.norm === "من" && toks[k + 1] && isWord(toks[k + 1])) return { tok: k + 1, start: toks[k + 1].s };
  if (e.frames.has(Fr.bi)) {
    // The object, then a word with بـ (بالكشف، بعرقلة).
    // (With the object a pronoun on the verb, the بـ word may follow the subject at once: تتهمه أنقرة بالوقوف.)
    for (let j = e.objPron ? k : k + 1; j < Math.min(sentEnd, k + 12); j++) if (isWord(toks[j]) && toks[j].norm.startsWith("ب") && toks[j].norm.length > 3) return { tok: k, start: t.s };
    return null;
  }
  if (e.frames.has(Fr.noun) && (hasGrammar(t, Gr.claim) || lexicon().ar.claimPronoun.has(t.norm))) return { tok: k, start: t.s };
  if (e.frames.has(Fr.min) && isWord(toks[k + 1]) && t.norm === "من" && hasGrammar(toks[k + 1], Gr.claim)) return { tok: k + 1, start: toks[k + 1].s };
  return null;
}
