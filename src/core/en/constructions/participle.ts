// Participle: "…, saying …": the clause's subject speaks. (PolNeAR-style attribution counts
// "…, adding that …" as part of the main statement, but "…, saying …" reports one of its own.)
import { Fr } from "../../lexicon";
import { isPunct, isWord } from "../../text/paragraph";
import { enOpening } from "../opening";
import type { EnReading, Verdict } from "../reading";
import { en } from "../words";

export function participle(r: EnReading): Verdict {
  const { p, m, toks, entry: e } = r;
  if (!toks[m.from].norm.endsWith("ing")) return undefined;
  if (e.lemma !== "say") return null;
  if (!isPunct(toks[m.from - 1], ",") && !(isWord(toks[m.from - 1]) && en().ingLead.has(toks[m.from - 1].norm))) return null;
  const o = enOpening(p, m.to, r.sentEnd, e.frames.has(Fr.obj));
  if (!o) return null;
  const st = r.statement(null, o);
  st.carry = "clause-subject";
  return st;
}
