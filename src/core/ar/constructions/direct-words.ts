// The reported words right after the verb, with nothing between: وقال: "…" / وأضاف أن … /
// وأضاف "سنعود قريباً". Then no source is written after the verb (the subject is dropped,
// or stands before it). Not a short quoted name followed by the complementiser
// (وأوضحت "ذا تايمز" أن …), which is the source.
import { cueAt, sourceClass } from "../../lexicon/lookup";
import { isNameQuote } from "../../statements/name-quote";
import { COMMA, isOpen, isPunct, isWord, type Para } from "../../text/paragraph";
import type { Opening } from "../../statements/found";
import { arOpening } from "../opening";
import type { ArReading, Verdict } from "../reading";
import { arComp } from "../words";


export function directWords(r: ArReading): Verdict {
  r.direct = directOpening(r);
  return undefined;
}

/**
 * The reported words opening right after the cue. Not a short quoted name followed by
 * the complementiser (وأوضحت "ذا تايمز" أن …), which is the source, nor a name of three
 * words or fewer with adjuncts between (وذكرت "سي إن إن" في تقرير لها أن …).
 */
function directOpening(r: ArReading): Opening | null {
  const { p, toks, cueEnd, entry: e } = r;
  const direct = arOpening(p, cueEnd, e.frames, 0);
  if (direct && direct.tok === cueEnd && isOpen(toks[cueEnd]) && toks[cueEnd].quote >= 0) {
    const q = p.quotes[toks[cueEnd].quote];
    // (وأعلن «اتحاد لجان الأحياء»، أن …: a comma may stand between the name and أن.)
    const after = isPunct(toks[q.close + 1], COMMA) ? q.close + 2 : q.close + 1;
    if (q.close > cueEnd && q.close - cueEnd <= 5 && institutionName(p, q.open, q.close)) return null;
    if (q.close > cueEnd && q.close - cueEnd <= 5 && (arComp(toks[after]) || (q.close - cueEnd <= 4 && isWord(toks[q.close + 1]) && !cueAt(p, q.close + 1) && isNameQuote(p, q) && arOpening(p, q.close + 1, e.frames, 6)))) return null;
  }
  return direct;
}

/**
 * أعلنت «حركة أنصار الوادي» أمس، في بيان …؛ أعلن "مجلس الوادي الديمقراطي"، الواجهة …: a quotation (open at a,
 * close at b) of at most four words that opens with an institution's head noun (ar-sources org) in construct,
 * or with the article and only definite words after it («الفرقة الأولى الجبلية»), and does not end the
 * sentence, names the verb's subject whatever follows it (a comma, a time word, في بيان …).
 */
function institutionName(p: Para, a: number, b: number): boolean {
  const toks = p.toks;
  const head = toks[a + 1];
  const after = toks[b + 1];
  if (!isWord(head) || !head.ar || sourceClass(head)?.cls !== "org" || !(isWord(after) || isPunct(after, COMMA))) return false;
  const definite = head.norm.startsWith("ال");
  for (let k = a + 2; k < b; k++) {
    const t = toks[k];
    if (!isWord(t) || !t.ar || arComp(t) || cueAt(p, k)) return false;
    if (definite && !t.norm.startsWith("ال")) return false;
  }
  return true;
}
