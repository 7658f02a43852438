// English reported clauses after the verb (src/core/en/constructions/reported-clause.ts): Smith said
// (that) … / told Reuters that … / said: "…".
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const direct: Row[] = [
  ["Name said: \"…\"", "Whitfield said: \"Nobody in that room wants a shutdown.\"",
    { statements: [{ kind: "direct", cue: "said", source: "Whitfield", quotes: ["Nobody in that room wants a shutdown"] }] }],
  ["a dash after the quotation ends the words: the clause after it is the writer's",
    "At the hearing, Dana Price said, \"I fix what is broken\" - she has often done so quietly.",
    { statements: [{ kind: "direct", cue: "said", source: "Dana Price", quotes: ["I fix what is broken"], ends: "what is broken" }] }],
  ["cracked with a quotation is a joke told",
    "Tom Reyes cracked, \"Not bad for a Monday.\"",
    { statements: [{ kind: "direct", cue: "cracked", source: "Tom Reyes", quotes: ["Not bad for a Monday."] }] }],
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
  ["said + a time, then the clause: the time is no part of what was said", "Acme Corp said Tuesday the plant would close. The firm said late last week it planned a share offer. Reyes told reporters last night he was leaving.",
    { statements: [{ cue: "said", source: "Acme Corp", starts: "the plant" }, { cue: "said", source: "The firm", starts: "it planned" }, { cue: "told", source: "Reyes", starts: "he was leaving" }] }],
  ["… but not a time that belongs to the clause", "Reyes said last year's results were poor.",
    { statements: [{ cue: "said", source: "Reyes", starts: "last year's results" }] }],
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
  ["told the BBC + a name and an auxiliary: the name opens the clause", "Sources within the party told the BBC Michael Howard had always backed the cards.",
    { statements: [{ cue: "told", source: "Sources within the party", starts: "Michael Howard" }] }],
  ["…and after a bare addressee", "The minister told a luncheon Reagan could decide within weeks.",
    { statements: [{ cue: "told", starts: "Reagan" }] }],
  ["…but a capitalised addressee's name runs on", "The minister told the New York Times he would resign.",
    { statements: [{ cue: "told", starts: "he would" }] }],
  ["on-record role is a person", "The White House press secretary told reporters the trip had been postponed.",
    { statements: [{ cue: "told", source: "The White House press secretary", starts: "the trip" }], speakers: [{ kind: "person" }] }],
  ["said + a subject whose clause has its own that: the content opens at the subject", "The mayor said the plan was that the bridge would close in May.",
    { statements: [{ kind: "indirect", cue: "said", source: "The mayor", starts: "the plan was", ends: "in May" }] }],
  ["a noun object with a relative clause: the object is what was stressed", "The senator stressed her support for the law that banned the dumping.",
    { statements: [{ kind: "indirect", cue: "stressed", source: "The senator", starts: "her support", ends: "the dumping" }] }],
  ["told + a plain noun addressee + that", "Lena Holm told friends that the shop would close in spring.",
    { statements: [{ kind: "indirect", cue: "told", source: "Lena Holm", starts: "the shop", ends: "in spring" }] }],
  ["told + a long addressee with a place + that", "Lena Holm told the 300-strong meeting at the Farmers' Hall that prices had to rise.",
    { statements: [{ kind: "indirect", cue: "told", source: "Lena Holm", starts: "prices had", ends: "to rise" }] }],
  ["told + an addressee with initials + that", "The envoy told a U.K. trade council meeting that the tariffs were unfair.",
    { statements: [{ kind: "indirect", cue: "told", source: "The envoy", starts: "the tariffs", ends: "unfair" }] }],
  ["\", but\" + a new subject and its own verb: the writer's clause, not the words",
    "Many speculated that the vote in Norland would be close, but the turnout was low.",
    { statements: [{ kind: "indirect", cue: "speculated", source: "Many", starts: "the vote", ends: "would be close" }] }],
  ["…with a pronoun subject", "Most farmers say they are unhappy with the levy, but he remains the favourite in the valley.",
    { statements: [{ kind: "indirect", cue: "say", source: "Most farmers", starts: "they are", ends: "the levy" }] }],
  ["…with there", "Ivo Brandt said the harvest was late, but there was enough grain in store.",
    { statements: [{ kind: "indirect", cue: "said", source: "Ivo Brandt", starts: "the harvest", ends: "was late" }] }],
  ["…but a past-tense modal after \"but\" is reported in turn", "Marta Kolis said the talks had been useful, but she would not predict an agreement.",
    { statements: [{ kind: "indirect", cue: "said", source: "Marta Kolis", starts: "the talks", ends: "an agreement" }] }],
  ["…and the clause before a cue after it keeps its \"but\"", "The strike hurt output, but the mine is working again, the company said.",
    { statements: [{ kind: "indirect", cue: "said", source: "the company", starts: "The strike", ends: "working again" }] }],
  ["…and no comma, no cut", "Ivo Brandt said the rules were strict but the staff were patient.",
    { statements: [{ kind: "indirect", cue: "said", source: "Ivo Brandt", starts: "the rules", ends: "were patient" }] }],
];

const otherReportingVerbs: Row[] = [
  ["denied that", "The ministry denied that it had ordered the arrests.",
    { statements: [{ kind: "indirect", cue: "denied", source: "The ministry", starts: "it had", ends: "the arrests" }] }],
  ["warned that", "The spokesman warned that prices could rise further.",
    { statements: [{ kind: "indirect", cue: "warned", source: "The spokesman", starts: "prices", ends: "rise further" }] }],
  ["confirmed that", "Lopez confirmed that she would run for a second term.",
    { statements: [{ kind: "indirect", cue: "confirmed", source: "Lopez", starts: "she would", ends: "second term" }] }],
  ["asked why (reported question)", "The senator asked why the report had been delayed.",
    { statements: [{ kind: "indirect", cue: "asked", source: "The senator", ends: "been delayed" }] }],
  ["he added that, after a named statement",
    "Mayor Ana Ruiz said the bridge would reopen on Friday. She added that repairs had cost $2 million.",
    { statements: [
      { kind: "indirect", cue: "said", source: "Mayor Ana Ruiz", starts: "the bridge" },
      { kind: "indirect", cue: "added", source: "She", speaker: ["Ana Ruiz", "Mayor Ana Ruiz"], starts: "repairs", ends: "$2 million" },
    ] }],
];

// Reported speech without "that" after verbs whose bare object is often no clause (frame vclause):
// only a clause with a verb or an auxiliary of its own counts.
const withoutThat: Row[] = [
  ["confirmed + clause with a partial quote", "The carmaker confirmed the merger would close \"within weeks\".",
    { statements: [{ kind: "partial", cue: "confirmed", source: "The carmaker", quotes: ["within weeks"], starts: "the merger" }], noFindings: ["unattributed-quote"] }],
  ["estimated + clause", "A spokeswoman for the insurer estimated storm claims would reach $2 billion.",
    { statements: [{ cue: "estimated", speakerKind: "person", starts: "storm claims", ends: "$2 billion" }] }],
  ["announced + clause", "The ministry announced it had reached its target of 5,000 new homes.",
    { statements: [{ cue: "announced", source: "The ministry", starts: "it had reached" }] }],
  ["added + clause", "He added the plan would fail without new funding.",
    { statements: [{ cue: "added", source: "He", starts: "the plan would fail" }] }],
  ["pointed out + clause holding a statement of its own", "The officials pointed out the earlier report, issued in March, said the plant was safe.",
    { someStatements: [{ cue: "pointed out", source: "The officials", starts: "the earlier report" }, { cue: "said", source: "the earlier report, issued in March", starts: "the plant" }] }],
  ["added + noun object: no statement", "The company added 200 jobs last year.", { statements: [] }],
  ["confirmed + noun object: no statement", "The board confirmed the appointment on Monday.", { statements: [] }],
  ["announced + a subject pronoun and a verb of its own (no auxiliary)", "The agency on Thursday announced it wanted to reopen the talks. Crews announced they hoped to finish by May.",
    { statements: [{ cue: "announced", source: "The agency", starts: "it wanted" }, { cue: "announced", source: "Crews", starts: "they hoped" }] }],
  ["announced it + an adjunct: an object, no statement", "The council announced it on Thursday.", { statements: [] }],
  ["suggested + a clause with an auxiliary", "The review panel suggested minor thefts could be dealt with by fines.",
    { statements: [{ cue: "suggested", source: "The review panel", starts: "minor thefts", ends: "by fines" }] }],
  ["suggested + a noun object: no statement", "The review panel suggested a change to the rules.", { statements: [] }],
  ["data and words do not speak before a clause without that", "Recent figures suggested the economy was slowing. The name suggests the firm was founded by sailors.", { statements: [] }],
  ["repeated that + a clause", "A ministry spokeswoman repeated that Valdane would not pay the fine.",
    { statements: [{ cue: "repeated", source: "A ministry spokeswoman", starts: "Valdane", ends: "the fine" }] }],
  ["reiterated that + a noun: a demonstrative, no statement", "The mayor reiterated that pledge in a speech on Friday.", { statements: [] }],
  ["questioned how / wondered why: a reported question", "Analysts questioned how long the firm could survive. The senator wondered why the report had been delayed.",
    { statements: [{ cue: "questioned", source: "Analysts", starts: "how long" }, { cue: "wondered", source: "The senator", starts: "why the report" }] }],
  ["questioned + an object: no statement", "Police questioned the driver for two hours.", { statements: [] }],
  ["speculated that / forecast + a clause", "Traders speculated that the bank would cut rates. Economists forecast growth would slow to 1%.",
    { statements: [{ cue: "speculated", source: "Traders", starts: "the bank" }, { cue: "forecast", source: "Economists", starts: "growth would" }] }],
  ["forecast + a noun object, or after than: no statement", "Economists forecast growth of 2% this year. Sales rose less than forecast in July.", { statements: [] }],
  ["went on to say", "The mayor went on to say that the budget was tight.",
    { statements: [{ cue: "went on to say", source: "The mayor", starts: "the budget", ends: "was tight" }] }],
  ["an estimated number is no cue", "The new plant would cost an estimated $40 million to build.", { statements: [] }],
  ["reported … to: an infinitive, no clause", "The insurer reported its exposure to be limited to marine risks.", { statements: [] }],
  ["a possessive before a noun-verb: a noun", "The council's report shows the river is clean.", { statements: [] }],
];

// Frame addr: an addressee the verb may take, or not (src/core/en/opening.ts, afterAddressee).
const maybeAddressee: Row[] = [
  ["warned + a listener + a clause", "Police warned residents the river could flood.",
    { statements: [{ cue: "warned", source: "Police", starts: "the river", ends: "could flood" }] }],
  ["warned + a name + that", "The ministers warned the Harbour Council that the budget would be cut.",
    { statements: [{ cue: "warned", starts: "the budget" }] }],
  ["warned + a name + a pronoun clause", "Governor Ruiz warned Parliament he would veto the bill.",
    { statements: [{ cue: "warned", starts: "he would veto" }] }],
  ["a subject after warned is no addressee", "Officials warned Norland could face fines.",
    { statements: [{ cue: "warned", starts: "Norland could" }] }],
  ["a noun that cannot listen is the clause's subject", "The mayor warned the economy would slow.",
    { statements: [{ cue: "warned", starts: "the economy" }] }],
  ["a long name is read to its end", "The fund has assured Harbour Prime Minister Ana Lopez Ortiz it will help.",
    { statements: [{ cue: "assured", starts: "it will help" }] }],
  ["assured + a listener + a clause", "Ann Lee assured voters she would cut taxes.",
    { statements: [{ cue: "assured", source: "Ann Lee", starts: "she would" }] }],
  ["assured + an object with no verb: no statement", "The merger assures the stability of the firm.", { statements: [] }],
  ["rest assured: no report", "Rest assured the ferry is safe.", { statements: [] }],
  ["is not assured: a passive", "Approval of the plan is not assured and may take months.", { statements: [] }],
  ["reminded + a listener + that", "She reminded voters that the bridge had been built on time.",
    { statements: [{ cue: "reminded", starts: "the bridge" }] }],
  ["an addressee with an abbreviation's stop (Mr., Gov.) before the name, then a bare clause", "Ana Ruiz told Mr. Hale the deal was off. The mayor told Ms. Lind's lawyers the loan was legal.",
    { statements: [{ cue: "told", source: "Ana Ruiz", starts: "the deal" }, { cue: "told", source: "The mayor", starts: "the loan" }] }],
];

describe("English reported clauses", () => {
  describe("an addressee or not", () => table(maybeAddressee));
  describe("without that", () => table(withoutThat));
  describe("direct", () => table(direct));
  describe("indirect", () => table(indirect));
  describe("other reporting verbs", () => table(otherReportingVerbs));
});
