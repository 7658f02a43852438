// Where the reported words open: right after the cue (see verb-first.ts), or after the
// source and any adjuncts (لرويترز، في بيان، أمس، a parenthetical anonymity phrase).
import { Fr, lexicon, type Frames } from "../../lexicon";
import { isOpen, isWord } from "../../text/paragraph";
import { arOpening, mannerEnd } from "../opening";
import type { ArReading, Verdict } from "../reading";
import { inList } from "../../lexicon/lookup";

/** The verb's frames let it open a clause, a colon, a quotation or a question (not only a noun object). */
function opensClause(f: Frames): boolean {
  return f.has(Fr.an) || f.has(Fr.colon) || f.has(Fr.quote) || f.has(Fr.q) || f.has(Fr.ila) || f.has(Fr.min);
}

export function reportedWords(r: ArReading): Verdict {
  // (A verb whose only frame is a noun object — حمّل … مسؤولية — opens no clause.)
  r.opening = r.direct ?? (opensClause(r.entry.frames) ? arOpening(r.p, r.after, r.entry.frames, 24) : null);
  // With no subject written, a quotation right after a preposition is what the preposition governs
  // (يدعو إلى وحدة الصف في «أول تسجيل صوتي له»), not the words; but not after the prepositions a
  // reporting verb itself governs (دعا إلى "…"، حذر من "…"، حث على "…").
  const o = r.opening;
  // علق الوزير بالقول إن …: the manner phrase the words followed belongs to this cue, not a cue of its own.
  if (o && !r.direct && o.tok > r.after) {
    const m = mannerEnd(r.p, r.after, o.tok);
    if (m > 0) r.claimedTo = m;
  }
  const prev = o ? r.toks[o.tok - 1] : undefined;
  if (o && r.sourceFrom < 0 && !r.direct && isOpen(r.toks[o.tok]) && o.tok > r.after && isWord(prev)) {
    if (inList(prev, lexicon().ar.freePrepositions) && !inList(prev, lexicon().ar.cuePrepositions)) r.opening = null;
  }
  return undefined;
}
