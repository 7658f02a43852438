// ألمانيا تحذر تركيا من …، فلان يطالب النادي بـ"…": a short subject opening the sentence before a verb
// with no و/ف and a noun-object frame (or one that takes whom it calls) is the subject, and the noun after the verb its object (without such a
// frame the subject-first search finds the rest).
import { Fr } from "../../lexicon";
import { cueAt, sourceClass } from "../../lexicon/lookup";
import { G_ANY } from "../../perf/hit-table";
import { isPunct, isWord, sentenceStartTok, type Para } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { describeMention } from "../../speakers/mention";

export function leadingSubject(r: ArReading): Verdict {
  const f = r.entry.frames;
  if (r.direct || r.kanaSubject || r.m.clitic || !(f.has(Fr.min) || f.has(Fr.noun) || f.has(Fr.bi) || f.has(Fr.obj))) return undefined;
  const subj = subjectAtStart(r.p, r.m.from);
  if (subj) [r.sourceFrom, r.sourceTo] = subj;
  return undefined;
}

/**
 * The words from the sentence start to token k, when they are 1–4 plain words, one of them a source
 * word; or, opening the paragraph (a headline: سامي حداد يتوعد البرلمان), a name of one to three words.
 */
function subjectAtStart(p: Para, k: number): [number, number] | null {
  const start = sentenceStartTok(p, k);
  const s = afterLabel(p, start, k);
  if (k - s < 1 || k - s > 4) return null;
  let named = false;
  let bare = true;
  for (let j = s; j < k; j++) {
    const t = p.toks[j];
    // (No grammar word, no clitic و/ف: وأخيراً، وقد، من جهته never stand there.)
    if (!isWord(t) || t.grammarBits & G_ANY || cueAt(p, j) || t.norm.startsWith("و") || t.norm.startsWith("ف")) return null;
    if (sourceClass(t)) named = true;
    if (!t.ar || t.norm.startsWith("ال") || t.norm.startsWith("ل") || t.norm.startsWith("ب")) bare = false;
  }
  if (!named && bare && start === 0 && k - s <= 3 && describeMention(p, s, k).kind === "person") return [s, k];
  return named ? [s, k] : null;
}

/**
 * A headline's topic label and colon before the subject (الضربات في الواحة: زعيم المعارضة يتهم …): the
 * sentence starts after the last colon before token k when no cue stands before it (وقال الوزير: … is
 * the minister's words); s when there is none.
 */
function afterLabel(p: Para, s: number, k: number): number {
  let c = k - 1;
  while (c > s && !isPunct(p.toks[c], ":")) c--;
  if (c <= s) return s;
  for (let j = s; j < c; j++) if (cueAt(p, j)) return s;
  return c + 1;
}
