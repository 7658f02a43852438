// English quote-first (src/core/en/constructions/quote-first.ts): "…," she said / "…," said Smith /
// "…," he said, "…".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

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
  ["\"…,\" one + a noun that names no source by itself, said", "\"It was a mess,\" one steelworker said. The mill was quiet, one cook said.",
    { statements: [{ kind: "direct", cue: "said", source: "one steelworker", quotes: ["It was a mess"] }, { kind: "indirect", cue: "said", source: "one cook", starts: "The mill", ends: "quiet" }] }],
  ["split by its cue: one statement, two quotes", "\"We tried everything,\" the coach said, \"but it was not our day.\"",
    { statements: [{ kind: "direct", cue: "said", source: "the coach", quotes: ["We tried everything", "but it was not our day"] }] }],
  ["split by its cue and a phrase after it (a time, an addressee, when asked): one statement, two quotes",
    "\"We tried everything,\" the coach said on Sunday, \"but it was not our day.\" \"It is late,\" Ruiz told reporters, \"and we are tired.\" \"No,\" Kell said when asked about the fee, \"not now.\"",
    { statements: [{ kind: "direct", cue: "said", source: "the coach", quotes: ["We tried everything", "but it was not our day"] },
      { kind: "direct", cue: "told", source: "Ruiz", quotes: ["It is late", "and we are tired"] },
      { kind: "direct", cue: "said", source: "Kell", quotes: ["No", "not now"] }] }],
  ["…not past a new speaker's verb in that phrase", "\"We tried,\" the coach said, and the captain replied, \"Not hard enough.\"",
    { statements: [{ kind: "direct", cue: "said", source: "the coach", quotes: ["We tried"] }, { cue: "replied", source: "the captain", quotes: ["Not hard enough."] }] }],
  ["…nor to a quotation a cue of its own follows", "\"It is grim,\" she said, but despite the tone, \"we will win,\" said Kunin.",
    { statements: [{ cue: "said", source: "Kunin", quotes: ["we will win"] }, { kind: "direct", cue: "said", source: "she", quotes: ["It is grim"] }] }],
  ["a question mark ending the quote, then a name and its verb", "\"Is the deal off?\" Okafor asked.",
    { statements: [{ kind: "direct", cue: "asked", source: "Okafor", quotes: ["Is the deal off?"] }] }],
  ["…a full stop ending the quote (loose copy)", "\"We will find the papers.\" Okafor said.",
    { statements: [{ kind: "direct", cue: "said", source: "Okafor", quotes: ["We will find the papers."] }] }],
  ["…but a name and a verb going on open a new sentence", "\"We will find the papers.\" Okafor said, twice, that the search would go on.",
    { statements: [{ kind: "indirect", cue: "said", source: "Okafor", starts: "the search" }] }],
  ["curly quotes with told Reuters", "“There is still time,” Okafor told Reuters.",
    { statements: [{ kind: "direct", cue: "told", source: "Okafor", quotes: ["There is still time"] }] }],
  ["a time after the inverted source is no part of it", "\"We will win,\" said Ana Okafor on Monday.",
    { statements: [{ kind: "direct", cue: "said", source: "Ana Okafor", speaker: "Ana Okafor" }] }],
];

const otherReportingVerbs: Row[] = [
  ["\"…,\" commented Name, title (Reuters style)", "\"Rates will stay where they are,\" commented Ivo Marsh, economist at a Lyon bank.",
    { statements: [{ kind: "direct", cue: "commented", source: "Ivo Marsh, economist at a Lyon bank", quotes: ["Rates will stay where they are"] }] }],
  ["\"…,\" he countered", "\"We paid every bill,\" he countered.", { statements: [{ kind: "direct", cue: "countered", source: "he" }] }],
  ["adding that: a second statement without a written subject",
    "\"We are not going anywhere,\" she said, adding that the union would strike again next month.",
    { statements: [
      { kind: "direct", cue: "said", source: "she", quotes: ["We are not going anywhere"] },
      { kind: "indirect", cue: "adding", source: null, starts: "the union", ends: "next month" },
    ] }],
  ["as X put it, + a quotation after it", "As Ana Ruiz, a tax lawyer in the capital, once put it, \"Nobody reads the small print until it is too late.\"",
    { statements: [{ kind: "direct", cue: "put it", speaker: "Ana Ruiz" }], noFindings: ["unattributed-quote"] }],
  ["as he puts it: a partial quotation in its clause, not the clause before", "That is why, as he puts it, \"the best thing going for us\" is the low rate.",
    { statements: [{ cue: "puts it", source: "he", starts: "\"the best thing" }] }],
  ["put it with no quotation reports nothing", "He put it on the table and left the room.", { statements: [] }],
];

// Partial quotes: a few quoted words inside reported speech or inside the clause before the cue.
const partial: Row[] = [
  ["quoted words inside the clause before the cue", "The talks were \"constructive\", a spokesman said.",
    { statements: [{ kind: "partial", source: "a spokesman", quotes: ["constructive"], starts: "The talks were" }], noFindings: ["unattributed-quote"] }],
  ["a quoted phrase at the end of the clause before \", he said\"",
    "The reform can work without turning the market into \"one with no exit\", he said.",
    { statements: [{ kind: "partial", cue: "said", source: "he", quotes: ["one with no exit"], starts: "The reform" }], noFindings: ["unattributed-quote"] }],
  ["two quotations in the clause before the cue", "She called the plan \"reckless\" and \"cruel\", a union official said.",
    { statements: [{ kind: "partial", source: "a union official", quotes: ["reckless", "cruel"], starts: "She called" }], noFindings: ["unattributed-quote"] }],
  ["a quotation right after the verb, then more words", "The mayor said \"we will rebuild the bridge\" on Monday.",
    { statements: [{ kind: "partial", source: "The mayor", quotes: ["we will rebuild the bridge"] }] }],
  ["one quoted word inside the clause", "Lena Holm said the plan would \"fail\" within a year.",
    { statements: [{ kind: "partial", quotes: ["fail"], starts: "the plan" }] }],
  ["a quotation opening the sentence stays direct", "\"We will rebuild the bridge,\" the mayor said.",
    { statements: [{ kind: "direct", quotes: ["We will rebuild the bridge"] }] }],
];

describe("English quote-first", () => {
  describe("partial quotes", () => table(partial));
  describe("direct", () => table(direct));
  describe("other reporting verbs", () => table(otherReportingVerbs));
});
