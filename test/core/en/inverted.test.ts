// Inverted cues with no quotation (src/core/en/constructions/inverted.ts): the subject after the
// verb, the clause before (or around) it is what was said.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["a name between commas before the cue is the subject's apposition, not a clause's end",
    "In a statement, one of the lawyers, Tom Kell, said the videos show him leaving the car.",
    { statements: [{ kind: "indirect", cue: "said", source: "one of the lawyers, Tom Kell", starts: "the videos" }], speakers: [{ name: "Tom Kell", kind: "person" }] }],
  ["a bank's role in an issue opens the inverted subject", "Norvik Power Co is raising 90 mln dlrs through an offering of bonds, said lead manager Harbour Capital Markets Inc.",
    { statements: [{ kind: "indirect", cue: "said", source: "lead manager Harbour Capital Markets Inc", starts: "Norvik Power", ends: "of bonds" }] }],
  ["an apposition, then said, a name and an auxiliary: the name opens the reported clause, the subject is before", "Pellmark Ltd, a unit of Norvik Express Corp, said Dana Orlov has joined the board. Tom Hale, speaking to reporters after the vote, said Calder would appeal.",
    { statements: [{ cue: "said", source: "Pellmark Ltd, a unit of Norvik Express Corp", starts: "Dana Orlov has" }, { cue: "said", source: "Tom Hale", starts: "Calder would" }] }],
  ["clause, said Name, description", "Prices will rise next year, said Leena Varma, an economist at Harbor Capital.",
    { statements: [{ kind: "indirect", cue: "said", source: "Leena Varma, an economist at Harbor Capital", speaker: "Leena Varma", starts: "Prices", ends: "next year" }] }],
  ["a clause joined by \"and\" between commas before the cue is no apposition, even after a name",
    "The offer did not go down well with Greens, and the talks broke down from there, said one council source in the room.",
    { statements: [{ kind: "indirect", cue: "said", source: "one council source in the room", starts: "The offer", ends: "from there" }] }],
  ["clause, said an unnamed source", "Most small farmers do not buy crop insurance, said a Chicago-based broker.",
    { statements: [{ source: "a Chicago-based broker", starts: "Most small farmers", ends: "crop insurance" }] }],
  ["…with a relative clause on the source to the sentence's end", "The harbour will reopen in May, said a port official who declined to be named.",
    { statements: [{ kind: "indirect", cue: "said", source: "a port official", speakerKind: "anonymous", ends: "reopen in May" }] }],
  ["…and with a comma before the relative clause", "The harbour will reopen in May, said a port official, who asked not to be named.",
    { statements: [{ kind: "indirect", cue: "said", source: "a port official", ends: "reopen in May" }] }],
  ["a clause between commas is no apposition of the subject", "Many poorer states, such as Chad, Niger or the Gambia, do not insure their harvests, said a farm economist.",
    { statements: [{ source: "a farm economist", starts: "Many poorer states", ends: "their harvests" }] }],
  ["the cue inside its clause", "The ministers' remarks, said Ivo Petrov of Danube Securities in Sofia, were \"far too timid\".",
    { statements: [{ kind: "partial", quotes: ["far too timid"], starts: "The ministers' remarks" }] }],
  ["an abbreviation's dot does not end the inverted subject", "The talks will resume in May, said one U.S. official.",
    { statements: [{ source: "one U.S. official", starts: "The talks" }] }],
  ["a rank's dot does not end the inverted subject", "The base will close next year, said Maj. Gen. Ana Ortiz, the garrison commander.",
    { statements: [{ source: "Maj. Gen. Ana Ortiz, the garrison commander", starts: "The base" }] }],
  ["said it was …: a clause, not an inverted subject", "The earlier statement, issued in March, said it was company policy not to comment.",
    { statements: [{ source: "The earlier statement, issued in March", starts: "it was company policy" }] }],
  ["a noun phrase and a relative clause between commas before the cue: the source after it still speaks",
    "Ruiz also lacks support from his colleagues in the council, whom he has alienated with his rhetoric, said Tom Vale, director of the Harbour Centre for Politics.",
    { statements: [{ kind: "indirect", cue: "said", source: "Tom Vale, director of the Harbour Centre for Politics", speaker: "Tom Vale", starts: "Ruiz also lacks", ends: "his rhetoric" }] }],
  ["a time after the inverted source is no part of it, and the clause before is still the words", "The talks stalled, said a senior official on Monday. The deal is off, said an official on Monday in Paris.",
    { statements: [{ cue: "said", source: "a senior official", starts: "The talks", ends: "stalled" }, { cue: "said", source: "an official", starts: "The deal", ends: "is off" }] }],
  ["where and how the words were given, right after the name, is no part of the source; the clause before is still the words",
    "The mill will close, said Mayor Ida Venn in a statement on Friday. \"We fought hard,\" said former union leader Ole Brask during the hearing.",
    { statements: [{ cue: "said", source: "Mayor Ida Venn", speaker: "Ida Venn", starts: "The mill", ends: "will close" }, { kind: "direct", source: "former union leader Ole Brask", speaker: "Ole Brask" }] }],
  ["a verb that does not invert", "Sales rose 4 percent in the quarter, reported a profit of $3 million.", { statements: [] }],
  ["a capitals headline does not invert", "TALKS STALL, SAY OFFICIALS", { statements: [] }],
];

describe("English inverted cues without a quotation", () => table(rows));
