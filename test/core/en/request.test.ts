// A request (src/core/en/constructions/request.ts): "asked the committee to delay the vote".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["asked someone to do something: the request starts at to", "She asked the committee to delay the vote.",
    { statements: [{ cue: "asked", source: "She", starts: "to delay the vote" }] }],
  ["…with an apposition on the addressee between commas", "The mayor's office has asked the channel's Lena Holt, the host of this year's first debate, to check the facts.",
    { statements: [{ cue: "asked", source: "The mayor's office", starts: "to check the facts" }] }],
  ["…but not a comma before a new clause", "The mayor asked Lena Holt, the host, about the debate, to everyone's surprise.",
    { statements: [] }],
];

describe("English requests", () => table(rows));
