// The words after the verb: Smith said (that) … / told Reuters that … / said: "…" / asked
// whether …; nothing opening there, no statement. Verbs with the frame `vclause` (confirm,
// estimate, announce, add, point out …) take a clause without "that" only when it has a verb of
// its own: "confirmed the merger would close", not "confirmed the appointment", "added 200 jobs";
// and not after data ("figures suggested the economy had slowed": data do not speak).
import { Fr } from "../../lexicon";
import { afterAddressee, enOpening, finiteClause } from "../opening";
import type { EnReading, Verdict } from "../reading";
import { inList } from "../../lexicon/lookup";
import { END, isPunct, isWord, sentenceStartTok } from "../../text/paragraph";
import { QUOTE } from "../../text/token";
import { en } from "../words";

export function reportedClause(r: EnReading): Verdict {
  const f = r.entry.frames;
  const vclause = f.has(Fr.vclause);
  // "warned investors the market could fall": past an addressee the verb may take.
  const k = f.has(Fr.addr) ? afterAddressee(r.p, r.m.to, r.sentEnd) : r.m.to;
  // (An opinion takes its "that" at once: "believes that …", not "believes in journalism that takes sides".)
  if (inList(r.toks[r.m.from], en().opinionCues) && (!(isWord(r.toks[k]) && r.toks[k].norm === "that") || opinionAsked(r))) return null;
  const o = enOpening(r.p, k, r.sentEnd, f.has(Fr.obj), f.has(Fr.clause) || vclause, f.has(Fr.quote) || f.has(Fr.colon), f.has(Fr.q));
  if (!o) return null;
  // ("a Law Commission report which described …": a bare clause opening with a relative pronoun right after a
  // cue in its base form after a noun's word is that noun's relative clause, the cue a noun too; not "he says
  // which …", "revealed which nominees …", nor after who was told, "tells voters who wonder …".)
  if (o.bare && o.tok === r.m.to && inList(r.toks[o.tok], en().relativePronouns) && nounBefore(r)) return null;
  if (o.bare && vclause && !f.has(Fr.clause) && (!finiteClause(r.p, o.tok, r.sentEnd) || dataSubject(r))) return null;
  if (o.bare && writtenWork(r, o.tok) && !finiteClause(r.p, o.tok, r.sentEnd)) return null;
  return r.statement(r.source, o);
}

/** The cue is one word in its base form (report, not reported) after an article or a capitalised word that opens no sentence. */
function nounBefore(r: EnReading): boolean {
  const { toks, m, entry } = r;
  const prev = toks[m.from - 1];
  if (m.to !== m.from + 1 || toks[m.from].norm !== entry.lemma || !isWord(prev)) return false;
  return inList(prev, en().articles) || (prev.cap && m.from - 1 > sentenceStartTok(r.p, m.from));
}

/** Words a written work's noun phrase may take before its noun (a $500,000 check, his new book). */
const WORK_WORDS = 6;

/**
 * "wrote the memo in 2011", "wrote a $500,000 check": whether the cue is a verb of writing (en-words
 * writingVerbs) and the object opening at token k a work or a cheque written (writtenWorks): a
 * determiner or possessive, then its noun within a few words; with no verb of its own after it
 * (finiteClause), nothing is reported.
 */
function writtenWork(r: EnReading, k: number): boolean {
  const toks = r.toks;
  let writing = false;
  for (let j = r.m.from; j < r.m.to; j++) writing ||= inList(toks[j], en().writingVerbs);
  if (!writing || !isWord(toks[k]) || !(inList(toks[k], en().determiners) || inList(toks[k], en().possessives))) return false;
  // (Words quoted after it are the writer's: "wrote a letter … asking the board to end the "fiasco"".)
  for (let j = k; j < r.sentEnd; j++) if (toks[j].kind === QUOTE) return false;
  for (let j = k + 1; j < r.sentEnd && j <= k + WORK_WORDS; j++) {
    const t = toks[j];
    if (isPunct(t, ",;:") || isPunct(t, END)) return false;
    if (!isWord(t)) continue;
    // (op-ed: the words either side of a hyphen.)
    const compound = isPunct(toks[j - 1], "-") && isWord(toks[j - 2]) ? `${toks[j - 2].norm}-${t.norm}` : "";
    if (inList(t, en().writtenWorks) || (compound && en().writtenWorks.has(compound))) return true;
    if (inList(t, en().stop) || inList(t, en().finite)) return false;
  }
  return false;
}

/**
 * "Investors who believe that rates will rise sold bonds", "Whether he thinks that it works is unclear":
 * an opinion in a relative clause describes its subject, and one after whether/if is a question; neither
 * is stated.
 */
function opinionAsked(r: EnReading): boolean {
  const before = r.toks[r.m.from - 1];
  const open = r.source ? r.toks[r.source[0] - 1] : undefined;
  return (isWord(before) && inList(before, en().relativePronouns)) || (isWord(before) && before.norm === "that") || (isWord(open) && inList(open, en().yesNoOpeners));
}

/** "Recent figures suggested the economy had slowed": data do not speak (en-words.tsv dataSubjects). */
function dataSubject(r: EnReading): boolean {
  const src = r.source;
  return !!src && src[1] > src[0] && inList(r.toks[src[1] - 1], en().dataSubjects);
}
