// A request (src/core/en/constructions/request.ts): "asked the committee to delay the vote".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["asked someone to do something: the request starts at to", "She asked the committee to delay the vote.",
    { statements: [{ cue: "asked", source: "She", starts: "to delay the vote" }] }],
];

describe("English requests", () => table(rows));
