// A verb, its object and a quotation (src/core/en/constructions/object-quote.ts): "described X as "…""
// (frame `as`), "called on X to "…"", "urged X to "…"" (frame `to`): the quoted words are the subject's.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["described + object + as + a quotation: a partial statement of the subject",
    "The coach described the ruling on Friday as \"not unexpected\" and left.",
    { statements: [{ kind: "partial", cue: "described", source: "The coach", quotes: ["not unexpected"] }] }],
  ["characterised, British spelling", "The senator characterised the deal as \"a giveaway to the banks\".",
    { statements: [{ kind: "partial", cue: "characterised", source: "The senator", quotes: ["a giveaway to the banks"] }] }],
  ["described + as + an article + a quotation: the same (was no statement)",
    "The senator describes himself on his website as a \"fiscal hawk who wants balanced budgets.\"",
    { statements: [{ kind: "partial", cue: "describes", source: "The senator", quotes: ["fiscal hawk who wants balanced budgets."] }] }],
  ["criticized, hailed + as + a quotation: characterizations quoting the subject (was no statement)",
    "The mayor criticized the plan as \"reckless and unfunded.\" The coach hailed the win as \"a turning point.\"",
    { statements: [{ kind: "partial", cue: "criticized", source: "The mayor" }, { kind: "partial", cue: "hailed", source: "The coach" }] }],
  ["…criticized without as: no report; hail the noun: none", "The mayor criticized the plan. Hail fell as \"the storm of the century\" hit.",
    { statements: [] }],
  ["a relative pronoun before the verb is its subject, the noun before it (was the main clause's subject), and a noun read as a cue before it reports nothing",
    "The minister said the review would begin after a Harbour Commission report which described the system as \"a mess\".",
    { statements: [{ kind: "indirect", cue: "said", source: "The minister", ends: "Commission report" }, { kind: "partial", cue: "described", speaker: "a Harbour Commission" }] }],
  ["adding after a partial quotation, whose words cannot run on: a statement of its own (was lost)",
    "In the email, Ash described the move as a \"breach of trust,\" adding: \"I am informing all our members.\"",
    { statements: [{ kind: "partial", cue: "described", source: "Ash" }, { kind: "direct", cue: "adding", speaker: "Ash" }] }],
  ["described + as + a plain word: no report", "Witnesses described the man as tall and thin.", { statements: [] }],
  ["described without as: no report", "She described the scene in detail.", { statements: [] }],
  ["called on + object + to + a quotation: a partial statement of the subject",
    "The mayor called on residents to \"stay indoors until the storm has passed\".",
    { statements: [{ kind: "partial", cue: "called on", source: "The mayor", quotes: ["stay indoors until the storm has passed"] }] }],
  ["urged + object + to + a quotation", "The union urged its members to \"stand firm\" on pay.",
    { statements: [{ kind: "partial", cue: "urged", source: "The union", quotes: ["stand firm"] }] }],
  ["calling on after a comma: the clause's subject speaks",
    "The senator spoke in Ohio on Monday, calling on voters to \"reject the politics of fear\".",
    { statements: [{ kind: "partial", cue: "calling on", speaker: "The senator", quotes: ["reject the politics of fear"] }] }],
  ["a fronted participle, described … as + a quotation: the main clause's subject after the comma speaks",
    "Describing the offer as \"a good first step,\" the mayor said more talks would follow.",
    { statements: [{ kind: "partial", cue: "Describing", source: "the mayor", quotes: ["a good first step,"] }, { kind: "indirect", cue: "said", source: "the mayor" }] }],
  ["urged + object + to + no quotation: no report", "The union urged its members to stay calm.", { statements: [] }],
  ["an object of two phrases before to: not the verb's object", "She began calling donors and making an effort to \"close the gap\".",
    { statements: [] }],
  ["a naming, called + object + a quotation: no statement", "The chairman called the plan \"a betrayal of the workers\".",
    { statements: [] }],
];

describe("English verb, object and quotation", () => table(rows));
