// Arabic mentions: the head noun (مصدر، المتحدث، وزارة), a name (a run of words no lexicon
// knows, with its particles: آل، بن، أبو), the title before it, and what kind of source the
// whole names: وزير الخارجية سليم الحداد (a person), مصدر مطلع (unnamed), وزارة الصحة (an
// institution), الحكومة وخبراء مستقلون (a group).
import { Gr, lexicon } from "../lexicon";
import { endsWithPronoun } from "../text/chars";
import { cueAt, grammarOf, hasGrammar, inList, sourceClass, type SourceHit } from "../lexicon/lookup";
import { COMMA, gluedHyphen, isOpen, isPunct, isWord, type Para } from "../text/paragraph";
import { NUM, QUOTE, type Tok } from "../text/token";
import { arTitleStop } from "../text/sentences";
import type { MentionInfo } from "./mention";
import { sourceAgreement } from "./agreement";
import { arComp, feminineForm, hal, isAddressee, nisbaShape, possessedNoun, somePossessedStem } from "../ar/words";
import { CALLED } from "../ar/spelling";
import { accusative, countedNoun, teenNumber, tensWord } from "../ar/count";
import { endsWithTanweenFath, relativeWho } from "../ar/source-phrase";
import { key, keyOf, nisba, stripAl } from "./word-keys";

/** The words of a mention: each one's source class, and the run of words that is a name ([start, end), -1: none). */
interface MentionWords {
  classes: (SourceHit | null)[];
  nameStart: number;
  nameEnd: number;
}

export function describeAr(p: Para, a: number, b: number, m: MentionInfo): MentionInfo {
  // تصريحات الوزير، تغريدة الرئيس أردوغان: the words' author, named after the medium, is the source.
  if (b - a >= 2 && mediumAuthor(p, a)) {
    m.s = p.toks[++a].s;
    // (تصريحات الأسد تلك: the demonstrative is the medium's.)
    while (b - 1 > a && inList(p.toks[b - 1], lexicon().ar.demonstratives)) m.e = p.toks[--b - 1].e;
  } else {
    const carrier = mediumCarrier(p, a, b);
    if (carrier > a) m.s = p.toks[(a = carrier)].s;
  }
  b = withoutAdverbial(p, a, b, m);
  // سلمى حداد وهي معلمة في القرية: the description after وهو/وهي names no one; the words before it are the mention's.
  const whole = b;
  b = descriptionStart(p, a, b);
  // وقالت هذه المصادر، وأوضح ذلك المتحدث، وأكد نفس المصدر: a demonstrative or "the same" before a
  // definite noun says nothing of the source.
  const ar = lexicon().ar;
  if (b - a >= 2 && (inList(p.toks[a], ar.demonstratives) || inList(p.toks[a], ar.sameWords)) && isWord(p.toks[a + 1]) && p.toks[a + 1].norm.startsWith("ال")) m.s = p.toks[++a].s;
  if (pronounSubject(p, a, b, m)) return m;
  if (divineName(p, a, b, m)) return m;
  // بعض مصادر الاتحاد، عدد من المسؤولين: a quantifier tells how many; the noun after it tells who
  // (the mention keeps it: its name is the whole phrase).
  const a0 = a;
  // وقال 20 موظفاً، قال 88 في المائة منهم، قال 61٪ من المشاركين: a count is a quantifier too; standing
  // alone it names people the story does not (a share in percent: of a surveyed population, a collective).
  const count = countedNoun(p, a, b);
  if (count.end >= b) {
    m.kind = "anonymous";
    m.collective = count.percent;
    m.nameText = p.text.slice(m.s, p.toks[whole - 1].e);
    return m;
  }
  const q = count.end > a ? count.end : quantifierEnd(p, a, b);
  if (q > a) {
    a = q;
    if (!m.nameText) m.nameText = p.text.slice(m.s, p.toks[whole - 1].e);
  }
  const w = mentionWords(p, a, b, m);
  let headIdx = 0;
  while (headIdx < w.classes.length && w.classes[headIdx] === null) headIdx++;
  let head = headIdx < w.classes.length ? w.classes[headIdx] : null;
  // المرصد السوري، الجمعية الدولية: a relational adjective (السوري، الدولية) after a definite noun the lexicon
  // does not know describes that noun; it heads no unnamed source of its own. (Not after a nisba, which
  // names a person: الإعلامي المصري; a number or an ordinal is no such adjective: السفراء الأربعة.)
  if (head && headIdx === 1 && head.cls === "descriptor" && adjectiveOfNoun(p.toks[a].norm, p.toks[a + 1].norm)) head = null;
  if (!head) headIdx = -1;
  // The head noun opens the mention: a name after it may be someone else's (مصادر «عكاظ»: the paper's
  // sources; not one after يدعى: ساكن في موسكو يدعى فلان; never one in a مصدر's phrase, which stays unnamed).
  // (So after a definite unnamed-source noun, a known person: المسؤول الصحي في عدن سامي حداد.)
  if ((head?.cls === "title" || knownAnonHead(p.toks[a])) && headIdx === 0) nameAfterPlace(p, w);
  if (head?.cls === "title" && headIdx === 0) nameAfterEponym(p, w);
  const clause = describingClause(p, a, w, head, headIdx);
  if (head && headIdx === 0 && w.nameStart > a && (nameInsidePhrase(p, a, w.nameStart) || placeName(p, w, head) || clause === "title" || (head.cls === "title" && quotedBodyName(p, b, w.nameStart)) || (head.cls === "anon" && (relativeVerb(p, a, w.nameStart, head) || quotedOwner(p, a, b, w.nameStart) || inList(p.toks[a], lexicon().ar.sourceWords) || underPreposition(p, w.nameStart)))) && p.toks[w.nameStart - 1].norm !== CALLED) w.nameStart = w.nameEnd = -1;
  kindOfMention(p, a, b, m, w, head, headIdx);
  if (clause) kindWithClause(p, a, m, clause);
  pluralOfRole(p, a, m, w, headIdx);
  // (بعض المستثمرين في مجال …: a name-like word after them is in their description, not a name.)
  // (20 موظفاً، ثلاثة وزراء، 89% من الآباء: people counted are not named; a person's kind read from the noun,
  // or an institution's read from a definite word the lexicon does not know, is the count's.)
  if ((q > a0 && countedPeople(p, a) && (m.kind === "organization" || m.kind === "group" || (m.kind === "person" && w.nameStart >= a))) || (count.end > a0 && (m.kind === "person" || (m.kind === "organization" && headIdx < 0)))) {
    m.kind = "anonymous";
    w.nameStart = w.nameEnd = -1;
  }
  nameAndTitle(p, a, b, m, w);
  // الحكومة وخبراء مستقلون: two kinds of source under one cue are one group.
  if ((m.kind === "organization" || m.kind === "anonymous") && mixesKinds(p, a, b, m.kind, w.classes)) m.kind = "group";
  // فرنسا والبرازيل، الإذاعة الرسمية ووكالة الأنباء، الوزير فلان ونظيره فلان: two sources named together, one group.
  else if ((m.kind === "organization" || m.kind === "person") && pairOfSources(p, a, b, m.kind, w)) {
    m.kind = "group";
    m.name = [];
    m.titleText = "";
    m.nameText = p.text.slice(m.s, p.toks[b - 1].e);
  }
  // (وفق البيان الصادر مساء الأحد: a document noun and the participle of its issuing stands alone too, when no
  // عن names who issued it: البيان الصادر عن الوزارة.)
  const issued = whole - a === 2 && isWord(p.toks[a + 1]) && lexicon().ar.issuedParticiples.has(p.toks[a + 1].norm) && lexicon().ar.issuedDocuments.has(m.lemma) && !(isWord(p.toks[a + 2]) && p.toks[a + 2].norm === "عن");
  m.headAlone = whole - a === 1 || issued;
  // (A source with a description is shown by the words before it; without one, by the whole mention.)
  if (b < whole && !m.nameText) m.nameText = p.text.slice(m.s, p.toks[b - 1].e);
  if (m.kind === "organization" || m.kind === "group") orgName(p, a, b, m, headIdx === 0 ? head : null);
  if (whoMention(p, a, b) || oneOfPeople(p, a, b)) {
    // من حضر الاجتماع، أحد الذين حضروا الاجتماع، بعض ممن شاركوا: "(one of) those who …", an unnamed source
    // shown by the whole phrase; the verb after the relative is no name. So is واحدة من السكان.
    m.kind = "anonymous";
    m.name = [];
    m.titleText = "";
    m.nameText = p.text.slice(m.s, p.toks[b - 1].e);
  }
  return m;
}

/**
 * سامر داود هو الآخر، ولاية ماكرون هو تحسين …: a pronoun standing alone (ar-words standalonePronouns) before
 * another word ends the name; not one before a preposition, a complementiser, a quotation or the end (ليو هي
 * إلى …، ليو هي "…": a Chinese name's word).
 */
function standalonePronoun(p: Para, k: number): boolean {
  const next = p.toks[k + 1];
  return inList(p.toks[k], lexicon().ar.standalonePronouns) && isWord(next) && next.ar && !inList(next, lexicon().ar.freePrepositions) && !arComp(next);
}

/**
 * قال تعالى، يقول الله عز وجل، قال سبحانه وتعالى: words all of ar-words divineNames (God and the formulas of
 * praise after His name) are one speaker, shown as الله.
 */
function divineName(p: Para, a: number, b: number, m: MentionInfo): boolean {
  let praise = false;
  for (let k = a; k < b; k++) {
    const t = p.toks[k];
    if (!isWord(t) || !inList(t, lexicon().ar.divineNames)) return false;
    // (The name alone, الله, or عز alone, a man's name, is no such formula.)
    if (t.norm !== "الله" && t.norm !== "عز" && t.norm !== "جل") praise = true;
  }
  if (!praise) return false;
  // (One name key of its own: the word الله as a name word would join a person whose name ends so, مصطفى صنع الله.)
  m.kind = "person";
  m.name = [DIVINE_KEY];
  m.nameText = "الله";
  m.headAlone = true;
  return true;
}

/** The name key of God quoted (divineName): no name word of a person. */
const DIVINE_KEY = "الله#divine";

/**
 * The mention [a, b) stands for a pronoun (m becomes one): وأوضح سموه، وأكد معاليه (the honorific with its
 * pronoun is "he"/"she"); وقال هؤلاء (a plural demonstrative alone, "they"); وقال هو (a pronoun alone); وقال وهو يحاول الإفلات …،
 * وتقول وهي تتذكر … (وهو/وهي opening the subject is the verb's own subject as a pronoun, the clause after
 * it what the speaker was doing).
 */
function pronounSubject(p: Para, a: number, b: number, m: MentionInfo): boolean {
  const ar = lexicon().ar;
  const t = p.toks[a];
  let pronoun = "";
  if (b - a === 1 && inList(t, ar.honorificPronouns)) pronoun = t.norm.endsWith("ها") ? "she" : "he";
  else if (b - a === 1 && inList(t, ar.pluralDemonstratives)) pronoun = "they";
  // (وقال هو إن …: a pronoun standing alone, ar-words standalonePronouns.)
  else if (b - a === 1 && inList(t, ar.standalonePronouns)) pronoun = t.norm === "هو" ? "he" : t.norm === "هي" ? "she" : "they";
  else if (b - a >= 2 && inList(t, ar.appositionPronouns)) pronoun = t.norm === "وهو" ? "he" : t.norm === "وهي" ? "she" : "they";
  // (حسب تصريحات له، وفق مقابلة لها: the medium's words are the one له/لها points to.)
  else if (b - a === 1 && inList(t, ar.spokenMedia) && isWord(p.toks[b])) pronoun = p.toks[b].norm === "له" ? "he" : p.toks[b].norm === "لها" ? "she" : "";
  if (!pronoun) return false;
  m.kind = "pronoun";
  m.pronoun = pronoun;
  m.headAlone = true;
  return true;
}

/** The mention [a, b) opens with a relative "who" (source-phrase relativeWho), or has one after its first word or two. */
function whoMention(p: Para, a: number, b: number): boolean {
  for (let k = a; k < b && k <= a + 2; k++) if (relativeWho(p, k)) return true;
  return false;
}

/**
 * واحد من السكان، واحدة من المشاركات: "one of" (ar-words oneOf), من and a definite noun that is no body or
 * place is an unnamed person, however the lexicon reads the noun; واحدة is no given name.
 */
function oneOfPeople(p: Para, a: number, b: number): boolean {
  const t = p.toks;
  if (b - a < 3 || !isWord(t[a]) || !inList(t[a], lexicon().ar.oneOf) || !isWord(t[a + 1]) || t[a + 1].norm !== "من" || !isWord(t[a + 2]) || !t[a + 2].norm.startsWith("ال")) return false;
  const c = sourceClass(t[a + 2])?.cls;
  // (Not when a name follows after a comma: واحد من المحامين، سامي حداد، is the person named.)
  for (let k = a + 3; k < b; k++) if (isPunct(t[k], COMMA)) return false;
  return c !== "org" && c !== "place" && c !== "group" && c !== "data" && c !== "part";
}

/**
 * مسؤولون في (نماء)، مسؤول من "الاتحاد": a name governed by في or من (brackets or quotation marks
 * between) is where the unnamed source works, not its name.
 */
function underPreposition(p: Para, k: number): boolean {
  let j = k - 1;
  if (j > 0 && !isWord(p.toks[j]) && (isOpen(p.toks[j]) || isPunct(p.toks[j], "("))) j--;
  const t = p.toks[j];
  return isWord(t) && (t.norm === "في" || t.norm === "من");
}

/**
 * Where the noun after a quantifier opening [a, b) starts (a: none): بعض، معظم، غالبية (and the
 * noun at once), عدد، العديد، كثير (and من before the noun): ar-words mentionQuantifiers.
 */
function quantifierEnd(p: Para, a: number, b: number): number {
  const toks = p.toks;
  if (b - a < 2) return a;
  const min = isWord(toks[a + 1]) && toks[a + 1].norm === "من";
  // (وفقاً لبعض مصادر …: under the preposition's لـ.)
  const n = isWord(toks[a]) && toks[a].norm.length > 3 && toks[a].norm[0] === "ل" ? toks[a].norm.slice(1) : toks[a].norm;
  const ar = lexicon().ar;
  if (!(min ? ar.mentionQuantifiersMin.has(n) || ar.mentionQuantifiers.has(n) : ar.mentionQuantifiers.has(n))) return a;
  const k = min ? a + 2 : a + 1;
  return k < b && isWord(toks[k]) && (sourceClass(toks[k]) || toks[k].norm.startsWith("ال") || countedPeople(p, k)) ? k : a;
}

/**
 * بعض المؤرخين، عدد من المشاركين: people the lexicon does not know, counted: a plural of persons (-ين، -ون);
 * or a plural of persons in construct (-ي, its ن dropped) with a definite word after it, whatever the
 * lexicon says of that word, or a name: عشرات من موظفي الشركة، 90% من ممثلي الجهات، بعض مستشاري ترامب (people of
 * the firm, not the firm).
 */
function countedPeople(p: Para, k: number): boolean {
  const t = p.toks[k];
  const n = t.norm;
  if (!sourceClass(t) && n.length >= 6 && (n.endsWith("ين") || n.endsWith("ون"))) return true;
  const next = p.toks[k + 1];
  const c = sourceClass(t)?.cls;
  // (بعض مستشاري ترامب: a name after it, whose people they are, too.)
  return n.length >= 5 && n.endsWith("ي") && !n.startsWith("ال") && (!c || c === "title" || c === "anon") && isWord(next) && next.ar && (next.norm.startsWith("ال") || !grammarOf(next));
}

/** Where a description opened by وهو/وهي begins inside the mention [a, b) (b: none). */
function descriptionStart(p: Para, a: number, b: number): number {
  for (let k = a + 1; k < b - 1; k++) {
    // (فلان، وهو كاتب: the comma before it is the description's too.)
    if (isWord(p.toks[k]) && inList(p.toks[k], lexicon().ar.appositionPronouns)) return isPunct(p.toks[k - 1], COMMA) && k - 1 > a ? k - 1 : k;
  }
  return b;
}

/**
 * A definite relational adjective (السوري) after a definite noun that is no masculine nisba (المرصد،
 * الجمعية; not الإعلامي, a person).
 */
function adjectiveOfNoun(noun: string, adjective: string): boolean {
  return articled(noun) && adjective.startsWith("ال") && nisbaShape(adjective) && !noun.endsWith("ي");
}

/** A word with the article, or with لـ before the article (وفقاً للمرصد، حسب للجمعية: its alef is dropped). */
function articled(n: string): boolean {
  return n.startsWith("ال") || (n.startsWith("لل") && n.length > 4);
}

/**
 * An institution's name: the mention up to where the name ends; figures or a document's part
 * are named after the institution or document they belong to (تقديرات شبكة CNN، دراسة نشرتها
 * مجلة …، المادة (27) من لائحة الانتخاب).
 */
function orgName(p: Para, a: number, b: number, m: MentionInfo, head: SourceHit): void {
  const toks = p.toks;
  const end = orgNameEnd(p, a, b);
  if (end > a && end < b) m.nameText = p.text.slice(toks[a].s, toks[end - 1].e);
  const statement = !!head && lexicon().ar.statementHeads.has(head.lemma);
  // (بيان مقتضب، لوزارة الدفاع، إن: a statement's owner under لـ set off by a comma is read past it.)
  // (التقرير الـ 51 لمؤسسة النقد: past an ordinal written as الـ and a number too.)
  const past = statement && end < b && (isPunct(toks[end], COMMA) || ordinalNumber(p, end)) ? end + 1 : end;
  const owned = past > end && isWord(toks[past]) && toks[past].norm.startsWith("ل") && !toks[past].norm.startsWith("ال");
  if (head && (lexicon().ar.officeHeads.has(head.lemma) || statement)) officeOwner(p, a, owned ? b : Math.min(end, b), m, statement);
  if (statement && head.definite && b === a + 1 && m.kind === "organization") relativeIssuer(p, b, m);
  if (!head || (head.cls !== "data" && head.cls !== "part")) return;
  let k = a + 1;
  while (k < b && !isWord(toks[k])) k++;
  // دراسة نشرتها (مؤخراً) مجلة …: the institution after a relative verb with its object pronoun.
  if (head.cls === "data" && k < b && endsWithPronoun(p.text, toks[k].e) && !sourceClass(toks[k])) {
    k++;
    while (k < b && hasGrammar(toks[k], Gr.time)) k++;
  }
  if (head.cls === "part") {
    while (k < b && !(isWord(toks[k]) && toks[k].norm === "من")) k++;
    k++;
  }
  const owner = k < b && isWord(toks[k]) ? sourceClass(toks[k]) : null;
  // (To the mention's end when the name runs to it: a quoted name's closing mark is the mention's.)
  if (owner && (owner.cls === "org" || owner.cls === "place")) m.nameText = p.text.slice(toks[k].s, end >= b ? m.e : toks[end - 1].e);
}

/**
 * المكتب الإعلامي لحزب "النهضة"، بيان لوزارة التربية، بيان الجيش: an office or a statement speaks
 * for the body it belongs to (لـ + an institution's head after it and its adjectives; for a
 * statement also the institution right after it, not for an office: مكتب الأمم المتحدة لتنسيق
 * الشؤون الإنسانية is a body of its own) and is shown by that body's name.
 */
function officeOwner(p: Para, a: number, end: number, m: MentionInfo, statement: boolean): void {
  const toks = p.toks;
  let k = a + 1;
  const next = toks[k];
  const held = statement && k < end && isWord(next) ? sourceClass(next) : null;
  // (بيان وزارة النقل، تقرير منظمة العفو الدولية: an institution's head in construct with a definite word, the same.)
  const construct = held?.cls === "org" && !held.definite && isWord(toks[k + 1]) && toks[k + 1].norm.startsWith("ال");
  if (held && (held.cls === "org" || held.cls === "place") && (held.definite || construct) && !next.norm.startsWith("ل")) {
    m.nameText = p.text.slice(next.s, toks[end - 1].e);
    return;
  }
  // بيان الإليزيه: a statement in construct with one definite word the lexicon does not know (no class, no
  // grammar word; an adjective would take the article with البيان) is that body's.
  if (statement && k + 1 === end && !held && !toks[a].norm.startsWith("ال") && isWord(next) && next.ar && next.norm.startsWith("ال") && next.norm.length > 4 && !grammarOf(next)) {
    m.nameText = p.text.slice(next.s, next.e);
    return;
  }
  // بيان صادر عن المجلس: the body after "issued by".
  if (statement && k + 2 < end && inList(next, lexicon().ar.issuedParticiples) && toks[k + 1].norm === "عن" && isWord(toks[k + 2])) {
    const by = sourceClass(toks[k + 2]);
    // (To a preposition: بيان صادر عن الشركة في هذا الشأن.)
    let e = k + 3;
    while (e < end && isWord(toks[e]) && !inList(toks[e], lexicon().ar.freePrepositions)) e++;
    if (by && (by.cls === "org" || by.cls === "place")) m.nameText = p.text.slice(toks[k + 2].s, toks[e - 1].e);
    return;
  }
  while (k < end && isWord(toks[k]) && toks[k].norm.startsWith("ال") && !sourceClass(toks[k])) k++;
  // بيان مقتضب لوزارة الزراعة: a statement's adjectives (no article, no class but a nisba's: بيان صحفي
  // للوزارة) before whose it is.
  if (statement) for (let n = 0; n < 2 && k < end && isWord(toks[k]) && !toks[k].norm.startsWith("ل") && (!sourceClass(toks[k]) || nisbaShape(toks[k].norm)) && !grammarOf(toks[k]); n++) k++;
  // (بيان مقتضب، لوزارة الدفاع، إن: the owner set off by commas, as the source phrase takes it.)
  if (statement && ordinalNumber(p, k)) k++;
  const commaBefore = statement && k > a && k + 1 < end && isPunct(toks[k], COMMA) && isWord(toks[k + 1]) && toks[k + 1].norm.startsWith("ل");
  if (commaBefore) k++;
  const t = toks[k];
  if (statement && k < end && isWord(t) && t.norm.startsWith("ل") && sourceClass(t)?.cls === "title") {
    personOwner(p, k, end, m);
    return;
  }
  // (بيان للجيش اليمني، بيان للبيت الأبيض: لل + an institution, shown with its article.)
  const body = k < end && isWord(t) && t.ar ? sourceClass(t) : null;
  if (statement && body && (body.cls === "org" || body.cls === "place") && t.norm.startsWith("لل") && t.norm.length > 4) {
    m.nameText = "ال" + ownerText(p, k, end, m).slice(2);
    return;
  }
  // (بيان من مكتب ماي: من before the institution.)
  const by = k + 1 < end && isWord(toks[k + 1]) ? sourceClass(toks[k + 1]) : null;
  if (statement && by && (by.cls === "org" || by.cls === "place") && isWord(t) && t.norm === "من") {
    m.nameText = ownerText(p, k + 1, end, m);
    return;
  }
  // (بيان أصدرته رئاسة الحكومة: the institution after a verb carrying the statement as its object, read
  // among the statement's adjectives above.)
  const verb = toks[k - 1];
  if (statement && body && (body.cls === "org" || body.cls === "place") && !t.norm.startsWith("ل") && k - 1 > a && isWord(verb) && verb.ar && endsWithPronoun(p.text, verb.e) && !sourceClass(verb)) {
    m.nameText = ownerText(p, k, end, m);
    return;
  }
  if (k >= end || !isWord(t) || !t.norm.startsWith("ل") || t.norm.startsWith("لل")) return;
  const owner = sourceClass(t);
  if (owner && owner.cls === "org" && !owner.definite) m.nameText = p.text.slice(t.s + 1, toks[beforeIssued(p, k, end) - 1].e);
  // (…and one set off by commas the lexicon does not know, بيان مقتضب، لألوية العمالقة، إن: no function word.)
  else if (!owner && commaBefore && t.norm.length >= 4 && !grammarOf(t) && !t.norm.startsWith("لل")) m.nameText = p.text.slice(t.s + 1, toks[end - 1].e);
}

/**
 * وقال التقرير، الذي أعدته شركة آسيا للاستثمار: …؛ التقرير الذي أعدته القاضية فلانة: a definite statement noun
 * alone (token e right after it), then a relative clause whose verb of issuing (ar-words documentVerbs) carries it
 * as its object: the verb's subject issued it. m takes the person's kind and name, or the body's name; its span
 * stays the statement's.
 */
function relativeIssuer(p: Para, e: number, m: MentionInfo): void {
  const toks = p.toks;
  const ar = lexicon().ar;
  const k = isPunct(toks[e], COMMA) ? e + 1 : e;
  if (!inList(toks[k], ar.relativeMasculine) && !inList(toks[k], ar.relativeFeminine)) return;
  const v = toks[k + 1];
  if (!isWord(v) || !v.ar || !endsWithPronoun(p.text, v.e)) return;
  const n = v.norm;
  const bare = n.endsWith("ها") ? n.slice(0, -2) : n.slice(0, -1);
  if (!ar.documentVerbs.has(bare)) return;
  const a = k + 2;
  let end = a;
  while (end < toks.length && end < a + 8 && !isPunct(toks[end], COMMA) && !isPunct(toks[end], ":") && !(isWord(toks[end]) && (arComp(toks[end]) || inList(toks[end], ar.freePrepositions) || hasGrammar(toks[end], Gr.time)))) end++;
  // («شركة آسيا للاستثمار»: a name in quotation marks, its marks dropped.)
  const open = toks[a]?.kind === QUOTE && isOpen(toks[a]);
  const from = open ? a + 1 : a;
  const to = open && toks[end - 1]?.kind === QUOTE ? end - 1 : end;
  if (to <= from || !isWord(toks[from])) return;
  const sub = describeAr(p, from, to, { ...m, s: toks[from].s, e: toks[to - 1].e, kind: "unknown", lemma: "", definite: false, name: [], nameText: "", titleText: "", words: [], pronoun: "", headAlone: false, proper: false, acronym: "", collective: false, generic: false });
  if (sub.kind === "organization") m.nameText = sub.nameText || p.text.slice(toks[from].s, toks[to - 1].e);
  else if (sub.kind === "person" && sub.name.length > 0) Object.assign(m, { kind: "person", lemma: sub.lemma, definite: sub.definite, name: sub.name, words: sub.words, titleText: sub.titleText, nameText: sub.nameText });
}

/** Token k is the number of an ordinal written as الـ and a number (التقرير الـ 51). */
function ordinalNumber(p: Para, k: number): boolean {
  const before = p.toks[k - 1];
  return p.toks[k]?.kind === NUM && isWord(before) && before.norm === "ال" && p.text.charCodeAt(before.e - 1) === 0x0640;
}

/** Where an owner's name from token k ends before end: at the participle of its issuing (لمؤسسة النقد الصادر مؤخراً). */
function beforeIssued(p: Para, k: number, end: number): number {
  for (let j = k + 1; j < end; j++) if (isWord(p.toks[j]) && inList(p.toks[j], lexicon().ar.issuedParticiples)) return j;
  return end;
}

/**
 * The institution's name that issued a statement, from token k to end (not past the mention m): up to a
 * verb carrying the statement as its object (للديوان الملكي نشرته وكالة …), a time word or a preposition
 * written apart (تقرير للأمم المتحدة العام الماضي), with a quoted name's closing mark (منظمة "أنقذوا الأطفال").
 */
function ownerText(p: Para, k: number, end: number, m: MentionInfo): string {
  const toks = p.toks;
  let e = k + 1;
  while (e < end && !(isWord(toks[e]) && (hasGrammar(toks[e], Gr.time) || inList(toks[e], lexicon().ar.freePrepositions) || (toks[e].ar && endsWithPronoun(p.text, toks[e].e) && !sourceClass(toks[e]) && !toks[e].norm.startsWith("ال"))))) e++;
  const close = toks[e];
  const stop = close && close.kind === QUOTE && !isOpen(close) && close.e <= m.e ? close.e : toks[e - 1].e;
  return p.text.slice(toks[k].s, stop);
}

/**
 * بيان للوزير، بيان لرئيس الوزراء سامي حداد: a statement by a person, a title in the singular under لـ (k)
 * and what follows up to end, is that person's: m takes the person's kind, name, title and head (its span stays the
 * statement's). A title under لل is shown with its article (للوزير: الوزير).
 */
function personOwner(p: Para, k: number, end: number, m: MentionInfo): void {
  const toks = p.toks;
  // (بيان لوزراء المالية: a title in the plural or the dual is no one person; بيان لفريق …: a team's,
  // ar-words teamNouns, is a body's, not a general's.)
  const agreement = sourceAgreement(p.text.slice(toks[k].s + 1, toks[k].e)).agreement;
  const n = toks[k].norm;
  if (agreement !== "masculine" && agreement !== "feminine") return;
  // (بيان لفريق اليمن للسلام، بيان لنادي الواحة: a team is the body that issued it, shown without the لـ.)
  if (lexicon().ar.teamNouns.has(n.slice(n.startsWith("لل") ? 2 : 1))) {
    if (!n.startsWith("لل") && k + 1 < end) m.nameText = ownerText(p, k, end, m).slice(1);
    return;
  }
  const sub = describeAr(p, k, end, { ...m, s: toks[k].s, kind: "unknown", lemma: "", definite: false, name: [], nameText: "", titleText: "", words: [], pronoun: "", headAlone: false, proper: false, acronym: "", collective: false, generic: false });
  if (sub.kind !== "person") return;
  const at = toks[k].s;
  const shown = (text: string) => (!text.startsWith(p.text.slice(at, at + 1)) || p.text.slice(at, at + text.length) !== text ? text : toks[k].norm.startsWith("لل") ? "ا" + text.slice(1) : text.slice(1));
  m.kind = "person";
  m.lemma = sub.lemma;
  m.definite = sub.definite;
  m.name = sub.name;
  m.words = sub.words;
  m.titleText = shown(sub.titleText);
  m.nameText = sub.nameText ? shown(sub.nameText) : shown(p.text.slice(at, toks[end - 1].e));
}

/**
 * Where an institution's name ends inside its mention (b: the whole mention): at an apposition
 * comma (شركة …، التابعة لأمانة جدة), before an adjective of affiliation (حركة … المقربة من …),
 * after a quoted name right after its head noun (صحيفة "ذا تايمز" البريطانية), before في and a
 * hashtag that tags a place (#هيئة_… في #السعودية).
 */
function orgNameEnd(p: Para, a: number, b: number): number {
  const toks = p.toks;
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    if (isPunct(t, COMMA)) return k;
    if (k === a + 1 && t.kind === QUOTE && t.quote >= 0 && p.quotes[t.quote]?.open === k) {
      const c = p.quotes[t.quote].close;
      if (c > k && c < b - 1) return c + 1;
    }
    if (!isWord(t)) continue;
    if (k > a + 1 && hasGrammar(t, Gr.affil)) return k;
    if (t.norm === "في" && toks[k + 1] && p.text.charCodeAt(toks[k + 1].s - 1) === 0x23) return k;
  }
  return b;
}

/**
 * A trailing adverbial (آخر مستغرباً، المدير ضاحكاً، فلان يوماً) is not part of the mention: the mention's new
 * end. A ḥāl's shape (مُتفعِّلاً) or a written tanween fatha marks it.
 */
function withoutAdverbial(p: Para, a: number, b: number, m: MentionInfo): number {
  const toks = p.toks;
  const b0 = b;
  b = withoutAge(p, a, b);
  // (20 موظفاً، عشرون موظفاً، أحد عشر نائباً: the accusative after a number is what it counts, no ḥāl; nor
  // one after a verb of the description, رجل يعمل بائعاً متجولاً: its complement.)
  const counted = (k: number) => toks[k - 1].kind === NUM || tensWord(toks[k - 1]) || teenNumber(toks[k - 2], toks[k - 1]) || verbComplement(p, a, k);
  // (آبي مخاطباً الحشد: a ḥāl with its tanween written ends the mention, its object after it too.)
  for (let k = a + 1; k < b - 1; k++) if (isWord(toks[k]) && !sourceClass(toks[k]) && !counted(k) && hal(p, k) && (endsWithTanweenFath(p.text, toks[k].e) || inList(toks[k], lexicon().ar.unmarkedHal))) b = k;
  // (Tanween alone after a name or a title, not after a word with a pronoun, لإنجابه أطفالاً, an object; nor after
  // a participle with the article, المعين حديثاً, which describes the person with it.)
  const prevOk = (t: Tok) => isWord(t) && !endsWithPronoun(p.text, t.e) && (!t.norm.startsWith("الم") || t.norm.endsWith("ي") || !!sourceClass(t));
  const adverb = (k: number) => hal(p, k) || (endsWithTanweenFath(p.text, toks[k].e) && prevOk(toks[k - 1]));
  while (b - 1 > a && isWord(toks[b - 1]) && !sourceClass(toks[b - 1]) && !counted(b - 1) && adverb(b - 1)) b--;
  // (الأمير فلان، مخاطباً …: the comma before the ḥāl is no part of the mention.)
  while (b - 1 > a && !isWord(toks[b - 1]) && isPunct(toks[b - 1], COMMA)) b--;
  if (b < b0) m.e = toks[b - 1].e;
  return b;
}

/**
 * The accusative(s) at k follow a verb inside the description (رجل يعمل بائعاً، الذي يعمل حارساً، امرأة كانت ممرضةً):
 * a predicate verb (ar-words complementVerbs) after an indefinite source noun or a relative, or كان. (Not a name of that shape, المدير يوسف مبتسماً.)
 */
function verbComplement(p: Para, a: number, k: number): boolean {
  const toks = p.toks;
  let j = k - 1;
  while (j > a && accusative(p, j)) j--;
  const v = toks[j];
  if (j <= a || !isWord(v) || sourceClass(v)) return false;
  if (hasGrammar(v, Gr.kana)) return true;
  const before = toks[j - 1];
  const opens = hasGrammar(before, Gr.relative) || (isWord(before) && !!sourceClass(before) && !before.norm.startsWith("ال"));
  // (Only a verb that takes a predicate, ar-words complementVerbs: امرأة تجلس صامتةً، a ḥāl, is no complement.)
  return opens && inList(v, lexicon().ar.complementVerbs);
}

/** لاعب الوسط كريم (24 عاماً): an age in brackets closing the mention is no word of the name; where the mention ends before it. */
function withoutAge(p: Para, a: number, b: number): number {
  const toks = p.toks;
  let j = b;
  if (j - 1 > a && toks[j - 1].kind !== QUOTE && toks[j - 1].norm === ")") j--;
  if (j - 3 <= a || !isWord(toks[j - 1]) || !inList(toks[j - 1], lexicon().ar.ageWords)) return b;
  return toks[j - 2].kind === NUM && toks[j - 3].kind !== QUOTE && toks[j - 3].norm === "(" ? j - 3 : b;
}

/**
 * Each word's source class (and its key among the mention's words), and the name: the first
 * name of two words or more after the title is the person's (الدكتورة بسمة جستنية مديرة مركز …
 * المساعد فلان); a lone name word later in the description is a place or a unit.
 */
function mentionWords(p: Para, a: number, b: number, m: MentionInfo): MentionWords {
  const toks = p.toks;
  const w: MentionWords = { classes: [], nameStart: -1, nameEnd: -1 };
  let runStart = -1;
  let fixed = false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!isWord(t)) {
      // فرانك-فالتر شتاينماير: a hyphen glued between two words keeps the name going.
      if (runStart >= 0 && !fixed && gluedHyphen(p.toks, k)) {
        w.classes.push(null);
        continue;
      }
      // جعجع، رئيس الحزب: a name opening the mention, closed by an apposition comma, is the name even as one word.
      // (After honorifics only too: السيد فلان، مسؤول الاستقبال بالقنصلية ….)
      // (Not a run right after في, a place's or a field's name: مدير الإغاثة في حالات الطوارئ، مارك لوكوك.)
      // (Not a body's name quoted under في or من: العضو في "النجوم الخمس" سامي حداد is the member's name.)
      // (Nor a firm's name in marks after its head: مدير العمليات في شركة (نوفا للإسعاف)، سامي حداد.)
      if (runStart >= 0 && !quotedUnderPreposition(p, runStart, k) && !bodyNameInMarks(p, runStart, k) && (w.nameEnd - w.nameStart >= 2 || (honorificsOnly(p, a, runStart) && isPunct(t, COMMA) && !endsWithPronoun(p.text, toks[runStart].e))) && !afterFi(p, runStart, k)) fixed = true;
      runStart = -1;
      w.classes.push(null);
      continue;
    }
    let sc = sourceClass(t);
    // العقيد تركي المالكي: a nationality without the article after a definite title agrees with nothing
    // (its adjective would be التركي); before a family name it is a given name.
    if (sc?.cls === "descriptor" && runStart < 0 && givenNameNotAdjective(p, k)) sc = null;
    // أمين الدين حامدي: a title word without the article before الدين، الله (ar-words compoundNameEnds) is a
    // compound given name's first word (not أمين عام الحزب).
    else if (sc?.cls === "title" && !t.norm.startsWith("ال") && isWord(toks[k + 1]) && inList(toks[k + 1], lexicon().ar.compoundNameEnds)) sc = null;
    // م. محمد العمرة، أ. سامي: a title abbreviated to one letter (د. is a lexicon title) is a title.
    if (!sc && titleLetter(p, k)) sc = { cls: "title", lemma: t.norm, definite: false };
    w.classes.push(sc);
    if (!joinsMention(t)) m.words.push(keyOf.get(t));
    if (fixed) continue;
    // وزير الخارجية وليد المعلم: a title word closing the mention right after a one-word name is the family name.
    if (sc?.cls === "title" && runStart >= 0 && w.nameEnd === k && k - runStart === 1 && t.norm.startsWith("ال") && (k + 1 >= b || !isWord(toks[k + 1]))) {
      w.classes[w.classes.length - 1] = null;
      w.nameEnd = k + 1;
      fixed = true;
      continue;
    }
    // (اللاعب سامر الخطيب المنضم حديثاً إلى النادي: a participle after the name describes the person.)
    if (runStart >= 0 && (describingParticiple(p, runStart, k, b) || formOneParticiple(p, runStart, k))) {
      fixed = w.nameEnd - w.nameStart >= 2;
      runStart = -1;
      continue;
    }
    // سامر العلي شقيق الضحية، هدى الخطيب والدة الطفل: a kinship noun after a name of two words or more
    // says whose relative the person is; it ends the name.
    if (runStart >= 0 && w.nameEnd === k && w.nameEnd - w.nameStart >= 2 && inList(t, lexicon().ar.kinshipNouns)) {
      fixed = true;
      runStart = -1;
      continue;
    }
    const particle = inList(t, lexicon().ar.nameParticles);
    // تركي آل الشيخ، أبو الغيط: the word after a particle inside a name is a name word, whatever else it means.
    const afterParticle = runStart >= 0 && k - 1 >= runStart && isWord(toks[k - 1]) && inList(toks[k - 1], lexicon().ar.nameParticles);
    // والتنمية، وعلى: a word carrying و before an article or a preposition continues a phrase; no name starts so.
    // (Nor the word after it, the joined noun's genitive: ومعارضي ترامب.)
    const startable = runStart >= 0 || (!conjoined(t.norm) && !coordinated(p, a, k) && !(k - 1 > a && coordinated(p, a, k - 1)));
    if ((afterParticle || (!sc && startable && nameLike(p, a, k, particle, runStart >= 0))) && !(particle && runStart < 0 && k + 1 >= b)) {
      // برامج القرية سامي حداد: a plain word after an article-word opens a new name (not after the
      // end of a compound given name, نور الدين زكي, or a particle's word; not in an unnamed
      // source's description, whose words are no name).
      // (The definite one's may end in a name: الخبير في تصميم الأزياء سامي حداد, a known person.)
      if (runStart >= 0 && k - 1 > runStart && (sourceClass(toks[a])?.cls !== "anon" || knownAnonHead(toks[a])) && restartsName(p, k)) runStart = k;
      if (runStart < 0) {
        runStart = k;
        // تركي آل الشيخ: a word before a name particle is the first name, whatever it also means.
        if (particle && k - 1 >= a && isWord(toks[k - 1]) && w.classes[k - 1 - a]?.cls === "descriptor" && !toks[k - 1].norm.startsWith("ال")) {
          runStart = k - 1;
          w.classes[k - 1 - a] = null;
        }
      }
      w.nameStart = runStart;
      w.nameEnd = k + 1;
    } else {
      // (أوزتورك في معرض …: a name opening the mention before a preposition is the name, even as one word.)
      // (بصحة منطقة تبوك الدكتور محمد الجماز: a definite title with a name after it names the person; the run before was no name.)
      if (runStart >= 0 && (w.nameEnd - w.nameStart >= 2 || (runStart === a && inList(t, lexicon().ar.freePrepositions) && loneName(toks[a]))) && !titleThenName(p, k)) fixed = true;
      runStart = -1;
    }
  }
  return w;
}

/**
 * ماكس شتاينر القادم للجزيرة، سوناو تسوبوي البالغ 90 عاماً، كارلوس تيفيز العائد إلى ناديه: after a name of two
 * words or more (from s), a definite word of the shape فاعل (القادم، البالغ، العائد) with its complement right after
 * it, in the mention or past its end — a number or من العمر (an age) — describes the person; before a preposition or
 * a word under لل only one ar-words describingParticiples lists (many family names have the shape: الصالح من جامعة …،
 * الحامد للجزيرة، وأشار عبد الله الصالح إلى أن).
 */
function formOneParticiple(p: Para, s: number, k: number): boolean {
  const toks = p.toks;
  const t = toks[k];
  const n = t.norm;
  // (فاعل with the article, or its feminine: القادم، البالغة.)
  if (k - s < 2 || !t.ar || !(n.length === 6 || (n.length === 7 && n.endsWith("ه"))) || !n.startsWith("ال") || n[3] !== "ا" || sourceClass(t) || grammarOf(t)) return false;
  const next = toks[k + 1];
  if (next?.kind === NUM) return true;
  if (!isWord(next) || !next.ar) return false;
  if (next.norm === "من" && isWord(toks[k + 2]) && toks[k + 2].norm === "العمر") return true;
  // (A participle ar-words describingParticiples lists is no family name: any preposition or word under لل. Any
  // other before إلى/على may be a family name before its verb's preposition: وأشار عبد الله الصالح إلى أن.)
  if (!inList(t, lexicon().ar.describingParticiples)) return false;
  return lexicon().ar.participleComplements.has(next.norm) || next.norm === "في" || (next.norm.length >= 5 && next.norm.startsWith("لل"));
}

/**
 * سامر الخطيب المنضم حديثاً إلى النادي، كريم الزهراني المكلف بملف الطاقة: after a name of two words or more
 * (from s), a definite word of a participle's shape (الم…, no source noun) whose complement follows inside
 * the mention (it ends at b) — an accusative adverb, a word under بـ, or إلى/على/عن/من (the verb's own stand
 * outside its subject) — opens a description, no part of the name (محمد المنصور في بيان: a family name).
 */
function describingParticiple(p: Para, s: number, k: number, b: number): boolean {
  const toks = p.toks;
  const t = toks[k];
  const next = toks[k + 1];
  // (المعروف is a background formula's word too, ar-grammar background: المعروف أن …)
  if (k - s < 2 || k + 1 >= b || !t.ar || t.norm.length < 6 || !t.norm.startsWith("الم") || sourceClass(t) || (grammarOf(t) && !hasGrammar(t, Gr.background)) || !isWord(next) || !next.ar) return false;
  const n = next.norm;
  if (endsWithTanweenFath(p.text, next.e) && !sourceClass(next)) return true;
  if (n.length >= 4 && n.startsWith("ب") && !sourceClass(next) && !grammarOf(next) && !cueAt(p, k + 1)) return true;
  return lexicon().ar.participleComplements.has(n);
}

/**
 * الخبراء ومعارضي ترامب، الشرق الأوسط وشمال أفريقيا، لصوامع الغلال ومطاحن الدقيق: a word with و glued to it
 * right after unnamed people (a plural or dual) or after a definite word of no lexicon class (no relational or title adjective:
 * الإعلامي وسيم سعد، المدير العام وليد حداد) joins another noun to the phrase and opens no name.
 */
function coordinated(p: Para, a: number, k: number): boolean {
  const t = p.toks[k];
  const prev = p.toks[k - 1];
  // (Not a function word with و, والذي: what it opens is read elsewhere.)
  if (k === a || !t.ar || t.norm.length < 4 || t.norm[0] !== "و" || !isWord(prev) || !prev.ar || grammarOf(t) || lexicon().grammar.has(t.norm.slice(1))) return false;
  const c = sourceClass(prev);
  // (Unnamed people in the plural or dual: after المحلل a name follows, المحلل وائل نمر.)
  if (c) return c.cls === "anon" && !/^(masculine|feminine)$/.test(sourceAgreement(p.text.slice(prev.s, prev.e)).agreement);
  const ar = lexicon().ar;
  return prev.norm.startsWith("ال") && prev.norm.length > 3 && !nisbaShape(prev.norm) && !inList(prev, ar.titleAdjectives) && !inList(prev, ar.honorifics) && !inList(prev, ar.compoundNameEnds);
}

/**
 * The name run from token s, closed by the comma at c, follows في or من and more words follow the comma (في
 * حالات الطوارئ، مارك لوكوك؛ من أصول مصرية، محمد العريان: a place's, a field's or an origin's words).
 */
function afterFi(p: Para, s: number, c: number): boolean {
  const before = p.toks[s - 1];
  return isWord(before) && (before.norm === "في" || before.norm === "من") && isPunct(p.toks[c], COMMA) && isWord(p.toks[c + 1]);
}

/** Word k, a descriptor without the article, stands between a definite title and a family name (العقيد تركي المالكي). */
function givenNameNotAdjective(p: Para, k: number): boolean {
  const toks = p.toks;
  const t = toks[k];
  const prev = toks[k - 1];
  if (!t.ar || t.norm.startsWith("ال") || !isWord(prev) || !prev.norm.startsWith("ال") || sourceClass(prev)?.cls !== "title") return false;
  // (A family name with the article ends in ي here, المالكي: not السفير عربي الأصل.)
  const next = toks[k + 1];
  return (familyWord(next) && next.norm.endsWith("ي")) || (plainWord(next) && !grammarOf(next));
}

/** Word k is a definite title (الدكتور، المهندس) followed by a plain name word and a word of no lexicon class. */
function titleThenName(p: Para, k: number): boolean {
  const toks = p.toks;
  const t = toks[k];
  const last = toks[k + 2];
  return t.norm.startsWith("ال") && sourceClass(t)?.cls === "title" && plainWord(toks[k + 1]) && isWord(last) && !grammarOf(last) && !sourceClass(last);
}

/**
 * الخبير، المسؤولة: an unnamed-source noun with the article and in the singular describes one known person,
 * whose name may close its description (not مسؤول، المستثمرين في مجال تأجير السيارات: no name there).
 */
function knownAnonHead(t: Tok | undefined): boolean {
  const c = t && isWord(t) ? sourceClass(t) : null;
  if (c?.cls !== "anon" || !c.definite) return false;
  const agreement = sourceAgreement(t!.norm).agreement;
  return agreement === "masculine" || agreement === "feminine";
}

/** Word k, plain, follows an article-word that ends no compound given name and follows no particle. */
function restartsName(p: Para, k: number): boolean {
  const toks = p.toks;
  const t = toks[k];
  const prev = toks[k - 1];
  // (آل, the family particle, is written ال once normalised.)
  if (!isWord(prev) || prev.norm.length < 4 || !prev.norm.startsWith("ال") || t.norm.startsWith("ال") || inList(t, lexicon().ar.nameParticles)) return false;
  const ar = lexicon().ar;
  if (inList(prev, ar.compoundNameEnds) || (isWord(toks[k - 2]) && inList(toks[k - 2], ar.nameParticles))) return false;
  // Only a name of two words or more, plain (المنضم حديثاً لصفوف، الأمر شهرين لنقل: no name).
  const next = toks[k + 1];
  return nameOnly(p, k) && isWord(next) && (nameOnly(p, k + 1) || inList(next, ar.nameParticles) || (next.norm.startsWith("ال") && next.norm.length > 3 && !sourceClass(next)));
}

/** A word that can be a name on its own: no function word, no quantifier (كل من …), no plural of persons (متعاملون في …). */
function loneName(t: Tok): boolean {
  return !grammarOf(t) && !inList(t, lexicon().ar.quantifiers) && !t.norm.endsWith("ون") && !t.norm.endsWith("ين");
}

/**
 * A word inside a mention that joins its words and is never a name's: ar-words mentionInner
 * (المتحدث باسم …), or يدعى "is called" between a description and the name (رجل يدعى فلان: ar/spelling.ts).
 */
function joinsMention(t: Tok): boolean {
  return inList(t, lexicon().ar.mentionInner) || t.norm === CALLED;
}

/** والتنمية، وعلى، بالقصيم: the conjunction و on an article-word or a preposition written apart, or بـ on an article-word. */
function conjoined(n: string): boolean {
  if (n.length >= 5 && n.startsWith("بال")) return true;
  if (n.length < 3 || n[0] !== "و") return false;
  const rest = n.slice(1);
  return lexicon().ar.mentionPrepositions.has(rest) || (rest.startsWith("ال") && rest.length >= 5);
}

/** ضدها، عنه، لديهم: a preposition written apart (ar-words freePrepositions, two letters too) with a pronoun. */
function prepositionWithPronoun(n: string): boolean {
  for (const suffix of lexicon().ar.possessiveSuffixes) {
    if (n.length >= suffix.length + 2 && n.endsWith(suffix) && lexicon().ar.freePrepositions.has(n.slice(0, -suffix.length))) return true;
  }
  return false;
}

/** صديقه، وزميلها، شقيقهم: a kinship or companion noun (ar-words kinshipNouns), maybe after و, with a possessive pronoun. */
function possessedKin(p: Para, t: Tok): boolean {
  if (!t.ar || !endsWithPronoun(p.text, t.e)) return false;
  const kin = lexicon().ar.kinshipNouns;
  const n = t.norm.startsWith("و") && t.norm.length >= 5 ? t.norm.slice(1) : t.norm;
  return somePossessedStem(n, (stem) => kin.has(stem)) || (n !== t.norm && somePossessedStem(t.norm, (stem) => kin.has(stem)));
}

/**
 * المكلف حماية المواطنين، المكلفة بتأمين المباراة، الملقب بالثعلب: word k right after a participle of ar-words
 * complementParticiples is its complement, no name, when it carries بـ or is a noun in construct with a definite
 * word (not المدير المكلف سامي حداد, the acting director's name; not المعروف خالد البذال, "the well-known").
 */
function participleComplement(p: Para, a: number, k: number): boolean {
  const toks = p.toks;
  const prev = toks[k - 1];
  const t = toks[k];
  if (k - 1 <= a || !isWord(prev) || !inList(prev, lexicon().ar.complementParticiples)) return false;
  if (t.norm.length >= 4 && t.norm.startsWith("ب")) return true;
  const next = toks[k + 1];
  return t.norm.endsWith("ه") && isWord(next) && next.norm.startsWith("ال");
}

/** Whether word k (with no source class) can be a word of a name; `inRun`: a name run is open before it. */
function nameLike(p: Para, a: number, k: number, particle: boolean, inRun: boolean): boolean {
  const toks = p.toks;
  const t = toks[k];
  const prevT = k > a ? toks[k - 1] : null;
  // نادي العين لكرة القدم: لـ + a definite noun after a plain definite word is "for the …", not a name.
  const forThe = t.norm.startsWith("ل") && isWord(toks[k + 1]) && toks[k + 1].norm.startsWith("ال") && !!prevT && isWord(prevT) && prevT.norm.startsWith("ال") && sourceClass(prevT)?.cls !== "title";
  if (forThe || joinsMention(t) || standalonePronoun(p, k)) return false;
  if (!inRun && participleComplement(p, a, k)) return false;
  // (رئيس ما تسمى اللجنة الثورية: "the so-called", ma and its verb, is no name's word.)
  if (!inRun && ((t.norm === "ما" && isWord(toks[k + 1]) && inList(toks[k + 1], lexicon().ar.soCalled)) || (prevT?.norm === "ما" && inList(t, lexicon().ar.soCalled)))) return false;
  // (حركة خمس نجوم فلان: the noun a number word counts is in the body's name, no name word.)
  if (!inRun && !!prevT && inList(prevT, lexicon().ar.countWords)) return false;
  // أحمد التزامه بقرار …، في معرض إجابته، ضمن كادر …: a possessed noun or a preposition is no name's word.
  if (possessedNoun(p, t) || inList(t, lexicon().ar.freePrepositions)) return false;
  // (صديقه، وزميله، شقيقها: a relative or companion with its pronoun says whose; the name follows.)
  if (possessedKin(p, t)) return false;
  // (الادعاء المقدم ضدها، البيان الصادر عنه: a preposition with its pronoun neither.)
  if (t.ar && endsWithPronoun(p.text, t.e) && prepositionWithPronoun(t.norm)) return false;
  // (تعهد ترامب برد قوي: بـ on a reporting verb's word, "with a reply", is no name's word.)
  if (inRun && t.ar && t.norm.length >= 3 && t.norm.startsWith("ب") && lexicon().cueWords.has(t.norm.slice(1))) return false;
  // (ولاية، منطقة: a place noun opens the place's name, no person's; بحي، بشمال سيناء: under بـ it is where, inside a run too.)
  if ((!inRun || t.norm.startsWith("ب")) && placeNoun(t)) return false;
  // لشرطة منطقة القصيم، لنادي يوفنتوس: words right after an institution's head in a construct (no
  // article on it) name the institution; after الحزب، النادي the person's name may follow.
  // (Not after a body known by its name alone: المتحدث باسم طالبان فلان.)
  if (!inRun && !!prevT && isWord(prevT) && k - 1 > a && !prevT.norm.startsWith("ال") && !prevT.norm.startsWith("لل") && sourceClass(prevT)?.cls === "org" && !inList(prevT, lexicon().ar.namedBodies)) return false;
  // كيم مخاطباً ترامب: a circumstantial participle ends a name.
  if (inRun && hal(p, k)) return false;
  // القوات الموالية لهادي، الجماعة التابعة لفلان: after an adjective of affiliation لـ + a name is whom
  // the source belongs to, no name of its own.
  if (!inRun && !!prevT && isWord(prevT) && t.norm.startsWith("ل") && hasGrammar(prevT, Gr.affil)) return false;
  // مفوضة حقوق الإنسان، مستشار ترامب: right after a title without the article (or a possessive:
  // مستشاره فلان) comes its genitive, not a name; so after honorifics of address (معالي مدير عام المؤسسة;
  // not after a rank: العميد ركن فلان).
  const h = k - 1;
  // (Not الدين، الله after it: أمين الدين is a compound given name, mentionWords.)
  if (h >= a && isWord(toks[h]) && sourceClass(toks[h])?.cls === "title" && !toks[h].norm.startsWith("ال") && !endsWithPronoun(p.text, toks[h].e) && addressOnly(p, a, h) && !inList(t, lexicon().ar.compoundNameEnds)) return false;
  if (outletAfterTitle(p, a, k)) return false;
  if (particle) return true;
  // د. الحليبي، الطبيب د. المزروع، الدكتور الغامدي، د. بخاري: right after an honorific title, a family name
  // alone (or a nisba) is the name.
  if (!inRun && honorificTitleBefore(p, a, k) && (familyWord(t) || (plainWord(t) && !grammarOf(t))) && nameClosedAfter(p, k + 1)) return true;
  // Inside a name a nisba without the article is a family name (أمل تركستاني): an adjective after a
  // definite name would carry ال. دميتري، علي، مهدي: after a definite word or a title an unarticled
  // nisba is a name, not an adjective; so is one opening the mention before another name word or
  // a comma, where no adjective stands (أنسيلمي نسابيمانا، حاكم …).
  if (!t.norm.startsWith("ال") && !t.norm.startsWith("لل")) {
    if (!nisba(t.norm) || inRun) return true;
    const singular = !t.norm.endsWith("ون") && !t.norm.endsWith("ين");
    // (After a place's name too, whose adjective would carry the article: وزير خارجية بلجيكا ديدييه فلان.)
    const prevClass = !!prevT && isWord(prevT) ? sourceClass(prevT)?.cls : undefined;
    if (singular && ((k === a && nameGoesOn(p, k + 1)) || (!!prevT && isWord(prevT) && (prevT.norm.startsWith("ال") || prevT.norm === CALLED || prevClass === "title" || ((prevClass === "place" || bodyGenitive(p, a, k - 1)) && plainWord(p.toks[k + 1])))))) return true;
    // سيباستيان كورتس، جوليان أسانج: an adjective's dual in -يان carries the article or follows its
    // noun; opening the mention or an apposition before another name word, it is a given name. So is
    // any nisba shape opening an apposition (وزير الصحة، جيرمي هانت؛ المتحدث، ديمتري بيسكوف).
    const apposition = !!prevT && isPunct(prevT, COMMA);
    // (Opening the mention, also before a family name with the article: سفيان الحداد المتحدث باسم …)
    if ((apposition || (k === a && t.norm.endsWith("يان"))) && singular && (plainWord(p.toks[k + 1]) || (k === a && familyWord(p.toks[k + 1])))) return true;
    if (k === a && givenNameAfterVerb(p, k)) return true;
    // (لويدجي دي مايو: before a name particle, a given name; no adjective takes one.)
    if (singular && isWord(p.toks[k + 1]) && inList(p.toks[k + 1], lexicon().ar.nameParticles) && plainWord(p.toks[k + 2])) return true;
  }
  return inRun && t.norm.startsWith("ال");
}

/**
 * رئيس بلدية هيروشيما كازومي ماتسوي: word j, plain, is the genitive of a body's head in the construct state
 * (بلدية، no article); the adjective of that definite phrase would carry the article, so a nisba after j is a name.
 */
function bodyGenitive(p: Para, a: number, j: number): boolean {
  const head = p.toks[j - 1];
  return j - 1 >= a && isWord(head) && !head.norm.startsWith("ال") && sourceClass(head)?.cls === "org" && plainWord(p.toks[j]) && !grammarOf(p.toks[j]);
}

/**
 * وقال ديمتري بيسكوف إن …، قال فاسيلي نيبنزيا، السفير …: right after a reporting verb the subject is
 * nominative (a plural in construct would end in -و: مستشارو الرئيس), so a word ending in ي there
 * opens a name when one or two name words follow and then what follows a speaker's name (a
 * complementiser, a comma or colon, a quotation, a preposition, a title). Not a family name with
 * the verb's object after it (يكتب خاشقجي عموداً، أعاد بهتشلي سرد شروطه، زاد روحاني ميزانية الجيش).
 */
function givenNameAfterVerb(p: Para, k: number): boolean {
  const toks = p.toks;
  if (!toks[k].norm.endsWith("ي") || !isWord(toks[k - 1]) || !cueAt(p, k - 1)) return false;
  if (!nameOnly(p, k + 1)) return false;
  const after = nameOnly(p, k + 2) ? toks[k + 3] : toks[k + 2];
  if (!after) return true;
  if (!isWord(after)) return isPunct(after, COMMA) || isPunct(after, ":") || (after as Tok).kind === QUOTE;
  return !!arComp(after) || sourceClass(after)?.cls === "title" || inList(after, lexicon().ar.freePrepositions) || hasGrammar(after, Gr.medium) || hasGrammar(after, Gr.time) || hasGrammar(after, Gr.adjunct);
}

/** A plain word (plainWord) that is no function word, no accusative, carries no pronoun and is no وهو/وهي (إن، عموداً، أنصاره): a name's. */
function nameOnly(p: Para, k: number): boolean {
  const t = p.toks[k];
  return plainWord(t) && !grammarOf(t) && !endsWithTanweenFath(p.text, t.e) && !(t.norm.length >= 5 && endsWithPronoun(p.text, t.e)) && !inList(t, lexicon().ar.appositionPronouns);
}

/** الحداد: a word with the article, no lexicon class and no grammar, of five letters or more: a family name's shape. */
function familyWord(t: Tok | undefined): boolean {
  return !!t && isWord(t) && t.ar && t.norm.startsWith("ال") && t.norm.length >= 5 && !sourceClass(t) && !grammarOf(t);
}

/** A word with no article, no lexicon class, no mention-joining role: a word only a name has. */
function plainWord(t: Tok | undefined): boolean {
  return !!t && isWord(t) && !t.norm.startsWith("ال") && !t.norm.startsWith("لل") && !sourceClass(t) && !joinsMention(t);
}

/**
 * مراسل "سكاي نيوز عربية"، مراسلة فرانس برس، مراسل بي بي سي: after a title without the article an
 * outlet's name, quoted or opening with an outlet word (ar-words outletHeads), is its genitive whole;
 * word k inside it is no name (a name may follow it: مراسلة CNN بيكي أندرسون).
 */
function outletAfterTitle(p: Para, a: number, k: number): boolean {
  const toks = p.toks;
  const first = toks[a + 1];
  if (k <= a + 1 || !first || sourceClass(toks[a])?.cls !== "title" || toks[a].norm.startsWith("ال") || endsWithPronoun(p.text, toks[a].e)) return false;
  if (isOpen(first) && first.quote >= 0) {
    const close = p.quotes[first.quote].close;
    return close > k && close - a <= 6;
  }
  if (!inList(first, lexicon().ar.outletHeads) || k - a > 3) return false;
  for (let j = a + 2; j < k; j++) if (!isWord(toks[j])) return false;
  return true;
}

/**
 * From k on, words that can only be a name's (no article, no lexicon class) up to an apposition
 * comma: أنسيلمي نسابيمانا، حاكم … opens with a name; مساعدي الرئيس، مستشاري ماكرون إن do not.
 */
function nameGoesOn(p: Para, k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const t = p.toks[j];
    if (isPunct(t, COMMA)) return true;
    if (!plainWord(t)) return false;
  }
  return false;
}


/**
 * مصادر مقربة من المستشار فلان / المتحدث باسم الرئيس فلان: a name inside a prepositional phrase
 * (with no apposition comma before it) is someone else's; only when the name follows the
 * preposition or a title inside its phrase (من أصل لبناني فلان is his).
 */
function nameInsidePhrase(p: Para, a: number, nameStart: number): boolean {
  const toks = p.toks;
  const inner = lexicon().ar.mentionInner;
  const before = toks[nameStart - 1];
  if (!isWord(before) || !(joinsMention(before) || (sourceClass(before)?.cls === "title" && !titleAfterPhrase(p, nameStart - 1)))) return false;
  for (let k = nameStart - 1; k > a; k--) {
    const t = toks[k];
    if (!isWord(t)) break;
    // المتحدث باسمه مات هاوس: with its pronoun the phrase is complete and the name is the speaker's.
    if (inner.has(t.norm) && t.norm !== "و" && !t.norm.startsWith("باسمه")) return true;
  }
  return false;
}

/**
 * تصريحات الوزير، حديث الرزاقي، تغريدة الرئيس أردوغان: an indefinite medium that carries its author's words
 * (ar-words spokenMedia) with its author in construct after it: a definite word that is no adjective,
 * or a source noun (not رسالة نصية، تصريحات صحفية; not a bare word, which may be a verb: رسالة أرسلت).
 */
function mediumAuthor(p: Para, a: number): boolean {
  const toks = p.toks;
  const t = toks[a];
  const next = toks[a + 1];
  if (!isWord(t) || t.norm.startsWith("ال") || !isWord(next) || !next.ar) return false;
  // (بيان الوزير فلان: a statement in construct with a title is that person's, as تصريحات are; with a
  // body it speaks for the body, officeOwner.)
  if (!spokenMedium(t.norm) && !(lexicon().ar.statementHeads.has(t.norm) && sourceClass(next)?.cls === "title")) return false;
  if (grammarOf(next) || cueAt(p, a + 1) || endsWithPronoun(p.text, next.e) || endsWithTanweenFath(p.text, next.e)) return false;
  // (Not an author under لـ, تصريح لرئيس الجمعية: the name would keep its لـ.)
  if (next.norm.startsWith("ل") && !next.norm.startsWith("ال")) return false;
  // (بيان صحفي، تصريحات صحفية: an indefinite nisba of the medium's gender is its adjective, "press";
  // تصريحات دبلوماسي غربي, of the other gender, is its author.)
  if (nisbaShape(next.norm) && feminineForm(t.norm) === next.norm.endsWith("يه")) return false;
  const c = sourceClass(next);
  if (c) return c.cls !== "data" && c.cls !== "part" && c.cls !== "descriptor" && c.cls !== "informed";
  if (next.norm.startsWith("ال")) return !nisbaShape(next.norm) || next.norm.length > 6;
  // (A bare word may be a verb as well as a name: رسالة أرسلت أمس.)
  return false;
}

/** تصريحات، تغريدة (ar-words spokenMedia), also under the لـ of وفقاً: لتغريدة أردوغان. */
function spokenMedium(n: string): boolean {
  const media = lexicon().ar.spokenMedia;
  return media.has(n) || (n.startsWith("ل") && !n.startsWith("لل") && media.has(n.slice(1)));
}

/**
 * تصريحات نقلتها قناة الأفق، مقابلة أجرتها معه صحيفة …: a medium with no author in construct, then a
 * verb carrying its pronoun (and a preposition with a pronoun, or a time word): the verb's subject, a
 * source noun, is who the words came through and the mention's. a when none.
 */
function mediumCarrier(p: Para, a: number, b: number): number {
  const toks = p.toks;
  const t = toks[a];
  if (b - a < 3 || !isWord(t) || !spokenMedium(t.norm)) return a;
  const v = toks[a + 1];
  if (!isWord(v) || !v.ar || v.norm.length < 4 || sourceClass(v) || grammarOf(v) || !endsWithPronoun(p.text, v.e)) return a;
  let k = a + 2;
  while (k < b && k - a <= 4 && isWord(toks[k]) && (hasGrammar(toks[k], Gr.time) || (toks[k].norm.length <= 4 && grammarOf(toks[k]) && endsWithPronoun(p.text, toks[k].e)))) k++;
  return k < b && isWord(toks[k]) && sourceClass(toks[k]) ? k : a;
}

/** The run from s, closed at k, is all of a quotation opened right after في or من (في "خمس نجوم"). */
function quotedUnderPreposition(p: Para, s: number, k: number): boolean {
  const open = p.toks[s - 1];
  return !!open && isOpen(open) && open.quote >= 0 && p.quotes[open.quote].close === k && underPreposition(p, s);
}

/**
 * The run from s, closed at k, is all of a quotation or a bracket opened right after a body's head in the construct
 * state (شركة (نوفا)، منظمة «أطباء بلا حدود»): the body's name, not a person's.
 */
function bodyNameInMarks(p: Para, s: number, k: number): boolean {
  return bodyNameClose(p, s, k + 1) === k;
}

/**
 * The closing mark of a quotation or a bracket opened at s - 1 right after a body's head in the construct state (no
 * article): its quotation's close (-1: none), or the first ")" before `limit` (`limit` when none); -1 when no body's
 * head stands before the mark.
 */
function bodyNameClose(p: Para, s: number, limit: number): number {
  const open = p.toks[s - 1];
  const head = p.toks[s - 2];
  if (!open || !isWord(head) || head.norm.startsWith("ال") || sourceClass(head)?.cls !== "org") return -1;
  if (isOpen(open) && open.quote >= 0) return p.quotes[open.quote].close;
  if (!isPunct(open, "(")) return -1;
  let close = s;
  while (close < limit && !isPunct(p.toks[close], ")")) close++;
  return close;
}

/** مصادر «عكاظ»: a quoted name right after the head that ends the mention is whose sources they are (not العضو في "خمس نجوم" فلان). */
function quotedOwner(p: Para, a: number, b: number, nameStart: number): boolean {
  const open = p.toks[nameStart - 1];
  if (nameStart - 1 !== a + 1 || !isOpen(open) || open.quote < 0) return false;
  const close = p.quotes[open.quote].close;
  return close > nameStart && close >= b - 1;
}

/**
 * مدير شركة «نوفا»، المتحدث باسم شركة "سبورت ترينيتي": a quoted (or bracketed) name right after a body's head in the construct
 * state (no article), closing the mention, is the body's name; the title holder is unnamed (نائب المتحدث باسم
 * الأمم المتحدة "فرحان حق" names the person: the word before the mark has the article).
 */
function quotedBodyName(p: Para, b: number, nameStart: number): boolean {
  const close = bodyNameClose(p, nameStart, b);
  return close > nameStart && close >= b - 1;
}

/** A place noun (ar-words placeNouns), also under بـ or لـ: ولاية، بحي، لمنطقة. */
function placeNoun(t: Tok | undefined): boolean {
  if (!isWord(t)) return false;
  const places = lexicon().ar.placeNouns;
  const n = t.norm;
  return places.has(n) || (n.length >= 3 && (n[0] === "ب" || n[0] === "ل") && places.has(n.slice(1)));
}

/**
 * حاكم ولاية قندهار سامي زاهد، ممثل الحكومة في منطقة بالما ديفيد ماشيمبوكو: after a title, a run of three
 * name parts or more right after a place noun is the place's name and then the person's: the person
 * keeps the last two parts (a part: a word, or a particle with the word it joins, عبد العزيز، or a
 * compound given name, عز الدين). Two parts or fewer are the place's (placeName). The same after في.
 */
function nameAfterPlace(p: Para, w: { nameStart: number; nameEnd: number }): void {
  const toks = p.toks;
  const before = toks[w.nameStart - 1];
  // (Also after في: ممثل الحركة في كوالالمبور أنور الحداد, a place the lexicon does not know; there
  // the person's name must open with a plain word: not في شؤون الجماعات المتطرفة.)
  const fi = isWord(before) && before.norm === "في";
  // (Also right after a title in the construct state, whose genitive the first part is: نائب محافظ كركوك
  // سامي عبد الله; a name must open with a plain word there too.)
  const governs =
    isWord(before) && !before.norm.startsWith("ال") && !before.norm.startsWith("لل") && sourceClass(before)?.cls === "title" && !inList(before, lexicon().ar.plainTitles);
  if (w.nameStart < 1 || !(placeNoun(before) || fi || governs)) return;
  const ar = lexicon().ar;
  let parts = 0;
  let second = -1;
  // Parts counted from the run's end.
  for (let k = w.nameEnd - 1; k >= w.nameStart; ) {
    if (!isWord(toks[k])) return;
    let start = k > w.nameStart && inList(toks[k], ar.compoundNameEnds) ? k - 1 : k;
    while (start - 1 >= w.nameStart && inList(toks[start - 1], ar.nameParticles)) start--;
    if (++parts === 2) second = start;
    k = start - 1;
  }
  if (parts >= 3 && (!(fi || governs) || plainWord(toks[second]))) w.nameStart = second;
}

/**
 * مدير مستشفى الملك فهد بتبوك سامي الحربي، مدير جامعة الملك سعود بدران العمر: a run of names right after
 * a king's, prince's or imam's title (ar-words eponymTitles) that follows a place or body in the construct
 * state (eponymPlaces) opens with the name the place bears: one part (a word, عبد العزيز, محمد بن سعود)
 * and a بـ of its city (بتبوك، بجدة); the person's name is what follows, when a word does.
 */
function nameAfterEponym(p: Para, w: { nameStart: number; nameEnd: number }): void {
  const toks = p.toks;
  const ar = lexicon().ar;
  const title = toks[w.nameStart - 1];
  const place = toks[w.nameStart - 2];
  if (w.nameStart < 2 || !isWord(title) || !isWord(place) || !inList(title, ar.eponymTitles) || !inList(place, ar.eponymPlaces)) return;
  let k = w.nameStart;
  // One part: particles with the word they join (عبد العزيز), a compound (نور الدين), and بن / آل chains.
  while (k < w.nameEnd && inList(toks[k], ar.nameParticles)) k++;
  k++;
  if (k < w.nameEnd && inList(toks[k], ar.compoundNameEnds)) k++;
  while (k + 1 < w.nameEnd && inList(toks[k], ar.nameParticles) && (toks[k].norm === "بن" || toks[k].norm === "ابن" || toks[k].norm === "ال")) k += 2;
  // (بتبوك، بجدة، بالرياض: where the place is, when a name of two words follows; بدران العمر is the name.)
  if (k + 2 < w.nameEnd && toks[k].norm.length >= 4 && toks[k].norm[0] === "ب" && !inList(toks[k], ar.nameParticles)) k++;
  if (k < w.nameEnd) w.nameStart = k;
}

/**
 * أحد سكان قرية ماتي، قائد شرطة ولاية يوبي: the name after a place noun is the place's. After an
 * unnamed source always; after a title only a name of one or two words (حاكم محافظة شانلي أورفة عز
 * الدين كجك goes on with the governor's own name).
 */
function placeName(p: Para, w: { nameStart: number; nameEnd: number }, head: SourceHit): boolean {
  const before = p.toks[w.nameStart - 1];
  if (!placeNoun(before)) return false;
  return head?.cls === "anon" || w.nameEnd - w.nameStart <= 2;
}

/**
 * A definite title right after a definite noun that is no title (الحزب الحاكم فلان، في وزارة التعليم
 * الدكتور فلان) is that noun's adjective or the name's own title: either way the phrase has closed
 * before it, and the name after it is the speaker's. (After a title, السيد الرئيس, it is not.) So
 * does one after في and a name (a place's: في إب الشيخ فلان).
 */
function titleAfterPhrase(p: Para, k: number): boolean {
  const prev = p.toks[k - 1];
  if (!isWord(prev)) return false;
  // (العميد ركن فلان: ركن qualifies the rank before it, where the phrase closed or not.)
  if (inList(p.toks[k], lexicon().ar.plainTitles) && inList(prev, lexicon().ar.honorifics)) return titleAfterPhrase(p, k - 1);
  if (!p.toks[k].norm.startsWith("ال")) return false;
  // (Ranks in a row, العقيد الركن: the phrase closed before the first.)
  if (prev.norm.startsWith("ال")) return sourceClass(prev)?.cls !== "title" || (inList(prev, lexicon().ar.honorifics) && titleAfterPhrase(p, k - 1));
  // (قائد المقاومة في إب الشيخ فلان، قائد الحرس في قطاع سقام بمنطقة نجران العقيد فلان: في and a place's
  // name of up to four words without the article, closed too.)
  if (sourceClass(prev)) return false;
  for (let j = k - 2; j >= k - 5; j--) {
    const t = p.toks[j];
    if (!isWord(t)) return false;
    if (t.norm === "في") return true;
    const c = sourceClass(t)?.cls;
    if (t.norm.startsWith("ال") || (c && c !== "place")) return false;
  }
  return false;
}

/**
 * وزير سابق شارك في المفاوضات، دبلوماسي غربي عمل في دمشق: after an indefinite title and an indefinite
 * adjective, a word with no article is a relative clause's verb, not a name (a name follows the title
 * itself or a definite one: الوزير السابق فلان).
 */
function titleRelativeVerb(p: Para, a: number, nameStart: number, head: SourceHit): boolean {
  // (Only after an adjective: one the lexicon knows (سابق، شاب), a nisba, or a participle it does not know
  // (جنرال منشق شارك في …، ضابط متقاعد يعيش في …); حاكم ولاية كادونا فلان is a title in the construct state.)
  const adj = p.toks[a + 1];
  if (nameStart <= a + 1 || !isWord(adj)) return false;
  const c = sourceClass(adj)?.cls;
  // (A participle only when a preposition follows the one word read as the name, as it follows a verb:
  // مدير مكتب فلان، رئيس مجلس فلان are titles in the construct state before a name.)
  const prep = p.toks[nameStart + 1];
  const verbThenPrep = isWord(prep) && inList(prep, lexicon().ar.freePrepositions);
  if (!(c === "descriptor" || c === "anon" || c === "informed" || nisbaAdjective(p, adj) || (!c && participle(adj) && verbThenPrep))) return false;
  return relativeVerb(p, a, nameStart, head);
}

/**
 * لاعبو المنتخب، مساعدو الرئيس، الأطباء: people of a role in the plural, no one person named, are unnamed,
 * not a person (nor an institution, read from a definite word the lexicon does not know); وزراء الخارجية
 * العرب، الزعماء الأوروبيون: office-holders (ar-words officePlurals), a group.
 */
function pluralOfRole(p: Para, a: number, m: MentionInfo, w: MentionWords, headIdx: number): void {
  if (!(m.kind === "person" || (m.kind === "organization" && headIdx < 0)) || !(w.nameStart < 0 || w.nameStart === a) || !peopleOfRole(p.toks[a].norm)) return;
  m.kind = lexicon().ar.officePlurals.has(stripAl(p.toks[a].norm)) ? "group" : "anonymous";
  w.nameStart = w.nameEnd = -1;
}

/**
 * لاعبو، المساعدون، الموظفات، الأطباء، الزعماء: the plural of a title or of an unnamed source noun — a sound
 * plural whose singular the lexicon knows as one, or a broken plural ar-words agreePlural lists (not a
 * quantifier: بعض، عدد). الأمين is no plural: امـ is no title.
 */
function peopleOfRole(n: string): boolean {
  const x = lexicon();
  const w = stripAl(n);
  if (x.ar.agreePlural.has(w)) return !x.ar.mentionQuantifiers.has(w) && !x.ar.mentionQuantifiersMin.has(w);
  const stem = w.length >= 5 && (w.endsWith("ون") || w.endsWith("ين")) ? w.slice(0, -2) : w.length >= 5 && w.endsWith("ات") ? w.slice(0, -2) + "ه" : w.length >= 4 && w.endsWith("و") ? w.slice(0, -1) : "";
  const c = stem ? x.sources.get(stem)?.cls : undefined;
  return c === "title" || c === "anon";
}

/**
 * A clause describing the source where a name would stand (w's name: a verb, its run dropped here when
 * after a second source): after an indefinite title and its adjective (مهندس شاب يعمل في …: "title"),
 * after a second source joined by و (الصحفيون وخبير سابق يعيش في …: "conjunct"); "" when none.
 */
function describingClause(p: Para, a: number, w: MentionWords, head: SourceHit | null, headIdx: number): "" | "title" | "conjunct" {
  if (w.nameStart <= a || p.toks[w.nameStart - 1].norm === CALLED) return "";
  if (head?.cls === "title" && headIdx === 0 && titleRelativeVerb(p, a, w.nameStart, head)) return "title";
  if (w.nameStart <= a + 2 || !conjunctClause(p, a, w.nameStart)) return "";
  w.nameStart = w.nameEnd = -1;
  return "conjunct";
}

/**
 * جنرال متقاعد شارك في الحرب: an indefinite role described by a clause, not by a name, is unnamed;
 * الغربيون وخبير روسي سابق يعيش في …: two sources, the second described by its clause, are one group
 * (مسؤولون وشخص ثالث مطلع: unnamed people both, one unnamed source).
 */
function kindWithClause(p: Para, a: number, m: MentionInfo, clause: "title" | "conjunct"): void {
  if (clause === "title" && !m.definite && m.kind === "person") m.kind = "anonymous";
  else if (clause === "conjunct" && sourceClass(p.toks[a])?.cls !== "anon") m.kind = "group";
}

/**
 * الصحفيون وخبير اقتصادي سابق يعيش في لندن: a second source joined by و, an indefinite unnamed source or
 * role, then its adjectives and a relative clause, as relativeVerb and titleRelativeVerb read them after
 * the first.
 */
function conjunctClause(p: Para, a: number, nameStart: number): boolean {
  if (p.toks[nameStart - 1].norm === CALLED) return false;
  for (let k = nameStart - 2; k > a; k--) {
    const t = p.toks[k];
    if (!isWord(t)) return false;
    const sc = t.norm[0] === "و" ? sourceClass(t) : null;
    if (sc && !sc.definite && (sc.cls === "anon" || sc.cls === "title")) return sc.cls === "anon" ? relativeVerb(p, k, nameStart, sc) : titleRelativeVerb(p, k, nameStart, sc);
  }
  return false;
}

/** منشق، متقاعد، مستقل: an indefinite participle (مـ, four letters or more) that no list knows as a function word. */
function participle(t: Tok): boolean {
  return t.ar && t.norm.length >= 4 && t.norm[0] === "م" && !grammarOf(t);
}

/**
 * The word starts with the article: ال written with a plain alef (ألماني, whose look-up key starts with ال
 * too, is a nisba with hamza, no article).
 */
function withArticle(p: Para, t: Tok): boolean {
  return t.norm.startsWith("ال") && p.text.charCodeAt(t.s) !== 0x0623 && p.text.charCodeAt(t.s) !== 0x0625;
}

/** غربي، أمني: a masculine nisba written as one word (not ولاية, a noun; not initials such as إف.بي.آي). */
function nisbaAdjective(p: Para, t: Tok): boolean {
  return t.norm.length >= 4 && t.norm.endsWith("ي") && !p.text.slice(t.s, t.e).includes(".");
}

/**
 * خبير اقتصادي يعمل لدى …، مصدر طلب عدم …: after an indefinite unnamed source and its adjectives,
 * a word with no article is the verb of a relative clause, not a name (a name would follow a
 * definite title: الخبير فلان، سيدة الأعمال فلانة). مسؤول في وزارة الدفاع تسنى له …: a
 * prepositional phrase after such a source describes it, and what follows it (with no comma)
 * is a relative clause or the institution's tail, not a name; so is a word after a comma with a function
 * word after it (يتعقب هذا الموضوع).
 */
function relativeVerb(p: Para, a: number, nameStart: number, head: SourceHit): boolean {
  const toks = p.toks;
  // (إحدى العاملات ضمن كادر …: after أحد/إحدى and its plural the same holds.)
  const one = toks[a].norm.startsWith("احد") && isWord(toks[a + 1]) && toks[a + 1].norm.startsWith("ال");
  if (!one && (!head || head.definite || !isWord(toks[a + 1]) || withArticle(p, toks[a + 1]) || toks[a].norm.startsWith("احد"))) return false;
  // (مسؤول رفيع في وزارة الخارجية، يتعقب هذا الموضوع، …: after a comma, a word and then a function word is a verb and its object.)
  const after = toks[nameStart + 1];
  if (isPunct(toks[nameStart - 1], COMMA) && isWord(after) && (!!grammarOf(after) || inList(after, lexicon().ar.demonstratives))) return true;
  const preps = lexicon().ar.mentionPrepositions;
  let k = one ? a + 2 : a + 1;
  let inPhrase = false;
  while (k < nameStart && isWord(toks[k]) && !withArticle(p, toks[k]) && sourceClass(toks[k])?.cls !== "title" && sourceClass(toks[k])?.cls !== "org") {
    if (preps.has(toks[k].norm)) inPhrase = true;
    k++;
  }
  if (k === nameStart) return true;
  if (preps.has(toks[k].norm)) inPhrase = true;
  for (let j = k; inPhrase && j < nameStart; j++) if (!isWord(toks[j])) inPhrase = false;
  return inPhrase;
}

/**
 * أنصار الله، أنصار الشريعة، أنصار بيت المقدس: a movement's name (ar-words movementHeads, then movementNames right
 * after it or after one construct word), not unnamed supporters (أنصار الحزب).
 */
function movementName(p: Para, a: number, b: number): boolean {
  const toks = p.toks;
  if (!inList(toks[a], lexicon().ar.movementHeads)) return false;
  for (let k = a + 1; k < Math.min(b, a + 3); k++) {
    if (!isWord(toks[k])) return false;
    // (أنصار الإسلام السياسي، أنصار الشريعة الإسلامية: an adjective agreeing with the word makes it an idea, the
    // people its supporters; a movement's own nisba does not agree with it: أنصار الشريعة التونسي.)
    if (inList(toks[k], lexicon().ar.movementNames)) return !ideaAdjective(toks[k], toks[k + 1]);
    if (toks[k].norm.startsWith("ال")) return false;
  }
  return false;
}

/**
 * An idea's adjective (ar-words ideaAdjectives: السياسي، الإسلامية) after a movement's word, agreeing with it
 * in gender. A list, not any nisba: أنصار الشريعة الليبية، أنصار السنة المحمدية are movements with a place's or
 * a founder's adjective.
 */
function ideaAdjective(word: Tok, adj: Tok | undefined): boolean {
  if (!isWord(adj) || !inList(adj, lexicon().ar.ideaAdjectives)) return false;
  return feminineForm(word.norm) === adj.norm.endsWith("ه");
}

/**
 * سونا الحسن، وهي ناشطة: a name [a, b) of two words or more opening with a body's word that is also a given name
 * (ar-words givenNameBodies: not وكالة، شركة), then, after a comma or none, وهو/وهي and a person's noun (ar-sources
 * anon or title: ناشطة، طالب; not ar-words notPersonNouns: a body is a مصدر too).
 */
function describedAsPerson(p: Para, a: number, b: number): boolean {
  const ar = lexicon().ar;
  if (b - a < 2 || !inList(p.toks[a], ar.givenNameBodies)) return false;
  let k = isPunct(p.toks[b], COMMA) ? b + 1 : b;
  if (!isWord(p.toks[k]) || !inList(p.toks[k], ar.appositionPronouns)) return false;
  const hit = isWord(p.toks[++k]) ? sourceClass(p.toks[k]) : null;
  return !!hit && (hit.cls === "anon" || hit.cls === "title") && !ar.notPersonNouns.has(hit.lemma);
}

/** The mention's kind, head lemma and definiteness, from its head noun and its name. */
function kindOfMention(p: Para, a: number, b: number, m: MentionInfo, w: MentionWords, head: SourceHit, headIdx: number): void {
  const toks = p.toks;
  const firstWord = toks[a];
  const hasName = w.nameStart >= 0 && !(head && w.nameStart === a + headIdx);
  // رجل يدعى فلان، أم أخرى تدعى فلانة: the text names the person it describes.
  if (w.nameStart > a && toks[w.nameStart - 1].norm === CALLED) {
    if (head) {
      m.lemma = head.lemma;
      m.definite = head.definite;
    }
    m.kind = "person";
    return;
  }
  if (head && headIdx === 0) {
    // معالي مدير عام المؤسسة، سعادة السفير: after an honorific of address (no article: not a rank, العميد)
    // the post is the title that follows it.
    const post = w.classes[1]?.cls === "title" && addressOnly(p, a, a + 1) ? w.classes[1] : head;
    m.lemma = post.lemma;
    m.definite = head.definite || post.definite;
    if (head.cls === "anon") m.kind = movementName(p, a, b) ? "organization" : hasName ? "person" : "anonymous";
    // باحث في المركز، وزير سابق، مستشار للرئيس: an unnamed role that does not single one person out
    // (no article, no genitive naming its institution) is an anonymous source.
    else if (head.cls === "title") m.kind = hasName || head.definite || !indefiniteRole(p, a, b) ? "person" : "anonymous";
    // (سونا الحسن، وهي ناشطة: a name that opens with an agency's word, described as a person after وهو/وهي.)
    else if (head.cls === "org" || head.cls === "place") m.kind = describedAsPerson(p, a, b) ? "person" : "organization";
    else if (head.cls === "group") m.kind = "group";
    // حسب تقديرات الشبكة، نصت المادة (27) من اللائحة: figures and a document's parts speak for an institution.
    else if (head.cls === "data" || head.cls === "part") m.kind = "organization";
    // آخر، ثالث: a descriptor standing alone is one more unnamed source.
    else if (head.cls === "descriptor" || head.cls === "informed") m.kind = hasName ? "person" : "anonymous";
    else m.kind = hasName ? "person" : "unknown";
    // أحد المسؤولين: "one of" + a definite plural is still indefinite.
    if (firstWord.norm.startsWith("احد")) m.definite = false;
  } else if (!head && !firstWord.norm.startsWith("ال") && (firstWord.norm.endsWith("يون") || firstWord.norm.endsWith("يين")) && nisba(firstWord.norm) && (b - a === 1 || !nameLikeAfter(p, a + 1, b))) {
    // قانونيون، اقتصاديون: an unnamed collective of people.
    m.kind = "anonymous";
    m.lemma = key(firstWord.norm);
  } else if (w.nameStart === a && b - a === 1 && WEB_NAME.test(firstWord.norm)) {
    // بيت.كوم، العربية.نت: a website's name is an institution's.
    m.kind = "organization";
    w.nameStart = w.nameEnd = -1;
  } else if (w.nameStart === a && brandName(p, a, w.nameEnd)) {
    // سكاي نيوز، مان يونايتد، بي بي سي: an outlet, a club or a firm named without a head noun, by its
    // proper name: the name alone (the words after it may be the verb's object: يختتم يونايتد جولته).
    m.kind = "organization";
    m.proper = true;
    // (ريال مدريد: a place right after a club's word is the rest of its name.)
    if (w.nameEnd < b && inList(toks[w.nameEnd - 1], lexicon().ar.brandWords) && isWord(toks[w.nameEnd]) && sourceClass(toks[w.nameEnd])?.cls === "place") w.nameEnd++;
    m.nameText = p.text.slice(firstWord.s, toks[w.nameEnd - 1].e);
    m.words = [];
    for (let k = a; k < w.nameEnd; k++) if (isWord(toks[k]) && !joinsMention(toks[k])) m.words.push(keyOf.get(toks[k]));
    w.nameStart = w.nameEnd = -1;
  } else if (w.nameStart === a) {
    // أديس أبابا، تل أبيب: a state's name or capital of several words (ar-states.tsv) speaks for its government.
    m.kind = stateNameRun(p, a, b) ? "organization" : "person";
  } else if (articled(firstWord.norm) && inList(firstWord, lexicon().ar.unnamedMedia) && (!head || head.cls === "descriptor" || head.cls === "informed")) {
    // الإعلام الرسمي، الإعلام العبري: a state's or a side's media, named by no outlet, speak as a group.
    m.kind = "group";
  } else if (head) {
    m.lemma = head.lemma;
    m.definite = head.definite;
    m.kind = head.cls === "anon" ? (hasName ? "person" : "anonymous") : head.cls === "title" ? "person" : head.cls === "group" ? "group" : head.cls === "informed" || head.cls === "descriptor" ? "anonymous" : "organization";
  } else if (b - a === 1 && !firstWord.norm.startsWith("لل") && firstWord.norm.endsWith("ي") && (nisba(firstWord.norm) || (firstWord.norm.startsWith("ال") && firstWord.norm.length === 6 && p.text.charCodeAt(firstWord.e - 1) === 0x064a))) {
    // الهاجري، القحطاني، and without the article (وأضاف عراقجي، كريمي): a family name on its own;
    // with the article also of four letters (العنزي، البلوي، السهلي), written with ي (not الدعوى، الأسرى):
    // as a speaker alone, no adjective.
    m.kind = "person";
    w.nameStart = a;
    w.nameEnd = b;
  } else {
    // الطبيبة، سلمى داود: an unknown role word followed by a name is a person (so is a relative: الأم، الأب).
    m.kind = articled(firstWord.norm) && !(w.nameStart > a) && !inList(firstWord, lexicon().ar.relativesAlone) ? "organization" : "person";
  }
}

/**
 * The name [a, b) is an outlet's, a club's or a firm's: it holds a word of English outlets' and clubs'
 * names (ar-words brandWords: نيوز، تايمز، يونايتد), or is two names of Latin letters or more, one at
 * least used for no other word (letterNames; letterNamesShared: سي إن إن، تي في، إم بي سي).
 */
function brandName(p: Para, a: number, b: number): boolean {
  const ar = lexicon().ar;
  let letters = 0;
  let plain = false;
  let other = false;
  for (let k = a; k < b; k++) {
    const t = p.toks[k];
    if (!isWord(t)) return false;
    if (inList(t, ar.brandWords)) return true;
    const only = inList(t, ar.letterNames);
    if (only || inList(t, ar.letterNamesShared)) letters++;
    else other = true;
    plain ||= only;
  }
  // (Initials are the whole name: دي جي كوه is a man's.)
  return !other && letters >= 2 && plain;
}

/** The words [a, b), two or three, are a state's name or capital in ar-states.tsv (its keys as a mention's words hold them). */
function stateNameRun(p: Para, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3) return false;
  let k = "";
  for (let i = a; i < b; i++) {
    if (!isWord(p.toks[i])) return false;
    k += (i > a ? " " : "") + keyOf.get(p.toks[i]);
  }
  return lexicon().states.names.has(k);
}

/** A word ending in a web domain (بيت.كوم، العربية.نت، site.com). */
const WEB_NAME = /\.(?:كوم|نت|com|net|org)$/iu;

/** A title word without the article at a, followed by nothing, a preposition, لل or an unarticled adjective. */
function indefiniteRole(p: Para, a: number, b: number): boolean {
  const toks = p.toks;
  // (محاميه: a possessive pronoun, written ه, makes it definite.)
  if (toks[a].norm.startsWith("ال") || endsWithPronoun(p.text, toks[a].e)) return false;
  const t = toks[a + 1];
  // (مراسل "سكاي نيوز عربية": a quoted name in the genitive tells the role's institution.)
  if (a + 1 < b && isOpen(t) && t.quote >= 0) return false;
  // (مراسل لبي بي سي، مراسلة لوكالة رويترز: the outlet told right after a reporter is the reporter's own.)
  if (a + 1 >= b) return !(inList(toks[a], lexicon().ar.outletRoles) && isWord(t) && isAddressee(t) && t.norm !== "ل" && !t.norm.startsWith("لل"));
  if (!isWord(t)) return true;
  // (لل only: لجنة begins with the letter, للرئيس with the preposition.)
  if (inList(t, lexicon().ar.freePrepositions) || t.norm.startsWith("لل")) return true;
  // (مدير إحدى المدارس، مسؤول في أحد البنوك: "one of" singles out no institution.)
  if (t.norm === "احد" || t.norm === "احدي") return true;
  const sc = sourceClass(t);
  // (سفير ألماني: the key الماني is read whole, not as ال + ماني.)
  // (رئيس بلدية المدينة، رئيس جمعية المستثمرين: a body's noun the lexicon knows, ending in ية, is no nisba adjective.)
  // (مستشار دبلوماسي، مستشار قانوني: a nisba the lexicon knows as another class, anon or title, is still one.)
  return !withArticle(p, t) && (sc?.cls === "descriptor" || sc?.cls === "informed" || (sc?.cls !== "org" && nisba(t.norm.startsWith("ال") ? "ال" + t.norm : t.norm)));
}

/** Whether a name-like word (no article, no lexicon class) stands in [a, b). */
function nameLikeAfter(p: Para, a: number, b: number): boolean {
  const toks = p.toks;
  // (Not a relative with its pronoun: صديقه وزميله فلان is one person.)
  for (let k = a; k < b; k++) if (isWord(toks[k]) && !toks[k].norm.startsWith("ال") && !sourceClass(toks[k]) && !joinsMention(toks[k]) && !nisba(toks[k].norm) && !possessedKin(p, toks[k])) return true;
  return false;
}

/** A person's name and title as written (a person with no name: the mention up to its end b is the title). */
function nameAndTitle(p: Para, a: number, b: number, m: MentionInfo, w: MentionWords): void {
  if (m.kind !== "person") return;
  const toks = p.toks;
  if (w.nameStart < 0) {
    // (Up to a description after وهو/وهي: الرئيس الأمريكي وهو يهنئ … is الرئيس الأمريكي.)
    m.titleText = p.text.slice(m.s, Math.min(m.e, toks[b - 1].e));
    return;
  }
  m.name = [];
  for (let k = w.nameStart; k < w.nameEnd; k++) if (isWord(toks[k])) m.name.push(toks[k].norm);
  m.nameText = p.text.slice(toks[w.nameStart].s, toks[w.nameEnd - 1].e);
  const before = w.nameStart > a ? titleBefore(p, a, w.nameStart) : "";
  // (الدكتورة نورة الشهري، أستاذة الاقتصاد: an honorific alone before the name gives way to the apposition.)
  if (before && !honorificsOnly(p, a, w.nameStart)) m.titleText = before;
  else if (isPunct(toks[w.nameEnd], COMMA) && isWord(toks[w.nameEnd + 1]) && toks[w.nameEnd + 1].s < m.e) {
    // أنسيلمي نسابيمانا، حاكم إقليم سيبيتوكي: the apposition after the name is the title (أم محمد، وهي
    // نازحة: after its وهو/وهي).
    const k = inList(toks[w.nameEnd + 1], lexicon().ar.appositionPronouns) && isWord(toks[w.nameEnd + 2]) && toks[w.nameEnd + 2].s < m.e ? w.nameEnd + 2 : w.nameEnd + 1;
    m.titleText = p.text.slice(toks[k].s, m.e);
  } else if (isWord(toks[w.nameEnd]) && inList(toks[w.nameEnd], lexicon().ar.appositionPronouns) && isWord(toks[w.nameEnd + 1]) && toks[w.nameEnd + 1].s < m.e) {
    // سلمى حداد وهي معلمة في القرية: so is the description after وهو/وهي.
    m.titleText = p.text.slice(toks[w.nameEnd + 1].s, m.e);
  } else if (before) m.titleText = before;
}

/**
 * The title written before a name (tokens a to n): the honorifics that open it or stand right before
 * the name are the name's (معالي وزير الطاقة الأمير فلان → وزير الطاقة; المتحدث باسم الوزارة، الدكتور
 * فلان → المتحدث باسم الوزارة); honorifics alone stay.
 */
function titleBefore(p: Para, a: number, n: number): string {
  const toks = p.toks;
  const hon = lexicon().ar.honorifics;
  let te = n - 1;
  for (let c = te; c > a; c--) {
    if (isPunct(toks[c], COMMA)) {
      te = c - 1;
      break;
    }
  }
  // (شاب يدعى فلان: the title ends before يدعى.)
  while (te > a && (!isWord(toks[te]) || toks[te].norm === CALLED)) te--;
  let ts = a;
  while (ts < te && inList(toks[ts], hon)) ts++;
  let e = te;
  while (e > ts && (!isWord(toks[e]) || inList(toks[e], hon))) e--;
  return inList(toks[e], hon) ? p.text.slice(toks[a].s, toks[te].e) : p.text.slice(toks[ts].s, toks[e].e);
}

/** The word before k (past the stop of د.) is an honorific that is a title (د، الدكتور، الشيخ; not صاحب، الملكي). */
function honorificTitleBefore(p: Para, a: number, k: number): boolean {
  let j = k - 1;
  if (j > a && isPunct(p.toks[j], ".") && arTitleStop(p.toks, j)) j--;
  const t = p.toks[j];
  return j >= a && isWord(t) && ((inList(t, lexicon().ar.honorifics) && sourceClass(t)?.cls === "title") || titleLetter(p, j));
}

/**
 * The token at k closes a one-word name before it: no word, a complementiser, a preposition, a medium, time or
 * adjunct word, a source noun or a cue (not another name word, الأستاذ الشاعر حسن فلان; not the verb's
 * object, المهندس القحطاني أهمية …).
 */
function nameClosedAfter(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t)) return true;
  return !!arComp(t) || inList(t, lexicon().ar.freePrepositions) || hasGrammar(t, Gr.medium) || hasGrammar(t, Gr.time) || hasGrammar(t, Gr.adjunct) || !!sourceClass(t) || !!cueAt(p, k);
}

/** Word k is one Arabic letter closed by the stop of an abbreviated title (م. سامي، أ. هدى). */
function titleLetter(p: Para, k: number): boolean {
  const t = p.toks[k];
  return t.ar && t.e - t.s === 1 && isPunct(p.toks[k + 1], ".") && arTitleStop(p.toks, k + 1);
}

/** Every word from a to n (the name's start) is an honorific (الدكتورة، معالي الشيخ). */
function honorificsOnly(p: Para, a: number, n: number): boolean {
  for (let k = a; k < n; k++) if (isWord(p.toks[k]) && !inList(p.toks[k], lexicon().ar.honorifics)) return false;
  return true;
}

/** Whether tokens a to n are honorifics of address only, without the article (معالي، سعادة; none: true). */
function addressOnly(p: Para, a: number, n: number): boolean {
  for (let k = a; k < n; k++) if (!isWord(p.toks[k]) || p.toks[k].norm.startsWith("ال") || !inList(p.toks[k], lexicon().ar.honorifics)) return false;
  return true;
}

/** Whether a word joined by the clitic و names another kind of source than `kind` (الحكومة وخبراء مستقلون). */
function mixesKinds(p: Para, a: number, b: number, kind: string, classes: (SourceHit | null)[]): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = p.toks[k];
    // The clitic و, not a word that begins with the letter (وزارة).
    if (!isWord(t) || !t.norm.startsWith("و") || t.norm.length < 4 || lexicon().sources.has(t.norm)) continue;
    const sc = classes[k - a];
    const other = sc?.cls === "anon" ? "anonymous" : sc?.cls === "org" || sc?.cls === "place" ? "organization" : "";
    // (مسؤولون عسكريون ومخابرات أمريكيون: an institution noun without the article qualifies the officials.)
    if (kind === "anonymous" && other === "organization" && !t.norm.startsWith("وال")) continue;
    if (other && other !== kind) return true;
    // (مصر والدول الخليجية، الحكومة والدول المانحة: a body and a collective of bodies with the article; not
    // المجتمع, a word of a body's name too: وزارة الأسرة والمجتمع.)
    if (kind === "organization" && sc?.cls === "group" && t.norm.startsWith("وال") && sc.lemma !== "المجتمع" && t.norm !== "والمجتمع") return true;
  }
  return false;
}

/**
 * Whether the mention [a, b) names two sources joined by the clitic و: after a country or a body, a
 * country (فرنسا والبرازيل) or a new body's head (الإذاعة الرسمية ووكالة الأنباء; not a genitive of
 * the first one's head, هيئة الإذاعة والتلفزيون، إذاعة وتلفزيون البلد); after a person's name, a title
 * (الوزير فلان ونظيره فلان) or a second name of two words or more (سامي حداد وكريم نصار).
 */
function pairOfSources(p: Para, a: number, b: number, kind: string, w: MentionWords): boolean {
  const toks = p.toks;
  const ar = lexicon().ar;
  const first = w.classes[0];
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    // (لجنة للتنسيق بين فرنسا والبرازيل: a body's own words.)
    if (inList(t, ar.freePrepositions) || t.norm.startsWith("لل")) return false;
    if (!t.norm.startsWith("و") || t.norm.length < 4 || lexicon().sources.has(t.norm)) continue;
    const sc = w.classes[k - a];
    if (kind === "organization") {
      if (!first || (first.cls !== "place" && first.cls !== "org")) return false;
      if (sc?.cls === "place" && (first.cls === "place" || toks[a].norm.startsWith("ال"))) return true;
      if (sc?.cls === "org" && (toks[a].norm.startsWith("ال") || first.cls === "place" || k - a >= 3)) return true;
      continue;
    }
    // (A person: a title, or a word with its pronoun (ونظيره), between two names; or a second name of
    // two words or more after a first one.)
    if ((sc?.cls === "title" || endsWithPronoun(p.text, t.e)) && nameLikeAfter(p, a, k) && !commaIn(p, a, k) && secondName(p, k + 1, b)) return true;
    if (!sc && w.nameStart >= 0 && k - w.nameStart >= 2 && k - w.nameStart <= 3 && w.nameEnd - k >= 2 && w.nameEnd - k <= 3) return true;
  }
  return false;
}

/** A comma stands among tokens [a, k) (فلان، المحلل ومقدم البرنامج: one person's titles). */
function commaIn(p: Para, a: number, k: number): boolean {
  for (let j = a; j < k; j++) if (isPunct(p.toks[j], COMMA)) return true;
  return false;
}

/**
 * Two name words in a row from token k on (up to b), before a preposition or a comma (one right
 * after the title may stand: ونائبه، فلان الفلاني): the second person's name.
 */
function secondName(p: Para, k: number, b: number): boolean {
  let run = 0;
  for (let j = k; j < b; j++) {
    const t = p.toks[j];
    if (isPunct(t, COMMA) && j === k) continue;
    if (!isWord(t) || !t.ar || inList(t, lexicon().ar.freePrepositions)) return false;
    run = !t.norm.startsWith("ال") && !sourceClass(t) && !joinsMention(t) && !nisba(t.norm) ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}
