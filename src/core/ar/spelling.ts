// Words the look-up key cannot tell apart, told apart by how they are written (the key reads ى as ي).
//
// علي the name and على the preposition (loose spelling writes على as علي). Written علي, the word is the
// name where the words around it say so:
//   علي عبد الله، علي بن، علي أبو …        a name particle after it
//   محمد علي الحوثي، علي الزبيدي            a family name after it (the article, ending in ي)
//   الدكتور علي لطفي، المرشد الإيراني علي خامنئي   a title (or a definite nisba) before it, a plain word after it
//   بن علي يلدريم                           a name particle before it
//   سامي علي، / سامي علي إن                 a plain given name before it, nothing of a phrase after it
//
// يُدعى "is called" and يدعي "claims": written with ى and no أن after it, (و)يدعى / تدعى names the
// person before it (رجل يدعى فلان، أم أخرى تدعى فلانة، المستثمر، ويدعى فلان،): no cue, and inside a
// mention a word that joins the description to the name (speakers/describe-ar.ts).
//
// Two reporting verbs have a common homograph their neighbours give away:
//   من أبرز، من بين أبرز: "among the most prominent", not أبرز "highlighted"
//   يزيد عن، تزيد على، زاد عن: "exceeds", not زاد "added" (وزاد على ذلك: "added to that", reports)
// and one its spelling gives away: إبان "during" is أبان "made clear" once normalised; only أبان written
// with its hamza above (or with أن right after it: ابان أن) reports.
//
// A foreign given name whose first letters read as the article once normalised (ألكسندر، ألبرتو: ar-words
// articleLikeNames) is a plain name word, not a definite one: وقال ألكسندر بتروف was the person بتروف, titled ألكسندر.
//
// فان, the Dutch particle of a name (لويس فان جال، فرجيل فان دايك), and فان, فإن written without its hamza:
// written فان after a reporting verb, a title or a given name after one, before a plain word (no article,
// no function word, no source noun), it is the name's: قال فإن is no Arabic (وقال فان جال: …).
//
// Each gets a key of its own (Tok.asName) that no list holds, so no list of function words or cues takes it.
import { lexicon } from "../lexicon";
import { grammarOf, inList, sourceClass } from "../lexicon/lookup";
import { COMMA, isPunct, isWord } from "../text/paragraph";
import type { Tok } from "../text/token";
import { arTitleStop } from "../text/sentences";
import { arComp } from "./words";

/** The look-up key of the name علي. */
export const ALI_NAME = "علي#name";
/** The look-up key of يدعى / تدعى "is called". */
export const CALLED = "يدعى#called";
/** What the key of a foreign given name that reads as the article (ألكسندر) starts with: no article. */
const FOREIGN_NAME = "#";
/** The look-up key of فان, a name's particle (فان جال). */
const VAN_NAME = "فان#name";
/** The look-up key of a reporting verb's homograph (من أبرز، يزيد عن). */
const NOT_A_CUE = "#not-a-cue";

const AIN = 0x0639;
const LAM = 0x0644;
const YA = 0x064a;
const DAL = 0x062f;
const ALEF_MAQSURA = 0x0649;
const ZAY = 0x0632;
const REH = 0x0631;
const TEH_MARBUTA = 0x0629;
const NOON = 0x0646;
const ALEF_HAMZA_ABOVE = 0x0623;
const FEH = 0x0641;
const ALEF = 0x0627;

/** Gives every علي that is a name and every يدعى that names its own key (a paragraph's tokens, before any rule reads them). */
export function markSpellings(text: string, toks: Tok[]): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const len = t.e - t.s;
    // (Three or four letters, tested by their code units: one compare rules out nearly every word.)
    if (len === 3) {
      if (text.charCodeAt(t.s) === AIN && text.charCodeAt(t.s + 1) === LAM && text.charCodeAt(t.s + 2) === YA && aliIsName(text, toks, k)) t.asName(ALI_NAME);
      else if (text.charCodeAt(t.s) === FEH && text.charCodeAt(t.s + 1) === ALEF && text.charCodeAt(t.s + 2) === NOON && vanIsName(toks, k)) t.asName(VAN_NAME);
    } else if ((len === 4 || len === 5) && text.charCodeAt(t.e - 1) === ALEF_MAQSURA && text.charCodeAt(t.e - 2) === AIN && text.charCodeAt(t.e - 3) === DAL) {
      if (calledAt(toks, k)) t.asName(CALLED);
    }
    if (len >= 3 && len <= 5 && (homographAt(text, toks, k) || duringAt(text, toks, k))) t.asName(NOT_A_CUE);
    else if (len >= 4 && text.charCodeAt(t.s + 1) === LAM && isAlef(text.charCodeAt(t.s)) && lexicon().ar.articleLikeNames.has(t.norm)) t.asName(FOREIGN_NAME + t.norm);
  }
}

/** ا، أ، إ. */
function isAlef(c: number): boolean {
  return c === 0x0627 || c === 0x0623 || c === 0x0625;
}

function aliIsName(text: string, toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  // (ويؤكد د. علي أن …: right after a title abbreviated to one letter and its stop, a name.)
  if (k >= 1 && isPunct(toks[k - 1], ".") && arTitleStop(toks, k - 1)) return true;
  if (afterGivenName(toks, k) && (!next || isPunct(next, COMMA) || isPunct(next, ":") || isPunct(next, ".") || !!arComp(next))) return true;
  if (!isWord(next) || !next.ar || grammarOf(next) || sourceClass(next)) return false;
  if (subjectAfterVerb(text, toks, k)) return true;
  const particles = lexicon().ar.nameParticles;
  const n = next.norm;
  if (particles.has(n) || n.startsWith("عبد")) return true;
  // (سامر علي الحداد إن: after a plain given name too, a family name closing the phrase.)
  if (n.startsWith("ال")) return (n.length >= 5 && text.charCodeAt(next.e - 1) === YA) || afterHonorificClosed(toks, k) || (afterGivenName(toks, k) && closes(toks[k + 2]));
  const prev = toks[k - 1];
  if (!isWord(prev)) return false;
  if (particles.has(prev.norm)) return true;
  return sourceClass(prev)?.cls === "title" || (prev.norm.startsWith("ال") && text.charCodeAt(prev.e - 1) === YA);
}

/** وقال فان جال، المدرب فان جال، وقال لويس فان جال: فان (no hamza) opening or inside a name (see the header). */
function vanIsName(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (!isWord(next) || !next.ar || next.norm.length < 2 || next.norm.startsWith("ال") || grammarOf(next) || sourceClass(next) || lexicon().cueWords.has(next.norm)) return false;
  const opens = (j: number) => j >= 0 && isWord(toks[j]) && (lexicon().cueWords.has(toks[j].norm) || sourceClass(toks[j])?.cls === "title");
  return opens(k - 1) || (afterGivenName(toks, k) && opens(k - 2));
}

/**
 * الأستاذ علي الزهيران، / وقال الدكتور علي الفرحان إن: after an honorific, علي and one word with the article
 * closing the phrase (a comma, a stop, a colon, أن/إن, or the end; not الدكتور علي الالتزام بالقرار,
 * the preposition spelled loosely before its noun and what follows it) is a given name and a family name.
 */
function afterHonorificClosed(toks: Tok[], k: number): boolean {
  const prev = toks[k - 1];
  if (!isWord(prev) || !lexicon().ar.honorifics.has(prev.norm)) return false;
  return closes(toks[k + 2]);
}

/** The phrase closes at `after`: nothing, a comma, a stop, a colon or أن/إن. */
function closes(after: Tok | undefined): boolean {
  return !after || isPunct(after, COMMA) || isPunct(after, ".") || isPunct(after, ":") || (isWord(after) && !!arComp(after));
}

/**
 * سامي علي، / وقال سامي علي إن: right after a plain word (no article, no function word, no source noun,
 * no reporting verb: not وشدد علي أن, the preposition spelled loosely) علي closing the phrase is a family name.
 */
function afterGivenName(toks: Tok[], k: number): boolean {
  const prev = toks[k - 1];
  // (سيف الدين علي، نور الدين علي إن: after a compound given name, الدين or الله after its first word.)
  if (isWord(prev) && inList(prev, lexicon().ar.compoundNameEnds)) return k >= 2 && afterGivenName(toks, k - 1);
  return isWord(prev) && prev.ar && prev.norm.length >= 3 && !prev.norm.startsWith("ال") && !grammarOf(prev) && !sourceClass(prev) && !lexicon().cueWords.has(prev.norm);
}

/**
 * وأكد علي نصار أن …، وقال علي نصار، …: right after a reporting verb, علي and one plain word (no article,
 * no ة: not وأكد علي ضرورة أن, the preposition spelled loosely) closed by أن/إن or a comma is the subject's name.
 */
function subjectAfterVerb(text: string, toks: Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  const after = toks[k + 2];
  if (!isWord(prev) || !lexicon().cueWords.has(prev.norm) || next.norm.startsWith("ال") || next.norm.length < 3 || text.charCodeAt(next.e - 1) === TEH_MARBUTA) return false;
  return isPunct(after, COMMA) || (isWord(after) && !!arComp(after));
}

/**
 * (و)يدعى، (و)تدعى after the noun it names (or its comma), before a word that is no complementiser:
 * يدعى أن is "claims that", and so is a sentence that opens with it (ويدعى الوزير أن …).
 */
function calledAt(toks: Tok[], k: number): boolean {
  const n = toks[k].norm;
  if (n !== "يدعي" && n !== "تدعي" && n !== "ويدعي" && n !== "وتدعي") return false;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (isWord(prev) || isPunct(prev, COMMA)) && isWord(next) && next.ar && !arComp(next) && !grammarOf(next);
}

/** (و)إبان "during", (و)ابان not followed by أن: not أبان "made clear". */
function duringAt(text: string, toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (text.charCodeAt(t.e - 1) !== NOON || (t.norm !== "ابان" && t.norm !== "وابان")) return false;
  const alef = text.charCodeAt(t.norm === "ابان" ? t.s : t.s + 1);
  return alef !== ALEF_HAMZA_ABOVE && !(isWord(toks[k + 1]) && arComp(toks[k + 1]));
}

/** أبرز after من/بين, زاد/يزيد/تزيد before عن/على (last letters tested first). */
function homographAt(text: string, toks: Tok[], k: number): boolean {
  const t = toks[k];
  const last = text.charCodeAt(t.e - 1);
  // (ـرز، ـزاد/ـزيد as written: few words end so, and only those are normalised.)
  if (last === ZAY ? text.charCodeAt(t.e - 2) !== REH : text.charCodeAt(t.e - 3) !== ZAY) return false;
  if (last === ZAY) {
    const prev = toks[k - 1];
    return t.norm === "ابرز" && isWord(prev) && (prev.norm === "من" || prev.norm === "بين");
  }
  if (last !== DAL) return false;
  const n = t.norm;
  // (زاد على ذلك قائلاً "added to that" reports: the past form only before عن.)
  if (n === "زاد") return isWord(toks[k + 1]) && toks[k + 1].norm === "عن";
  if (n !== "يزيد" && n !== "تزيد") return false;
  // ألا يزيد عمر المتقدم عن 48 سنة: the subject may stand between.
  for (let j = k + 1; j <= k + 3 && isWord(toks[j]); j++) if (toks[j].norm === "عن" || toks[j].norm === "علي") return true;
  return false;
}
