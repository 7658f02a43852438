// A reporting verb right after لم، لن، لا reports nothing: ولم يذكر المصدران كيف …، لا تقول أي شيء علناً،
// الطرق التي لا تذكرها الصحيفة. Said in the first person (لا أعتقد أن …، لا نستبعد أن …) it is the
// speaker's own claim, and is read as any other; so is a denial denied (ولم يستبعد أن …: ar-words denialCues).
import { lexicon } from "../../lexicon";
import { inList } from "../../lexicon/lookup";
import { isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";

const ALEF = 0x0627;
const ALEF_HAMZA = 0x0623;
const NUN = 0x0646;

export function negatedCue(r: ArReading): Verdict {
  const { m, toks } = r;
  const prev = toks[m.from - 1];
  // (عدم، وعدم in the list come before a verbal noun, not a verb.)
  if ((r.entry.form !== "verb" && r.entry.form !== "present") || !isWord(prev) || !inList(prev, lexicon().ar.negations) || prev.norm.endsWith("عدم")) return undefined;
  // (لم يستبعد أن، لا ينكر أن: a denial denied asserts.)
  if (lexicon().ar.denialCues.has(r.entry.lemmaHead)) return undefined;
  const c = r.p.text.charCodeAt(toks[m.from].s);
  return c === ALEF || c === ALEF_HAMZA || c === NUN ? undefined : null;
}
