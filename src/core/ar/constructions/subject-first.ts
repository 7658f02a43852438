// Subject-first: الوزير أكد أن … / وكان الرئيس قد قال إن … / فلان، الذي لعب دور الوسيط …، أقر
// بأنه … — the subject stands before the verb (which carries no و/ف).
import { Gr, lexicon } from "../../lexicon";
import { cueAt, grammarOf, hasGrammar, inList, sourceClass } from "../../lexicon/lookup";
import { endsWithPronoun } from "../../text/chars";
import { CLAUSE_END, COMMA, END, isOpen, isPunct, isWord, sentenceStartTok, type Para } from "../../text/paragraph";
import { QUOTE } from "../../text/token";
import type { ArReading, Verdict } from "../reading";
import { afterClauseOpening, looksLikeSubject, prepositionOpening } from "../subject";
import { arComp, nisbaShape, pluralPresent, presentAfterParticle, withoutConjunction } from "../words";
import { arSourceNP, endsWithTanweenFath, nameLikeWord } from "../source-phrase";
import { conjoinedNumber, countBefore } from "../count";

export function subjectFirst(r: ArReading): Verdict {
  if (r.sourceFrom < 0 && r.kanaSubject) [r.sourceFrom, r.sourceTo] = r.kanaSubject;
  if (r.sourceFrom >= 0 || r.m.clitic) return undefined;
  // و7٪ فقط أفادوا، بينما 12٪ من المشاركين قالوا: a count of people before the verb (ar/count.ts).
  const count = countBefore(r.p, r.m.from, sentenceStartTok(r.p, r.m.from));
  if (count >= 0) {
    r.sourceFrom = count;
    // (7٪ فقط: "only" is no word of the source.)
    r.sourceTo = r.toks[r.m.from - 1].norm === "فقط" ? r.m.from - 1 : r.m.from;
    r.sourceAfterClitic = conjoinedNumber(r.toks[count]);
    return undefined;
  }
  const found = subjectBefore(r);
  if (found) {
    [r.sourceFrom, r.sourceTo] = found;
    // (…، والحكومة أعلنت أن: the و joins the clause; the subject is الحكومة. So in مقتل شخصين.. ونتنياهو
    // يتوعد when the text writes the name without it elsewhere.)
    const t = r.toks[found[0]];
    r.sourceAfterClitic = t.ar && t.norm.startsWith("و") && ((t.norm.startsWith("وال") && (t.norm.length >= 6 || !!sourceClass(t))) || (found[1] - found[0] === 1 && writtenWithout(r.p, t.s + 1, t.e)));
  }
  return undefined;
}

/** How far around the word its spelling without و is looked for (characters): a story's length. */
const STORY_REACH = 6000;

/** Whether text[s, e) (four letters or more) stands as a word of its own within a story's length of it. */
function writtenWithout(p: Para, s: number, e: number): boolean {
  if (e - s < 4) return false;
  const text = p.text;
  p.outside = true;
  const w = text.slice(s, e);
  // (Never the whole text, not even by indexOf: an 8 MB archive would be searched once per such subject.)
  const from = Math.max(0, s - STORY_REACH);
  const near = text.slice(from, Math.min(text.length, e + STORY_REACH));
  for (let i = near.indexOf(w); i >= 0; i = near.indexOf(w, i + 1)) {
    if (from + i === s) continue;
    const before = i > 0 ? near.charCodeAt(i - 1) : from > 0 ? text.charCodeAt(from - 1) : 0x20;
    const after = near.charCodeAt(i + w.length);
    if ((before === 0x20 || before === 0x0a) && !(after >= 0x0621 && after <= 0x064a)) return true;
  }
  return false;
}

/** Words of the name between the commas of an apposition before the verb, and of the title before it. */
const APPOSITION_NAME = 4;
const APPOSITION_TITLE = 9;

/**
 * لكن القيادي البارز ورئيس اللجنة، سامي الراشد، قال إن …: a title (a source noun among its words) opening the
 * clause, then a name of plain words between two commas right before the verb: the subject is the title and
 * the name, [a, comma before the verb); null when the clause is not so. (Not after a preposition: وفي تصريح
 * لرئيس اللجنة، فلان، قال is a clause of its own.)
 */
function appositionSubject(r: ArReading, s: number): [number, number] | null {
  const { p, m, toks } = r;
  const e = m.from - 1;
  if (!isPunct(toks[e], COMMA)) return null;
  let c = e - 1;
  while (c > s && e - c <= APPOSITION_NAME && isWord(toks[c]) && toks[c].ar && !grammarOf(toks[c]) && !sourceClass(toks[c]) && !cueAt(p, c)) c--;
  if (c === e - 1 || !isPunct(toks[c], COMMA) || !isWord(toks[c - 1])) return null;
  // (A name's first word: not بصوت مرتفع, ومعه مديرو المستشفيات — a preposition's phrase or a companion set off by commas.)
  if (!nameLikeWord(p, c + 1)) return null;
  let a = c;
  const ar = lexicon().ar;
  while (a - 1 >= s && c - a < APPOSITION_TITLE && isWord(toks[a - 1]) && !hasGrammar(toks[a - 1], Gr.kana) && !inList(toks[a - 1], ar.topicOpeners) && !arComp(toks[a - 1]) && !cueAt(p, a - 1)) a--;
  const before = toks[a - 1];
  // (The sentence's start or لكن: after a comma the title may be the second of a list, …، وزعيم البلد، فلان، طلبا.)
  const boundary = a - 1 < s || isPunct(before, END) || (isWord(before) && inList(before, ar.topicOpeners));
  const head = toks[a];
  if (!boundary || a === c || inList(head, ar.freePrepositions) || ar.freePrepositions.has(withoutConjunction(head.norm))) return null;
  const sc = sourceClass(head);
  return sc && (sc.cls === "title" || sc.cls === "anon") && looksLikeSubject(p, a, c) ? [a, e] : null;
}

/** The subject before the cue: a short run of words back to the clause's start, [a, b); null when none. */
function subjectBefore(r: ArReading): [number, number] | null {
  const { p, m, toks } = r;
  const s = sentenceStartTok(p, m.from);
  let a = m.from;
  let j = m.from - 1;
  // (قد, and وقد / لقد opening the clause: a particle before the verb, never its subject.)
  if (isWord(toks[j]) && inList(toks[j], lexicon().ar.verbParticles)) j--;
  let subjEnd = -1;
  // يذكر أن الوكالة، كانت قد ذكرت أن …: the subject stands before كان (no و on it: وكان opens a clause whose
  // subject follows, kanaSubject) and قد, maybe with a comma between.
  if (j < m.from - 1 && isWord(toks[j]) && hasGrammar(toks[j], Gr.kana) && !toks[j].norm.startsWith("و") && !toks[j].norm.startsWith("ف")) {
    subjEnd = isPunct(toks[j - 1], COMMA) ? j - 1 : j;
    j = subjEnd - 1;
  }
  // فلان، الذي لعب دور الوسيط …، أقر بأنه: the subject stands before its relative clause.
  if (subjEnd < 0 && isPunct(toks[j], COMMA)) {
    for (let c = j - 1; c > s && j - c <= 30; c--) {
      if (isPunct(toks[c], END)) break;
      if (isPunct(toks[c], COMMA) && isWord(toks[c + 1]) && hasGrammar(toks[c + 1], Gr.relative)) {
        if (isWord(toks[c - 1])) {
          j = c - 1;
          subjEnd = c;
        }
        break;
      }
    }
  }
  let relative = false;
  if (subjEnd < 0) {
    const c = relativeBefore(r, j, s);
    if (c >= 0) {
      j = c - 1;
      subjEnd = c;
      relative = true;
    }
  }
  const turn = subjectAfterOwnTurn(r, s) ?? (subjEnd < 0 ? appositionSubject(r, s) : null);
  if (turn) return turn;
  let words = 0;
  while (j >= s && isWord(toks[j]) && words < 10 && !arComp(toks[j]) && !hasGrammar(toks[j], Gr.conj) && !hasGrammar(toks[j], Gr.relative) && !cueAt(p, j)) {
    const n = toks[j].norm;
    if (hasGrammar(toks[j], Gr.kana) || lexicon().ar.clauseOpeners.has(n) || n === "و" || pluralPresent(n)) break;
    a = j;
    j--;
    words++;
  }
  // صحيفة "الشرق الجديد" (البريطانية) ترى أن …: an outlet's quoted name after its head noun is the subject's.
  const outlet = words <= 2 ? outletBefore(r, j, s) : -1;
  if (outlet >= 0) {
    a = outlet;
    j = outlet - 1;
    words += 2;
  }
  const kana = j >= s && hasGrammar(toks[j], Gr.kana);
  // كتبت الصحيفة أن رجل الأعمال … فلان أقر بأنه …: after a complementiser the subject may be long.
  const afterComp = j >= s && arComp(toks[j]) === 1;
  const boundary = j < s || isPunct(toks[j], CLAUSE_END) || (isWord(toks[j]) && (hasGrammar(toks[j], Gr.kana) || inList(toks[j], lexicon().ar.clauseOpeners) || hasGrammar(toks[j], Gr.conj))) || toks[j]?.kind === QUOTE;
  // (لكن رئيس الوزراء الكندي سامر فادي الحلو قال، لكن الموظف الخاص في مكتب التحقيقات الفدرالي كيفين هيلسون
  // قال: after a conjunction word a title with its body and a name, up to nine words.)
  const conjWord = j >= s && isWord(toks[j]) && hasGrammar(toks[j], Gr.conj);
  if (!(a < m.from && (boundary || afterComp) && (words <= 5 || (conjWord && words <= 9) || (afterComp && words <= 10)) && (j < s || !isPunct(toks[j], ":")))) return null;
  // (ويأمل ان يستخدم ابتكاره … فهو يقول: a run opening with a verb is no subject.)
  if (presentAfterParticle(r.p, a)) return null;
  const issued = issuerOfMedium(r, a);
  if (issued) return issued;
  // (وترأس الحاكم اجتماعا أعلن خلاله …: "in it" after the cue points back to the indefinite accusative before
  // it, a noun that is no medium; the words before the cue are that noun's clause, not the subject.)
  if (inItAfter(r, m.to) && accusativeBefore(r, m.from - 1)) return null;
  const b = subjEnd >= 0 ? subjEnd : isWord(toks[m.from - 1]) && inList(toks[m.from - 1], lexicon().ar.verbParticles) ? m.from - 1 : m.from;
  const going = afterGoingOn(r, a, b);
  if (going !== undefined) return going;
  // وكان فلان قد قال: between كان and قد only the subject can stand.
  const kanaQad = kana && b < m.from && b - a <= 3;
  // (لكن ميركل أكدت أن …: after لكن opening a clause, a bare name of one or two words.)
  const afterBut = isWord(toks[j]) && inList(toks[j], lexicon().ar.topicOpeners) && (j === s || isPunct(toks[j - 1], CLAUSE_END)) && b - a <= 2 && bareName(r, a, b);
  // (The outlet's quoted name has marks looksLikeSubject does not take.)
  // (Before a relative clause with no comma, no preposition opening the run: وفي المؤتمر الصحفي الذي عقد بعد
  // اللقاء قال … has its subject dropped.)
  if (relative && !opensWithoutPreposition(r, a)) return null;
  // (والأحد قال إنه …، وأمس أكدت …: a time word alone before the verb, و on it or not, is when, not who.)
  // (وفي اليوم الأول للمحاكمة ادعى …، وعن اليمن قال …: a run opening with و and a preposition is an adverbial
  // opening the clause, no subject.)
  if ((b - a === 1 && timeWord(toks[a].norm)) || prepositionOpening(p, a)) return null;
  return b > a && (kanaQad || outlet >= 0 || looksLikeSubject(p, a, b) || afterBut) ? [a, b] : null;
}

/** A time word of ar-grammar (الأحد، أمس، اليوم), with و/ف on it or not. */
function timeWord(n: string): boolean {
  const g = lexicon().grammar;
  const c = n.charCodeAt(0);
  return !!g.get(n)?.has(Gr.time) || ((c === 0x0648 || c === 0x0641) && !!g.get(n.slice(1))?.has(Gr.time));
}

/** How many words a relative clause between the subject and its verb may have (الذي انضم إلى الفريق أمس). */
const RELATIVE_CLAUSE_WORDS = 10;

/**
 * اللاعب الذي انضم إلى الفريق قال إن …، الوزيرة التي زارت المخيم أكدت أن …: with no comma, a relative
 * clause between the subject and its verb. The relative pronoun's token (its antecedent a definite word
 * right before it, agreeing with the verb in gender), when the words from it to j are one clause with no
 * punctuation, complementiser, conjunction or cue; -1 otherwise.
 */
function relativeBefore(r: ArReading, j: number, s: number): number {
  const { p, toks } = r;
  const want = r.entry.agree === 1 ? "الذي" : r.entry.agree === 2 ? "التي" : null;
  for (let c = j; c > s && j - c < RELATIVE_CLAUSE_WORDS; c--) {
    const t = toks[c];
    if (!isWord(t) || arComp(t) || hasGrammar(t, Gr.conj) || cueAt(p, c)) return -1;
    if (!hasGrammar(t, Gr.relative)) continue;
    // (The clause has a word of its own: الوزير الذي قال is the relative's own cue.)
    if (c === j || (want ? t.norm !== want : t.norm === "الذي" || t.norm === "التي")) return -1;
    const head = toks[c - 1];
    return isWord(head) && head.ar && head.norm.startsWith("ال") && !hasGrammar(head, Gr.relative) ? c : -1;
  }
  return -1;
}

/** Words [a, b) before a relative clause open with no preposition (وفي المؤتمر الذي …، وخلال الاجتماع الذي …). */
function opensWithoutPreposition(r: ArReading, a: number): boolean {
  const first = r.toks[a];
  const ar = lexicon().ar;
  const bare = isWord(first) ? withoutConjunction(first.norm) : "";
  return isWord(first) && !inList(first, ar.freePrepositions) && !ar.freePrepositions.has(bare) && !ar.openingPrepositions.has(first.norm) && !ar.openingPrepositions.has(bare);
}

/**
 * بدوره المخرج فلان، قال …؛ من جهته، رئيس الغرفة فلان، أكد …: after an adverb with the subject's pronoun
 * opening the sentence (ar/subject afterClauseOpening: بدوره، من جهته), a phrase closed by a comma right
 * before the cue is its subject; null when the sentence is not so built.
 */
function subjectAfterOwnTurn(r: ArReading, s: number): [number, number] | null {
  const { p, m, toks } = r;
  const b = m.from - 1;
  if (!isPunct(toks[b], COMMA)) return null;
  const first = isWord(toks[s]) && toks[s].norm === "و" ? s + 1 : s;
  const a = afterClauseOpening(p, first, b);
  if (a === first || b - a < 1 || b - a > 10) return null;
  for (let k = a; k < b; k++) if (!isWord(toks[k]) || arComp(toks[k]) || cueAt(p, k)) return null;
  return looksLikeSubject(p, a, b) ? [a, b] : null;
}

/**
 * ومضى الوزير يقول، وراح الوزير في كلمته يقول: a verb of going on (ar-words goingOnVerbs) opening the run
 * [a, b) before a present cue is the clause's verb, no part of its subject: the subject is the source phrase
 * after it (null when none is written: ومضى يقول, the speaker before); undefined when the run opens otherwise.
 */
function afterGoingOn(r: ArReading, a: number, b: number): [number, number] | null | undefined {
  const t = r.toks[a];
  if (!isWord(t) || !lexicon().ar.goingOnVerbs.has(withoutConjunction(t.norm))) return undefined;
  if (a + 1 >= b) return null;
  const e = arSourceNP(r.p, a + 1, b);
  return e > a + 1 ? [a + 1, e] : null;
}

/**
 * The head noun's token when token j closes a short quotation (a name of up to four words) that an
 * institution's head noun (صحيفة، وكالة، قناة) opens the clause with; -1 otherwise.
 */
function outletBefore(r: ArReading, j: number, s: number): number {
  const { p, toks } = r;
  const t = toks[j];
  if (!t || t.kind !== QUOTE || isOpen(t) || t.quote < 0) return -1;
  const q = p.quotes[t.quote];
  if (q.close !== j || q.open - 1 < s || j - q.open > 5) return -1;
  const head = toks[q.open - 1];
  return isWord(head) && sourceClass(head)?.cls === "org" && (q.open - 1 === s || !isWord(toks[q.open - 2])) ? q.open - 1 : -1;
}

/** Words [a, b) can only be a name: no function word, preposition, clitic بال/لل, accusative or pronoun. */
function bareName(r: ArReading, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = r.toks[k];
    if (!isWord(t) || !t.ar || grammarOf(t) || inList(t, lexicon().ar.freePrepositions) || t.norm.startsWith("بال") || t.norm.startsWith("لل")) return false;
    if (endsWithTanweenFath(r.p.text, t.e) || (t.norm.length >= 5 && endsWithPronoun(r.p.text, t.e))) return false;
  }
  return true;
}

/**
 * وأصدرت الوزارة (أمس) بياناً قالت فيه إن …: the cue, with فيه/فيها back to the indefinite medium
 * before it, describes that medium, and its speaker is the subject of the verb that opens the clause at
 * a: the words between that verb and the medium (a time word before the medium left out); null when
 * the clause is not so built.
 */
function issuerOfMedium(r: ArReading, a: number): [number, number] | null {
  const { p, m, toks } = r;
  // (بياناً رسمياً قالت فيه: the medium's adjectives in the accusative stand between it and the cue.)
  let at = m.from - 1;
  while (at - 1 > a + 1 && m.from - at <= 2 && accusativeAdjective(r, at)) at--;
  const med = toks[at];
  // (The cue goes on with "in it", back to the medium: قالت فيه.)
  // (The verb opens the sentence: not …، رامي عباس، تغريدة على موقع تويتر أكد فيها, cut at a comma.)
  if (a !== sentenceStartTok(p, m.from) || !isWord(med) || med.norm.startsWith("ال") || at - a < 2 || sourceClass(toks[a]) || !inItAfter(r, m.to)) return null;
  // (The medium in the accusative: بياناً، بيانا.)
  const n = med.norm;
  if (!(hasGrammar(med, Gr.medium) || (n.endsWith("ا") && !!lexicon().grammar.get(n.slice(0, -1))?.has(Gr.medium)))) return null;
  let e = at;
  // (شريط فيديو، مقطع تسجيل: a medium of two words.)
  while (e - 1 > a + 1 && hasGrammar(toks[e - 1], Gr.medium)) e--;
  while (e - 1 > a + 1 && hasGrammar(toks[e - 1], Gr.time)) e--;
  return looksLikeSubject(p, a + 1, e) ? [a + 1, e] : null;
}

/** Word k is indefinite and written in the accusative (اجتماعاً، مؤتمرا صحفيا): tanween fath, or a final ا. */
function accusativeBefore(r: ArReading, k: number): boolean {
  const t = r.toks[k];
  return isWord(t) && t.ar && !t.norm.startsWith("ال") && t.norm.length >= 4 && (endsWithTanweenFath(r.p.text, t.e) || t.norm.endsWith("ا"));
}

/** "In it" at k: فيه، خلالها (ar-words inItPronouns), or من خلاله "through it". */
function inItAfter(r: ArReading, k: number): boolean {
  const { toks } = r;
  const inIt = lexicon().ar.inItPronouns;
  return isWord(toks[k]) && (inList(toks[k], inIt) || (toks[k].norm === "من" && inList(toks[k + 1], inIt)));
}

/** رسمياً، سنويا: an indefinite relational adjective (a descriptor too) in the accusative (its tanween written, or the nisba's ي then ا). */
function accusativeAdjective(r: ArReading, k: number): boolean {
  const t = r.toks[k];
  // (رسمياً is an adverb's spelling too, ar-grammar adjunct.)
  if (!isWord(t) || !t.ar || t.norm.startsWith("ال") || (sourceClass(t) && sourceClass(t)?.cls !== "descriptor")) return false;
  return t.norm.endsWith("يا") && t.norm.length >= 5 && (endsWithTanweenFath(r.p.text, t.e) || nisbaShape(t.norm.slice(0, -1)));
}
