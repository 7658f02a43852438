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
