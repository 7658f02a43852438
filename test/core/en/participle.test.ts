// English participles (src/core/en/constructions/participle.ts): "…, saying …" reports; other -ing
// forms do not.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const empty = (): Row[2] => ({ statements: [], noFindings: ["unattributed-quote", "unbalanced-quote"] });

const rows: Row[] = [
  ["It is worth noting", "It is worth noting that the law was passed in 2015.", empty()],
];

// A participle's speaker is the subject of the clause it hangs on.
const clauseSubject: Row[] = [
  ["a conjunction opening the sentence is no part of the clause's subject", "Ana Lowe denied any link. \"It is a coincidence,\" she said.\n\nBut analysts were not so sure, saying the two firms had worked together before.",
    { statements: [{ speaker: "Ana Lowe" }, { speaker: "Ana Lowe" }, { cue: "saying", speaker: "analysts", speakerKind: "anonymous" }] }],
  ["…, saying: the sentence's subject", "A federal judge rejected the request on Friday, saying the file must stay sealed.",
    { statements: [{ cue: "saying", source: "A federal judge", starts: "the file" }] }],
  ["an opening phrase with despite or amid, then the subject", "Despite the protests, the council approved the plan, saying the town needed houses. Amid the storm, Mayor Ana Lowe closed the roads, saying safety came first.",
    { statements: [{ cue: "saying", speaker: "the council" }, { cue: "saying", speaker: "Ana Lowe" }] }],
  ["a possessor and a relation, then the name set off by commas: the subject runs on to the name", "Hale's son, Peter, defended his father on Tuesday, saying the charges were false.",
    { statements: [{ cue: "saying", source: "Hale's son, Peter", speaker: "Peter" }] }],
  ["no relation noun: the subject stops at the comma", "The mayor, Ana Lowe, closed the roads, saying safety came first.",
    { statements: [{ cue: "saying", speaker: "Ana Lowe" }] }],
  ["an opening phrase, then the subject", "During a rally in Ohio, Lena Holm attacked the plan, saying it would cost jobs.",
    { statements: [{ cue: "saying", source: "Lena Holm", starts: "it would" }] }],
  ["a participle in a clause of its own after the statement before, its subject a pronoun: that pronoun is the source", "Tom Vale spoke on Monday.\n\nVale has said 20 people want the seat, but he refuses to name them, aside from saying he wants a mix.",
    { statements: [{ cue: "said", source: "Vale", speaker: "Tom Vale" }, { cue: "saying", source: "he", speaker: "Tom Vale", starts: "he wants" }] }],
  ["two opening phrases, each with its comma, then the subject", "Tom Hale runs the studio. At the hearing, on Monday, two officials dodged the questions, saying the data were wrong.",
    { statements: [{ cue: "saying", speaker: "two officials", speakerKind: "anonymous", starts: "the data" }] }],
  ["a wire dateline with a date and an agency, then an opening phrase, then the subject", "LINDHAVEN, March 3 (UPI) — In response to Tom Vale's plan to close the port, Mayor Ana Lowe rallied supporters, saying: \"We have to be ready to fight.\"",
    { statements: [{ cue: "saying", source: "Mayor Ana Lowe", speaker: "Ana Lowe" }] }],
  ["a dateline alone before the subject", "OSLO - The port authority closed the harbour, saying the ice was too thick.",
    { statements: [{ cue: "saying", source: "The port authority" }] }],
  ["not the speaker of a relative clause", "Lena Holm refused to pay a builder who said the work was done, saying, \"He did a poor job.\"",
    { someStatements: [{ cue: "saying", source: "Lena Holm" }] }],
  ["after a closing quotation with its comma inside", "Mr. Rask told reporters \"that our plan does not need a merger,\" saying the bank would grow on its own.",
    { someStatements: [{ cue: "saying", speaker: "Rask", starts: "the bank" }] }],
  ["a participle opening the sentence: the subject after the comma", "Stressing that growth would come from within, Tomas Rask told reporters the bank would not buy rivals.",
    { someStatements: [{ cue: "Stressing", source: "Tomas Rask", starts: "growth", ends: "from within" }] }],
  ["saying right after what the subject issued: the subject speaks", "The council issued a statement saying the bridge would close.",
    { statements: [{ cue: "saying", speaker: "The council", starts: "the bridge" }] }],
  ["…where it was issued between", "Senator Ana Lowe posted a video on Twitter saying the vote was rigged.",
    { statements: [{ cue: "saying", speaker: "Ana Lowe", starts: "the vote" }] }],
  ["…but not what the subject received", "Lena Holm received a letter saying her contract had ended.", { statements: [] }],
  ["a participle opening the sentence with no clause after it is no statement", "Noting that, the judge adjourned.", { statements: [] }],
  ["…, telling X that: tell as say, the addressee skipped", "The senator attacked the bill, telling a radio host that it would cost jobs.",
    { statements: [{ cue: "telling", speaker: "The senator", starts: "it would" }] }],
  ["…, telling X: and a quotation that runs on into the next paragraph (wire style)",
    "The senator was critical, telling reporters: \"The bill is a mistake from start to finish.\n\n\"We will fight it in every committee.\"",
    { statements: [{ kind: "direct", cue: "telling", speaker: "The senator" }], noFindings: ["unattributed-quote"] }],
  ["…, telling X to do something: an order, no report", "The ministry wrote to the firms, telling chip makers to cut output.", { statements: [] }],
  ["after but + a pronoun", "The governor has named no one, but he refuses to discuss names, aside from saying he wants a diverse team.",
    { statements: [{ cue: "saying", source: "he", starts: "he wants" }] }],
  ["a statement before it in the sentence keeps its speaker", "Lena Holm said the plan was dead, saying it would cost jobs.",
    { statements: [{ cue: "said", source: "Lena Holm" }, { cue: "saying", source: null, speaker: "Lena Holm" }] }],
  ["the subject ends before a past tense without -ed", "Mrs. Kaur shook her head, saying the offer was too low.",
    { statements: [{ cue: "saying", source: "Mrs. Kaur", starts: "the offer" }] }],
  ["the subject ends before an adverb", "The central bank last night cut rates, saying inflation had peaked.",
    { statements: [{ cue: "saying", source: "The central bank", starts: "inflation" }] }],
  ["a sentence adverb before the subject", "However, the union rejected the offer, saying it was an insult.",
    { statements: [{ cue: "saying", source: "the union", starts: "it was" }] }],
  ["a subject with a number in it (a denial of a charge is a statement of its own; the participle keeps its speaker)", "The 19-year-old denied the charge, saying she had been at home.",
    { statements: [{ cue: "denied", source: "The 19-year-old", starts: "the charge" }, { cue: "saying", source: null, starts: "she had" }] }],
  ["a subject with a number in it, its clause no statement", "The 19-year-old left the court, saying she had been at home.",
    { statements: [{ cue: "saying", source: "The 19-year-old", starts: "she had" }] }],
  ["a he/she clause subject after a person named in passing goes to that person, not to the last speaker",
    "\"We will win,\" said Mara Lind, the party chair.\n\nAna Ortiz, 34, could be a strong voice for the campaign. She has pushed back against the critics, saying the plan is fair.",
    { statements: [{ speaker: "Mara Lind" }, { cue: "saying", speaker: "Ana Ortiz", starts: "the plan" }] }],
  ["two names joined by and are the clause's subject, one group; a quantifier floated before the participle (each saying) keeps it",
    "Ana Ruiz and Tom Vale met on Monday, saying the talks went well. Lena Holm and Per Lund vied for the post, each saying the other was weak.",
    { statements: [{ cue: "saying", source: "Ana Ruiz and Tom Vale", speakerKind: "group" }, { cue: "saying", source: "Lena Holm and Per Lund", speakerKind: "group" }] }],
  ["…not names in the object after the verb", "Ana Ruiz met Tom Vale and Lena Holm on Monday, saying the talks went well.",
    { statements: [{ cue: "saying", source: "Ana Ruiz", speakerKind: "person" }] }],
];

// "…, adding: "…"" after a clause that reports nothing: the clause's subject speaks the quotation.
const addedOn: Row[] = [
  ["…, adding: a quotation of the clause's subject", "The coach praised his young players, adding: \"They never gave up.\"",
    { statements: [{ kind: "direct", cue: "adding", speaker: "The coach" }], noFindings: ["unattributed-quote"] }],
  ["…, asserting, a quotation after a comma", "Mrs. Lind ignored the question at first, asserting, \"Of course we pay our taxes.\"",
    { statements: [{ kind: "direct", cue: "asserting", speaker: "Lind" }] }],
  ["…, adding that + a clause: no statement (PolNeAR-style gold counts none)", "The club rejected the bid, claiming that it undervalued the team.", { statements: [] }],
  ["no subject written: no statement", "After a long delay, adding: \"We are sorry.\"", { statements: [] }],
  ["not a report: adding to a total", "The firm hired 200 workers, adding to its staff in Leeds.", { statements: [] }],
  ["after a statement of the same sentence: part of it, not a statement of its own", "Ana Ruiz said the plant would close, adding that the jobs would move to Spain.",
    { statements: [{ cue: "said", speaker: "Ana Ruiz", starts: "the plant", ends: "to Spain" }] }],
  ["after a quotation and its cue: no second statement", "\"We are ready,\" the mayor said, adding: \"The work is done.\"",
    { statements: [{ cue: "said", speaker: "the mayor" }] }],
  ["'adding that' no longer opens the content of a 'said' before it", "The bank said costs had risen, adding that its board met on Monday.",
    { statements: [{ cue: "said", speaker: "The bank", starts: "costs had" }] }],
];

describe("English participles", () => {
  describe("adding, claiming, asserting … + a quotation", () => table(addedOn));
  describe("other -ing forms", () => table(rows));
  describe("the clause's subject", () => table(clauseSubject));
});
