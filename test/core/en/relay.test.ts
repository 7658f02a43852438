// Relayed speech with "quote" (src/core/en/constructions/relay.ts): the person quoted speaks, the
// paper or agency only relays.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["X was quoted as saying", "The mayor was quoted as saying the bridge would reopen in June.",
    { statements: [{ kind: "indirect", cue: "quoted", source: "The mayor", starts: "the bridge", ends: "in June" }] }],
  ["the paper quoted X as saying", "The Courier quoted the plant manager as saying the furnace had been shut.",
    { statements: [{ cue: "quoted", source: "the plant manager", starts: "the furnace" }] }],
  ["quoted by an agency as saying", "The minister was quoted by the state agency as saying exports had doubled.",
    { statements: [{ source: "The minister", starts: "exports had doubled" }] }],
  ["clause, X was quoted as saying", "Prices will stay high, an oil ministry official was quoted as saying on Sunday.",
    { statements: [{ source: "an oil ministry official", speakerKind: "anonymous", starts: "Prices will stay high", ends: "stay high" }] }],
  ["a quote, then the paper quotes X", "\"We will not sell at that price,\" the newspaper quotes a source close to the bank.",
    { statements: [{ kind: "direct", cue: "quotes", source: "a source close to the bank", speakerKind: "anonymous", quotes: ["We will not sell at that price"] }],
      noFindings: ["unattributed-quote"] }],
  ["quoted as saying with a quotation", "The coach was quoted as saying: \"We were simply beaten.\"",
    { statements: [{ kind: "direct", source: "The coach", quotes: ["We were simply beaten."] }], noFindings: ["unattributed-quote"] }],
  ["a quote, then the paper quoted X as saying", "\"We are nearly done,\" the paper quoted the site manager as saying.",
    { statements: [{ kind: "direct", cue: "quoted", source: "the site manager", quotes: ["We are nearly done"] }], noFindings: ["unattributed-quote"] }],
  ["a quote, then X was quoted as saying", "\"The dam will hold,\" the engineer was quoted as saying.",
    { statements: [{ kind: "direct", cue: "quoted", source: "the engineer", quotes: ["The dam will hold"] }], noFindings: ["unattributed-quote"] }],
  ["quoting a text is no statement", "He quoted the constitution at length.", { statements: [] }],
];

describe("English relayed quotes", () => table(rows));
