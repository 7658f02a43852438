// From an Analysis to the compact ArticleSummary the report is computed from,
// and the key that makes one speaker of the same name in several articles.
import { lexicon } from "../lexicon";
import { normWord } from "../text/chars";
import type { Analysis, SpeakerKind, StatementKind } from "../types";
import type { ArticleSummary, Gender, SpeakerSummary, StatementRef } from "./types";

const KINDS: ReadonlySet<StatementKind> = new Set(["direct", "partial", "indirect"]);

// Punctuation around a word that is not part of the name: quotes, commas, brackets.
const EDGE = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** The article ال on a normalised Arabic word (المصدر → مصدر), kept when too little would be left. */
function dropArticle(w: string): string {
  return w.length > 3 && w.startsWith("ال") ? w.slice(2) : w;
}

/** The words of a name or a search query, normalised as the core matches words. */
export function nameWords(s: string): string[] {
  return s
    .split(/\s+/u)
    .map((w) => normWord(w.replace(EDGE, "")))
    .filter(Boolean);
}

/**
 * The matching key of a speaker across articles. A named speaker: its full name,
 * normalised word by word as the core matches words (hamza-seated alefs, ى, ة,
 * harakat and tatweel; Latin lower-cased). An anonymous source: its description,
 * also without the definite article (مصدر أمني = المصدر الأمني, "a senior
 * official" = "the senior official"), so sources described alike are grouped.
 */
export function speakerKey(name: string, kind: SpeakerKind): string {
  let words = nameWords(name);
  if (kind === "anonymous") {
    words = words.map(dropArticle);
    while (words.length > 1 && lexicon().en.descriptionDeterminers.has(words[0])) words = words.slice(1);
    return `anonymous:${words.join(" ")}`;
  }
  return `name:${words.join(" ")}`;
}

export function genderOf(g: unknown): Gender {
  return g === "female" || g === "male" ? g : null;
}

/** The compact summary of one analysis. `file` overrides Analysis.file (the server passes a URI). */
export function summarize(a: Analysis, file: string = a.file): ArticleSummary {
  const index = new Map<string, number>();
  const speakers: SpeakerSummary[] = [];
  const byId = new Map(a.speakers.map((s) => [s.id, s]));
  const statements: StatementRef[] = [];
  for (const st of a.statements) {
    if (!KINDS.has(st.kind)) continue;
    let speaker = -1;
    const sp = st.speaker == null ? undefined : byId.get(st.speaker);
    if (sp) {
      let i = index.get(sp.id);
      if (i === undefined) {
        i = speakers.length;
        index.set(sp.id, i);
        const first = sp.mentions.length ? sp.mentions.reduce((x, y) => (y.start < x.start ? y : x)) : st.content;
        const s: SpeakerSummary = {
          name: sp.name,
          kind: sp.kind,
          key: speakerKey(sp.name, sp.kind),
          gender: genderOf(sp.gender),
          reason: sp.anonymity.length > 0,
          start: first.start,
          end: first.end,
        };
        if (sp.title) s.title = sp.title;
        speakers.push(s);
      }
      speaker = i;
    }
    statements.push({ kind: st.kind, start: st.content.start, end: st.content.end, speaker });
  }
  statements.sort((x, y) => x.start - y.start);
  return { file, lang: a.lang, statements, speakers };
}
