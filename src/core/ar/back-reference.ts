// An Arabic paragraph that opens by pointing back at the quoted words before it: هكذا وصفت إحدى
// الساكنات …، بهذه الكلمات ختم النائب …، وردد المتظاهرون هذا الشعار. The quotation paragraph before
// is then the words of whoever this one names, not a follow-on of the last speaker's quotation
// (pipeline/document.ts): it stays nobody's rather than going to the wrong speaker.
import { Gr, lexicon } from "../lexicon";
import { normWord } from "../text/chars";
import { withoutConjunction } from "./words";

/** How many words into the paragraph a demonstrative object may stand (وردد المتظاهرون هذا الشعار: the third). */
const REACH = 4;
/** Characters of the paragraph read: enough for REACH words. */
const CHARS = 120;

/** text[s, e) opens with a back-reference (ar-words backReferences) or a demonstrative object near its start (ar-words demonstrativeObjects). */
export function refersBack(text: string, s: number, e: number): boolean {
  const words = text.slice(s, Math.min(e, s + CHARS)).split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0).slice(0, REACH + 1).map(normWord);
  if (!words.length) return false;
  const ar = lexicon().ar;
  if (ar.backReferences.has(withoutConjunction(words[0]))) return true;
  const g = lexicon().grammar;
  for (let k = 0; k < Math.min(REACH, words.length); k++) {
    if (!ar.demonstrativeObjects.has(withoutConjunction(words[k]))) continue;
    // (Not after a function word, إن هذه الخطوة، في هذا السياق; nor a time, هذا الأسبوع; nor هذا وقد …, a connective.)
    if (k > 0 && g.get(withoutConjunction(words[k - 1]))) continue;
    const next = words[k + 1];
    if (next && (next.startsWith("و") || g.get(next)?.has(Gr.time))) continue;
    // (Only words named as words, بهذه الكلمات، هذا الشعار, or next to a verb of saying them again, بهذا ختم،
    // وردد المتظاهرون هذا: بهذه المناسبة، هذه التصريحات are the story going on with its speaker.)
    // (And هذا ما قاله المزارع …: "this is what X said".)
    if ((next && (ar.wordsNouns.has(next) || ar.echoVerbs.has(next) || next === "ما")) || echoBefore(words, k)) return true;
  }
  return false;
}

/** A verb of saying again, chanting or describing (ar-words echoVerbs) among the words before the demonstrative at k. */
function echoBefore(words: string[], k: number): boolean {
  for (let j = 0; j < k; j++) if (lexicon().ar.echoVerbs.has(withoutConjunction(words[j]))) return true;
  return false;
}
