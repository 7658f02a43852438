// Where the reported words open: right after the cue (see verb-first.ts), or after the
// source and any adjuncts (لرويترز، في بيان، أمس، a parenthetical anonymity phrase).
import { Fr, Gr, lexicon, type Frames } from "../../lexicon";
import { COMMA, END, isOpen, isPunct, isWord, type Para } from "../../text/paragraph";
import { isNameQuote } from "../../statements/name-quote";
import { arComp, quoteWords, somePossessedStem } from "../words";
import { arOpening, asideEnd, mannerEnd, relativeCueIn, unheldResponsible } from "../opening";
import type { ArReading, Verdict } from "../reading";
import { nounObject } from "../noun-object";
import { cueAt, hasGrammar, inList } from "../../lexicon/lookup";

/** The verb's frames let it open a clause, a colon, a quotation or a question (not only a noun object). */
function opensClause(f: Frames): boolean {
  return f.has(Fr.an) || f.has(Fr.colon) || f.has(Fr.quote) || f.has(Fr.q) || f.has(Fr.ila) || f.has(Fr.min);
}

/** خلاله، بعدها، أمامهم: a preposition written apart, carrying a pronoun. */
function prepositionWithPronoun(n: string): boolean {
  return somePossessedStem(n, (stem) => lexicon().ar.freePrepositions.has(stem));
}

/**
 * بالإرهاب، بإرهابي: a word under the preposition بـ (with the article, or a known word after it); not a
 * name that opens with the letter (وقال بومبيو «نسير في الاتجاه الصحيح».).
 */
function biPrefixed(n: string): boolean {
  return n.startsWith("ب") && (n.length <= 2 || n.startsWith("بال") || lexicon().grammar.has(n.slice(1)));
}

/**
 * وقال سالم الورفلي «كانت ليلة طويلة».: with nothing opening after the source, a quotation of two
 * words or more that closes the source phrase at the end of the sentence (or before a comma) is
 * the words, not a quoted name (the source phrase takes one: شركة «نور للطاقة»); so before a conjunction
 * that opens the writer's clause (… «…» وذلك بعد يومين); -1: none.
 */
function quoteEndingSource(r: ArReading): number {
  const p: Para = r.p;
  for (let k = r.sourceFrom + 1; k < r.sourceTo; k++) {
    const t = r.toks[k];
    if (!isOpen(t) || t.quote < 0) continue;
    const q = p.quotes[t.quote];
    // (Not a quotation inside another, nor one opening with a mark or after a بـ word: وصفه بالإرهاب «…».)
    const before = r.toks[k - 1];
    if (q.close !== r.sourceTo - 1 || q.depth > 0 || !isWord(r.toks[k + 1]) || quoteWords(p, t) < 2 || isNameQuote(p, q)) return -1;
    // (Nor after a question word or an adjunct with a pronoun: يشرح لماذا اختفى «…»، وأعلن خلاله «…».)
    const first = r.toks[r.sourceFrom];
    // (Nor after a preposition with its pronoun: كتب سياسية من بينها «دفاعا عن الاشتراكية».)
    if (!isWord(before) || biPrefixed(before.norm) || prepositionWithPronoun(before.norm) || inList(first, lexicon().ar.interrogatives) || prepositionWithPronoun(first.norm)) return -1;
    const nx = r.toks[q.close + 1];
    return q.close + 1 >= r.sentEnd || !nx || isPunct(nx, END) || isPunct(nx, COMMA) || hasGrammar(nx, Gr.conj) ? k : -1;
  }
  return -1;
}

/**
 * وقال الوزير في المؤتمر "نحن ندعم الحوار".: after a verb of saying itself (frame direct, ar-words sayingVerbs), with nothing
 * else opening the words, a quotation of three words or more that closes the sentence is the words,
 * even after a naming word (مؤتمر "…" names a conference elsewhere: the verb would then say nothing). -1: none.
 */
function closingQuotation(r: ArReading): number {
  const p = r.p;
  for (let k = r.after; k < r.toks.length; k++) {
    const t = r.toks[k];
    const cue = k > r.after && isWord(t) ? cueAt(p, k) : null;
    if (isPunct(t, END) || (cue && !unheldResponsible(p, k, cue.entry.frames))) return -1;
    if (!isOpen(t) || t.quote < 0) continue;
    const q = p.quotes[t.quote];
    if (q.close < 0 || q.depth > 0 || quoteWords(p, t) < 3 || !isWord(r.toks[k + 1])) return -1;
    const nx = r.toks[q.close + 1];
    // (…"نسير في الاتجاه الصحيح" وذلك بعد يومين من المحادثات: a conjunction opening the writer's clause
    // after it, with a comma or none, closes the words too.)
    const after = isPunct(nx, COMMA) ? r.toks[q.close + 2] : nx;
    return !nx || isPunct(nx, END) || hasGrammar(after, Gr.conj) ? k : -1;
  }
  return -1;
}

export function reportedWords(r: ArReading): Verdict {
  // (A verb whose only frame is a noun object — حمّل … مسؤولية — opens no clause.)
  r.opening = r.direct ?? (opensClause(r.entry.frames) ? arOpening(r.p, r.after, r.entry.frames, 24) : null);
  // حذر الوزير من استمرار "العدوان"، نفى وجود "أي خلاف": a quotation inside a claim-noun object opens no
  // words of its own; the object does, from its claim noun (only words between; not من أن "…", a quoted clause).
  if (r.opening && !r.direct && r.sourceTo > r.m.from && r.entry.frames.has(Fr.noun) && isOpen(r.toks[r.opening.tok])) {
    const o = nounObject(r.p, r.after, r.entry, r.sentEnd);
    if (o && o.tok < r.opening.tok && !arComp(r.toks[o.tok]) && onlyWords(r, o.tok, r.opening.tok)) r.opening = o;
  }
  // أكد مصدران التوصل إلى الاتفاق الذي سيسمح لها بأن …: أن after a relative clause on a claim-noun object
  // right after the source is that clause's; the words open at the claim noun.
  if (r.opening && !r.direct && r.sourceTo > r.m.from && r.entry.frames.has(Fr.noun) && claimThenRelative(r, r.opening.tok)) {
    const o = nounObject(r.p, r.after, r.entry, r.sentEnd);
    if (o && o.tok === r.after) r.opening = o;
  }
  // (Neither fallback below for a verb after أن, يجب أن تؤكد …: "to confirm", inside another clause.)
  const afterAn = !!arComp(r.toks[r.m.from - 1]);
  if (!r.opening && r.sourceFrom >= 0 && !r.entry.objPron && r.entry.frames.has(Fr.quote) && !afterAn) {
    const k = quoteEndingSource(r);
    if (k > r.sourceFrom) {
      r.sourceTo = k;
      r.opening = { tok: k, start: r.toks[k].s };
    }
  }
  // (Verbs of saying itself only: واختتمت فعالياتها … تحت شعار "…" names a slogan.)
  if (!r.opening && !r.direct && r.entry.frames.has(Fr.direct) && lexicon().ar.sayingVerbs.has(r.entry.lemma) && !afterAn) {
    const k = closingQuotation(r);
    if (k >= 0) r.opening = { tok: k, start: r.toks[k].s };
  }
  // With no subject written, a quotation right after a preposition is what the preposition governs
  // (يدعو إلى وحدة الصف في «أول تسجيل صوتي له»), not the words; but not after the prepositions a
  // reporting verb itself governs (دعا إلى "…"، حذر من "…"، حث على "…").
  const o = r.opening;
  // علق الوزير بالقول إن …: the manner phrase the words followed belongs to this cue, not a cue of its own.
  if (o && !r.direct && o.tok > r.after) {
    const m = mannerEnd(r.p, r.after, o.tok);
    if (m > 0) r.claimedTo = m;
    const aside = m > 0 ? -1 : asideEnd(r.p, r.after, o.tok);
    if (aside > 0) r.claimedTo = aside;
    // (وقالت الصحيفة التي أوردت الخبر إن …: the relative clause's verb is no statement of its own.)
    else if (m <= 0 && relativeCueIn(r.p, r.after, o.tok)) r.claimedTo = o.tok;
  }
  const prev = o ? r.toks[o.tok - 1] : undefined;
  // (So with the subject before the verb: زعيم الحركة يدعو إلى وحدة الصف في «أول تسجيل صوتي له».)
  if (o && (r.sourceFrom < 0 || r.sourceFrom < r.m.from) && !r.direct && isOpen(r.toks[o.tok]) && o.tok > r.after && isWord(prev)) {
    if (inList(prev, lexicon().ar.freePrepositions) && !inList(prev, lexicon().ar.cuePrepositions)) r.opening = null;
  }
  return undefined;
}

/** A claim noun (ar-grammar claim) right after the source, and a relative pronoun before token `to`. */
function claimThenRelative(r: ArReading, to: number): boolean {
  if (to <= r.after + 1 || !hasGrammar(r.toks[r.after], Gr.claim)) return false;
  for (let k = r.after + 1; k < to; k++) if (hasGrammar(r.toks[k], Gr.relative)) return true;
  return false;
}

/** Only words in [from, to) of the reading's tokens. */
function onlyWords(r: ArReading, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWord(r.toks[k])) return false;
  return true;
}
