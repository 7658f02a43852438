// أما الوزير فقال إن …: the topic between أما and the verb's فـ is the subject.
import { lexicon } from "../../lexicon";
import { isWord, sentenceStartTok } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { inList } from "../../lexicon/lookup";

export function ammaFa(r: ArReading): Verdict {
  const { p, m, toks } = r;
  if (r.sourceFrom >= 0 || !m.clitic || !toks[m.from].norm.startsWith("ف")) return undefined;
  const s0 = sentenceStartTok(p, m.from);
  for (let j = m.from - 1; j >= s0 && j >= m.from - 7; j--) {
    if (isWord(toks[j]) && inList(toks[j], lexicon().ar.amma)) {
      if (m.from - j >= 2) {
        r.sourceFrom = j + 1;
        r.sourceTo = m.from;
      }
      break;
    }
  }
  return undefined;
}
