// English wire-copy attribution: "…," she said / said Smith / Smith said that /
// according to / told Reuters / added / denied / asked.
import { describe } from "vitest";
import { type Row, table } from "./expect";

const direct: Row[] = [
  ["\"…,\" she said", "\"We are ready to talk,\" she said.",
    { statements: [{ kind: "direct", cue: "said", source: "she", quotes: ["We are ready to talk"] }] }],
  ["\"…,\" said Name, title", "\"The plan is dead,\" said Maria Lopez, the party's spokeswoman.",
    { statements: [{ kind: "direct", cue: "said", source: "Maria Lopez, the party's spokeswoman", quotes: ["The plan is dead"] }],
      speakers: [{ name: "Maria Lopez", kind: "person" }] }],
  ["\"…,\" Name told reporters", "\"We will not back down,\" Johnson told reporters.",
    { statements: [{ kind: "direct", cue: "told", source: "Johnson", quotes: ["We will not back down"] }] }],
  ["\"…,\" one witness said", "\"It was terrifying,\" one witness said.",
    { statements: [{ kind: "direct", cue: "said", source: "one witness", speakerKind: "anonymous", quotes: ["It was terrifying"] }] }],
  ["split by its cue: one statement, two quotes", "\"We tried everything,\" the coach said, \"but it was not our day.\"",
    { statements: [{ kind: "direct", cue: "said", source: "the coach", quotes: ["We tried everything", "but it was not our day"] }] }],
  ["Name said: \"…\"", "Whitfield said: \"Nobody in that room wants a shutdown.\"",
    { statements: [{ kind: "direct", cue: "said", source: "Whitfield", quotes: ["Nobody in that room wants a shutdown"] }] }],
  ["curly quotes with told Reuters", "“There is still time,” Okafor told Reuters.",
    { statements: [{ kind: "direct", cue: "told", source: "Okafor", quotes: ["There is still time"] }] }],
];

const indirect: Row[] = [
  ["Smith said that", "Smith said that the deal would be signed next week.",
    { statements: [{ kind: "indirect", cue: "said", source: "Smith", starts: "the deal", ends: "next week" }] }],
  ["said without that", "The company said revenue fell 8 percent in the third quarter.",
    { statements: [{ kind: "indirect", cue: "said", source: "The company", speakerKind: "organization", starts: "revenue", ends: "third quarter" }] }],
  ["told Reuters that: addressee not in the source", "The minister told Reuters that talks would resume on Monday.",
    { statements: [{ kind: "indirect", cue: "told", source: "The minister", starts: "talks", ends: "on Monday" }] }],
  ["said in a statement that: medium not in the source", "The ministry said in a statement that the border would stay closed.",
    { statements: [{ kind: "indirect", cue: "said", source: "The ministry", starts: "the border", ends: "stay closed" }] }],
  ["In a statement, X said", "In a statement, the agency said the outage had been resolved.",
    { statements: [{ kind: "indirect", cue: "said", source: "the agency", starts: "the outage", ends: "resolved" }] }],
  ["Name, description, said", "Ali Hassan, a farmer in the village, said the water had been cut for a week.",
    { statements: [{ kind: "indirect", cue: "said", source: "Ali Hassan, a farmer in the village", starts: "the water", ends: "for a week" }],
      speakers: [{ name: "Ali Hassan", kind: "person" }] }],
  ["title Name said on Tuesday", "Prime Minister John Carter said on Tuesday that elections would be held in June.",
    { statements: [{ kind: "indirect", cue: "said", source: "Prime Minister John Carter", starts: "elections", ends: "in June" }],
      speakers: [{ name: ["John Carter", "Prime Minister John Carter"], kind: "person" }] }],
  ["officials said", "Officials said the suspect had been detained near the border.",
    { statements: [{ kind: "indirect", cue: "said", source: "Officials", speakerKind: "anonymous", starts: "the suspect", ends: "near the border" }] }],
  ["wrote on X", "The president wrote on X that the country would not be intimidated.",
    { statements: [{ kind: "indirect", cue: "wrote", source: "The president", starts: "the country", ends: "intimidated" }] }],
  ["on-record role is a person", "The White House press secretary told reporters the trip had been postponed.",
    { statements: [{ cue: "told", source: "The White House press secretary", starts: "the trip" }], speakers: [{ kind: "person" }] }],
];

const according: Row[] = [
  ["According to X, clause", "According to the health ministry, 40 people were injured.",
    { statements: [{ kind: "indirect", cue: "According to", source: "the health ministry", starts: "40 people", ends: "were injured" }] }],
  ["clause, according to X", "At least 12 people died in the floods, according to local officials.",
    { statements: [{ kind: "indirect", cue: "according to", source: "local officials", speakerKind: "anonymous", starts: "At least 12", ends: "in the floods" }] }],
  ["according to a document", "The fund will run out of money by May, according to the Congressional Budget Office.",
    { statements: [{ cue: "according to", source: "the Congressional Budget Office", speakerKind: "organization", starts: "The fund", ends: "by May" }] }],
];

const verbs: Row[] = [
  ["denied that", "The ministry denied that it had ordered the arrests.",
    { statements: [{ kind: "indirect", cue: "denied", source: "The ministry", starts: "it had", ends: "the arrests" }] }],
  ["warned that", "The spokesman warned that prices could rise further.",
    { statements: [{ kind: "indirect", cue: "warned", source: "The spokesman", starts: "prices", ends: "rise further" }] }],
  ["confirmed that", "Lopez confirmed that she would run for a second term.",
    { statements: [{ kind: "indirect", cue: "confirmed", source: "Lopez", starts: "she would", ends: "second term" }] }],
  ["accused X of", "Critics accused the government of hiding the real figures.",
    { statements: [{ kind: "indirect", cue: "accused", source: "Critics", starts: "the government", ends: "real figures" }] }],
  ["asked why (reported question)", "The senator asked why the report had been delayed.",
    { statements: [{ kind: "indirect", cue: "asked", source: "The senator", ends: "been delayed" }] }],
  ["he added that, after a named statement",
    "Mayor Ana Ruiz said the bridge would reopen on Friday. She added that repairs had cost $2 million.",
    { statements: [
      { kind: "indirect", cue: "said", source: "Mayor Ana Ruiz", starts: "the bridge" },
      { kind: "indirect", cue: "added", source: "She", speaker: ["Ana Ruiz", "Mayor Ana Ruiz"], starts: "repairs", ends: "$2 million" },
    ] }],
  ["adding that: a second statement without a written subject",
    "\"We are not going anywhere,\" she said, adding that the union would strike again next month.",
    { statements: [
      { kind: "direct", cue: "said", source: "she", quotes: ["We are not going anywhere"] },
      { kind: "indirect", cue: "adding", source: null, starts: "the union", ends: "next month" },
    ] }],
];

const notEnglishCues: Row[] = [
  ["said as an adjective", "The said property was sold in 2019.", { statements: [] }],
  ["no reporting verb at all", "The talks ended without an agreement on Tuesday.", { statements: [] }],
];

describe("English cues", () => {
  describe("direct", () => table(direct));
  describe("indirect", () => table(indirect));
  describe("according to", () => table(according));
  describe("other reporting verbs", () => table(verbs));
  describe("not cues", () => table(notEnglishCues));
});
