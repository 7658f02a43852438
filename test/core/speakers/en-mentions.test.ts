// English source mentions described (src/core/speakers/describe-en.ts, en-names.ts,
// en-conjoined.ts): institutions are not people, roles at an institution are people, where a
// source's name ends, and when one cue has two sources.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const institutions: Row[] = [
  ["a name ending in an institution word is an organization", "Harwick Re said its losses from the storm would be small.",
    { statements: [{ cue: "said", source: "Harwick Re", speaker: "Harwick Re", speakerKind: "organization" }] }],
  ["Financial, Inc: company names", "Norland Financial said it could not yet put a figure on the claims. Tallis Holdings Inc said quarterly profit rose.",
    { speakers: [{ name: "Norland Financial", kind: "organization" }, { name: "Tallis Holdings Inc", kind: "organization" }] }],
  ["a newspaper's name is an organization", "The Lakeside Times reported that the dam would be repaired.",
    { statements: [{ cue: "reported", source: "The Lakeside Times", speakerKind: "organization" }] }],
  ["an acronym alone is an organization", "KDRA said the pipeline would reopen on Friday.",
    { statements: [{ source: "KDRA", speakerKind: "organization" }] }],
  ["an apposition headed by an institution noun", "Vantor, a Swedish carmaker, said it would cut 400 jobs.",
    { statements: [{ source: "Vantor, a Swedish carmaker", speaker: "Vantor", speakerKind: "organization" }] }],
  ["an institution, a role, then the person's name", "Westbridge Bank analyst Maria Okoro said the rate cut was overdue.",
    { statements: [{ source: "Westbridge Bank analyst Maria Okoro", speaker: "Maria Okoro", speakerKind: "person" }] }],
  ["an institution, a rank, then the person's name", "Retired Army Lt. Gen. Ines Duarte said the base would stay open.",
    { statements: [{ source: "Retired Army Lt. Gen. Ines Duarte", speaker: "Ines Duarte", speakerKind: "person" }] }],
  ["a title before the source noun names one post: a person", "Tallis Holdings' chief executive said the plant would close.",
    { statements: [{ source: "Tallis Holdings' chief executive", speakerKind: "person" }] }],
  ["an indefinite post is still an unnamed source", "A chief executive at a rival firm said the plant would close.",
    { statements: [{ speakerKind: "anonymous" }] }],
  ["a role at an institution is a person", "A company spokesman said the recall was voluntary.",
    { statements: [{ source: "A company spokesman", speakerKind: "person" }] }],
  ["a nationality adjective is no name", "British insurers said the claims would be modest.",
    { statements: [{ source: "British insurers", speakerKind: "unknown" }] }],
  ["a source noun inside a company name", "Moody's Investors Service Inc said the bonds would be downgraded.",
    { statements: [{ speakerKind: "organization" }] }],
  ["a possessive inside a company name stays", "The Lakeside People's Daily said the dam would be repaired.",
    { statements: [{ speakerKind: "organization" }] }],
  ["a name right after \"the\" is an institution's", "The Greens said the vote had been rigged.",
    { statements: [{ source: "The Greens", speakerKind: "organization" }] }],
  ["\"the\", a name, then a role word: not an institution", "The Northfield striker said the club had let him down.",
    { statements: [{ source: "The Northfield striker", speakerKind: "person" }] }],
  ["a royal title after \"the\" is a person, not an institution", "The Queen said she was delighted by the visit.",
    { statements: [{ source: "The Queen", speakerKind: "person" }] }],
  ["a pope is a person", "The Pope said peace was still possible.",
    { statements: [{ source: "The Pope", speakerKind: "person" }] }],
  ["a title before a name stays a title", "King Osric said the bridge was a gift to the city.",
    { statements: [{ speaker: "Osric", speakerKind: "person" }] }],
  ["the Rev. is a title", "The Rev. Jesse Okoye said the march would go ahead.",
    { statements: [{ speaker: "Jesse Okoye", speakerKind: "person" }] }],
  ["a role for an institution is a person, named by the head phrase", "A spokeswoman for Harwick Re, the island's largest insurer, said claims would be small.",
    { statements: [{ speaker: "A spokeswoman for Harwick Re", speakerKind: "person" }] }],
];

const nameBounds: Row[] = [
  ["Name of Country: the person", "Nadia Ferreira of Portugal said the fund would grow.",
    { statements: [{ source: "Nadia Ferreira of Portugal", speaker: "Nadia Ferreira", speakerKind: "person" }] }],
  ["Name of Firm in City: the person", "Tomas Varga of Kelby Securities in Prague said the bond sale would be delayed.",
    { statements: [{ speaker: "Tomas Varga", speakerKind: "person" }] }],
  ["Name of a firm whose name holds a source noun", "Dagny Rask of Bankers Trust Nordic Ltd said rates would fall.",
    { statements: [{ speaker: "Dagny Rask", speakerKind: "person" }] }],
  ["Mr. Surname of an institution is the person", "Mr. Halvorsen of the Pension Research Center said the reform was overdue.",
    { statements: [{ speaker: "Halvorsen", speakerKind: "person" }] }],
  ["a place after a role is no name", "A union spokesman in Porto Alegre said the strike would continue.",
    { statements: [{ speaker: "A union spokesman in Porto Alegre", speakerKind: "person" }] }],
  ["a party tag is not part of the name", "Chairman Bob Lane (R-Okla.) said the hearing would resume.",
    { statements: [{ speaker: "Bob Lane", speakerKind: "person" }] }],
  ["a possessive before the name is the employer", "Norcom's Ada Lindqvist said the network was ready.",
    { statements: [{ speaker: "Ada Lindqvist", speakerKind: "person" }] }],
  ["a role, then the name in apposition", "The delegation's leader, Marta Ibsen, said talks would resume.",
    { statements: [{ source: "The delegation's leader, Marta Ibsen", speaker: "Marta Ibsen", speakerKind: "person" }] }],
  ["a title word after a first name is a surname", "Carole King said the tour was over.",
    { statements: [{ speaker: "Carole King", speakerKind: "person" }] }],
  ["a title word after an honorific is a surname", "Mr. King said the tour was over.",
    { statements: [{ speaker: "King", speakerKind: "person" }] }],
  ["a title word after an initial is a surname", "Representative Ann T. Prince said the bill was flawed.",
    { statements: [{ speaker: "Ann T. Prince", speakerKind: "person" }] }],
  ["a deputy named in apposition is the person", "His deputy, Omar Lind, said the office would reopen on Monday.",
    { statements: [{ speaker: "Omar Lind", speakerKind: "person" }] }],
  ["a day before the name is no part of it", "On Monday Lena Holm said the plan would pass.",
    { statements: [{ speaker: "Lena Holm" }] }],
];

const twoSources: Row[] = [
  ["two institutions under one cue are a group", "Kestrel Re and Ardent Re said their exposure was limited.",
    { statements: [{ source: "Kestrel Re and Ardent Re", speakerKind: "group" }] }],
  ["two named people under one cue are a group", "Prime Minister Lena Holm and Finance Minister Arvid Berg said the budget was balanced.",
    { statements: [{ speakerKind: "group" }] }],
  ["and inside a company name", "Hollis Tire and Rubber Co said sales rose.",
    { statements: [{ speaker: "Hollis Tire and Rubber Co", speakerKind: "organization" }] }],
  ["and inside a title", "Energy and Mines Minister Rafael Ortiz said output would rise.",
    { statements: [{ speaker: "Rafael Ortiz", speakerKind: "person" }] }],
  ["a firm's name with and, then a role and a person: the person", "Ames Tull and Brody Futures analyst Rita Oyelaran said prices fell.",
    { statements: [{ speaker: "Rita Oyelaran", speakerKind: "person" }] }],
  ["a plural title without a name is a group", "European leaders said the currency was too strong.",
    { statements: [{ source: "European leaders", speakerKind: "group" }] }],
];

// Unnamed people are anonymous sources; a general class of them (economists, dealers, residents)
// needs no reason for going unnamed, insiders do (bosses, officials). Unnamed institutions are a group.
const appositions: Row[] = [
  ["a possessive role, then the name: the person named", "His lawyer, Antony Wendel, said the charges were baseless. Wendel added that an appeal was likely.",
    { speakers: [{ name: "Antony Wendel", kind: "person", mentions: ["His lawyer, Antony Wendel", "Wendel"] }] }],
  ["one of a group, then the name", "One of the fishermen, Karl Obi, said the boat had capsized.",
    { statements: [{ source: "One of the fishermen, Karl Obi", speaker: "Karl Obi", speakerKind: "person" }] }],
  ["an unnamed official, then a title and a name: named, not anonymous", "The official, Deputy Minister Ana Ortiz, told reporters the border was open.",
    { statements: [{ speaker: "Ana Ortiz", speakerKind: "person" }], noFindings: ["anonymous-source"] }],
  ["a role of an institution, then the name", "The head of the port authority, Mara Lind, said the quay would reopen.",
    { statements: [{ speaker: "Mara Lind", speakerKind: "person" }] }],
  ["a name with where the person works", "Another pollster, Dan Hoyt of Marlow College, said the race was close.",
    { statements: [{ speaker: "Dan Hoyt", speakerKind: "person" }] }],
  ["an honorific and one name word", "A spokesman for Tallis Builders, Dr Okoro, said the flats were safe.",
    { statements: [{ speaker: "Okoro", speakerKind: "person" }] }],
  ["an institution noun, then the institution's name", "The agent, Harwick Securities Ltd, said the bond issue was fully subscribed.",
    { statements: [{ speaker: "Harwick Securities Ltd", speakerKind: "organization" }] }],
  ["a named institution keeps its name before its initials", "The Harbour Traders Association, HTA, said fees would rise.",
    { statements: [{ speaker: "The Harbour Traders Association", speakerKind: "organization" }] }],
  ["a spokesman for the (one) role: the apposition names the one spoken for", "A spokesman for the governor, Ana Ortiz, said the pardon was under review.",
    { statements: [{ speaker: "A spokesman for the governor", speakerKind: "person" }] }],
  ["a place after a place is no name", "Some residents of Dallas, Texas, said the land was not for sale.",
    { statements: [{ speakerKind: "anonymous" }] }],
  ["a place's initials are no name", "A union spokesman in Wilmington, N.C., said the plant would stay.",
    { statements: [{ speaker: "A union spokesman in Wilmington", speakerKind: "person" }] }],
  ["a title word after the name: not a name", "A statement on behalf of Ivo Berg, Harbour Trade Representative, said talks would resume.",
    { statements: [{ speakerKind: "unknown" }] }],
];

const unnamed: Row[] = [
  ["a quantifier and a plural name: unnamed people, not a person", "Some Liberals said the tax was unfair.",
    { statements: [{ source: "Some Liberals", speakerKind: "anonymous" }], noFindings: ["anonymous-no-reason"] }],
  ["a quantifier, an adjective and a plural name", "Several senior Greens argued that the plan went too far.",
    { statements: [{ source: "Several senior Greens", speakerKind: "anonymous" }] }],
  ["a plural name that is not the head: not unnamed people", "Two US security organisations warned that the virus was spreading.",
    { statements: [{ speakerKind: "organization" }] }],
  ["economists: anonymous, a collective, no warning", "Economists said growth would slow in the second half.",
    { statements: [{ source: "Economists", speakerKind: "anonymous" }],
      findings: [{ rule: "anonymous-source", text: "Economists" }], noFindings: ["anonymous-no-reason"] }],
  ["dealers after the clause", "The central bank sold dollars in late trade, dealers said.",
    { statements: [{ source: "dealers", speakerKind: "anonymous", starts: "The central bank" }], noFindings: ["anonymous-no-reason"] }],
  ["bosses are insiders: anonymous and warned", "Factory bosses said the contract would be signed in March.",
    { statements: [{ source: "Factory bosses", speakerKind: "anonymous" }], findings: [{ rule: "anonymous-no-reason", text: "Factory bosses" }] }],
  ["one analyst is not a collective", "One analyst said the rally would fade by the summer.",
    { statements: [{ source: "One analyst", speakerKind: "anonymous" }], findings: [{ rule: "anonymous-no-reason", text: "One analyst" }] }],
  ["regulators are an unnamed group of institutions", "Regulators said the merger needed more scrutiny.",
    { statements: [{ source: "Regulators", speakerKind: "group" }], noFindings: ["anonymous-source", "anonymous-no-reason"] }],
  ["a correspondent is a person", "Our correspondent says the talks are close to collapse.",
    { statements: [{ source: "Our correspondent", speakerKind: "person" }] }],
  ["the outlet's correspondent, then her name", "The agency's correspondent in Lagos, Ada Obi, said the port had reopened.",
    { statements: [{ speaker: "Ada Obi", speakerKind: "person" }] }],
];

describe("English mentions", () => {
  describe("unnamed people and institutions", () => table(unnamed));
  describe("institutions and roles at them", () => table(institutions));
  describe("where a name ends", () => table(nameBounds));
  describe("two sources under one cue", () => table(twoSources));
  describe("a description, then the name in apposition", () => table(appositions));
});
