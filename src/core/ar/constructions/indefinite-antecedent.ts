// تقارير تحدثت عن …، شهود قالوا إن …: a verb right after an indefinite source noun (with its
// adjectives) is a clause describing that noun, which is its subject; the speaker is not carried
// from before. When that noun is itself a reporting verb's subject (كشفت مصادر تحدثت لـ(الشبكة) عن …)
// the clause is part of that verb's source phrase and reports nothing of its own.
import { Gr } from "../../lexicon";
import { cueAt, hasGrammar, sourceClass } from "../../lexicon/lookup";
import { isWord } from "../../text/paragraph";
import type { ArReading, Verdict } from "../reading";
import { nisbaShape } from "../words";

export function indefiniteAntecedent(r: ArReading): Verdict {
  if (r.sourceFrom >= 0 || r.m.clitic || r.entry.form === "participle") return undefined;
  const h = antecedentStart(r);
  if (h < 0) return undefined;
  if (h > 0 && cueAt(r.p, h - 1)) return null;
  // (نقلاً عن مصادر قالت إن …: the noun is a cue's source already, and the speaker it carries is that one.)
  if (h > 0 && isWord(r.toks[h - 1]) && r.toks[h - 1].norm === "عن") return undefined;
  [r.sourceFrom, r.sourceTo] = [h, r.m.from];
  return undefined;
}

/** Where the indefinite source noun and its adjectives right before the cue start; -1 when none. */
function antecedentStart(r: ArReading): number {
  const { toks, m } = r;
  let h = m.from;
  // (مصادر مطلعة، خبراء قانونيين، مصادر أمنية محلية: adjectives and nouns, no article on any.)
  while (h > 0 && m.from - h < 3 && indefiniteWord(r, h - 1)) h--;
  if (h === m.from) return -1;
  const c = sourceClass(toks[h]);
  return c && (c.cls === "anon" || c.cls === "group") ? h : -1;
}

function indefiniteWord(r: ArReading, k: number): boolean {
  const t = r.toks[k];
  if (!isWord(t) || t.norm.startsWith("ال") || t.norm.startsWith("لل") || hasGrammar(t, Gr.conj)) return false;
  const c = sourceClass(t);
  return c ? !c.definite && (c.cls === "descriptor" || c.cls === "informed" || c.cls === "anon" || c.cls === "group") : nisbaShape(t.norm);
}
