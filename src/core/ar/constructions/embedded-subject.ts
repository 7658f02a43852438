// The subject inside a reported clause: وذكرت الصحيفة أن الجنود أبلغوا الشرطة بأن … / وقال إنه دعا
// الطرفين إلى "…". After إن/أن the clause opens with its subject — a noun, or a pronoun on the
// complementiser (إنه، أنهم) — so a reporting verb right after it has its subject already: the noun
// phrase between is the source, and a noun after the verb is its object (الشرطة، الطرفين were
// taken for the subject; with أنه the speaker is the one the pronoun refers to, the speaker before).
import { Gr, lexicon } from "../../lexicon";
import { cueAt, grammarOf, inList } from "../../lexicon/lookup";
import { isClose, isOpen, isWord, type Para } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { looksLikeSubject } from "../subject";
import { arComp, hal, pluralPresent, presentAfterParticle, verbalAn } from "../words";

/** The subject between a complementiser and the verb has at most this many words. */
const WORDS = 6;

export function embeddedSubject(r: ArReading): Verdict {
  // (Also when the words open right after the verb: أن ميركل أكدت أنها ….)
  if (r.sourceFrom >= 0 || r.m.clitic) return undefined;
  const { p, m } = r;
  let b = m.from;
  if (isWord(p.toks[b - 1]) && p.toks[b - 1].norm === "قد") b--;
  // (أن الرئيس مازال يرى، ولا يزال يؤكد: a verb like كان stands between the subject and the cue.)
  if (inList(p.toks[b - 1], lexicon().ar.kanaSisters)) {
    b--;
    if (inList(p.toks[b - 1], lexicon().ar.negations) || (isWord(p.toks[b - 1]) && p.toks[b - 1].norm === "ما")) b--;
  }
  const c = arComp(p.toks[b - 1]);
  // قال إنه دعا …: the pronoun is the subject; nothing after the verb is.
  if (c === 2) {
    r.subjectBefore = true;
    r.nested = true;
    return undefined;
  }
  const a = subjectAfterComp(p, b);
  if (a < 0) return undefined;
  // The noun before the verb is its subject; a source when it can speak: a source noun (السلطات),
  // a name (ميركل، بوتين: no article), or people the plural verb agrees with (الجنود أبلغوا). Not an
  // event (أن الهجوم يؤكد أن …): then no subject is read after the verb either.
  // (A name or the people a verb agrees with is a plain phrase: not كثيراً من المشاركين فيها, whose
  // last word would be read as the name.)
  if (looksLikeSubject(p, a, b) || (plainWords(p, a, b) && (bareWords(p, a, b) || pluralVerb(r.toks[m.from].norm)))) [r.sourceFrom, r.sourceTo] = [a, b];
  else r.subjectBefore = true;
  r.nested = true;
  return undefined;
}

/** Words [a, b) have no preposition among them. */
function plainWords(p: Para, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isWord(p.toks[k]) && inList(p.toks[k], lexicon().ar.freePrepositions)) return false;
  return true;
}

/** No word of [a, b) carries the article: a name (ميركل، ماتيو رينتسي), not a noun phrase (أسعار الطاقة). */
function bareWords(p: Para, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isWord(p.toks[k]) && p.toks[k].norm.startsWith("ال")) return false;
  return true;
}

/** أبلغوا، أعلنتا، يقولون: a verb agreeing with a plural or dual subject before it. */
function pluralVerb(n: string): boolean {
  return n.endsWith("وا") || n.endsWith("تا") || n.endsWith("ون") || n.endsWith("ان");
}

/**
 * Where the noun phrase ending at b starts when a free-standing إن/أن stands right before it
 * (-1 when not): plain words, maybe a quoted name, no verb of saying, relative, conjunction or
 * function word (أن ما قاله، أن الأنباء التي تتحدث، أن في الأسبوع …: not a subject).
 */
function subjectAfterComp(p: Para, b: number): number {
  const toks = p.toks;
  let words = 0;
  let j = b - 1;
  for (; j >= 0 && words <= WORDS; j--) {
    const t = toks[j];
    if (isOpen(t) || isClose(t)) continue;
    if (!isWord(t)) return -1;
    if (arComp(t)) break;
    if (cueAt(p, j) || pluralPresent(t.norm) || inList(t, lexicon().ar.notSubject) || inList(t, lexicon().ar.kanaSisters) || inList(t, lexicon().ar.subordinators) || inList(t, lexicon().ar.clauseOpeners)) return -1;
    const g = grammarOf(t);
    if (g && (g.has(Gr.relative) || g.has(Gr.conj) || g.has(Gr.kana) || g.has(Gr.time))) return -1;
    words++;
  }
  if (j < 0 || words === 0 || words > WORDS || arComp(toks[j]) !== 1) return -1;
  // بعد أن وافقت الحكومة …، يجب أن تعلن …: that أن opens a verb, and no subject stands before the cue.
  if (j > 0 && verbalAn(toks[j - 1])) return -1;
  const f = isOpen(toks[j + 1]) ? j + 2 : j + 1;
  const first = toks[f];
  // (أن في …، أن هذا …، أن مسرعاً: a preposition, a demonstrative or a ḥāl opens no subject.)
  // (Figures, أن الأرقام تشير إلى …, are dropped by parse.ts: data do not speak.)
  // (أن هناك من يعتقدون: an existential.)
  // (ان يستخدم ابتكاره … فهو يقول: a present verb right after أن opens no subject either.)
  if (!isWord(first) || !first.ar || inList(first, lexicon().ar.freePrepositions) || inList(first, lexicon().ar.demonstratives) || inList(first, lexicon().ar.existential) || grammarOf(first) || hal(p, f) || presentAfterParticle(p, f)) return -1;
  return j + 1;
}
