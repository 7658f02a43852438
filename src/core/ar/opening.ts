// Where the reported words open after a cue and its source: a complementiser (إن، أن،
// أنه), إلى أن، a colon, a quotation, a question word; adjuncts (لرويترز، في بيان، أمس)
// are passed over.
import type { Opening } from "../statements/found";
import { Fr, Gr, lexicon, type Frames } from "../lexicon";
import { cueAt, hasGrammar, inList, sourceClass, type CueMatch } from "../lexicon/lookup";
import { G_ANY } from "../perf/hit-table";
import { hasWithClitic } from "../lexicon/word-lists";
import { COMMA, END, isOpen, isPunct, isWord, sentenceEndTok, type Para } from "../text/paragraph";
import { arInitialsStop } from "../text/sentences";
import { QUOTE, WORD } from "../text/token";
import { isNameQuote } from "../statements/name-quote";
import { arComp, isAddressee, letterOfInitials, quotedWordsAt, quoteWords } from "./words";


/**
 * After the cue and its source, skip adjuncts (لرويترز، في بيان، أمس، a parenthetical
 * anonymity clause) until what opens the reported words; null when nothing does.
 */
export function arOpening(p: Para, k: number, frames: Frames, maxSkip: number): Opening | null {
  const toks = p.toks;
  const end = sentenceEndTok(p, k > 0 ? k - 1 : k);
  let skipped = 0;
  // (A verb with no clause frame — حث على "…" — opens no clause after أن.)
  const clause = frames.has(Fr.an) || frames.has(Fr.ila) || frames.has(Fr.min);
  for (let j = k; j < end && skipped <= maxSkip; j++, skipped++) {
    const t = toks[j];
    // (…تصنيفاً للعاملين، كما أن هناك معايير …: كما أن, "moreover", goes on in the writer's voice; the verb's
    // words do not open there or after it.)
    if (clause && j > k && arComp(toks[j + 1]) && inList(t, lexicon().ar.kama)) return null;
    // قبل أن، بعد أن، من أجل أن: a clause of time or purpose, not the words; look on after it (و/ف too: فبعد أن).
    if (clause && arComp(toks[j + 1]) === 1 && isWord(t) && hasWithClitic(lexicon().ar.verbalAn, t.norm)) {
      j++;
      continue;
    }
    // (لسي إن إن إن …: the letters of an outlet's initials told, then the complementiser.)
    const c = clause && !letterOfInitials(p, j) ? arComp(t) : 0;
    if (c === 1) return toks[j + 1] ? { tok: j + 1, start: toks[j + 1].s } : null;
    if (c === 2) return { tok: j, start: t.s };
    if (clause && isWord(t) && t.grammarBits & G_ANY && (hasGrammar(t, Gr.ila) || inList(t, lexicon().ar.beforeComplementiser)) && arComp(toks[j + 1])) {
      const c2 = arComp(toks[j + 1]);
      if (c2 === 1) return toks[j + 2] ? { tok: j + 2, start: toks[j + 2].s } : null;
      return { tok: j + 1, start: toks[j + 1].s };
    }
    if (isPunct(t, ":")) {
      const nx = toks[j + 1];
      return nx ? { tok: j + 1, start: nx.s } : null;
    }
    // دعا إلى "…"، حث على "…"، طالب X بـ"…": a call whose object quotes the speaker's words is partial
    // speech, from إلى/على/بـ (بـ only for a verb of calling, frame obj: not وصفه بـ"…").
    if (isWord(t) && frames.has(Fr.quote) && ((t.grammarBits & G_ANY && (hasGrammar(t, Gr.ila) || t.norm === "علي")) || (t.norm === "ب" && frames.has(Fr.obj))) && quotedWordsAt(p, j + 1)) return { tok: j, start: t.s };
    // (دعاه إلى توضيح محاولة الاغتيال "غير المقبولة": so, for a verb of calling, is a quotation a few words into the object.)
    if (isWord(t) && frames.has(Fr.obj) && t.grammarBits & G_ANY && (hasGrammar(t, Gr.ila) || t.norm === "علي") && quotedInObject(p, j + 1)) return { tok: j, start: t.s };
    // أعرب الاتحاد عن "أسفه العميق"، أشاد الوزير "بتميز العلاقات": the object quoted (frame about).
    const quoted = frames.has(Fr.about) ? quotedObject(p, k, j) : -1;
    if (quoted >= 0) return { tok: quoted, start: toks[quoted].s };
    // لـ”الشرق الأوسط”: a quoted name after لـ is who was told, not the reported words.
    if (isOpen(t) && t.quote >= 0 && p.quotes[t.quote].close > j && isWord(toks[j - 1]) && toks[j - 1].norm === "ل") {
      j = p.quotes[t.quote].close;
      continue;
    }
    // وقال التقرير، الذي أعدته «شركة آسيا للاستثمار»: عندما …: a short quotation closed by a colon is a
    // name at the end of the source's description; the words follow the colon.
    if (isOpen(t) && t.quote >= 0 && j > k && quoteWords(p, t) <= 3 && p.quotes[t.quote].close > j && isPunct(toks[p.quotes[t.quote].close + 1], ":")) {
      j = p.quotes[t.quote].close;
      continue;
    }
    // وأبلغ الجنرال سالم "كتائب الشمال" أن …: after a verb of telling, a short quotation right before إن/أن is who was told.
    if (isOpen(t) && frames.has(Fr.tell) && quoteWords(p, t) <= 4 && p.quotes[t.quote].close > j && arComp(toks[p.quotes[t.quote].close + 1])) {
      j = p.quotes[t.quote].close;
      continue;
    }
    // A one-word quote is a name or a term («تويتر»), not the reported words; so is a quotation after
    // a naming word, passed over whole (لشبكة "سي بي سي" إن …، ردا على عملية "غصن الزيتون").
    if (isOpen(t) && frames.has(Fr.quote) && quoteWords(p, t) >= 2) {
      if (!(j > k && isNameQuote(p, p.quotes[t.quote]))) return { tok: j, start: t.s };
      if (p.quotes[t.quote].close < 0) return null;
      j = p.quotes[t.quote].close;
      continue;
    }
    // …في "نتفليكس" إن: a quoted name inside the source's description is passed over whole.
    if (isOpen(t) && t.quote >= 0 && quoteWords(p, t) === 1 && p.quotes[t.quote].close > j) {
      j = p.quotes[t.quote].close;
      continue;
    }
    if (isWord(t) && frames.has(Fr.q) && t.grammarBits & G_ANY && (inList(t, lexicon().ar.questionWords) || (t.norm === "ما" && toks[j + 1]?.norm === "اذا"))) {
      const nx = toks[j + 1];
      return nx ? { tok: t.norm === "عن" ? j + 1 : j, start: (t.norm === "عن" ? nx : t).s } : null;
    }
    // (A full stop inside an agency's initials, (أ.ف.ب), ends nothing.)
    if ((isPunct(t, END) && !arInitialsStop(toks, j)) || (t.kind === QUOTE && !isOpen(t))) return null;
    // علق الوزير على ذلك بالقول إن …: the words follow the manner phrase, in the frames it takes.
    const cue = !p.inAnon[j] ? notObjectPhrase(p, j, cueAt(p, j)) : null;
    if (cue && cue.entry.frames.has(Fr.manner)) return arOpening(p, cue.to, cue.entry.frames, maxSkip - skipped);
    // وقال الوزير، بحسب ما نقلت عنه الوكالة، إن …: a prepositional cue set off by commas is an aside; the words follow it.
    // (So is a description, a relative clause too: وقال الوزير، الذي تحدث في مؤتمر صحفي، إن …; see descriptionClose.)
    const aside = clause && cue ? asideClose(p, j, end) : clause && !cue ? descriptionClose(p, j, end) : -1;
    if (aside > 0) {
      j = aside;
      continue;
    }
    // (وقال المحللون الذين تحدثوا لـ"الصحيفة" إن …: a verb in a relative clause on the source or on who was
    // told describes them; the search goes on, and the cue before claims that verb: see relativeCueIn.)
    // (Not a verb of telling, which takes who was told and then its own words: الذي أخبر الأمم المتحدة أن ….)
    if (cue && !cue.entry.frames.has(Fr.tell) && relativeOnSource(p, k, j)) {
      j = cue.to - 1;
      continue;
    }
    // Another cue ends the search, but not a verb carrying its object inside a description (لم يذكرها
    // بالاسم، التي تعتبرها أنقرة منظمة "إرهابية"); after ما it has words of its own (ما وصفه بـ"…").
    if (cue && j > k && (!cue.entry.objPron || (isWord(toks[j - 1]) && inList(toks[j - 1], lexicon().ar.relativeMa)))) return null;
    // من دون أن …، بدون أن …: a "without" clause, not the words; nor is إلا أن / غير أن ("however").
    if (isWord(t) && (inList(t, lexicon().ar.without) || inList(t, lexicon().ar.concessive)) && arComp(toks[j + 1])) return null;
  }
  return null;
}

/** واصفاً ما جاء فيه بـ"…": a phrase cue after "what" (ar-words phraseObjectMa) is an object, no cue (as parse.ts reads it). */
function notObjectPhrase(p: Para, j: number, cue: CueMatch | null): CueMatch | null {
  const pre = p.toks[j - 1];
  const ar = lexicon().ar;
  return cue && cue.entry.form === "phrase" && !cue.clitic && isWord(pre) && inList(pre, ar.phraseObjectMa) && ar.inTextPhraseHeads.has(cue.entry.lemmaHead) ? null : cue;
}

/**
 * With a verb whose object is quoted (frame about), the quotation that opens at j right after the source
 * (token k) or a time word after it, alone or after عن or بـ written apart; -1: none (أشاد بجهود "الهلال الأحمر":
 * the quotation names what the object is about).
 */
function quotedObject(p: Para, k: number, j: number): number {
  const toks = p.toks;
  if (j > k && !hasGrammar(toks[j - 1], Gr.time)) return -1;
  const t = toks[j];
  const at = isWord(t) && (t.norm === "عن" || t.norm === "ب") ? j + 1 : j;
  return quotedWordsAt(p, at) && !isNameQuote(p, p.quotes[toks[at].quote]) ? at : -1;
}

/** How many tokens after حمّل its مسؤولية may stand (حمّلت الوزارة الشركة الوطنية للنقل مسؤولية …). */
const RESPONSIBILITY_AHEAD = 8;

/**
 * حمل with no مسؤولية after it (ar-words responsibility) is "carry", not "hold responsible" (الذي سيعود إلى
 * حمل شارة القائد، يحمل اسم …): a verb of frame resp at j that holds nobody responsible; it ends no search.
 */
export function unheldResponsible(p: Para, j: number, frames: Frames): boolean {
  if (!frames.has(Fr.resp)) return false;
  const end = Math.min(sentenceEndTok(p, j), j + RESPONSIBILITY_AHEAD);
  for (let i = j + 1; i < end; i++) if (isWord(p.toks[i]) && inList(p.toks[i], lexicon().ar.responsibility)) return false;
  return true;
}

/** How far back from a relative on the source relativeOnSource looks for a preposition in that source. */
const SOURCE_BACK = 12;

/** How many tokens who was told may take before a relative on it (لصحيفة «الوطن» التي، لوكالة الأنباء الرسمية التي). */
const ADDRESSEE_TOKENS = 6;

/**
 * The cue at j follows a relative pronoun (ar-grammar relative) that opens right after the source (token
 * k, where the search for the words starts) or after who was told there (لصحيفة واشنطن بوست التي يكتب
 * فيها …، للتلفزيون الذي بث …): a relative clause on them, with no comma (the aside with commas is asideClose's).
 */
function relativeOnSource(p: Para, k: number, j: number): boolean {
  const toks = p.toks;
  const rel = j - 1;
  if (rel < k || !isWord(toks[rel]) || !hasGrammar(toks[rel], Gr.relative)) return false;
  // (Not after a source phrase that ran on over a preposition into the verb's object: وأشار الوزير إلى
  // التقرير الذي قال إن …, where the report speaks.)
  let c = k - 1;
  for (; c >= 0 && k - c <= SOURCE_BACK && !(isWord(toks[c]) && cueAt(p, c)); c--) if (isWord(toks[c]) && inList(toks[c], lexicon().ar.freePrepositions)) return false;
  // (The cue before opens its clause: not a noun after another word, ولم يكن رد الوزير مرضياً للنائب الذي
  // قال المتحدث باسمه: "…", where the relative clause speaks.)
  if (c < 0 || k - c > SOURCE_BACK || isWord(toks[c - 1])) return false;
  if (rel === k) return true;
  if (!isWord(toks[k]) || !isAddressee(toks[k]) || rel - k > ADDRESSEE_TOKENS) return false;
  for (let i = k + 1; i < rel; i++) if (!(isWord(toks[i]) && !cueAt(p, i) && !hasGrammar(toks[i], Gr.relative)) && toks[i].kind !== QUOTE) return false;
  return true;
}

/** A cue after a relative on the source between tokens a and b (relativeOnSource), which the words opening at b pass over. */
export function relativeCueIn(p: Para, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) {
    const cue = isWord(p.toks[j]) && !p.inAnon[j] ? cueAt(p, j) : null;
    if (cue && !cue.entry.frames.has(Fr.tell) && relativeOnSource(p, a, j)) return true;
  }
  return false;
}

/** The end of a manner phrase (بالقول) between tokens a and b, which the words opening at b follow; -1: none. */
export function mannerEnd(p: Para, a: number, b: number): number {
  for (let j = a; j < b; j++) {
    const cue = isWord(p.toks[j]) && !p.inAnon[j] ? cueAt(p, j) : null;
    if (cue && cue.entry.frames.has(Fr.manner)) return cue.to;
  }
  return -1;
}

/** The longest aside a prepositional cue makes between a source and its إن/أن (words). */
const ASIDE_WORDS = 12;

/**
 * The comma closing an aside that a prepositional cue or a relative pronoun at j opens after a comma
 * (…، وفقاً للوكالة، أن …؛ …، الذي تحدث في مؤتمر صحفي، إن …):
 * the comma before a complementiser, within a few words of the sentence (ending at `end`); -1: none.
 */
function asideClose(p: Para, j: number, end: number): number {
  const toks = p.toks;
  // (وكشف مصدر، نقلت عنه الوكالة، أن …: a relay verb with عنه, who relays the source, is an aside as a relative clause is;
  // so is a verb of speaking to someone, وأشار مسؤول، تحدث لإذاعة الجيش، إلى أن …, a clause on the source.)
  const rel = hasGrammar(toks[j], Gr.relative) || relayFromIt(p, j) || spokeTo(p, j);
  if (!isPunct(toks[j - 1], COMMA) || (cueAt(p, j)?.entry.form !== "prep" && !rel)) return -1;
  const c = closingComma(p, j, end);
  // (The words open after the closing comma: إن/أن, or إلى أن after a verb that takes it.)
  const opens = c > 0 && (!!arComp(toks[c + 1]) || (isWord(toks[c + 1]) && hasGrammar(toks[c + 1], Gr.ila) && !!arComp(toks[c + 2])));
  if (!opens) return rel ? -1 : prepositionAsideEnd(p, j, end);
  // (A relative clause with words of its own, الذي قال إن …، is no aside: its verb reports them.)
  if (rel) for (let k = j + 1; k < c; k++) if (arComp(toks[k])) return -1;
  return c;
}

/** Token j is a verb with who was told right after it (تحدث لإذاعة الجيش، تحدث إلى الصحفيين): a clause on the source before. */
function spokeTo(p: Para, j: number): boolean {
  const cue = cueAt(p, j);
  if (!cue || cue.entry.form !== "verb" || cue.clitic) return false;
  const nx = p.toks[cue.to];
  return isWord(nx) && (isAddressee(nx) || (hasGrammar(nx, Gr.ila) && isWord(p.toks[cue.to + 1]) && hasGrammar(p.toks[cue.to + 1], Gr.addressee)));
}

/** Token j is a relay verb (نقل، frame relay) with عنه/عنها/عنهم right after it: the source before is who it relays. */
function relayFromIt(p: Para, j: number): boolean {
  const cue = cueAt(p, j);
  const nx = p.toks[cue ? cue.to : j];
  return !!cue && cue.entry.form === "verb" && cue.entry.frames.has(Fr.relay) && isWord(nx) && nx.norm.length > 2 && nx.norm.startsWith("عنه");
}

/**
 * وقال المصدر، بحسب الوكالة (سانا)، "…"؛ وقال فلان، وفقاً لـ«الإذاعة» إن …؛ وأشار، وفق ما أوردت الوكالة "واس" إلى أن …:
 * a prepositional aside opened by a comma and closed by none, or before a quotation or a colon: the token
 * before the words (إن/أن، إلى أن، a colon, a quotation of three words or more that names nothing); -1 when
 * none follows within a few words, or a sentence ends or another cue (not a ما-clause's verb) stands first.
 */
function prepositionAsideEnd(p: Para, j: number, end: number): number {
  const toks = p.toks;
  // (Not كما قال X إن …, "as X also said that", a clause with words of its own.)
  if (inList(toks[j], lexicon().ar.kama)) return -1;
  for (let k = j + 1; k < end && k - j <= ASIDE_WORDS; k++) {
    const t = toks[k];
    if (k > j + 1 && (arComp(t) || isPunct(t, ":") || (isWord(t) && hasGrammar(t, Gr.ila) && arComp(toks[k + 1])))) return k - 1;
    if (isOpen(t) && t.quote >= 0 && p.quotes[t.quote].close > k) {
      const q = p.quotes[t.quote];
      if (k > j + 1 && quoteWords(p, t) >= 3 && !isNameQuote(p, q)) return k - 1;
      k = q.close;
      continue;
    }
    if (isWord(t) && k > j + 1 && cueAt(p, k) && !inList(toks[k - 1], lexicon().ar.relativeMa)) return -1;
    if (!isWord(t) && !isPunct(t, COMMA) && !isPunct(t, "()")) return -1;
  }
  return -1;
}

/**
 * اعتبر زعيم الحزب، المعروف بأنه من أبرز …، أن …: a description set off by commas that opens with a definite
 * word the lexicon does not know (no source noun, no cue) is passed over to the comma before the complementiser
 * that closes it; -1: none.
 */
function descriptionClose(p: Para, j: number, end: number): number {
  const t = p.toks[j];
  if (!isPunct(p.toks[j - 1], COMMA) || !isWord(t) || !t.norm.startsWith("ال") || sourceClass(t)) return -1;
  const c = closingComma(p, j, end);
  return c > 0 && arComp(p.toks[c + 1]) ? c : -1;
}

/** The first comma after token j, within ASIDE_WORDS words and quotation marks of it; -1: none. */
function closingComma(p: Para, j: number, end: number): number {
  for (let k = j + 1, n = 0; k < end && n < ASIDE_WORDS; k++, n++) {
    const t = p.toks[k];
    if (isPunct(t, COMMA)) return k;
    if (t.kind !== WORD && t.kind !== QUOTE) return -1;
  }
  return -1;
}

/** The closing comma of a prepositional aside between tokens a and b (the words open at b), which the cue before a claims; -1: none. */
export function asideEnd(p: Para, a: number, b: number): number {
  for (let j = a + 1; j < b; j++) {
    const c = isWord(p.toks[j]) && !p.inAnon[j] ? asideClose(p, j, b) : -1;
    if (c > 0) return c;
  }
  return -1;
}

/** How many words into a call's object its quotation may open (دعا إلى توضيح محاولة الاغتيال "…"). */
const CALL_OBJECT_WORDS = 4;

/**
 * A quotation of two words or more, no quoted name, that opens after one to CALL_OBJECT_WORDS plain words
 * from k (no cue, no complementiser, no preposition written apart, no punctuation between): the call's object
 * quotes the speaker.
 */
function quotedInObject(p: Para, k: number): boolean {
  const toks = p.toks;
  for (let m = k; m < toks.length && m <= k + CALL_OBJECT_WORDS; m++) {
    const t = toks[m];
    if (m > k && isOpen(t)) return quotedWordsAt(p, m) && !isNameQuote(p, p.quotes[t.quote]);
    // (Not past another preposition: يدعو إلى وحدة الصف في «أول تسجيل صوتي له», the quotation is في's.)
    if (!isWord(t) || arComp(t) || cueAt(p, m) || inList(t, lexicon().ar.freePrepositions)) return false;
  }
  return false;
}
