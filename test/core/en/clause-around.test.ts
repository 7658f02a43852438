// The clause around the cue (src/core/en/constructions/clause-around.ts): "…, sources said." / "The strike, union leaders said, would last …".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["a cue inside its clause: the whole sentence is the content", "The strike, union leaders said, would last a week.",
    { statements: [{ cue: "said", source: "union leaders", starts: "The strike", ends: "a week" }] }],
  ["an opening phrase, the subject, said, then there/this and an auxiliary: the words after the cue, not the phrase before", "Despite the late rally, brokers said there are signs of strain. As talks ended, most growers noted this had been expected.",
    { statements: [{ cue: "said", source: "brokers", starts: "there are", ends: "of strain" }, { cue: "noted", source: "most growers", starts: "this had" }] }],
  ["a possessive and someone who speaks for the possessor", "The singer was resting at home, her agent said.",
    { statements: [{ kind: "indirect", cue: "said", source: "her agent", starts: "The singer", ends: "at home" }] }],
  ["told and an addressee that is a source noun, then where: the clause before is what was told", "Farmers will rely on the credits this year, Ralph Tolan told delegates at the annual convention. Sales will rise, the firm told analysts.",
    { statements: [{ cue: "told", source: "Ralph Tolan", starts: "Farmers will", ends: "this year" }, { cue: "told", source: "the firm", starts: "Sales will", ends: "rise" }] }],
  ["a possessive and a thing is no source", "In its first annual report since the merger, the bank said costs fell.",
    { statements: [{ cue: "said", source: "the bank", starts: "costs fell" }] }],
  ["an opening phrase before the subject is no content when a quotation follows the colon", "In a statement, the ministry said: \"The border stays open.\"",
    { statements: [{ kind: "direct", cue: "said", source: "the ministry", quotes: ["The border stays open."] }] }],
  ["…nor when a comma and a quotation follow the cue", "When asked about the fares at a meeting in May, Rosa Quill said, \"We are looking at it. Nothing is settled.\"",
    { statements: [{ kind: "direct", cue: "said", source: "Rosa Quill", quotes: ["We are looking at it. Nothing is settled."] }] }],
  ["…but before a colon and a list the clause before is what they said", "Three things make a quick deal unlikely, negotiators said: the deadline, the cost and the vote.",
    { statements: [{ kind: "indirect", cue: "said", source: "negotiators", starts: "Three things" }] }],
  ["a demonstrative and a source noun: the subject, the sources named before", "The talks ran late, according to people at the table.\n\nThe chair left early, those people said.",
    { statements: [{ cue: "according to", source: "people at the table" }, { cue: "said", source: "those people", speaker: "people at the table", starts: "The chair", ends: "left early" }] }],
  ["…and before the verb of a clause that follows", "These officials said the fleet would sail in May.",
    { statements: [{ cue: "said", source: "These officials", speakerKind: "anonymous", starts: "the fleet" }] }],
  ["a statement inside the clause ends before the later one's source", "One grower complained that the rains came late, the people said.",
    { statements: [{ cue: "complained", source: "One grower", starts: "the rains", ends: "came late" }, { cue: "said", source: "the people", starts: "One grower", ends: "came late" }] }],
  ["…and one found before it, inside a relative clause, ends before the later one's source too", "Her cousins, who asked the police to show them the tape, watched it on Friday, lawyers for the family said.",
    // (The relative clause is on the sentence's subject: its words end before the subject's own verb, "watched".)
    { someStatements: [{ cue: "said", source: "lawyers for the family", starts: "Her cousins" }, { cue: "asked", ends: "show them the tape" }] }],
  ["…and before \"according to\" closing the sentence", "The pilot told investigators he saw no warning light, according to the report.",
    { statements: [{ cue: "told", source: "The pilot", starts: "he saw", ends: "warning light" }, { cue: "according to", source: "the report" }] }],
  ["…but not before a cue inside its clause", "Mara Lind said the loss was expected, no worse, she said, than last year's.",
    { someStatements: [{ cue: "said", source: "Mara Lind", starts: "the loss", ends: "last year's" }] }],
];

describe("English clauses around the cue", () => table(rows));
