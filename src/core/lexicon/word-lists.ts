// Word lists (ar-words.tsv, en-words.tsv): the function words and small closed classes
// the parsers and describers test by name. The names are declared here so that the
// code asking for a list and the data giving it cannot drift apart: loading fails on
// a list the data lacks or a name the code does not know.
import { normWord } from "../text/chars";
import arWords from "./ar-words.tsv";
import enWords from "./en-words.tsv";
import { cellWords, readRows, type LoadedRow } from "./rows";

const AR_LISTS = [
  "cliticHomographs",
  "notCues",
  "commonCueFirst",
  "objectSuffixes",
  "complementiserPronouns",
  "cliticPrefixes",
  "possessiveSuffixes",
  "endSource",
  "beforeTimeOrMedium",
  "parentheticalStart",
  "beforeComplementiser",
  "questionWords",
  "freePrepositions",
  "verbPrepositions",
  "objectPrepositions",
  "cuePrepositions",
  "sayingVerbs",
  "without",
  "reflexive",
  "quantifiers",
  "iyya",
  "kama",
  "relativeMa",
  "demonstratives",
  "sameWords",
  "maObject",
  "claimDeterminers",
  "responsibility",
  "claimPronoun",
  "negations",
  "denialCues",
  "onBehalf",
  "soCalled",
  "sabaqa",
  "relativeMasculine",
  "relativeFeminine",
  "clauseOpeners",
  "amma",
  "topicOpeners",
  "documentHeads",
  "existential",
  "notSubject",
  "verbalAn",
  "outletHeads",
  "outletRoles",
  "mentionQuantifiers",
  "mentionQuantifiersMin",
  "kanaSisters",
  "subordinators",
  "nameLinks",
  "maAfterPreposition",
  "biPronoun",
  "toldPronouns",
  "inItPronouns",
  "lightVerbs",
  "faInna",
  "faClauseOpeners",
  "verbParticles",
  "compoundNameEnds",
  "lamPrepositions",
  "statementBoundary",
  "mentionInner",
  "placeNouns",
  "namedBodies",
  "mentionPrepositions",
  "nameParticles",
  "articleLikeNames",
  "nameSuffixes",
  "ageWords",
  "appositionPronouns",
  "openingPrepositions",
  "issuedTexts",
  "spokenMedia",
  "officeHeads",
  "statementHeads",
  "issuedParticiples",
  "aboutPronouns",
  "ministryFields",
  "ministryHeads",
  "namedOrgHeads",
  "bodyHeads",
  "governmentHeads",
  "vagueSourceHeads",
  "collectiveSources",
  "agreePlural",
  "agreeFeminineSingular",
  "honorificPronouns",
  "honorifics",
  "biClaims",
  "representativeTitles",
  "passivePresent",
  "impersonalPresent",
  "nameNouns",
] as const;

const EN_LISTS = [
  "abbreviations",
  "numberAbbreviations",
  "titleCaseSmall",
  "beforeTitle",
  "namingVerbs",
  "speaksFor",
  "titleBreaks",
  "aux",
  "stop",
  "pronouns",
  "npInner",
  "articles",
  "be",
  "notBeforeBaseVerb",
  "neverNouns",
  "pluralNounVerbs",
  "singularSubjects",
  "nounPrepositions",
  "nounAfterPlural",
  "objectPrepositions",
  "reasonPreps",
  "baseLead",
  "notReportingAfter",
  "negations",
  "causeVerbs",
  "causePreps",
  "nounBeforeCue",
  "ingLead",
  "issuedWords",
  "issuingVerbs",
  "pastRoles",
  "rankChangers",
  "addedOnParticiples",
  "coordinators",
  "endInvertedSubject",
  "finite",
  "invertedSubjectStarts",
  "relayedSpeech",
  "relativeSubjects",
  "sentenceOpeners",
  "opinionNouns",
  "opinionModifiers",
  "determiners",
  "addressees",
  "objectPronouns",
  "wh",
  "complementisers",
  "adjuncts",
  "days",
  "clauseLinks",
  "statementBoundary",
  "mentionDeterminers",
  "descriptionDeterminers",
  "capitalisedTitles",
  "subjectPronouns",
  "contractedSubjects",
  "relativePronouns",
  "definite",
  "vagueSourceHeads",
  "collectiveSources",
  "pluralQuantifiers",
  "anonymityWords",
  "anonymityReasonVerbs",
  "honorifics",
  "nameParticles",
  "namePrepositions",
  "afterPersonName",
  "notNames",
  "appositionEnd",
  "adjectivesBeforeName",
  "sourceJoiners",
  "notInInitials",
  "personIntroducers",
  "titleSurnames",
  "issueRoleLeads",
  "issueRoles",
  "nameEndingTitles",
  "notFirstNames",
  "maleHonorifics",
  "femaleHonorifics",
  "firmOrPerson",
  "notFirms",
  "firmHeads",
  "relativesBeforePhrase",
  "possessives",
  "possessedSources",
  "epithets",
  "quantifierSubjects",
  "irregularPast",
  "sentenceAdverbs",
  "subordinators",
  "timeNouns",
  "issuedNouns",
  "ranks",
  "indefinite",
] as const;

/** A word list: normalised words, in the order the file gives them (iteration follows it). */
export type WordList = ReadonlySet<string>;
export type ArabicWordLists = Readonly<Record<(typeof AR_LISTS)[number], WordList>>;
export type EnglishWordLists = Readonly<Record<(typeof EN_LISTS)[number], WordList>>;

function loadLists<N extends string>(file: string, text: string, names: readonly N[], log: LoadedRow[]): Readonly<Record<N, WordList>> {
  const lists = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  for (const r of readRows(file, text, log)) {
    const [name, wordsCell] = r.cells;
    const list = lists.get(name);
    if (!list) throw new Error(`${file}: unknown list "${name}" (declare it in word-lists.ts)`);
    for (const w of cellWords(wordsCell)) list.add(normWord(w));
  }
  for (const [name, list] of lists) if (!list.size) throw new Error(`${file}: no words for the list "${name}"`);
  return Object.fromEntries(lists) as unknown as Record<N, WordList>;
}

export function loadArabicWordLists(log: LoadedRow[]): ArabicWordLists {
  return loadLists("ar-words.tsv", arWords, AR_LISTS, log);
}

export function loadEnglishWordLists(log: LoadedRow[]): EnglishWordLists {
  return loadLists("en-words.tsv", enWords, EN_LISTS, log);
}

/** Whether the list holds the word, or the word after a clitic و/ف it carries. */
export function hasWithClitic(list: WordList, n: string): boolean {
  if (list.has(n)) return true;
  const c = n.charCodeAt(0);
  return (c === 0x0648 || c === 0x0641) && list.has(n.slice(1));
}
