// What is under the cursor: the smallest span (cue, source, mention,
// anonymity phrase, quote or statement content) that contains the offset.
import type { Span, Speaker, Statement } from "../core/types";
import type { Entry } from "./analysisStore";
import { contains } from "./convert";

export type Part = "content" | "quote" | "cue" | "source" | "mention" | "anonymity";

export interface Hit {
  part: Part;
  span: Span;
  statement?: Statement;
  speaker?: Speaker;
}

export function hitAt(entry: Entry, offset: number): Hit | null {
  let best: Hit | null = null;
  const consider = (span: Span | null | undefined, hit: Omit<Hit, "span">) => {
    if (!span || !contains(span, offset)) return;
    const len = span.end - span.start;
    // Smaller wins; on a tie a statement part beats a bare mention, as it says more.
    if (!best || len < best.span.end - best.span.start || (len === best.span.end - best.span.start && !best.statement && hit.statement)) {
      best = { ...hit, span };
    }
  };
  const { analysis, speakers } = entry;
  for (const st of analysis.statements) {
    const speaker = st.speaker != null ? speakers.get(st.speaker) : undefined;
    consider(st.content, { part: "content", statement: st, speaker });
    for (const q of st.quotes) consider(q, { part: "quote", statement: st, speaker });
    consider(st.cue, { part: "cue", statement: st, speaker });
    consider(st.source, { part: "source", statement: st, speaker });
  }
  for (const sp of analysis.speakers) {
    for (const m of sp.mentions) consider(m, { part: "mention", speaker: sp });
    for (const a of sp.anonymity) consider(a, { part: "anonymity", speaker: sp });
  }
  for (const a of analysis.anonymity) consider(a, { part: "anonymity" });
  return best;
}

/** The speaker a hit is about, if any. */
export function speakerOf(entry: Entry, hit: Hit | null): Speaker | undefined {
  if (!hit) return undefined;
  if (hit.speaker) return hit.speaker;
  if (hit.part === "anonymity") {
    return entry.analysis.speakers.find((s) => s.anonymity.some((a) => a.start === hit.span.start && a.end === hit.span.end));
  }
  return undefined;
}
