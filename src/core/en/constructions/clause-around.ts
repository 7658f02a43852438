// The clause around the cue: "…, sources said." / "Climate change, Mr. Obama often says, is …"
// — the content is the clause before the subject (or the whole sentence around the cue).
import { Fr } from "../../lexicon";
import { clauseBefore } from "../opening";
import type { EnReading, Verdict } from "../reading";
import { inList } from "../../lexicon/lookup";
import { isPunct } from "../../text/paragraph";
import { en } from "../words";

export function clauseAround(r: EnReading): Verdict {
  const { p, m, toks } = r;
  const src = r.source!;
  // (A verb that reports only a quotation or a colon after it — "as he put it, "…"" — has no clause around it.)
  const f = r.entry.frames;
  if (!f.has(Fr.that) && !f.has(Fr.clause) && !f.has(Fr.inv) && !f.has(Fr.vclause)) return undefined;
  // (An opinion around its clause closes there: "…, he believes."; not "…, Ramos believes in journalism".)
  if (inList(toks[m.from], en().opinionCues) && m.to < r.sentEnd && !isPunct(toks[m.to], ",.!?;")) return undefined;
  // ("Halcyon, which said it spent …": a relative pronoun as the subject opens a clause on the words before, no words of its.)
  if (src[1] === src[0] + 1 && toks[src[0]].norm === "which" && isPunct(toks[src[0] - 1], ",")) return undefined;
  const before = clauseBefore(p, src[0], m.to, r.sentEnd, r.entry.frames.has(Fr.obj));
  if (!before) return undefined;
  const st = r.statement(src, { tok: before[0], start: toks[before[0]].s });
  st.contentEnd = toks[before[1] - 1].e;
  if (before[2]) st.lastTok = before[1] - 1;
  // A cue inside its clause: the whole sentence is the content, quotations included.
  st.contentFixed = !before[2];
  st.clauseBefore = true;
  st.firstTok = before[0];
  return st;
}
