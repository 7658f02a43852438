// English anonymity phrases (src/core/anonymity/phrases.ts, lexicon/anonymity.tsv).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const phrases: Row[] = [
  ["gave only his first name, then the name: the whole is the source, the unnamed source called by that name",
    "A porter, who gave only his first name, Karel, said the trains had stopped.",
    { anonymity: ["gave only his first name"],
      statements: [{ cue: "said", source: "A porter, who gave only his first name, Karel", starts: "the trains" }],
      speakers: [{ name: "Karel", kind: "anonymous", anonymity: ["gave only his first name"] }] }],
  ["gave his name only as X: the name goes with the phrase, the source is the role before",
    "A porter who gave his name only as Karel said the trains had stopped.",
    { anonymity: ["gave his name only as"],
      statements: [{ cue: "said", source: "A porter", starts: "the trains" }],
      speakers: [{ name: "A porter", kind: "anonymous", anonymity: ["gave his name only as"] }] }],
  ["did not give his name: a role with no name becomes an unnamed source", "A spokesman, who did not give his name, said the ferry was cancelled.",
    { anonymity: ["did not give his name"], speakers: [{ kind: "anonymous", anonymity: ["did not give his name"] }] }],
  ["on condition of anonymity + not authorized reason",
    "A source familiar with the matter, who spoke on condition of anonymity because they were not authorized to discuss the negotiations, said the offer had been withdrawn.",
    { anonymity: [["on condition of anonymity", "spoke on condition of anonymity"], "because they were not authorized to discuss the negotiations"],
      statements: [{ kind: "indirect", cue: "said", source: "A source familiar with the matter", speakerKind: "anonymous", starts: "the offer", ends: "withdrawn" }],
      speakers: [{ kind: "anonymous", anonymity: [["on condition of anonymity", "spoke on condition of anonymity"], "because they were not authorized to discuss the negotiations"] }] }],
  ["identified only by his first name", "A miner, identified only by his first name, said the shaft had flooded.",
    { anonymity: ["identified only by his first name"], speakers: [{ name: "A miner", kind: "anonymous" }] }],
  ["asked that only her first name be used: the request is no cue", "The nurse, who asked that only her first name be used, said the ward was full.",
    { anonymity: ["asked that only her first name be used"], statements: [{ cue: "said", source: "The nurse", starts: "the ward" }] }],
  ["declined to be named", "An aide, who declined to be named, said the senator would vote against the bill.",
    { anonymity: [["declined to be named", "who declined to be named"]],
      statements: [{ source: "An aide", speakerKind: "anonymous", starts: "the senator" }] }],
  ["asked not to be identified", "One official, who asked not to be identified, said talks had stalled over the weekend.",
    { anonymity: [["asked not to be identified", "who asked not to be identified"]], statements: [{ source: "One official", starts: "talks" }] }],
  ["phrase after said", "Two diplomats said, on condition of anonymity, that the vote had been delayed.",
    { anonymity: ["on condition of anonymity"], statements: [{ cue: "said", source: "Two diplomats", starts: "the vote" }] }],
  ["speaking on the condition of anonymity to discuss", "A senior official, speaking on the condition of anonymity to discuss internal deliberations, said no decision had been made.",
    { anonymity: [["on the condition of anonymity", "speaking on the condition of anonymity"], "to discuss internal deliberations"],
      statements: [{ source: "A senior official", starts: "no decision" }] }],
  ["requested anonymity because not authorized", "A police officer, who requested anonymity because he was not authorized to speak to the media, said three people had been arrested.",
    { anonymity: [["requested anonymity", "who requested anonymity"], "because he was not authorized to speak to the media"],
      statements: [{ source: "A police officer", starts: "three people" }] }],
  ["who was not authorized to speak publicly", "A government official, who was not authorized to speak publicly, said the plan would be unveiled next week.",
    { anonymity: [["was not authorized to speak publicly", "who was not authorized to speak publicly", "not authorized to speak publicly"]],
      statements: [{ source: "A government official", starts: "the plan" }] }],
  ["asking not to be named, after the quote", "\"The numbers do not add up,\" said one banker, asking not to be named.",
    { anonymity: ["asking not to be named"], statements: [{ kind: "direct", source: "one banker", speakerKind: "anonymous" }] }],
];

const noPhrase: Row[] = [
  ["people briefed on the plan: anonymous, no phrase", "People briefed on the plan said it would be announced next week.",
    { anonymity: [], statements: [{ source: "People briefed on the plan", speakerKind: "anonymous", starts: "it would" }], speakers: [{ kind: "anonymous", anonymity: [] }] }],
  ["bare sources", "Sources said the deal was close.",
    { anonymity: [], statements: [{ source: "Sources", speakerKind: "anonymous" }] }],
  ["an official, no phrase", "An official said the shipment had arrived at the port.",
    { anonymity: [], statements: [{ source: "An official", speakerKind: "anonymous", starts: "the shipment" }] }],
  ["a phrase on someone new who speaks in no statement is not the earlier source's", "Residents said the shelling went on all night. An army officer who declined to be named refused to comment.",
    { anonymity: ["declined to be named"], speakers: [{ name: "Residents", kind: "anonymous", anonymity: [] }] }],
  ["a later sentence names whose phrase it is (The official …): that source's, not the latest one's",
    "A port official said the cargo had arrived. A customs source said checks would take two days. The official asked not to be named.",
    { speakers: [
      { name: "A port official", kind: "anonymous", anonymity: ["asked not to be named"] },
      { name: "A customs source", kind: "anonymous", anonymity: [] },
    ] }],
  ["because of the nature of a tax is no reason for anonymity", "Analysts said importers would suffer because of the nature of the proposed tax.",
    { anonymity: [], speakers: [{ kind: "anonymous", anonymity: [] }] }],
  ["…but the sensitive nature of the talks is", "A banker, who declined to be named because of the sensitive nature of the talks, said the loan was repaid.",
    { anonymity: ["declined to be named", "because of the sensitive nature of the talks"] }],
  ["\"who spoke\" between a role and its phrase: the role is an anonymous source with the phrase (tie.ts leadIn)",
    "Analysts said supplies were short. \"The quota system is dead,\" said the sales director of one of the big mills who spoke on condition that he not be named.",
    { speakers: [
      { name: "Analysts", kind: "anonymous", anonymity: [] },
      { name: "the sales director of one of the big mills", kind: "anonymous", anonymity: ["on condition that he not be named"] },
    ] }],
  ["on condition that is not anonymity", "The minister said the aid would be released on condition that the ceasefire holds.",
    { anonymity: [], speakers: [{ kind: "person", anonymity: [] }] }],
];

// Other verbs, negations and orders of the same request or reason; a source the phrase is about is anonymous.
const variants: Row[] = [
  ["a because clause right after the phrase is its reason", "Two people familiar with the matter, who asked not to be named because the talks are private, said the merger was off.",
    { anonymity: ["asked not to be named", "because the talks are private"], speakers: [{ kind: "anonymous", anonymity: ["asked not to be named", "because the talks are private"] }] }],
  ["…to the end of its clause", "Officials spoke only on the condition of anonymity because most details of the raids are classified.",
    { anonymity: ["on the condition of anonymity", "because most details of the raids are classified"] }],
  ["on condition they not be identified (no that)", "The officials, who spoke on condition they not be identified, said the attack was planned.",
    { anonymity: ["on condition they not be identified"] }],
  ["would not be named, before said", "A diplomat who would not be named said the talks had failed.",
    { anonymity: ["would not be named"], statements: [{ source: "A diplomat", speakerKind: "anonymous", starts: "the talks" }], noFindings: ["anonymous-no-reason"] }],
  ["declined to be named, no commas", "A banker who declined to be named said the loan was repaid.",
    { statements: [{ source: "A banker", speakerKind: "anonymous" }], noFindings: ["anonymous-no-reason"] }],
  ["declined to give his name: the source becomes anonymous", "A driver, who declined to give his name, said the road had been closed for hours.",
    { anonymity: ["declined to give his name"], statements: [{ source: "A driver", speakerKind: "anonymous" }], noFindings: ["anonymous-no-reason"] }],
  ["asked that her name not be used", "A nurse, who asked that her name not be used, said the ward was full.",
    { anonymity: ["asked that her name not be used"], statements: [{ speakerKind: "anonymous" }] }],
  ["asked that he not be identified, after the quote", "\"Creditors are losing patience,\" said an oil analyst who asked that he not be identified.",
    { anonymity: ["asked that he not be identified"], statements: [{ kind: "direct", speakerKind: "anonymous" }] }],
  ["for fear of reprisals as the reason", "A villager, who asked not to be named for fear of reprisals, said soldiers burned the crops.",
    { anonymity: ["asked not to be named", "for fear of reprisals"], statements: [{ speakerKind: "anonymous" }] }],
  ["a role that declines to be named is off the record", "\"No choice has been made yet,\" a spokesman for the bank who declined to be named said.",
    { statements: [{ speakerKind: "anonymous" }], findings: [{ rule: "anonymous-source", has: "spokesman" }] }],
  ["citing the sensitivity …: the reason ends before the reporting verb", "A source who declined to be named citing the sensitivity of the case said the bid had failed.",
    { anonymity: ["declined to be named", "citing the sensitivity of the case"], statements: [{ source: "A source", speakerKind: "anonymous", starts: "the bid" }] }],
  ["not authorized to discuss the matter: the phrase runs to what may not be discussed", "An aide, who was not authorized to discuss the case, said the files were missing.",
    { anonymity: ["who was not authorized to discuss the case"], statements: [{ source: "An aide", speakerKind: "anonymous", starts: "the files" }], noFindings: ["anonymous-no-reason"] }],
  ["under the condition of anonymity", "Under the condition of anonymity, a guard said the prison was full.",
    { anonymity: ["Under the condition of anonymity"] }],
];

describe("English anonymity", () => {
  describe("phrases", () => table(phrases));
  describe("other wordings", () => table(variants));
  describe("no phrase", () => table(noPhrase));
});
