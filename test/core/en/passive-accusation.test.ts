// A passive accusation with its agent (src/core/en/constructions/passive-accusation.ts): "was accused by unions of …".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["accused by an agent of a charge: the agent accuses, the words open after of", "The fund paid the four owners, who have been accused by unions of awarding themselves huge bonuses.",
    { statements: [{ kind: "indirect", cue: "accused", source: "unions", starts: "awarding themselves", ends: "huge bonuses" }] }],
  ["…an adverb before the cue, an agent of several words", "The minister was openly accused by the opposition party of misleading parliament.",
    { statements: [{ cue: "accused", source: "the opposition party", starts: "misleading parliament" }] }],
  ["blamed by an agent for something", "The board was blamed by critics for the delays at the plant.",
    { statements: [{ cue: "blamed", source: "critics", starts: "the delays" }] }],
  ["a passive without an agent reports nothing", "The mayor was accused of fraud last year.", { statements: [] }],
  ["…nor an agent with no charge after it", "The mayor was accused by rivals last year.", { statements: [] }],
];

describe("English passive accusations", () => table(rows));
