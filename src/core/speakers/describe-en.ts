// English mentions: a pronoun; a name (the last run of capitalised words, its title before
// it); an unnamed source by its role (a government official); an institution (the ministry,
// Munich Re, SAIC); two sources under one cue (Munich Re and Swiss Re).
import { lexicon } from "../lexicon";
import { inList, sourceClass } from "../lexicon/lookup";
import { gluedHyphen, isPunct, isWord, tickerOpen, type Para } from "../text/paragraph";
import { NUM, WORD, type Tok } from "../text/token";
import { countedFrom } from "../en/count";
import { participleShape } from "../en/words";
import { conjoined } from "./en-conjoined";
import { capsLine, enClass, firmOfCountry, inPlaceRun, isAcronym, lastOrgName, NAME_WORD, nameRuns, personHeadEnd, possessive, possessiveText, prepBetween } from "./en-names";
import type { MentionInfo } from "./mention";

type Toks = Para["toks"];
const en = () => lexicon().en;

export function describeEn(p: Para, a: number, b: number, m: MentionInfo): MentionInfo {
  // "figures released by the trade office on Tuesday": the agent of what was issued speaks for it.
  const by = issuedBy(p, a, b, m);
  if (by) return by;
  // "75 percent of Republicans", "Six in 10 voters", "Less than a third": people counted (en/count.ts).
  const counted = countedFrom(p.toks, a, b);
  if (counted > a) return asCount(p, a, counted, b, m);
  // "Coopervision Inc <EYE>": a wire ticker after the name is no part of it.
  // "Daiwa Securities as co-lead manager": the bank's role in the issue after its name is no part of it.
  const role = issueRoleAfter(p.toks, a, b);
  if (role > a) {
    m.e = p.toks[role - 1].e;
    return describeEn(p, a, role, m);
  }
  // "according to Labor Department figures": figures or data with no article, the name before them speaks.
  if (dataIssuer(p.toks, a, b)) return asDataIssuer(p, a, b, m);
  const ticker = tickerAt(p, a, b);
  if (ticker < 0) return describePhrase(p, a, b, m);
  m.e = p.toks[ticker - 1].e;
  return describePhrase(p, a, ticker, m);
}

function describePhrase(p: Para, a: number, b: number, m: MentionInfo): MentionInfo {
  const toks = p.toks;
  const hb = headEnd(p, a, b, m);
  if (issueRoleFirst(toks, a, hb)) return withoutIssueRole(p, a, hb, b, m);
  // "Chelsea's statement said", "Mr Ost's statement said": what a named possessor issued speaks for it.
  if (issuerEnd(toks, a, hb) > 0) return withoutPossessive(describeEn(p, a, issuerEnd(toks, a, hb), m));
  // "a Holcim statement said": so does a name written before the noun, after an article.
  if (articleIssuer(toks, a, hb)) return describeEn(p, a + 1, hb - 1, m);
  if (asPronoun(toks, a, hb, m)) return m;
  // "Some say …", "Others said …": unnamed people, as "some who warned" are ("Both said …": the two named before, as "they").
  if (hb === a + 1 && inList(toks[a], en().referringQuantifiers)) return Object.assign(m, { kind: "pronoun", pronoun: "they" });
  if (hb === a + 1 && inList(toks[a], en().quantifierSubjects)) return quantifierAlone(p, a, b, m);
  // "Nicolas Sarkozy of France", "Junya Tanase of JPMorgan Chase bank in Tokyo": after a person's
  // name, a preposition starts where the person is from or works — not the speaker.
  const he = personHeadEnd(toks, a, hb);
  // "Munich Re and Swiss Re", "chief executive William Schreyer and … Daniel Tully": two sources (so are "Both Labour and the Tories").
  if (conjoined(p, a, he) || bothAnd(toks, a, he)) return asConjoined(p, a, hb, m);
  const h = scanHead(toks, a, hb, he, nameRuns(toks, a, he), m.words);
  // "One well-connected Democrat familiar with the talks": one unnamed member of a party.
  const member = partyMember(toks, a, hb, h.names);
  if (member > a) return asPartyMember(p, a, hb, b, member, m);
  const { org, orgAt, title, names, roles } = h;
  m.definite = isWord(toks[a]) && inList(toks[a], en().definite);
  // "The White House press secretary": capitalised words before a lowercase role describe it; they are no name.
  const lastName = names.length ? names[names.length - 1] : -1;
  // (Capitalised too when the title ends the phrase: "the Treasury Secretary", "the Foreign Minister".)
  const roleAfterName = lastName >= 0 && title > lastName && (!toks[title].cap || (endsHead(toks, title, he) && !inList(toks[title], en().nameEndingTitles)));
  // The last run of capitalised words is the name (Retired Lt. Gen. Michael Flynn → Michael Flynn);
  // a possessive before it is the employer (BT's Andrew Burke).
  const s = nameStart(toks, a, names, lastName);
  // "Prudential Equity Group insurance analyst Jay Gelb": an institution, then a role, then the
  // person's name — the institution is only where the person works.
  // (A capitalised rank counts as a role too: "retired Army Lt. Gen. Mick Bednarek".)
  // (So is one written with a possessive before the name: "The Washington Post's Ed Lane".)
  const orgIsEmployer = org !== "" && (roles.some((r) => r > orgAt && r < s) || rankBetween(toks, orgAt, s) || possessiveBetween(toks, orgAt, s) || roleWordsBetween(toks, orgAt, s, lastName));
  // "SAIC said", "Allianz, a leading German insurer, said": a name with no role that reads as an
  // institution's — an acronym, or an apposition headed by an institution noun.
  // "the Lib Dems", "the Bundesbank": a name run right after "the" and nothing else is an
  // institution's proper name — a person's name takes no article (so is "The United Auto Workers", theProperName).
  const theName = names.length > 0 && roles.length === 0 && !org && s === a + 1 && toks[a].norm === "the" && endsHead(toks, lastName, he);
  const body = theProperName(p, a, h.anonAt, he);
  const institution = theName || body || (names.length > 0 && roles.length === 0 && !org && ((allCapitals(p, names) && !capsLine(p, a, b)) || appositionIsOrg(toks, hb, b)));
  // "Moody's Investors Service Inc", "lead manager Credit Suisse First Boston Ltd": a name that ends
  // with an institution-name word is the institution's, whatever role words it holds.
  const tail = lastOrgName(toks, a, he);
  const tailEnds = tail > lastName && !roles.some((r) => r > tail);
  const post = onePost(toks, a, h);
  // "Analysts at Jefferies", "economists at Capital Economics": the unnamed people speak; the name after the preposition is where they work.
  const named = Math.max(lastName, tail);
  const employer = h.anon !== "" && h.anonAt >= 0 && named > h.anonAt && prepBetween(toks, h.anonAt, named);
  const anon = (tailEnds && !employer) || post || bodyName(toks, h.anonAt, he) || body ? "" : h.anon;
  // "U.S. regulators", "Other U.S. banks": a name before a collective's noun says where they are (otherKind).
  const groupAfterName = h.group !== "" && names.length > 0 && h.groupAt > lastName && !anon && !tailEnds && title < 0;
  const groupOfName = names.length > 0 && collectiveAbout(toks, h, s);
  if (firmPair(toks, a, hb) || firmOfCountry(toks, a, hb)) {
    // "S and P", "Duff and Phelps", "Standard & Poor's": one firm's name, not a person "P" (so "Philips of the Netherlands").
    m.kind = "organization";
    m.proper = true;
    m.nameText = p.text.slice(toks[a].s, toks[hb - 1].e);
  } else if (names.length && firmAfterPluralRole(toks, h, s, lastName, he)) {
    asFirm(p, s, lastName, m);
  } else if (names.length && pluralName(toks, a, s, lastName) && endsHead(toks, lastName, he)) {
    // "Some Democrats", "many senior Tories", "Republicans": unnamed people of a general class.
    asPluralName(toks, a, lastName, m);
  } else if (names.length && roles.some((r) => r < s && inList(toks[r], en().speaksFor) && forNamed(toks, r, s))) {
    // "The spokesman for Senator Jane Roe": the spokesman speaks, for the person named.
    m.kind = "person";
    m.titleText = p.text.slice(m.s, m.e);
  } else if (names.length && !tailEnds && !roleAfterName && !(!m.definite && nounAfterName(toks, lastName, he)) && !(anon && (lastName < h.anonAt || employer)) && (!org || orgIsEmployer) && !institution && !groupAfterName && !groupOfName) {
    namedPerson(p, a, s, lastName, m);
    // "Ada Brandt, the economy minister, said … the minister said": the apposition's words are
    // the person's too, so a later role without a name finds her (the resolver's role).
    appositionRole(toks, hb, b, m.words);
  } else if (anon && !possessedRole(toks, a, hb)) {
    // "A government official", "an official at the ministry": the role speaks (not "Ruiz's right-hand woman": otherKind).
    m.kind = bothNamed(toks, a, h) ? "group" : "anonymous";
    m.lemma = anon;
    // Analysts, residents: a general class, not insiders (a story need not say why they go unnamed).
    m.collective = inList(toks[h.anonAt], en().collectiveSources);
  } else if (post === "owned") {
    Object.assign(m, { kind: "person", titleText: p.text.slice(m.s, m.e), lemma: h.anon });
  } else if (org && title >= 0 && (title > orgAt || prepBetween(toks, title, orgAt)) && !(tailEnds && title > orgAt && capitalisedTo(toks, title, hb))) {
    // "a union spokesman", "the union President of Orrin Airways": an on-record role at an institution ("party
    // officials": several, a group); not a capitalised "title" running into the firm's name (carmaker General Motors).
    m.kind = h.plural ? "group" : "person";
    if (!h.plural) m.titleText = p.text.slice(m.s, m.e);
  } else if ((org || institution) && !groupAfterName && !groupOfOrg(toks, h, institution)) {
    // ("the United States": no institution noun; its last name word is what names its kind.)
    asInstitution(p, a, hb, org || (body ? toks[h.anonAt].norm : theName ? toks[lastName].norm : ""), names, institution, m);
  } else if (title >= 0 && !collectiveAbout(toks, h, title)) {
    // ("Supporters of the governor": the collective speaks, not the title after it; otherKind.)
    // "European leaders", "finance ministers of the eurozone": several people on the record, a group.
    m.kind = h.plural ? "group" : "person";
    if (!h.plural) m.titleText = p.text.slice(m.s, m.e);
    // (Its head: "the minister" refers back to Finance Minister Ola Berg; see the resolver's role.)
    if (!h.plural) m.lemma = h.titleLemma;
  } else otherKind(p, a, hb, h.group, m);
  headPhraseName(p, a, hb, b, m);
  return finish(nameAfterDescriptor(p, a, hb, m));
}

/** Whether the words from k to the head's end hb are all capitalised, nothing between them ("General Motors", not "President of Orrin Airways"). */
function capitalisedTo(toks: Toks, k: number, hb: number): boolean {
  for (let i = k; i < hb; i++) if (!isWord(toks[i]) || !toks[i].cap) return false;
  return true;
}

/**
 * "UK-based firm Aggregate Industries", "the trade paper Automotive News": descriptive words ending with
 * a lower-case institution noun, then only capitalised words to the head's end: those are the
 * institution's name; the words before describe it (its title). The noun alone only when it is a
 * firm's ("said carmaker General Motors"): "radio Tanzania" is a name.
 */
function nameAfterDescriptor(p: Para, a: number, hb: number, m: MentionInfo): MentionInfo {
  const toks = p.toks;
  if (m.kind !== "organization" || !isWord(toks[hb - 1]) || (m.nameText !== "" && m.nameText !== p.text.slice(toks[a].s, toks[hb - 1].e))) return m;
  let k = hb - 1;
  // (A hyphen, stop or ampersand inside the name: Rhone-Poulenc, Dataquest Inc., AT&T.)
  for (; k > a; k--) {
    const t = toks[k];
    if (isWord(t) ? !t.cap || possessive(t) || inList(t, en().notNames) : !isPunct(t, "-.&")) break;
  }
  const noun = toks[k];
  const cls = isWord(noun) && !noun.cap ? sourceClass(noun) : null;
  // (The noun alone only when it is a firm's, lemma en-words firmHeads: "carmaker General Motors".)
  if (k === hb - 1 || k < a || cls?.cls !== "org" || !isWord(toks[k + 1]) || (k === a && !en().firmHeads.has(cls.lemma))) return m;
  // (Its kind is that noun's: "the company" later refers back to "network monitoring company Sandvine".)
  m.lemma = cls.lemma;
  m.nameText = p.text.slice(toks[k + 1].s, toks[hb - 1].e);
  // (Without its article: "The ruling party Likud" shows the title "ruling party"; not the A of "A-rated insurer".)
  const t0 = isWord(toks[a]) && inList(toks[a], lexicon().en.articles) && !isPunct(toks[a + 1], "-") ? a + 1 : a;
  m.titleText = p.text.slice(toks[t0].s, noun.e);
  m.proper = true;
  return m;
}

/**
 * "SAIC", "USA TODAY": every name word in capitals (one word, or two or three) is an institution's name
 * (outside a headline in capitals, capsLine).
 */
function allCapitals(p: Para, names: number[]): boolean {
  return names.length >= 1 && names.length <= 3 && names.every((k) => isAcronym(p, p.toks[k]));
}

/** Two sources under one cue: a group named by the whole phrase. */
function asConjoined(p: Para, a: number, hb: number, m: MentionInfo): MentionInfo {
  const toks = p.toks;
  for (let k = a; k < hb; k++) if (isWord(toks[k])) m.words.push(toks[k].norm);
  m.kind = "group";
  // (Without "both": "Both Marais and Develle" is Marais and Develle.)
  const first = isWord(toks[a]) && toks[a].norm === "both" && a + 1 < hb ? a + 1 : a;
  m.nameText = p.text.slice(toks[first].s, toks[hb - 1].e);
  return finish(m);
}

/**
 * "Both Labour and the Tories", "both the union and the firm": "both" opening the phrase, then a joiner
 * after a capitalised word or a source noun (not "both producer and consumer delegates": one noun shared).
 */
function bothAnd(toks: Toks, a: number, he: number): boolean {
  if (!isWord(toks[a]) || toks[a].norm !== "both") return false;
  for (let k = a + 2; k < he - 1; k++) {
    const prev = toks[k - 1];
    // (A source noun in the plural or after a determiner: "both brokers and bankers", "both the union and …".)
    if (isWord(toks[k]) && !toks[k].cap && inList(toks[k], en().sourceJoiners)) return isWord(prev) && (prev.cap || (!!sourceClass(prev) && (prev.norm.endsWith("s") || inList(toks[k - 2], en().determiners))));
  }
  return false;
}

/**
 * "A Democrat", "one well-connected Republican close to the leadership": an indefinite determiner, other
 * words, then one member of a party or a people (memberWord) — where it is, or -1 —,
 * and no other name but after a preposition ("familiar with the Clinton campaign"; not "a Democrat, Senator Ana Ruiz").
 */
function partyMember(toks: Toks, a: number, hb: number, names: number[]): number {
  if (!isWord(toks[a]) || !inList(toks[a], en().indefinite)) return -1;
  // (Words and hyphens before it: "one well-connected Democrat", "a New Hampshire Republican", "an American Muslim".)
  let s = a + 1;
  while (s < hb && ((isWord(toks[s]) && !memberWord(toks, s, hb) && !inList(toks[s], en().determiners)) || isPunct(toks[s], "-"))) s++;
  if (s >= hb || !memberWord(toks, s, hb)) return -1;
  return names.every((n) => n <= s || prepBetween(toks, s, n)) ? s : -1;
}

/**
 * The word at s names one member of a party (memberPlurals' singular, anywhere in the head), or of a people or a
 * faith as the head's last word ("A Briton", "an Iraqi", "an American Muslim": en-words memberNouns, or a
 * nationality the sources list as a descriptor; not "an Israeli official", whose head is the official).
 */
function memberWord(toks: Toks, s: number, hb: number): boolean {
  const t = toks[s];
  if (!isWord(t) || !t.cap) return false;
  if (en().memberPlurals.has(t.norm + "s")) return true;
  return s === hb - 1 && (inList(t, en().memberNouns) || lexicon().sources.get(t.norm)?.cls === "descriptor");
}

/** m one unnamed member of a party (the member word at s): anonymous, an insider (no collective). */
function asPartyMember(p: Para, a: number, hb: number, b: number, s: number, m: MentionInfo): MentionInfo {
  m.kind = "anonymous";
  m.lemma = p.toks[s].norm;
  headPhraseName(p, a, hb, b, m);
  return finish(m);
}

/**
 * The kind of a phrase with no name of a speaker, no unnamed source's noun, institution or title:
 * an unnamed collective (Critics, rights groups, U.S. regulators: `group`, its noun's lemma), one
 * person who speaks for someone named, on the record (his lawyer, the mayor's husband, Ana Ruiz's
 * right-hand woman; their lawyers: unnamed people), or else unknown.
 */
function otherKind(p: Para, a: number, hb: number, group: string, m: MentionInfo): void {
  if (group) {
    m.kind = "group";
    m.lemma = group;
  } else if (possessedRole(p.toks, a, hb)) {
    const n = p.toks[hb - 1].norm;
    m.kind = n.length > 3 && n.endsWith("s") ? "anonymous" : "person";
    m.lemma = n;
    if (m.kind === "person") m.titleText = p.text.slice(m.s, m.e);
  } else m.kind = "unknown";
}

/**
 * "Both candidates said": the two spoken of before, people the story has named (a collective's noun of
 * en-words collectiveSources right after "both"), a group, no unnamed source; not "Both officials": the
 * two may be insiders left unnamed.
 */
function bothNamed(toks: Toks, a: number, h: Head): boolean {
  return inList(toks[a], en().referringQuantifiers) && h.anonAt === a + 1 && inList(toks[h.anonAt], en().collectiveSources);
}

/**
 * A quantifier alone as the subject (Some, Others): unnamed people, anonymous; a general class,
 * no insiders (as some have speculated): a story need not say why they go unnamed.
 */
function quantifierAlone(p: Para, a: number, b: number, m: MentionInfo): MentionInfo {
  m.words.push(p.toks[a].norm);
  m.kind = "anonymous";
  m.collective = true;
  headPhraseName(p, a, a + 1, b, m);
  return finish(m);
}

/**
 * m the people a count at [a, c) counts, described by the phrase [c, b) after it (the count alone: no
 * words): unnamed people, a collective; named by the whole phrase, count and all.
 */
function asCount(p: Para, a: number, c: number, b: number, m: MentionInfo): MentionInfo {
  // (The count's own words first: 16 percent of voters and nine in 10 voters are two groups.)
  for (let k = a; k < c; k++) m.words.push(p.toks[k].norm);
  if (c < b) {
    const rest = describeEn(p, c, b, { ...m, name: [], words: [], nameText: "", titleText: "", lemma: "" });
    m.words.push(...rest.words);
    m.lemma = rest.lemma;
    m.e = rest.e;
  }
  m.kind = "anonymous";
  m.collective = true;
  m.nameText = p.text.slice(p.toks[a].s, m.e);
  return finish(m);
}

/** Where a wire ticker ("<EYE>", "<ANGL.J>", its closing mark in the phrase or not) ending [a, b) opens, -1 when none does. */
function tickerAt(p: Para, a: number, b: number): number {
  const close = isPunct(p.toks[b - 1], ">") ? b - 1 : b;
  const k = tickerOpen(p, close);
  return k > a ? k : -1;
}

/**
 * Where the name ending at lastName starts: back over name words (not past a possessive), an
 * initial's dot or a hyphen inside a name (Hans-Werner Sinn, Mr Holden-Brown), and lower-case
 * particles between name words or after an honorific (Pierre de Vos, Ursula von der Leyen, Mr de Vos).
 */
function nameStart(toks: Toks, a: number, names: number[], lastName: number): number {
  let s = lastName;
  while (s >= 0) {
    const particles = particlesBefore(toks, a, s);
    if (names.includes(s - 1) && !possessive(toks[s - 1])) s--;
    // (Ahmed al-Rashidi: a particle glued to the name word by a hyphen.)
    else if (s - 2 >= a && gluedHyphen(toks, s - 1) && !toks[s - 2].cap && inList(toks[s - 2], en().nameParticles)) s -= 2;
    else if (s - 2 >= a && names.includes(s - 2) && (toks[s - 1].norm === "." || gluedHyphen(toks, s - 1))) s -= 2;
    else if (particles > 0 && names.includes(s - particles - 1)) s -= particles + 1;
    // (Mr. de Vos: the particle opens the name after an honorific.)
    else if (particles > 0 && introducerAt(toks, a, s - particles - 1)) return s - particles;
    else break;
  }
  // ("… The Media And Marco Rubio Tell You": a small word of a Title Case line opens no name.)
  while (s < lastName && inList(toks[s], en().titleCaseSmall)) s++;
  return s;
}

/** Whether token k (or the word before it, k a dot) is an honorific or a title (Mr, Mr., Dr). */
function introducerAt(toks: Toks, a: number, k: number): boolean {
  const t = isPunct(toks[k], ".") ? toks[k - 1] : toks[k];
  return k >= a && isWord(t) && t.cap && inList(t, en().personIntroducers);
}

/** How many lower-case name particles (de, von der: en-words nameParticles) stand right before token s, after a; at most two. */
function particlesBefore(toks: Toks, a: number, s: number): number {
  let n = 0;
  while (n < 2 && s - n - 1 > a && isWord(toks[s - n - 1]) && !toks[s - n - 1].cap && inList(toks[s - n - 1], en().nameParticles)) n++;
  return n;
}

/** m a person named by tokens s..lastName, titled by what stands before them from a. */
function namedPerson(p: Para, a: number, s: number, lastName: number, m: MentionInfo): void {
  const toks = p.toks;
  m.kind = "person";
  m.name = [];
  for (let k = s; k <= lastName; k++) if (isWord(toks[k])) m.name.push(toks[k].norm);
  m.nameText = p.text.slice(toks[s].s, toks[lastName].e);
  if (s > a) m.titleText = p.text.slice(toks[titleStart(toks, a, s)].s, toks[s - 1].e);
  // (A title written short stands for its full word too: "Gov. Ana Ruiz … the governor said".)
  for (let k = a; k < s; k++) {
    const lemma = isWord(toks[k]) && isPunct(toks[k + 1], ".") ? lexicon().sources.get(toks[k].norm + ".") : undefined;
    if (lemma?.cls === "title" && !lemma.lemma.endsWith(".") && !m.words.includes(lemma.lemma)) m.words.push(lemma.lemma);
  }
}

/**
 * Where the title shown before a name starts: after from/to/by/with (en-words titleBreaks) following
 * a lower-case word naming no source ("The decision drew criticism from President X, who …" →
 * President), else at a. (of/for/at describe a role: "head of research", "minister for trade".)
 */
function titleStart(toks: Toks, a: number, s: number): number {
  for (let k = s - 1; k > a; k--) {
    const t = toks[k];
    const prev = toks[k - 1];
    if (isWord(t) && !t.cap && inList(t, en().titleBreaks) && isWord(prev) && !prev.cap && !sourceClass(prev) && !inList(prev, en().possessedSources)) return k + 1 < s ? k + 1 : a;
  }
  return a;
}

/** m an institution with head `lemma`; `institution`: told by its name alone (an acronym, "the Bundesbank"). */
function asInstitution(p: Para, a: number, hb: number, lemma: string, names: number[], institution: boolean, m: MentionInfo): void {
  const toks = p.toks;
  m.kind = "organization";
  m.lemma = lemma;
  m.proper = properName(toks, a, hb);
  m.generic = names.length === 0 && !institution;
  if (institution && names.length === 1 && isAcronym(p, toks[names[0]])) m.acronym = p.text.slice(toks[names[0]].s, toks[names[0]].e);
}

/** A pronoun (he, she'd) or an age epithet standing for one ("…," said the 28-year-old): m made a pronoun mention. */
function asPronoun(toks: Toks, a: number, hb: number, m: MentionInfo): boolean {
  // (she'd, he's: the pronoun before the apostrophe.)
  const contracted = hb - a === 1 && inList(toks[a], en().contractedSubjects);
  const epithet = ageEpithet(toks, a, hb);
  const noun = !epithet && nounEpithet(toks, a, hb);
  const issued = !epithet && !noun ? pronounIssuer(toks, a, hb) : "";
  if (!epithet && !noun && !issued && !(hb - a === 1 && (contracted || inList(toks[a], en().subjectPronouns)))) return false;
  m.kind = "pronoun";
  m.pronoun = epithet ? AGE_EPITHET : noun ? NOUN_EPITHET : issued || (contracted ? toks[a].norm.slice(0, toks[a].norm.search(/['’]/)) : toks[a].norm);
  if (noun) {
    m.definite = true;
    m.lemma = toks[hb - 1].norm;
    for (let k = a + 1; k < hb; k++) m.words.push(toks[k].norm);
  }
  if (epithet || noun) finish(m);
  return true;
}

/** The pronoun each possessive stands for. */
const POSSESSOR: Readonly<Record<string, string>> = { its: "it", his: "he", her: "she", their: "they" };

/**
 * "Its statement said", "his annual report said": a possessive, at most one lower-case word, and a
 * noun of what was issued (en-words issuedNouns) speak as the possessor would ("it said"); the
 * pronoun, or "" when [a, hb) is otherwise.
 */
function pronounIssuer(toks: Toks, a: number, hb: number): string {
  const head = toks[hb - 1];
  const pr = isWord(toks[a]) ? POSSESSOR[toks[a].norm] : undefined;
  if (!pr || hb - a < 2 || hb - a > 3 || !isWord(head) || head.cap || !inList(head, en().issuedNouns)) return "";
  const mid = toks[a + 1];
  return hb - a === 2 || (isWord(mid) && !mid.cap && !sourceClass(mid)) ? pr : "";
}

/** The pronoun of a description standing for a person ("…," the businessman replied): see nounEpithet. */
export const NOUN_EPITHET = "the-epithet";

/** Most words "the" and a description of a person may take (the presumptive Republican presidential nominee). */
const EPITHET_WORDS = 5;

/**
 * Whether [a, hb) is "the", a few words and a noun that describes a person by what they are (en-words
 * epithets: the businessman, the Republican candidate, the Texan); not a possessive's (the star's agent).
 */
function nounEpithet(toks: Toks, a: number, hb: number): boolean {
  if (hb - a < 2 || hb - a > EPITHET_WORDS || toks[a].norm !== "the" || !isWord(toks[a])) return false;
  // (A hyphen joins two of its words: the two-time champion, the left-handed batsman.)
  for (let k = a + 1; k < hb; k++) if ((!isWord(toks[k]) || possessive(toks[k])) && !(isPunct(toks[k], "-") && isWord(toks[k - 1]) && isWord(toks[k + 1]) && k + 1 < hb)) return false;
  return inList(toks[hb - 1], en().epithets);
}

/** The pronoun of an age epithet ("the 28-year-old"): a person, of either gender. */
export const AGE_EPITHET = "the-n-year-old";

/** Whether [a, hb) is "the" + an age ("28-year-old") + lower-case words only (the 47-year-old director). */
function ageEpithet(toks: Toks, a: number, hb: number): boolean {
  const t = toks[a];
  if (!isWord(t) || t.norm !== "the" || toks[a + 1]?.kind !== NUM) return false;
  const y = toks[a + 3];
  const o = toks[a + 5];
  if (!isPunct(toks[a + 2], "-") || !isWord(y) || y.norm !== "year" || !isPunct(toks[a + 4], "-") || !isWord(o) || o.norm !== "old") return false;
  for (let k = a + 6; k < hb; k++) if (!isWord(toks[k]) || toks[k].cap) return false;
  return true;
}

/**
 * The lower-case words of a named person's apposition [hb + 1, b) ("Ada Brandt, the economy
 * minister"), added to `words` without determiners ("a spokesman" stays a new source). Not a
 * role held no more ("the former governor": "the governor" later is someone else).
 */
function appositionRole(toks: Toks, hb: number, b: number, words: string[]): void {
  for (let k = hb + 1; k < b; k++) if (isWord(toks[k]) && inList(toks[k], en().pastRoles)) return;
  for (let k = hb + 1; k < b; k++) if (isWord(toks[k]) && !toks[k].cap && !inList(toks[k], en().mentionDeterminers)) words.push(toks[k].norm);
}

/**
 * Where the head phrase ends: only the phrase before an apposition comma names the speaker. A
 * description ("Ali Hassan, a farmer") stays in the mention; a relative or participle clause
 * ("An aide, who declined to be named," / "one banker, asking not to be named") does not.
 */
function headEnd(p: Para, a: number, b: number, m: MentionInfo): number {
  const toks = p.toks;
  let hb = a;
  while (hb < b && !(toks[hb].kind !== WORD && toks[hb].norm === "," && !firmNameComma(p, hb, b)) && !dashedDescription(toks, hb, b)) hb++;
  // "Voters who have heard from the Lane campaign", "a woman who runs the bakery": with no comma
  // the phrase before "who" still names the speaker (its kind too); the clause describes it.
  if (hb === b) for (let k = a + 1; k < b - 1; k++) if (toks[k].norm === "who" && isWord(toks[k]) && isWord(toks[k + 1]) && !toks[k + 1].cap) return k;
  const after = toks[hb + 1];
  if (hb < b && hb > a && isWord(after) && (inList(after, en().relativePronouns) || (after.norm.endsWith("ing") && after.norm.length > 5)) && !firstNameAfterPhrase(p, hb, b)) m.e = toks[hb - 1].e;
  return hb;
}

/**
 * "Ana Ruiz -- a lawyer for the family", "Tom Vale - one of the creditors": a dash with a space either side
 * (or two hyphens typed for one) at token k before a lower-case word opens a description, as a comma does.
 */
function dashedDescription(toks: Toks, k: number, b: number): boolean {
  const t = toks[k];
  if (k === 0 || !isPunct(t, "-–—") || toks[k - 1].e >= t.s) return false;
  const n = isPunct(toks[k + 1], "-") && toks[k + 1].s === t.e ? k + 1 : k;
  const w = toks[n + 1];
  return n + 1 < b && isWord(w) && !w.cap && w.s > toks[n].e;
}

/** "lead manager Kidder, Peabody and Co Inc", "sole underwriter Drexel …": a bank's role in an issue (en-words issueRoleLeads, issueRoles) before a name. */
function issueRoleFirst(toks: Toks, a: number, hb: number): boolean {
  const r = issueRoleEnd(toks, a);
  return r > a && hb - r > 0 && isWord(toks[r]) && toks[r].cap;
}

/**
 * Where a bank's role in an issue starting at token a ends ("lead manager", "co-lead manager": en-words
 * issueRoleLeads, one with "co-" glued before it, then issueRoles); a when none starts there.
 */
function issueRoleEnd(toks: Toks, a: number): number {
  const co = toks[a]?.norm === "co" && gluedHyphen(toks, a + 1) ? a + 2 : a;
  return isWord(toks[co]) && inList(toks[co], en().issueRoleLeads) && isWord(toks[co + 1]) && inList(toks[co + 1], en().issueRoles) ? co + 2 : a;
}

/** "Salomon Brothers as co-lead manager" in [a, b): the token "as" before a bank's role ending the phrase; -1 when none. */
function issueRoleAfter(toks: Toks, a: number, b: number): number {
  for (let k = a + 1; k < b - 2 && k < a + 12; k++) {
    if (!isWord(toks[k]) || toks[k].norm !== "as" || toks[k].cap) continue;
    const r = issueRoleEnd(toks, isWord(toks[k + 1]) && inList(toks[k + 1], en().articles) ? k + 2 : k + 1);
    if (r > k + 1 && r === b) return k;
  }
  return -1;
}

/** The bank after its role in an issue, described; the role is no part of its name. */
function withoutIssueRole(p: Para, a: number, hb: number, b: number, m: MentionInfo): MentionInfo {
  const toks = p.toks;
  const r = issueRoleEnd(toks, a);
  describePhrase(p, r, b, m);
  if (m.kind === "organization" && !m.nameText) m.nameText = p.text.slice(toks[r].s, toks[hb - 1].e);
  return m;
}

/**
 * "Goldman, Sachs and Co", "Kidder, Peabody and Co Inc", "Smith Barney, Harris Upham and Co Inc": the
 * comma at k inside a firm's name — capitalised words on both sides, "and" after it and an
 * institution-name word (Co, Inc) ending the phrase [.., b) — is no apposition's.
 */
function firmNameComma(p: Para, k: number, b: number): boolean {
  const toks = p.toks;
  if (!isWord(toks[k - 1]) || !toks[k - 1].cap || !isWord(toks[k + 1]) || !toks[k + 1].cap) return false;
  let and = false;
  let j = k + 2;
  // (To the mention's end or an apposition's comma: "Goldman, Sachs and Co, acting as lead manager".)
  for (; j < b && !isPunct(toks[j], ","); j++) {
    const t = toks[j];
    if (isWord(t) && (t.norm === "and" || t.norm === "&")) and = true;
    else if (!(isWord(t) && t.cap) && !isPunct(t, ".&")) return false;
  }
  return and && lastOrgName(toks, k + 1, j) >= 0;
}

/** Most capitalised words the name after an anonymity phrase may have ("…, who gave only his first name, Ahmed"). */
const FIRST_NAME_WORDS = 2;

/**
 * "A shopkeeper, who gave only his first name, Ahmed": after the comma at hb, a relative clause that
 * is an anonymity phrase, a comma, and a name of a word or two ending the mention [.., b): the name's
 * tokens [from, b); null otherwise.
 */
function firstNameAfterPhrase(p: Para, hb: number, b: number): [number, number] | null {
  const toks = p.toks;
  if (!isWord(toks[hb + 1]) || !inList(toks[hb + 1], en().relativePronouns) || !p.inAnon[hb + 2]) return null;
  let c = hb + 2;
  while (c < b && p.inAnon[c]) c++;
  if (!isPunct(toks[c], ",") || b - c - 1 < 1 || b - c - 1 > FIRST_NAME_WORDS) return null;
  for (let k = c + 1; k < b; k++) if (!isWord(toks[k]) || !toks[k].cap || inList(toks[k], en().stop)) return null;
  return [c + 1, b];
}

/**
 * The name is the head phrase; an apposition or relative clause after a comma is not (also for
 * a role without a name: "A spokeswoman for Hanover Re, Europe's fifth-largest …") — unless the
 * apposition names whom the head phrase describes (appositionNamed).
 */
function headPhraseName(p: Para, a: number, hb: number, b: number, m: MentionInfo): void {
  if ((m.kind === "person" && m.name.length) || hb <= a || hb >= b) return;
  const toks = p.toks;
  // ("Officials who spoke with the paper": an unnamed source keeps its relative clause, what describes it.)
  if (m.kind === "anonymous" && isWord(toks[hb])) return;
  m.nameText = p.text.slice(toks[a].s, toks[hb - 1].e);
  // (An unnamed source known by a first name only: that name is what it is called.)
  const first = m.kind !== "organization" && m.kind !== "group" ? firstNameAfterPhrase(p, hb, b) : null;
  if (first) {
    m.nameText = p.text.slice(toks[first[0]].s, toks[first[1] - 1].e);
    for (let k = first[0]; k < first[1]; k++) m.name.push(toks[k].norm);
    return;
  }
  appositionNamed(p, a, hb, b, m);
}

/**
 * "his lawyer, Antony Townsden", "One of the men, Karl Obi", "the official, Deputy Minister Ana
 * Ortiz", "the agent, Wardley Ltd": a head phrase with no name of its own, then an apposition that
 * is only a name (a title before it, or where the person works after it, allowed). The named one
 * speaks, described by the head phrase. After an institution noun ("the Milan daily, Il Giornale",
 * "The Office of Finance, …") the name is the institution's. Not after a group ("Two officials,
 * Ann Lee and Bo Park"); one name word only after a title ("…, Dr Vancheshwar") or after a
 * lowercase role ("his lawyer, Townsden"; not "members of the family of Dallas, Texas").
 */
function appositionNamed(p: Para, a: number, hb: number, b: number, m: MentionInfo): void {
  const toks = p.toks;
  // (Cheap test first: the apposition opens with a capitalised word, or with an age or a naming word before one.)
  if (m.kind === "group" || m.kind === "pronoun" || !(isWord(toks[hb + 1]) && toks[hb + 1].cap) && nameAfterIntro(p, hb + 1, b) < 0) return;
  // "The Chicago Board Options Exchange, CBOE": an institution named already keeps its name.
  if (m.kind === "organization" && m.proper) return;
  // "a spokesman for the prosecutor, Comptroller Alan Hevesi": the apposition names the one spoken for.
  if (forOneRole(toks, a, hb)) return;
  const app: MentionInfo = { ...m, s: toks[hb + 1].s, e: toks[b - 1].e, kind: "unknown", lemma: "", definite: false, name: [], nameText: "", titleText: "", words: [], collective: false, generic: false, proper: false, acronym: "" };
  const open = isWord(toks[hb + 1]) && toks[hb + 1].cap ? hb + 1 : nameAfterIntro(p, hb + 1, b);
  describeEn(p, open, b, app);
  const head = m.nameText;
  const orgHead = m.kind === "organization" && headNounIs(toks, a, hb, "org");
  if (app.kind === "person" && app.name.length) {
    const ne = nameEnd(p, hb + 1, b, app.nameText);
    // ("in Wilmington, N.C.": initials only are a place's.)
    if (ne < 0 || app.name.every((w) => w.length <= 2)) return;
    if (app.name.length < 2) {
      const before = toks[ne - 2]?.kind === WORD ? toks[ne - 2] : toks[ne - 3];
      const titled = isWord(before) && (inList(before, en().personIntroducers) || sourceClass(before)?.cls === "title");
      const role = ((m.kind === "person" || m.kind === "anonymous") && !toks[hb - 1].cap) || relationHead(toks, a, hb) || partitiveHead(toks, a);
      if (!titled && !role && !orgHead) return;
    }
    if (orgHead) m.proper = true;
    else {
      m.kind = "person";
      m.lemma = "";
      m.name = app.name;
      m.collective = false;
    }
    m.generic = false;
    m.nameText = app.nameText;
    m.titleText = app.titleText || head;
  } else if (app.kind === "organization" && app.proper && (orgHead || m.kind === "unknown")) {
    m.kind = "organization";
    m.nameText = app.nameText || p.text.slice(app.s, app.e);
    m.lemma = app.lemma;
    m.proper = true;
    m.generic = false;
    m.acronym = app.acronym;
  }
}

/** Tokens before a name an apposition may open with: an age (34-year-old), or a few words and a naming word (a student named). */
const INTRO = 6;

/**
 * Where the name opens in an apposition [k, b) that starts with an age ("34-year-old Ahmed Salem") or
 * lower-case words ending with a naming word of en-words nameIntroducers ("a student named Lina Haddad",
 * "identified as Ahmed Salem"; not "such as"); -1 when it does not.
 */
function nameAfterIntro(p: Para, k: number, b: number): number {
  const toks = p.toks;
  if (toks[k]?.kind === NUM && isPunct(toks[k + 1], "-") && toks[k + 2]?.norm === "year" && isPunct(toks[k + 3], "-") && toks[k + 4]?.norm === "old") return k + 5 < b && isWord(toks[k + 5]) && toks[k + 5].cap ? k + 5 : -1;
  for (let j = k; j < b && j < k + INTRO; j++) {
    const t = toks[j];
    if (!isWord(t) || t.cap) return -1;
    if (!inList(t, en().nameIntroducers)) continue;
    // (identified as, known as)
    const n = isWord(toks[j + 1]) && toks[j + 1].norm === "as" ? j + 2 : j + 1;
    return n < b && isWord(toks[n]) && toks[n].cap ? n : -1;
  }
  return -1;
}

/** "One of the men", "one of them": a partitive head, one person of those named after "of". */
function partitiveHead(toks: Toks, a: number): boolean {
  return isWord(toks[a]) && toks[a].norm === "one" && isWord(toks[a + 1]) && toks[a + 1].norm === "of";
}

/**
 * Whether the head phrase [a, hb) is a possessor and a relation or one who speaks for them (en-words
 * possessedSources): "his lawyer", "Hale's son" — the name in the apposition after it is a person's.
 */
export function relationHead(toks: Toks, a: number, hb: number): boolean {
  const n = toks[hb - 1];
  const owner = toks[hb - 2];
  return hb - 2 >= a && isWord(n) && !n.cap && inList(n, en().possessedSources) && isWord(owner) && (possessive(owner) || inList(owner, en().possessives));
}

/**
 * Whether the head phrase [a, hb) is a possessor (his, the mayor's), lower-case words, and one who
 * speaks for them (en-words possessedSources) or a right-hand man or woman: "her longtime agent",
 * "Ruiz's right-hand woman". Not "his family", "her staff" (en-words possessedCollectives): no one person, nor people.
 */
function possessedRole(toks: Toks, a: number, hb: number): boolean {
  const n = toks[hb - 1];
  if (!isWord(n) || n.cap || inList(n, en().possessedCollectives)) return false;
  const hand = (n.norm === "man" || n.norm === "woman") && hb - 2 > a && isWord(toks[hb - 2]) && toks[hb - 2].norm === "hand";
  if (!hand && !inList(n, en().possessedSources)) return false;
  for (let k = hb - 2; k >= a; k--) {
    const t = toks[k];
    if (isWord(t) && (possessive(t) || inList(t, en().possessives))) return true;
    if (isWord(t) && (t.cap || inList(t, en().stop))) return false;
  }
  return false;
}

/**
 * Whether the source noun of the head h names one post, on the record: "Boeing's chief executive", "the bank's
 * chief economist" (a title right before it: "title"; not "a chief executive", "executives"), "Obama's former
 * campaign strategist" (possessedPost: "owned", a person whose title is the phrase); "" otherwise.
 */
function onePost(toks: Toks, a: number, h: Head): "" | "title" | "owned" {
  if (h.anon === "" || h.plural || toks[h.anonAt].norm !== h.anon) return "";
  if (h.title >= 0 && h.title === h.anonAt - 1) return isWord(toks[a]) && inList(toks[a], en().indefinite) ? "" : "title";
  return possessedPost(toks, a, h.anonAt) ? "owned" : "";
}

/**
 * "Obama's former campaign strategist", "Ruiz's chief strategist": a named possessor opening the phrase,
 * lower-case words, and a word of en-words postModifiers right before the source noun at n — one post, one
 * person on the record (not "Obama's aides", "an Obama adviser", "Ruiz's former adviser": one of several).
 */
function possessedPost(toks: Toks, a: number, n: number): boolean {
  let k = a;
  while (k < n && isWord(toks[k]) && toks[k].cap && !possessive(toks[k])) k++;
  if (k >= n - 1 || !isWord(toks[k]) || !toks[k].cap || !possessive(toks[k])) return false;
  for (let j = k + 1; j < n; j++) if (!isWord(toks[j]) || toks[j].cap) return false;
  return inList(toks[n - 1], en().postModifiers);
}

/** Whether the head phrase [a, hb) ends "for the <singular post>" (a spokesman for the prosecutor). */
function forOneRole(toks: Toks, a: number, hb: number): boolean {
  const n = toks[hb - 1];
  const the = toks[hb - 2];
  const f = toks[hb - 3];
  // (One person: "the prosecutor". After an institution or a campaign the apposition names the spokesman.)
  return hb - 3 > a && isWord(n) && !n.cap && !n.norm.endsWith("s") && sourceClass(n)?.cls !== "org" && isWord(the) && the.norm === "the" && isWord(f) && f.norm === "for";
}

/**
 * The token after the person's name in the apposition [from, b) ("Eve Ensler", "Deputy Minister
 * Ana Ortiz", "David Woodard of Clemson University"), or -1 when a word other than of/at/from/as
 * follows the name ("US Trade Representative": the name is no name).
 */
function nameEnd(p: Para, from: number, b: number, nameText: string): number {
  const toks = p.toks;
  const at = p.text.indexOf(nameText, toks[from].s);
  if (at < 0) return -1;
  const end = at + nameText.length;
  let k = from;
  while (k < b && toks[k].s < end) k++;
  const t = toks[k];
  return k >= b || !isWord(t) || (!t.cap && inList(t, en().afterPersonName)) ? k : -1;
}

/**
 * Whether the head noun of [a, hb) — its last word before of/for/at… — is an institution noun:
 * "the newspaper", "the Milan daily", "The Office of Finance"; not "the head of the agency".
 */
function headNounIs(toks: Toks, a: number, hb: number, cls: string): boolean {
  let last: Toks[number] | null = null;
  for (let k = a; k < hb; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    if (last && !t.cap && inList(t, en().namePrepositions)) break;
    last = t;
  }
  const c = last ? sourceClass(last)?.cls : undefined;
  return c === cls || c === "orgname";
}

/**
 * "Some Democrats", "several senior Tories", "two Britons": a plural quantifier opens the phrase
 * and a plural name word [s, last] ends it (the caller checks that), with only lowercase words between;
 * a name run of a party's or a people's members alone too ("Republicans", "Senate Democrats").
 */
function pluralName(toks: Toks, a: number, s: number, last: number): boolean {
  if (!toks[last].norm.endsWith("s") || possessive(toks[last])) return false;
  const member = memberPlural(toks[last]);
  // "Republicans said", "Senate Democrats said", "Americans say": members of a party or a people, named
  // with no article or quantifier (with "the", the party: "the Tories" is an organization).
  if (member && capitalisedBefore(toks, a, s)) return true;
  if (!isWord(toks[a]) || !inList(toks[a], en().pluralQuantifiers) || (s !== last && !member)) return false;
  for (let k = a + 1; k < s; k++) if (!isWord(toks[k]) || toks[k].cap) return false;
  return true;
}

/** "Critics of Mayor Ana Ruiz", "Supporters of the governor": the collective's noun, then a preposition before the name or title at s, whom the collective is about. */
function collectiveAbout(toks: Toks, h: Head, s: number): boolean {
  return h.group !== "" && h.groupAt < s && prepBetween(toks, h.groupAt, s);
}

/** m unnamed people named by the plural name word at last ("Some Democrats", "Republicans"): anonymous, a collective. */
function asPluralName(toks: Toks, a: number, last: number, m: MentionInfo): void {
  m.kind = "anonymous";
  m.lemma = toks[last].norm;
  m.collective = true;
  // ("Republicans said … Republicans said": named with no quantifier, the same members each time, as "the officials" refers back.)
  if (!inList(toks[a], en().pluralQuantifiers)) m.definite = true;
}

/** The words [a, s) are capitalised, no article among them ("Senate", "House", none at all). */
function capitalisedBefore(toks: Toks, a: number, s: number): boolean {
  for (let k = a; k < s; k++) if (!isWord(toks[k]) || !toks[k].cap || inList(toks[k], en().determiners)) return false;
  return true;
}

/** A plural naming members of a party or a people: Republicans, Tories (en-words memberPlurals), Mexicans (a nationality + s). */
function memberPlural(t: Tok): boolean {
  return inList(t, en().memberPlurals) || lexicon().sources.get(t.norm.slice(0, -1))?.cls === "descriptor";
}

/** "oil industry analysts Douglas-Westwood", "consultants Wood Mackenzie": the firm named [s, last]. */
function asFirm(p: Para, s: number, last: number, m: MentionInfo): void {
  m.kind = "organization";
  m.proper = true;
  m.nameText = p.text.slice(p.toks[s].s, p.toks[last].e);
}

/**
 * Whether an unnamed source's noun in the plural (analysts, consultants) stands right before the name
 * [s, last] that ends the head, with no "and" in the name: a firm described by what its people do.
 */
function firmAfterPluralRole(toks: Toks, h: Head, s: number, last: number, he: number): boolean {
  const role = toks[s - 1];
  if (h.anonAt !== s - 1 || !isWord(role) || role.cap || role.norm === h.anon || !endsHead(toks, last, he)) return false;
  for (let k = s; k <= last; k++) if (isWord(toks[k]) && !toks[k].cap) return false;
  return true;
}

/**
 * The head phrase is two lone capitalised words joined by "and" or "&" (S and P, Tate and Lyle,
 * Standard & Poor's): a firm's name. Not when a part is a place or a nationality (Portugal and
 * Denmark are two sources), nor a title (Energy and Mines Minister).
 */
function firmPair(toks: Toks, a: number, hb: number): boolean {
  if (hb - a !== 3) return false;
  const x = toks[a];
  const j = toks[a + 1];
  const y = toks[a + 2];
  const joins = (isWord(j) && inList(j, en().sourceJoiners) && !j.cap) || (j.kind !== WORD && j.norm === "&");
  return joins && enClass(toks, a) === NAME_WORD && enClass(toks, a + 2) === NAME_WORD && !!x && !!y;
}

/**
 * A lower-case word after the last name word in the speaker's own phrase [.., he) that reads as a
 * noun (no preposition, conjunction, adverb or reflexive: "Mr Ruiz meanwhile", "Ford itself", "Ana
 * Ruiz during the debate"): the name describes that noun, the head ("a Lane supporter", "Her
 * Facebook post", "Six Harbour newspapers"), and names no one who speaks. (The caller asks only
 * after no "the": "The Northfield striker" stays a person.)
 */
function nounAfterName(toks: Toks, lastName: number, he: number): boolean {
  const t = toks[lastName + 1];
  if (lastName < 0 || lastName + 1 >= he || !isWord(t) || t.cap) return false;
  const n = t.norm;
  if (n.endsWith("ly") || n.endsWith("self") || n.endsWith("selves")) return false;
  const e = en();
  return !inList(t, e.npInner) && !inList(t, e.namePrepositions) && !inList(t, e.sourceJoiners) && !inList(t, e.aux) && !inList(t, e.sentenceAdverbs) && !inList(t, e.adjuncts);
}

/** Whether no word follows token k in the head phrase [.., he), a parenthesis aside: "the Lib Dems", "the IMF (Fund)"; not "the Tottenham striker". */
function endsHead(toks: Toks, k: number, he: number): boolean {
  let paren = false;
  for (let j = k + 1; j < he; j++) {
    const t = toks[j];
    if (t.kind === WORD) {
      if (!paren) return false;
    } else if (t.norm === "(") paren = true;
    else if (t.norm === ")") paren = false;
  }
  return true;
}

function finish(m: MentionInfo): MentionInfo {
  let content = 0;
  for (const w of m.words) if (!en().mentionDeterminers.has(w)) content++;
  m.headAlone = content === 1;
  return m;
}

interface Head {
  anon: string;
  anonAt: number;
  org: string;
  orgAt: number;
  /** The last title word, its lemma, and whether it is plural (leaders, spokesmen). */
  title: number;
  titleLemma: string;
  plural: boolean;
  /** Name words (not after a preposition) and role words (titles, unnamed-source nouns). */
  names: number[];
  roles: number[];
  /** The lemma of a noun of an unnamed collective of institutions (regulators, rights groups), "" for none, and where it stands. */
  group: string;
  groupAt: number;
}

/** The classes of the words of [a, he), the speaker's own phrase; every word of [a, hb) goes to `words`. */
function scanHead(toks: Toks, a: number, hb: number, he: number, runs: number[], words: string[]): Head {
  const h: Head = { anon: "", anonAt: -1, org: "", orgAt: -1, title: -1, titleLemma: "", plural: false, names: [], roles: [], group: "", groupAt: -1 };
  let paren = false;
  let nameOnly = false;
  for (let k = a; k < hb; k++) {
    const t = toks[k];
    if (t.kind !== WORD) {
      // "Chairman Bob Goodlatte (R-Va.)": a party tag in parentheses is not part of the name; nor is a wire ticker (Harbour Gold Corp <HGC.J>).
      if (t.norm === "(" || t.norm === "<") paren = true;
      else if (t.norm === ")" || t.norm === ">") paren = false;
      continue;
    }
    words.push(t.norm);
    if (paren || k >= he) continue;
    const sc = enClass(toks, k);
    if (sc === NAME_WORD) {
      // "Mr Blair's supporters", "Trump's attorney, Alan Garten", "Defra's lawyers": a possessor before a
      // lower-case noun says whose they are; it is no name of the speaker's.
      if (possessive(t) && k + 1 < he && isWord(toks[k + 1]) && !toks[k + 1].cap) {
        // (The whole possessor: "Ted Cruz's associates", "the U.S. Embassy's report".)
        for (let j = k - 1; h.names.length > 0; j--) {
          if (isPunct(toks[j], ".") && h.names[h.names.length - 1] === j - 1) continue;
          if (h.names[h.names.length - 1] !== j) break;
          h.names.pop();
        }
        continue;
      }
      // "a union spokesman in Rio de Janeiro": a name after a preposition is a place or an employer.
      if (!inPlaceRun(toks, runs, k, a)) h.names.push(k);
      continue;
    }
    if (!sc) continue;
    if (sc.cls === "anon") {
      if (adjectiveSource(toks, k, he)) continue;
      h.roles.push(k);
      if (!h.anon) {
        h.anon = sc.lemma;
        h.anonAt = k;
      }
    } else if ((sc.cls === "org" || sc.cls === "orgname" || sc.cls === "place") && (!h.org || (sc.cls === "org" && nameOnly) || (sc.cls !== "place" && capitalisedFrom(toks, h.orgAt, k)))) {
      // (An institution's noun after a name word of one, "International Monetary Fund", and the last
      // such word of one run of capitalised words, "Public Service Co": the head; not past "of": Bank of Japan.)
      h.org = sc.lemma;
      h.orgAt = k;
      nameOnly = sc.cls === "orgname";
    } else if (sc.cls === "group") {
      if (!h.group) {
        h.group = sc.lemma;
        h.groupAt = k;
      }
    } else if (sc.cls === "title") {
      h.title = k;
      h.titleLemma = sc.lemma;
      h.roles.push(k);
      h.plural = t.norm === sc.lemma + "s" || (sc.lemma.endsWith("man") && t.norm === sc.lemma.slice(0, -3) + "men");
    }
  }
  return h;
}

/** Whether the tokens from `from` to `to` are all capitalised words, one run of a name. */
function capitalisedFrom(toks: Toks, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!isWord(toks[k]) || !toks[k].cap) return false;
  return true;
}

/**
 * "Citizens Council", "Farmers Federation", "Harbour Workers Union": an unnamed source's noun at k, capitalised,
 * in a run of capitalised words that ends the head [.., he) with an institution's noun: the body's name.
 */
function bodyName(toks: Toks, k: number, he: number): boolean {
  if (k < 0 || !toks[k].cap) return false;
  let e = k + 1;
  while (e < he && isWord(toks[e]) && toks[e].cap) e++;
  if (e === k + 1 || !endsHead(toks, e - 1, he)) return false;
  const cls = sourceClass(toks[e - 1])?.cls;
  return cls === "org" || cls === "orgname";
}

/**
 * "The United Steel Workers", "the Association of Independent Dealers": after "the", capitalised words
 * (and of/and/for between them) that end with the unnamed source's noun, itself capitalised, are a
 * body's proper name, not unnamed people (a capitalised headline line aside).
 */
function theProperName(p: Para, a: number, k: number, he: number): boolean {
  const toks = p.toks;
  if (k < a + 2 || !toks[k].cap || !isWord(toks[a]) || toks[a].norm !== "the" || !endsHead(toks, k, he) || capsLine(p, a, he)) return false;
  for (let j = a + 1; j < k; j++) if (!isWord(toks[j]) || !(toks[j].cap || inList(toks[j], en().titleCaseSmall))) return false;
  return toks[a + 1].cap;
}

/**
 * "Official media", "the official news agency", "an official statement": a source noun of en-words
 * adjectiveSources before an institution's or a collective's noun, or a text issued (issuedWords), is their adjective.
 */
function adjectiveSource(toks: Toks, k: number, he: number): boolean {
  const next = toks[k + 1];
  if (k + 1 >= he || !isWord(next) || next.cap || !inList(toks[k], en().adjectiveSources)) return false;
  const cls = sourceClass(next)?.cls;
  return cls === "org" || cls === "orgname" || cls === "group" || inList(next, en().issuedWords);
}

/** Whether the apposition after the comma at hb ("…, a leading German insurer") is headed by an institution noun. */
function appositionIsOrg(toks: Toks, hb: number, b: number): boolean {
  let head: Toks[number] | null = null;
  // ("Ben Carson, asked about the poll, said": a participle's clause, no noun phrase naming what he is.)
  if (participleOpens(toks[hb + 1])) return false;
  for (let k = hb + 1; k < b; k++) {
    const t = toks[k];
    if (t.kind !== WORD) {
      if (t.norm === "," || t.norm === ";") break;
      continue;
    }
    if (inList(t, en().appositionEnd)) break;
    head = t;
  }
  return !!head && sourceClass(head)?.cls === "org";
}

/**
 * "Critics of the government", "Supporters of the party": a collective's noun (en-sources group) and a
 * preposition before an institution's noun — the people of the collective speak (otherKind), not the institution.
 */
function groupOfOrg(toks: Toks, h: Head, institution: boolean): boolean {
  return h.org !== "" && h.group !== "" && h.groupAt < h.orgAt && prepAt(toks, h.groupAt + 1) && !institution;
}

/** Whether token k is a lower-case preposition of en-words namePrepositions (of, at, from). */
function prepAt(toks: Toks, k: number): boolean {
  return isWord(toks[k]) && !toks[k].cap && inList(toks[k], en().namePrepositions);
}

/** A lower-case word in -ed or -ing, or a subordinator (en-words subordinators: when, while), opening a clause after a comma. */
function participleOpens(t: Toks[number] | undefined): boolean {
  if (!t || !isWord(t) || t.cap) return false;
  return participleShape(t) || inList(t, en().subordinators);
}

/** Every word of the head before "of" capitalised, past a determiner: an institution's proper name. */
function properName(toks: Toks, a: number, hb: number): boolean {
  let k = a;
  if (isWord(toks[k]) && inList(toks[k], en().mentionDeterminers)) k++;
  let any = false;
  for (; k < hb; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    if (t.norm === "of") break;
    // (A firm's names joined by "and": Sears, Roebuck and Co.)
    if (!t.cap && !(t.norm === "and" && any && isWord(toks[k + 1]) && toks[k + 1].cap)) return false;
    any = true;
  }
  return any;
}

/** Whether a word with a possessive ending stands in [o, s) (the Washington Post's, before a name at s). */
function possessiveBetween(toks: Toks, o: number, s: number): boolean {
  for (let k = o; k < s; k++) if (isWord(toks[k]) && (possessive(toks[k]) || apostropheAfterS(toks, k))) return true;
  return false;
}

/** "The Times' music critic": a word in s with an apostrophe written right after it and a word next. */
function apostropheAfterS(toks: Toks, k: number): boolean {
  const a = toks[k + 1];
  return toks[k].norm.endsWith("s") && !!a && a.kind !== WORD && a.s === toks[k].e && (a.norm === "'" || a.norm === "’") && isWord(toks[k + 2]);
}

/**
 * "Fox News host Ben Carver", "Oslo Stock Exchange official Per Lund": lower-case words (no "of", "and",
 * no name particle, no institution noun) between an institution word at o and a name of two words or more at
 * [s, last] are the person's role there, whether the lexicon knows it as a title or not.
 */
function roleWordsBetween(toks: Toks, o: number, s: number, last: number): boolean {
  // ("University of Missouri agronomist Glen Grimes": from the end of the institution's name.)
  const named = toks[o].cap;
  while (named && o + 2 < s && isWord(toks[o + 1]) && (toks[o + 1].cap || (inList(toks[o + 1], en().titleCaseSmall) && isWord(toks[o + 2]) && toks[o + 2].cap))) o++;
  if (s <= o + 1 || last <= s) return false;
  for (let k = o + 1; k < s; k++) {
    const t = toks[k];
    if (!isWord(t) || t.cap || inList(t, en().titleCaseSmall) || inList(t, en().nameParticles)) return false;
    // (Not an institution's noun: "The army newspaper Quan Doi Nhan Dan" is the paper's name.)
    const cls = sourceClass(t)?.cls;
    if (cls === "org" || cls === "orgname" || cls === "group") return false;
  }
  return true;
}

/** Whether a capitalised title word (Gen., Lt., Sen.) stands between the institution word at o and the name at s. */
function rankBetween(toks: Toks, o: number, s: number): boolean {
  for (let k = o + 1; k < s; k++) {
    const t = toks[k];
    if (isWord(t) && t.cap && (inList(t, en().ranks) || inList(t, en().personIntroducers))) return true;
  }
  return false;
}

/**
 * The end of a possessor's name when [a, hb) is a capitalised name with 's (no article, no day:
 * not "Wednesday's statement"), a few lower-case words and a noun of what it issued (en-words.tsv
 * issuedNouns: statement, report, website): "Newmont's annual report", "Chelsea's statement";
 * -1 otherwise.
 */
function issuerEnd(toks: Toks, a: number, hb: number): number {
  const head = toks[hb - 1];
  if (hb - a < 2 || !isWord(head) || head.cap || !inList(head, en().issuedNouns)) return -1;
  let k = hb - 2;
  // (Lower-case words, or one capitalised word, a platform's: "Ana Ruiz's Facebook post".)
  while (k > a && k > hb - 4 && isWord(toks[k]) && (!toks[k].cap || (k === hb - 2 && possessive(toks[k - 1]))) && !possessive(toks[k]) && !sourceClass(toks[k])) k--;
  const t = toks[k];
  if (!isWord(t) || !t.cap || !possessive(t) || t.norm.length <= 3 || en().notNames.has(t.norm.slice(0, -2))) return -1;
  // (A name only, written without an article: "the BNP's website" keeps the phrase as its name.)
  for (let j = a; j < k; j++) if (!isWord(toks[j]) || !toks[j].cap || inList(toks[j], en().mentionDeterminers)) return -1;
  return k + 1;
}

/**
 * The mention [a, b) when it is "figures released by X", "a report published by X": X described (an
 * institution, or a person named in full), the phrase still its span, its name X's; null otherwise.
 */
function issuedBy(p: Para, a: number, b: number, m: MentionInfo): MentionInfo | null {
  const toks = p.toks;
  const agent = issuedByAgent(toks, a, b);
  if (agent < 0) return null;
  const end = agentEnd(toks, agent, b);
  const by = describePhrase(p, agent, end, { ...m, name: [], words: [] });
  if (by.kind !== "organization" && !(by.kind === "person" && by.name.length >= 2)) return null;
  return { ...by, s: m.s, e: m.e, nameText: by.nameText || p.text.slice(toks[agent].s, toks[end - 1].e) };
}

/** Lower-case words what was issued may take before its verb (new trade figures, data). */
const ISSUED_WORDS = 4;

/**
 * Where the agent starts in "figures released by the trade office", "a report published by Acme": a few
 * lower-case words (no function word), an issuing verb (en-words issuingVerbs) and "by"; -1 when [a, b)
 * is not so.
 */
function issuedByAgent(toks: Toks, a: number, b: number): number {
  let k = a;
  if (isWord(toks[k]) && inList(toks[k], en().articles)) k++;
  const first = k;
  while (k < b && k < first + ISSUED_WORDS && isWord(toks[k]) && !toks[k].cap && !inList(toks[k], en().stop) && !inList(toks[k], en().issuingVerbs)) k++;
  if (k === first || !isWord(toks[k]) || !toks[k].norm.endsWith("ed") || !inList(toks[k], en().issuingVerbs)) return -1;
  const by = toks[k + 1];
  return isWord(by) && by.norm === "by" && k + 2 < b && isWord(toks[k + 2]) ? k + 2 : -1;
}

/** Where the agent after "by" ends: before a time (on Tuesday, last week, yesterday) or at b. */
function agentEnd(toks: Toks, s: number, b: number): number {
  for (let k = s + 1; k < b; k++) {
    const t = toks[k];
    if (isWord(t) && !t.cap && AGENT_TIME.has(t.norm)) return k;
  }
  return b;
}

/** Words that start a time after an agent. */
const AGENT_TIME = new Set(["on", "last", "this", "earlier", "yesterday", "today", "in"]);

/** Whether [a, hb) is a/an/the, capitalised words of a name only, and a noun of what it issued (en-words issuedNouns): "a Holcim statement", "the Norland Bank report". */
function articleIssuer(toks: Toks, a: number, hb: number): boolean {
  const head = toks[hb - 1];
  if (hb - a < 3 || !isWord(toks[a]) || !inList(toks[a], lexicon().en.articles) || !isWord(head) || head.cap || !inList(head, en().issuedNouns)) return false;
  for (let k = a + 1; k < hb - 1; k++) if (!issuerNameWord(toks, k)) return false;
  return true;
}

/** A word of an issuer's name: a name word (en-names enClass), not a possessive. */
function issuerNameWord(toks: Toks, k: number): boolean {
  return isWord(toks[k]) && enClass(toks, k) === NAME_WORD && !possessive(toks[k]);
}

/**
 * Whether [a, hb) is an institution's name (an optional "the", name words, "of" between them) and a
 * noun of data (en-words issuedData): "Labor Department figures", "Bank of England data". The word
 * before the noun must be an institution's (en-sources org/orgname, en-words dataIssuerHeads):
 * what is measured or when ("GDP figures", "January data"), a people ("Israeli figures") or a
 * person ("Ana Ruiz figures") issues nothing.
 */
function dataIssuer(toks: Toks, a: number, hb: number): boolean {
  const head = toks[hb - 1];
  if (!isWord(head) || head.cap || !inList(head, en().issuedData)) return false;
  const s = isWord(toks[a]) && toks[a].norm === "the" && !toks[a].cap ? a + 1 : a;
  if (hb - 1 - s < 1) return false;
  // The institution's noun ends the name or comes before its "of" (Bank of England).
  let inst = hb - 2;
  for (let k = s; k < hb - 1; k++) {
    const t = toks[k];
    if (k > s && isWord(t) && !t.cap && (t.norm === "of" || t.norm === "for")) {
      if (inst === hb - 2) inst = k - 1;
    } else if (!isWord(t) || !t.cap || possessive(t) || (!issuerNameWord(toks, k) && !ISSUER_CLASSES.has(sourceClass(t)?.cls ?? ""))) return false;
  }
  return ISSUER_CLASSES.has(sourceClass(toks[inst])?.cls ?? "") || inList(toks[inst], en().dataIssuerHeads);
}

/** Source classes of an institution's own words: Department, Holdings, Economics (en-sources org, orgname). */
const ISSUER_CLASSES = new Set(["org", "orgname"]);

/** The issuer of "Labor Department figures" described: the words before the noun, an institution (what issues data is one). */
function asDataIssuer(p: Para, a: number, hb: number, m: MentionInfo): MentionInfo {
  const by = describeEn(p, a, hb - 1, m);
  by.nameText ||= p.text.slice(p.toks[a].s, p.toks[hb - 2].e);
  if (by.kind === "person" || by.kind === "unknown") Object.assign(by, { kind: "organization", name: [], proper: true });
  return by;
}

/** The mention of a possessor read without its 's (Bank's → Bank). */
function withoutPossessive(m: MentionInfo): MentionInfo {
  const cut = (w: string) => (possessiveText(w) ? w.slice(0, -2) : w);
  if (m.name.length) m.name[m.name.length - 1] = cut(m.name[m.name.length - 1]);
  if (m.words.length) m.words[m.words.length - 1] = cut(m.words[m.words.length - 1]);
  m.nameText = cut(m.nameText);
  // (Norland Financial's: the institution-name word was read with its 's, as no such word.)
  const last = m.name[m.name.length - 1];
  if (m.kind === "person" && last && lexicon().sources.get(last)?.cls === "orgname") {
    m.kind = "organization";
    m.proper = true;
    m.name = [];
  }
  return m;
}

/**
 * "spokesman for Senator Jane Roe", "aide to Commissioner Franco Frattini": a preposition after the
 * role (token r) and only capitalised words (titles) between it and the name at s — the role speaks
 * for that person. Not "spokesman for sport Hugh Robertson": the name there is the spokesman's.
 */
function forNamed(toks: Toks, r: number, s: number): boolean {
  let q = s - 1;
  while (q > r && isWord(toks[q]) && (toks[q].cap || (toks[q].norm === "and" && toks[q - 1].cap))) q--;
  return q > r && isWord(toks[q]) && !toks[q].cap && inList(toks[q], en().namePrepositions);
}
