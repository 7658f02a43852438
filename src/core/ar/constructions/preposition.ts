// Prepositional cues: بحسب X، … / …، وفقاً لـX / نقلاً عن X / على لسان X / وفق ما أعلن X.
// The source follows the preposition; the reported clause follows the source when the
// cue opens its sentence, and is the clause before the cue otherwise.
import { Gr, lexicon } from "../../lexicon";
import { cueAt, grammarOf, inList } from "../../lexicon/lookup";
import { hasWithClitic } from "../../lexicon/word-lists";
import { FoundStatement } from "../../statements/found";
import { COMMA, isPunct, isWord, sentOf, sentenceStartTok } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { arSourceNP } from "../source-phrase";
import { arComp, isAddressee } from "../words";

export function preposition(r: ArReading): Verdict {
  if (r.entry.form !== "prep") return undefined;
  const { p, m, toks } = r;
  let a = m.to;
  // وفق ما أعلن X / بحسب ما ذكرت X: the verb after ما is part of the cue.
  let cueTo = m.to;
  if (isWord(toks[a]) && inList(toks[a], lexicon().ar.maAfterPreposition)) {
    const inner = cueAt(p, a + 1);
    if (inner) {
      a = inner.to;
      cueTo = inner.to;
    }
  } else if ((m.entry.rest.length && m.entry.rest[m.entry.rest.length - 1] === "ما") || m.entry.lemma.endsWith("ما")) {
    const inner = cueAt(p, a);
    if (inner) {
      a = inner.to;
      cueTo = inner.to;
    }
  }
  const sentEnd = r.sentEnd;
  // حسبما أفادت به مصادر: the verb's pronoun object is not the source.
  if (a > m.from && isWord(toks[a]) && inList(toks[a], lexicon().ar.biPronoun)) cueTo = ++a;
  // وفق الجدول الزمني، بحسب الخطة: "in accordance with" a plan or a rule names no source.
  if (isWord(toks[a]) && isNorm(toks[a].norm)) return null;
  let b = arSourceNP(p, a, sentEnd);
  // وفقاً لوزارة الداخلية: after the preposition لـ an institution is the source, not an addressee.
  if (b === a && isWord(toks[a]) && toks[a].ar && toks[a].norm.startsWith("ل") && toks[a].norm.length > 3 && isAddressee(toks[a]) && !grammarOf(toks[a])?.has(Gr.addressee)) b = Math.max(a + 1, arSourceNP(p, a + 1, sentEnd));
  if (b <= a) return null;
  const st = new FoundStatement(m.from, cueTo, a, b, 0, 0, m.from, b, sentOf(p, m.from), null, "ar");
  // وفقاً لوزارة الصحة: the source starts after the لـ the preposition governs.
  st.sourceAfterClitic = a === cueTo && toks[a].ar && toks[a].norm.startsWith("ل") && isWord(toks[cueTo - 1]) && hasWithClitic(lexicon().ar.lamPrepositions, toks[cueTo - 1].norm);
  return clauseOfPreposition(r, st);
}

/** A noun of plans, rules or procedures (ar-grammar `norm`), with or without ال، لـ، للـ. */
function isNorm(n: string): boolean {
  const g = lexicon().grammar;
  const bare = n.startsWith("لل") ? n.slice(2) : n.startsWith("ال") ? n.slice(2) : n.startsWith("ل") ? n.slice(1) : n;
  return !!(g.get(n)?.has(Gr.norm) || g.get(bare)?.has(Gr.norm));
}

/** The clause the preposition's source said: after the source (بحسب المصدر، فإن …) or before the cue (…، وفقاً لـX). */
function clauseOfPreposition(r: ArReading, st: FoundStatement): Verdict {
  const { p, m, toks, sentEnd } = r;
  const s = sentenceStartTok(p, m.from);
  let k = m.from - 1;
  while (k >= s && (isPunct(toks[k], COMMA) || (isWord(toks[k]) && toks[k].norm === "و"))) k--;
  // وجاء على لسان X أن …: a light verb before the cue opens no clause of its own.
  const lightVerb = k === s && isWord(toks[k]) && hasWithClitic(lexicon().ar.lightVerbs, toks[k].norm);
  const atStart = k < s || isPunct(toks[k], ":") || lightVerb;
  if (atStart) {
    // The clause follows: بحسب المصدر، فإن …
    let c = st.sourceTo;
    while (c < sentEnd && (isPunct(toks[c], COMMA) || (isWord(toks[c]) && inList(toks[c], lexicon().ar.faInna)))) c++;
    if (c >= sentEnd) return null;
    st.contentTok = c;
    st.contentStart = arComp(toks[c]) === 1 && toks[c + 1] ? toks[c + 1].s : toks[c].s;
    return st;
  }
  // The clause precedes: …، وفقاً لـX.
  let c = s;
  if (isWord(toks[c]) && toks[c].norm === "و") c++;
  if (c > k) return null;
  st.contentTok = c;
  st.contentStart = toks[c].s;
  st.contentEnd = toks[k].e;
  st.contentFixed = true;
  st.clauseBefore = true;
  st.firstTok = c;
  return st;
}
