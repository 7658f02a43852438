// Quotation marks around a name or a title rather than anybody's words: صحيفة "عكاظ"،
// برنامج يحمل اسم "…"، the "Commander-in-Chief Forum".
import { Fr, Gr, lexicon } from "../lexicon";
import { cueAt, hasGrammar, inList, sourceClass } from "../lexicon/lookup";
import { G_ANY } from "../perf/hit-table";
import { isWord, sentenceStartTok, type Para } from "../text/paragraph";
import { WORD, type Tok } from "../text/token";
import { somePossessedStem } from "../ar/words";

/**
 * Quotation marks around a name or title, not around anybody's words: صحيفة "عكاظ"،
 * برنامج يحمل اسم "…"، الحزب "الجمهوري"، the "Commander-in-Chief Forum".
 */
export function isNameQuote(p: Para, q: { open: number; close: number }): boolean {
  if (q.close < 0) return false;
  const toks = p.toks;
  let words = 0;
  let caps = 0;
  let latin = 0;
  for (let k = q.open + 1; k < q.close; k++) {
    const t = toks[k];
    if (t.kind !== WORD) continue;
    words++;
    if (!t.ar) {
      latin++;
      if (t.cap || inList(t, lexicon().en.titleCaseSmall)) caps++;
    }
  }
  if (words === 0 || words > 5) return false;
  // Title Case in English: Fox and Friends, Peace Through Strength.
  if (latin === words && words >= 2 && caps === words && toks[q.open + 1].cap) return true;
  const before = toks[q.open - 1];
  // "هيئة الكهرباء" توضح …: a quoted name opening a headline, its verb right after it
  // (a quote followed by a comma and a cue is quote-first speech instead).
  // (Not before a verb of saying with its subject after it: «لن نتراجع» قال الوزير.)
  if (!before || before.kind !== WORD) return q.open === 0 && words <= 3 && latin === 0 && toks[q.close + 1]?.kind === WORD && !sayingWithSubject(p, q.close + 1);
  if (isNamingWord(before, toks[q.open - 2], toks[q.close + 1])) return true;
  // المسلسل الرمضاني "تانغو"، عمله الدرامي "…"، لمجلة رياضية شهيرة "…": a naming word and its adjectives.
  if (namingWithAdjectives(p, q.open - 1, toks[q.close + 1])) return true;
  // «حزب الله»، "هيئة الكهرباء": a short quotation that opens with an institution's head noun in
  // construct (not "الحكومة الشرعية", a term somebody used).
  const first = toks[q.open + 1];
  // (Three words when the last has the article: "قوات الوادي الديمقراطية", "حركة أحرار الوادي".)
  // (Not a tweet's or a letter's words, ar-words authoredTexts: "رسالة" is a word somebody used.)
  if (isWord(first) && first.ar && !first.norm.startsWith("ال") && sourceClass(first)?.cls === "org" && !authored(first) && (words <= 2 || (words === 3 && lastDefinite(p, q)))) return true;
  // وأوضحت "ذا تايمز" أن: the quoted name is the source of the cue before it. After a verb that
  // takes a quotation as it is (وأضاف "سنلعب من أجل جماهيرنا".) the quotation is a name only
  // when a complementiser follows it, or the sentence goes on with a word that is no cue.
  const cue = cueAt(p, q.open - 1);
  if (cue) {
    // English: a quotation right after the verb is the speaker's words (said "we will rebuild"),
    // unless it is in Title Case (above).
    if (!before.ar) return false;
    // بوتين يؤكد "الاستعداد للتعاون": with its subject before it, the quotation after the verb is the words.
    if (words >= 2 && !cue.clitic && headlineSubjectBefore(p, q.open - 1)) return false;
    if (!cue.entry.frames.has(Fr.direct) || words < 2) return true;
    const after = toks[q.close + 1];
    return hasGrammar(after, Gr.comp) || hasGrammar(after, Gr.compPron) || (words <= 3 && isWord(after) && !cueAt(p, q.close + 1));
  }
  // تغريدة "…"، رسالة "…": what a tweet or a letter says (ar-words authoredTexts), not its name.
  if (authored(before)) return false;
  const sc = sourceClass(before);
  // أن موسكو "دمرت …"، أن الاتحاد الأوروبي "جاد ومصمم": after a complementiser the noun before the
  // quotation is its subject and the quotation the predicate (but an institution's head without
  // the article needs the name after it: أن مقاتلي تنظيم "داعش").
  if (sc && sc.cls === "org" && !before.norm.startsWith("ال") && before.ar) return true;
  if (sc && afterComplementiser(p, q.open - 1)) return false;
  if (sc && (sc.cls === "org" || sc.cls === "place" || sc.cls === "group")) return true;
  // المنظمة الإقليمية "…": a descriptor after an institution.
  const before2 = toks[q.open - 2];
  if (sc?.cls === "descriptor" && before2 && before2.kind === WORD) {
    const sc2 = sourceClass(before2);
    if (sc2 && (sc2.cls === "org" || sc2.cls === "group")) return true;
  }
  return false;
}

/**
 * One or two adjectives ending at token k after a naming word: a relational adjective (الرمضاني،
 * الدرامي), or after a feminine naming word any word in ة that is no grammar word, cue or source
 * (لمجلة رياضية شهيرة). Not a time word: صحيفة أمس "…" stays a quotation.
 */
function namingWithAdjectives(p: Para, k: number, after: Tok | undefined): boolean {
  const toks = p.toks;
  for (let n = 1; n <= 2; n++) {
    const naming = toks[k - n];
    if (!isWord(naming) || !naming.ar) return false;
    let agree = true;
    for (let j = k - n + 1; j <= k && agree; j++) agree = adjectiveOf(p, j, naming);
    if (agree && isNamingWord(naming, toks[k - n - 1], after)) return true;
  }
  return false;
}

function adjectiveOf(p: Para, j: number, naming: Tok): boolean {
  const t = p.toks[j];
  if (!isWord(t) || !t.ar || t.grammarBits & G_ANY || sourceClass(t) || cueAt(p, j)) return false;
  return nisbaAdjective(t.norm) || (naming.norm.endsWith("ه") && t.norm.endsWith("ه") && t.norm.length >= 4);
}

/** أوروبي، الرمضاني، الدرامي: the shape of a relational adjective (nisba). */
function nisbaAdjective(n: string): boolean {
  return n.length >= 4 && (n.endsWith("ي") || n.endsWith("يه"));
}

/** The noun phrase ending at token k (≤ 3 words, و-joined) follows a complementiser (أن، إن، بأن). */
function afterComplementiser(p: Para, k: number): boolean {
  for (let j = k, n = 0; j >= 0 && n < 4; j--, n++) {
    const t = p.toks[j];
    if (!isWord(t)) return false;
    if (j < k && hasGrammar(t, Gr.comp)) return true;
  }
  return false;
}

/** A cue at token k with its subject written before it: 1–3 words from the sentence start (a headline: بوتين يؤكد). */
function headlineSubjectBefore(p: Para, k: number): boolean {
  const s = sentenceStartTok(p, k);
  if (k - s < 1 || k - s > 3) return false;
  for (let j = s; j < k; j++) {
    const t = p.toks[j];
    if (!isWord(t) || t.grammarBits & G_ANY || t.norm.startsWith("و") || t.norm.startsWith("ف")) return false;
  }
  return true;
}

/**
 * صحيفة، بعنوان، titled: a word that introduces a quoted name (lexicon/naming.tsv), also
 * with a possessive pronoun: روايته، كتابها، فيلمهم (the ة of the bare noun is ت before it).
 * After a complementiser the possessed noun is a clause's subject: the quotation is a title
 * when the predicate follows it (إن روايته «البحر الأخير» ستترجم), and is the predicate
 * itself when nothing does (أن فيلمه "لمس شيئاً مهماً".). `prev`: the token before the
 * word; `after`: the token after the quotation's closing mark.
 */
export function isNamingWord(t: Tok, prev?: Tok, after?: Tok): boolean {
  const naming = lexicon().naming;
  // بدوره (in turn) is an adverb, not دور (a role) with a pronoun.
  if (hasGrammar(t, Gr.adjunct)) return false;
  const n = t.norm.replace(/^(ب|ل|و)(?=..)/, "");
  if (naming.has(t.norm) || naming.has(n) || (n.startsWith("ال") && naming.has(n.slice(2)))) return true;
  if (!t.ar || (hasGrammar(prev, Gr.comp) && !isWord(after))) return false;
  return somePossessedStem(n, (stem) => naming.has(stem));
}

/** قال الوزير، يقول فلان: a verb of saying itself (ar-words sayingVerbs) at k with a word after it that opens no clause (its subject). */
function sayingWithSubject(p: Para, k: number): boolean {
  const cue = cueAt(p, k);
  if (!cue || !lexicon().ar.sayingVerbs.has(cue.entry.lemma)) return false;
  const t = p.toks[cue.to];
  return isWord(t) && t.ar && !hasGrammar(t, Gr.comp) && !hasGrammar(t, Gr.compPron);
}

/** The last word of quotation q is Arabic with the article. */
function lastDefinite(p: Para, q: { open: number; close: number }): boolean {
  const t = p.toks[q.close - 1];
  return isWord(t) && t.ar && t.norm.startsWith("ال");
}

/** تغريدة، رسالة، شكوى: a text somebody writes (ar-words authoredTexts), whose quotation is its words. */
function authored(t: Tok): boolean {
  const sc = sourceClass(t);
  return !!sc && lexicon().ar.authoredTexts.has(sc.lemma);
}
