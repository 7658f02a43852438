// Small tests on Arabic words the constructions share: a complementiser (إن، أنه), an
// addressee (لرويترز، للصحفيين), a time or a medium (أمس، في بيان), quoted words.
import { Gr, lexicon, type GrammarClasses } from "../lexicon";
import { grammarOf, inList, sourceClass } from "../lexicon/lookup";
import { G_COMP, G_COMP_PRON } from "../perf/hit-table";
import { WordMemo } from "../perf/intern";
import { endsWithPronoun } from "../text/chars";
import { isOpen, isWord, type Para } from "../text/paragraph";
import { NUM, type Tok } from "../text/token";

/** Complementiser: 1 = free-standing (إن، أن، بأن), 2 = with an attached pronoun (أنه), 0 = none. */
export function arComp(t: Tok | undefined): 0 | 1 | 2 {
  if (!isWord(t) || !(t.grammarBits & (G_COMP | G_COMP_PRON))) return 0;
  const g = grammarOf(t);
  if (!g) return 0;
  if (g.has(Gr.comp)) return 1;
  if (g.has(Gr.compPron)) return 2;
  return 0;
}

const DROP_ALEF_LAM = (w: string) => (w.startsWith("ال") ? w.slice(2) : w);

/** لرويترز، للصحفيين، لوكالة، لـ«…»: who was told; ends the source phrase. */
export function isAddressee(t: Tok): boolean {
  // The raw first letter decides before any normalising: ل (U+0644).
  if (!t.ar || t.firstCode() !== 0x0644) return false;
  // The rest depends on the word alone, and the parsers ask about the same words again and again.
  return addressee.get(t);
}

const addressee = new WordMemo<boolean>(addresseeWord, 50_000);

/** isAddressee for a normalised word that starts with ل. */
function addresseeWord(n: string): boolean {
  if (n === "ل") return true; // لـ written apart
  const rest = n.slice(1);
  const g = lexicon().grammar;
  if (g.get(rest)?.has(Gr.addressee) || g.get(n)?.has(Gr.addressee)) return true;
  if (n.startsWith("لل") && (g.get("ال" + n.slice(2))?.has(Gr.addressee) || g.get(n.slice(2))?.has(Gr.addressee))) return true;
  // لوزير، لصحيفة، لقناة: ل before an institution or title.
  if (lexicon().sources.has(n)) return false;
  const sc = lexicon().sources.get(rest) ?? (n.startsWith("لل") ? lexicon().sources.get(n.slice(2)) : undefined);
  return !!sc && sc.cls === "org";
}

export function isTimeOrMedium(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.kind === NUM) return true;
  if (!isWord(t)) return false;
  return timeOrMedium.get(t);
}

const timeOrMedium = new WordMemo<boolean>((n) => {
  const g = lexicon().grammar.get(n) ?? lexicon().grammar.get(DROP_ALEF_LAM(n)) ?? possessedMedium(n);
  return !!g && (g.has(Gr.time) || g.has(Gr.medium) || g.has(Gr.month));
});

/**
 * ختم حديثه، اختتم كلمتها: a medium noun with a third-person possessive pronoun, the object of a verb,
 * not its subject (the pronoun as written: حديثة "recent" ends in ة, not ه).
 */
export function isPossessedMedium(p: Para, k: number): boolean {
  const t = p.toks[k];
  return isWord(t) && t.ar && endsWithPronoun(p.text, t.e) && possessed.get(t);
}

const possessed = new WordMemo<boolean>((n) => !n.startsWith("ال") && possessedMedium(n) !== null);

/**
 * Whether a normalised word read as a noun and a possessive pronoun (ar-words possessiveSuffixes,
 * longest first) has a stem that passes `test`; a ة written ت before the pronoun is tried as the
 * normalised ه too (تدوينته → تدوينه).
 */
export function somePossessedStem(n: string, test: (stem: string) => boolean): boolean {
  for (const suffix of lexicon().ar.possessiveSuffixes) {
    if (n.length < suffix.length + 3 || !n.endsWith(suffix)) continue;
    const stem = n.slice(0, -suffix.length);
    if (test(stem) || (stem.endsWith("ت") && test(stem.slice(0, -1) + "ه"))) return true;
  }
  return false;
}

/** تدوينته، بيانها: a medium noun with a possessive pronoun; its grammar classes. */
function possessedMedium(n: string): GrammarClasses | null {
  let found: GrammarClasses | null = null;
  somePossessedStem(n, (stem) => {
    const g = lexicon().grammar.get(stem);
    if (g?.has(Gr.medium)) found = g;
    return !!found;
  });
  return found;
}

/**
 * التزامه، إجابتها، ترحيبه: a noun carrying a possessive pronoun, never a word of a name. A final ه
 * alone may end a name (زنغنه، عزيزه), so only after ة (مطالبته) or on a verbal noun تفعيل (ترحيبه).
 */
export function possessedNoun(p: Para, t: Tok): boolean {
  const n = t.norm;
  if (!t.ar || n.length < 5 || n.startsWith("ال") || !endsWithPronoun(p.text, t.e)) return false;
  return !n.endsWith("ه") || n.endsWith("ته") || (n[0] === "ت" && n.length >= 6);
}

/** حكومتها، وزارته: a source noun with a possessive pronoun. */
export function possessedSourceNoun(n: string): boolean {
  return somePossessedStem(n, (stem) => lexicon().sources.has(stem));
}

/** مستغرباً، مازحاً، متوجهاً: an adverbial accusative describing how the words were said, never a name or a subject. */
export function hal(p: Para, k: number): boolean {
  const t = p.toks[k];
  const n = t.norm;
  // (ضاحكا، مخاطبا: the commonest ḥāls of other shapes, their tanween unwritten, ar-words unmarkedHal.)
  if (n.length >= 5 && inList(t, lexicon().ar.unmarkedHal)) return true;
  if (n.length < 5 || !n.endsWith("ا")) return false;
  if (!n.startsWith("م")) return false;
  const raw = p.text.charCodeAt(t.e - 1);
  // Tanween (ً) marks it for certain; unmarked, only the shapes مُتفعِّلا / مُستفعِلا (a name like
  // ماتيلدا has the same letters as مُفعِلا).
  if (raw === 0x064b || p.text.charCodeAt(t.e - 2) === 0x064b) return true;
  return n.length >= 6 && (n.startsWith("مت") || n.startsWith("مست")) && n[n.length - 2] !== "ي" && n[n.length - 2] !== "و";
}

/**
 * A quotation of two words or more opens at token k, and not a name: its first word is no
 * institution, place or group noun (إلى "نادي الهلال" names a club, إلى "اتخاذ اللازم" quotes).
 */
export function quotedWordsAt(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isOpen(t) || quoteWords(p, t) < 2) return false;
  const first = p.toks[k + 1];
  const sc = isWord(first) ? sourceClass(first) : null;
  return !sc || (sc.cls !== "org" && sc.cls !== "place" && sc.cls !== "group");
}

export function quoteWords(p: Para, t: Tok): number {
  if (t.quote < 0) return 0;
  const q = p.quotes[t.quote];
  let n = 0;
  const last = q.close >= 0 ? q.close : p.toks.length;
  for (let k = q.open + 1; k < last && n < 3; k++) if (isWord(p.toks[k])) n++;
  return n;
}

/**
 * يجرون، تقولون: a plural present verb (as normalised), never a word of a subject: a subject read back from
 * a later verb stops there (أن المحققين يجرون تحقيقاتهم بناء على فرضية تفيد: no subject of تفيد).
 */
export function pluralPresent(n: string): boolean {
  return n.length >= 5 && (n[0] === "ي" || n[0] === "ت") && n.endsWith("ون");
}

/** يقولون، تعلنان، يدعمان: the shape of a present verb for two or more. */
export function presentForMany(n: string): boolean {
  return (n[0] === "ي" || n[0] === "ت") && (n.endsWith("ون") || n.endsWith("ان"));
}

/** مطلع، غربي، أمني: a word agreeing with an indefinite source noun as its adjective (no article; a descriptor or a nisba). */
export function indefiniteAdjective(t: Tok | undefined): boolean {
  if (!isWord(t) || t.norm.startsWith("ال")) return false;
  const c = sourceClass(t)?.cls;
  return c === "descriptor" || c === "informed" || nisbaShape(t.norm);
}

/** A normalised word without a glued و/ف (وأشاد → اشاد), when three letters or more are left. */
export function withoutConjunction(n: string): string {
  return n.length > 3 && (n[0] === "و" || n[0] === "ف") ? n.slice(1) : n;
}

/**
 * يستعد، تعتزم، نعمل: the shape of a present verb, without the article or a source noun's class (not a
 * nisba, no ة as written, no plural ات: تابعة، تركية، تصريحات are nouns and adjectives).
 */
export function presentShape(text: string, t: Tok): boolean {
  const n = t.norm;
  return n.length >= 4 && (n[0] === "ي" || n[0] === "ت" || n[0] === "ن") && !nisbaShape(n) && text.charCodeAt(t.e - 1) !== 0x0629 && !n.endsWith("ات");
}

/**
 * ويأمل ان يستخدم، وهو يؤمن، لم يقدم: a present verb (presentShape; no source noun, no grammar word) at k
 * right after a negation, a verb particle, a pronoun opening a description (وهو), or أن after a word that
 * takes a verb after it (ar-words verbalAn: يأمل أن، يجب أن; or after it and one word, its subject) is a verb, no word of a subject's name. (Not
 * after any إن/أن: إن ترامب يرى, a name of that shape opens the clause.)
 */
export function presentAfterParticle(p: Para, k: number): boolean {
  const t = p.toks[k];
  const prev = p.toks[k - 1];
  if (!isWord(t) || !t.ar || !isWord(prev) || sourceClass(t) || grammarOf(t) || !presentShape(p.text, t)) return false;
  const ar = lexicon().ar;
  // (ويأمل سايتو ان يستخدم: the hoping verb's subject may stand between it and أن.)
  if (arComp(prev)) return arComp(prev) === 1 && k >= 2 && (verbalAn(p.toks[k - 2]) || (k >= 3 && isWord(p.toks[k - 2]) && !sourceClass(p.toks[k - 2]) && verbalAn(p.toks[k - 3])));
  return inList(prev, ar.negations) || inList(prev, ar.appositionPronouns) || inList(prev, ar.verbParticles);
}

/** بعد، يجب، والمفترض، ويأمل: a word after which أن opens a verb (ar-words verbalAn; with a clitic و too). */
export function verbalAn(t: Tok | undefined): boolean {
  if (!isWord(t)) return false;
  const list = lexicon().ar.verbalAn;
  return inList(t, list) || (t.norm.startsWith("و") && list.has(t.norm.slice(1)));
}

/** انتهاكا، مزاحا، مقالا: a word of four letters or more in ا without the article (an accusative whose tanween is not written), no source noun. */
export function alefAccusative(t: Tok): boolean {
  return t.norm.length >= 4 && t.norm.endsWith("ا") && !t.norm.startsWith("ال") && !sourceClass(t);
}

/** أمني، غربي، سياسيون: the shape of a relational adjective. */
export function nisbaShape(w: string): boolean {
  return w.length >= 4 && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يون") || w.endsWith("يين"));
}

/**
 * اتهامها، استعدادها، التزامه، انسحابهم، تحليلهم: a verbal noun of the shapes افتعال، انفعال، استفعال
 * or تفعيل carrying a possessive pronoun (as written: ه، ها، هم) is what was done or said, the
 * verb's object, never who spoke.
 */
export function possessedVerbalNoun(p: Para, k: number): boolean {
  const t = p.toks[k];
  return isWord(t) && t.ar && endsWithPronoun(p.text, t.e) && !sourceClass(t) && verbalNounPossessed.get(t);
}

// (The shape never reads a stem's last letter, so somePossessedStem's ت → ه reading changes nothing.)
const verbalNounPossessed = new WordMemo<boolean>((n) => somePossessedStem(n, (stem) => stem.length >= 5 && verbalNounShape(stem)));

/** The letters of افتعال (its ت after the first root letter, or merged: اتّهام، اضطرار), انفعال، استفعال، تفعيل. */
export function verbalNounShape(s: string): boolean {
  const l = s.length;
  if (s[0] === "ت") return l === 5 && s[3] === "ي";
  if (s[0] !== "ا" || s[l - 2] !== "ا") return false;
  if (s.startsWith("است")) return l === 7;
  return (l === 6 && (s[1] === "ن" || s[2] === "ت" || s[2] === "ط" || s[2] === "د")) || (l === 5 && s[1] === "ت");
}

/** A sound plural's ending (ون، ين، ات): no adjective of one body (الجامعة المتقدمين: an object). */
export function pluralEnding(n: string): boolean {
  return n.endsWith("ون") || n.endsWith("ين") || n.endsWith("ات");
}

/**
 * قالوا، أعلنتا، يقولون، يؤكدان، مشيرين: an Arabic reporting verb or participle (its word without
 * a clitic) in a form for two or more, by its ending.
 */
export function manyForm(n: string): boolean {
  if (n.length < 4) return false;
  if (n.endsWith("وا") || n.endsWith("تا")) return true;
  if (presentForMany(n)) return true;
  return n[0] === "م" && n.length >= 6 && (n.endsWith("ين") || n.endsWith("ون") || n.endsWith("ان"));
}

/**
 * قالا، أعلنتا، يقولان، تؤكدان: an Arabic reporting verb (its word without a clitic) in a form for two,
 * by its past lemma (as normalised) and its ending; not قالوا nor يقولون.
 */
export function dualForm(n: string, lemma: string, form: string): boolean {
  if (form === "present") return n.length >= 5 && (n[0] === "ي" || n[0] === "ت") && n.endsWith("ان");
  if (form !== "verb" || n.length < 4) return false;
  const last = lemma[lemma.length - 1];
  const stem = last === "ي" || last === "ا" ? lemma.slice(0, -1) : lemma;
  return n === stem + "تا" || (last === "ي" ? n === stem + "يا" : last !== "ا" && n === lemma + "ا");
}

/**
 * الدول، الحكومات: a definite plural of things or bodies (ar-words nonHumanPlurals, or a sound feminine
 * plural in ات), which takes a feminine verb: after a masculine one it is no subject.
 */
export function nonHumanPlural(t: Tok | undefined): boolean {
  if (!isWord(t) || !t.ar || !t.norm.startsWith("ال")) return false;
  return inList(t, lexicon().ar.nonHumanPlurals) || (t.norm.length >= 7 && t.norm.endsWith("ات"));
}

/**
 * إن at k is the letter N of initials, no complementiser: سي إن بي سي، بي إن سبورت (before the name of a
 * letter, ar-words letterNames, or a word of a brand's name, after another letter), سي إن إن (the two
 * after a letterNames word: the first, and the second after it). Not أن, never a letter.
 */
export function letterOfInitials(p: Para, k: number): boolean {
  // (إن written without hamza or with إ: أن is never a letter.)
  const en = (i: number) => isWord(p.toks[i]) && p.toks[i].norm === "ان" && p.text.charCodeAt(p.toks[i].s) !== 0x0623;
  if (!en(k)) return false;
  const ar = lexicon().ar;
  // (The letter before may carry لـ: لسي إن إن.)
  const named = (i: number, list: ReadonlySet<string>) => {
    const w = p.toks[i];
    return isWord(w) && (inList(w, list) || (w.norm.startsWith("ل") && list.has(w.norm.slice(1))));
  };
  const letter = (i: number) => named(i, ar.letterNames) || named(i, ar.letterNamesShared);
  const plain = (i: number) => named(i, ar.letterNames);
  if (letter(k - 1) && (plain(k + 1) || (isWord(p.toks[k + 1]) && inList(p.toks[k + 1], ar.brandWords)))) return true;
  return (plain(k - 1) && en(k + 1)) || (en(k - 1) && plain(k - 2));
}

/** A feminine noun as written, normalised: ة (read as ه) or the plural ات (تصريحات، تغريدة، الحكومة; not بيان، الوفد). */
export function feminineForm(n: string): boolean {
  return n.endsWith("ه") || n.endsWith("ات");
}

/**
 * نفيا قاطعا at k: a cognate object (ar-grammar verbnoun, accusative ا: نفيا، تأكيدا) and its adjective, in
 * the accusative too or with the alef left out (no article, no source noun, no function word); the token
 * after them, or k when there is none.
 */
export function afterCognateObject(p: Para, k: number): number {
  const t = p.toks[k];
  if (!isWord(t) || !t.norm.endsWith("ا") || !grammarOf(t)?.has(Gr.verbnoun)) return k;
  const adj = p.toks[k + 1];
  return isWord(adj) && adj.ar && (adj.norm.endsWith("ا") || (!adj.norm.startsWith("ال") && !sourceClass(adj) && !grammarOf(adj))) ? k + 2 : k + 1;
}

/**
 * عليها، منه، له، بها: a preposition carrying its pronoun (a free one, ar-words freePrepositions, or لـ / بـ),
 * never a subject nor a name: كتب عليها "…" (written on it), علق عليه بالقول.
 */
export function pronounPreposition(p: Para, t: Tok | undefined): boolean {
  if (!isWord(t) || !t.ar || !endsWithPronoun(p.text, t.e)) return false;
  const ar = lexicon().ar;
  if (inList(t, ar.toldPronouns)) return true;
  const n = t.norm;
  return somePossessedStemOrShort(n, (stem) => ar.freePrepositions.has(stem) || stem === "ب" || stem === "ل");
}

/** somePossessedStem for short stems too (له، به: a one-letter preposition). */
function somePossessedStemOrShort(n: string, test: (stem: string) => boolean): boolean {
  for (const suffix of lexicon().ar.possessiveSuffixes) if (n.length > suffix.length && n.endsWith(suffix) && test(n.slice(0, -suffix.length))) return true;
  return false;
}

/** تصريح، تغريدة، بيان (ar-grammar medium, ar-words spokenMedia), with بـ، لـ or the article, or in the accusative (بيانا). */
export function mediumWord(t: Tok | undefined): boolean {
  if (!isWord(t) || !t.ar) return false;
  const n = t.norm;
  const forms = [n, n.slice(1), n.startsWith("ال") ? n.slice(2) : "", n.startsWith("بال") || n.startsWith("لل") ? n.slice(3) : "", n.endsWith("ا") ? n.slice(0, -1) : ""];
  const g = lexicon().grammar;
  return forms.some((f) => f.length >= 3 && (!!g.get(f)?.has(Gr.medium) || lexicon().ar.spokenMedia.has(f)));
}
