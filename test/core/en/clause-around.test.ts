// The clause around the cue (src/core/en/constructions/clause-around.ts): "…, sources said." / "The strike, union leaders said, would last …".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["a cue inside its clause: the whole sentence is the content", "The strike, union leaders said, would last a week.",
    { statements: [{ cue: "said", source: "union leaders", starts: "The strike", ends: "a week" }] }],
  ["a possessive and someone who speaks for the possessor", "The singer was resting at home, her agent said.",
    { statements: [{ kind: "indirect", cue: "said", source: "her agent", starts: "The singer", ends: "at home" }] }],
  ["a possessive and a thing is no source", "In its first annual report since the merger, the bank said costs fell.",
    { statements: [{ cue: "said", source: "the bank", starts: "costs fell" }] }],
  ["an opening phrase before the subject is no content when a quotation follows the colon", "In a statement, the ministry said: \"The border stays open.\"",
    { statements: [{ kind: "direct", cue: "said", source: "the ministry", quotes: ["The border stays open."] }] }],
  ["…nor when a comma and a quotation follow the cue", "When asked about the fares at a meeting in May, Rosa Quill said, \"We are looking at it. Nothing is settled.\"",
    { statements: [{ kind: "direct", cue: "said", source: "Rosa Quill", quotes: ["We are looking at it. Nothing is settled."] }] }],
  ["…but before a colon and a list the clause before is what they said", "Three things make a quick deal unlikely, negotiators said: the deadline, the cost and the vote.",
    { statements: [{ kind: "indirect", cue: "said", source: "negotiators", starts: "Three things" }] }],
];

describe("English clauses around the cue", () => table(rows));
