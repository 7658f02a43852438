// English statements around a reporting verb or "according to". The constructions below
// are tried in order on one reading of the cue (reading.ts); each either settles the
// statement (returns it, or null: no statement here) or adds what it found and passes on.
// A construction is one file in constructions/, with its tests in test/core/en/.
//
//   "…," she said. / "…," said Smith, a spokesman. / "…," he said, "…"
//   Smith said (that) … / Smith, a spokesman, said: "…" / he told Reuters …
//   According to X, … / …, according to X.   / …, saying … (participle)
//   …, said a US-based insurance expert. (inverted, no quotation)
//   X was quoted as saying … / the paper quoted X as saying … (relay)
//   … who have been accused by unions of … (passive accusation: the agent accuses)
import type { CueMatch } from "../lexicon/lookup";
import type { FoundStatement } from "../statements/found";
import type { Para } from "../text/paragraph";
import { accusation } from "./constructions/accusation";
import { clauseAround } from "./constructions/clause-around";
import { colonEnding } from "./constructions/colon-ending";
import { objectQuote } from "./constructions/object-quote";
import { inverted } from "./constructions/inverted";
import { notReporting } from "./constructions/not-reporting";
import { opinion } from "./constructions/opinion";
import { passiveAccusation } from "./constructions/passive-accusation";
import { passiveQuestion } from "./constructions/passive-question";
import { participle } from "./constructions/participle";
import { preposition } from "./constructions/preposition";
import { quoteFirst } from "./constructions/quote-first";
import { relay } from "./constructions/relay";
import { reportedClause } from "./constructions/reported-clause";
import { request } from "./constructions/request";
import { secondVerb } from "./constructions/second-verb";
import { subject } from "./constructions/subject";
import { unsaid } from "./constructions/unsaid";
import { EnReading, type Construction } from "./reading";

/** The constructions, in the order they are tried; the last one always settles. */
export const CONSTRUCTIONS: readonly Construction[] = [
  preposition, // According to X, … / …, according to X.
  relay, // X was quoted as saying … / the paper quoted X as saying … / "…," the paper quotes X.
  opinion, // voiced their concern that … / repeated his view that …
  objectQuote, // described the plan as "a betrayal", called it "a betrayal", urged them to "act"
  passiveAccusation, // was accused by unions of paying themselves too much
  notReporting, // asked to leave, said to be, the report (no statement)
  participle, // …, saying …
  passiveQuestion, // X was asked how … (no speaker written)
  subject, // (finds the subject: Smith said / "…," said Smith)
  unsaid, // She will testify that … / nor would the spokesman say … (no statement)
  quoteFirst, // "…," she said.
  inverted, // …, said a US-based insurance expert. (no quotation)
  secondVerb, // His aides say … but noted that … (no subject: otherwise no statement)
  clauseAround, // …, sources said.
  accusation, // accused the government of hiding …
  request, // asked the crowd to …
  colonEnding, // Smith said in a statement: (the paragraph ends; the next one is what was said)
  reportedClause, // Smith said (that) …
];

export function parseEnCue(p: Para, m: CueMatch): FoundStatement | null {
  const r = new EnReading(p, m);
  for (const c of CONSTRUCTIONS) {
    const v = c(r);
    if (v !== undefined) return v;
  }
  return null;
}
