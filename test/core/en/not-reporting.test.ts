// English cue words that report nothing here (src/core/en/constructions/not-reporting.ts): said as an
// adjective, did not respond.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const empty = (): Row[2] => ({ statements: [], noFindings: ["unattributed-quote", "unbalanced-quote"] });

const notCues: Row[] = [
  ["a question whose own wh-word is the source names nobody (was a speaker «Who»); WHO in capitals is the organization",
    "Who said the vote was close? WHO said the outbreak was over.",
    { statements: [{ cue: "said", source: "WHO" }] }],
  ["written down or off: a loan's value cut, no words (a particle after the cue)", "The banks have written down their loans to the region. Tarn Mills wrote off 50 mln dlrs last year.",
    empty()],
  ["…but off or down after said is no particle of the verb: said off the record / off camera that … is speech", "Two officials said off the record that the deal was close. Ruiz said off camera that he would run.",
    { statements: [{ cue: "said", source: "Two officials", starts: "the deal" }, { cue: "said", source: "Ruiz", starts: "he would run" }] }],
  ["asked about a topic reports no words: its \"that\" is the topic's", "He said he was being asked about incidents that happened 20 years ago.",
    { statements: [{ cue: "said", source: "He", starts: "he was being asked" }] }],
  ["…an asked-about aside before the subject stays none, the statement after it stays", "Asked about the report, Ruiz said it was flawed.",
    { statements: [{ cue: "said", source: "Ruiz", starts: "it was flawed" }] }],
  ["a capitals headline's SAID after a short form's dot is the passive too", "U.K. SAID WEIGHING NEW PORT TAX\n\nThe treasury said it would decide in May.",
    { statements: [{ cue: "said", source: "The treasury" }] }],
  ["said by after a subject, no be-form: a time after the verb, not a passive's agent", "They said by 2030, sales could reach six million units a year.",
    { statements: [{ cue: "said", source: "They", starts: "by 2030", ends: "a year" }] }],
  ["…but was said by: a passive, no statement", "The remark was said by an aide to be a joke.", { statements: [] }],
  ["a cue word after a name's possessive is an adjective: no statement of its own, the outer words run on", "Tom Vale said the issue was that Mr Tomlin's reported views had been presented as policy.",
    { statements: [{ cue: "said", source: "Tom Vale", starts: "the issue was that Mr Tomlin's", ends: "as policy" }] }],
  ["a capitals headline's past SAID is the passive (\"is said to be\"): no statement, and no person «HARBOUR OUTPUT» for a later he",
    "HARBOUR OUTPUT SAID AT YEAR LOW\n\nHarbour Oil's output fell to its lowest level in a year, industry sources said. \"We keep to the quota,\" Minister Tom Vale said. \"It is final,\" he said.",
    { statements: [{ cue: "said", source: "industry sources" }, { cue: "said", speaker: "Tom Vale" }, { cue: "said", speaker: "Tom Vale" }] }],
  ["…a headline that reports says SAYS", "HARBOUR MINISTER SAYS OUTPUT AT YEAR LOW\n\nMinister Tom Vale said output had fallen.",
    { someStatements: [{ cue: "SAYS" }] }],
  ["said as an adjective", "The said property was sold in 2019.", { statements: [] }],
  ["charged someone with a crime: a charge laid, no words (a ticker in the object too)", "Police said they charged a former clerk of Harbour Bank Corp <HBC.S> with fraud.",
    { statements: [{ cue: "said", source: "Police", starts: "they charged" }] }],
  ["…but charged that: an accusation reported", "Opponents charged that the vote was rigged with forged ballots.",
    { statements: [{ cue: "charged", source: "Opponents", starts: "the vote" }] }],
  ["a cue word glued by an underscore or a hyphen to the next word: a compound (markup), no cue", "<post tweet_id=\"1234\" tweet-author=\"@harbournews\">The ferry is late.</post>", { statements: [] }],
  ["a verb after might, could, may, can: what someone might say, no report", "A winning candidate might claim momentum. He could argue that the law is void. Ruiz may ask the council to wait.",
    { statements: [] }],
  ["…but a capitalised May is a name", "Prime Minister Theresa May said the vote would go ahead.",
    { statements: [{ cue: "said", speaker: "Theresa May" }] }],
];

// Reporting verbs that are also nouns or the last word of a name (src/core/en/subject.ts, verbalUse).
const nounsAndNameWords: Row[] = [
  ["a capitalised verb form inside an outlet's name is no cue", "The Harbour Post reported that the ferry would resume on Monday.",
    { statements: [{ kind: "indirect", cue: "reported", source: "The Harbour Post", starts: "the ferry" }] }],
  ["a capitalised verb form between two capitalised words is a word of a name", "Higher Value Added Tax receipts will offset the loss, the minister said.",
    { statements: [{ kind: "indirect", cue: "said", source: "the minister", starts: "Higher Value" }] }],
  ["a capitalised verb after an article and before a capitalised word is a word of a name", "The cuts will go ahead, the State Department said on Monday.",
    { statements: [{ kind: "indirect", cue: "said", source: "the State Department", starts: "The cuts" }], speakers: [{ name: "the State Department", kind: "organization" }] }],
  ["…and as a sentence's first word before a capitalised word", "State Department officials said the talks would resume.",
    { statements: [{ kind: "indirect", cue: "said", source: "State Department officials", starts: "the talks" }] }],
  ["…also after an abbreviation with stops", "The cuts will go ahead, the U.S. State Department said.",
    { statements: [{ kind: "indirect", cue: "said", source: "the U.S. State Department", starts: "The cuts" }] }],
  ["…but not in a title-case headline", "Mayor Says Bridge Will Reopen In May",
    { statements: [{ kind: "indirect", cue: "Says", source: "Mayor", starts: "Bridge" }] }],
  ["plural noun reading: published reports that", "The mayor dismissed published reports that the mill would close.", { statements: [] }],
  ["plural noun reading after a preposition and a name: amid Labour claims", "The mayor defended the posters amid Labour claims that they were misleading.", { statements: [] }],
  ["plural noun reading before against: the doping charges against", "Her lawyer asked for the doping charges against the runner to be dropped.", { statements: [] }],
  ["plural noun reading before a relative clause with no subject", "The deal only shields them from any criminal charges that might arise from the search.", { statements: [] }],
  ["the -s form before that and a subject is still a verb", "The Daily Ledger charges that the vote was rigged.",
    { statements: [{ kind: "indirect", cue: "charges", source: "The Daily Ledger", starts: "the vote" }] }],
  ["plural noun reading: restructuring charges", "Quarterly results include restructuring charges of $40 million.", { statements: [] }],
  ["a plural noun after another cue does not stop its clause", "The minister has said in recent reports that the tax will stay.",
    { statements: [{ cue: "said", source: "The minister", starts: "the tax" }] }],
  ["the -s form after a singular named subject is a verb", "The Daily Ledger reports that the mill will close in May.",
    { statements: [{ kind: "indirect", cue: "reports", source: "The Daily Ledger", starts: "the mill", ends: "in May" }] }],
  ["clause, the paper reports", "The mill will close in May, the Ledger reports.",
    { statements: [{ kind: "indirect", cue: "reports", source: "the Ledger", starts: "The mill", ends: "in May" }] }],
  ["a platform's name and post: a noun, no verb (a Facebook post)", "He was dismissed after sharing a Facebook post this week that appeared to mock the law.",
    { statements: [] }],
];

const eventsThatAreNotSpeech: Row[] = [
  ["would not say whether: speech refused, no words", "The mayor would not say whether the bridge would reopen.", { statements: [] }],
  ["cannot say that (an adverb between or not): no words of the subject's", "Ruiz cannot publicly say that the plan failed, Kell added.",
    { statements: [{ cue: "added", source: "Kell" }] }],
  ["doesn't tell: no words", "The label doesn't tell voters much about the candidates.", { statements: [] }],
  ["argued against a plan (an adverb between): a cause, no words", "Some senior members argued vociferously against the move.", { statements: [] }],
  ["…but argued that is a report", "Some senior members argued that the move was rushed.", { statements: [{ cue: "argued", starts: "the move" }] }],
  ["testify with no clause of its own: an appearance", "Ruiz will testify before the House committee about the decision on Thursday.", { statements: [] }],
  ["English did not respond", "The embassy did not respond to a request for comment.", empty()],
  ["declined to comment: only \"commented\" of the verb is a cue (en-verbs.tsv \"only\")", "The bank declined to comment on the report that it would merge.", empty()],
  ["his comments: the noun", "His comments that the mill would close upset the town.", empty()],
];

describe("English words that are not reporting", () => {
  describe("not cues", () => table(notCues));
  describe("nouns and name words", () => table(nounsAndNameWords));
  describe("events that are not speech", () => table(eventsThatAreNotSpeech));
});
