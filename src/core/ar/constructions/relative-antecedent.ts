// فلان، والذي اتهم الهاجري بـ …: with no pronoun on the verb, the relative pronoun's antecedent
// is its subject (and the noun after an accusation verb is its object, not its subject).
import { Fr, lexicon } from "../../lexicon";
import { isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { relativeAntecedent } from "../subject";

export function relativeAntecedentSubject(r: ArReading): Verdict {
  // (With the object a pronoun on the verb, the antecedent is that object: الذي تتهمه بريطانيا.)
  if (r.entry.objPron || !relativeAgrees(r)) return undefined;
  const rel = relativeAntecedent(r.p, r.m.from);
  if (!rel) return undefined;
  const { toks, sourceFrom: a, sourceTo: b } = r;
  let biObject = false;
  if (a >= 0 && r.entry.frames.has(Fr.bi)) for (let j = a + 1; j <= b && j - a <= 3; j++) if (isWord(toks[j]) && toks[j].norm.startsWith("ب") && toks[j].norm.length > 3) biObject = true;
  if (a < 0 || biObject) [r.sourceFrom, r.sourceTo] = rel;
  return undefined;
}

/**
 * Whether the relative pronoun before the cue can be the verb's subject: الذي with a masculine
 * singular verb, التي with a feminine singular one, الذين/اللذان/اللواتي with a plural or a dual
 * (الأشخاص الذين تحدثت عنهم المنظمة: the organization speaks, not the people).
 */
function relativeAgrees(r: ArReading): boolean {
  const t = r.toks[r.m.from - 1];
  if (!isWord(t)) return true;
  const ar = lexicon().ar;
  if (ar.relativeMasculine.has(t.norm)) return r.entry.agree !== 2;
  if (ar.relativeFeminine.has(t.norm)) return r.entry.agree !== 1;
  return r.entry.agree === 0;
}
