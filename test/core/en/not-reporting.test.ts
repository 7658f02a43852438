// English cue words that report nothing here (src/core/en/constructions/not-reporting.ts): said as an
// adjective, did not respond.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const empty = (): Row[2] => ({ statements: [], noFindings: ["unattributed-quote", "unbalanced-quote"] });

const notCues: Row[] = [
  ["said as an adjective", "The said property was sold in 2019.", { statements: [] }],
];

const eventsThatAreNotSpeech: Row[] = [
  ["English did not respond", "The embassy did not respond to a request for comment.", empty()],
];

describe("English words that are not reporting", () => {
  describe("not cues", () => table(notCues));
  describe("events that are not speech", () => table(eventsThatAreNotSpeech));
});
