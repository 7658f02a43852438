// The source phrase: where the noun phrase naming who spoke starts and ends
// (وقال [المتحدث باسم الوزارة، أحمد فلان]، إن …), and the addressee before it.
import { Fr, Gr, lexicon, type CueEntry } from "../lexicon";
import { cueAt, grammarOf, hasGrammar, idiomAt, inList, sourceClass } from "../lexicon/lookup";
import { G_ANY } from "../perf/hit-table";
import { hasWithClitic } from "../lexicon/word-lists";
import { endsWithPronoun } from "../text/chars";
import { COMMA, gluedHyphen, isClose, isOpen, isPunct, isWord, type Para } from "../text/paragraph";
import { NUM, PUNCT, type Tok } from "../text/token";
import { isNameQuote } from "../statements/name-quote";
import { arTitleStop } from "../text/sentences";
import { arComp, hal, isAddressee, letterOfInitials, isPossessedMedium, isTimeOrMedium, nisbaShape, possessedSourceNoun, possessedVerbalNoun, pronounPreposition, quotedWordsAt, quoteWords, somePossessedStem, verbalNounShape } from "./words";

/**
 * للأمانة، للشركة after a title or an institution's head: "of", not "to" (المتحدث الرسمي
 * للأمانة، المدير العام للشركة، الموقع الرسمي للجيش).
 * Only an institution that is not itself a listed addressee (لوكالة، لصحيفة stay addressees).
 */
function ofInstitution(p: Para, a: number, k: number): boolean {
  const t = p.toks[k];
  if (!t.ar || !t.norm.startsWith("ل") || grammarOf(t)?.has(Gr.addressee)) return false;
  // للأمانة (the article after لـ) or لنقابة الصحفيين (a construct): الأمين العام لنقابة الصحفيين.
  const definite = t.norm.startsWith("لل");
  if (lexicon().grammar.get(definite ? "ال" + t.norm.slice(2) : t.norm.slice(1))?.has(Gr.addressee)) return false;
  // (لليفربول: لـ before a name that begins with ل, read as لل too.)
  const sc = (definite ? (lexicon().sources.get("ال" + t.norm.slice(2)) ?? lexicon().sources.get(t.norm.slice(2))) : undefined) ?? lexicon().sources.get(t.norm.slice(1));
  if (!sc || sc.cls !== "org") return false;
  const head = isWord(p.toks[a]) ? sourceClass(p.toks[a]) : null;
  // Also after an institution's head: الموقع الرسمي للجيش اليمني; and after a member's definite
  // description, "of the …" (عضو الهيئة الرئاسية للمجلس سامر حبيب; not مصدر أمني لـCNN، مسؤول لمنظمة …: told).
  if (head?.cls === "anon") return definite && k - a <= 3 && p.toks[k - 1].norm.startsWith("ال");
  if (!!head && (head.cls === "title" || head.cls === "org") && k - a <= 3) return true;
  // (سامي داود، الرئيس التنفيذي لأبل، … المدير الفني لنادي توتنهام: after a title later in the phrase, a name first.)
  for (let i = k - 1; i > a && i >= k - 3; i--) if (isWord(p.toks[i]) && sourceClass(p.toks[i])?.cls === "title") return true;
  return false;
}

/** خبير اقتصادي يعمل لدى الحكومة: an unnamed source described by whom it works for. */
function employer(p: Para, a: number, k: number): boolean {
  const t = p.toks[k];
  const v = p.toks[k - 1];
  if (t.norm !== "لدي" || k - a < 2 || k - a > 4 || !isWord(v) || !/^[يت]/.test(v.norm) || v.norm.length < 4 || sourceClass(v)) return false;
  const head = isWord(p.toks[a]) ? sourceClass(p.toks[a]) : null;
  return !!head && head.cls === "anon" && !head.definite;
}

/**
 * وأكدت لـ(عكاظ) مصادر …: the addressee (or a demonstrative object) before the subject; the token after it, k when none.
 * Only when a source noun follows: لوسائل إعلام تابعة … is still the addressee.
 */
export function skipAddressee(p: Para, k: number, limit: number): number {
  // وقال له فلان، وقالت لهم الوزيرة: a pronoun told comes before the subject, a source noun or a name.
  if (k + 1 < limit && isWord(p.toks[k]) && inList(p.toks[k], lexicon().ar.toldPronouns) && canOpenSubject(p.toks[k + 1])) return k + 1;
  // (So does any preposition with its pronoun before a source noun or a name: وكتب عليها الناشط، يدعو إليها
  // ماكرون; not before the verb's object, فيه بعض المعلومات، بعدها الخلل، به أفكاره، فيه استهداف، فيها مازحاً.)
  if (k + 1 < limit && isWord(p.toks[k]) && pronounPreposition(p, p.toks[k]) && subjectAfterPreposition(p, k + 1)) return k + 1;
  // في الوقت الذي أفاد فيه مصدر …: "in it", back to the relative's noun, comes before a source noun
  // too (not before an object or a clause: أعلنت فيه استهداف …، يقول فيها وهو يشير).
  if (k + 1 < limit && isWord(p.toks[k]) && inList(p.toks[k], lexicon().ar.inItPronouns) && isWord(p.toks[k + 1]) && sourceClass(p.toks[k + 1])) return k + 1;
  // (أشارت من خلالها الإدارة إلى …: so does من خلالها, "through it".)
  if (k + 2 < limit && isWord(p.toks[k]) && p.toks[k].norm === "من" && isWord(p.toks[k + 1]) && inList(p.toks[k + 1], lexicon().ar.inItPronouns) && isWord(p.toks[k + 2]) && sourceClass(p.toks[k + 2])) return k + 2;
  // وأكد ذلك وكيل الوزارة: the demonstrative object, then the subject (a source noun without the article).
  // (وأوضح ذلك المتحدث الرسمي لمديرية …: before a definite one too, whether object or determiner the
  // source is the noun's, and its description, لمديرية …, is read from the head.)
  if (k + 1 < limit && isWord(p.toks[k]) && inList(p.toks[k], lexicon().ar.demonstratives) && isWord(p.toks[k + 1]) && sourceClass(p.toks[k + 1])) return k + 1;
  const j = addresseeEnd(p, k, limit);
  if (j > k && isWord(p.toks[j]) && sourceClass(p.toks[j])) return j;
  // قال لـ"الاقتصادية" سامي الحربي رئيس اللجنة إن …: a name too, when its phrase runs up to the complementiser.
  if (j <= k || !canOpenSubject(p.toks[j])) return k;
  const e = arSourceNP(p, j, limit);
  return arComp(p.toks[e]) || (isPunct(p.toks[e], COMMA) && arComp(p.toks[e + 1])) || longTitleToComp(p, j, e, limit) ? j : k;
}

/** Word k, after a preposition with its pronoun, opens the subject: a source noun, or a plain word that is no object. */
function subjectAfterPreposition(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!canOpenSubject(t)) return false;
  const ar = lexicon().ar;
  // (بعض المسؤولين speaks, فيه بعض المعلومات is the object.)
  if (inList(t, ar.mentionQuantifiers) || inList(t, ar.mentionQuantifiersMin)) return isWord(p.toks[k + 1]) && sourceClass(p.toks[k + 1])?.cls === "anon";
  const c = sourceClass(t);
  if (c) return c.cls !== "data";
  // (Not a plain word right before the words it names: لافتات كتب عليها عبارة "لا للحرب"، صورة كتب عليها جملة: "…".)
  const next = p.toks[k + 1];
  if (isOpen(next) || isPunct(next, ":")) return false;
  return !t.norm.startsWith("ال") && !endsWithTanweenFath(p.text, t.e) && !endsWithPronoun(p.text, t.e) && !verbalNounShape(t.norm) && !inList(t, ar.appositionPronouns) && !hal(p, k);
}

/**
 * قال لـ"الشرق الأوسط" سامي حداد رئيس لجنة الشؤون الاقتصادية والمالية في مجلس النواب عن كتلة … إن: a
 * name's title may run past the phrase's word limit; the phrase that stopped at e before a word (no
 * comma) still names the speaker when only words (no cue, no clause opener, no على, no claim noun, no
 * stop) lead from there to إن/أن (or a comma and إن/أن/فإن/فقد) within LONG_TITLE words.
 */
function longTitleToComp(p: Para, k: number, e: number, limit: number): boolean {
  const toks = p.toks;
  if (!isWord(toks[e]) || !(isWord(toks[e - 1]) || arTitleStop(toks, e - 1)) || p.inAnon[e]) return false;
  // (Not over على or a claim noun, in the phrase or after it: شددت الوزيرة على ضرورة … أن, the verb's object runs to أن.)
  const object = (t: Tok) => t.norm === "علي" || hasGrammar(t, Gr.claim);
  for (let j = k; j < e; j++) if (isWord(toks[j]) && object(toks[j])) return false;
  for (let j = e; j < limit && j < e + LONG_TITLE; j++) {
    const t = toks[j];
    if (arComp(t)) return j > e;
    // (…، إن / …، فقد: a comma and the clause's opener close the title too.)
    if (isPunct(t, COMMA)) return j > e && isWord(toks[j + 1]) && (!!arComp(toks[j + 1]) || inList(toks[j + 1], lexicon().ar.faClauseOpeners));
    // (مدير عام الهيئة … بمنطقة عسير م. محمد العمرة أن: a title's one-letter abbreviation and its stop.)
    if (isPunct(t, ".") && arTitleStop(toks, j)) continue;
    if (!isWord(t) || cueAt(p, j) || object(t) || (grammarOf(t) && !(hasGrammar(t, Gr.min) || t.norm === "في" || t.norm === "عن"))) return false;
  }
  return false;
}

/** How many words after a source phrase cut at its word limit may lead to إن/أن (longTitleToComp). */
const LONG_TITLE = 8;

/**
 * وقال أمس الوزير …، أكد الثلاثاء فلان أن …: one or two time words right after the verb come before its
 * subject, a source noun or a word that can open one (not a word with the article: الخميس الماضي);
 * the subject's start, k when none follows. مرة أخرى (ar-words againNouns) with its adjective is passed
 * over whatever follows: never the subject.
 */
export function skipTimeBeforeSubject(p: Para, k: number, limit: number): number {
  let j = k;
  while (j < limit && j - k < 2 && isWord(p.toks[j]) && hasGrammar(p.toks[j], Gr.time)) j++;
  if (j + 2 < limit && isWord(p.toks[j]) && inList(p.toks[j], lexicon().ar.againNouns) && isWord(p.toks[j + 1])) return j + 2;
  if (j === k || j >= limit) return k;
  const t = p.toks[j];
  return isWord(t) && (sourceClass(t) || (canOpenSubject(t) && !t.norm.startsWith("ال"))) ? j : k;
}

/**
 * A word a subject can start with after قال له: a source noun, or a word that is no function word,
 * no complementiser and no manner phrase (قال لي بفرحة، على الفور، وهو يبتسم: no subject written).
 */
function canOpenSubject(t: Tok | undefined): boolean {
  if (!isWord(t) || !t.ar) return false;
  if (sourceClass(t)) return true;
  const n = t.norm;
  return !grammarOf(t) && !lexicon().ar.freePrepositions.has(n) && !(n.length >= 4 && (n[0] === "ب" || n[0] === "و" || n[0] === "ف" || n[0] === "ل"));
}

function addresseeEnd(p: Para, k: number, limit: number): number {
  const toks = p.toks;
  const t = toks[k];
  if (!isWord(t) || !isAddressee(t)) return k;
  let j = k + 1;
  if (t.norm !== "ل") return genitiveEnd(p, t, j, limit);
  // لـ(عكاظ)، لـ«الشرق الأوسط»، لـCNN
  const o = toks[j];
  if (o && (isOpen(o) || isPunct(o, "("))) {
    let d = j + 1;
    while (d < limit && d - j <= 5 && !(isClose(toks[d]) || isPunct(toks[d], ")"))) d++;
    return d < limit && d - j <= 5 ? d + 1 : k;
  }
  return isWord(o) ? j + 1 : k;
}

/** How many words an outlet's name in the genitive of a told outlet noun may have (لوكالة الأنباء الفرنسية). */
const OUTLET_NAME_WORDS = 3;

/**
 * لإذاعة الجيش، لصحيفة هآرتس، لوكالة الأنباء الفرنسية: an outlet noun told with لـ and no article (ar-words
 * addresseeConstructs) takes the outlet's name as its genitive, up to the words, punctuation or a noun of an
 * unnamed person or a title (the subject: لقناة الشروق مسؤول …); the token after it.
 */
function genitiveEnd(p: Para, t: Tok, j: number, limit: number): number {
  if (!lexicon().ar.addresseeConstructs.has(t.norm.slice(1))) return j;
  let e = j;
  while (e < limit && e - j < OUTLET_NAME_WORDS && isWord(p.toks[e]) && !arComp(p.toks[e]) && !cueAt(p, e)) {
    const c = sourceClass(p.toks[e]);
    if (c && (c.cls === "anon" || c.cls === "title" || c.cls === "informed")) break;
    e++;
  }
  return e;
}

/** Words that can only follow a source phrase, never be part of it. */
export function endsSource(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t)) return true;
  // (سي إن إن إن …: the letters of a name's initials, then the complementiser.)
  if (arComp(t)) return !letterOfInitials(p, k);
  // مصدر طلب عدم الكشف عن اسمه: the anonymity phrase is not part of the source.
  if (p.inAnon[k]) return true;
  // وذكرت الصحيفة أول من أمس: "the day before yesterday" (أول alone is "first": المسؤول الأول).
  if (t.norm === "اول" && isWord(p.toks[k + 1]) && p.toks[k + 1].norm === "من" && hasGrammar(p.toks[k + 2], Gr.time)) return true;
  // Only grammar words (flagged while tokenizing) can end the phrase by their own spelling.
  if (t.grammarBits & G_ANY) {
    const g = grammarOf(t);
    // (وكان, وكانت: كان with و opens a clause of its own, as كان does, ar-words endSource.)
    if (g && (g.has(Gr.relative) || (g.has(Gr.time) && !timeInRelative(p, k)) || g.has(Gr.adjunct) || g.has(Gr.conj) || g.has(Gr.verbnoun) || g.has(Gr.kana))) return true;
    // إلى أن …; دعا الرئيس إلى "تغليب لغة العقل": إلى before quoted words opens the call's object.
    if (g?.has(Gr.ila) && (arComp(p.toks[k + 1]) || quotedWordsAt(p, k + 1))) return true;
    // دعت كندا إلى الإفراج عن …: a country or capital is named whole; إلى after it opens the object.
    if (g?.has(Gr.ila) && k > 0 && isWord(p.toks[k - 1]) && sourceClass(p.toks[k - 1])?.cls === "place") return true;
    if (g?.has(Gr.min) && arComp(p.toks[k + 1])) return true;
    // وقال الوزير من جهته، وأعلنت الوحدات من جانبها: من before an adjunct with its pronoun follows the source.
    if (t.norm === "من" && hasGrammar(p.toks[k + 1], Gr.adjunct)) return true;
    // صرح فلان إلى شبكة "…" / إلى الصحفيين: إلى before an outlet or the press says who was told.
    if (g?.has(Gr.ila) && hasGrammar(p.toks[k + 1], Gr.addressee)) return true;
    if (t.norm === "علي" && (arComp(p.toks[k + 1]) || quotedWordsAt(p, k + 1))) return true;
    // (A platform only after على/عبر: مسؤول في موقع فيسبوك works there.)
    if (inList(t, lexicon().ar.beforeTimeOrMedium) && (isTimeOrMedium(p.toks[k + 1]) || (t.norm !== "في" && platformPage(p, k + 1)) || ownNounAfterFi(p, k) || occasionAfterFi(p, k)) && !overseen(p, k)) return true;
    // ما قاله المدرب من قبل: "before", closing the clause; not من قبل الوزارة, "by".
    if (t.norm === "من" && p.toks[k + 1]?.norm === "قبل" && !isWord(p.toks[k + 2])) return true;
    // (رئيس ما تسمى اللجنة الثورية: "the so-called" inside a title goes on to the body's name, ar-words soCalled.)
    if (inList(t, lexicon().ar.endSource) && !represents(p, k) && !(t.norm === "ما" && k > 0 && isWord(p.toks[k - 1]) && sourceClass(p.toks[k - 1])?.cls === "title" && isWord(p.toks[k + 1]) && inList(p.toks[k + 1], lexicon().ar.soCalled))) return true;
    // أكدت الوزارة صحة …، حذرت المنظمات من وقوع …: the claim noun is the object, not the subject.
    if (g?.has(Gr.claim) || (t.norm === "من" && hasGrammar(p.toks[k + 1], Gr.claim))) return true;
  }
  // نشر الرئيس فلان تغريدة قال فيها: a tweet or a letter (ar-words authoredTexts) with no article after a word
  // that is no cue nor a grammar word is the verb's object, not the name going on (وقالت رسالة للنقابة، عن
  // رسالة كتبها فلان: the source itself).
  if (!t.norm.startsWith("ال") && k > 0 && isWord(p.toks[k - 1]) && !grammarOf(p.toks[k - 1]) && !cueAt(p, k - 1) && lexicon().ar.authoredTexts.has(sourceClass(t)?.lemma ?? "")) return true;
  // وصف مسؤول إغاثة كيف استغرق …: a question word after a source's word opens an indirect question.
  if (inList(t, lexicon().ar.interrogatives) && k > 0 && isWord(p.toks[k - 1]) && !cueAt(p, k - 1)) return true;
  if (alaAfterName(p, k)) return true;
  // تعليقاً على القرار: an occasion in one word before what it is about.
  if (inList(t, lexicon().ar.occasionAdverbs) && isWord(p.toks[k + 1])) return true;
  // (مصادر تابعة للجيش، قوات موالية للحكومة: after an adjective of affiliation لـ says to whom, not who was told.)
  // (قال تقرير لموقع …، بحسب تقرير لوكالة …: after an issued text with no article, لـ and an outlet name its author.)
  if (isAddressee(t) && !bodyBeforeHolder(p, k) && !(k > 0 && hasGrammar(p.toks[k - 1], Gr.affil)) && !issuedBy(p, k) && !adjectivedBodyName(p, k)) return true;
  if (objectAfterPossessed(p, k)) return true;
  // قال سويت للمحققين: after a name, لل and a plural of persons is who was told.
  if (toldPersons(p, k)) return true;
  // وبحسب تقارير أولية فقد دمر …: فإن/فقد open the clause the source said, comma or none.
  if (inList(t, lexicon().ar.faClauseOpeners)) return true;
  // ولفت الوزير بهذا الصدد، بهذه المناسبة: بـ, a demonstrative and a noun of regard (ar-words regardNouns) after
  // the subject are an adverbial (not بهذه الشهادات, a participle's complement).
  if (k > 0 && t.ar && t.norm.length > 3 && t.norm[0] === "ب" && lexicon().ar.demonstratives.has(t.norm.slice(1)) && isWord(p.toks[k + 1]) && inList(p.toks[k + 1], lexicon().ar.regardNouns)) return true;
  // وأعلنت الحكومة هذا الأسبوع: a time phrase after the subject.
  if (inList(t, lexicon().ar.demonstratives) && hasGrammar(p.toks[k + 1], Gr.time)) return true;
  // وقال المحققون في تحليلهم لـ …: a verbal noun with its pronoun, and a preposition before it, follow the source.
  if (possessedVerbalNoun(p, k) || (inList(t, lexicon().ar.freePrepositions) && possessedVerbalNoun(p, k + 1))) return true;
  if ((cueAt(p, k) && !whoVerb(p, k)) || idiomAt(p, k)) return true;
  // واختتم الرئيس كلمته بالقول: a medium with a possessive pronoun is the verb's object.
  return isPossessedMedium(p, k);
}

/**
 * الهيئة العامة للإعلام، المجلس الأعلى للصحافة: لل and a word of the press after a body and an adjective of a body's
 * name (ar-words bodyNameAdjectives) goes on with that name (a genitive); right after the body, الوزارة للإعلام, or
 * after another adjective, الحكومة الأردنية للصحافة, it says who was told, and so does a plural of persons (للصحفيين).
 */
function adjectivedBodyName(p: Para, k: number): boolean {
  const t = p.toks[k];
  const adj = p.toks[k - 1];
  const head = p.toks[k - 2];
  // (Not people told, للصحفيين: a plural of persons.)
  if (!t.norm.startsWith("لل") || t.norm.endsWith("ين") || t.norm.endsWith("ون") || !inList(adj, lexicon().ar.bodyNameAdjectives)) return false;
  return isWord(head) && head.ar && sourceClass(head)?.cls === "org";
}

/**
 * Token k (لـ and an outlet or a body, ar-sources org) follows an issued text's noun with no article (ar-words
 * issuedTexts: تقرير لرويترز). Not after a text sent to someone (sentTexts: في شكوى لمجلس الأمن, the addressee).
 */
function issuedBy(p: Para, k: number): boolean {
  const prev = p.toks[k - 1];
  const ar = lexicon().ar;
  if (!(k > 0 && isWord(prev) && prev.ar && !prev.norm.startsWith("ال") && ar.issuedTexts.has(prev.norm) && !ar.sentTexts.has(prev.norm))) return false;
  return p.toks[k].norm.startsWith("ل") && !p.toks[k].norm.startsWith("لل") && sourceClass(p.toks[k])?.cls === "org";
}

/** موقع تويتر، صفحة فيسبوك، مواقع التواصل الاجتماعي: a site, page or account (ar-words platformPages) of a medium. */
function platformPage(p: Para, k: number): boolean {
  const t = p.toks[k];
  const next = p.toks[k + 1];
  // (مواقع التواصل الاجتماعي: social media.)
  return isWord(t) && inList(t, lexicon().ar.platformPages) && isWord(next) && ((!next.norm.startsWith("ال") && hasGrammar(next, Gr.medium)) || next.norm === "التواصل");
}

/**
 * حث سميث على إغلاق …، أكد كازنوف على ضرورة …: a name takes no على after it (a title may: المشرف على); the
 * name word right after the cue (or after a title or another name word), with a noun after على. (Not
 * before a claim noun two words on, على ضرورة وجود …: the claim there opens the words, read as before.)
 */
function alaAfterName(p: Para, k: number): boolean {
  const toks = p.toks;
  if (toks[k].norm !== "علي" || k < 2 || !nameLikeWord(p, k - 1) || !isWord(toks[k + 1]) || overseen(p, k) || hasGrammar(toks[k + 2], Gr.claim)) return false;
  const before = toks[k - 2];
  // (Not after a relative, والتي تقوم على …: a verb, no name.)
  if (!isWord(before) || grammarOf(before) || (before.norm.startsWith("و") && lexicon().grammar.get(before.norm.slice(1)))) return false;
  return !!cueAt(p, k - 2) || sourceClass(before)?.cls === "title" || nameLikeWord(p, k - 2);
}

/**
 * المشرف العام على البرنامج، القائم على المشروع: على right after a title whose complement it is (ar-words
 * overseerTitles), or after its adjective, opens what the title is in charge of (a programme, a site),
 * not the medium the words were said in.
 */
function overseen(p: Para, k: number): boolean {
  if (p.toks[k].norm !== "علي") return false;
  const ar = lexicon().ar;
  const prev = p.toks[k - 1];
  if (!isWord(prev)) return false;
  if (inList(prev, ar.overseerTitles)) return true;
  return inList(prev, ar.titleAdjectives) && isWord(p.toks[k - 2]) && inList(p.toks[k - 2], ar.overseerTitles);
}

/**
 * عضو المجلس الاستشاري للرئاسة المصرية الدكتور سامي حداد، مدير برنامج نماء لحاضنات الأعمال سامي بن
 * عطاف: لـ and an institution before an honorific with the article and a name, or before a name with
 * بن, is still the title's (whose council), not who was told.
 */
export function bodyBeforeHolder(p: Para, k: number): boolean {
  for (let m = k + 1; m <= k + 4; m++) {
    const w = p.toks[m];
    if (!isWord(w) || arComp(w) || cueAt(p, m)) return false;
    const name = p.toks[m + 1];
    if (!isWord(name) || !name.ar || arComp(name)) continue;
    if (w.norm.startsWith("ال") && inList(w, lexicon().ar.honorifics) && !sourceClass(name)) return true;
    if (w.ar && !sourceClass(w) && (name.norm === "بن" || name.norm === "بنت") && isWord(p.toks[m + 2])) return true;
  }
  return false;
}

/**
 * التي حذر رئيسها الولايات المتحدة من …: after a source noun with its possessive pronoun (رئيسها، وزيرها)
 * a definite noun is no genitive of it; one that is no adjective (السابق، الأمريكي) and no person's
 * title starts the verb's object.
 */
function objectAfterPossessed(p: Para, k: number): boolean {
  const t = p.toks[k];
  const prev = p.toks[k - 1];
  if (!t.ar || !t.norm.startsWith("ال") || t.norm.length < 5 || t.grammarBits & G_ANY || nisbaShape(t.norm)) return false;
  if (!isWord(prev) || !endsWithPronoun(p.text, prev.e) || !possessedSourceNoun(prev.norm)) return false;
  const c = sourceClass(t)?.cls;
  return !c || c === "org" || c === "place" || c === "group";
}

/**
 * وقال المحققون في تحليلهم لهذه النتائج إن …: في before a noun with a possessive pronoun that is no
 * source noun (his speech, their analysis) says where the words were said, not whose they were
 * (مسؤول في حكومتها stays one phrase).
 */
function ownNounAfterFi(p: Para, k: number): boolean {
  const n = p.toks[k + 1];
  if (p.toks[k].norm !== "في" || !isWord(n) || !n.ar || n.norm.length < 5 || n.norm.startsWith("ال")) return false;
  return endsWithPronoun(p.text, n.e) && !sourceClass(n) && !possessedSourceNoun(n.norm);
}

/** وقال الوزير في ختام الاجتماع، في محاولة لطمأنة …: في before an occasion or manner (ar-words occasionNouns), with or without the article. */
function occasionAfterFi(p: Para, k: number): boolean {
  const n = p.toks[k + 1];
  if (p.toks[k].norm !== "في" || !isWord(n) || !n.ar) return false;
  const ar = lexicon().ar;
  // (في هذا الصدد، في هذا السياق: a demonstrative after في points back to what was said before.)
  return ar.occasionNouns.has(n.norm) || (n.norm.startsWith("ال") && ar.occasionNouns.has(n.norm.slice(2))) || (ar.demonstratives.has(n.norm) && isWord(p.toks[k + 2]));
}

/**
 * النائب عن حزب الله، ممثل عن الشركة: after a representative's title, عن before an institution says
 * whom they represent (not تساءل النائب عن سبب …, قال الوزير عن الاتفاق: what was asked or spoken about);
 * بيان صادر عن المجلس: after "issued", who issued it.
 */
function represents(p: Para, k: number): boolean {
  const next = p.toks[k + 1];
  const ar = lexicon().ar;
  if (p.toks[k].norm !== "عن" || !isWord(next)) return false;
  // (The title may have its body after it: عضو مجلس النواب عن حزب الوسط.)
  let t = k - 1;
  while (t > k - 4 && t > 0 && isWord(p.toks[t]) && !inList(p.toks[t], ar.representativeTitles) && !inList(p.toks[t], ar.issuedParticiples)) t--;
  if (!isWord(p.toks[t]) || !(inList(p.toks[t], ar.representativeTitles) || (t === k - 1 && inList(p.toks[t], ar.issuedParticiples)))) return false;
  const c = sourceClass(next)?.cls;
  return c === "org" || c === "place" || c === "group";
}

/**
 * دراسة نشرتها مؤخراً مجلة "…": a time word between a relative verb with its object pronoun and the
 * institution that is that verb's subject is inside the source phrase.
 */
function timeInRelative(p: Para, k: number): boolean {
  // (نقلتها فجر الجمعة قناة "…": a time of two words, its second a time word too.)
  const prev = k > 1 && hasGrammar(p.toks[k - 1], Gr.time) ? p.toks[k - 2] : p.toks[k - 1];
  const next = hasGrammar(p.toks[k + 1], Gr.time) ? p.toks[k + 2] : p.toks[k + 1];
  if (!isWord(prev) || !isWord(next) || !endsWithPronoun(p.text, prev.e) || sourceClass(prev)) return false;
  const owner = sourceClass(next);
  return !!owner && owner.cls === "org" && !owner.definite;
}

/**
 * A word that cannot open a subject: a free preposition, a ḥāl (قال متوجهاً إلى …), a noun under an
 * attached preposition with a pronoun (اعترف بوجوده، وفقاً لتعبيرها), a verbal noun of saying (قوله).
 */
export function notASubject(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t) || !t.ar || relativeWho(p, k)) return false;
  // اعتبرته نجماً: a word marked accusative (tanween fatha) is no subject of a verb.
  if (endsWithTanweenFath(p.text, t.e)) return true;
  if (inList(t, lexicon().ar.freePrepositions) || hasGrammar(t, Gr.verbnoun)) return true;
  if (sourceClass(t)) return false;
  // (وقدرت فقدان أكثر من … : an event's verbal noun is the verb's object, ar-words eventNouns.)
  if (inList(t, lexicon().ar.eventNouns)) return true;
  // ووصف اتهامها بـ … بأنه، أكدت لهما استعدادها: a verbal noun with its pronoun is the object.
  if (possessedVerbalNoun(p, k)) return true;
  // ونفى ذلك، واعتبرت ذلك "تحدياً": a demonstrative with no noun after it is the verb's object (هذه المصادر، هذا "المواطن" speak).
  if (inList(t, lexicon().ar.demonstratives) && !(isWord(p.toks[k + 1]) && p.toks[k + 1].norm.startsWith("ال")) && !isOpen(p.toks[k + 1])) return true;
  // (ونفى تلك الاتهامات: nor one whose noun ends a source, a claim: the demonstrative would speak alone.)
  if (inList(t, lexicon().ar.demonstratives) && isWord(p.toks[k + 1]) && endsSource(p, k + 1)) return true;
  // (وعلقت عليها: "…"، ينفي عنه التهم: a preposition with its pronoun is the verb's complement. Before a
  // quotation the source reading goes on: أعلن خلاله «خطة الطوارئ» names a plan, no words.)
  if (pronounPreposition(p, t) && !isOpen(p.toks[k + 1])) return true;
  if (hal(p, k)) return true;
  return t.norm.length >= 5 && (t.norm[0] === "ب" || t.norm[0] === "ل" || t.norm[0] === "ك") && endsWithPronoun(p.text, t.e);
}

/** The word ending at e carries tanween fatha (ً, before or after its final alef). */
export function endsWithTanweenFath(text: string, e: number): boolean {
  return text.charCodeAt(e - 1) === 0x064b || (text.charCodeAt(e - 1) === 0x0627 && text.charCodeAt(e - 2) === 0x064b);
}

/** An unnamed-source noun, a descriptor or a place: a quotation right after it is the words, not its name. */
function speaksBeforeQuote(t: Tok): boolean {
  const c = sourceClass(t)?.cls;
  return c === "anon" || c === "informed" || c === "descriptor" || c === "place";
}

/**
 * وبحسب مصادر "الوطن"، فإن …؛ وقالت مصادر «عكاظ» إن …: a short quotation right after an unnamed source
 * without the article, closed before a comma, a colon, إن/أن or فإن, names whose sources they are.
 */
function outletAfterSource(p: Para, j: number): boolean {
  const toks = p.toks;
  const q = p.quotes[toks[j].quote];
  const head = toks[j - 1];
  if (q.close < 0 || head.norm.startsWith("ال") || sourceClass(head)?.cls !== "anon" || quoteWords(p, toks[j]) > 2) return false;
  const after = toks[q.close + 1];
  return !after || isPunct(after, COMMA) || isPunct(after, ":") || !!arComp(after) || (isWord(after) && inList(after, lexicon().ar.faInna));
}

/**
 * وأكد الوزير «التزام الحكومة الكامل بالخطة»، وقال وزير المالية سامي حداد «إن العمل مستمر»: after a
 * person a quotation is the words, not a name, when it opens with a complementiser; after a
 * definite title that is no honorific (الوزير، not الدكتور "فلان"), which takes no quoted name in
 * construct as رئيس «التيار الوطني» does; after a title or a definite word and two name words when it
 * runs to three words or more. A kunya is the name's (الرئيس «أبو مازن»).
 */
function quotedWordsAfterPerson(p: Para, j: number): boolean {
  const toks = p.toks;
  const q = p.quotes[toks[j].quote];
  const first = toks[j + 1];
  if (q.close < 0 || !isWord(first)) return false;
  const ar = lexicon().ar;
  if (inList(first, ar.nameLinks)) return false;
  const before = toks[j - 1];
  const c = sourceClass(before);
  const title = !!c && c.cls === "title" && c.definite && !before.norm.startsWith("لل") && !inList(before, ar.honorifics);
  if (!title && (c || !nameLikeWord(p, j - 1))) return false;
  // (ساكن يدعى سمير "…": after "called" and a name the quotation goes with the cue before.)
  if (!title && isWord(toks[j - 2]) && inList(toks[j - 2], ar.soCalled)) return false;
  if (arComp(first) || title) return true;
  if (quoteWords(p, toks[j]) < 3 || !nameLikeWord(p, j - 2) || isNameQuote(p, q)) return false;
  const t3 = toks[j - 3];
  return isWord(t3) && (t3.norm.startsWith("ال") || sourceClass(t3)?.cls === "title");
}

/** A word that may be part of a person's name: Arabic, no source noun, no article, pronoun, preposition or cue. */
export function nameLikeWord(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t) || !t.ar || t.norm.length < 3 || t.norm.startsWith("ال") || sourceClass(t)) return false;
  if (endsWithPronoun(p.text, t.e) || inList(t, lexicon().ar.freePrepositions)) return false;
  return !(t.norm.length > 3 && (t.norm[0] === "ب" || t.norm[0] === "ل")) && !cueAt(p, k);
}

/**
 * المتحدث الرسمي للمديرية، "العقيد محمد العاصمي"، مشيراً …: a name in quotation marks as the apposition
 * (a title, an honorific or a name word first, at most five words, no complementiser), closed before
 * a comma, a colon, إن/أن or the end: where the phrase ends after it; 0 when it is none.
 */
function quotedApposition(p: Para, k: number, limit: number): number {
  const toks = p.toks;
  const t = toks[k];
  if (!isOpen(t) || t.quote < 0) return 0;
  const close = p.quotes[t.quote].close;
  if (close <= k + 1 || close >= limit || close - k - 1 > 5) return 0;
  for (let m = k + 1; m < close; m++) if (!isWord(toks[m]) || arComp(toks[m])) return 0;
  const first = toks[k + 1];
  const c = sourceClass(first);
  if (!(c?.cls === "title" || inList(first, lexicon().ar.honorifics) || (!c && nameLikeWord(p, k + 1)))) return 0;
  const after = toks[close + 1];
  return !after || isPunct(after, COMMA) || isPunct(after, ":") || arComp(after) ? close + 1 : 0;
}

/** A parenthetical after a comma that is not an apposition: تحدث بشرط …، الذي …، طلب عدم … */
function isParenthetical(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t)) return true;
  if (p.inAnon[k]) return true;
  const g = grammarOf(t);
  if (g && (g.has(Gr.relative) || g.has(Gr.time) || g.has(Gr.adjunct) || g.has(Gr.conj) || g.has(Gr.kana))) return true;
  // (…، لأن المحادثات سرية، إن …: a reason, ar-words closingReasons, is no name in apposition either.)
  if (inList(t, lexicon().ar.parentheticalStart) || inList(t, lexicon().ar.freePrepositions) || inList(t, lexicon().ar.closingReasons)) return true;
  // وفقاً للشركة، بسرعتها …: a noun under a preposition, with a pronoun, starts no apposition.
  if (t.ar && t.norm.length >= 5 && (t.norm[0] === "ب" || t.norm[0] === "ل" || t.norm[0] === "ك") && !sourceClass(t) && endsWithPronoun(p.text, t.e)) return true;
  return !!cueAt(p, k);
}

/** شدد فلان، رئيس الوفد سامي فلان على أن …: على، إلى or من (the verb's own) with the clause right after it. */
function clausePreposition(p: Para, k: number): boolean {
  const t = p.toks[k];
  return isWord(t) && (t.norm === "علي" || hasGrammar(t, Gr.ila) || hasGrammar(t, Gr.min)) && !!arComp(p.toks[k + 1]);
}

/** للمحققين، للصحفيين after a plain name word (no article, no lexicon class): the addressees, not the source's words. */
function toldPersons(p: Para, k: number): boolean {
  const t = p.toks[k];
  const n = t.norm;
  // (قال الزوجان لمؤيديهما، كتب لمتابعيه: لـ and a sound plural in construct with its pronoun, "to their supporters".)
  if (t.ar && k > 0 && isWord(p.toks[k - 1]) && n.startsWith("ل") && !n.startsWith("لل") && endsWithPronoun(p.text, t.e) && somePossessedStem(n.slice(1), (stem) => stem.length >= 5 && stem.endsWith("ي") && !grammarOf(p.toks[k]))) return true;
  if (!t.ar || n.length < 7 || !n.startsWith("لل") || !(n.endsWith("ين") || n.endsWith("ون"))) return false;
  const prev = p.toks[k - 1];
  return isWord(prev) && prev.ar && !prev.norm.startsWith("ال") && !sourceClass(prev) && !grammarOf(prev);
}

/**
 * اتهمت بريطانيا روسيا بـ …، اتهمت الولايات المتحدة ماريا فلانة بـ …: after a subject that is a
 * country alone (one or two words), another country or a plain name word is the verb's object; a
 * country takes neither as an adjective or a genitive.
 */
function objectAfterPlace(p: Para, k: number, j: number): boolean {
  const toks = p.toks;
  const t = toks[j];
  if (j === k || j - k > 2 || sourceClass(toks[k])?.cls !== "place" || !isWord(t) || !t.ar) return false;
  for (let i = k + 1; i < j; i++) if (!isWord(toks[i]) || !toks[i].norm.startsWith("ال")) return false;
  // (A word with و is the pair's second part, فرنسا والبرازيل; not واشنطن, a place as written.)
  if (t.norm.startsWith("و")) return lexicon().sources.get(t.norm)?.cls === "place";
  // (واشنطن بوست، نيويورك تايمز: a word of an outlet's name, ar-words brandWords, goes on with the place;
  // so does one the next word is: باريس سان جيرمان.)
  if (inList(t, lexicon().ar.brandWords) || (isWord(toks[j + 1]) && inList(toks[j + 1], lexicon().ar.brandWords))) return false;
  return sourceClass(t)?.cls === "place" || (!t.norm.startsWith("ال") && !sourceClass(t) && !grammarOf(t));
}

/** How many words the body a statement belongs to, set off by commas, may have (بيان مقتضب، لألوية العمالقة في الجيش الوطني، إن). */
const OWNER_WORDS = 8;

/**
 * وقال بيان مقتضب، لألوية العمالقة في الجيش الوطني، إن …: after a statement noun (ar-words issuedTexts) at token k,
 * the body it belongs to under لـ (an institution or a place) set off by the comma at token j and another comma
 * before the complementiser; null: none.
 */
function ownerApposition(p: Para, k: number, j: number, limit: number): { end: number; words: number } | null {
  const toks = p.toks;
  const head = isWord(toks[k]) ? sourceClass(toks[k]) : null;
  const t = toks[j + 1];
  if (!head || !lexicon().ar.issuedTexts.has(head.lemma) || !isWord(t) || !t.norm.startsWith("ل") || t.norm.startsWith("ال")) return null;
  // (An institution, or a name the lexicon does not know: لألوية العمالقة; no function word, لم يذكر, nor a definite
  // word, للمرة الثانية.)
  const owner = sourceClass(t);
  if (owner ? owner.cls !== "org" && owner.cls !== "place" : grammarOf(t) || t.norm.length < 4 || t.norm.startsWith("لل")) return null;
  let m = j + 2;
  while (m < limit && m - j <= OWNER_WORDS && isWord(toks[m])) m++;
  return isPunct(toks[m], COMMA) && arComp(toks[m + 1]) ? { end: m, words: m - j - 1 } : null;
}

/**
 * Apposition after the comma at token j: a short run of words closed by a comma or followed by the
 * complementiser; where it ends and how many words it has, null when none.
 */
function apposition(p: Para, j: number, limit: number): { end: number; words: number } | null {
  const toks = p.toks;
  const named = quotedApposition(p, j + 1, limit);
  if (named > 0) return { end: named, words: 1 };
  if (isParenthetical(p, j + 1)) return null;
  // (…، فبعد أن، قبل أن: a time or purpose clause, no one's name.)
  if (isWord(toks[j + 1]) && hasWithClitic(lexicon().ar.verbalAn, toks[j + 1].norm)) return null;
  let m = j + 1;
  let w = 0;
  // Where the title's institution under لـ the apposition went on into stands (-1: none).
  let inst = -1;
  // المسؤول الأول عن المحتوى في "نتفليكس": a title's description may say what it is in charge of.
  const titled = isWord(toks[m]) && !!sourceClass(toks[m]);
  // (زعيم الحزب، المعروف بأنه …: a definite word that is no source noun opens a description, not a name.)
  if (!titled && isWord(toks[m]) && toks[m].norm.startsWith("ال") && !nisbaShape(toks[m].norm)) return null;
  for (;;) {
    if (m >= limit || w >= (inst > 0 ? 10 : 8)) break;
    const u = toks[m];
    if (titled && isOpen(u) && u.quote >= 0 && quoteWords(p, u) === 1 && p.quotes[u.quote].close > m && p.quotes[u.quote].close < limit) {
      m = p.quotes[u.quote].close + 1;
      w++;
      continue;
    }
    if (!isWord(u)) break;
    if (endsSource(p, m) && !(titled && w > 0 && u.norm === "عن" && isWord(toks[m + 1]) && !arComp(toks[m + 1]))) {
      // (…، الرئيس التنفيذي لأبل إن: the title's institution under لـ is in the apposition, as in the phrase;
      // the apposition may then take two words more.)
      if (!(titled && w > 0 && inst < 0 && ofInstitution(p, j + 1, m))) break;
      inst = m;
    }
    m++;
    w++;
  }
  return appositionEnds(p, m, w, titled, inst > 0) ? { end: m, words: w } : null;
}

/**
 * An apposition of w words (titled: opening with a source noun; long: with a title's institution under لـ)
 * may end before token m: a comma, the complementiser ….
 */
function appositionEnds(p: Para, m: number, w: number, titled: boolean, long: boolean): boolean {
  const after = p.toks[m];
  // (…، نفتالي فلان على الحادثة بالقول إن: a manner phrase after it, as the complementiser would.)
  return w > 0 && w <= (titled ? (long ? 10 : 8) : 5) && (isPunct(after, COMMA) || !!arComp(after) || isPunct(after, ":") || isOpen(after) || (!!after && isAddressee(after)) || hasGrammar(after, Gr.verbnoun) || clausePreposition(p, m) ||
    // (…، فلان على إغلاق …: على right after a name opens what the verb is about.)
    (isWord(after) && alaAfterName(p, m)) ||
    // (…، ونائب القائد الأعلى للقوات المسلحة الإماراتية في تغريدة: a medium after the institution's name.)
    (long && isWord(after) && inList(after, lexicon().ar.beforeTimeOrMedium) && endsSource(p, m)));
}

/**
 * The source noun phrase starting at k: its end (exclusive), k when none.
 * Takes one apposition between commas (المتحدث باسم الوزارة، أحمد فلان، إن).
 */
export function arSourceNP(p: Para, k: number, limit: number): number {
  const toks = p.toks;
  if (notASubject(p, k)) return k;
  let j = k;
  let words = 0;
  while (j < limit) {
    const t = toks[j];
    if (t.kind === PUNCT && COMMA.includes(t.norm) && words > 0) {
      const ap = ownerApposition(p, k, j, limit) ?? apposition(p, j, limit);
      if (ap) {
        j = ap.end;
        words += ap.words;
      }
      break;
    }
    // مدير الهيئة م. سامي الحربي: a title abbreviated to one letter and its stop join the phrase.
    // (Right after the cue too: وقال م. سامي الحربي.)
    if (isPunct(t, ".") && words >= 1 && arTitleStop(toks, j) && j + 1 < limit) {
      j++;
      continue;
    }
    // #هيئة_تنظيم_الكهرباء: a hashtag's marks inside the phrase join its words.
    if (t.kind === PUNCT && (t.norm === "#" || t.norm === "_") && isWord(toks[j + 1]) && toks[j + 1].s === t.e && (t.norm === "#" || (j > k && toks[j - 1].e === t.s))) {
      j++;
      continue;
    }
    // المادة (27)، مايو (أيار)، فلانة (ناشطة اجتماعية): a short parenthesis belongs to the phrase.
    if (isPunct(t, "(") && words > 0) {
      let m = j + 1;
      while (m < limit && m - j <= 4 && !isPunct(toks[m], ")") && (isWord(toks[m]) || toks[m].kind === NUM)) m++;
      if (m < limit && m > j + 1 && isPunct(toks[m], ")")) {
        j = m + 1;
        words++;
        continue;
      }
      break;
    }
    // A name in quotation marks is part of the phrase: شركة "نتفليكس"، «فاتر»; not after an unnamed
    // source or a place, where it is the words (وقال مصدر دبلوماسي "يجب أن …"، وصفته واشنطن "بالرهيب").
    if (isOpen(t) && t.quote >= 0 && words > 0 && isWord(toks[j - 1]) && ((speaksBeforeQuote(toks[j - 1]) && !outletAfterSource(p, j)) || quotedWordsAfterPerson(p, j))) break;
    if (isOpen(t) && t.quote >= 0) {
      const q = p.quotes[t.quote];
      let w = 0;
      for (let m = q.open + 1; m < q.close; m++) if (isWord(toks[m])) w++;
      const after = toks[q.close + 1];
      // (A quotation that opens with إن/أن, وقال فلان "إن الحي هادئ", is the words, not a name;
      // after a naming word it is one: لشبكة "إن بي سي".)
      // (وأبدى الاتحاد "أسفه الشديد": a feeling or a verbal noun with its pronoun, ar-grammar verbnoun, is the verb's object.)
      const first = toks[q.open + 1];
      const spoken = (!!arComp(first) && !isNameQuote(p, q)) || (isWord(first) && hasGrammar(first, Gr.verbnoun) && endsWithPronoun(p.text, first.e));
      if (q.close > 0 && q.close < limit && w >= 1 && w <= 4 && !(after && isOpen(after)) && !spoken) {
        j = q.close + 1;
        words += w;
        continue;
      }
      break;
    }
    if (j > k && gluedHyphen(toks, j)) {
      j++;
      continue;
    }
    // حض الاتحاد الأوروبي كل الأطراف على …: كل after the subject opens the object.
    // (التقى الرئيس فلان نظيره الروسي: "his counterpart" after the subject opens the object too.)
    if (j > k && isWord(t) && (inList(t, lexicon().ar.quantifiers) || inList(t, lexicon().ar.counterparts))) break;
    // (وبرر كثير من مستخدمي تويتر هذا الموقف بـ …: a demonstrative and its definite noun after a word with the article
    // or a name is the verb's object; a construct's head takes it as its genitive, رئيس هذه اللجنة، مصدر في هذه الوزارة.)
    if (j > k && (demonstrativeObject(p, k, j) || pluralAfterSingularName(p, j))) break;
    // التقرير الـ 51 للجنة، الدورة الـ 30: a number after the article written apart is an ordinal, part of the name.
    if (t.kind === NUM && j > k && isWord(toks[j - 1]) && toks[j - 1].norm === "ال") {
      j++;
      continue;
    }
    if (!isWord(t) || (endsSource(p, j) && !ofInstitution(p, k, j) && !employer(p, k, j) && !relativeWho(p, j))) break;
    if (objectAfterPlace(p, k, j) || toldPerson(p, k, j)) break;
    // (A long title read on to إن/أن right after it: longTitleToComp.)
    if (words >= 9 && !(words < 12 && afterParticle(p, k, j)) && !(words < 9 + LONG_TITLE && longTitleToComp(p, k, j, limit))) break;
    j++;
    words++;
  }
  return withoutTrailingPreposition(p, k, j);
}

/**
 * ودعا السيستاني العراقيين إلى …: a definite plural nisba (العراقيين، الأمريكيون) right after a singular name word (a
 * name, with the article or not, no source noun, no plural or dual ending) agrees with nothing before it: the
 * verb's object opens there. (المسؤولين العراقيين، القادة العراقيين: a plural or a source noun takes it.)
 */
function pluralAfterSingularName(p: Para, j: number): boolean {
  const t = p.toks[j];
  const prev = p.toks[j - 1];
  if (!isWord(t) || !t.ar || !t.norm.startsWith("ال") || !(t.norm.endsWith("يين") || t.norm.endsWith("يون")) || t.norm.length < 7) return false;
  if (!isWord(prev) || !prev.ar || sourceClass(prev) || grammarOf(prev) || endsWithPronoun(p.text, prev.e)) return false;
  const n = prev.norm;
  if (n.length < 4 || n.endsWith("ين") || n.endsWith("ون") || n.endsWith("ات") || n.endsWith("ان") || n.endsWith("اء")) return false;
  // (A word without the article only as a name's last word, after another name word: لجنة حماية الصحافيين is a construct.)
  return n.startsWith("ال") ? nisbaShape(n) : nameLikeWord(p, j - 1) && !n.endsWith("ه") && nameLikeWord(p, j - 2);
}

/**
 * Token j of the phrase from k is a demonstrative before a definite word, after a word with the article or after a
 * name word that is itself not the phrase's head (سامي حداد هذا، مستخدمي تويتر هذا): no genitive of it. (مؤلف هذا
 * الكتاب: a head the lexicon does not know takes it as its genitive.)
 */
function demonstrativeObject(p: Para, k: number, j: number): boolean {
  const toks = p.toks;
  const prev = toks[j - 1];
  if (!isWord(toks[j]) || !inList(toks[j], lexicon().ar.demonstratives) || !isWord(toks[j + 1]) || !toks[j + 1].norm.startsWith("ال")) return false;
  if (!isWord(prev)) return false;
  if (prev.norm.startsWith("ال")) return !grammarOf(prev);
  return nameLikeWord(p, j - 1) && j - 2 >= k && isWord(toks[j - 2]) && !grammarOf(toks[j - 2]);
}

/**
 * وقال مصدر في الوزارة للمحقق، وقال مسؤول أمني للمراسل إن …: لـ before a person's noun (a title or an
 * unnamed source's noun, with the article) is who was told after an unnamed source (not after a title in
 * its description, مسؤول في مكتب المستشار للرئيس, nor after an adjective of affiliation, ar-grammar affil:
 * مصادر مقربة للحكومة); token j of the phrase from k.
 */
function toldPerson(p: Para, k: number, j: number): boolean {
  const t = p.toks[j];
  if (j === k || !t.ar || !t.norm.startsWith("لل") || t.norm.length < 5) return false;
  const c = sourceClass(t);
  if (!c || (c.cls !== "title" && c.cls !== "anon") || inList(t, lexicon().ar.honorifics)) return false;
  // (Only after an unnamed source: المفوضية العليا للاجئين، بيان للمتحدث الرسمي: for or of.)
  if (!isWord(p.toks[k]) || sourceClass(p.toks[k])?.cls !== "anon") return false;
  for (let i = k + 1; i < j; i++) if (isWord(p.toks[i]) && sourceClass(p.toks[i])?.cls === "title") return false;
  // (مصادر مقربة للحكومة: after an adjective of affiliation, لـ says whom the source is close to.)
  return !hasGrammar(p.toks[j - 1], Gr.affil);
}

/**
 * A name particle's word is read past a source phrase's word limit (… محمد بن عبد الرحمن آل ثاني), and so
 * is the family name after the word it joins (… أحمد بن عيد الحربي): token j follows a particle, or a
 * particle and one word, inside the phrase that starts at k.
 */
function afterParticle(p: Para, k: number, j: number): boolean {
  const particle = (i: number) => i >= k && isWord(p.toks[i]) && inList(p.toks[i], lexicon().ar.nameParticles);
  return particle(j - 1) || particle(j - 2);
}

/**
 * Where a source [a, b) ends without the prepositions it stopped after (…الاتحاد الأوروبي في "…"، وأشار
 * البيان إلى تداعيات …: not البيان إلى); a source keeps its first word.
 */
export function withoutTrailingPreposition(p: Para, a: number, b: number): number {
  while (b - 1 > a && isWord(p.toks[b - 1]) && inList(p.toks[b - 1], lexicon().ar.freePrepositions)) b--;
  return b;
}

/**
 * وقال أول من تحدث: the verb at k follows «من» (who) after أول/آخر right after a cue, inside that cue's
 * subject ("the first who spoke"). (Not after a noun: الصحيفة أول من تحدث عن …, the paper was the first.)
 */
export function whoVerb(p: Para, k: number): boolean {
  const man = p.toks[k - 1];
  const first = p.toks[k - 2];
  if (k >= 1 && relativeWho(p, k - 1)) return true;
  return k >= 3 && isWord(man) && man.norm === "من" && isWord(first) && (first.norm === "اول" || first.norm === "اخر") && cueAt(p, k - 3)?.to === k - 2;
}

/** How many words after a relative "who" its clause may have before the complementiser. */
const WHO_CLAUSE = 8;

/**
 * وقال من حضر الاجتماع إن …، ويقول من يعرفونه إنه …، وقال أحد الذين حضروا الاجتماع إن …: a relative "who"
 * (ar-words relativeWho) at k opens the subject right after a cue (من، ممن), or continues it after "one
 * of", "some of" (ar-words partitiveHeads; عدد من …) opening it; a verb follows, and إن/أن within
 * the next words of its sentence (not وقال من جهته، قال من القاهرة: no verb after من).
 */
export function relativeWho(p: Para, k: number): boolean {
  const toks = p.toks;
  const t = toks[k];
  const ar = lexicon().ar;
  if (k < 1 || !isWord(t) || !inList(t, ar.relativeWho)) return false;
  const prev = toks[k - 1];
  const partitive = (i: number) => i >= 0 && isWord(toks[i]) && inList(toks[i], ar.partitiveHeads);
  const afterPart = partitive(k - 1) || (isWord(prev) && prev.norm === "من" && partitive(k - 2));
  let afterCue = false;
  for (let i = k - 1; i >= Math.max(0, k - 3) && !afterCue; i--) afterCue = cueAt(p, i)?.to === k;
  if (!afterPart && !(afterCue && (t.norm === "من" || t.norm === "ممن"))) return false;
  const v = toks[k + 1];
  if (!isWord(v) || !v.ar || v.norm.length < 3 || v.norm.startsWith("ال") || sourceClass(v) || (grammarOf(v) && !cueAt(p, k + 1))) return false;
  // (أكد من خلالها أن …: من خلاله/خلالها is "through it", back to a noun before the verb; no one is named.)
  if (inList(v, ar.inItPronouns)) return false;
  for (let j = k + 2; j < toks.length && j <= k + 1 + WHO_CLAUSE; j++) {
    if (arComp(toks[j])) return true;
    if (!isWord(toks[j]) && !(isPunct(toks[j], COMMA) && arComp(toks[j + 1]))) return false;
  }
  return false;
}

/**
 * أكد الوزير على ضرورة وجود حل "دولي"، وشددت الهيئة على أهمية …: after a verb whose object is under على
 * (ar-words alaObjectVerbs), على inside the source read after the verb opens that object: the source ends
 * there (cut) and an object read inside it opens after على (opens); null: none. (Not على that a word of the
 * description takes, ar-words alaHeads and overseerTitles one or two words before it: مصدر مطلع على
 * المفاوضات، المشرف التنفيذي على الكرة; nor before a noun it governs there, alaKept: مسؤول على صلة بالملف;
 * nor after a body's لل-noun: الهيئة الوطنية للرقابة على …) After a verb of calling, إلى opens the call's object
 * the same way (callToIla: ودعا الرئيس إلى وحدة الصف). After any verb "the need for" (needNouns:
 * أكد الوزير ضرورة وجود …) is no word of the source either; the object opens at it.
 */
export function objectInSource(p: Para, e: CueEntry, a: number, b: number): { cut: number; opens: number } | null {
  const ar = lexicon().ar;
  const toks = p.toks;
  const head = (i: number) => i >= a && isWord(toks[i]) && (inList(toks[i], ar.alaHeads) || inList(toks[i], ar.overseerTitles));
  const ala = ar.alaObjectVerbs.has(e.lemma);
  const ila = callToIla(p, e, a, b);
  if (ila > 0) b = ila + 1;
  // (Right after the source too, وأكدت النقابة ضرورة وجود "…": the object opens there, not at the quotation.)
  for (let k = a + 1; k <= b; k++) {
    if (!isWord(toks[k])) continue;
    if (inList(toks[k], ar.needNouns)) return { cut: k, opens: k };
    if (k === ila) return { cut: k, opens: k };
    if (k === b) break;
    if (!ala || toks[k].norm !== "علي" || !isWord(toks[k + 1])) continue;
    // (عضو الهيئة الوطنية للرقابة على تنفيذ …: a body's لل-noun takes its على, inside the name.)
    if (head(k - 1) || head(k - 2) || toks[k - 1].norm.startsWith("لل") || inList(toks[k + 1], ar.alaKept)) return null;
    return { cut: k, opens: k + 1 };
  }
  return null;
}

/**
 * أكد قائد المنطقة العسكرية الرابعة في مدينة عدن اللواء أحمد فلان وجود أسرى …: a source phrase [k, e) cut at its
 * word limit before a word (no comma) runs on, as longTitleToComp does to إن/أن, to a claim noun without the
 * article (ar-grammar claim: وجود، صحة) within LONG_TITLE words of plain words (no cue, no grammar word but
 * في/من/عن, no على, no quotation); the claim noun's token, where the object opens, -1: none.
 */
export function longTitleToClaim(p: Para, k: number, e: number, limit: number): number {
  const toks = p.toks;
  let words = 0;
  for (let j = k; j < e; j++) if (isWord(toks[j])) words++;
  if (words < 9 || !isWord(toks[e]) || p.inAnon[e]) return -1;
  for (let j = k; j < e; j++) if (isWord(toks[j]) && (toks[j].norm === "علي" || hasGrammar(toks[j], Gr.claim))) return -1;
  for (let j = e; j < limit && j < e + LONG_TITLE; j++) {
    const t = toks[j];
    if (!isWord(t) || cueAt(p, j) || t.norm === "علي") return -1;
    if (j > e && hasGrammar(t, Gr.claim) && !t.norm.startsWith("ال")) return j;
    if (grammarOf(t) && !(hasGrammar(t, Gr.min) || t.norm === "في" || t.norm === "عن")) return -1;
  }
  return -1;
}

/**
 * ودعا الرئيس إلى وحدة الصف …: after a verb of calling (frame obj: دعا، طالب، حث), إلى inside the source read
 * after the verb opens the call's object; its token, -1: none. (Not before a place: المبعوث الأممي إلى اليمن
 * فلان, an envoy's title; nor right after an envoy's title, before a region: المبعوث الأمريكي إلى الشرق الأوسط.)
 */
function callToIla(p: Para, e: CueEntry, a: number, b: number): number {
  // (So for a verb whose words follow إلى, frame ila: أشار المركز إلى تحديد موقع العاصفة، لفت خبراء إلى الحاجة.)
  if (!e.frames.has(Fr.obj) && !e.frames.has(Fr.ila)) return -1;
  const toks = p.toks;
  for (let k = a + 1; k < b; k++) {
    if (!isWord(toks[k]) || !hasGrammar(toks[k], Gr.ila) || !isWord(toks[k + 1])) continue;
    // (An envoy's إلى, ar-words envoyTitles, one or two words before: المبعوث الأمريكي إلى الشرق الأوسط فلان.)
    if (inList(toks[k - 1], lexicon().ar.envoyTitles) || (k - 2 >= a && inList(toks[k - 2], lexicon().ar.envoyTitles))) continue;
    return sourceClass(toks[k + 1])?.cls === "place" ? -1 : k;
  }
  return -1;
}
