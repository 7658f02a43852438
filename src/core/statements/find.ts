// The statements of one paragraph: each cue candidate, left to right, goes to its
// language's parser (ar/, en/); then each statement's content is given its end and
// the quotations inside it.
import { cueAt, hasGrammar, inList } from "../lexicon/lookup";
import { labelStatement } from "../ar/label-line";
import { parseArCue } from "../ar/parse";
import { parseEnCue } from "../en/parse";
import { clearedBytes } from "../perf/scratch";
import { sortSmall } from "../perf/sort-small";
import { COMMA, COMMA_DASH_SEMI, TRAILING, isClose, isOpen, isPunct, isWord, sentenceStartTok, type Para } from "../text/paragraph";
import { hasWithClitic } from "../lexicon/word-lists";
import { afterClauseOpening, clauseStartTok, DATELINE } from "../ar/subject";
import { arComp, mediumWord } from "../ar/words";
import { datelineEnd } from "../en/words";
import { relativeClauseEnd, whichAntecedent } from "../en/subject";
import { endsWithPronoun, letterOrNumberAt, normWord } from "../text/chars";
import type { Quote } from "../text/quotes";
import { PUNCT, WORD } from "../text/token";
import { Gr, lexicon } from "../lexicon";
import type { FoundStatement } from "./found";
import { isNameQuote } from "./name-quote";

// What a statement took of the paragraph's tokens: its source's words, its cue's.
const TOOK_SOURCE = 1;
const TOOK_CUE = 2;

/**
 * The statements around the paragraph's cue candidates (`candidates`, its first `count`:
 * the tokens that may start a cue, in order), in text order, contents complete. A cue
 * inside another statement's source or cue words is not a new statement.
 */
export function findStatements(p: Para, candidates: ArrayLike<number>, count: number): FoundStatement[] {
  const { toks, quotes } = p;
  const found: FoundStatement[] = [];
  const took = clearedBytes(toks.length);
  for (let ci = 0, from = 0; ci < count; ci++) {
    const k = candidates[ci];
    if (k < from) continue;
    // Words inside a quotation are the speaker's own ("I think …"), not the article's attribution.
    if (took[k] || toks[k].kind !== WORD || p.depth[k] > 0) continue;
    const m = cueAt(p, k);
    // An English verb inside an Arabic paragraph (a show's name, "the Voice Kids") is no cue: the
    // Arabic parser would read it as an Arabic verb.
    if (!m || (p.lang === "ar" && m.entry.lang === "en")) continue;
    const r = p.lang === "ar" || toks[k].ar ? parseArCue(p, m) : parseEnCue(p, m);
    if (!r) continue;
    if (r.sourceFrom >= 0 && takenAsCue(took, r.sourceFrom, r.sourceTo)) continue;
    for (let j = r.cueFrom; j < r.cueTo; j++) took[j] = TOOK_CUE;
    for (let j = r.cueTo; j < r.claimedTo; j++) took[j] = TOOK_CUE;
    if (r.sourceFrom >= 0) for (let j = r.sourceFrom; j < r.sourceTo; j++) took[j] = TOOK_SOURCE;
    for (const qi of r.quoteIds) quotes[qi].used = found.length;
    found.push(r);
    from = r.cueTo;
  }
  // مصادر: "…" as a headline: a source's label and a quotation (ar/label-line.ts).
  const label = p.lang === "ar" && p.quotes.length ? labelStatement(p, found.length > 0) : null;
  if (label) found.push(label);
  // (They arrive nearly in order: the insertion sort of a short list is cheap.)
  sortSmall(found, byPosition);
  dropRelays(p, found);
  dropTrailingRelays(p, found);
  dropSameWords(p, found);
  dropHeldBeliefs(p, found);
  dropAddedOn(p, found);
  if (p.lang === "en") dropOpinionInside(p, found);
  for (const r of found) afterDateline(p, r);
  for (let i = 0; i < found.length; i++) {
    if (!found[i].contentFixed) endContent(p, found, i);
    else if (found[i].clauseBefore) quotesBeforeCue(p, found[i], i);
  }
  dropWordless(p, found);
  if (p.lang === "en") dropAskedWho(p, found);
  return found;
}

/**
 * "Who said the vote was close?": an English question's own wh-word as the source (opening the sentence, which a
 * question mark closes) names nobody who said anything. (WHO, the World Health Organization, is in capitals.)
 */
function dropAskedWho(p: Para, found: FoundStatement[]): void {
  for (let i = 0; i < found.length; i++) {
    const r = found[i];
    if (r.sourceFrom < 0 || r.sourceTo !== r.sourceFrom + 1 || r.sourceFrom !== sentenceStartTok(p, r.sourceFrom)) continue;
    const t = p.toks[r.sourceFrom];
    const last = p.toks[p.sentEnd[r.sentence] - 1];
    if (!inList(t, lexicon().en.wh) || p.text.slice(t.s, t.e) === p.text.slice(t.s, t.e).toUpperCase() || !isPunct(last, "?")) continue;
    for (const qi of r.quoteIds) p.quotes[qi].used = -1;
    found.splice(i, 1);
    i--;
  }
}

/**
 * *نقلاً عن الصحيفة (a credit line), "But he denied that, saying …": a statement whose content has no
 * letter or digit (a mark, a comma) reports nothing (unless its words are the next paragraph: "He said:").
 */
function dropWordless(p: Para, found: FoundStatement[]): void {
  for (let i = 0; i < found.length; i++) {
    const r = found[i];
    let k = r.contentStart;
    while (k < r.contentEnd && !letterOrNumberAt(p.text, k)) k++;
    if (k < r.contentEnd || r.quoteIds.length || r.pending) continue;
    found.splice(i, 1);
    i--;
  }
}

/**
 * WASHINGTON (Reuters) - …, a source said; دبي، الإمارات العربية المتحدة (CNN) -- … وفقاً لما ذكرته
 * الوكالة: words that open the paragraph start after its wire dateline.
 */
function afterDateline(p: Para, r: FoundStatement): void {
  if (r.contentTok !== 0 || p.toks.length < 3) return;
  const k = Math.min(p.toks.length, DATELINE);
  let d = p.lang === "ar" ? (sentenceStartTok(p, k - 1) === 0 ? clauseStartTok(p, k) : 0) : datelineEnd(p, 0, k);
  // ((CNN) --: a doubled dash.)
  while (d > 0 && d < k && isPunct(p.toks[d], "-–—")) d++;
  if (d <= 0 || d >= r.cueFrom || d >= p.toks.length || !isWord(p.toks[d])) return;
  r.contentTok = d;
  r.contentStart = p.toks[d].s;
}

/**
 * وفقاً لما نقلته الوكالة، فإن المحامي قال إن …: a prepositional cue whose clause opens with
 * another statement that has its own source only relays it; the inner statement stands alone
 * (ANNOTATION: relayed speech is one statement).
 */
function dropRelays(p: Para, found: FoundStatement[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const r = found[i];
    const n = found[i + 1];
    if (r.clauseBefore || n.sentence !== r.sentence || n.sourceFrom < 0 || n.firstTok !== r.contentTok || cueAt(p, r.cueFrom)?.entry.form !== "prep") continue;
    for (const qi of r.quoteIds) p.quotes[qi].used = -1;
    found.splice(i, 1);
    i--;
  }
}

/**
 * وقال الوزير: "…"، وفق ما ذكرت الوكالة؛ …، بحسب تصريحات نقلتها القناة: a prepositional cue after a
 * clause that holds a statement of its own, whose source is an outlet or the words as a medium, only
 * relays it (ANNOTATION: relayed speech is one statement). The words of a statement in the clause end
 * before the cue, whether the cue relays it or the clause's event.
 */
function dropTrailingRelays(p: Para, found: FoundStatement[]): void {
  for (let i = 0; i < found.length; i++) {
    const r = found[i];
    if (!r.clauseBefore || r.sourceFrom < 0 || cueAt(p, r.cueFrom)?.entry.form !== "prep") continue;
    const medium = relayingMedium(p, r.sourceFrom, r.sourceTo);
    if (!medium && !closingAside(p, r)) continue;
    // (The clause opens with that statement's cue, after an adverbial at most — بدوره، قال …; not an
    // event with a statement inside, أسقطت القوات ما قالت إنها …، بحسب وسائل إعلام.)
    let inner: FoundStatement | null = null;
    let opener: FoundStatement | null = null;
    for (const n of found) {
      if (n === r || n.sentence !== r.sentence || n.cueFrom < r.contentTok || n.cueTo > r.cueFrom || cueAt(p, n.cueFrom)?.entry.form === "prep") continue;
      if (n.cueFrom - r.contentTok <= 3 && !relativeBefore(p, n.cueFrom) && (!opener || n.cueFrom < opener.cueFrom)) opener = n;
      if (!inner || n.cueFrom > inner.cueFrom) inner = n;
    }
    if (!inner) continue;
    inner.endBefore = r.cueFrom;
    if (!opener || !medium) {
      if (opener) wordsOfInner(p, r, opener);
      continue;
    }
    for (const qi of r.quoteIds) p.quotes[qi].used = -1;
    found.splice(i, 1);
    i--;
  }
}

/**
 * وذكرت الصحيفة أن الوزارة وافقت على الخطة، حسب ما أكده مصدر مسؤول: a prepositional cue kept after a clause
 * that a statement opens gives the words of that statement (after its إن/أن), not the whole clause from the
 * sentence's start.
 */
function wordsOfInner(p: Para, r: FoundStatement, inner: FoundStatement): void {
  if (inner.contentTok <= inner.cueFrom || inner.contentTok <= r.contentTok || inner.contentTok >= r.cueFrom) return;
  // (Only a clause with إن/أن: not an accusation's object, اتهمته زوجته بالتحرش، بحسب وسائل الإعلام, whose
  // whole clause is the outlet's.)
  if (arComp(p.toks[inner.contentTok - 1]) !== 1 && arComp(p.toks[inner.contentTok]) !== 2) return;
  r.contentTok = inner.contentTok;
  r.contentStart = inner.contentStart;
}

/**
 * …، بحسب الخبراء. / …، حسب ما أكده مصدر مسؤول.: an Arabic prepositional cue after a comma whose source
 * closes the sentence (a time word after it at most) is an aside on the clause before it; a statement in that clause ends before it.
 */
function closingAside(p: Para, r: FoundStatement): boolean {
  if (p.lang !== "ar" || !isPunct(p.toks[r.cueFrom - 1], COMMA)) return false;
  let e = p.sentEnd[r.sentence];
  // (A time word may close it: …، حسب ما أكده مصدر مسؤول آنذاك.)
  while (e > r.sourceTo && (!isWord(p.toks[e - 1]) || hasGrammar(p.toks[e - 1], Gr.time))) e--;
  return e <= r.sourceTo;
}

/** الذي قالت، ما قالت: the cue at k is a relative clause's verb. */
function relativeBefore(p: Para, k: number): boolean {
  const t = p.toks[k - 1];
  return isWord(t) && (hasGrammar(t, Gr.relative) || t.norm === "ما");
}

/**
 * The source [k, e) opens with وكالة، صحيفة، رويترز (an outlet, a word that with لـ names who was told) or تصريحات،
 * مقابلة (the words as a medium), or is only البيان، التغريدة (ar/words mediumWord, definite: where the words were given,
 * وقالت الشركة إن …، بحسب البيان; not بحسب بيان الأمم المتحدة, whose author may be another source, nor وفقاً لتقارير).
 */
function relayingMedium(p: Para, k: number, e: number): boolean {
  const t = p.toks[k];
  return isWord(t) && (hasGrammar(t, Gr.addressee) || inList(t, lexicon().ar.spokenMedia) || (e === k + 1 && /^(ال|لل|بال)/u.test(t.norm) && mediumWord(t)));
}

/**
 * "She said the plan had failed, adding that …": a participle of addedOnParticiples after a
 * statement of the same sentence is no statement of its own (en/constructions/participle.ts);
 * the statement before runs on over its words, as PolNeAR-style attribution counts them.
 */
function dropAddedOn(p: Para, found: FoundStatement[]): void {
  for (let i = 1; i < found.length; i++) {
    const r = found[i];
    // (Not after words that cannot run on, a partial quotation's: 'described it as "…," adding: "…"' keeps both.)
    if (r.lang !== "en" || r.carry !== "clause-subject" || r.sourceFrom >= 0 || found[i - 1].sentence !== r.sentence || found[i - 1].contentFixed) continue;
    if (r.cueTo !== r.cueFrom + 1 || !inList(p.toks[r.cueFrom], lexicon().en.addedOnParticiples)) continue;
    for (const qi of r.quoteIds) p.quotes[qi].used = -1;
    found.splice(i, 1);
    i--;
  }
}

/**
 * وأكد مسؤول تحدث لـCNN أن …: a cue inside a relative clause on the source, with no source of its own,
 * or a prepositional cue (وأكدت الحكومة وفقاً للوكالة أن …), opening the very words the statement before it
 * opened, is no second statement.
 */
function dropSameWords(p: Para, found: FoundStatement[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const r = found[i];
    const n = found[i + 1];
    // (A prepositional cue after the verb, وأكدت الحكومة وفقاً للوكالة أن …، قالت البلدية على لسان رئيسها إن …,
    // relays the verb's statement: one statement, the verb's.)
    const relay = !n.clauseBefore && cueAt(p, n.cueFrom)?.entry.form === "prep" && cueAt(p, r.cueFrom)?.entry.form !== "prep";
    // (Nor a statement inside the clause a prepositional cue after it reports, whose words it gives: حيث
    // ذكرت أن …، حسب ما أكده مصدر — see wordsOfInner.)
    if ((n.sourceFrom >= 0 && !relay) || n.contentTok !== r.contentTok || n.contentStart !== r.contentStart || n.sentence !== r.sentence || (r.clauseBefore && n.cueTo <= r.cueFrom)) continue;
    // (…but على لسان فلان، نقلاً عن فلان name who spoke: وبينت الشركة على لسان رئيسها أن … is his.)
    const mouth = relay && inList(p.toks[n.cueFrom], lexicon().ar.speakerRelays);
    const [keep, drop] = mouth ? [n, r] : [r, n];
    for (const qi of drop.quoteIds) if (!keep.quoteIds.includes(qi)) p.quotes[qi].used = -1;
    found.splice(mouth ? i : i + 1, 1);
    i--;
  }
}

/**
 * "Tom Vale said he believed that prices would fall": an opinion (en-words opinionCues: believes,
 * thinks) inside the words a statement before it in the sentence reports is those words, not a
 * second statement.
 */
function dropOpinionInside(p: Para, found: FoundStatement[]): void {
  for (let i = 1; i < found.length; i++) {
    const n = found[i];
    if (!inList(p.toks[n.cueFrom], lexicon().en.opinionCues)) continue;
    const at = n.sourceFrom >= 0 ? Math.min(n.sourceFrom, n.cueFrom) : n.cueFrom;
    let inside = false;
    for (let j = 0; j < i && !inside; j++) inside = found[j].sentence === n.sentence && !found[j].clauseBefore && found[j].cueFrom < at && found[j].contentTok <= at;
    if (!inside) continue;
    for (const qi of n.quoteIds) p.quotes[qi].used = -1;
    found.splice(i--, 1);
  }
}

/**
 * قال مصدر إن المسؤولين يعتقدون أن …، وحسب المسؤول فإن هناك من يعتقدون أن …، أكدوا أنهم يعتقدون أن …: a
 * belief verb (ar-words beliefVerbs) inside the words another statement of its sentence reports is what
 * that source says someone believes, not a statement of its own (ANNOTATION: a source states opinions;
 * a belief relayed is part of the words). Inside: no punctuation between the outer words' start and the
 * verb, or a relative pronoun opening it (…«الاستعراض»، الذي يعتقدون أن …).
 */
function dropHeldBeliefs(p: Para, found: FoundStatement[]): void {
  if (p.lang !== "ar") return;
  const beliefs = lexicon().ar.beliefVerbs;
  for (let i = 1; i < found.length; i++) {
    const n = found[i];
    const c = cueAt(p, n.cueFrom);
    if (!c || !beliefs.has(normWord(c.entry.lemma))) continue;
    const outer = found.find((r, j) => j < i && r.sentence === n.sentence && !r.clauseBefore && r.contentTok <= n.firstTok && r.cueTo <= n.firstTok && wordsRunOn(p, r.contentTok, n));
    if (!outer) continue;
    for (const qi of n.quoteIds) p.quotes[qi].used = -1;
    found.splice(i, 1);
    i--;
  }
}

/** No clause break between token a and statement n: no punctuation but quotation marks, or a relative pronoun before n's verb. */
function wordsRunOn(p: Para, a: number, n: FoundStatement): boolean {
  if (relativeBefore(p, n.cueFrom) && n.firstTok === n.cueFrom) return true;
  for (let k = a; k < n.firstTok; k++) if (p.toks[k].kind === PUNCT && !isOpen(p.toks[k]) && !isClose(p.toks[k])) return false;
  return true;
}

/** A source may not reuse words another statement took as its cue. */
function takenAsCue(took: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (took[i] === TOOK_CUE) return true;
  return false;
}

function byPosition(a: FoundStatement, b: FoundStatement): number {
  return a.firstTok - b.firstTok || a.cueFrom - b.cueFrom;
}

/**
 * "One donor complained that the state was ignored, those people said.", "Her cousins, who asked the
 * police to show them the tape, watched it, lawyers for the family said.": r is inside the clause of a
 * statement that reports the clause before its cue and source; r's words end before them (endTok otherwise).
 */
function beforeOuterSource(p: Para, found: readonly FoundStatement[], r: FoundStatement, endTok: number): number {
  for (const n of found) {
    if (n === r || n.sentence !== r.sentence || !n.clauseBefore || n.firstTok > r.contentTok) continue;
    // (Its cue or its source, whichever comes first, after the clause and closing the sentence: not "…, he
    // said, from …", a cue inside its clause.)
    const at = n.sourceFrom >= 0 ? Math.min(n.cueFrom, n.sourceFrom) : n.cueFrom;
    if (at > r.contentTok && at < endTok && n.contentEnd <= p.toks[at].s && closesSentence(p, Math.max(n.cueTo, n.sourceTo), n.sentence)) endTok = at;
  }
  return endTok;
}

/**
 * "Halcyon, which said it spent 20 mln dlrs, said it also …": r stands in the subject of a statement
 * of its sentence, a relative clause on it (the subject ends before r, the verb comes after r's words
 * open); r's words end before that verb (endTok otherwise).
 */
function beforeMainVerb(p: Para, found: readonly FoundStatement[], r: FoundStatement, endTok: number): number {
  for (const n of found) {
    if (n === r || n.sentence !== r.sentence || n.clauseBefore || n.sourceTo < 0) continue;
    if (n.firstTok <= r.firstTok && n.sourceTo <= r.firstTok && n.cueFrom > r.contentTok && n.cueFrom < endTok) endTok = clauseStart(p, n.cueFrom, r.contentTok);
  }
  return endTok;
}

/** The last token of words [from, last] once linking words left at their end are cut off (see endContent). */
function beforeDanglingEnd(p: Para, from: number, last: number): number {
  const toks = p.toks;
  const en = lexicon().en;
  let k = last;
  while (k > from && inList(toks[k], en.danglingEnds)) {
    // (in which, to whom; even though, even if: the word before goes with it.)
    const afterPreposition = inList(toks[k], en.danglingEndsAfterPreposition);
    k--;
    if (k > from && (inList(toks[k], en.danglingEndLeads) || (afterPreposition && inList(toks[k], en.namePrepositions)))) k--;
    while (k > from && toks[k].kind === PUNCT && TRAILING.includes(toks[k].norm)) k--;
  }
  return k;
}

/** Whether no comma stands between token k and the end of sentence `sentence` (an attribution that closes it). */
function closesSentence(p: Para, k: number, sentence: number): boolean {
  const end = p.sentEnd[sentence];
  for (let j = k; j < end; j++) if (isPunct(p.toks[j], COMMA)) return false;
  return true;
}

/**
 * Content ends where the sentence ends or the next statement of the sentence begins,
 * never inside a quotation; the outermost quotations inside belong to the statement.
 */
function endContent(p: Para, found: FoundStatement[], i: number): void {
  const { toks, quotes } = p; // quotes sorted by opening mark
  const r = found[i];
  let endTok = p.sentEnd[r.sentence];
  if (r.endBefore > r.contentTok) endTok = clauseStart(p, r.endBefore, r.contentTok);
  if (p.lang === "en") {
    endTok = beforeMainVerb(p, found, r, beforeOuterSource(p, found, r, endTok));
    const rel = r.sourceTo === r.sourceFrom + 1 ? relativeClauseEnd(p, r.sourceFrom, r.contentTok, endTok) : -1;
    if (rel > r.contentTok) endTok = rel;
  }
  // (A quotation that opens the words of a statement inside these, التي وصفها بـ«…», is that one's.)
  let leaveFrom = -1;
  let leaveTo = -1;
  for (let j = i + 1; j < found.length && found[j].sentence <= r.sentence; j++) {
    const n = found[j];
    if (n.sentence !== r.sentence || n.firstTok <= r.contentTok) continue;
    // (إنه "قلق" من التقارير التي تحدثت عن …: a statement whose source is a preposition's object is
    // inside these words, not after them.)
    if (p.lang === "ar" && afterPreposition(p, n.firstTok)) continue;
    // (اعتبر أن الأنباء التي تتحدث عن … "كاذبة"؛ أضاف أنه يرى أن …: a statement in a relative clause on a
    // word of these words, or one whose subject is the pronoun that opens them, is inside them.)
    if ((p.lang === "ar" && insideWords(p, r, n)) || (p.lang === "en" && relativeInside(p, r, n))) {
      leaveFrom = n.cueFrom;
      leaveTo = n.contentTok + 1;
      continue;
    }
    const at = clauseStart(p, n.firstTok, r.contentTok);
    // (Only before a verb that opens its clause at once, with no و of its own: not before a participle, …، في
    // مدينة رفح، مشيراً …, nor …، ومن ضمنهم ماتيس، وأشار …: what stands there is still these words'.)
    const c = cueAt(p, n.cueFrom);
    const verb = !!c && c.entry.form !== "participle" && !c.clitic && n.firstTok === n.cueFrom && (n.cueFrom === at + 1 || n.cueFrom === at);
    endTok = Math.min(endTok, p.lang === "ar" && verb ? beforeOpening(p, at, r.contentTok) : at);
    break;
  }
  const cutAtNext = endTok < p.sentEnd[r.sentence];
  // (نفى المجلس «ما تم تداوله …»، مؤكداً حفظ حقوقهم: a comma and a participle of saying outside the
  // quotation open the speaker's next act, whether or not it reports anything.)
  if (p.lang === "ar") endTok = mainClauseAfter(p, r, concessiveTail(p, r.contentTok, ownViewTail(p, r.contentTok, beforeParticiple(p, r.contentTok, endTok))));
  // (said, "…" - he has often been …: a dash right after the quotation that opens the words ends them.)
  const open = toks[r.contentTok];
  if (isOpen(open) && open.quote >= 0) {
    const c = quotes[open.quote].close;
    if (c > r.contentTok && c + 2 < endTok && isPunct(toks[c + 1], "-–—") && isWord(toks[c + 2])) endTok = c + 1;
    // (قال "…"، في رد على …، بحسب تعبيره، لكنه لم يوضح: after the comma the writer's own words.)
    // (Not after a name a body gives itself, يطلق على نفسه «ولاية صنعاء»، في بيان …: the words are further on.)
    else if (p.lang === "ar" && c > r.contentTok && c + 2 < endTok && isPunct(toks[c + 1], COMMA) && isWord(toks[c + 2]) && inList(toks[c + 2], lexicon().ar.afterQuoteAdjuncts) && !inList(toks[r.contentTok - 1], lexicon().ar.reflexive)) endTok = c + 1;
    // (قال "نسير في الاتجاه الصحيح" وذلك بعد يومين: وذلك، لكن right after it, no comma, too — not حيث, whose
    // clause may still be the speaker's: "…" حيث سيكون على الاتحاد أن يثبت أنه قادر على "…".)
    else if (p.lang === "ar" && c > r.contentTok && c + 1 < endTok && hasGrammar(toks[c + 1], Gr.conj) && inList(toks[c + 1], lexicon().ar.afterQuoteAdjuncts)) endTok = c + 1;
  }
  let lastTok = endTok - 1;
  while (lastTok > r.contentTok && toks[lastTok].kind === PUNCT && TRAILING.includes(toks[lastTok].norm)) lastTok--;
  // (…said it was "minimal" although he conceded …: the next statement's clause took its subject, not its
  // linking word; the words never end with it, nor with the "even" of "even though".)
  // (Nor with the preposition of "in which", nor with "… and if".)
  // (Only where a later statement or clause set the end: words that run to the sentence end keep it — did
  // not say when, a matter of when, not if.)
  if (p.lang === "en" && cutAtNext) lastTok = beforeDanglingEnd(p, r.contentTok, lastTok);
  if (lastTok < r.contentTok) lastTok = r.contentTok;
  let reach = -1;
  for (let qi = firstQuoteFrom(quotes, r.contentTok); qi < quotes.length && quotes[qi].open <= lastTok; qi++) {
    const q = quotes[qi];
    const qc = q.close < 0 ? toks.length - 1 : q.close;
    if (qc > lastTok) lastTok = qc;
    // (A quotation that is the whole content is the words, whatever stands before it: في المؤتمر "…".)
    const whole = q.open === r.contentTok && q.close >= 0 && q.close >= lastTok;
    if (q.used >= 0 || q.open < reach || (!whole && isNameQuote(p, q)) || (q.open >= leaveFrom && q.open <= leaveTo)) continue;
    q.used = i;
    r.quoteIds.push(qi);
    reach = q.close < 0 ? toks.length : q.close;
  }
  r.contentEnd = Math.max(toks[lastTok].e, r.contentStart);
  r.lastTok = lastTok;
}

/**
 * Statement n stands inside r's Arabic words: its cue opens a relative clause (الأنباء التي تتحدث عن …,
 * no subject written before it) after a word of them, or follows the complementiser with its pronoun
 * that is all of them so far (أنه يرى أن …، إنه دعا …).
 */
function insideWords(p: Para, r: FoundStatement, n: FoundStatement): boolean {
  if (n.firstTok !== n.cueFrom) return false;
  if (n.cueFrom - 1 > r.contentTok && relativeBefore(p, n.cueFrom) && p.toks[n.cueFrom - 1].norm !== "ما") return true;
  const t = p.toks[r.contentTok];
  return n.cueFrom === r.contentTok + 1 && !!arComp(t) && endsWithPronoun(p.text, t.e);
}

/**
 * "She said the ministry had told Alba, which assured it that …": n's subject is a relative pronoun
 * after a comma whose noun phrase stands in r's words; n is inside them.
 */
function relativeInside(p: Para, r: FoundStatement, n: FoundStatement): boolean {
  const w = n.sourceFrom;
  if (w < 0 || n.sourceTo !== w + 1 || p.toks[w].norm !== "which" || !isPunct(p.toks[w - 1], COMMA)) return false;
  const ante = whichAntecedent(p, w);
  return !!ante && ante[0] > r.contentTok;
}

/** The word before token k is a preposition (ar-words freePrepositions: في، من، عن، على …). */
function afterPreposition(p: Para, k: number): boolean {
  const t = p.toks[k - 1];
  return isWord(t) && inList(t, lexicon().ar.freePrepositions);
}

/**
 * أفادت وسائل الإعلام عن سقوط صاروخ، غير أن الجيش لم يؤكد الأمر: words that are a noun object (no إن/أن
 * before them) end at a comma before إلا أن، غير أن، بيد أن ("however"), the writer's clause; to when none.
 */
function concessiveTail(p: Para, from: number, to: number): number {
  const { toks } = p;
  if (arComp(toks[from - 1]) || arComp(toks[from])) return to;
  for (let k = from + 1; k + 2 < to; k++) {
    if (concessiveAt(p, k)) return k;
  }
  return to;
}

/**
 * Token k is the comma of «، إلا أن / غير أن / بيد أن» ("however", ar-words concessive), the writer's next
 * clause. Without the comma, «لا يسعه إلا أن يقول» is "can only say": words of the statement, not a break.
 */
function concessiveAt(p: Para, k: number): boolean {
  const { toks } = p;
  return isPunct(toks[k], COMMA) && isWord(toks[k + 1]) && inList(toks[k + 1], lexicon().ar.concessive) && !!arComp(toks[k + 2]);
}

/**
 * وفيما أشار مسؤول إلى أن ثمانية أصيبوا، أعلنت حركة الشباب مسؤوليتها: a statement in a "while" clause that
 * opens its sentence (ar-words clauseOpeners فيما، بينما, after و at most) ends at the comma before the main
 * clause's verb with no و (a reporting verb, not a participle, or كان). The comma's token, or `to`.
 */
function mainClauseAfter(p: Para, r: FoundStatement, to: number): number {
  const { toks } = p;
  const s = sentenceStartTok(p, r.cueFrom);
  let k = r.cueFrom - 1;
  if (k < s || !isWord(toks[k]) || !hasWithClitic(lexicon().ar.clauseOpeners, toks[k].norm) || toks[k].norm.endsWith("كما")) return to;
  k--;
  if (k >= s && !(isWord(toks[k]) && toks[k].norm === "و")) return to;
  for (let j = r.contentTok + 1; j + 1 < to; j++) {
    if (!isPunct(toks[j], COMMA) || !isWord(toks[j + 1])) continue;
    // (With no و: the main clause follows the "while" clause at once; …، ويرجح أن …، وترى … go on with the words.)
    const c = cueAt(p, j + 1);
    if ((c && !c.clitic && c.entry.form !== "participle" && c.entry.form !== "prep") || (hasGrammar(toks[j + 1], Gr.kana) && !toks[j + 1].norm.startsWith("و"))) return j;
  }
  return to;
}

/**
 * …"، على حد تعبيره / …، حسب قوله / …، وفقاً لوصفه: a comma (or a quotation's end), a relay preposition and the speaker's
 * own word with its pronoun close the words; they are not part of them. The comma's token, or `to`.
 */
function ownViewTail(p: Para, from: number, to: number): number {
  const { toks } = p;
  const ar = lexicon().ar;
  let e = to - 1;
  while (e > from && !isWord(toks[e])) e--;
  const noun = toks[e];
  const opener = toks[e - 1];
  if (e - 2 <= from || !isWord(noun) || !endsWithPronoun(p.text, noun.e) || !isWord(opener) || !inList(opener, ar.ownViewOpeners)) return to;
  if (!ar.ownViewWords.has(withoutPronoun(noun.norm))) return to;
  let k = e - 1;
  // (على is "علي" once normalised.)
  if (opener.norm === "حد" && !(isWord(toks[k - 1]) && toks[--k].norm === "علي")) return to;
  // (Right after a quotation, with no comma: "…" على حد تعبيره.)
  return isPunct(toks[k - 1], COMMA) ? k - 1 : isClose(toks[k - 1]) ? k : to;
}

/** قوله → قول، لتعبيرها → تعبير: the noun under a لـ and before a possessive pronoun (ه، ها، هم، هما). */
function withoutPronoun(n: string): string {
  const bare = n.replace(/(هما|هم|ها|ه)$/u, "");
  return bare.startsWith("ل") && bare.length > 3 ? bare.slice(1) : bare;
}

/** The comma before the first participle cue at quotation depth 0 in [from, to); to when none. */
function beforeParticiple(p: Para, from: number, to: number): number {
  for (let k = from + 1; k + 1 < to; k++) {
    if (p.depth[k] !== 0 || !isPunct(p.toks[k], COMMA) || !isWord(p.toks[k + 1])) continue;
    const cue = cueAt(p, k + 1);
    if (cue && cue.entry.form === "participle") return k;
  }
  return to;
}

/**
 * “…” بحسب ما جاء في …، "…" على حد تعبير فلان: a clause before its cue keeps its quotations
 * (unused, unnested, closed before the cue, not names).
 */
function quotesBeforeCue(p: Para, r: FoundStatement, i: number): void {
  const quotes = p.quotes;
  for (let qi = firstQuoteFrom(quotes, r.contentTok); qi < quotes.length && quotes[qi].open < r.cueFrom; qi++) {
    const q = quotes[qi];
    if (q.used < 0 && q.depth === 0 && q.close >= 0 && q.close < r.cueFrom && !isNameQuote(p, q)) {
      q.used = i;
      r.quoteIds.push(qi);
    }
  }
}

/** Where the clause holding token k begins, not before `min`: back over و، a comma, بينما, but. */
function clauseStart(p: Para, k: number, min: number): number {
  const { ar, en } = lexicon();
  let j = k;
  while (j - 1 > min) {
    const t = p.toks[j - 1];
    if (isPunct(t, COMMA_DASH_SEMI)) {
      j--;
      continue;
    }
    if (isWord(t) && (ar.statementBoundary.has(t.norm) || en.statementBoundary.has(t.norm))) {
      j--;
      continue;
    }
    // (…، إلا أنه قال، غير أن الوزير أكد: "however" (ar-words concessive) and أن open the writer's next clause.)
    if (arComp(t) && j - 3 > min && concessiveAt(p, j - 3)) {
      j -= 2;
      continue;
    }
    // (…، في حين أشار آخرون: the two words "whereas".)
    if (isWord(t) && ar.fiBoundary.has(t.norm) && j - 2 > min && isWord(p.toks[j - 2]) && p.toks[j - 2].norm === "في") {
      j -= 2;
      continue;
    }
    break;
  }
  return j;
}

/**
 * …، وفي السياق ذاته، قال شهود …: an opening adverbial between commas right before the next statement's clause
 * (k: the comma that closes it) opens that clause; the words before end at the comma before it. k when there is none.
 */
function beforeOpening(p: Para, k: number, min: number): number {
  if (!isPunct(p.toks[k], COMMA)) return beforeBareOpening(p, k, min);
  for (let c = k - 1; c > min && k - c <= 7; c--) {
    if (!isPunct(p.toks[c], COMMA)) continue;
    return c + 1 < k && afterClauseOpening(p, c + 1, k + 1) === k + 1 ? clauseStart(p, c + 1, min) : k;
  }
  return k;
}

/**
 * …، وفي الوقت نفسه أكد …: an opening of و and a preposition (ar-words openingPrepositions) with no comma
 * after it, between a comma and the next statement's verb at k: the words end at that comma. k when there is none.
 */
function beforeBareOpening(p: Para, k: number, min: number): number {
  for (let c = k - 1; c > min && k - c <= 6; c--) {
    const t = p.toks[c];
    if (isPunct(t, COMMA)) {
      const o = p.toks[c + 1];
      return c + 2 < k && isWord(o) && o.norm.startsWith("و") && inList(o, lexicon().ar.openingPrepositions) ? clauseStart(p, c + 1, min) : k;
    }
    if (!isWord(t)) return k;
  }
  return k;
}

/** The first quote (of quotes sorted by opening mark) opening at token `tok` or later. */
function firstQuoteFrom(quotes: Quote[], tok: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].open < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
