// A second verb of the same subject (src/core/en/constructions/second-verb.ts): "… said … but warned that …".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["a subject with \"of\" inside its capitalised name and a title: the whole name is the subject, the person speaks", "Harbour Board of Trade Chairman Lena Dahl called for calm and said the port would stay open.",
    { statements: [{ cue: "said", speaker: "Lena Dahl", speakerKind: "person", starts: "the port" }] }],
  ["…but not a plural common noun with one name after its \"of\": the plural is the subject, a group",
    "Leaders of Kestria met in Cairo and said a truce was possible. Ministers of Opec met in Vienna and said output would rise.",
    { statements: [{ cue: "said", source: "Leaders", speakerKind: "group" }, { cue: "said", source: "Ministers", speakerKind: "group" }] }],
  ["an adverb in -ly between the coordinator and the second verb", "Ana Ruiz waved at the crowd and repeatedly said the race was close.",
    { statements: [{ cue: "said", source: "Ana Ruiz", speaker: "Ana Ruiz", starts: "the race" }] }],
  ["a second verb after a clause with \"as it\": the sentence's subject speaks, not \"it\"", "Local traders held back as it went on sale in Leeds today, but said the price would fall soon.",
    { statements: [{ cue: "said", source: "Local traders", speakerKind: "anonymous", starts: "the price" }] }],
  ["but warned that: the subject of said speaks again", "Officials said the plan was ready but warned that costs could rise.",
    { statements: [
      { cue: "said", source: "Officials", speakerKind: "anonymous" },
      { cue: "warned", source: null, speaker: "Officials", starts: "costs could rise" },
    ] }],
  ["and has said: has between the coordinator and the verb", "The Harbour Fund sold 52 mln shares last year and has said it intends to sell the rest.",
    { statements: [{ cue: "said", source: "The Harbour Fund", speaker: "The Harbour Fund", starts: "it intends" }] }],
  ["a partitive subject with a name and an age set off by commas: the named one speaks", "Two riders were thrown. One of the riders, Pia Marsh, 41, had ridden for years and said the horse was spooked.",
    { statements: [{ cue: "said", speaker: "Pia Marsh", speakerKind: "person", starts: "the horse" }] }],
  ["…and a partitive with no name: the counted one speaks, as one of them", "Two drivers were hurt. Two of the drivers had raced for years and said the brakes failed.",
    { statements: [{ cue: "said", source: "Two of the drivers", speakerKind: "anonymous", starts: "the brakes" }] }],
  ["and said + a bare clause: the sentence's subject speaks", "Lena Holm thanked the volunteers and said the shelter would stay open.",
    { statements: [{ kind: "indirect", cue: "said", source: "Lena Holm", starts: "the shelter", ends: "stay open" }] }],
  ["after an apposition and an object", "Tomas Rask, the fund manager, recognised the risk, but said that savers need not worry.",
    { statements: [{ cue: "said", source: "Tomas Rask", starts: "savers", ends: "worry" }] }],
  ["a noun claim, then and said: two statements of one speaker", "The builder denied any wrongdoing and said the walls were sound.",
    { statements: [{ cue: "denied", source: "The builder", ends: "wrongdoing" }, { cue: "said", source: null, speaker: "The builder", starts: "the walls" }] }],
  ["and asked + a request", "Nora Lind smiled and asked the crowd to welcome the mayor.",
    { statements: [{ cue: "asked", source: "Nora Lind", starts: "to welcome" }] }],
  ["a sentence opening with \"When\": no subject read, a bare clause is no statement", "When asked, the crowd went quiet and said nothing.", { statements: [] }],
  ["a sentence opening with But: the subject after it speaks through both verbs, one statement each", "But the ministry said the fee would stay and argued courts already had a choice.",
    { statements: [{ cue: "said", source: "the ministry", starts: "the fee", ends: "would stay" }, { cue: "argued", speaker: "the ministry", starts: "courts" }] }],
  ["a quotation in the next sentence goes on with the second verb's words, not the first's",
    "He acknowledged there were \"sound reasons\" for the change, but said the board had weighed all the options. \"It was not an easy choice.\"",
    { statements: [
      { cue: "acknowledged", quotes: ["sound reasons"], ends: "for the change" },
      { cue: "said", quotes: ["It was not an easy choice."], starts: "the board", ends: "easy choice" },
    ] }],
  ["…but a quotation before the cue goes on, not the words of a relative clause on its source",
    "\"I have never missed a vote,\" said Ann Lee, 40, who said the mayor was right. \"He keeps his word.\"",
    { statements: [{ cue: "said", quotes: ["I have never missed a vote,", "He keeps his word."] }, { cue: "said", ends: "was right" }] }],
];

describe("English second verbs", () => table(rows));
