// Participles used as ḥāl: قائلاً: "…" / مضيفاً أن … / مشيراً إلى أن …. The speaker is the
// subject of the clause the participle stands in (ورد بومبيو … قائلاً), or, when that
// clause reports words of its own, the same speaker carried over.
import { cueAt, grammarOf, hasGrammar, inList, sourceClass } from "../../lexicon/lookup";
import { Fr, Gr, lexicon } from "../../lexicon";
import { endsWithPronoun } from "../../text/chars";
import type { Opening } from "../../statements/found";
import { isClose, isOpen, isPunct, isWord } from "../../text/paragraph";
import { PUNCT } from "../../text/token";
import { nounObject } from "../noun-object";
import { arOpening } from "../opening";
import type { ArReading, Verdict } from "../reading";
import { clauseSubject } from "../subject";
import { arComp, quoteWords } from "../words";

/** واصفاً إياها "بالهراء": the object as إياه, then the predicate (frame pred). */
function predicateAfterIyya(r: ArReading): Opening | null {
  const t = r.toks[r.cueEnd];
  const n = r.toks[r.cueEnd + 1];
  if (!r.entry.frames.has(Fr.pred) || !isWord(t) || !inList(t, lexicon().ar.iyya) || !n || !(isWord(n) || isOpen(n))) return null;
  return { tok: r.cueEnd + 1, start: n.s };
}

/**
 * نتائج واعدة من …، مخاوف مؤكدة من …، في سياق متابعة تنفيذ …: a feminine participle (or a verbal noun spelled
 * like one) right after an indefinite noun (no article, no pronoun, no source, place or time word), its words
 * not opening at once, is that noun's adjective or genitive, no cue.
 */
function adjective(r: ArReading): boolean {
  const { p, m, toks } = r;
  const prev = toks[m.from - 1];
  const next = toks[r.cueEnd];
  // (Figures and results are never the speaker before it: نتائج واعدة.)
  const sc = isWord(prev) ? sourceClass(prev) : null;
  if (m.clitic || !isWord(prev) || !prev.ar || prev.norm.startsWith("ال") || (sc && sc.cls !== "data") || grammarOf(prev) || endsWithPronoun(p.text, prev.e)) return false;
  if (p.text.charCodeAt(toks[r.cueEnd - 1].e - 1) !== 0x0629) return false;
  return !(arComp(next) || isPunct(next, ":") || isOpen(next) || (isWord(next) && (hasGrammar(next, Gr.ila) || next.norm === "علي")));
}

/**
 * سيدة تدعى فلانة، والتي ادعت أنه …، نافياً …: the أن at token j is the clause of a verb right before it
 * whose gender is not the participle's; that statement's speaker is not this one's.
 */
function otherGender(r: ArReading, j: number): boolean {
  const c = cueAt(r.p, j - 1);
  return !!c && c.to === j && c.entry.agree !== 0 && r.entry.agree !== 0 && c.entry.agree !== r.entry.agree;
}

/**
 * وكان الاتحاد قد أبدى (عبر بيان) "أسفه الشديد" …، مضيفاً: a quotation after the subject whose nearest verb
 * before it takes no quotation of its own (no quote or colon frame: أبدى، أشاد) is that verb's object, not
 * words that carry the speaker on; the subject written before the verb stays this statement's.
 */
function quotedObject(r: ArReading, from: number, j: number): boolean {
  // (وأبدى الاتحاد "أسفه الشديد": a feeling with its pronoun, ar-grammar verbnoun, opening it is an object too.)
  const w = r.toks[j + 1];
  if (isWord(w) && hasGrammar(w, Gr.verbnoun) && endsWithPronoun(r.p.text, w.e)) return true;
  for (let k = j - 1; k >= from && k >= j - QUOTED_OBJECT_REACH; k--) {
    const c = cueAt(r.p, k);
    if (c) return !c.entry.frames.has(Fr.quote) && !c.entry.frames.has(Fr.colon);
  }
  return false;
}
/** Words between the verb and its quoted object (عبر بيان لمتحدث باسمه). */
const QUOTED_OBJECT_REACH = 8;

/**
 * لكن ميركل رفضت التهديد، مشددة …، الوزيرة رفضت الطلب، مشددة …: the clause may open with its subject, then
 * the verb; a word shaped like a feminine past verb (…ت, four to six letters, no article, no lexicon word)
 * inside what was read as the subject of a feminine participle is that verb: the subject is the word or
 * phrase before it (the word read as the verb when the subject read starts at it).
 */
function beforeFemininePast(r: ArReading, subj: [number, number]): [number, number] | null {
  const { toks } = r;
  const past = (k: number) => {
    const t = toks[k];
    return isWord(t) && t.ar && t.norm.length >= 4 && t.norm.length <= 6 && t.norm.endsWith("ت") && !t.norm.startsWith("ال") && !sourceClass(t) && !grammarOf(t) && !cueAt(r.p, k) && isWord(toks[k + 1]);
  };
  const [a, b] = subj;
  const first = toks[a - 1];
  if (past(a) && isWord(first) && first.ar && !grammarOf(first) && !cueAt(r.p, a - 1) && !inList(first, lexicon().ar.freePrepositions)) return [a - 1, a];
  for (let k = a + 1; k < b; k++) if (past(k)) return [a, k];
  return subj;
}

export function participle(r: ArReading): Verdict {
  if (r.entry.form !== "participle") return undefined;
  const { p, m, toks } = r;
  if (adjective(r)) return null;
  // (توقعات غير مبررة بأن …، ليس مبرراً، لم يكن مفصلاً: after "un-", "is not" or "was" the participle is an adjective.)
  if (!m.clitic && isWord(toks[m.from - 1]) && inList(toks[m.from - 1], lexicon().ar.participleAsAdjective)) return null;
  // (إجراءات مشددة هاتفين "…"، مضيفاً موضحاً أن …: a participle right before another one is not the cue; the one
  // nearest the words is (two-cues.ts).)
  if (cueAt(p, r.cueEnd)?.entry.form === "participle") return undefined;
  // (A noun object only after a clause: "…، لافتاً إلى نجاح …"; "75 متهما" is a noun.)
  const afterClause = toks[m.from - 1]?.kind === PUNCT || isClose(toks[m.from - 1]);
  const o = arOpening(p, r.cueEnd, r.entry.frames, 12) ?? (afterClause ? nounObject(p, r.cueEnd, r.entry, r.sentEnd) : null) ?? predicateAfterIyya(r);
  if (!o) return null;
  // (مبرراً ذلك بالقول إن …: a manner phrase before the words is their cue, the one nearest them; this is none.)
  for (let k = r.cueEnd; k < o.tok; k++) if (cueAt(p, k)?.entry.frames.has(Fr.manner)) return null;
  let subj = clauseSubject(p, m.from);
  if (subj && r.entry.agree === 2) subj = beforeFemininePast(r, subj);
  // وأضاف "…" مشيراً إلى …: a quotation right after a cue is its words, not a subject.
  if (subj && isOpen(toks[subj[0]]) && cueAt(p, subj[0] - 1)) subj = null;
  // وقال الوزير إن …، مضيفاً أن …: when the clause's verb reports words of its own, its subject is
  // that statement's source; this one has no written subject and carries the same speaker.
  if (subj) {
    for (let j = subj[1]; j < m.from; j++) {
      if ((arComp(toks[j]) && !otherGender(r, j)) || isPunct(toks[j], ":") || (isOpen(toks[j]) && quoteWords(p, toks[j]) >= 2 && !quotedObject(r, subj[1], j))) {
        subj = null;
        break;
      }
    }
  }
  const st = r.statement(subj ? subj[0] : -1, subj ? subj[1] : -1, o, subj ? null : "clause-subject");
  st.firstTok = m.from;
  return st;
}
