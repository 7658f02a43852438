// Verb-first: وقال [المتحدث باسم الوزارة، أحمد فلان]، إن … — the source follows the verb
// (after an addressee: وأكدت لـ«عكاظ» مصادر …).
import { Fr, Gr, lexicon, type CueEntry } from "../../lexicon";
import { cueAt, grammarOf, hasGrammar, inList, sourceClass } from "../../lexicon/lookup";
import { COMMA, isClose, isOpen, isPunct, isWord, type Para } from "../../text/paragraph";
import type { Tok } from "../../text/token";
import { endsWithPronoun } from "../../text/chars";
import type { ArReading, Verdict } from "../reading";
import { arSourceNP, endsWithTanweenFath, skipAddressee, skipTimeBeforeSubject } from "../source-phrase";
import { definiteParty, objectStart } from "../noun-object";
import { countSubject } from "../count";
import { biObject, constructBodyEnd, describingVerbEnd, indefiniteSubjectEnd, objectAfterDefiniteBody } from "../subject";
import { alefAccusative, arComp, isAddressee, nisbaShape, nonHumanPlural, verbalNounShape } from "../words";


/**
 * وأعلنت من جهتها، وزيرة الخارجية …: a short prepositional adjunct closed by a comma before the
 * subject is passed over (only when a source noun follows the comma); k when none.
 */
function skipAdjunctPhrase(r: ArReading, k: number): number {
  const toks = r.toks;
  if (!isWord(toks[k]) || !inList(toks[k], lexicon().ar.freePrepositions)) return k;
  for (let j = k + 1; j < r.sentEnd && j - k <= 3; j++) {
    if (isPunct(toks[j], COMMA)) return isWord(toks[j + 1]) && sourceClass(toks[j + 1]) ? j + 1 : k;
    if (!isWord(toks[j])) return k;
  }
  return k;
}

/**
 * بالاسم، بالرهيب، بحالة، موقفاً: after a verb carrying its object, a word that is no subject: a بال word
 * always; with `pred` (an accusation or a description follows) any بـ word, or an accusative alef.
 */
function isPredicate(r: ArReading, k: number, pred: boolean): boolean {
  const t = r.toks[k];
  if (!isWord(t) || !t.ar) return false;
  if (t.norm.startsWith("بال") && t.norm.length > 4) return true;
  if (!pred) return false;
  // (بـ written apart before a quotation: وصفه بـ"…"; not a name that starts with the letter: بغداد.)
  if (t.norm.startsWith("ب") && !lexicon().sources.has(t.norm) && (t.norm.length > 3 || (t.norm === "ب" && isOpen(r.toks[k + 1])))) return true;
  return !sourceClass(t) && (endsWithTanweenFath(r.p.text, t.e) || alefAccusative(t));
}

/**
 * تعتبرها أنقرة "إرهابية"، وصفها البيت الأبيض بـ"العار"، اعتبرته الصحيفة مخالفةً: with the object on the
 * verb, the subject ends where the predicate opens: a quotation, a بال word, بـ before a quotation, or an
 * accusative (not any بـ word: a name may start with the letter, بشار).
 */
function predicateAt(r: ArReading, a: number, b: number): number {
  // (From a itself: ما وصفه "بالإرهاب" has no subject written, as ما وصفه بالإرهاب.)
  for (let k = a; k < b; k++) {
    const t = r.toks[k];
    if (isOpen(t)) {
      const close = quotedName(r, a, k);
      if (close < 0) return k;
      k = close;
      continue;
    }
    if (!isWord(t) || !t.ar) continue;
    // (رئيس الحكومة بالإنابة فلان: "acting" is the title's, ar-words titleAdjectives.)
    if (t.norm.startsWith("بال") && t.norm.length > 4 && inList(t, lexicon().ar.titleAdjectives)) continue;
    if ((t.norm.startsWith("بال") && t.norm.length > 4) || (t.norm === "ب" && isOpen(r.toks[k + 1])) || endsWithTanweenFath(r.p.text, t.e)) return k;
    // (تنظيماً or مزاحاً written without its tanween, a quotation at once after it: يصفه فلان مزاحا "بابنه";
    // or right after a quoted name: اعتبرته حركة "حماس" انتهاكا.)
    if (k > a && (isOpen(r.toks[k + 1]) || isClose(r.toks[k - 1])) && alefAccusative(t)) return k;
  }
  return b;
}

/**
 * ووصفها "حزب الله" بأنها …، وصفتها صحيفة "نيويورك تايمز" بأنها …: the quotation opening at k is the subject's
 * name, not the predicate, when an institution's head noun stands before it or the predicate (بأن، a بـ word)
 * follows it; its closing mark's token, -1 when it is the predicate.
 */
function quotedName(r: ArReading, a: number, k: number): number {
  const q = r.toks[k].quote >= 0 ? r.p.quotes[r.toks[k].quote] : null;
  if (!q || q.close < 0 || q.close - k > 5) return -1;
  // (The head opens the subject, without the article: وصفته المنظمة "أحكاما قاسية" is the predicate.)
  const head = r.toks[k - 1];
  if (k - 1 === a && isWord(head) && !head.norm.startsWith("ال") && sourceClass(head)?.cls === "org") return q.close;
  const after = r.toks[q.close + 1];
  // (بأنه، بالإرهاب: not any word in بـ, بينما.)
  return isWord(after) && after.ar && ((!!arComp(after) && after.norm.startsWith("ب")) || (after.norm.startsWith("بال") && after.norm.length > 4 && !grammarOf(after))) ? q.close : -1;
}

/** لافتات كتب عليها عبارة "…" / صورة كتب عليها: "…": the verb of writing after a noun, علي + a pronoun, then a quotation, a colon, or one word that names no source before one. */
function inscription(r: ArReading): boolean {
  const { toks, cueEnd, entry } = r;
  const on = toks[cueEnd];
  // (Right after the thing written on, a clause on it with no و: not وكتب عليها: "…", on one's page.)
  const before = toks[r.m.from - 1];
  if (entry.lemma !== "كتب" || r.m.clitic || !isWord(before) || !isWord(on) || !/^علي(?:ه|ها|هم)$/u.test(on.norm)) return false;
  const w = toks[cueEnd + 1];
  if (isOpen(w) || isPunct(w, ":")) return true;
  return isWord(w) && !sourceClass(w) && !w.norm.startsWith("ال") && (isOpen(toks[cueEnd + 2]) || isPunct(toks[cueEnd + 2], ":"));
}

/** اتهمته زوجة الأخير بالتحرش: with the object on the verb, the subject ends at the accusation's بال word. */
function accusationAt(r: ArReading, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    const t = r.toks[k];
    if (isWord(t) && t.norm.startsWith("بال") && t.norm.length > 4) return k;
  }
  return b;
}

/** الحكومة، الوزارة: a body's noun (ar-sources org) with the article, feminine and singular. */
function feminineBody(t: Tok): boolean {
  return isWord(t) && t.ar && t.norm.startsWith("ال") && t.norm.endsWith("ه") && sourceClass(t)?.cls === "org";
}

/** بقصف، بعرقلة، بالتلاعب: the word with بـ an accusation takes after its object (no source word, no function word). */
function accusedOf(t: Tok): boolean {
  return isWord(t) && t.ar && t.norm.startsWith("ب") && t.norm.length > 3 && !sourceClass(t) && !grammarOf(t);
}

/**
 * واتهم الجيش المسلحين بقصف …، واتهمت الحكومة الحركة بعرقلة …: after a definite subject, a definite party
 * (and its relational adjectives) right before the بـ word of an accusation is the verb's object, not an
 * adjective of the subject. Where the object starts in the source phrase [a, b); b when none does.
 */
function definiteObjectAt(p: Para, a: number, b: number): number {
  const toks = p.toks;
  for (let q = a + 2; q < b && isWord(toks[q]); q++) {
    if (!accusedOf(toks[q])) continue;
    let k = q - 1;
    while (k > a + 1 && toks[k].norm.startsWith("ال") && nisbaShape(toks[k].norm)) k--;
    const prev = toks[k - 1];
    if (k > a && definiteParty(toks[k]) && isWord(prev) && prev.norm.startsWith("ال")) return k;
  }
  return b;
}

/**
 * After a present verb of saying [from, to) the quoted words, a colon or إن/أن follow, maybe after a medium
 * (يقول في بيان: «…»، يقول في بيان إن …); not after يدعى/تدعى, spelled with ى: "who is called" (يدعى سيرجي "…").
 */
export function wordsFollow(p: Para, from: number, to: number): boolean {
  if (p.text.charCodeAt(p.toks[from].e - 1) === 0x0649) return false;
  for (let k = to; k < p.toks.length && k - to <= 4; k++) {
    const t = p.toks[k];
    if (isPunct(t, ":") || isOpen(t) || arComp(t)) return true;
    if (!isWord(t) || cueAt(p, k)) return false;
  }
  return false;
}

/** الصحفيين، الصحافيين: a word for the press in the accusative plural, never a verb's subject. */
function toldObject(t: Tok): boolean {
  return t.ar && !t.norm.startsWith("ل") && t.norm.endsWith("ين") && hasGrammar(t, Gr.addressee);
}

/**
 * The subject [a, b) cut where the verb's object starts after a definite institution (objectAfterDefiniteBody),
 * or, for a verb that takes an object before its predicate, after an institution in construct (constructBodyEnd).
 */
function bodyEnd(p: Para, a: number, b: number, e: CueEntry): number {
  for (let m = a + 1; m < b; m++) if (objectAfterDefiniteBody(p, a, m)) return m;
  return e.frames.has(Fr.pred) || e.frames.has(Fr.bi) ? constructBodyEnd(p, a, b) : b;
}

/** الاتفاق (الأمريكي) بأنه: a definite noun naming no source, maybe with relational adjectives, then a بـ word. */
function describedObject(p: Para, a: number): boolean {
  const t = p.toks[a];
  if (!isWord(t) || !t.ar || t.norm.length <= 3 || !t.norm.startsWith("ال") || sourceClass(t) || grammarOf(t) || nisbaShape(t.norm)) return false;
  let k = a + 1;
  while (k < a + 3 && isWord(p.toks[k]) && p.toks[k].norm.startsWith("ال") && nisbaShape(p.toks[k].norm)) k++;
  // (ويصف التحقيقات المستمرة في الولايات المتحدة بأنها …: a definite adjective and a short place or
  // topic phrase under في/حول may stand between the object and the بـ word.)
  if (k === a + 1 && isWord(p.toks[k]) && p.toks[k].norm.startsWith("ال") && !sourceClass(p.toks[k]) && !grammarOf(p.toks[k])) k++;
  if (isWord(p.toks[k]) && (p.toks[k].norm === "في" || p.toks[k].norm === "حول")) {
    let j = k + 1;
    while (j < k + 4 && isWord(p.toks[j]) && !(p.toks[j].norm.startsWith("ب") && p.toks[j].norm.length > 2)) j++;
    if (j > k + 1) k = j;
  }
  const b = p.toks[k];
  return isWord(b) && b.ar && b.norm.startsWith("ب") && b.norm.length > 2 && !sourceClass(b);
}

/** بنغمة، بمرارة، بصراحة: بـ + a noun in ة (as written), no source noun: a manner phrase. */
function mannerWord(p: Para, k: number): boolean {
  const t = p.toks[k];
  return isWord(t) && t.ar && t.e - t.s >= 5 && p.text.charCodeAt(t.s) === 0x0628 && p.text.charCodeAt(t.e - 1) === 0x0629 && !sourceClass(t);
}

/**
 * After a verb of telling (frame tell), who was told may come first: an outlet or the press (ar-grammar
 * addressee, no لـ) right after the verb is the object, and a source noun after it the subject (وأبلغ
 * رويترز مسؤول أمني أن); with none, no subject is written (أخبر صحيفة "…" أن). So after a relative pronoun
 * (الذي أخبر الأمم المتحدة أن): the relative is the subject. Where the subject starts; -1 when none follows.
 */
function afterToldFirst(r: ArReading, a: number): number {
  const t = r.toks[a];
  if (!r.entry.frames.has(Fr.tell) || !isWord(t) || a !== r.cueEnd) return a;
  if (hasGrammar(r.toks[r.m.from - 1], Gr.relative)) return -1;
  // (وأبلغ زملاءه أن …، أخبر والدته بأنه …: a noun with its possessive pronoun right before what was told is
  // who was told; أبلغ محاميه المحكمة أن: before another noun it is the subject.)
  if (t.ar && t.norm.length >= 5 && endsWithPronoun(r.p.text, t.e) && sourceClass(t)?.cls !== "title" && toldFollows(r, a + 1)) return -1;
  if (!t.ar || !hasGrammar(t, Gr.addressee) || isAddressee(t)) return a;
  let k = a + 1;
  while (k < r.sentEnd && k - a <= 4 && isWord(r.toks[k]) && !sourceClass(r.toks[k]) && !arComp(r.toks[k])) k++;
  return isWord(r.toks[k]) && sourceClass(r.toks[k]) && !r.toks[k].norm.startsWith("ال") ? k : -1;
}

/** What was told opens at k (أن، بأن، a بـ word: برغبته), maybe after a place under في (زملاءه في النادي برغبته). */
function toldFollows(r: ArReading, k: number): boolean {
  const toks = r.toks;
  const opens = (t: Tok) => !!arComp(t) || (t.norm.startsWith("ب") && t.norm.length >= 4);
  if (!isWord(toks[k])) return false;
  if (toks[k].norm !== "في") return opens(toks[k]);
  for (let j = k + 1; j <= k + 4 && isWord(toks[j]); j++) if (j > k + 1 && opens(toks[j])) return true;
  return false;
}

export function verbFirst(r: ArReading): Verdict {
  const { p, toks, entry: e, cueEnd, sentEnd } = r;
  if (r.direct || r.sourceFrom >= 0 || r.subjectBefore) return undefined;
  // (وارجع إلى تصريحات …: إلى right after a verb that puts its object before it is the imperative ارجع "go
  // back", or رجع, no report.)
  if (lexicon().ar.ilaObjectVerbs.has(e.lemma) && hasGrammar(toks[cueEnd], Gr.ila)) return null;
  // (لافتات كتب عليها عبارة "لا للحرب"، صورة كتب عليها: "…": written on a thing, a plain word or a colon and the
  // words after "on it": an inscription, nobody's statement; not وكتب عليها الناشط, a source noun or a name.)
  if (inscription(r)) return null;
  let a = afterToldFirst(r, skipAdjunctPhrase(r, skipAddressee(p, skipTimeBeforeSubject(p, cueEnd, sentEnd), sentEnd)));
  if (a < 0) return undefined;
  // وأكد خلاله أن …، زعم فيها أنه …، أكد من خلالها أن: "in it" back to a noun before the verb, with no source
  // noun after it (skipAddressee passes it before one), is no subject; none is written.
  // (Not before a quotation: أعلن خلاله «خطة الطوارئ», a quoted name, is read as before, no statement.)
  const inIt = isWord(toks[a]) && toks[a].norm === "من" ? a + 1 : a;
  if (inList(toks[inIt], lexicon().ar.inItPronouns) && isWord(toks[inIt + 1])) return undefined;
  // وقال 20 موظفاً، قال 61٪ من المشاركين، وقال نحو 2000 شخص: a count of people opens the subject (the source
  // phrase stops at a number, or would take نحو alone); the people it counts are read on as any subject.
  const from = a;
  const count = countSubject(p, a, sentEnd);
  if (count && count.noun < 0) {
    r.sourceFrom = a;
    r.sourceTo = count.end;
    return undefined;
  }
  if (count) a = count.noun;
  // مصادر تحدثت لـCNN، الجمعة / فقال لي بفرحة: who was told is never who spoke (no source after the verb).
  // (قال للحكام، يدعو للتفاؤل: لـ before the article, "to the …", is no subject either.)
  // (وأبلغ الصحافيين أن …: the told in -ين, not the subject's -ون, is the verb's object.)
  if (isWord(toks[a]) && (isAddressee(toks[a]) || inList(toks[a], lexicon().ar.toldPronouns) || (toks[a].ar && toks[a].norm.startsWith("لل") && toks[a].norm.length > 4) || toldObject(toks[a]))) return undefined;
  // وأضاف بنغمة لا تخلو من التهكم، وقال بمرارة إن …: after a masculine verb a بـ word ending in ة is how
  // it was said, not who said it (a feminine name, بثينة، takes قالت).
  // (After a feminine verb only the manner nouns of ar-words mannerNouns: شابة تتحدث بمرارة عن …)
  if ((r.entry.agree === 1 || (isWord(toks[a]) && inList(toks[a], lexicon().ar.mannerNouns))) && mannerWord(p, a)) return undefined;
  // كما اتهم الدول المجاورة بـ …: a plural of things or bodies takes a feminine verb; after a masculine one
  // it is the object, and the subject is dropped.
  // (The present too: ويتهم الدول، ويطالب الحكومة بـ … would take تتهم، تطالب with them as subject.)
  const finite = r.entry.form === "verb" || r.entry.form === "present";
  if (r.entry.agree === 1 && finite && nonHumanPlural(toks[a])) return undefined;
  // (وحث الحكومة على …، وطالب الحكومة المصرية بـ …: so is a feminine body's noun after a masculine verb of calling.)
  if (r.entry.agree === 1 && finite && e.frames.has(Fr.obj) && feminineBody(toks[a])) return undefined;
  // ووصف الاتفاق بأنه …، واتهم القرار الأخير بـ: a definite word that names no source, right before the بـ
  // of a description or an accusation (its relational adjectives between), is the object; the subject is dropped.
  if ((e.frames.has(Fr.pred) || e.frames.has(Fr.bi)) && describedObject(p, a)) return undefined;
  // (وعلل اختيار تركيا بأن …، ووصف انسحاب القوات بأنه …: a verbal noun with no article is the object too; not
  // after a feminine verb, whose subject a masculine verbal noun cannot be and a woman's name of that shape is:
  // واعتبرت ابتسام الكتبي أن …، ووصفت انتصار العلي القرار.)
  if (e.frames.has(Fr.pred) && r.entry.agree !== 2 && isWord(toks[a]) && toks[a].ar && !toks[a].norm.startsWith("ال") && !sourceClass(toks[a]) && verbalNounShape(toks[a].norm)) return undefined;
  // (ويعزو ذلك إلى أن …: so a demonstrative before إلى after a verb that puts its object there.)
  if (lexicon().ar.ilaObjectVerbs.has(e.lemma) && isWord(toks[a]) && inList(toks[a], lexicon().ar.demonstratives) && hasGrammar(toks[a + 1], Gr.ila)) return undefined;
  // ما وصفه بـ"…"، اعتبرتها موقفاً: after a verb carrying its object, a بـ word or an accusative is the predicate.
  let b = e.objPron && isPredicate(r, a, e.frames.has(Fr.bi) || e.frames.has(Fr.pred)) ? a : describingVerbEnd(p, a, bodyEnd(p, a, arSourceNP(p, a, sentEnd), e));
  if (e.objPron && e.frames.has(Fr.pred)) b = predicateAt(r, a, b);
  // (وأشاد الوزير بجهود الجيش وقال إن …: the verb's بـ object after its subject; كما طالبت بفتح تحقيق: right
  // after the verb, no subject is written.)
  for (let m = a; m < b; m++) if (biObject(p, cueEnd - 1, m, sentEnd)) b = m;
  if (b <= a) return undefined;
  r.sourceFrom = from;
  r.sourceTo = objectStart(p, a, e.frames.has(Fr.bi) ? (e.objPron ? accusationAt(r, a, b) : indefiniteSubjectEnd(p, a, b)) : b, e);
  if (e.frames.has(Fr.bi) && !e.objPron) r.sourceTo = definiteObjectAt(p, a, r.sourceTo);
  // وعلق المدرب على الخسارة بأن …: على after the subject opens the object of a verb that takes it (ar-words onObjectVerbs).
  if (lexicon().ar.onObjectVerbs.has(e.lemma)) for (let k = a + 1; k < r.sourceTo; k++) if (isWord(toks[k]) && toks[k].norm === "علي") r.sourceTo = k;
  // وعلق الحداد على النتائج قائلاً: "…": the participle is the statement's cue, not this verb.
  let j = r.sourceTo;
  while (j < sentEnd && j - r.sourceTo <= 6 && isWord(toks[j]) && !cueAt(p, j)) j++;
  const part = j < sentEnd && isWord(toks[j]) ? cueAt(p, j) : null;
  // (Not before a manner phrase, علق الحداد على النتائج بالقول: "…": this verb's words follow it; see opening.ts.)
  if (part && part.entry.form === "participle" && !part.entry.frames.has(Fr.manner) && !arComp(toks[r.sourceTo])) return null;
  // وغردت الوزيرة تقول: «…»: a present verb of saying right after the source, the words at once after
  // it, is their cue (not يدعى سيرجي "…", a naming; not والتي يعتقد أنها …).
  if (part && part.entry.form === "present" && !part.clitic && j === r.sourceTo && r.entry.form === "verb" && wordsFollow(p, part.from, part.to)) return null;
  return undefined;
}
