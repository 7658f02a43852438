// What an analysis carries from paragraph to paragraph, and how a paragraph's reading
// joins it: statements get their speakers (a written source is resolved against the
// article's speakers; a dropped subject carries the last one), anonymity phrases are
// tied to their source, a quotation that runs on continues its statement.
import { phraseSpeaker } from "../anonymity/tie";
import type { RuleReport } from "../rules";
import { AGE_EPITHET, NOUN_EPITHET, enHonorificPerson, enTopicBody, enTopicPair, enTopicPerson, GenderVotes, previousSentenceHead, mentionGender, SpeakerResolver, issuerBefore, topicBodyBefore, topicMany, topicPair, topicPerson, type MentionInfo, type SpeakerGender, type SpeakerState } from "../speakers";
import { fullNameBefore } from "../speakers/ar-full-name";
import { lexicon } from "../lexicon";
import { isDigit, letterOrNumberAt, normWord, wholeWordIn } from "../text/chars";
import { opensWithQuote } from "../text/quotes";
import type { Span, Statement } from "../types";
import type { ParagraphReading } from "./read-paragraph";
import type { ParagraphStatement } from "./statement-shape";

export class DocumentState {
  readonly resolver: SpeakerResolver;
  /** What the text says of each speaker's gender so far (speakers/gender.ts). */
  readonly genders: GenderVotes;
  /** Statements as the contract has them (speaker ids are written at the end). */
  readonly statements: Statement[] = [];
  /** The speaker of each statement. */
  readonly statementSpeakers: (SpeakerState | null)[] = [];
  /** Every anonymity phrase, [start, end). */
  readonly anonymity: [number, number][] = [];
  /** Findings of the paragraph rules, offsets in the text. */
  readonly findings: RuleReport[] = [];
  /** Characters of Arabic and of English paragraphs. */
  arChars = 0;
  enChars = 0;
  /** The statement whose quotation is still open at the end of the last paragraph (its index), -1: none. */
  runOn = -1;
  /** The last paragraph's last statement when it is a direct quotation with a speaker (its index), -1: none. */
  lastDirect = -1;
  /** The next paragraph points back at this one's quotation (ar/back-reference.ts): no follow-on. */
  nextRefersBack = false;
  /** The last paragraph's last statement when it reports (indirect, partial) a named person's words (its index), -1: none. */
  lastNamed = -1;
  lastAnonymous: SpeakerState | null = null;
  /** A document spoken of again (حسب البيان) whose issuer was kept the latest speaker: [the document, its issuer]. */
  issued: [SpeakerState, SpeakerState] | null = null;
  /** The last paragraph was a bare link line (اقرأ أيضاً|): this one is the linked headline. */
  afterLink = false;
  /** The last person named in passing that a dropped subject was given to (speakers/ar-topic.ts), by where the naming starts. */
  topic: { s: number; speaker: SpeakerState } | null = null;
  /** The statements of the paragraph being added, and where it starts: whose sources a next sentence's he / she may be. */
  para: readonly ParagraphStatement[] = [];
  paraStart = 0;
  constructor(
    /** The text as given: every span of the output points into it. */
    readonly text: string,
    /** The text as analysed (Markdown's code and front matter blanked): the same length. */
    readonly work: string,
  ) {
    this.resolver = new SpeakerResolver(work);
    this.genders = new GenderVotes(work);
  }

  /** Whether a statement of the paragraph being added has its source written at text offset `at`. */
  readonly isSourceAt = (at: number): boolean => {
    for (const st of this.para) if (st.source && st.source.s + this.paraStart === at) return true;
    return false;
  };
}


/** Adds the reading of text[ps, pe) to the document. */
export function addParagraph(doc: DocumentState, r: ParagraphReading, ps: number, pe: number): void {
  const carried = carryInto(doc, r, ps, pe);
  const lastDirect = doc.lastDirect;
  const lastNamed = doc.lastNamed;
  doc.lastDirect = -1;
  doc.lastNamed = -1;
  if (!r.lang) {
    doc.runOn = -1;
    return;
  }
  if (r.lang === "ar") doc.arChars += pe - ps;
  else doc.enChars += pe - ps;
  if (!r.busy) {
    doc.runOn = -1;
    return;
  }
  // A paragraph that is only quotations after a speaker's direct quotation goes on with it; after
  // a named person's reported words ("Mr Gates said that …"), it is that person's quotation.
  // (Not in Arabic, where a quoted paragraph after reported words is as often a witness's or a crosshead;
  // nor before a paragraph pointing back at it, هكذا وصفت إحدى الساكنات …: its words, not the last speaker's.)
  let follows = r.followOn && lastDirect >= 0 && !doc.nextRefersBack ? lastDirect : -1;
  if (follows >= 0) for (const [s, e] of r.followOn!) continueStatement(doc, follows, s + ps, e + ps);
  else if (r.followOn && r.lang === "en" && lastNamed >= 0 && enoughWords(doc.work, r.followOn, ps)) follows = quotationOf(doc, lastNamed, r.followOn, ps);
  // Quotations nobody is said to have said, in text order: some are a speaker's after all (subjectQuote).
  const loose: RuleReport[] = [];
  for (const f of r.findings) {
    // (Such a quotation has a speaker after all.)
    if (follows >= 0 && f.rule === "unattributed-quote" && r.followOn!.some(([s]) => s === f.s)) continue;
    if (f.rule === "unattributed-quote" && r.lang === "en") loose.push(f);
    else doc.findings.push({ rule: f.rule, s: f.s + ps, e: f.e + ps, args: f.args });
  }
  let li = 0;
  doc.para = r.statements;
  doc.paraStart = ps;
  const first = doc.statements.length;
  let prev: ParagraphStatement | null = null;
  let prevSpeaker: SpeakerState | null = null;
  for (const st of r.statements) {
    for (; li < loose.length && loose[li].s < Math.min(st.contentStart, st.cueStart, st.source ? st.source.s : Infinity); li++) subjectQuote(doc, loose[li], ps);
    // "A judge rejected …, saying …" with no statement before it in the sentence (or only one
    // inside a relative clause, "… a builder who said …, saying"): the clause's subject speaks.
    // (Nor after an aside: "X met them, according to Y, and said …" is X's.)
    // (Nor when the subject opens a clause after the words of the statement before: "X has said …, but he
    // refuses to discuss …, aside from saying …" is that "he"'s.)
    // (An Arabic words' author, تغريدة قال فيها, is the speaker whatever came before.)
    const alt = st.altSource && (st.altHidden || !(prev && prev.sentence === st.sentence && !prev.relative && !prev.aside && st.altSource.s < prev.contentEnd)) ? st.altSource : null;
    // ("Ana Ortiz, 34, could be a strong voice. She has pushed back, saying …": a he/she subject goes
    // to the person named in passing as the sentence before's subject, as for "she said".)
    // (…، حسب البيان. وأضاف أن …: the document spoken of before leaves its issuer the latest speaker.)
    const issuer = st.issued ? doc.resolver.latest() : null;
    const speaker: SpeakerState | null = alt
      ? altSpeaker(doc, alt, st, ps)
      : (relativeAfterSource(doc, st, prev, ps) ? prevSpeaker : null) ?? speakerOf(doc, st, ps, prev ? prev.sentence : -1, prevSpeaker, r.lang);
    // ("Mr Vale was asked why … He replied": who was asked is no speaker, but the latest person spoken of.)
    if (!speaker && st.asked) doc.resolver.resolve(st.asked, doc.work.slice(st.asked.s + ps, st.asked.e + ps), ps);
    if (st.runsOn || st.pending) doc.runOn = doc.statements.length;
    doc.statements.push(statementOf(doc.text, st, ps, doc.statements.length, alt));
    doc.statementSpeakers.push(speaker);
    if (speaker && speaker.kind === "anonymous") doc.lastAnonymous = speaker;
    if (issuer && speaker && speaker !== issuer) {
      doc.resolver.use(issuer);
      doc.issued = [speaker, issuer];
    }
    // أكد المصدر أن الجنود أبلغوا الشرطة بأن …. وأضاف أن …: a speaker inside what another reports does
    // not take over; the reporting one stays the latest for a dropped subject and a participle.
    if ((st.nested || (r.lang === "en" && insideWords(prev, st))) && prev && prev.sentence === st.sentence) {
      if (prevSpeaker) doc.resolver.use(prevSpeaker);
      continue;
    }
    prev = st;
    prevSpeaker = speaker;
  }
  for (; li < loose.length; li++) subjectQuote(doc, loose[li], ps);
  for (const a of r.anonymity) {
    const s = a.s + ps;
    const e = a.e + ps;
    doc.anonymity.push([s, e]);
    anonymousByPhrase(doc, a.about, first);
    phraseSpeaker(a, doc.statementSpeakers, first, doc.lastAnonymous)?.anonymity.push({ s, e });
  }
  const last = doc.statements.length > first ? doc.statements.length - 1 : follows >= 0 ? follows : carried;
  if (last >= 0 && doc.statements[last].kind === "direct" && doc.statementSpeakers[last]) doc.lastDirect = last;
  else if (last >= 0 && doc.statementSpeakers[last]?.kind === "person" && doc.statementSpeakers[last]!.nameWords.length) doc.lastNamed = last;
}

/**
 * A quotation nobody is said to have said (finding f of the paragraph at ps) that is a sentence of
 * its own, BBC and Reuters style: right after a quoting statement with a speaker, only marks
 * between ('"…," said Hale. "…. "…"': a paragraph run into the next), it goes on with it; after a
 * sentence about a person ('Brian Kerr applauded the move. "It was a brilliant goal …"': named as
 * its subject, by a name word of a person who spoke, or as he/she after that person spoke), it is
 * that person's direct statement, with no cue. Otherwise the finding stays.
 */
function subjectQuote(doc: DocumentState, f: RuleReport, ps: number): void {
  const w = doc.work;
  const s = f.s + ps;
  const e = f.e + ps;
  const n = doc.statements.length - 1;
  const since = n >= 0 ? statementEndAt(doc, n) : 0;
  // (Not '"…, let me help you out," ': a comma at its end leaves the sentence to a cue further on.)
  if (!QUOTE_OPENS_SENTENCE.test(w.slice(Math.max(0, s - 4), s)) || !QUOTE_ENDS_SENTENCE.test(w.slice(e, e + 5)) || w.charCodeAt(e - 1) === 44) {
    doc.findings.push({ rule: f.rule, s, e, args: f.args });
    return;
  }
  if (n >= 0 && since <= s && doc.statementSpeakers[n] && doc.statements[n].quotes.length && ONLY_MARKS.test(w.slice(since, s))) {
    continueStatement(doc, n, s, e);
    return;
  }
  const speaker = sentenceSubject(doc, s, since, n);
  if (!speaker) {
    doc.findings.push({ rule: f.rule, s, e, args: f.args });
    return;
  }
  const q = spanOf(doc.text, s, e);
  doc.statements.push({ id: `q${n + 2}`, kind: "direct", content: q, quotes: [q], cue: null, source: null, speaker: null });
  doc.statementSpeakers.push(speaker);
}

// (The opening mark starts a sentence: after an end mark or a paragraph break; the closing one ends it.)
// (Left-to-right marks between a mark and the words: Markdown's link or emphasis marks, “[Ana Ruiz](…) said …”.)
const QUOTE_OPENS_SENTENCE = /(?:^|[.!?"'”’]\s+|\n\s*)["'“‘]+\u200e*$/u;
const QUOTE_ENDS_SENTENCE = /^\u200e*["'”’]+[.!?]?(?:\s|$)/u;
const ONLY_MARKS = /^[\p{P}\s]*$/u;

/** The person the sentence before offset s is about (see subjectQuote), null when none is. */
function sentenceSubject(doc: DocumentState, s: number, since: number, n: number): SpeakerState | null {
  // (A subject of one word first: he / she, or a name word of a person who spoke — "Kerr applauded …".)
  const head = /^[\s"'“‘]*(?:(?:Mr|Mrs|Ms|Dr)\.? )?(\p{Lu}[\p{L}'’-]+) \p{Ll}/u.exec(previousSentenceHead(doc.work, s, since));
  if (head && (head[1] === "He" || head[1] === "She")) {
    const last = n >= 0 ? doc.statementSpeakers[n] : null;
    return last && last.kind === "person" && doc.genders.fits(last, head[1] === "He" ? "male" : "female") ? last : null;
  }
  doc.resolver.fits = ANY;
  const named = head ? doc.resolver.personNamed(normWord(head[1])) : null;
  if (named) return named;
  const t = enTopicPerson(doc.work, s, since);
  return t ? doc.resolver.resolve(t, doc.work.slice(t.s, t.e), 0) : null;
}

/**
 * '"…," said Ana Ruiz, 32, a nurse at the clinic who said she would stay': a relative pronoun as the
 * source right after the source of the statement before it in the sentence (only a comma between)
 * stands for that statement's speaker.
 */
function relativeAfterSource(doc: DocumentState, st: ParagraphStatement, prev: ParagraphStatement | null, ps: number): boolean {
  if (!st.relative || !st.source || !prev || !prev.source || prev.sentence !== st.sentence || prev.source.e > st.source.s) return false;
  return /^[\s,]*$/.test(doc.work.slice(prev.source.e + ps, st.source.s + ps));
}

/** Whether the quotations hold words enough to be what someone said (not a quoted heading: "Related:"). */
function enoughWords(work: string, quotes: readonly [number, number][], ps: number): boolean {
  let spaces = 0;
  for (const [s, e] of quotes) for (let k = s + ps; k < e + ps; k++) if (work.charCodeAt(k) === 32) spaces++;
  return spaces >= 3;
}

/**
 * The quotations of a paragraph that is only quotations, after statement i reported a named
 * person's words: a direct statement of that person (no cue of its own). Returns its index.
 */
function quotationOf(doc: DocumentState, i: number, quotes: readonly [number, number][], ps: number): number {
  const spans = quotes.map(([s, e]) => spanOf(doc.text, s + ps, e + ps));
  const n = doc.statements.length;
  doc.statements.push({ id: `q${n + 1}`, kind: "direct", content: spanOf(doc.text, spans[0].start, spans[spans.length - 1].end), quotes: spans, cue: null, source: null, speaker: null });
  doc.statementSpeakers.push(doc.statementSpeakers[i]);
  return n;
}

/**
 * What the previous paragraph left open goes on here: a quotation running on, or the words of
 * "X said:" ending it (a quotation opening this paragraph, or else the whole paragraph). Returns
 * the statement carried into this paragraph, -1: none.
 */
function carryInto(doc: DocumentState, r: ParagraphReading, ps: number, pe: number): number {
  const i = doc.runOn;
  if (i < 0) return -1;
  // ("X said:" and a paragraph that opens with words, a quotation inside it: the paragraph is the words.)
  const opens = opensWithQuote(doc.work, ps, pe);
  if (r.continued && (opens || doc.statements[i].quotes.length > 0)) {
    continueStatement(doc, i, r.continued.s + ps, r.continued.e + ps);
    doc.runOn = r.continued.runsOn ? i : -1;
    return i;
  }
  doc.runOn = -1;
  const st = doc.statements[i];
  // "Limbaugh added:" and a paragraph with no quotation mark: that paragraph is what was said.
  if (st.quotes.length === 0 && r.lang && !opens) {
    st.content = spanOf(doc.text, ps, pe);
    return i;
  }
  return -1;
}

/**
 * "A driver, who declined to give his name, said …", "a spokesman for the bank who declined to be
 * named said …", وقالت متحدثة باسم الوزارة رفضت نشر اسمها: an unnamed source (of no known kind, or a role
 * with no name) that an anonymity phrase is about is anonymous — a role is a person only on the record.
 */
function anonymousByPhrase(doc: DocumentState, about: readonly number[], first: number): void {
  for (const i of about) {
    const sp = doc.statementSpeakers[first + i];
    // (An unknown kind's name words may be the first name an anonymity phrase gave: "A porter, who gave only his first name, Karel".)
    if (sp && (sp.kind === "unknown" || (sp.kind === "person" && !sp.nameWords.length))) doc.resolver.setKind(sp, "anonymous");
  }
}

/**
 * "Tom Vale said Ivo Petrov had told him the plan would fail. He added …": an English statement whose cue
 * and source stand inside the words `prev` reports (not an aside's, "According to X, Y said"): Y does not
 * take over from the one who reports it.
 */
function insideWords(prev: ParagraphStatement | null, st: ParagraphStatement): boolean {
  if (!prev || prev.aside || prev.sentence !== st.sentence) return false;
  const from = st.source ? Math.min(st.source.s, st.cueStart) : st.cueStart;
  return from >= prev.contentStart && st.cueEnd <= prev.contentEnd;
}

/**
 * The speaker of a statement: its written source resolved; with none written, the subject
 * of the clause it stands in (the statement before it in the same sentence) or the last
 * speaker its verb agrees with (a dropped subject); a passive (carry null) has none.
 */
function speakerOf(doc: DocumentState, st: ParagraphStatement, ps: number, prevSentence: number, prevSpeaker: SpeakerState | null, lang: "ar" | "en"): SpeakerState | null {
  const source = st.source && { s: st.source.s + ps, e: st.source.e + ps };
  const g = doc.genders.read(doc.work, st.cueStart + ps, st.cueEnd + ps, source);
  const speaker = writtenOrCarried(doc, st, ps, prevSentence, prevSpeaker, g, lang);
  if (speaker) doc.genders.add(speaker, doc.work, source, statementEnd(st) + ps, doc.isSourceAt);
  return speaker;
}

function writtenOrCarried(doc: DocumentState, st: ParagraphStatement, ps: number, prevSentence: number, prevSpeaker: SpeakerState | null, g: SpeakerGender, lang: "ar" | "en"): SpeakerState | null {
  const m = st.source;
  // وقال سموه، وأكد معاليه: an honorific with its pronoun refers back as a dropped subject does.
  const honorific = !!m && lang === "ar" && m.kind === "pronoun";
  if (m && !honorific) {
    // The gender this statement marks (قالت، Mrs, she) keeps it off a person marked the other way.
    doc.resolver.fits = g ? (sp) => doc.genders.fits(sp, g) : ANY;
    // ('"…Hillary Clinton should ask …," he wrote': names in its own quotation before the source are not between.)
    const quoteFirst = st.quotes.length > 0 && st.quotes[0][0] < m.s ? st.quotes[0][0] + ps : Infinity;
    return sourceReadBefore(doc, m.s + ps) ?? askedReplies(doc, st, m, ps) ?? passingPerson(doc, m, ps, quoteFirst, st.contentEnd <= m.s ? [st.contentStart + ps, st.contentEnd + ps] : undefined) ?? namedOfGender(doc, m, ps) ?? passingBody(doc, st, m, ps) ?? passingRole(doc, m, ps) ?? doc.resolver.resolve(m, writtenName(doc.work, m.s + ps, m.e + ps), ps, st.agree);
  }
  let speaker: SpeakerState | null = null;
  // (ورد الشائعات التي تتحدث عن …، مشيراً: a plural of things agrees in the feminine; a masculine participle is not theirs.)
  if (st.carry === "clause-subject" && prevSentence === st.sentence) speaker = lang === "ar" && st.agree === 1 && prevSpeaker?.kind === "group" ? null : prevSpeaker;
  // وتقول after a man who spoke last: the last speaker its verb agrees with, unless a person was
  // named since as a sentence's subject (أما سمير، …، فيؤيد الفكرة. ويقول: …).
  else if (st.carry || honorific) {
    // (حسب تصريحات له: with no verb to agree, the pronoun tells whom.)
    const sa: ParagraphStatement = honorific && st.agree === 0 && (m.pronoun === "he" || m.pronoun === "she") ? { ...st, agree: m.pronoun === "he" ? 1 : 2 } : st;
    speaker = (lang === "ar" ? (sa.dual ? namedTogetherSpeaker(doc, sa, ps, topicPair) : sa.many ? namedTogetherSpeaker(doc, sa, ps, topicMany) : topicSpeaker(doc, sa, ps)) : null) ?? latestFitting(doc, sa, g, !m && !numberAfter(doc.work, sa.cueEnd + ps));
  }
  // (وجاء في البيان …. وأضاف أن ماكرون "…": the issuer named at the content's start is spoken of; the document speaks.)
  if (speaker && doc.issued && doc.issued[1] === speaker && lang === "ar" && namedAtStart(doc.work, st.contentStart + ps, speaker)) speaker = doc.issued[0];
  if (speaker && st.dual && lang === "ar") doc.resolver.pairByDual(speaker);
  // (Where it spoke: an unnamed insider who spoke just before, resolver.spokeJustBefore.)
  if (speaker) doc.resolver.use(speaker, st.cueStart + ps);
  return speaker;
}

const ANY = (): boolean => true;

/**
 * The last speaker a carried statement's verb agrees with, and that the gender the text marked for
 * each person does not contradict: إلا أنها أكدت is not «الرئيس ماكرون» whose own verb (وتحدث) told
 * no gender but whose title did.
 */
function latestFitting(doc: DocumentState, st: ParagraphStatement, g: SpeakerGender, dropped: boolean): SpeakerState | null {
  doc.resolver.fits = g ? (sp) => doc.genders.fits(sp, g) : ANY;
  const sp = doc.resolver.latestAgreeing(st.agree, st.many, st.dual, dropped);
  doc.resolver.fits = ANY;
  return sp;
}

/** The content at `at` opens (after quotation marks) with a name word of the person `sp`. */
function namedAtStart(text: string, at: number, sp: SpeakerState): boolean {
  let i = at;
  while (i < text.length && i - at < 3 && !letterOrNumberAt(text, i)) i++;
  let j = i;
  while (j < text.length && j - i < 30 && letterOrNumberAt(text, j)) j++;
  return j > i && sp.kind === "person" && sp.nameWords.includes(normWord(text.slice(i, j)));
}

/** قال 60٪ من المجيبين: a number right after the cue is its subject, though no source was read. */
function numberAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  return isDigit(text.charCodeAt(i));
}

/**
 * The speaker of a statement of the last few whose written source starts at s: the same words read
 * again as a later verb's subject are the same mention, also when that reading stops sooner (قال
 * مسؤول رفيع في الوزارة إن النقاشات بينت أن كثيرين يرون …: مسؤول رفيع for يرون is the same official).
 */
function sourceReadBefore(doc: DocumentState, s: number): SpeakerState | null {
  for (let i = doc.statements.length - 1; i >= 0 && i >= doc.statements.length - 6; i--) {
    if (doc.statements[i].source?.start !== s) continue;
    const sp = doc.statementSpeakers[i];
    if (sp) doc.resolver.use(sp);
    return sp;
  }
  return null;
}

/** How far back "asked X" is looked for before a reply (characters). */
const ASKED_REACH = 400;

/**
 * '"Should there be a database?" a reporter asked Trump. ⏎ "…," the businessman replied.': a pronoun or
 * a description that replies (en-words replyCues) is the person who was asked, by a name word of a person
 * spoken of, just before it (since the paragraph before); null otherwise.
 */
function askedReplies(doc: DocumentState, st: ParagraphStatement, m: MentionInfo, ps: number): SpeakerState | null {
  if (m.lang !== "en" || m.kind !== "pronoun" || m.pronoun === "it" || m.pronoun === "they" || m.pronoun === "i") return null;
  if (!lexicon().en.replyCues.has(normWord(doc.work.slice(st.cueStart + ps, st.cueEnd + ps)))) return null;
  const at = Math.min(m.s, st.cueStart) + ps;
  const para = doc.work.lastIndexOf("\n\n", at - 1);
  // (From the paragraph before this one: the text's start when there is none.)
  const before = para < 0 ? -1 : doc.work.lastIndexOf("\n\n", para - 1);
  const from = Math.max(0, at - ASKED_REACH, before < 0 ? 0 : before + 2);
  let asked: string | null = null;
  for (const h of doc.work.slice(from, at).matchAll(ASKED)) asked = h[1];
  const sp = asked ? (doc.resolver.personNamed(normWord(asked)) ?? namedInFullBefore(doc, m, ps, at, asked)) : null;
  // (Not a person the text marks of the other gender.)
  if (!sp || ((m.pronoun === "he" || m.pronoun === "she") && !doc.genders.fits(sp, m.pronoun === "he" ? "male" : "female"))) return null;
  return doc.resolver.use(sp);
}

/**
 * The person the text named in full before offset `at` with `word` last ("Donald Trump" for "asked
 * Trump"), resolved as the speaker of mention m (of the paragraph at `ps`); null when no such name of
 * two words is written.
 */
function namedInFullBefore(doc: DocumentState, m: MentionInfo, ps: number, at: number, word: string): SpeakerState | null {
  // (Not \b, which knows only ASCII letters: Ömer Özil.)
  const full = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Ll}'’-]+) ${word.replace(/[^\p{L}]/gu, "")}(?![\\p{L}\\p{N}])`, "u").exec(doc.work.slice(0, at));
  if (!full) return null;
  const name = [normWord(full[1]), normWord(word)];
  return doc.resolver.resolve({ ...m, kind: "person", pronoun: "", lemma: "", definite: false, name, nameText: full[0], titleText: "", words: name, proper: false, generic: false }, full[0], ps);
}

/** "asked Trump", "asking Mr. Vale", "asked Ana Ruiz": the last name word after a verb of asking. */
const ASKED = /(?<![\p{L}\p{N}])(?:asked|asking|asks)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/gu;

/**
 * "Band frontman Alex Kapranos has called for … "…," he said": "he"/"she" goes to the person named
 * in passing as a sentence's subject since the statement before (speakers/en-topic.ts), also when
 * someone spoke before ("…," said Ian Moss. Economy minister Ada Brandt called the figures "a mild
 * dip". She said … → Brandt); null when there is none, when a person spoken of already is named
 * between it and the pronoun (Carson … though he added; not inside the statement's own quotation
 * before the pronoun, from `quoteAt`), or when the text marks the other gender. A subject inside the
 * words reported before the pronoun (`clause`) is not the one.
 */
function passingPerson(doc: DocumentState, m: MentionInfo, ps: number, quoteAt = Infinity, clause?: readonly [number, number]): SpeakerState | null {
  if (m.lang !== "en" || m.kind !== "pronoun") return null;
  const last = doc.statements.length - 1;
  const since = last >= 0 ? statementEndAt(doc, last) : 0;
  const at = m.s + ps;
  // "Ann Cole and Raj Patel met the council. … They said": the two named together, one group.
  if (m.pronoun === "they") {
    const pair = enTopicPair(doc.work, at, since);
    return pair ? doc.resolver.resolve(pair, doc.work.slice(pair.s, pair.e), 0) : null;
  }
  // "Norvik Bank cut its rates. It said …": with no institution spoken of yet, the one named as a subject.
  if (m.pronoun === "it") {
    const body = enTopicBody(doc.work, at, since);
    return body ? doc.resolver.resolve(body, doc.work.slice(body.s, body.e), 0) : null;
  }
  // (A description standing for a person, "the world indoor champion said", as an age does: the
  // subject named just before, not the speaker before it, who may be someone else.)
  const epithet = m.pronoun === AGE_EPITHET || m.pronoun === NOUN_EPITHET;
  if (m.pronoun !== "he" && m.pronoun !== "she" && !epithet) return null;
  // (With no subject named and no person it fits spoken of: one named with Mr/Ms in passing, not
  // in the statement's own quotation.)
  // (Not the subject of the words reported before the pronoun: "Mr Blair has failed, he claimed".)
  const t = enTopicPerson(doc.work, at, since, clause) ?? (!epithet && !doc.resolver.hasPerson() ? enHonorificPerson(doc.work, Math.min(at, quoteAt), since, m.pronoun) : null);
  if (!t) return epithet ? possessorBefore(doc, m, ps) : null;
  // (The description's noun written since the naming, "Tom Vale, a lawyer's clerk, …. the lawyer said":
  // the resolver's look-back for who was described so decides.)
  if (m.pronoun === NOUN_EPITHET && wholeWordIn(doc.work.slice(t.s, at).toLowerCase(), m.lemma)) return null;
  const g = mentionGender(doc.work, t.s, t.e);
  if ((g === "male" && m.pronoun === "she") || (g === "female" && m.pronoun === "he")) return null;
  if (doc.resolver.hasPerson() && doc.resolver.personNamedIn(doc.work, t.e, Math.min(at, quoteAt), t.name)) return null;
  return doc.resolver.resolve(t, doc.work.slice(t.s, t.e), 0);
}

/** How far back the sentence before is read (characters). */
const POSSESSOR_REACH = 600;

/** A sentence opening with a person's full name as a possessor: "Donald Trump's assertion …". */
const POSSESSOR_OPENING = /^\s*["'“‘]?((?:\p{Lu}[\p{Ll}'’-]+ ){1,2}(\p{Lu}[\p{Ll}-]+))['’]s /u;

/**
 * "Donald Trump's assertion that … drew rebukes. ⏎ "…," the presumptive nominee told …": with no subject
 * named before it, a description standing for a person is the one whose full name opens the sentence
 * before as its subject's possessor, when no person spoke yet or that is one who did; null otherwise.
 */
function possessorBefore(doc: DocumentState, m: MentionInfo, ps: number): SpeakerState | null {
  // (The sentence before the statement's own paragraph or sentence: back to a line break or a full stop.)
  const at = m.s + ps;
  const own = Math.max(doc.work.lastIndexOf("\n", at), doc.work.lastIndexOf(". ", at) + 1);
  // (Not from the statement before: it may stand inside that very sentence, "… drew rebukes, including some who warned …".)
  const text = doc.work.slice(Math.max(0, own - POSSESSOR_REACH), own).trimEnd();
  const dot = text.lastIndexOf(". ", text.length - 2);
  const start = Math.max(text.lastIndexOf("\n") + 1, dot < 0 ? 0 : dot + 2);
  const hit = POSSESSOR_OPENING.exec(text.slice(start));
  if (!hit) return null;
  const known = doc.resolver.personNamed(normWord(hit[2]));
  if (known) return doc.resolver.use(known);
  if (doc.resolver.hasPerson()) return null;
  return namedInFullBefore(doc, m, ps, m.s + ps, hit[2]);
}

/**
 * "Jan Oster has apologised to MPs … The home secretary said": an English definite title no one
 * holds or was named with (resolver roleKnown) goes to the person named in passing as a sentence's
 * subject since the statement before (en-topic.ts), in full or with Mr/Ms, when that naming gave them
 * no other title (Finance Minister Ola Berg is not "the president") and no person spoken of is named
 * between; null otherwise.
 */
function passingRole(doc: DocumentState, m: MentionInfo, ps: number): SpeakerState | null {
  if (m.lang !== "en" || m.kind !== "person" || !m.definite || !m.lemma || m.name.length || lexicon().sources.get(m.lemma)?.cls !== "title") return null;
  const at = m.s + ps;
  // (A title with a few words before it only: not "the account from the CIA base chief", "the Vermont senator and candidate".)
  if (!ROLE_ALONE.test(doc.work.slice(at, m.e + ps)) || doc.resolver.roleKnown(m, at)) return null;
  const last = doc.statements.length - 1;
  const t = enTopicPerson(doc.work, at, last >= 0 ? statementEndAt(doc, last) : 0);
  if (!t) return last >= 0 ? leadSpeakerRole(doc, m, last, ps) : null;
  if ( t.kind !== "person" || (t.name.length < 2 && !t.titleText) || otherTitle(t.titleText, m.lemma, m.words) || t.name.some((w) => lexicon().sources.get(w)?.cls === "place")) return null;
  if (doc.resolver.hasPerson() && doc.resolver.personNamedIn(doc.work, t.e, at, t.name)) return null;
  return doc.resolver.useAs(doc.resolver.resolve(t, doc.work.slice(t.s, t.e), 0), m, ps);
}

/**
 * "…, Tom Hale has said. ⏎ The chancellor said …": with no one named in passing since, the speaker of
 * statement `last` when the title opens the paragraph right after it and that statement opened its own
 * paragraph, the text's lead (the first paragraph after a heading line) — a named person the naming gave
 * no other title; null otherwise ("…," Trump said. ⏎ The president said … is Obama, never named).
 */
function leadSpeakerRole(doc: DocumentState, m: MentionInfo, last: number, ps: number): SpeakerState | null {
  const at = m.s + ps;
  const sp = doc.statementSpeakers[last];
  if (!sp || sp.kind !== "person" || sp.nameWords.length < 2 || otherTitle(sp.title, m.lemma, m.words)) return null;
  const end = statementEndAt(doc, last);
  if (!/^[\p{P}\s]*\n\s*$/u.test(doc.work.slice(end, at))) return null;
  const st = doc.statements[last];
  const start = Math.min(st.content.start, st.source?.start ?? Infinity, st.cue?.start ?? Infinity);
  const para = doc.work.lastIndexOf("\n\n", start);
  // (The lead: its paragraph follows a heading, one short line with no end mark.)
  if (para < 0 || !/^\s*$/.test(doc.work.slice(para, start))) return null;
  const heading = doc.work.slice(0, para).trimEnd();
  const line = heading.slice(heading.lastIndexOf("\n") + 1);
  if (!line || line.length > HEADING || /[.!?"”'’:]$/u.test(line) || !/(?:^|\n\s*\n)\s*$/.test(heading.slice(0, heading.length - line.length))) return null;
  return doc.resolver.useAs(sp, m, ps);
}

/** How long a heading line may be (characters). */
const HEADING = 120;

/** "The home secretary", "the Scottish Conservative leader": the article and up to three words. */
const ROLE_ALONE = /^[Tt]he(?:\s+[\p{L}-]+){1,3}$/u;

/**
 * Whether a naming's title (Finance Minister) holds a title other than `lemma`, or a word changing its
 * rank that the role's words (`words`) lack (Vice President is no "the president"); honorifics (Mr, Ms, Dr) are none.
 */
function otherTitle(title: string, lemma: string, words: readonly string[]): boolean {
  const e = lexicon().en;
  let other = false;
  for (const w of title.split(/\s+/)) {
    const n = normWord(w).replace(/\.$/, "");
    if (e.rankChangers.has(n) && !words.includes(n)) return true;
    const hit = lexicon().sources.get(n) ?? lexicon().sources.get(n + ".");
    if (!hit || hit.cls !== "title" || e.maleHonorifics.has(n) || e.femaleHonorifics.has(n) || n === "dr") continue;
    if (hit.lemma === lemma) return false;
    other = true;
  }
  return other;
}

/**
 * "…," said Ann Lee. … Tom Hale asked why Ms Lee stayed away. She said …: an English he / she goes to a
 * person spoken of before whom the text marks of the pronoun's gender, named in the sentence before it,
 * rather than to the latest speaker, a person whose gender the text does not mark; null otherwise.
 */
function namedOfGender(doc: DocumentState, m: MentionInfo, ps: number): SpeakerState | null {
  if (m.lang !== "en" || m.kind !== "pronoun" || (m.pronoun !== "he" && m.pronoun !== "she")) return null;
  const latest = doc.resolver.latest();
  if (!latest || latest.kind !== "person" || doc.genders.majority(latest) !== null) return null;
  const g = m.pronoun === "he" ? "male" : "female";
  let found: SpeakerState | null = null;
  for (const w of previousSentenceHead(doc.work, m.s + ps, 0).matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const sp = doc.resolver.personNamed(normWord(w[0]));
    if (sp && sp !== latest && doc.genders.majority(sp) === g) found = sp;
  }
  return found ? doc.resolver.use(found) : null;
}

/**
 * صحيفة «المساء» ركزت اهتمامها على …. وتقول الصحيفة إن …: a bare definite head (الصحيفة، الوزارة) is the body
 * of that kind named as the subject of a sentence since the statement before, not an earlier speaker of its kind;
 * البيان after أصدرت الوزارة بياناً is the body that issued it.
 */
function passingBody(doc: DocumentState, st: ParagraphStatement, m: MentionInfo, ps: number): SpeakerState | null {
  if (m.lang === "en") return passingFirm(doc, m, ps);
  if (m.lang === "ar" && m.definite && m.headAlone && lexicon().ar.issuedDocuments.has(m.lemma)) {
    const t = issuerBefore(doc.work, m.s + ps, lastCueStart(doc), m.lemma);
    return t ? doc.resolver.resolve(t, doc.work.slice(t.s, t.e), 0) : null;
  }
  if (m.lang !== "ar" || m.kind !== "organization" || !m.definite || !m.headAlone || !lexicon().ar.bodyHeads.has(m.lemma)) return null;
  const t = topicBodyBefore(doc.work, m.s + ps, lastCueStart(doc), st.agree);
  return t && t.lemma === m.lemma ? doc.resolver.resolve(t, doc.work.slice(t.s, t.e), 0) : null;
}

/**
 * "Harbour Telecom Inc cut prices on Monday. The company said …": a definite "the company/firm …"
 * naming nothing is the firm named as the subject of a sentence since the statement before (not a
 * government body, an outlet or a place: en-words notFirms), not an earlier firm that spoke.
 */
function passingFirm(doc: DocumentState, m: MentionInfo, ps: number): SpeakerState | null {
  if (m.kind !== "organization" || !m.definite || !m.generic || !lexicon().en.firmHeads.has(m.lemma)) return null;
  const last = doc.statements.length - 1;
  const t = enTopicBody(doc.work, m.s + ps, last >= 0 ? statementEndAt(doc, last) : 0);
  if (!t || !t.proper || lexicon().en.notFirms.has(t.lemma) || lexicon().sources.get(t.lemma)?.cls === "place") return null;
  return doc.resolver.resolve(t, doc.work.slice(t.s, t.e), 0);
}

/**
 * The speaker of a participle's statement: the subject of the clause it hangs on, resolved. The
 * gender that subject marks (Mrs Ruiz, she) keeps it off a person marked the other way, and is
 * counted for it as a written source's is ("Mr Lund wrote on Monday, saying …": a man for a later "she").
 */
function altSpeaker(doc: DocumentState, alt: MentionInfo, st: ParagraphStatement, ps: number): SpeakerState {
  const source = { s: alt.s + ps, e: alt.e + ps };
  const g = doc.genders.read(doc.work, 0, 0, source);
  doc.resolver.fits = g ? (sp) => doc.genders.fits(sp, g) : ANY;
  const speaker = passingPerson(doc, alt, ps) ?? passingRole(doc, alt, ps) ?? doc.resolver.resolve(alt, doc.work.slice(source.s, source.e), ps);
  doc.genders.add(speaker, doc.work, source, statementEnd(st) + ps, doc.isSourceAt);
  return speaker;
}

/** Where statement i of the document ends: its content, cue or source, whichever is last. */
function statementEndAt(doc: DocumentState, i: number): number {
  const st = doc.statements[i];
  return Math.max(st.content.end, st.cue?.end ?? 0, st.source?.end ?? 0);
}

/** Where the cue of the latest statement starts (0: none yet): how far back a topic is looked for. */
function lastCueStart(doc: DocumentState): number {
  const last = doc.statements.length - 1;
  return last >= 0 ? (doc.statements[last].cue?.start ?? 0) : 0;
}

/**
 * The person named in passing as a sentence's subject since the statement before (speakers/ar-topic.ts),
 * when the cue agrees with them; null when there is none.
 */
function topicSpeaker(doc: DocumentState, st: ParagraphStatement, ps: number): SpeakerState | null {
  // (A plural or unmarked verb has no one person for its subject.)
  if (st.agree === 0) return null;
  const last = doc.statements.length - 1;
  // (Whether a name word is a known person's is asked of every person: the filter the statement before
  // left, وصفته واشنطن a woman's, is no test of this one; agreement is checked below.)
  doc.resolver.fits = ANY;
  // (A one-word name is someone's when a speaker holds it or the text gave it in full with a title before: ar-full-name.)
  const m = topicPerson(doc.work, st.cueStart + ps, lastCueStart(doc), (w, word, at) => !!doc.resolver.personNamed(w) || !!fullNameBefore(doc.work, at, word), st.agree);
  if (!m) return null;
  // وتقول: "…". وتضيف: "…": the same naming found again is the speaker it gave.
  if (doc.topic && doc.topic.s === m.s) return doc.topic.speaker.agree === st.agree || doc.topic.speaker.agree === 0 ? doc.topic.speaker : null;
  for (let i = last; i >= 0 && i > last - 6; i--) {
    const prev = doc.statements[i];
    // وقال الوزير فلان إن …، وأضاف: the subject is a statement's source already read: its speaker.
    // (Not a person the text marked the other way: إلا أنها أكدت after وتحدث الرئيس فلان.)
    if (prev.source && prev.source.start < m.e && m.s < prev.source.end) return agreeing(doc, doc.statementSpeakers[i], st.agree);
    // A sentence inside what someone said names no subject of the article's; one only attributed at its
    // end (ورفض ماكرون كشف التفاصيل، حسب الصحف. لكنه أكد …) still tells what its subject did.
    if (prev.content.start <= m.s && m.s < prev.content.end && !(prev.kind === "indirect" && prev.cue && prev.cue.start >= m.e)) return null;
  }
  const g = mentionGender(doc.work, m.s, m.e);
  if ((g === "male" && st.agree === 2) || (g === "female" && st.agree === 1)) return null;
  doc.resolver.fits = ANY;
  const sp = doc.resolver.resolve(m, doc.work.slice(m.s, m.e), 0, st.agree);
  if (sp.kind === "person" && sp.agree !== 0 && sp.agree !== st.agree) return null;
  doc.topic = { s: m.s, speaker: sp };
  return sp;
}

/** `sp` unless it is a person whose verbs or marked gender disagree with agreement `a` (1 masculine, 2 feminine). */
function agreeing(doc: DocumentState, sp: SpeakerState | null, a: 1 | 2): SpeakerState | null {
  if (!sp || sp.kind !== "person") return sp;
  return (sp.agree === 0 || sp.agree === a) && doc.genders.fits(sp, a === 1 ? "male" : "female") ? sp : null;
}

/**
 * For a verb for two (وأعلنتا، وقالا) the pair named in passing as a sentence's subject since the statement
 * before (speakers/ar-topic.ts topicPair); for a verb for many (لكنهم قالوا، وأقروا) the unnamed plural source
 * named so in the cue's sentence or the one before (topicMany): its speaker when a statement's source already
 * read it; null when there is none.
 */
function namedTogetherSpeaker(doc: DocumentState, st: ParagraphStatement, ps: number, find: typeof topicPair): SpeakerState | null {
  const last = doc.statements.length - 1;
  const m = find(doc.work, st.cueStart + ps, lastCueStart(doc));
  if (!m) return null;
  for (let i = last; i >= 0 && i > last - 6; i--) {
    const prev = doc.statements[i];
    if (prev.source && prev.source.start < m.e && m.s < prev.source.end) return doc.statementSpeakers[i];
    if (prev.content.start <= m.s && m.s < prev.content.end) return null;
  }
  doc.resolver.fits = ANY;
  return doc.resolver.resolve(m, doc.work.slice(m.s, m.e), 0);
}

/** Where a statement ends in its paragraph: its content, cue, quotations or source, whichever is last. */
function statementEnd(st: ParagraphStatement): number {
  let e = Math.max(st.contentEnd, st.cueEnd, st.source?.e ?? 0);
  for (const q of st.quotes) e = Math.max(e, q[1]);
  return e;
}

/**
 * The mention text[s, e) as a name: وفقاً للشركة keeps its span after the preposition's ل
 * (لشركة), and the name gets its article back (الشركة).
 */
function writtenName(text: string, s: number, e: number): string {
  const written = text.slice(s, e);
  return s > 0 && text.charCodeAt(s - 1) === 0x0644 && written.charCodeAt(0) === 0x0644 ? "ا" + written : written;
}

function spanOf(text: string, s: number, e: number): Span {
  return { start: s, end: e, text: text.slice(s, e) };
}

/** A paragraph's statement as the contract has it (offsets in the text). */
function statementOf(text: string, st: ParagraphStatement, ps: number, i: number, alt: MentionInfo | null): Statement {
  const quotes = new Array<Span>(st.quotes.length);
  for (let j = 0; j < st.quotes.length; j++) quotes[j] = spanOf(text, st.quotes[j][0] + ps, st.quotes[j][1] + ps);
  const m = (st.altHidden ? null : alt) ?? st.source;
  return {
    id: `q${i + 1}`,
    kind: st.kind,
    content: spanOf(text, st.contentStart + ps, st.contentEnd + ps),
    quotes,
    cue: st.cueless ? null : spanOf(text, st.cueStart + ps, st.cueEnd + ps),
    source: m ? spanOf(text, m.s + ps, m.e + ps) : null,
    speaker: null,
  };
}

/** A quotation running on from the previous paragraph joins statement i: one more quotation, a longer content. */
function continueStatement(doc: DocumentState, i: number, s: number, e: number): void {
  const st = doc.statements[i];
  // "said in a statement:" and the quotation below it: the statement is that quotation.
  if (st.quotes.length === 0) {
    st.kind = "direct";
    st.content = spanOf(doc.text, s, e);
  }
  st.quotes.push(spanOf(doc.text, s, e));
  st.content = spanOf(doc.text, st.content.start, Math.max(st.content.end, e));
}
