// A noun object that states a claim (ANNOTATION: accusations, denials, confirmations and
// warnings with a noun object are statements; calls, welcomes and announcements of an
// action are not — those verbs lack the frames): where it opens after a verb and its
// subject, and where it starts when the source phrase ran on into it.
import { Fr, Gr, lexicon, type CueEntry } from "../lexicon";
import { grammarOf, hasGrammar, inList, sourceClass } from "../lexicon/lookup";
import type { Opening } from "../statements/found";
import { isClose, isOpen, isPunct, isWord, sentenceEndTok, type Para } from "../text/paragraph";
import type { Tok } from "../text/token";
import { endsWithPronoun } from "../text/chars";
import { endsWithTanweenFath, nameLikeWord } from "./source-phrase";
import { afterCognateObject, arComp, feminineForm, indefiniteAdjective, isAddressee, nisbaShape, possessedSourceNoun, quotedWordsAt, somePossessedStem, verbalNounShape } from "./words";

/**
 * The claim a verb states with a noun object at token k0 (after its subject), per its frames;
 * null when none; `own`: an object under the verb's own preposition may open (كشفت عن …، أفاد بـ…).
 *   ma    ينفي ما …                       min  حذر من وقوع …، حذر من استمرار …
 *   bi    اتهم X بـ …                     ila  أشار إلى تحقيق …، لافتاً إلى نجاح …
 *   noun  نفى وجود …، أكد مقتل …، ينفي أي علاقة …، نفت هذه الاتهامات، أفاد بمقتل …
 *   resp  حمّل X مسؤولية …
 */
export function nounObject(p: Para, k0: number, e: CueEntry, sentEnd: number, own = true): Opening | null {
  const toks = p.toks;
  let k = k0;
  // An adverb first (نفت أنقرة قطعياً هذه الاتهامات).
  while (isWord(toks[k]) && hasGrammar(toks[k], Gr.adjunct) && k - k0 < 2) k++;
  // A cognate object (نفت الوزارة نفيا قاطعا وجود …): the claim follows it.
  k = afterCognateObject(p, k);
  // لـ«الصباح»، لرويترز: who was told, before the object.
  const told = toks[k + 1];
  if (isWord(toks[k]) && toks[k].norm === "ل" && isOpen(told) && p.quotes[told.quote]?.close > k + 1) k = p.quotes[told.quote].close + 1;
  else if (isWord(toks[k]) && isAddressee(toks[k])) {
    // (لبي بي سي عربي: the outlet's other words, its initials and an adjective.)
    k++;
    while (isWord(toks[k]) && (hasGrammar(toks[k], Gr.addressee) || (toks[k].norm.length <= 2 && !lexicon().ar.maObject.has(toks[k].norm)) || (nisbaShape(toks[k].norm) && !toks[k].norm.startsWith("ال") && !hasGrammar(toks[k], Gr.claim)))) k++;
  }
  // (لوكالة الأنباء عن …: the outlet's name runs to the preposition of a verb of revealing.)
  if (own && k > k0 && lexicon().ar.anObjectVerbs.has(e.lemma)) k = anAfterOutlet(p, k);
  const t = toks[k];
  // The object may be a quoted name (اتهمت "أوكسفام" بتضليل …).
  if (!t || !(isWord(t) || isOpen(t))) return null;
  const at = (j: number): Opening => ({ tok: j, start: toks[j].s });
  const next = toks[k + 1];
  const ar = lexicon().ar;
  if (e.frames.has(Fr.ma) && ar.maObject.has(t.norm) && !soCalled(next)) return at(k);
  // نفى المجلس «ما تم تداوله …»، أكد «وقوع إصابات»: a quotation that opens with the claim.
  if (isOpen(t) && isWord(next) && e.frames.has(Fr.noun) && (hasGrammar(next, Gr.claim) || (next.norm === "ما" && !soCalled(toks[k + 2])))) return at(k);
  if (e.frames.has(Fr.min) && t.norm === "من" && isWord(next)) return at(k + 1);
  // حذر تركيا من …: a short object before من.
  if (e.frames.has(Fr.min)) for (let j = k + 1; j <= k + 2; j++) if (isWord(toks[j]) && toks[j].norm === "من" && isWord(toks[j + 1])) return at(j + 1);
  // (With إلى only a verbal noun in construct or a claim noun: أشار إلى الاجتماع only mentions it.)
  if (e.frames.has(Fr.ila) && hasGrammar(t, Gr.ila) && isWord(next) && (hasGrammar(next, Gr.claim) || constructHead(p, k + 1) || verbalNounHead(p, k + 1))) return at(k + 1);
  if (e.frames.has(Fr.bi)) {
    // The object, then a word with بـ (بالكشف، بعرقلة); with the object a pronoun on the verb,
    // the بـ word may follow the subject at once (تتهمه أنقرة بالوقوف).
    for (let j = e.objPron ? k : k + 1; j < Math.min(sentEnd, k + 12); j++) if (isWord(toks[j]) && toks[j].norm.startsWith("ب") && toks[j].norm.length > 3) return at(k);
  }
  // (The object may have run into the subject: حملت الوزارة الشركة مسؤولية …)
  if (e.frames.has(Fr.resp)) for (let j = k; j < Math.min(sentEnd, k + 5); j++) if (isWord(toks[j]) && ar.responsibility.has(toks[j].norm)) return at(k);
  // (فتح تحقيق في مقتل …: a claim noun after a preposition other than the verb's own — أكد على،
  // حذر من — is that preposition's, not the verb's.)
  const pk = toks[k - 1];
  const governed = isWord(pk) && ar.freePrepositions.has(pk.norm) && !ar.cuePrepositions.has(pk.norm);
  // كشفت مصادر عن تحركات …، أفاد ناشطون بفشل هجوم …: the verb's own preposition carries what was made known.
  const o = own ? ownPrepositionObject(p, t, next, e) : -1;
  if (o >= 0) return at(k + o);
  if (e.frames.has(Fr.noun) && !governed) {
    if (hasGrammar(t, Gr.claim) || possessedClaim(t) || claimWithBi(t) || ar.claimPronoun.has(t.norm) || ar.objectClaims.has(t.norm) || (t.norm === "ما" && !soCalled(next))) return at(k);
    // ينفي أي علاقة، نفت هذه الاتهامات: a determiner before the claim.
    if (ar.claimDeterminers.has(t.norm) && isWord(next) && (t.norm === "اي" || hasGrammar(next, Gr.claim))) return at(k);
  }
  if (e.frames.has(Fr.min) && isWord(next) && t.norm === "من" && hasGrammar(next, Gr.claim)) return at(k + 1);
  return null;
}

/**
 * كشف عن …، أفصح عن … (ar-words anObjectVerbs), أفاد بـ… (biObjectVerbs): whatever noun the verb's own
 * preposition governs is the claim; the offset of where it opens from t (1 after عن, 0 for the بـ word),
 * -1 when t is no such object. (عن أن … is a clause the frames open; a source after عن, but for an institution, الإعلان، البيان, is a relay's.)
 */
function ownPrepositionObject(p: Para, t: Tok, next: Tok | undefined, e: CueEntry): number {
  const ar = lexicon().ar;
  // (كشفها عن …: with its pronoun the word is the verbal noun, "her unveiling of".)
  if (e.objPron) return -1;
  if (t.norm === "عن") return ar.anObjectVerbs.has(e.lemma) && isWord(next) && next.ar && !ownThing(p, next) && (plainNoun(next) || sourceClass(next)?.cls === "org") ? 1 : -1;
  return t.ar && t.norm.length > 3 && t.norm.startsWith("ب") && ar.biObjectVerbs.has(e.lemma) && plainNoun(t) ? 0 : -1;
}

/** لوكالة الأنباء عن …، لوكالة "فرانس برس" عن …: the عن after the rest of an outlet's name (two words or a short quotation), else k. */
function anAfterOutlet(p: Para, k: number): number {
  const t = p.toks[k];
  const q = isOpen(t) ? p.quotes[t.quote] : undefined;
  if (q && q.close > k && q.close - k <= 5) return isWord(p.toks[q.close + 1]) && p.toks[q.close + 1].norm === "عن" ? q.close + 1 : k;
  for (let j = k; j < k + 3 && isWord(p.toks[j]) && !arComp(p.toks[j]); j++) if (p.toks[j].norm === "عن") return j;
  return k;
}

/** إن/أن/بأن within the dozen words after k, in its sentence: the words open there, not at a noun. */
function clauseAhead(p: Para, k: number): boolean {
  const end = Math.min(sentenceEndTok(p, k), k + 13);
  for (let j = k + 1; j < end; j++) if (arComp(p.toks[j])) return true;
  return false;
}

/**
 * كشفت الشركة عن هاتفها الجديد، عن خطتها: a thing of the subject's own (a possessive pronoun on a noun that
 * states no claim) is unveiled or announced, not a claim (مقتله، تورطها are).
 */
function ownThing(p: Para, t: Tok): boolean {
  return endsWithPronoun(p.text, t.e) && !possessedClaim(t);
}

/**
 * A noun that can open a claim: a claim noun, a plan (خطة، برنامج), or a word with no grammar, no source noun,
 * no preposition.
 */
function plainNoun(t: Tok): boolean {
  if (hasGrammar(t, Gr.claim) || hasGrammar(t, Gr.norm)) return true;
  return !grammarOf(t) && !sourceClass(t) && !inList(t, lexicon().ar.freePrepositions);
}

/** انتماءه، تورطها، مقتله: a claim noun with a possessive pronoun (the claim is about whom it names). */
function possessedClaim(t: Tok): boolean {
  return t.ar && somePossessedStem(t.norm, (stem) => !!lexicon().grammar.get(stem)?.has(Gr.claim));
}

/** أفاد المرصد بمقتل …، اعترف بوجود …: an event claimed under the بـ the verb takes (ar-words biClaims). */
function claimWithBi(t: Tok): boolean {
  return inList(t, lexicon().ar.biClaims);
}

/** ما يسمى "…"، ما يعرف بـ: "the so-called", a name rather than a claim. */
function soCalled(t: Tok | undefined): boolean {
  return isWord(t) && inList(t, lexicon().ar.soCalled);
}

/** نجاح الحملة: an unarticled noun that is no source word, in construct with a definite one. */
function constructHead(p: Para, k: number): boolean {
  const t = p.toks[k];
  const n = p.toks[k + 1];
  // (Not a demonstrative, هذه القضية: أشار إلى هذه القضية only mentions it.)
  return isWord(t) && !t.norm.startsWith("ال") && !sourceClass(t) && !inList(t, lexicon().ar.demonstratives) && isWord(n) && n.norm.startsWith("ال");
}

/**
 * أشار إلى تحقيق اختراقات نوعية، لفت إلى استسلام أعداد من المسلحين: a verbal noun of the derived shapes (verbalNounShape)
 * with no article, in construct with any noun (indefinite too), is an event claimed, not a thing mentioned.
 */
function verbalNounHead(p: Para, k: number): boolean {
  const t = p.toks[k];
  const n = p.toks[k + 1];
  // (Not before a word with لـ or بـ and the article, تكثيف للدور: no construct, the verbal noun is the topic named;
  // nor an occasion, ar-words occasionNouns: أشار إلى اجتماع عقد أمس only mentions it.)
  return isWord(t) && t.ar && !t.norm.startsWith("ال") && !sourceClass(t) && !grammarOf(t) && !inList(t, lexicon().ar.occasionNouns) && verbalNounShape(t.norm) && isWord(n) && n.ar && !grammarOf(n) && !/^[وفبكل]?(لل|بال|كال)/.test(n.norm);
}

/**
 * Where a noun object starts inside a source phrase [a, b) that ran on into it: حذر الوزير من
 * استمرار …، أشار المسؤول إلى تحقيق …، نفى الحزب تلك الاتهامات; b when it did not.
 */
export function objectStart(p: Para, a: number, b: number, e: CueEntry): number {
  const ar = lexicon().ar;
  const named = objectAfterName(p, a, b, e);
  if (named < b) return named;
  const described = objectBeforePredicate(p, a, b, e);
  if (described < b) return described;
  const place = placeAfterPerson(p, a, b);
  if (place < b) return place;
  if (e.frames.has(Fr.tell)) b = toldObjectAt(p, a, b);
  const held = e.frames.has(Fr.resp) ? heldResponsible(p, a, b) : b;
  if (held < b) return held;
  for (let k = a + 1; k < b; k++) {
    const t = p.toks[k];
    if (!isWord(t)) continue;
    const next = p.toks[k + 1];
    if ((e.frames.has(Fr.min) && t.norm === "من") || (e.frames.has(Fr.ila) && hasGrammar(t, Gr.ila))) {
      if (isWord(next) && (hasGrammar(next, Gr.claim) || constructHead(p, k + 1) || (e.frames.has(Fr.ila) && verbalNounHead(p, k + 1)))) return k;
      // (حذرت اللجنة من استخدام أي دواء: a verbal noun with no article after من opens the warning.)
      if (e.frames.has(Fr.min) && isWord(next) && !next.norm.startsWith("ال") && !next.norm.endsWith("ات") && verbalNoun(next.norm)) return k;
    }
    // عزا الخبير ذلك إلى أن، برر المدرب ذلك بأن: a demonstrative alone before the بـ word or إلى is the
    // verb's object (what the clause explains), not the subject's.
    if (k > a && ar.demonstratives.has(t.norm) && (biWord(next) || hasGrammar(next, Gr.ila))) return k;
    if (e.frames.has(Fr.noun) && ar.claimDeterminers.has(t.norm) && isWord(next) && (t.norm === "اي" || hasGrammar(next, Gr.claim))) return k;
    if (e.frames.has(Fr.noun) && claimWithBi(t)) return k;
    // أفادت مصادر محلية بخرق الهدنة: the بـ word of a verb of reporting (biObjectVerbs) after a source noun's
    // phrase, when no clause follows.
    if (ownPrepositionObject(p, t, next, e) === 0 && !!sourceClass(p.toks[a]) && !clauseAhead(p, k)) return k;
    // حملت السلطات التركية تنظيم داعش مسؤولية …: an institution's head in construct (no article) right
    // after a definite word starts another noun phrase, the object. (The word as written: لمجلس،
    // بوزارة are prepositional phrases of the title.)
    const prev = p.toks[k - 1];
    // (Not inside brackets: جهاز الأمن (الشين بيت) is the body's other name.)
    if ((e.frames.has(Fr.noun) || e.frames.has(Fr.bi) || e.frames.has(Fr.resp)) && isWord(prev) && (prev.norm.startsWith("ال") || (k === a + 1 && possessedSourceNoun(prev.norm))) && !t.norm.startsWith("ال") && lexicon().sources.get(t.norm)?.cls === "org" && sourceClass(prev)?.cls !== "title" && !isPunct(next, ")")) return k;
    // وطالب حزب العمال الحكومة بـ…، دعا الرئيس الأمريكي السكان إلى …: with a verb of calling, a definite
    // body or group right after a definite word (no adjective: الحكومة السورية) is whom it calls.
    if (e.frames.has(Fr.obj) && isWord(prev) && prev.norm.startsWith("ال") && (calledBody(t) || calledPeople(t))) return k;
    // طالب الوزير بـ"اتخاذ اللازم"، وصفها المتحدث بـ"الإنجاز الكبير": بـ written apart before quoted words
    // opens the call's object or the description, after the subject.
    if ((e.frames.has(Fr.obj) || e.frames.has(Fr.pred) || e.frames.has(Fr.bi)) && t.norm === "ب" && quotedWordsAt(p, k + 1)) return k;
    // ووصف الوزير القرار بأنه "تاريخي": before the بـ word, a definite noun that names no source
    // after a definite source word is neither its adjective (no nisba) nor its genitive: the object.
    if ((e.frames.has(Fr.bi) || e.frames.has(Fr.pred)) && k === b - 1 && isWord(prev) && prev.norm.startsWith("ال") && (!!sourceClass(prev) || nisbaShape(prev.norm)) && definiteNoun(t, true) && !nisbaShape(t.norm) && biWord(p.toks[b])) return k;
  }
  return b;
}

/**
 * حمّل البيت الأبيض النظام السوري مسؤولية …، حمّل الأمم المتحدة الحكومة المسؤولية: with a verb of blaming
 * (frame resp), a definite party (definiteParty, or ar-words heldParties: النظام) closing the phrase, past
 * its own definite adjectives, right after a definite word (a title too: الحزب الحاكم، الوزير), opens whom the subject blames.
 * Only there: an adjective (الحكومة الجديدة، الجيش الحر) or a genitive (اللجنة العليا للانتخابات) closing
 * the phrase is the subject's. b when no object starts.
 */
function heldResponsible(p: Para, a: number, b: number): number {
  const toks = p.toks;
  // (A descriptor, السابق، الكبير, is an adjective.)
  const party = (t: Tok): boolean => (definiteParty(t) && sourceClass(t)?.cls !== "descriptor") || inList(t, lexicon().ar.heldParties);
  // (وحمّل المتحدث الحوثيين: a plural nisba after a singular title is no adjective of it, but whom it blames;
  // so after the title's own singular adjectives, المتحدث العسكري الحوثيين.)
  if (b - 1 > a && pluralNisba(toks[b - 1])) {
    let j = b - 2;
    while (j > a && j >= b - 3 && singularNisba(toks[j])) j--;
    if (j >= a && singularTitle(toks[j])) return b - 1;
    // (Nor after a plural in the nominative, المسؤولون العسكريون الحوثيين: -ين is no adjective of -ون.)
    const prev = toks[b - 2];
    if (isWord(prev) && prev.ar && prev.norm.startsWith("ال") && prev.norm.endsWith("ون")) return b - 1;
  }
  let k = b - 1;
  // (Its adjectives, two at most: النظام السوري، الولايات المتحدة، النظام السابق.)
  while (k > a + 1 && k > b - 3 && isWord(toks[k]) && toks[k].norm.startsWith("ال") && !party(toks[k])) k--;
  const t = toks[k];
  const prev = toks[k - 1];
  if (k <= a || !isWord(prev) || !prev.norm.startsWith("ال") || !party(t)) return b;
  // (A title before it may end the subject, الحزب الحاكم، الوزير: a definite word heads no construct, so
  // the party after it is no genitive of it; only the party itself may not be a title.)
  return sourceClass(t)?.cls !== "title" ? k : b;
}

/** الحوثيين، الإسلاميين: a definite plural nisba in the accusative (-يين). */
function pluralNisba(t: Tok | undefined): boolean {
  return isWord(t) && t.ar && t.norm.startsWith("ال") && t.norm.length >= 7 && t.norm.endsWith("يين");
}

/** العسكري، الرسمي: a definite singular nisba adjective (not العسكريين). */
function singularNisba(t: Tok | undefined): boolean {
  return isWord(t) && t.ar && t.norm.startsWith("ال") && t.norm.endsWith("ي") && nisbaShape(t.norm);
}

/** المتحدث، الحاكم: a definite title in the singular (no -ين، -ون، -ات، -اء, nor -ة as in القادة). */
function singularTitle(t: Tok | undefined): boolean {
  return isWord(t) && t.ar && t.norm.startsWith("ال") && sourceClass(t)?.cls === "title" && !/(?:ين|ون|ات|اء|ه)$/u.test(t.norm);
}

/** الحركة، الشركة، المسلحين: a definite word naming a party one accuses (a source noun, or a plural in ين), no adjective. */
export function definiteParty(t: Tok): boolean {
  if (!isWord(t) || !t.ar || !t.norm.startsWith("ال") || nisbaShape(t.norm) || grammarOf(t)) return false;
  const c = sourceClass(t);
  return c ? c.cls !== "data" : t.norm.length >= 6 && t.norm.endsWith("ين");
}

/**
 * وأبلغ الوزير الصحفيين أن، وأبلغت مصادر دبلوماسية وكالة الأنباء أن، وأخبر سامي الخطيب الشرطة بأن: after the
 * subject of a verb of telling (frame tell), who was told opens the object (toldWord) after a word that
 * closes a noun phrase: a definite one (it heads no construct), or an unnamed source without the article
 * and its adjectives (a body or an outlet only: مصدر مسؤول is one source); the press in -ين after any
 * word that is no source noun (سامي حداد الصحفيين; not نقابة الصحفيين). b when no object starts.
 */
function toldObjectAt(p: Para, a: number, b: number): number {
  const toks = p.toks;
  const head = isWord(toks[a]) ? sourceClass(toks[a]) : null;
  let unnamed = !!head && head.cls === "anon" && !head.definite;
  // (وأبلغت وزارة الخارجية السفير الإيطالي أن: after a body a title is who was told, no apposition.)
  const body = !!head && (head.cls === "org" || head.cls === "group" || head.cls === "place");
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    const prev = toks[k - 1];
    if (quotedTold(p, k)) return k;
    if (!isWord(t) || !isWord(prev) || !t.ar) return b;
    const told = toldWord(t, body);
    if (told && (closesPhrase(prev) || (unnamed && told !== "anon"))) return k;
    if (told === "press" && !sourceClass(prev) && !grammarOf(prev)) return k;
    // (مصدر مسؤول، مسؤول أمني: an unnamed source's adjectives, or a second source noun as one.)
    unnamed &&= indefiniteAdjective(t) || (!t.norm.startsWith("ال") && told === "anon");
  }
  return b;
}

/**
 * وأبلغ الجنرال سالم "كتائب الشمال" أن: a short quotation right after a name's word (no source noun: شركة
 * "…" is the company's name) is who was told, unless it opens with a kunya (الرئيس "أبو مازن").
 */
function quotedTold(p: Para, k: number): boolean {
  const t = p.toks[k];
  const prev = p.toks[k - 1];
  if (!isOpen(t) || t.quote < 0 || !isWord(prev) || !prev.ar || sourceClass(prev) || grammarOf(prev)) return false;
  const q = p.quotes[t.quote];
  return q.close > k + 1 && q.close - k <= 5 && isWord(p.toks[k + 1]) && !inList(p.toks[k + 1], lexicon().ar.nameLinks);
}

/** الوزير، بالوزارة، للشؤون: a word with the article (and a clitic before it) heads no construct. */
function closesPhrase(t: Tok): boolean {
  return t.ar && /^[وفبلك]?ال|^لل/.test(t.norm);
}

/**
 * Who can be told after a subject: the press or an outlet (ar-grammar addressee, without لـ: "press" for
 * الصحفيين), a body, a group, a place or unnamed people ("anon"), no relational or title adjective, no
 * honorific; a title only with the article after a body (`afterBody`: after a person a title is the
 * person's apposition); null when t is none.
 */
function toldWord(t: Tok, afterBody: boolean): "press" | "anon" | "body" | null {
  const n = t.norm;
  const ar = lexicon().ar;
  // (الصحفيين has the shape of a relational adjective's plural.)
  if (hasGrammar(t, Gr.addressee) && !isAddressee(t)) return n.endsWith("ين") ? "press" : "body";
  if (nisbaShape(n) || inList(t, ar.titleAdjectives) || inList(t, ar.honorifics)) return null;
  // (A word with a clitic, بالوزارة، والشرطة, is no object; a name that starts with the letter is one: بريطانيا.)
  if ("وفبلك".includes(n[0]) && !lexicon().sources.has(n)) return null;
  const c = sourceClass(t)?.cls;
  if (c === "title") return afterBody && n.startsWith("ال") ? "body" : null;
  return c === "org" || c === "group" || c === "place" ? "body" : c === "anon" ? "anon" : null;
}

/** الحكومة، السكان: a definite source word for a body, a group or a place that is no relational adjective. */
function calledBody(t: Tok): boolean {
  if (!t.ar || !t.norm.startsWith("ال") || nisbaShape(t.norm)) return false;
  const c = sourceClass(t);
  return !!c && (c.cls === "org" || c.cls === "group" || c.cls === "place");
}

/**
 * حث المحافظ المواطنين على، دعا الوزير سكان الحي إلى: unnamed people after a definite word are whom a verb of
 * calling calls — a definite plural in -ين (no adjective of a singular subject) or a noun with no article
 * (in construct, سكان الحي; a definite word heads no construct).
 */
function calledPeople(t: Tok): boolean {
  if (!t.ar || sourceClass(t)?.cls !== "anon") return false;
  return t.norm.startsWith("ال") ? t.norm.endsWith("ين") : true;
}

/** بأنه، بالخيانة، بـ"…": the word with بـ that a verb of describing or accusing takes after its object. */
export function biWord(t: Tok | undefined): boolean {
  return isWord(t) && t.ar && t.norm.startsWith("ب") && t.norm.length > 2;
}

/** A plain name word: no article (but a place's, الكويت, when `place`), no source noun but a place when `place`, no pronoun, no function word. */
function plainName(p: Para, k: number, place: boolean): boolean {
  const t = p.toks[k];
  if (!isWord(t) || t.norm.length < 2 || grammarOf(t) || inList(t, lexicon().ar.nameParticles) || inList(t, lexicon().ar.mentionInner)) return false;
  const c = sourceClass(t);
  if (c) return place && c.cls === "place";
  return !t.ar || (!t.norm.startsWith("ال") && !endsWithPronoun(p.text, t.e));
}

/**
 * A definite word that names no source (or, when `body`, names an institution or a place: الحكومة),
 * no function word: الاتفاق، الحكومة; not المتحدث.
 */
function definiteNoun(t: Tok | undefined, body: boolean): boolean {
  if (!isWord(t) || !t.ar || t.norm.length <= 3 || !t.norm.startsWith("ال") || grammarOf(t)) return false;
  const c = sourceClass(t);
  return !c || (body && (c.cls === "org" || c.cls === "group" || c.cls === "place"));
}

/** الأمريكي، (الخطوة) الأمريكية: a relational adjective; the feminine one only after a word in ة (not العملية after a name). */
/** المتوقع، المقترح، المستمر: a definite participle of a derived verb (الم + four letters or more), no lexicon word. */
function participleAdjective(t: Tok): boolean {
  return t.ar && t.norm.startsWith("الم") && t.norm.length >= 7 && !sourceClass(t) && !grammarOf(t);
}

function adjectiveAfter(p: Para, k: number): boolean {
  const n = p.toks[k].norm;
  return n.endsWith("ي") ? nisbaShape(n) : n.endsWith("يه") && nisbaShape(n) && isWord(p.toks[k - 1]) && p.toks[k - 1].norm.endsWith("ه");
}

/**
 * الوزير سامي الخطيب الحكومة، سامي الخطيب القاعة: in [a, b), a definite noun (no relational adjective)
 * right after a complete personal name (a plain given name and a family name with the article) that
 * opens the phrase or follows a title or its definite complement (رئيس الحزب فادي النمر); b when none.
 */
export function definiteAfterName(p: Para, a: number, b: number): number {
  const toks = p.toks;
  for (let k = a + 2; k < b; k++) {
    if (!definiteNoun(toks[k], true) || adjectiveAfter(p, k) || !definiteNoun(toks[k - 1], false) || !plainName(p, k - 2, false)) continue;
    const before = toks[k - 3];
    if (k - 2 === a || (isWord(before) && (sourceClass(before)?.cls === "title" || (before.ar && before.norm.startsWith("ال"))))) return k;
  }
  return b;
}

/**
 * ودعا الوزير سامي الخطيب الحكومة إلى …: after a complete personal name (a plain given name and one
 * family name with the article) another definite noun opens the verb's object. With a verb whose
 * object comes before its بـ and no pronoun on it (اتهم X بـ، وصف X بأنه), a definite noun (and its
 * adjectives) right after a one-word name or a place before the بـ is that object too (ووصف فلان
 * الاتفاق بأنه، ووصفت عمّان القرار الأخير بأنه), the name opening the phrase. b when no object starts.
 */
function objectAfterName(p: Para, a: number, b: number, e: CueEntry): number {
  const toks = p.toks;
  const takesObject = e.frames.has(Fr.bi) || e.frames.has(Fr.pred) || e.frames.has(Fr.resp) || e.frames.has(Fr.obj);
  const named = takesObject ? definiteAfterName(p, a, b) : b;
  if (named < b) return named;
  const after = toks[b];
  const bi = isWord(after) && after.ar && after.norm.startsWith("ب") && !sourceClass(after);
  if (e.objPron || !(e.frames.has(Fr.bi) || e.frames.has(Fr.pred)) || !(bi || hasGrammar(after, Gr.relative))) return b;
  // ووصف سامر الخطيب مقترح الحزب بأنه …، ووصف الوزير سامر حداد مقترح الحزب بأنه: an unarticled noun in
  // construct with a definite one, after a given name and a family name, opens the object before the بـ.
  for (let k = a + 2; k + 1 < b; k++) {
    if (!constructHead(p, k) || !definiteNoun(toks[k + 1], true) || !plainName(p, k - 2, false)) continue;
    const family = definiteNoun(toks[k - 1], false) ? !adjectiveAfter(p, k - 1) : plainName(p, k - 1, false);
    const before = toks[k - 3];
    if (family && (k - 2 === a || (isWord(before) && (sourceClass(before)?.cls === "title" || (before.ar && before.norm.startsWith("ال")))))) return k;
  }
  let m = b;
  // (The adjective may be a nationality the lexicon knows: القرار الأمريكي.)
  while (m - 1 > a && isWord(toks[m - 1]) && toks[m - 1].norm.startsWith("ال") && adjectiveAfter(p, m - 1)) m--;
  const head = m - 1;
  if (head <= a || !definiteNoun(toks[head], true) || !plainName(p, head - 1, true)) return b;
  // (Only a name that opens the phrase: after a title, ووصف الوزير سامي الخطيب بأنه …, the definite word
  // may as well be the family name, with the name the object.)
  return head - 1 === a ? head : b;
}

/**
 * واعتبر الوزير الاتفاق "خطوة مهمة"، ووصفت الخارجية المصرية القرار بأنه …: a verb that takes its object
 * before a predicate (frames pred or bi, no pronoun on the verb) has that object last in the phrase, right
 * before the predicate (a بـ word or a quotation): a definite noun that names no person and is no adjective
 * (its relational adjectives after it), after a definite word that closes the subject — a person's title,
 * an institution or a relational adjective (a definite word heads no construct, and a noun after it is no
 * adjective) — or after a name (see below). (Not after one name word after a title: وصف الوزير سامي الخطيب
 * بأنه, the definite word is the family name, and an unarticled noun after a title may be a name.) b when none.
 */
function objectBeforePredicate(p: Para, a: number, b: number, e: CueEntry): number {
  const toks = p.toks;
  if (e.objPron || !(e.frames.has(Fr.bi) || e.frames.has(Fr.pred))) return b;
  // (A short quotation the phrase took in as a name may be the predicate: الاتفاق "خطوة مهمة".)
  const last = toks[b - 1];
  // (Not one whose first word is marked accusative, اعتبرت الوزارة الملحق "شخصاً غير مرغوب فيه": a declaration
  // in set words, which the phrase keeps as before — no statement.)
  const opened = isClose(last) && last.quote >= 0 ? p.quotes[last.quote].open : -1;
  const end = e.frames.has(Fr.pred) && opened > a + 1 && !endsWithTanweenFath(p.text, toks[opened + 1]?.e ?? 0) ? opened : b;
  const after = toks[end];
  if (!(biWord(after) && !sourceClass(after)) && !(isOpen(after) && after.quote >= 0 && e.frames.has(Fr.pred) && !arComp(toks[end + 1]))) return b;
  let m = end;
  // (So a derived participle with the article, التأجيل المتوقع بأنه: the head must still be a thing after a subject.)
  while (m - 1 > a && isWord(toks[m - 1]) && toks[m - 1].norm.startsWith("ال") && (adjectiveAfter(p, m - 1) || participleAdjective(toks[m - 1]))) m--;
  const head = m - 1;
  // (A relational adjective in -ي, -يون, -يين is never the object: نقابة الصحفيين الفلسطينيين "…"; one in -ية
  // only after a word in ة, البلدية after المحافظ is a noun.)
  const n = toks[head]?.norm ?? "";
  if (head <= a || !thingNoun(toks[head]) || (nisbaShape(n) && !n.endsWith("يه")) || inList(toks[head], lexicon().ar.titleAdjectives)) return b;
  const prev = toks[head - 1];
  if (!isWord(prev) || !prev.ar) return b;
  // (After a compound name's end, a complete name of two plain words, or a one-word name opening the phrase:
  // ووصف الملك عبد الله الاتفاق، ووصف الوزير سامي حداد القرار، واعتبر شكري الاتفاق "…"; not after one plain word,
  // الوزير سامي الخطيب, where the definite word is the family name.)
  if (inList(prev, lexicon().ar.compoundNameEnds)) return head;
  if (plainName(p, head - 1, false)) return head - 1 === a || (head - 2 > a && plainName(p, head - 2, false)) ? head : b;
  // (رابطة المهندسين القرار بأنه: a plural of persons in -ين/-ون as a construct's genitive ends it; the head
  // itself no such plural, which would be its adjective: نقابة المعلمين المستقلين.)
  if (soundPluralGenitive(p, head - 1) && !soundPlural(toks[head].norm)) return head;
  return closesSubject(p, head - 1) ? head : b;
}

/** الوزير، الحكومة، المصرية: a definite title, unnamed source, institution or relational adjective closes a subject. */
function closesSubject(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t) || !t.ar || !t.norm.startsWith("ال") || inList(t, lexicon().ar.titleAdjectives)) return false;
  const c = sourceClass(t)?.cls;
  return nisbaShape(t.norm) || c === "title" || c === "anon" || c === "org";
}

/**
 * وحذر الرئيس الأمريكي دونالد ترامب روسيا من …، وطالب الرئيس عباس إسرائيل بـ …: a country or capital as
 * written (no article, no clitic) right after a person's name — a name word after a definite title or
 * adjective, or two name words that open the phrase or follow one — is the verb's object: a name takes
 * no place after it. (Not after a title in construct: وزير خارجية إيران، أمير قطر.) b when none.
 */
export function placeAfterPerson(p: Para, a: number, b: number): number {
  const toks = p.toks;
  for (let k = a + 2; k < b; k++) {
    const t = toks[k];
    if (!isWord(t) || !t.ar || t.norm.startsWith("ال") || lexicon().sources.get(t.norm)?.cls !== "place" || !nameLikeWord(p, k - 1)) continue;
    if (closesSubject(p, k - 2)) return k;
    if (nameLikeWord(p, k - 2) && (k - 2 === a || closesSubject(p, k - 3))) return k;
  }
  return b;
}

/**
 * A definite noun that names no person (no title, unnamed source or descriptor: a thing, a document, a
 * body) and is no function word: الاتفاق، التقرير، البلدية.
 */
function thingNoun(t: Tok | undefined): boolean {
  if (!isWord(t) || !t.ar || t.norm.length <= 3 || !t.norm.startsWith("ال")) return false;
  // (A medium or a claim noun may be the object: وصف التقرير، اعتبر الاتهامات; no other grammar word.)
  const g = grammarOf(t);
  if (g && !g.has(Gr.medium) && !g.has(Gr.claim)) return false;
  const c = sourceClass(t)?.cls;
  return c !== "title" && c !== "anon" && c !== "descriptor" && c !== "informed";
}

/**
 * The clause's verb stands before its subject [j, m) and is no reporting verb, so nothing says where its
 * object opens (استقبلت الوزيرة الوفد، مؤكدة …): token m opens it when the subject is complete before it
 * and m cannot continue the phrase — a verbal noun in construct (أعلن نتنياهو إنهاء الجلسة), an unarticled
 * noun in construct or a definite noun after a complete name (الوزير سامي الحداد وفد الشركة) or a plural of things in construct
 * after a construct (قراء الصحيفة شركات التأمين), a definite noun that cannot agree with a definite title as
 * its adjective (الوزيرة الوفد).
 */
export function objectAfterSubject(p: Para, j: number, m: number): boolean {
  const toks = p.toks;
  const t = toks[m];
  const prev = toks[m - 1];
  if (m <= j || !isWord(t) || !t.ar || !isWord(prev) || !prev.ar) return false;
  // (الوزيرة تغريد الخطيب الوفد: a definite noun after a complete name is no more of it.)
  // (إلغاء، إلقاء: an initial إ is no article.)
  if (t.norm.startsWith("ال") && p.text.charCodeAt(t.s) !== 0x0625) return definiteAfterTitle(p, j, m) || headAfterBody(p, j, m) || (completeName(p, j, m) && (definiteNoun(t, true) || personsPlural(t)) && !adjectiveAfter(p, m) && !nisbaShape(t.norm) && !sameNumberEnding(prev, t));
  const ar = lexicon().ar;
  // (A name's part or a title is no object: الوزير سامي الحداد أبو …، وزير المالية نائب رئيس الوزراء.)
  if (inList(t, ar.nameParticles) || grammarOf(t) || sourceClass(t)?.cls === "title" || sourceClass(t)?.cls === "descriptor" || endsWithPronoun(p.text, t.e)) return false;
  const next = toks[m + 1];
  // (A definite word after an unarticled noun is its genitive, no adjective: لجنة الأهالي.)
  const construct = isWord(next) && next.ar && next.norm.startsWith("ال") && !inList(next, ar.compoundNameEnds);
  // (A verbal noun, its genitive definite or not (إنهاء جلسة): not as the phrase's first name word, انتصار،
  // تغريد are given names too, nor after a title; the one-word name of three letters or more: ما سر انتشار …
  // is "what is the secret of".)
  if (verbalNoun(t.norm) && isWord(next) && next.ar && !inList(next, ar.nameParticles) && (completeName(p, j, m) || (m - 1 === j && toks[j].norm.length >= 3 && plainName(p, j, false)))) return true;
  if (!construct) return false;
  if (completeName(p, j, m)) return true;
  // (After a noun and its definite genitive, a plural in -ات: a name would follow a title, not a construct.)
  return m - 2 === j && !toks[j].norm.startsWith("ال") && closesPhrase(prev) && t.norm.length >= 5 && t.norm.endsWith("ات");
}

/**
 * A definite head noun of a source (a body, a group, an unnamed people's noun or a title; no honorific, no adjective
 * of a title): no adjective, so it opens a new phrase, the object, after a complete one.
 */
function sourceHead(t: Tok): boolean {
  const c = sourceClass(t)?.cls;
  if (!c || !t.norm.startsWith("ال") || nisbaShape(t.norm) || inList(t, lexicon().ar.honorifics) || inList(t, lexicon().ar.titleAdjectives)) return false;
  return c === "org" || c === "group" || c === "anon" || c === "title";
}

/**
 * حمّل البيت الأبيض النظام السوري …، انتقد الاتحاد الأوروبي الحكومة …: after a definite body and its definite
 * adjectives (no source noun among them), a definite source head cannot agree with it: the object opens.
 */
function headAfterBody(p: Para, j: number, m: number): boolean {
  const head = p.toks[j];
  const c = isWord(head) ? sourceClass(head) : null;
  const t = p.toks[m];
  if (!c || !c.definite || (c.cls !== "org" && c.cls !== "group") || m - j < 2 || !sourceHead(t)) return false;
  // (الدائرة الحكومية المسؤولة عن …: a participle's shape agreeing with the body is its adjective.)
  if (t.norm.startsWith("الم") && feminineForm(t.norm) === feminineForm(head.norm)) return false;
  for (let i = j + 1; i < m; i++) if (!isWord(p.toks[i]) || !p.toks[i].norm.startsWith("ال") || !adjectiveWord(p.toks[i]) || grammarOf(p.toks[i])) return false;
  return true;
}

/** A word that names no source: no source noun, or a describing one (ar-sources descriptor, informed: الأمريكي، الحكومية). */
function adjectiveWord(t: Tok): boolean {
  const c = sourceClass(t)?.cls;
  return !c || c === "descriptor" || c === "informed";
}

/** Two words ending alike in the dual or the plural (الحرمين الشريفين): the second agrees with the first, its adjective. */
function sameNumberEnding(a: Tok, b: Tok): boolean {
  const end = a.norm.slice(-2);
  return (end === "ين" || end === "ان" || end === "ون") && b.norm.endsWith(end);
}

/** إنهاء، استئناف، انسحاب، تشكيل: a verbal noun of the shapes افعال and those possessedVerbalNoun reads. */
function verbalNoun(n: string): boolean {
  return verbalNounShape(n) || (n.length === 5 && n[0] === "ا" && n[3] === "ا");
}

/**
 * [j, m) ends in a complete personal name: a plain given name and a family name with the article (no
 * relational adjective), opening the phrase or after a title or a definite word (رئيس النادي سامي الحداد).
 */
function completeName(p: Para, j: number, m: number): boolean {
  if (m - 2 < j || !definiteNoun(p.toks[m - 1], false) || adjectiveAfter(p, m - 1) || inList(p.toks[m - 1], lexicon().ar.compoundNameEnds) || !plainName(p, m - 2, false)) return false;
  const before = p.toks[m - 3];
  return m - 2 === j || (isWord(before) && (sourceClass(before)?.cls === "title" || closesPhrase(before)));
}

/**
 * استقبلت الوزيرة الوفد، دعا الوزير الحكومة: right after a definite title (and its adjectives), a definite
 * body, or a definite noun whose gender is not the title's (an adjective agrees with it), is the verb's
 * object; not a relational adjective or a title's (الأمين العام، المبعوث الخاص agree).
 */
function definiteAfterTitle(p: Para, j: number, m: number): boolean {
  const toks = p.toks;
  const head = toks[j];
  const c = isWord(head) ? sourceClass(head) : null;
  if (!c || (c.cls !== "title" && c.cls !== "anon") || !head.norm.startsWith("ال")) return false;
  // (Its adjectives have the article: سلمى is a name, no nisba.)
  for (let i = j + 1; i < m; i++) if (!toks[i].norm.startsWith("ال") || !(nisbaShape(toks[i].norm) || inList(toks[i], lexicon().ar.titleAdjectives))) return false;
  const t = toks[m];
  if (nisbaShape(t.norm) || inList(t, lexicon().ar.titleAdjectives) || !definiteNoun(t, true)) return false;
  if (calledBody(t)) return true;
  // (Not a participle's shape, which agrees with a noun after it: الرئيس المنتهية ولايته.)
  if (t.norm.startsWith("الم")) return false;
  return feminineForm(head.norm) !== feminineForm(t.norm);
}

/**
 * الأعضاء، اللاعبين، المسؤولون: a definite plural of persons (a title or an unnamed source in a sound plural,
 * or of the shape أفعلاء), which no one person's apposition is.
 */
function personsPlural(t: Tok): boolean {
  const c = sourceClass(t)?.cls;
  if ((c !== "title" && c !== "anon") || !t.norm.startsWith("ال")) return false;
  const stem = t.norm.slice(2);
  return (stem.length >= 5 && (stem.endsWith("ين") || stem.endsWith("ون"))) || (stem.length === 5 && stem[0] === "ا" && stem[3] === "ا");
}

/** المهندسين، المعلمون: the shape of a definite sound masculine plural (not a nisba's, -يين/-يون). */
function soundPlural(n: string): boolean {
  return n.startsWith("ال") && n.length >= 7 && (n.endsWith("ين") || n.endsWith("ون")) && !nisbaShape(n);
}

/** رابطة المهندسين: a definite sound plural right after an unarticled noun (no clitic on it), its genitive. */
function soundPluralGenitive(p: Para, k: number): boolean {
  const t = p.toks[k];
  const h = p.toks[k - 1];
  return isWord(t) && t.ar && soundPlural(t.norm) && isWord(h) && h.ar && !h.norm.startsWith("ال") && !"وفبلك".includes(h.norm[0]) && !grammarOf(h);
}
