// No subject before the verb: "His aides say … but noted that …" — a second verb of the same
// subject speaks for it. Any other verb without a subject ("said Smith, …" with no quotation
// before it, a bare verb) reports nothing.
import { Fr } from "../../lexicon";
import { isPunct, isWord, sentenceStartTok } from "../../text/paragraph";
import { enOpening } from "../opening";
import type { EnReading, Verdict } from "../reading";
import { en } from "../words";
import { inList } from "../../lexicon/lookup";

export function secondVerb(r: EnReading): Verdict {
  if (r.source) return undefined;
  const { p, m, toks, entry: e } = r;
  const pw = toks[m.from - 1];
  if (!(isWord(pw) && inList(pw, en().coordinators) && toks[m.from].norm !== e.lemmaHead && !isPunct(toks[m.from - 2], ",") && m.from - 2 >= sentenceStartTok(p, m.from))) return null;
  const o = enOpening(p, m.to, r.sentEnd, e.frames.has(Fr.obj), false, e.frames.has(Fr.quote) || e.frames.has(Fr.colon));
  if (!o) return null;
  const st = r.statement(null, o);
  st.carry = "clause-subject";
  return st;
}
