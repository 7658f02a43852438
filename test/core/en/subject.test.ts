// The subject of an English reporting verb (src/core/en/constructions/subject.ts, en/subject.ts): before the verb, or after it when a quotation comes first.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["a determiner and a role before the verb", "His spokesman said the plan was ready.",
    { statements: [{ cue: "said", source: "His spokesman", starts: "the plan", ends: "was ready" }] }],
  ["a plural subject with a prepositional phrase", "Critics of the plan say it goes too far.",
    { statements: [{ cue: "say", source: "Critics of the plan", starts: "it goes" }] }],
  ["a relative clause with who inside the subject", "Flour was scarce all week, dealers who buy from the mill told the Courier.",
    { statements: [{ cue: "told", source: "dealers who buy from the mill", starts: "Flour", ends: "all week" }] }],
  ["a clause, and, a lone subject: the subject is the word after and", "The krona fell to a new low against the euro and analysts predict that it will fall further.",
    { statements: [{ cue: "predict", source: "analysts", starts: "it will" }] }],
  ["two who can speak, joined by and", "Local growers and traders said that the harvest was late.",
    { statements: [{ cue: "said", source: "Local growers and traders", starts: "the harvest" }] }],
  ["a clause, and, a titled name: the subject starts after and", "Demand is still weak and Harbour Bank economist Lia Moreno said that rates would hold.",
    { statements: [{ cue: "said", source: "Harbour Bank economist Lia Moreno", starts: "rates" }] }],
  ["a day opening the sentence is not part of the subject", "On Monday Mr Tom Reyes denied that the bridge was unsafe.",
    { statements: [{ cue: "denied", source: "Mr Tom Reyes", starts: "the bridge" }] }],
  ["a time phrase before the article is not part of the subject", "Late last week the port authority said that the quay would reopen.",
    { statements: [{ cue: "said", source: "the port authority", starts: "the quay" }] }],
  ["a day inside a name or before its noun stays", "The British Sunday paper said that the minister would resign. The Sunday Courier said the vote was close.",
    { statements: [{ cue: "said", source: "The British Sunday paper" }, { cue: "said", source: "The Sunday Courier" }] }],
  ["two adjectives sharing one noun", "Local and foreign bankers said that credit was tight.",
    { statements: [{ cue: "said", source: "Local and foreign bankers", starts: "credit" }] }],
  ["a clause between commas is no apposition: the subject follows the verb", "As more people go online, it was getting harder to stay safe, warned Ana Ruiz.",
    { statements: [{ cue: "warned", source: "Ana Ruiz", starts: "As more people" }] }],
  ["an apposition with a relative clause", "Lena Berg, a lawyer who has advised the council, said the deal was legal.",
    { statements: [{ cue: "said", source: "Lena Berg, a lawyer who has advised the council", starts: "the deal" }] }],
  ["a participle's phrase between commas", "The banks, admitting it has been a hard year, say the worst is over.",
    { statements: [{ cue: "say", source: "The banks", starts: "the worst" }] }],
  ["a pronoun with had written on, after a quotation", "Mara Lind said the vote was fair. \"It's the right thing,\" she'd said.",
    { statements: [{ source: "Mara Lind" }, { cue: "said", source: "she'd", speaker: "Mara Lind", quotes: ["It's the right thing,"] }] }],
  ["a pronoun with has written on, curly apostrophe", "Tom Reyes spoke first. He’s said the bridge would close in May.",
    { statements: [{ cue: "said", source: "He’s", starts: "the bridge" }] }],
  ["'d and a base form is would: no report", "Tom Reyes spoke first. He'd say the bridge was safe.", { statements: [] }],
  ["it's said is a passive: no report", "It's said that the bridge is unsafe.", { statements: [] }],
  ["a noun that cannot speak before who: no subject", "The crash that nobody saw coming said little about the market.", { statements: [] }],
  ["an age inside the subject", "\"The market is huge,\" the 52-year-old film director said.",
    { statements: [{ cue: "said", source: "the 52-year-old film director" }] }],
];

describe("English subjects", () => table(rows));
