// علي the name and على the preposition share a look-up key (ى is read as ي: loose spelling writes
// على as علي). Written علي, the word is the name where the words around it say so:
//   علي عبد الله، علي بن، علي أبو …        a name particle after it
//   محمد علي الحوثي، علي الزبيدي            a family name after it (the article, ending in ي)
//   الدكتور علي لطفي، المرشد الإيراني علي خامنئي   a title (or a definite nisba) before it, a plain word after it
//   بن علي يلدريم                           a name particle before it
// It then gets a key of its own (Tok.asName), so no list of function words takes it for على.
import { lexicon } from "../lexicon";
import { grammarOf, sourceClass } from "../lexicon/lookup";
import { isWord } from "../text/paragraph";
import type { Tok } from "../text/token";

/** The look-up key of the name علي: no list holds it. */
export const ALI_NAME = "علي#name";

const AIN = 0x0639;
const LAM = 0x0644;
const YA = 0x064a;

/** Gives every علي that is a name its own key (a paragraph's tokens, before any rule reads them). */
export function markAliNames(text: string, toks: Tok[]): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // (Three letters, written ع ل ي: one compare rules out nearly every word.)
    if (t.e - t.s !== 3 || text.charCodeAt(t.s) !== AIN || text.charCodeAt(t.s + 1) !== LAM || text.charCodeAt(t.s + 2) !== YA) continue;
    if (aliIsName(text, toks, k)) t.asName(ALI_NAME);
  }
}

function aliIsName(text: string, toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (!isWord(next) || !next.ar || grammarOf(next) || sourceClass(next)) return false;
  const particles = lexicon().ar.nameParticles;
  const n = next.norm;
  if (particles.has(n) || n.startsWith("عبد")) return true;
  if (n.startsWith("ال")) return n.length >= 5 && text.charCodeAt(next.e - 1) === YA;
  const prev = toks[k - 1];
  if (!isWord(prev)) return false;
  if (particles.has(prev.norm)) return true;
  return sourceClass(prev)?.cls === "title" || (prev.norm.startsWith("ال") && text.charCodeAt(prev.e - 1) === YA);
}
