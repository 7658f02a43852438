// Subjects that stand before the reporting verb or outside its phrase: the subject of
// the clause a participle or present verb stands in, the subject after كان, a name before
// a relative pronoun, a quotation just before the cue.
import { Fr, Gr, lexicon } from "../lexicon";
import { hasWithClitic } from "../lexicon/word-lists";
import { cueAt, grammarOf, hasGrammar, inList, sourceClass } from "../lexicon/lookup";
import { G_ANY } from "../perf/hit-table";
import { CLAUSE_END, COMMA, COMMA_DASH, END, isClose, isOpen, isPunct, isWord, sentenceStartTok, type Para } from "../text/paragraph";
import { PUNCT, type Tok } from "../text/token";
import { CALLED } from "./spelling";
import { arSourceNP, bodyBeforeHolder, endsSource, endsWithTanweenFath, skipAddressee } from "./source-phrase";
import { biWord, definiteAfterName, objectAfterSubject, objectStart, placeAfterPerson } from "./noun-object";
import { arComp, indefiniteAdjective, isPossessedMedium, nisbaShape, nonHumanPlural, possessedNoun, possessedVerbalNoun, presentAfterParticle, presentForMany, withoutConjunction } from "./words";
import { endsWithPronoun } from "../text/chars";
import { describeMention } from "../speakers/mention";

/** Where "(هذا) ما" before token k starts (k when there is none): «…»، هذا ما قاله فلان. */
export function relativeMaStart(p: Para, k: number): number {
  const toks = p.toks;
  if (!isWord(toks[k - 1]) || toks[k - 1].norm !== "ما") return k;
  return isWord(toks[k - 2]) && inList(toks[k - 2], lexicon().ar.demonstratives) ? k - 2 : k - 1;
}

/** A quote closed just before token k (skipping a comma, و): «…»، قال الوزير. */
export function quoteJustBefore(p: Para, k: number): number {
  let j = k - 1;
  // («…» (قالت ليلى ضاحكةً): a cue opening a parenthesis right after the quotation, the bracket closing after its source.)
  if (isPunct(p.toks[j], "(") && isClose(p.toks[j - 1])) j--;
  if (isPunct(p.toks[j], COMMA_DASH)) j--;
  const t = p.toks[j];
  if (isClose(t)) return t.quote;
  return -1;
}

/** How many tokens a dateline opening a sentence may take (دبي، الإمارات العربية المتحدة (CNN) –). */
export const DATELINE = 14;

/**
 * The sentence start, or a full stop inside the sentence ("…2016., واتهم"): a stop followed
 * by a comma is kept in the sentence for abbreviations (Wash., recently), but in Arabic it ends a clause.
 */
export function clauseStartTok(p: Para, k: number): number {
  const s = sentenceStartTok(p, k);
  for (let j = k - 1; j > s; j--) if (isPunct(p.toks[j], ".") && p.toks[j + 1]?.kind === PUNCT && p.toks[j - 1]?.ar) return j + 1;
  // دبي، الإمارات (CNN) – رد فلان …: a dateline ends at its dash.
  // (بيروت - شدد …: a hyphen standing apart after a place's name or two is a dateline's too.)
  for (let j = s; j < k && j - s <= 12; j++) if (isPunct(p.toks[j], "–—") || (isPunct(p.toks[j], "-") && j > s && (p.toks[j - 1].kind === PUNCT || (j - s <= 3 && spacedHyphen(p, j))))) return j + 1;
  // الصحيفة- الرياض: أعلنت …: an outlet's hyphen glued to its name, a place or two, and a colon.
  if (isPunct(p.toks[s + 1], "-") && isWord(p.toks[s])) for (let j = s + 3; j < k && j <= s + 5; j++) {
    if (isPunct(p.toks[j], ":")) return j + 1;
    if (!isWord(p.toks[j])) break;
  }
  return s;
}

/** The hyphen at token j has a space on each side (not a word's: ثنائي-القطب). */
function spacedHyphen(p: Para, j: number): boolean {
  const t = p.toks[j];
  return t.s > 0 && t.e < p.text.length && p.text.charCodeAt(t.s - 1) === 0x20 && p.text.charCodeAt(t.e) === 0x20;
}

/**
 * في غضون ذلك، أعلن …؛ وفي سياق منفصل، أصدر …: a prepositional phrase closed by a comma opens the
 * clause; the verb follows it (the token after the comma; j when there is no such phrase).
 */
export function afterOpeningAdverbial(p: Para, j: number, k: number): number {
  if (!isWord(p.toks[j]) || !inList(p.toks[j], lexicon().ar.openingPrepositions)) return j;
  for (let m = j + 1; m < k && m <= j + 6; m++) {
    if (isPunct(p.toks[m], COMMA)) return m + 1;
    // (ففي أكتوبر/تشرين الأول، علق …: a month's two names joined by a slash.)
    if (!isWord(p.toks[m]) && !isPunct(p.toks[m], "/")) break;
  }
  return j;
}

/**
 * وعن اليمن قال …، وفي اليوم الأول ادعى …، وعن أيام الدراسة تضيف …: a run opening at token j with و and a
 * preposition (ar-words freePrepositions) is an adverbial opening the clause, never its subject. (Not a
 * cue's homograph: وعبر الأسير عن سعادته is the verb عبّر.)
 */
export function prepositionOpening(p: Para, j: number): boolean {
  const t = p.toks[j];
  return isWord(t) && t.norm.startsWith("و") && hasWithClitic(lexicon().ar.freePrepositions, t.norm) && !cueAt(p, j);
}

/** Where a clause's verb stands after what may open it at j (afterOwnAdverb, then afterOpeningAdverbial); j when nothing does. */
export function afterClauseOpening(p: Para, j: number, k: number): number {
  return afterOpeningAdverbial(p, afterOwnAdverb(p, j, k), k);
}

/**
 * بدوره أثنى الوزير …، ومن جهته قال …: an adverb with the pronoun of the clause's subject opens it
 * (ar-grammar adjunct: بدوره، جهته); the verb follows (the token after it and a comma; j when none).
 */
function afterOwnAdverb(p: Para, j: number, k: number): number {
  let m = j;
  if (isWord(p.toks[m]) && (p.toks[m].norm === "من" || p.toks[m].norm === "ومن")) m++;
  const t = p.toks[m];
  if (m >= k || !isWord(t) || !hasGrammar(t, Gr.adjunct) || !endsWithPronoun(p.text, t.e)) return j;
  m++;
  return isPunct(p.toks[m], COMMA) ? m + 1 : m;
}

/**
 * The token where a person's name of two words or more starts when it ends the phrase [j, e) (المبعوث
 * فلان ليون، رئيس البعثة في ليبيا فلان الفلاني); e when the phrase ends in no such name.
 */
function nameEnding(p: Para, j: number, e: number): number {
  if (e - j < 2) return e;
  const d = describeMention(p, j, e);
  if (d.kind !== "person" || d.name.length < 2 || !d.nameText || !p.text.endsWith(d.nameText, p.toks[e - 1].e)) return e;
  const at = p.toks[e - 1].e - d.nameText.length;
  let n = j;
  while (n < e && p.toks[n].s < at) n++;
  return p.toks[n]?.s === at ? n : e;
}

/**
 * في أول تعليق له على …، المتهم …، تحدث الوزير …، مشدداً: after an opening prepositional phrase longer than
 * afterOpeningAdverbial reads, a reporting verb in the past right after a comma is the clause's verb (its
 * token; j when there is none within 30 tokens before k).
 */
function verbAfterLongOpening(p: Para, j: number, k: number): number {
  for (let m = j + 7; m < k && m - j <= 30; m++) {
    if (isPunct(p.toks[m], END)) return j;
    if (isPunct(p.toks[m - 1], COMMA) && isWord(p.toks[m]) && cueAt(p, m)?.entry.form === "verb") return m;
  }
  return j;
}

/** في and a place's name right before the name starting at token `named` (رئيس البعثة في ليبيا فلان). */
function placeBeforeName(p: Para, m: number, named: number): boolean {
  return p.toks[m].norm === "في" && m + 2 === named && isWord(p.toks[m + 1]) && sourceClass(p.toks[m + 1])?.cls === "place";
}

/** The subject of the clause's main verb, for participles (ورد بومبيو … قائلاً). */
export function clauseSubject(p: Para, k: number): [number, number] | null {
  const s = clauseStartTok(p, k);
  let j = s;
  // "., وكتب …": punctuation left over from the previous sentence is not the clause.
  while (j < k && p.toks[j].kind === PUNCT && !isPunct(p.toks[j], END)) j++;
  // وكان / ثم / كما / وقد: skip a leading particle; then the verb; then the subject.
  // After كان the subject comes first (وكان فلان قد قال …، لافتاً): كان is the verb.
  // So after أما (أما رئيس البرلمان فلان فقد دعا …، مؤكداً): the topic first, its verb after فـ.
  let kana = false;
  const ar = lexicon().ar;
  while (j < k && isWord(p.toks[j]) && (hasGrammar(p.toks[j], Gr.conj) || p.toks[j].norm === "كما" || hasGrammar(p.toks[j], Gr.kana) || inList(p.toks[j], ar.verbParticles))) {
    if (hasGrammar(p.toks[j], Gr.kana) || ar.amma.has(p.toks[j].norm)) kana = true;
    j++;
  }
  j = afterOwnAdverb(p, j, k);
  const j0 = j;
  j = afterOpeningAdverbial(p, j, k);
  // (في أول تعليق له على …، المتهم …، تحدث الوزير …: a longer opening, commas and all, up to a reporting verb after a comma.)
  if (j === j0 && isWord(p.toks[j]) && inList(p.toks[j], lexicon().ar.openingPrepositions)) j = verbAfterLongOpening(p, j, k);
  // (من منطلق … with no comma after it: where the verb is, is not known.)
  if (j >= k || !isWord(p.toks[j]) || (j === j0 && inList(p.toks[j], lexicon().ar.openingPrepositions))) return null;
  // (الصحيفة وبالاستناد إلى …، تقول إن: a definite source noun opening the clause is its subject, before the verb.)
  if (!kana && j < k && sourceClass(p.toks[j])?.definite && p.toks[j].norm.startsWith("ال")) {
    let e = arSourceNP(p, j, k);
    // (وبالاستناد إلى …، ولللجنة …: an aside joined by و and بال/لل is no part of the subject.)
    for (let m = j + 1; m < e; m++) if (p.toks[m].norm.startsWith("وبال") || p.toks[m].norm.startsWith("ولل")) e = m;
    return e > j ? [j, e] : null;
  }
  const verb = kana ? -1 : j;
  if (!kana) j++; // the verb
  j = skipAddressee(p, j, k);
  // (عادت للحديث عن …: a word under لـ or بـ with the article after the verb is no subject.)
  if (isWord(p.toks[j]) && p.toks[j].ar && (p.toks[j].norm.startsWith("لل") || p.toks[j].norm.startsWith("بال")) && !sourceClass(p.toks[j])) return null;
  // (كما اتهم الدول المجاورة بـ …، متسائلاً: after a masculine verb a plural of things is its object, no subject.)
  if (!kana && nonHumanPlural(p.toks[j]) && cueAt(p, j - 1)?.entry.agree === 1) return null;
  // وختم حديثه بالقول: the verb's object, no subject written.
  if (isPossessedMedium(p, j)) return null;
  // (ولم يتردد فيرناندو هييرو … قائلاً، ولا تزال ميركل ترفض: after a negation the present verb is the clause's
  // verb, its subject after it; after أن (ويأمل ان يستخدم ابتكاره … فهو يقول) or وهو (وهو يؤمن بفلسفة تقول),
  // no subject is written.)
  if (presentAfterParticle(p, j)) {
    if (arComp(p.toks[j - 1]) || inList(p.toks[j - 1], ar.appositionPronouns)) return null;
    j = skipAddressee(p, j + 1, k);
  }
  let e = arSourceNP(p, j, k);
  // ودعم مغرد آخر وجهة نظر …: an indefinite unnamed source is its noun and adjectives; the object follows.
  const head = isWord(p.toks[j]) ? sourceClass(p.toks[j]) : null;
  if (head && head.cls === "anon" && !head.definite) {
    let m = j + 1;
    // Adjectives agree with an indefinite noun: no article (دبلوماسي غربي، أمني، مطلع).
    while (m < e && (indefiniteAdjective(p.toks[m]) || (!p.toks[m].norm.startsWith("ال") && sourceClass(p.toks[m])?.cls === "anon"))) m++;
    if (m < e && !p.toks[m].norm.startsWith("ال") && !inList(p.toks[m], lexicon().ar.objectPrepositions)) e = m;
  }
  // ورد بومبيو على شومر …: the subject ends before the verb's prepositional object;
  // inside the head phrase before an apposition comma a preposition belongs to the title.
  let comma = -1;
  for (let m = j; m < e; m++) if (isPunct(p.toks[m], COMMA)) comma = m;
  for (let m = j + 2; m < e; m++) if (accusativeAfterName(p, j, m)) e = m;
  // وغادر النائب سامي الخطيب القاعة وهو يقول: وهو before the verb ends the subject, and a definite noun
  // after its complete name is the main verb's object.
  if (e === k && k - 1 > j && inList(p.toks[k - 1], ar.appositionPronouns)) e = definiteAfterName(p, j, k - 1);
  const named = nameEnding(p, j, e);
  let placed = false;
  for (let m = Math.max(j + 1, comma + 1); m < e; m++) {
    const n = p.toks[m].norm;
    // (مدير برنامج …، مقدم برنامج …: the noun after a title without the article is its genitive.)
    if (titleInConstruct(p, m - 1)) continue;
    // (رئيس البعثة في ليبيا فلان الفلاني: في and a place before the title holder's name are the title's.)
    if (placeBeforeName(p, m, named)) {
      placed = true;
      continue;
    }
    // (واختتم الرئيس كلمته قائلاً: the object after the subject.)
    // (أصدر المجلس بياناً …: a word marked accusative is the object; توجه المدرب بالشكر: بـ with the article opens one.)
    // (Not inside a name ending the phrase: فلان ليون is no لـ object.)
    // (سامي حداد والمنشق عن الحزب: a definite word joined by و after a person's name describes them; not the name's.)
    if ((n.startsWith("وال") && m - j >= 2 && leadingName(p, j, e)?.[1] === m) || lexicon().ar.verbPrepositions.has(n) || (m < named && p.toks[m].ar && n.length > 2 && n.startsWith("ل") && !sourceClass(p.toks[m]) && !bodyBeforeHolder(p, m) && !nameOfBody(p, m)) || isPossessedMedium(p, m) || endsWithTanweenFath(p.text, p.toks[m].e) || (n.length >= 5 && n.startsWith("بال") && !sourceClass(p.toks[m])) || objectNoun(p, m) || objectAfterDefiniteBody(p, j, m) || bodyAfterConstructPlural(p, j, m) || biObject(p, verb, m, k) || (verb >= 0 && objectAfterSubject(p, j, m))) {
      e = m;
      break;
    }
  }
  e = verbObjectStart(p, verb, j, e);
  // (A title, its place or body and a name after it are longer: المدير العام لمنظمة … فلان الفلاني.)
  const long = placed || (named < e && isWord(p.toks[j]) && sourceClass(p.toks[j])?.cls === "title");
  if (e > j && e - j <= (comma > 0 ? 12 : long ? 9 : 6)) return [j, e];
  return leadingName(p, j, e);
}

/**
 * واتهم الرئيس الحكومة بعرقلة الإصلاح، مؤكداً …، ووصف الوزير القرار بأنه …، مضيفاً: when the clause's verb is a
 * cue whose object comes before a بـ word, the subject [j, e) ends where that object starts (objectStart),
 * the بـ word taken as the phrase's end; after any verb, a country right after a name (placeAfterPerson).
 */
function verbObjectStart(p: Para, verb: number, j: number, e: number): number {
  // (ودعا الرئيس ماكرون إيران إلى …، مؤكداً: after any verb, a place right after a name is its object.)
  if (verb >= 0) e = placeAfterPerson(p, j, e);
  const c = verb >= 0 ? cueAt(p, verb) : null;
  if (!c || c.from !== verb || c.entry.objPron || !(c.entry.frames.has(Fr.bi) || c.entry.frames.has(Fr.pred))) return e;
  for (let m = j + 1; m < e; m++) {
    const t = p.toks[m];
    if (biWord(t) && !sourceClass(t)) {
      const o = objectStart(p, j, m, c.entry);
      return o < m ? o : e;
    }
  }
  return e;
}

/**
 * وأشاد الوزير بجهود الجيش، مشيراً: after a verb whose object is a بـ phrase (ar-words biVerbs), the clause's
 * last word with بـ (not باسم: a title's; not a source noun) of `min` letters or more opens the object. An earlier one is a
 * name (وأشاد الوزير بسام حداد بجهود الجيش).
 */
export function biObject(p: Para, verb: number, m: number, k: number, min = 4): boolean {
  const t = p.toks[m];
  if (verb < 0 || !isWord(t) || !t.ar || t.norm.length < min || !t.norm.startsWith("ب") || sourceClass(t) || inList(t, lexicon().ar.onBehalf)) return false;
  // (A short word may be a particle or a preposition: بن، بعد.)
  if (t.norm.length < 4 && (inList(t, lexicon().ar.nameParticles) || inList(t, lexicon().ar.freePrepositions))) return false;
  const v = p.toks[verb].norm;
  if (!isWord(p.toks[verb]) || !lexicon().ar.biVerbs.has(withoutConjunction(v))) return false;
  for (let i = m + 1; i < k && !isPunct(p.toks[i], COMMA); i++) if (isWord(p.toks[i]) && p.toks[i].norm.startsWith("ب")) return false;
  // (أقر المدرب، ميشال بلاتيني، بوجود …: a بـ word right after the comma that closes the apposition is the
  // object; the word before the comma is the name's.)
  let c = m + 1;
  while (c < k && !isPunct(p.toks[c], COMMA)) c++;
  const after = p.toks[c + 1];
  return !(c < k && isWord(after) && after.ar && after.norm.length >= 4 && after.norm.startsWith("ب") && !sourceClass(after));
}

/**
 * صحيفة "لوفيجارو"، صحيفة لوموند: a word starting with ل right after an institution's head without the
 * article (or inside the quotation marks after it) is that institution's name, not who was told.
 */
function nameOfBody(p: Para, m: number): boolean {
  const h = isOpen(p.toks[m - 1]) ? m - 2 : m - 1;
  const head = h >= 0 && isWord(p.toks[h]) ? sourceClass(p.toks[h]) : null;
  return !!head && head.cls === "org" && !p.toks[h].norm.startsWith("ال");
}

/**
 * عبر سامي حداد (56 عاماً) والمنشق عن الحزب، وهو …، عن …: a subject phrase too long to take whole that opens
 * with a person's name of two to four words, closed by a bracket, a comma or a definite word joined by و:
 * the name; null when it opens otherwise.
 */
function leadingName(p: Para, j: number, e: number): [number, number] | null {
  let n = j;
  while (n < e && n - j < 4 && isWord(p.toks[n]) && !(n > j && p.toks[n].norm.startsWith("وال"))) n++;
  const t = p.toks[n];
  if (n - j < 2 || !(isPunct(t, "(") || isPunct(t, COMMA) || (isWord(t) && t.norm.startsWith("وال")))) return null;
  const d = describeMention(p, j, n);
  return d.kind === "person" && d.name.length >= 2 && d.name.length === n - j ? [j, n] : null;
}

/**
 * طالب مستخدمو الموقع الشركة بتحسين …: after a plural of people in construct (…و, no article) and its one
 * definite genitive, a definite institution or place (ar-sources org, place, group) is the verb's object, not
 * a second genitive (an adjective, موظفو الأمم المتحدة, is no source noun).
 */
function bodyAfterConstructPlural(p: Para, j: number, m: number): boolean {
  const h = p.toks[j];
  const g = p.toks[j + 1];
  const t = p.toks[m];
  if (m !== j + 2 || !isWord(h) || !h.ar || h.norm.length < 5 || !h.norm.endsWith("و") || h.norm.startsWith("ال") || !isWord(g) || !g.norm.startsWith("ال")) return false;
  const c = isWord(t) && t.norm.startsWith("ال") ? sourceClass(t) : null;
  return !!c && (c.cls === "org" || c.cls === "place" || c.cls === "group");
}

/**
 * وقد أرجأت الحركة جولة المحادثات، ووصفت الحكومة المصغرة هجوم الجمعة بأنه …: after a definite institution and its definite adjectives, a word
 * without the article opens the object (an adjective of a definite noun is definite; a person's
 * title, which a name follows, is not an institution).
 */
export function objectAfterDefiniteBody(p: Para, j: number, m: number): boolean {
  const head = sourceClass(p.toks[j]);
  const t = p.toks[m];
  // (A data noun, نتائج، أرقام, speaks only after بحسب: here it is the object.)
  const tc = isWord(t) ? sourceClass(t) : null;
  if (!head || !head.definite || (head.cls !== "org" && head.cls !== "group") || !isWord(t) || !t.ar || t.norm.startsWith("ال") || (tc && tc.cls !== "data")) return false;
  // (Not a word with a clitic or a function word: الاتحاد السويدي لكرة القدم، الاتحاد المصري برئاسة فلان،
  // السفارة الفلسطينية في ماليزيا، المنظمة ومقرها لندن name or place the institution.)
  if ("لبوفك".includes(t.norm[0]) || (grammarOf(t) && !inList(t, lexicon().ar.demonstratives))) return false;
  for (let i = j + 1; i < m; i++) if (!isWord(p.toks[i]) || !p.toks[i].norm.startsWith("ال")) return false;
  return true;
}

/**
 * نشر الكاتب فلان الفلاني مقطعا مصورا، قائلاً: after a given name and a family name with the article, a
 * word without it ending in the accusative ا (its tanween unwritten) is the verb's object, no more of
 * the name (a name ending in ا, رضا، ماريا، stands before the family name, not after it).
 */
function accusativeAfterName(p: Para, j: number, m: number): boolean {
  const t = p.toks[m];
  const family = p.toks[m - 1];
  const given = p.toks[m - 2];
  if (m - 2 < j || !isWord(t) || !t.ar || !isWord(family) || !family.norm.startsWith("ال") || !isWord(given) || !given.ar) return false;
  // (The given name: no article, no title; عبد الله، أبو الفضل، نور الدين are a given name of their own.)
  const ar = lexicon().ar;
  // (المتحدث باسم الحكومة رضا …: a source noun with the article is the title's body, no family name.)
  if (given.norm.startsWith("ال") || sourceClass(given) || sourceClass(family) || inList(given, ar.nameParticles) || inList(family, ar.compoundNameEnds)) return false;
  return t.norm.length >= 3 && t.norm.endsWith("ا") && !t.norm.startsWith("ال") && !sourceClass(t) && !endsWithPronoun(p.text, t.e);
}

/** مدير، مقدم: a title word without the article (nor a pronoun), whose next word is its genitive. */
function titleInConstruct(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t) || !t.ar || t.norm.startsWith("ال") || endsWithPronoun(p.text, t.e)) return false;
  const c = sourceClass(t);
  return !!c && c.cls === "title" && !c.definite;
}

/**
 * وأبدت الهيئة أسفها، أكد فلان التزامه بـ، ونشر الرئيس تغريدة …: after the subject, a noun carrying a
 * possessive pronoun (no source noun, no name: زنغنه) or a medium noun is the verb's object.
 */
function objectNoun(p: Para, m: number): boolean {
  const t = p.toks[m];
  if (!isWord(t) || !t.ar || sourceClass(t)) return false;
  if ((hasGrammar(t, Gr.medium) && !t.norm.startsWith("ال")) || possessedVerbalNoun(p, m)) return true;
  return possessedNoun(p, t);
}

/**
 * واتهمت منظمة حقوقية السلطات بـ …: an indefinite source is its noun and its adjectives; a definite
 * noun right after them is the verb's object. Returns the subject's end (b when nothing is cut).
 */
export function indefiniteSubjectEnd(p: Para, a: number, b: number): number {
  const toks = p.toks;
  if (a >= b) return b;
  const head = sourceClass(toks[a]);
  if (!head || head.definite || (head.cls !== "anon" && head.cls !== "org" && head.cls !== "group")) return b;
  if (isWord(toks[a + 1]) && toks[a + 1].norm.startsWith("ال")) return constructBodyEnd(p, a, b);
  let m = a + 1;
  while (m < b && indefiniteAdjective(toks[m])) m++;
  return m > a + 1 && m < b && isWord(toks[m]) && toks[m].norm.startsWith("ال") ? m : b;
}

/**
 * وأكد مسؤولان ليبيان سابقان يدعمان التهم أن …: after an indefinite unnamed source and its adjectives a
 * present verb for two or more (يدعمان، يعملون) opens a clause describing it, no part of the source.
 * Where that verb stands in [a, b); b when there is none.
 */
export function describingVerbEnd(p: Para, a: number, b: number): number {
  const toks = p.toks;
  if (b <= a + 1 || !isWord(toks[a])) return b;
  const head = sourceClass(toks[a]);
  if (!head || head.definite || head.cls !== "anon") return b;
  // (Its adjectives agree with it: no article on any, سابقان، أمنيون.)
  for (let m = a + 1; m < b && m <= a + 4; m++) {
    const t = toks[m];
    if (!isWord(t) || t.norm.startsWith("ال") || t.grammarBits & G_ANY) return b;
    const n = t.norm;
    if (!sourceClass(t) && n.length >= 5 && presentForMany(n)) return m;
  }
  return b;
}

/**
 * ووصفت منظمة العفو الدولية القبض على النشطاء بأنه …: an institution's head in construct with a definite
 * noun, then its definite relational adjectives (one at least), then another definite word that is no
 * adjective: that word opens the object (not منظمة الأمم المتحدة, whose second word is no adjective).
 */
export function constructBodyEnd(p: Para, a: number, b: number): number {
  const toks = p.toks;
  // (No subject written yet: a paragraph that ends at its verb, as one does while it is typed.)
  if (a >= b) return b;
  const head = sourceClass(toks[a]);
  if (!head || head.definite || head.cls !== "org" || !isWord(toks[a + 1]) || !toks[a + 1].norm.startsWith("ال")) return b;
  let m = a + 2;
  while (m < b && isWord(toks[m]) && toks[m].norm.startsWith("ال") && nisbaShape(toks[m].norm.slice(2))) m++;
  const t = toks[m];
  return m > a + 2 && m < b && isWord(t) && t.norm.startsWith("ال") && t.norm.length > 4 && !nisbaShape(t.norm.slice(2)) && !grammarOf(t) ? m : b;
}

/** The name a relative pronoun right before the cue refers to: فلان الفلاني، الذي قال … */
export function relativeAntecedent(p: Para, k: number): [number, number] | null {
  const toks = p.toks;
  const r = toks[k - 1];
  if (!isWord(r) || !(hasGrammar(r, Gr.relative) || (r.norm.startsWith("و") && lexicon().grammar.get(r.norm.slice(1))?.has(Gr.relative)))) return null;
  let e = k - 2;
  if (isPunct(toks[e], COMMA)) e--;
  // المادة (32) التي نصت، الحكومة التي قالت: a source noun right before the relative.
  let h = e;
  if (isPunct(toks[h], ")")) {
    while (h > 0 && e - h <= 4 && !isPunct(toks[h], "(")) h--;
    h--;
  }
  // (Not an adjective: …، المستشار في الديوان الملكي السعودي، الذي قال.)
  const hc = h >= 0 && isWord(toks[h]) ? sourceClass(toks[h]) : null;
  if (hc && toks[h].norm.startsWith("ال") && hc.cls !== "descriptor" && !(hc.cls === "place" && toks[h].norm.endsWith("ي")) && (h === e || isPunct(toks[h + 1], "("))) return [constructHead(p, h, r) ? h - 1 : h, e + 1];
  const quoted = quotedBody(p, e);
  if (quoted >= 0) return [quoted, e + 1];
  if (isPunct(toks[e], ")") || !isWord(toks[e])) return null;
  if (isPunct(toks[k - 2], COMMA)) {
    const named = nameBeforeApposition(p, e);
    if (named) return named;
  }
  let a = e + 1;
  // (سامر الخطيب، الذي: a family name with the article after a plain given name, the relative after a comma.)
  const comma = isPunct(toks[k - 2], COMMA);
  if (comma && familyNameAfterGiven(p, e)) a = e;
  while (a - 1 >= 0 && e - (a - 1) < 5 && nameWord(p, a - 1) && toks[a - 1].norm !== CALLED) a--;
  // Only a name run that a comma, a preposition written apart (وجهت إلى فلان، الذي ينفي …), يدعى "is called"
  // (سيدة تدعى فلانة، والتي قالت …) or the sentence start closes off (not تصريحات لاعب …).
  // (So does وكان opening the sentence: وكان غيريرو، الذي نفى …)
  const kanaOpens = a > 0 && hasGrammar(toks[a - 1], Gr.kana) && (a - 1 === 0 || isPunct(toks[a - 2], CLAUSE_END));
  const closed = a > 0 && (isPunct(toks[a - 1], CLAUSE_END) || kanaOpens || (comma && (inList(toks[a - 1], lexicon().ar.freePrepositions) || toks[a - 1].norm === CALLED)));
  // (وكان أول من علق … وزير الخارجية سامح شكري، الذي قال: a title's phrase that runs up to the name says a person's;
  // with no comma too, وعلى رأسهم رئيس الحكومة فلان الذي شدد ….)
  const titled = a <= e && a > 0 && !closed ? titleBeforeName(p, a, e) : -1;
  if (titled >= 0) return [titled, e + 1];
  if (a > e || (a > 0 && !closed)) return null;
  return [a, e + 1];
}

/** How many words a body's head and adjectives may run before its quoted name (وكالة الأنباء السعودية الرسمية "واس"). */
const QUOTED_HEAD = 5;

/**
 * وكالة الأنباء الرسمية "سبأ"، التي أشارت؛ شركة السيارات الفرنسية "رينو" التي قالت: where a body's phrase starts
 * (its head a few words before the quotation marks) when it ends with its name quoted at token e; -1: none.
 */
function quotedBody(p: Para, e: number): number {
  const toks = p.toks;
  if (!isClose(toks[e])) return -1;
  const o = openBefore(toks, e);
  if (!isOpen(toks[o])) return -1;
  // (The farthest head whose phrase runs to the name: وكالة الأنباء, not الأنباء; not one under a preposition
  // written on it, استشهد بالصحيفة «…» التي: the source's span would start inside that word.)
  let at = -1;
  for (let h = o - 1; h >= 0 && o - h <= QUOTED_HEAD && isWord(toks[h]); h--) {
    // (Nor past a function word: بيان لما يسمى "…" names no body by بيان.)
    if (/^(بال|لل|وبال|ولل)/u.test(toks[h].norm) || /^[لبم]?ما$/u.test(toks[h].norm) || toks[h].norm === CALLED) break;
    if (sourceClass(toks[h])?.cls !== "org") continue;
    // (Its phrase runs to the name, or up to its opening mark: وكالة الأنباء الرسمية "سبأ" stops at the adjective's end.)
    const np = arSourceNP(p, h, e + 1);
    if ((np === e + 1 || np === o) && describeMention(p, h, e + 1).kind === "organization") at = h;
  }
  return at;
}

/**
 * وزير الخارجية سامح شكري، الذي …: where a person's title starts (the nearest within four words before
 * the name words [a, e], with the titles in construct before it) whose source phrase runs over the name
 * to its end; -1 when none.
 */
function titleBeforeName(p: Para, a: number, e: number): number {
  for (let t = a - 1; t >= 0 && a - t <= 4 && isWord(p.toks[t]); t--) {
    if (sourceClass(p.toks[t])?.cls !== "title") continue;
    // (نائب وزير الدفاع: a title in construct before it is the same title's.)
    while (t > 0 && isWord(p.toks[t - 1]) && !p.toks[t - 1].norm.startsWith("ال") && sourceClass(p.toks[t - 1])?.cls === "title") t--;
    return arSourceNP(p, t, e + 1) === e + 1 ? t : -1;
  }
  return -1;
}

/**
 * نقابة الأطباء التي حذرت، مدير المستشفى الذي قال: the source noun before the relative is the genitive of
 * a head in construct right before it (no article), an institution or a title, which the relative
 * agrees with and the genitive does not (التي with a feminine head, الذي with a masculine one).
 */
function constructHead(p: Para, h: number, rel: Tok): boolean {
  const head = p.toks[h - 1];
  if (!isWord(head) || head.norm.startsWith("ال") || head.norm.startsWith("و")) return false;
  const c = sourceClass(head)?.cls;
  if (c !== "org" && c !== "title") return false;
  const feminine = (n: string) => n.endsWith("ه");
  const r = rel.norm.startsWith("و") ? rel.norm.slice(1) : rel.norm;
  const ar = lexicon().ar;
  if (ar.relativeFeminine.has(r)) return feminine(head.norm) && !feminine(p.toks[h].norm);
  return ar.relativeMasculine.has(r) && !feminine(head.norm);
}

/**
 * سعود القحطاني، المستشار في الديوان الملكي، الذي قال: the name before an apposition that opens with a
 * title and ends at e (the comma before the relative); null when the text is not so built.
 */
function nameBeforeApposition(p: Para, e: number): [number, number] | null {
  const toks = p.toks;
  let c = e;
  while (c > 0 && e - c < 10 && isWord(toks[c])) c--;
  if (!isPunct(toks[c], COMMA) || sourceClass(toks[c + 1])?.cls !== "title") return null;
  // The name: up to four words with no lexicon class, the first with no article (سعود القحطاني).
  let a = c;
  while (a - 1 >= 0 && c - (a - 1) <= 4 && isWord(toks[a - 1]) && !sourceClass(toks[a - 1]) && !grammarOf(toks[a - 1]) && !cueAt(p, a - 1)) a--;
  while (a < c && toks[a].norm.startsWith("ال")) a++;
  return a < c && (a === 0 || !isWord(toks[a - 1]) || !!cueAt(p, a - 1) || !!grammarOf(toks[a - 1])) ? [a, c] : null;
}

/** الخطيب after سامر: a definite word that is no source noun, after a plain given name (no article, no clitic). */
function familyNameAfterGiven(p: Para, e: number): boolean {
  const t = p.toks[e];
  const g = p.toks[e - 1];
  if (!isWord(t) || !t.ar || !t.norm.startsWith("ال") || t.norm.length < 5 || sourceClass(t) || endsSource(p, e)) return false;
  return isWord(g) && g.ar && g.norm.length >= 3 && !/^(ال|ل|ب)/u.test(g.norm) && nameWord(p, e - 1);
}

/** A word of a name before a verb: no source word, no article (but عبد ال…، أبو ال…). */
function nameWord(p: Para, j: number): boolean {
  const toks = p.toks;
  return isWord(toks[j]) && !sourceClass(toks[j]) && !endsSource(p, j) && (!toks[j].norm.startsWith("ال") || (j > 0 && inList(toks[j - 1], lexicon().ar.nameLinks)));
}

/** وكان(ت) X [قد] <verb>: X, when short and nothing but words stands between. */
export function kanaSubject(p: Para, k: number): [number, number] | null {
  const toks = p.toks;
  let b = k;
  // (قد is a grammar word: testing the flag first spares building other words' keys.)
  if (isWord(toks[b - 1]) && toks[b - 1].grammarBits & G_ANY && toks[b - 1].norm === "قد") b--;
  let j = b - 1;
  // وكان سفير البلاد، فلان الفلاني، أكد: an apposition between commas belongs to the subject.
  if (isPunct(toks[j], COMMA)) b = j--;
  let commas = 0;
  // Find كان first (grammar-table flags only): most cues have none before them, and the
  // words between are only checked when there is one.
  // وكان «المرصد السوري» أفاد: a short quoted name right after كان (opening its clause) is the subject.
  const quoted = isClose(toks[b - 1]) && toks[b - 1].quote >= 0 ? p.quotes[toks[b - 1].quote].open : -1;
  if (quoted > 0 && quoted < b - 1 && b - quoted <= 5 && hasGrammar(toks[quoted - 1], Gr.kana) && (toks[quoted - 1].norm.startsWith("و") || !isWord(toks[quoted - 2]))) return [quoted, b];
  // (وكان ثلاثة من قيادات الحركة وأعضاء في مجلس «شورى المدينة»، تحدثوا: a body's quoted name inside the subject.)
  let marks = 0;
  while (j >= 0 && b - j <= 14 && (isWord(toks[j]) || (isPunct(toks[j], COMMA) && ++commas <= 1) || (quotedName(toks, j) && ++marks <= 2)) && !hasGrammar(toks[j], Gr.kana)) j--;
  if (j < 0 || !hasGrammar(toks[j], Gr.kana) || j + 1 >= b) return null;
  for (let m = j + 1; m < b; m++) {
    if (isWord(toks[m]) && (arComp(toks[m]) || hasGrammar(toks[m], Gr.relative) || hasGrammar(toks[m], Gr.conj) || cueAt(p, m))) return null;
  }
  // وكانت هناك تقارير قالت …: an existential, not a subject.
  if (inList(toks[j + 1], lexicon().ar.existential)) return null;
  // Only a كان that opens its clause (not الذي كان يترأسه فلان).
  const pre = toks[j - 1];
  if (!toks[j].norm.startsWith("و") && pre && isWord(pre) && !hasGrammar(pre, Gr.conj)) return null;
  if (commas > 0) return sourceClass(toks[j + 1]) ? [j + 1, b] : null;
  return looksLikeSubject(p, j + 1, b, marks > 0) || (commas === 0 && marks === 0 && b - (j + 1) <= 3) ? [j + 1, b] : null;
}

/** Token j is a quotation mark of a short name closed within five words, after a word (مجلس «شورى المدينة»). */
function quotedName(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (t.quote < 0 || !(isOpen(t) || isClose(t))) return false;
  const o = isClose(t) ? openBefore(toks, j) : j;
  return isOpen(toks[o]) && toks[o].quote === t.quote && o > 0 && isWord(toks[o - 1]);
}

/** The nearest opening mark within five tokens before the closing one at e (a short quoted name); else where the search stopped. */
function openBefore(toks: readonly Tok[], e: number): number {
  let o = e - 1;
  while (o > 0 && e - o <= 5 && !isOpen(toks[o])) o--;
  return o;
}

/** A run of words before a verb that can be its subject (a name, a title, an institution). */
export function looksLikeSubject(p: Para, a: number, b: number, quoted = false): boolean {
  for (let k = a; k < b; k++) {
    const t = p.toks[k];
    if (quoted && (isOpen(t) || isClose(t))) continue;
    if (!isWord(t)) return false;
    // (بدورها أعلنت «الفرقة» …: an adverb with the subject's pronoun is no subject.)
    if (inList(t, lexicon().ar.notSubject) || (hasGrammar(t, Gr.adjunct) && endsWithPronoun(p.text, t.e))) return false;
  }
  // At least one word that names a source, or a headline-style name at the paragraph's start.
  for (let k = a; k < b; k++) if (sourceClass(p.toks[k])) return true;
  return b - a <= 2 && (a === 0 || afterHeadlineBreak(p, a));
}

/** مقتل شخصين في المدينة.. نتنياهو يتوعد: a headline's second part, after two stops or an ellipsis. */
export function afterHeadlineBreak(p: Para, a: number): boolean {
  const t = p.toks[a - 1];
  return isPunct(t, "…") || (isPunct(t, ".") && isPunct(p.toks[a - 2], ".") && t.s === p.toks[a - 2].e);
}
