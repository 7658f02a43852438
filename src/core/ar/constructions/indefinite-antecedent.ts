// تقارير تحدثت عن …، شهود قالوا إن …: a verb right after an indefinite source noun (with its
// adjectives) is a clause describing that noun, which is its subject; the speaker is not carried
// from before. When that noun is itself a reporting verb's subject (كشفت مصادر تحدثت لـ(الشبكة) عن …)
// the clause is part of that verb's source phrase and reports nothing of its own.
import { Gr, lexicon } from "../../lexicon";
import { cueAt, hasGrammar, inList, sourceClass } from "../../lexicon/lookup";
import { COMMA, isPunct, isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { nisbaShape } from "../words";

export function indefiniteAntecedent(r: ArReading): Verdict {
  if (r.sourceFrom >= 0 || r.m.clitic || r.entry.form === "participle") return undefined;
  const h = antecedentStart(r);
  if (h < 0) return undefined;
  // (After a comma the clause was read before as the cue's own, مسؤول كبير، تحدث شريطة …، إن …: left so.)
  if (h > 0 && cueAt(r.p, h - 1)) return isPunct(r.toks[r.m.from - 1], COMMA) ? undefined : null;
  // (نقلاً عن مصادر قالت إن …: the noun is a cue's source already, and the speaker it carries is that one.)
  [r.sourceFrom, r.sourceTo] = [h, r.m.from];
  return undefined;
}

/**
 * Where the indefinite source noun and its adjectives right before the cue start (a comma may stand
 * between: التقى الوزير مسؤولين أمريكيين، قالوا إن …); -1 when none. (Figures and studies too, دراسة حديثة،
 * كشفت أن …: parseArCue then takes them for no speaker, as after كشفت دراسة.)
 */
function antecedentStart(r: ArReading): number {
  const { toks, m } = r;
  const end = m.from > 0 && isPunct(toks[m.from - 1], COMMA) ? m.from - 1 : m.from;
  let h = end;
  // (مصادر مطلعة، خبراء قانونيين، مصادر أمنية محلية: adjectives and nouns, no article on any.)
  while (h > 0 && end - h < 3 && indefiniteWord(r, h - 1)) h--;
  if (h === end) return -1;
  const c = sourceClass(toks[h]);
  // After a comma only unnamed people or figures: not a noun under لـ/بـ, another noun's complement
  // (تقرير لخبراء عسكريين، تقول الصحيفة …), nor a group word that is also an adjective (بيان قوي، أشارت …).
  if (c && end < m.from && (underClitic(toks[h].norm) || c.cls === "group")) return -1;
  return c && (c.cls === "anon" || c.cls === "group" || c.cls === "data") ? h : -1;
}

function indefiniteWord(r: ArReading, k: number): boolean {
  const t = r.toks[k];
  if (!isWord(t) || t.norm.startsWith("ال") || t.norm.startsWith("لل") || hasGrammar(t, Gr.conj)) return false;
  const c = sourceClass(t);
  // (دراسة بريطانية حديثة: a common adjective too, ar-words plainAdjectives.)
  return c ? !c.definite && (c.cls === "descriptor" || c.cls === "informed" || c.cls === "anon" || c.cls === "group" || c.cls === "data") : nisbaShape(t.norm) || inList(t, lexicon().ar.plainAdjectives);
}

/** A source word written with the preposition لـ or بـ on it (لخبراء، بمصادر). */
function underClitic(n: string): boolean {
  return (n[0] === "ل" || n[0] === "ب") && !lexicon().sources.has(n);
}
