// What an analysis carries from paragraph to paragraph, and how a paragraph's reading
// joins it: statements get their speakers (a written source is resolved against the
// article's speakers; a dropped subject carries the last one), anonymity phrases are
// tied to their source, a quotation that runs on continues its statement.
import { phraseSpeaker } from "../anonymity/tie";
import type { RuleReport } from "../rules";
import { SpeakerResolver, type SpeakerState } from "../speakers";
import type { Span, Statement } from "../types";
import type { ParagraphReading } from "./read-paragraph";
import type { ParagraphStatement } from "./statement-shape";

export class DocumentState {
  readonly resolver = new SpeakerResolver();
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
  lastAnonymous: SpeakerState | null = null;
  constructor(
    /** The text as given: every span of the output points into it. */
    readonly text: string,
    /** The text as analysed (Markdown's code and front matter blanked): the same length. */
    readonly work: string,
  ) {}
}


/** Adds the reading of text[ps, pe) to the document. */
export function addParagraph(doc: DocumentState, r: ParagraphReading, ps: number, pe: number): void {
  if (r.continued && doc.runOn >= 0) continueStatement(doc, doc.runOn, r.continued.s + ps, r.continued.e + ps);
  doc.runOn = r.continued?.runsOn ? doc.runOn : -1;
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
  for (const f of r.findings) doc.findings.push({ rule: f.rule, s: f.s + ps, e: f.e + ps, args: f.args });
  const first = doc.statements.length;
  let prevSentence = -1;
  let prevSpeaker: SpeakerState | null = null;
  for (const st of r.statements) {
    const speaker = speakerOf(doc, st, ps, prevSentence, prevSpeaker);
    if (st.runsOn) doc.runOn = doc.statements.length;
    doc.statements.push(statementOf(doc.text, st, ps, doc.statements.length));
    doc.statementSpeakers.push(speaker);
    if (speaker && speaker.kind === "anonymous") doc.lastAnonymous = speaker;
    prevSentence = st.sentence;
    prevSpeaker = speaker;
  }
  for (const a of r.anonymity) {
    const s = a.s + ps;
    const e = a.e + ps;
    doc.anonymity.push([s, e]);
    phraseSpeaker(a, doc.statementSpeakers, first, doc.lastAnonymous)?.anonymity.push({ s, e });
  }
}

/**
 * The speaker of a statement: its written source resolved; with none written, the subject
 * of the clause it stands in (the statement before it in the same sentence) or the last
 * speaker its verb agrees with (a dropped subject); a passive (carry null) has none.
 */
function speakerOf(doc: DocumentState, st: ParagraphStatement, ps: number, prevSentence: number, prevSpeaker: SpeakerState | null): SpeakerState | null {
  const m = st.source;
  if (m) return doc.resolver.resolve(m, doc.work.slice(m.s + ps, m.e + ps), ps, st.agree);
  let speaker: SpeakerState | null = null;
  if (st.carry === "clause-subject" && prevSentence === st.sentence) speaker = prevSpeaker;
  // وتقول after a man who spoke last: the last speaker its verb agrees with.
  else if (st.carry) speaker = doc.resolver.latestAgreeing(st.agree);
  if (speaker) doc.resolver.use(speaker);
  return speaker;
}

function spanOf(text: string, s: number, e: number): Span {
  return { start: s, end: e, text: text.slice(s, e) };
}

/** A paragraph's statement as the contract has it (offsets in the text). */
function statementOf(text: string, st: ParagraphStatement, ps: number, i: number): Statement {
  const quotes = new Array<Span>(st.quotes.length);
  for (let j = 0; j < st.quotes.length; j++) quotes[j] = spanOf(text, st.quotes[j][0] + ps, st.quotes[j][1] + ps);
  const m = st.source;
  return {
    id: `q${i + 1}`,
    kind: st.kind,
    content: spanOf(text, st.contentStart + ps, st.contentEnd + ps),
    quotes,
    cue: spanOf(text, st.cueStart + ps, st.cueEnd + ps),
    source: m ? spanOf(text, m.s + ps, m.e + ps) : null,
    speaker: null,
  };
}

/** A quotation running on from the previous paragraph joins statement i: one more quotation, a longer content. */
function continueStatement(doc: DocumentState, i: number, s: number, e: number): void {
  const st = doc.statements[i];
  st.quotes.push(spanOf(doc.text, s, e));
  st.content = spanOf(doc.text, st.content.start, e);
}
