// Which anonymous source an anonymity phrase belongs to: the nearest anonymous source of its sentence,
// else the latest anonymous speaker of the head it names (وطلب المسؤول …), else the latest anonymous
// speaker so far — unless it follows someone new who speaks in no statement.
import type { SpeakerState } from "../speakers";
import type { FoundStatement } from "../statements/found";
import { Gr, lexicon } from "../lexicon";
import { cueAt, hasGrammar, inList, sourceClass } from "../lexicon/lookup";
import { HIT_CUE } from "../perf/hit-table";
import { normWord } from "../text/chars";
import { isPunct, isWord, sentOf, type Para } from "../text/paragraph";
import type { Tok } from "../text/token";
import type { AnonRange } from "./phrases";

/** An anonymity phrase of a paragraph (offsets relative to the paragraph's start). */
export interface AnonymityPhrase {
  s: number;
  e: number;
  /**
   * The statements of its sentence with a written source, as pairs: the statement's index
   * in its paragraph, and the source's distance from the phrase in tokens (a source after
   * the phrase counts double). In statement order.
   */
  candidates: number[];
  /**
   * The statements (index in the paragraph) whose source the phrase is about: the source ends
   * right before it or holds it ("A driver, who declined to give his name, said …").
   */
  about: number[];
  /**
   * An unnamed person the text introduces right before the phrase speaks in no statement (رفض مسؤول لم
   * يكشف هويته التعليق): the phrase is about that person, so it goes to no speaker before.
   */
  unspoken: boolean;
  /**
   * The lemma of the definite unnamed source the phrase names, in it or right before it, that no statement's
   * source holds (وطلب المسؤول عدم نشر اسمه، The official asked not to be named): the phrase is that one's.
   */
  head: string;
}

/**
 * The paragraph's anonymity phrases (token ranges), with the statements each may belong to. A phrase
 * only its source's own words may hold (AnonRange own) is left out where it stands anywhere else: see ownWords.
 */
export function anonymityPhrases(p: Para, ranges: readonly AnonRange[], found: FoundStatement[], base: number): AnonymityPhrase[] {
  const out: AnonymityPhrase[] = [];
  // (Where the last phrase kept ends: "who asked not to be named for fear of losing his job" is one source's.)
  let kept = -1;
  for (const [a, b, own] of ranges) {
    const sent = sentOf(p, a);
    const candidates: number[] = [];
    const about: number[] = [];
    const lead = leadIn(p, a);
    let mine = false;
    for (let i = 0; i < found.length; i++) {
      const r = found[i];
      if (r.sourceFrom < 0 || sentOf(p, r.sourceFrom) !== sent) continue;
      candidates.push(i, r.sourceTo <= a ? a - r.sourceTo : r.sourceFrom >= b ? (r.sourceFrom - b) * 2 : 0);
      if (r.sourceTo === a || r.sourceTo === a - 1 || r.sourceTo === lead || (r.sourceFrom < a && r.sourceTo >= b)) about.push(i);
      if (own && !mine) mine = ownWords(p, r, a, b, lead);
    }
    const unspoken = !about.length && unspokenBefore(p, lead, found);
    const head = candidates.length ? "" : namedHead(p, a, b);
    if (own && !mine && !unspoken && !head && !(kept >= 0 && (a === kept || (a === kept + 1 && isPunct(p.toks[kept], ",،"))))) continue;
    out.push({ s: p.toks[a].s - base, e: p.toks[b - 1].e - base, candidates, about, unspoken, head });
    kept = b;
  }
  return out;
}

/**
 * Whether the phrase [a, b) (its lead-in from `lead`) stands as statement r's source's own words: right
 * after the source (A nurse, fearing for her job, said; وقال مصدر، رفض أن يذكر اسمه، إن), inside it, or
 * between its source and cue and the words it reports (A source said, on condition of not being named,
 * that …); after the cue when the words came first ("…," a nurse said, fearing for her job); in a
 * relative clause on the source (one nurse, who like many colleagues feared retaliation); opening the
 * sentence before the source (Fearing for her job, a nurse said …); or, in Arabic, a circumstantial
 * phrase closing the words (وقال مصدر إن الحدود أغلقت، رافضاً أن يذكر اسمه). Not in the words reported
 * (وأضافت الشرطة أنها رفضت أن تكشف اسمه: the suspect's name) nor before a source written after them
 * (Miners fear for their jobs, the union leader said).
 */
function ownWords(p: Para, r: FoundStatement, a: number, b: number, lead: number): boolean {
  if (r.sourceFrom >= a) return fronted(p, r, a, b);
  if (r.sourceTo === a || r.sourceTo === lead || r.sourceTo >= b || (r.sourceTo === a - 1 && isPunct(p.toks[a - 1], ",،-–—"))) return true;
  const end = Math.max(r.sourceTo, r.cueTo);
  if (end <= lead && b <= r.contentTok) return true;
  // (Words first: after the cue only commas and lead-in words (speaking, talking), so "…, a nurse said,
  // adding colleagues feared retaliation" stays the colleagues'.)
  if (r.contentTok < r.sourceFrom && end <= lead && lead - end <= AFTER_CUE && commasOrLeadIns(p, end, lead)) return true;
  return relativeClause(p, r.sourceTo, a) || closingState(p, r, a, b);
}

/** How many tokens may stand between a cue after the words and the phrase: ", speaking on condition …". */
const AFTER_CUE = 3;

/** Whether the tokens [from, to) are commas or lead-in words (ar-/en-words anonymityLeadIns: speaking, talking). */
function commasOrLeadIns(p: Para, from: number, to: number): boolean {
  const { ar, en } = lexicon();
  for (let k = from; k < to; k++) {
    const t = p.toks[k];
    if (!isPunct(t, ",،") && !(isWord(t) && inList(t, t.ar ? ar.anonymityLeadIns : en.anonymityLeadIns))) return false;
  }
  return true;
}

/** How many words a relative clause on the source may hold before its phrase: ", who like many colleagues …". */
const RELATIVE_WORDS = 6;

/**
 * A relative clause opened right after the source (at `to`, after a comma) that runs on in plain words to
 * the phrase at a: no punctuation, no second relative or "that", no reporting verb (one nurse, who said staff feared …).
 */
function relativeClause(p: Para, to: number, a: number): boolean {
  let k = to;
  if (k < a && isPunct(p.toks[k], ",،-–—")) k++;
  if (k >= a || !isWord(p.toks[k]) || !relative(p.toks[k]) || a - k > RELATIVE_WORDS) return false;
  // (Nor a reporting verb: "one nurse, who says most colleagues feared retaliation" reports theirs.)
  for (let j = k + 1; j < a; j++) if (!isWord(p.toks[j]) || relative(p.toks[j]) || p.toks[j].hits & HIT_CUE) return false;
  return true;
}

/**
 * The phrase opens the sentence and only a comma stands between it and the statement's source or cue
 * (Fearing for her job, a nurse said …; خوفاً على وظيفته، قال موظف إن …).
 */
function fronted(p: Para, r: FoundStatement, a: number, b: number): boolean {
  if (a > 0 && sentOf(p, a - 1) === sentOf(p, a)) return false;
  return b < p.toks.length && isPunct(p.toks[b], ",،") && (b + 1 === r.sourceFrom || (b + 1 === r.cueFrom && r.cueTo === r.sourceFrom));
}

/**
 * An Arabic phrase after a comma that closes the words statement r reports (…، رافضاً أن يذكر اسمه؛ …، إذ لا
 * يحق له التصريح): a circumstantial accusative or a reason, about the sayer. No comma after it in the sentence
 * (a clause of the words may follow), and a participle of the sayer's gender: after قال a feminine رافضة is
 * about someone in the words (وقال مصدر إن الوزيرة استقالت، رافضةً …).
 */
function closingState(p: Para, r: FoundStatement, a: number, b: number): boolean {
  const t = p.toks[a];
  if (!t.ar || r.contentTok >= a || !isPunct(p.toks[a - 1], ",،")) return false;
  const sent = sentOf(p, a);
  for (let k = b; k < p.toks.length && sentOf(p, k) === sent; k++) if (isPunct(p.toks[k], ",،")) return false;
  // (ar-words closingReasons open a reason: إذ لا يحق له …; other words there are a circumstantial accusative.)
  if (inList(t, lexicon().ar.closingReasons)) return true;
  const w = t.norm;
  if (w.endsWith("وا") || !(w.endsWith("ا") || w.endsWith("ه") || w.endsWith("ين"))) return false;
  // (A plural رافضين only for a plural sayer: a verb in وا or a sound plural in the source, مسؤولون.)
  if (w.endsWith("ين")) return p.toks[r.cueFrom].norm.endsWith("وا") || pluralSource(p, r);
  // (The cue's own agreement, as the lexicon inflects it: لفت is masculine, تقول feminine; its last letter otherwise.)
  const agree = cueAt(p, r.cueFrom)?.entry.agree ?? 0;
  const feminineCue = agree ? agree === 2 : p.toks[r.cueFrom].norm.endsWith("ت");
  return feminineCue === w.endsWith("ه");
}

/** Whether statement r's source holds a sound plural (مسؤولون، دبلوماسيين). */
function pluralSource(p: Para, r: FoundStatement): boolean {
  for (let k = r.sourceFrom; k >= 0 && k < r.sourceTo; k++) if (isWord(p.toks[k]) && p.toks[k].ar && /(?:ون|ين)$/u.test(p.toks[k].norm)) return true;
  return false;
}

/** How many words may stand between a source and its phrase: ", who like others spoke on …". */
const LEAD_IN = 4;

/**
 * Where the words that lead into the phrase at a begin (a when there are none): "the manager …, who spoke
 * on condition that …", "former aides, who spoke on the condition of anonymity", المسؤول الذي طلب …: a
 * comma or dash, then a relative pronoun and at most a few words of ar-/en-words anonymityLeadIns
 * (who, spoke, like, others; الذي، وقد).
 */
function leadIn(p: Para, a: number): number {
  const { ar, en } = lexicon();
  let k = a;
  while (k > 0 && a - k < LEAD_IN && isWord(p.toks[k - 1]) && (relative(p.toks[k - 1]) || inList(p.toks[k - 1], p.toks[k - 1].ar ? ar.anonymityLeadIns : en.anonymityLeadIns))) k--;
  if (k === a || !relative(p.toks[k])) return a;
  return k > 0 && isPunct(p.toks[k - 1], ",،-–—") ? k - 1 : k;
}

/** A relative pronoun (ar-grammar relative; en-words relativePronouns, relativesBeforePhrase). */
function relative(t: Tok): boolean {
  const en = lexicon().en;
  return hasGrammar(t, Gr.relative) || inList(t, en.relativePronouns) || inList(t, en.relativesBeforePhrase);
}

/** English determiners that introduce someone new: "an official who declined to be named …". */
const EN_NEW = new Set(["a", "an", "one", "another"]);

/**
 * An indefinite unnamed source or body (ar-/en-sources class anon, org or group: مسؤول، منظمة، an official) among
 * the three words before token a, in a's sentence, that no statement's source holds.
 */
function unspokenBefore(p: Para, a: number, found: FoundStatement[]): boolean {
  const sent = sentOf(p, a);
  for (let k = a - 1; k >= 0 && k >= a - 3 && sentOf(p, k) === sent; k--) {
    const t = p.toks[k];
    if (!isWord(t)) return false;
    const h = sourceClass(t);
    // (Also an unnamed body: منظمة أخرى لم يذكر اسمها في لائحة الاتهام, a company that asked not to be named.)
    if (!h || (h.cls !== "anon" && h.cls !== "org" && h.cls !== "group")) continue;
    if (found.some((r) => r.sourceFrom <= k && k < r.sourceTo)) return false;
    if (t.ar) return !h.definite && !spokenTo(p, k, a);
    const d = p.toks[k - 1];
    return (isWord(d) && EN_NEW.has(d.norm)) || (isWord(p.toks[k - 2]) && EN_NEW.has(p.toks[k - 2].norm));
  }
  return false;
}

/**
 * تحدث لوكالة الأنباء شريطة …: the body at k, after لـ or بـ and before a definite noun (the construct
 * state, definite too), is whom the source spoke to, no one new the phrase is about. Not a subject
 * before a verbal noun (ورفض مسؤول الإدلاء بتصريح) nor one before a function word (الذي، إلى، الآن).
 */
function spokenTo(p: Para, k: number, a: number): boolean {
  const t = p.toks[k];
  const next = p.toks[k + 1];
  if (k + 1 >= a || !isWord(next) || !next.norm.startsWith("ال") || hasGrammar(next, Gr.relative | Gr.ila | Gr.time | Gr.comp)) return false;
  // (The preposition is peeled off: لوكالة is no word of the lexicon, بلدية is.)
  return /^و?[لب]/u.test(t.norm) && !lexicon().sources.has(t.norm);
}

/** The lemma of a definite unnamed source (المسؤول، the official) in [a, b) or among the three words before a, in a's sentence. */
function namedHead(p: Para, a: number, b: number): string {
  const sent = sentOf(p, a);
  for (let k = b - 1; k >= 0 && k >= a - 3 && sentOf(p, k) === sent; k--) {
    const t = p.toks[k];
    if (!isWord(t)) continue;
    const h = sourceClass(t);
    if (!h || h.cls !== "anon") continue;
    const d = p.toks[k - 1];
    return (t.ar ? h.definite : isWord(d) && d.norm === "the") ? h.lemma : "";
  }
  return "";
}

/** A word without its article (the key source lemmas are stored under). */
function bare(w: string): string {
  const n = normWord(w);
  return n.startsWith("ال") && n.length > 4 ? n.slice(2) : n;
}

/** How far back a phrase's named head is looked for among the statements' speakers. */
const HEAD_BACK = 40;

/**
 * The speaker a phrase is tied to: of its candidates, the anonymous one nearest to it
 * (`speakers[first + i]`: the speaker of the paragraph's statement i), else `lastAnonymous`.
 */
export function phraseSpeaker(phrase: AnonymityPhrase, speakers: readonly (SpeakerState | null)[], first: number, lastAnonymous: SpeakerState | null): SpeakerState | null {
  let best: SpeakerState | null = null;
  let bestDist = Infinity;
  const c = phrase.candidates;
  for (let i = 0; i < c.length; i += 2) {
    const sp = speakers[first + c[i]];
    if (!sp || sp.kind !== "anonymous") continue;
    if (c[i + 1] < bestDist) {
      best = sp;
      bestDist = c[i + 1];
    }
  }
  // Otherwise the latest anonymous speaker so far (kept as statements are added:
  // searching back through every statement made an archive quadratic).
  if (best) return best;
  // وقال مسؤول أمني …. وقال مصدر طبي …. وطلب المسؤول عدم نشر اسمه: the latest anonymous speaker of that head.
  if (phrase.head) {
    const head = phrase.head;
    for (let i = speakers.length - 1; i >= 0 && i >= speakers.length - HEAD_BACK; i--) {
      const sp = speakers[i];
      // (Its head, or a word of its description: ولم يرغب الدبلوماسي … after مصدر دبلوماسي.)
      if (sp && sp.kind === "anonymous" && (sp.firstMention?.lemma === head || sp.words.some((w) => bare(w) === head))) return sp;
    }
    // والجندي الذي لم يجر الكشف عن هويته: a head no anonymous speaker has names someone who speaks in no
    // statement; only the bare مصدر / source may refer back to whichever spoke last.
    const { ar, en } = lexicon();
    if (!ar.vagueSourceHeads.has(head) && !en.vagueSourceHeads.has(head)) return null;
  }
  return phrase.unspoken ? null : lastAnonymous;
}
