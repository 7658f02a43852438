// أما الوزير فقال إن …: the topic between أما and the verb's فـ is the subject.
import { lexicon } from "../../lexicon";
import { isWord, sentenceStartTok } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { inList } from "../../lexicon/lookup";

export function ammaFa(r: ArReading): Verdict {
  const { p, m, toks } = r;
  if (r.sourceFrom >= 0) return undefined;
  // (The فـ on the verb, أما الوزير فقال; or on قد before it, أما الوزير فقد أكد.)
  const fa = m.clitic && toks[m.from].norm.startsWith("ف") ? m.from : isWord(toks[m.from - 1]) && toks[m.from - 1].norm === "فقد" ? m.from - 1 : -1;
  if (fa < 0) return undefined;
  const s0 = sentenceStartTok(p, m.from);
  for (let j = fa - 1; j >= s0 && j >= fa - 7; j--) {
    if (isWord(toks[j]) && inList(toks[j], lexicon().ar.amma)) {
      if (fa - j >= 2) {
        r.sourceFrom = j + 1;
        r.sourceTo = fa;
      }
      break;
    }
  }
  return undefined;
}
