// The story's first statement is anonymous, and it stands in the story's opening (the headline and
// the first four paragraphs under it): a first statement six paragraphs down opens nothing.
import { isSpace } from "../text/chars";
import type { Rule } from "./rule";
import { isolate } from "./isolate";

/** How many paragraphs (lines of a few words or more) the story's opening holds: headline, lead and three more. */
const OPENING_PARAGRAPHS = 5;

/** How many statements, in order of their words, may hold the story's first cue. */
const LEAD_WINDOW = 8;

export const anonymousLead: Rule<"anonymous-lead"> = {
  id: "anonymous-lead",
  scope: "document",
  meta: {
    title: { en: "Story opens with an anonymous source", ar: "الخبر يبدأ بمصدر مجهول" },
    message: {
      en: (a) => `The story opens with a statement from an anonymous source (${isolate(a.who)}). Lead with what is on the record, or name the source.`,
      ar: (a) => `يبدأ الخبر بتصريح منسوب إلى مصدر مجهول (${isolate(a.who)}). ابدأ بما هو منسوب علناً، أو سمِّ المصدر.`,
    },
    explanation: {
      en: "AP, Reuters, the BBC and the New York Times advise against opening a story with an anonymous source: lead with what is on the record where possible, and bring in anonymous material once the story has said why it is needed. (The source's own finding, on its name, says whether a reason is given; this one marks the opening.)",
      ar: "تنصح أسوشيتد برس ورويترز وبي بي سي ونيويورك تايمز بعدم افتتاح الخبر بتصريح مصدر مجهول: ابدأ بما هو منسوب علناً ما أمكن، وأدخل كلام المصدر المجهول بعد أن يذكر الخبر سبب الحاجة إليه. (ملاحظة المصدر نفسه، على اسمه، تقول هل ذُكر سبب؛ وهذه تشير إلى الافتتاح.)",
    },
    standards: ["AP", "Reuters", "BBC", "NYT"],
    defaultSeverity: "information",
  },
  check({ text, statements, statementSpeakers, report }) {
    // Statements are in order of their words, and a clause before بحسب/according to reaches back
    // over the cue that opens the story: the lead is the earliest cue among the first few.
    // (A statement with no cue opens where its words do.)
    const opens = (i: number) => statements[i].cue?.start ?? statements[i].content.start;
    let at = 0;
    for (let i = 1; i < statements.length && i < LEAD_WINDOW; i++) if (opens(i) < opens(at)) at = i;
    const first = statements[at];
    const sp = statementSpeakers[at];
    // (A headline's label, «مصادر: "…"», has no cue: the finding goes on its words; the source's range
    // is anonymous-source's.)
    const mark = first?.cue ?? first?.content;
    if (mark && sp && sp.kind === "anonymous" && inOpening(text, mark.start)) report(mark.start, mark.end, { who: sp.name });
  },
};

/** Fewer words than this make a line furniture, no paragraph of the story (By Ana Ruiz, June 3, 2024, Photo: AFP). */
const PARAGRAPH_WORDS = 4;

/** Whether offset `at` stands in one of the text's first OPENING_PARAGRAPHS lines of PARAGRAPH_WORDS words or more. */
function inOpening(text: string, at: number): boolean {
  let before = 0;
  for (let from = 0; from < at; ) {
    const nl = text.indexOf("\n", from);
    if (nl < 0 || nl >= at) break;
    if (wordsIn(text, from, nl) >= PARAGRAPH_WORDS) before++;
    if (before >= OPENING_PARAGRAPHS) return false;
    from = nl + 1;
  }
  return true;
}

/** How many words (runs of non-space characters) text[s, e) holds, counted up to PARAGRAPH_WORDS. */
function wordsIn(text: string, s: number, e: number): number {
  let n = 0;
  let inWord = false;
  for (let i = s; i < e && n < PARAGRAPH_WORDS; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
