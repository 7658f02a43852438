// An opening quotation mark that is never closed (or a closing one that never opened).
// Not a quotation that runs over a paragraph break with no mark at the new paragraph's start,
// closing at the end of a later one (وقال: «… ¶ … نتطلع إلى ذلك».): the marks balance across the
// paragraphs, and the review takes both findings back.
import type { DocumentContext, Rule } from "./rule";

export const unbalancedQuote: Rule<"unbalanced-quote"> = {
  id: "unbalanced-quote",
  scope: "paragraph",
  meta: {
    title: { en: "Unbalanced quotation mark", ar: "علامة تنصيص غير مغلقة" },
    message: {
      en: (a) =>
        a.stray
          ? `This ${a.mark} closes a quotation that never opened. Open the quotation where the quoted words begin, or remove the mark.`
          : `This ${a.mark} opens a quotation that is never closed. Close the quotation where the quoted words end, or remove the mark.`,
      ar: (a) =>
        a.stray
          ? `علامة التنصيص ${a.mark} تغلق اقتباساً لم يُفتح. افتح الاقتباس حيث يبدأ الكلام المقتبس، أو احذف العلامة.`
          : `علامة التنصيص ${a.mark} تفتح اقتباساً لا يُغلق. أغلق الاقتباس حيث ينتهي الكلام المقتبس، أو احذف العلامة.`,
    },
    explanation: {
      en: "AP, Reuters, the BBC and the New York Times mark quoted words exactly, every opening mark with its closing mark: a mark left unpaired leaves the reader unsure where the quoted words begin or end, and which words the speaker said.",
      ar: "تضبط أسوشيتد برس ورويترز وبي بي سي ونيويورك تايمز الكلام المقتبس بدقة، لكل علامة فتح علامة إغلاق: العلامة التي بلا نظير تترك القارئ لا يعرف أين يبدأ الكلام المقتبس أو ينتهي، وأي كلام قاله المتحدث.",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "error",
  },
  check({ para, quotes, report }) {
    for (const k of quotes.unclosed) report(para.toks[k].s, para.toks[k].e, { mark: para.toks[k].norm });
    for (const k of quotes.stray) report(para.toks[k].s, para.toks[k].e, { mark: para.toks[k].norm, stray: "yes" });
  },
  review: acrossParagraphs,
};

// The closing mark of each opening one: «…», "…", “…” (and an Arabic site's ”…”).
const CLOSER: Readonly<Record<string, string>> = { "«": "»", "\"": "\"", "“": "”", "”": "”" };
// The marks of each family: none may stand between the two (it would have paired with one of them).
const FAMILY: Readonly<Record<string, RegExp>> = { "«": /[«»]/, "\"": /"/, "“": /[“”]/, "”": /[“”]/ };
/** How many paragraphs a quotation may run over before its closing mark. */
const MAX_PARAGRAPHS = 3;
// Nothing but punctuation and spaces to the paragraph's end.
const ENDS_PARAGRAPH = /^[^\n\p{L}\p{N}]*(\n|$)/u;
// (A gap longer than that is not read.)
const MAX_GAP = 6000;

/**
 * An opening mark left open at its paragraph's end, and the next finding a closing mark of its
 * family ending a paragraph one to three paragraphs on (a stray », or a " the scan took for an
 * opener: … وغيرها ".), with no mark of the family between: one quotation over paragraph breaks.
 * Findings arrive in text order; the answer says for each whether it stays.
 */
function acrossParagraphs({ text, statements }: DocumentContext, found: readonly { s: number; e: number; args: Readonly<Record<string, string>> }[]): boolean[] {
  const keep = found.map(() => true);
  // The cues of statements with a written source, in text order: one in the gap or in the closing
  // paragraph means someone else speaks there (Smith said: "… ¶ On Tuesday, Jones said … reckless."):
  // two errors, not one quotation. (وأضاف with no subject is the same speaker going on; a speaker
  // cited with "as"/"like"/كما/مثلما, "as the minister said last week", speaks inside the words.)
  const cues = statements
    .map((st) => (st.source && st.cue && !st.cue.text.startsWith("كما") && !cited(text, Math.min(st.source.start, st.cue.start)) ? st.cue.start : -1))
    .filter((c) => c >= 0)
    .sort((x, y) => x - y);
  let c = 0;
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (a.args.stray || CLOSER[a.args.mark] !== b.args.mark || b.s - a.e > MAX_GAP) continue;
    while (c < cues.length && cues[c] < a.e) c++;
    if (c < cues.length && cues[c] < b.s) continue;
    const gap = text.slice(a.e, b.s);
    const breaks = gap.split("\n").filter((line, k) => k > 0 && line.trim()).length;
    if (!gap.includes("\n") || breaks < 1 || breaks > MAX_PARAGRAPHS || FAMILY[a.args.mark].test(gap)) continue;
    // The second mark ends its paragraph (nothing but punctuation after it).
    if (!ENDS_PARAGRAPH.test(text.slice(b.e, b.e + 20))) continue;
    keep[i] = keep[i + 1] = false;
    i++;
  }
  return keep;
}

/** Whether the word before offset `at` cites (as, like, كما، مثلما: "as the minister said"). */
function cited(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return /(?:^|[^\p{L}])(?:as|like|As|Like|و?كما|و?مثلما)\s+$/u.test(before);
}
