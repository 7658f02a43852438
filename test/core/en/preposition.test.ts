// English prepositional cues (src/core/en/constructions/preposition.ts): According to X, … / …,
// according to X.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["…, according to X, and said …: the source ends before the second verb of the sentence's subject",
    "The family watched the videos on Monday, according to their lawyers, and said they had more questions than answers.",
    { statements: [{ cue: "according to", source: "their lawyers", starts: "The family" }] }],
  ["…and the second verb is the sentence's subject's, not the source's of the aside before it",
    "Tom Vale's relatives met the chief on Monday, according to attorneys for the family, and said they came away with no answers.",
    { someStatements: [{ cue: "said", speaker: "Tom Vale's relatives", starts: "they came" }] }],
  ["a cue set off by commas inside a clause: the source ends at its comma before an amount, the content is the sentence around",
    "Harbour Guard receives, according to one report, $34 million a year from the city. The plant employs, according to the union, 4,000 people.",
    { statements: [{ cue: "according to", source: "one report", starts: "Harbour Guard", ends: "from the city" }, { cue: "according to", source: "the union", ends: "4,000 people" }] }],
  ["…but an age after a name stays in the apposition", "The fund grew, according to Ana Ruiz, 24, a clerk at the bank.",
    { statements: [{ cue: "according to", source: "Ana Ruiz, 24, a clerk at the bank" }] }],
  ["citing + a reason, not a source: no statement", "The striker left the squad, citing a knee injury.", { statements: [] }],
  ["citing + a noun and a clause of its own, even with a name in it: no statement", "The central bank raised rates, citing evidence the US recovery was gaining pace.", { statements: [] }],
  ["citing + a study by someone", "Prices will rise, citing a study released by the Department of Energy.",
    { statements: [{ cue: "citing", source: "a study released by the Department of Energy", starts: "Prices" }] }],
  ["citing + a name's possession or a name as a modifier: no source", "He was upbeat, citing Ana Ruiz's record and his Ohio results.", { statements: [] }],
  ["citing + a name at the head of the phrase", "The agency said the talks failed, citing Reuters.",
    { statements: [{ cue: "said" }, { cue: "citing", source: "Reuters", starts: "The agency" }] }],
  ["citing + people who speak", "The bank cut its forecast, citing two economists at the ministry.",
    { statements: [{ cue: "citing", source: "two economists at the ministry", starts: "The bank" }] }],
  ["According to X, clause", "According to the health ministry, 40 people were injured.",
    { statements: [{ kind: "indirect", cue: "According to", source: "the health ministry", starts: "40 people", ends: "were injured" }] }],
  ["According to X who …, clause: the relative clause is the source's, the words follow its comma", "According to a source who asked not to be named, the deal is off. According to two people who attended the meeting, the vote was close.",
    { statements: [{ cue: "According to", source: "a source", speakerKind: "anonymous", starts: "the deal", ends: "is off" }, { cue: "According to", source: "two people", starts: "the vote", ends: "was close" }] }],
  ["clause, according to X, and another clause: the source stops at the comma before and", "The talks have stalled, according to officials, and the envoy has left.",
    { statements: [{ cue: "according to", source: "officials", speakerKind: "anonymous", starts: "The talks", ends: "have stalled" }] }],
  ["subject, according to X, predicate: the words are the clause around the cue", "The deal, according to people familiar with the matter, is off.",
    { statements: [{ cue: "according to", source: "people familiar with the matter", starts: "The deal", ends: "is off" }] }],
  ["clause, according to X", "At least 12 people died in the floods, according to local officials.",
    { statements: [{ kind: "indirect", cue: "according to", source: "local officials", speakerKind: "anonymous", starts: "At least 12", ends: "in the floods" }] }],
  ["according to a document", "The fund will run out of money by May, according to the Congressional Budget Office.",
    { statements: [{ cue: "according to", source: "the Congressional Budget Office", speakerKind: "organization", starts: "The fund", ends: "by May" }] }],
];

describe("English prepositions", () => table(rows));
