// Text in, Analysis out. Works paragraph by paragraph (a line of text) so
// memory stays proportional to one paragraph, carrying across paragraphs only
// what the language needs: the last speaker (a dropped subject), the article's
// speakers (coreference) and an English quote that runs on.
import { findAnonymity } from "./anonymity";
import { lexicon } from "./lexicon";
import { hasWithClitic } from "./lexicon/word-lists";
import { isSpace, letterOrNumberAt } from "./text/chars";
import { maskMarkdown } from "./text/markdown";
import { COMMA_DASH_SEMI, END, TRAILING, isPunct, isWord, sentOf, type Para } from "./text/paragraph";
import { type StatementShape, isNameQuote, isNamingWord, type RawStatement } from "./para";
import { cueAt } from "./lexicon/lookup";
import { parseArCue, startAfterClitic } from "./parse-ar";
import { parseEnCue } from "./parse-en";
import { opensWithQuote, scanQuotes, type QuoteScan } from "./text/quotes";
import { clearedBytes, zeroBytes, zeroDepths } from "./perf/scratch";
import { sortSmall } from "./perf/sort-small";
import { TokenMemo } from "./perf/token-memo";
import { formatMessage, type Locale, type RuleId } from "./rules";
import { SpeakerResolver, describeMention, type SpeakerState } from "./speakers";
import { PUNCT, QUOTE, WORD, type TextRef } from "./text/token";
import { cueCandidates, materialize, scanTokens } from "./text/scanner";
import { splitSentences } from "./text/sentences";
import type { Analysis, AnalyzeOptions, Finding, Lang, Span, Speaker, Statement, StatementKind } from "./types";
import { RULES } from "./rules";
import { keepShape } from "./perf/keep-shape";

interface OutStatement {
  kind: StatementKind;
  cs: number;
  ce: number;
  quotes: [number, number][];
  /** Cue and source spans (srcS -1: no source written); numbers, not pairs: thousands of these live to the end. */
  cueS: number;
  cueE: number;
  srcS: number;
  srcE: number;
  speaker: SpeakerState | null;
  /** A quote continuing into the next paragraph belongs to this statement. */
  runsOn: boolean;
}

interface RawFinding {
  rule: RuleId;
  s: number;
  e: number;
  args: Record<string, string>;
}

/** What one analysis carries from paragraph to paragraph. */
class Run {
  readonly resolver = new SpeakerResolver();
  readonly out: OutStatement[] = [];
  readonly anonymity: [number, number][] = [];
  readonly findings: RawFinding[] = [];
  /** Characters of Arabic and of English paragraphs. */
  arChars = 0;
  enChars = 0;
  /** The statement whose quote is still open at the end of the last paragraph. */
  runOn: OutStatement | null = null;
  /** The last paragraph with tokens (kept alive after the analysis: see warm.ts). */
  busiest: Local | null = null;
  lastAnonymous: SpeakerState | null = null;
  constructor(
    readonly work: string,
    readonly ref: TextRef,
    readonly cache: ParagraphCache | undefined,
  ) {}
}

// A class whose fields arrive by transitions: one instance keeps its hidden class (and the
// code compiled against it) alive between analyses (see warm.ts).
keepShape("run", new Run("", { text: "" }, undefined));

export function analyze(input: string, opts: AnalyzeOptions = {}, cache?: ParagraphCache): Analysis {
  const text = input;
  const work = opts.markdown ? maskMarkdown(input) : input;
  const locale: Locale = opts.locale ?? "en";
  const ref: TextRef = cache ? cache.ref : { text: work };
  ref.text = work;

  // Paragraphs: lines with text, as start, end pairs in one flat list (a pair array each
  // cost 64 bytes for the whole run).
  const paras: number[] = [];
  for (let s = 0; s <= work.length; ) {
    let e = work.indexOf("\n", s);
    if (e < 0) e = work.length;
    let a = s;
    let b = e;
    while (a < b && isSpace(work.charCodeAt(a))) a++;
    while (b > a && isSpace(work.charCodeAt(b - 1))) b--;
    if (b > a) paras.push(a, b);
    s = e + 1;
  }

  // The loop's body is a function of its own: called for every paragraph it is compiled
  // like any hot function, where a loop inside one long function waited for on-stack
  // replacement (recompiled for ~0.2 s at the start of each run).
  const run = new Run(work, ref, cache);
  for (let pi = 0; pi < paras.length; pi += 2) analyseParagraph(run, paras, pi);

  if (cache) {
    for (const k of cache.map.keys()) if (!cache.seen.has(k)) cache.map.delete(k);
    cache.seen.clear();
  }

  // One paragraph's objects (tokens, quotations, statements, mentions) and one
  // speaker stay alive until the next analysis: see warm.ts.
  if (run.busiest) keepShape("paragraph", { local: run.busiest, out: run.out[run.out.length - 1], speaker: run.resolver.speakers[0] });

  // ---- output ---- (plain loops: callbacks made per analysis lose their compiled code with it)
  // Speakers get their ids on the state itself (a mark, then the id): no Set or Map keyed by
  // thousands of objects. The resolver is new for each analysis, so no id is left over.
  for (const o of run.out) if (o.speaker) o.speaker.id = "-";
  const speakers = resolverOrder(run.resolver.speakers.filter((sp) => sp.id !== ""));
  for (let i = 0; i < speakers.length; i++) speakers[i].id = `s${i + 1}`;
  const statements: Statement[] = new Array<Statement>(run.out.length);
  for (let i = 0; i < run.out.length; i++) statements[i] = outStatement(text, run.out[i], i);

  // Journalism rules.
  for (const sp of speakers) {
    if (sp.kind !== "anonymous") continue;
    const at = sp.mentions[0];
    const who = sp.name;
    if (!at) continue;
    const phrase = sp.anonymity[0] ? text.slice(sp.anonymity[0].s, sp.anonymity[0].e) : "";
    run.findings.push({ rule: "anonymous-source", s: at.s, e: at.e, args: { who, phrase } });
    if (!sp.anonymity.length) run.findings.push({ rule: "anonymous-no-reason", s: at.s, e: at.e, args: { who } });
    if (sp.bare) run.findings.push({ rule: "vague-source", s: at.s, e: at.e, args: { who } });
  }
  const first = run.out[0];
  if (first?.speaker && first.speaker.kind === "anonymous") {
    run.findings.push({ rule: "anonymous-lead", s: first.cueS, e: first.cueE, args: { who: first.speaker.name } });
  }
  run.findings.sort((a, b) => a.s - b.s || a.e - b.e);
  const diagnostics: Finding[] = run.findings.map((f) => ({ rule: f.rule, severity: RULES[f.rule].severity, range: spanOf(text, f.s, f.e), message: formatMessage(f.rule, f.args, locale) }));

  const ar = run.arChars;
  const en = run.enChars;
  const total = ar + en;
  const lang: Lang = total === 0 ? "unknown" : ar && en && Math.min(ar, en) / total >= 0.1 ? "mixed" : ar >= en ? "ar" : "en";

  return {
    file: opts.file ?? "",
    lang,
    statements,
    speakers: speakers.map((sp) => outSpeaker(text, sp)),
    anonymity: run.anonymity.map(([s, e]) => spanOf(text, s, e)),
    diagnostics,
  };
}

/** One paragraph of an analysis: its own findings (or the cache's), then speakers and phrases. */
function analyseParagraph(run: Run, paras: number[], pi: number): void {
  const ps = paras[pi];
  const pe = paras[pi + 1];
  const nextOpens = pi + 2 < paras.length && opensWithQuote(run.work, paras[pi + 2], paras[pi + 3]);
  // A paragraph's own analysis depends only on its text (and whether the next one
  // opens with a quote): an editor re-analysing after a keystroke reuses the rest.
  // (The key is the paragraph's own text: gluing the flag on would copy every paragraph per keystroke.)
  const key = run.cache && !run.runOn ? run.work.slice(ps, pe) : "";
  let local: Local | undefined = key ? run.cache!.map.get(key) : undefined;
  if (local && local.nextOpens !== nextOpens) local = undefined;
  if (local) shiftLocal(local, ps, run.work);
  else {
    const fresh = localParagraph(run.ref, ps, pe, nextOpens, run.runOn, !!run.cache);
    run.runOn = fresh.runOn;
    local = fresh.local;
    if (key) run.cache!.map.set(key, local);
  }
  if (key) run.cache!.seen.add(key);
  const lang = local.lang;
  if (!lang) {
    run.runOn = null;
    return;
  }
  if (lang === "ar") run.arChars += pe - ps;
  else run.enChars += pe - ps;
  if (!local.p.toks.length) {
    run.runOn = null;
    return;
  }
  const { p, scan, anon, raws } = local;
  run.busiest = local;
  const toks = p.toks;
  for (const k of scan.unclosed) run.findings.push({ rule: "unbalanced-quote", s: toks[k].s, e: toks[k].e, args: { mark: toks[k].norm } });
  for (const k of scan.stray) run.findings.push({ rule: "unbalanced-quote", s: toks[k].s, e: toks[k].e, args: { mark: toks[k].norm } });

  // Speakers, in document order.
  let prevStmt: { sent: number; sp: SpeakerState | null } | null = null;
  for (const r of raws) {
    let speaker: SpeakerState | null = null;
    // The source span; -1: none written.
    let srcS = -1;
    let srcE = -1;
    if (r.srcA >= 0 && r.srcB > r.srcA) {
      const m = (r.mention ??= describeMention(p, r.srcA, r.srcB));
      if (m.e > m.s) {
        // A source after لـ starts inside its token (وفقاً لوزارة → وزارة).
        if (toks[r.srcA].ar && toks[r.srcA].norm.startsWith("ل") && r.cueB === r.srcA && isWord(toks[r.cueB - 1]) && hasWithClitic(lexicon().ar.lamPrepositions, toks[r.cueB - 1].norm)) {
          m.s = startAfterClitic(p, toks[r.srcA]);
        }
        srcS = m.s;
        srcE = m.e;
        speaker = run.resolver.resolve(m, run.work.slice(srcS, srcE));
      }
    } else if (r.carry === "clause-subject" && prevStmt && prevStmt.sent === r.sent) {
      speaker = prevStmt.sp;
    } else if (r.carry) {
      // A dropped subject carries the last speaker; a passive (carry null) has none.
      speaker = run.resolver.latest();
    }
    if (speaker && srcS < 0) run.resolver.use(speaker);
    const sh = (r.shape ??= statementShape(p, scan, r));
    // Copies when they may change: a quote running on from the next paragraph is added to this
    // statement, and with a cache a paragraph that occurs twice in the text is shifted again
    // before the output is built.
    const quotes = run.cache || sh.runsOn ? copySpans(sh.quotes) : sh.quotes;
    const st: OutStatement = { kind: sh.kind, cs: sh.cs, ce: sh.ce, quotes, cueS: sh.cueS, cueE: sh.cueE, srcS, srcE, speaker, runsOn: sh.runsOn };
    if (sh.runsOn) run.runOn = st;
    run.out.push(st);
    if (speaker && speaker.kind === "anonymous") run.lastAnonymous = speaker;
    prevStmt = { sent: r.sent, sp: speaker };
  }

  // Anonymity phrases: tied to the nearest anonymous source of the sentence.
  if (anon.length) tieAnonymity(run, p, anon, raws);

  // Quotations nobody is said to have said.
  for (const q of scan.quotes) {
    if (q.used >= 0 || q.depth > 0 || q.close < 0) continue;
    if (looksLikeSpeech(p, q)) run.findings.push({ rule: "unattributed-quote", s: q.s, e: q.e, args: {} });
  }
}

/** Ties each anonymity phrase of the paragraph to the nearest anonymous source of its sentence. */
function tieAnonymity(run: Run, p: Para, anon: [number, number][], raws: RawStatement[]): void {
  const toks = p.toks;
  const outBase = run.out.length - raws.length;
  const bySent = new Map<number, number[]>();
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    if (r.srcA < 0) continue;
    const st = sentOf(p, r.srcA);
    const l = bySent.get(st);
    if (l) l.push(i);
    else bySent.set(st, [i]);
  }
  for (const [a, b] of anon) {
    const s = toks[a].s;
    const e = toks[b - 1].e;
    run.anonymity.push([s, e]);
    const sent = sentOf(p, a);
    let best: SpeakerState | null = null;
    let bestDist = Infinity;
    for (const ri of bySent.get(sent) ?? []) {
      const r = raws[ri];
      const sp = run.out[outBase + ri]?.speaker;
      if (!sp || sp.kind !== "anonymous") continue;
      const d = r.srcB <= a ? a - r.srcB : r.srcA >= b ? (r.srcA - b) * 2 : 0;
      if (d < bestDist) {
        best = sp;
        bestDist = d;
      }
    }
    // Otherwise the latest anonymous speaker so far (kept as statements are added:
    // searching back through every statement made an archive quadratic).
    if (!best) best = run.lastAnonymous;
    if (best) best.anonymity.push({ s, e });
  }
}

interface Local {
  /** Where the paragraph started when this was computed, and the text it points into. */
  base: number;
  /** Whether the next paragraph opened with a quotation mark then (an open quote may run on into it). */
  nextOpens: boolean;
  /** null: no letters at all. */
  lang: "ar" | "en" | null;
  p: Para;
  scan: QuoteScan;
  anon: [number, number][];
  raws: RawStatement[];
}

/**
 * Per-paragraph results an editor keeps between analyses of one document.
 * After each analysis it holds exactly the paragraphs of the text analysed.
 */
export interface ParagraphCache {
  map: Map<string, Local>;
  seen: Set<string>;
  /** The text every cached token reads: pointed at each new version of the document. */
  ref: TextRef;
}

export function createParagraphCache(): ParagraphCache {
  return { map: new Map(), seen: new Set(), ref: { text: "" } };
}

// Read-only, shared by every quiet paragraph (a third of an archive).
const NO_ANON = new Uint8Array(0);
const NO_SCAN: QuoteScan = { quotes: [], depth: [], unclosed: [], stray: [] };

/** Read-only stand-ins for quiet paragraphs in an analysis without a cache: only their language is read. */
const QUIET = {
  ar: emptyLocal("", 0, 0, "ar", false),
  en: emptyLocal("", 0, 0, "en", false),
  none: emptyLocal("", 0, 0, null, false),
};

/** A paragraph with nothing to analyse (no letters, or no cue, phrase or quotation mark). */
function emptyLocal(work: string, ps: number, pe: number, lang: "ar" | "en" | null, nextOpens: boolean): Local {
  const p: Para = { text: work, toks: [], quotes: [], depth: NO_SCAN.depth, start: ps, end: pe, lang: lang ?? "en", sentStart: [], sentEnd: [], inAnon: NO_ANON, cues: new TokenMemo() };
  return { base: ps, nextOpens, lang, p, scan: NO_SCAN, anon: [], raws: [] };
}

/** How a statement reads in the paragraph alone: its kind, content span, quotations and cue. */
function statementShape(p: Para, scan: QuoteScan, r: RawStatement): StatementShape {
  const toks = p.toks;
  const quotes: [number, number][] = [];
  let runsOn = false;
  for (const qi of r.quotes) {
    const q = scan.quotes[qi];
    quotes.push([q.s, q.e]);
    if (q.runsOn) runsOn = true;
  }
  if (quotes.length > 1) sortSmall(quotes, byStart);
  let cs = r.cs;
  let ce = r.ce;
  let kind: StatementKind = "indirect";
  if (quotes.length) {
    const first = quotes[0];
    const last = quotes[quotes.length - 1];
    const marked: [number, number][] = [];
    for (const qi of r.quotes) {
      const q = scan.quotes[qi];
      marked.push([toks[q.open].s, q.close >= 0 ? toks[q.close].e : q.e]);
    }
    sortSmall(marked, byStart);
    // A quote before its cue ("…," she said, "…") is direct even when split by the cue.
    if (!wordsOutside(p.text, cs, ce, marked) || (r.fixed && !r.before && r.quotes.length > 0 && toks[r.ct]?.kind === QUOTE)) {
      kind = "direct";
      cs = first[0];
      ce = last[1];
    } else kind = "partial";
  }
  const cueS = toks[r.cueA].ar && cueAt(p, r.cueA)?.clitic ? startAfterClitic(p, toks[r.cueA]) : toks[r.cueA].s;
  return { kind, cs, ce: Math.max(ce, cs), quotes, cueS, cueE: toks[r.cueB - 1].e, runsOn };
}

function byStart(a: [number, number], b: [number, number]): number {
  return a[0] - b[0];
}

/** A copy of a list of spans (the cached shape's stay as they are). */
function copySpans(xs: [number, number][]): [number, number][] {
  const r: [number, number][] = new Array<[number, number]>(xs.length);
  for (let i = 0; i < xs.length; i++) r[i] = [xs[i][0], xs[i][1]];
  return r;
}

/** Moves a cached paragraph to where it now starts in the new text. */
function shiftLocal(l: Local, base: number, work: string): void {
  const d = base - l.base;
  const p = l.p;
  p.text = work;
  // Its tokens already read the new text through the cache's TextRef; a paragraph
  // before the edit has not moved, and that is most of them while typing.
  if (d === 0) return;
  for (const t of p.toks) t.move(d);
  for (const q of l.scan.quotes) {
    q.s += d;
    q.e += d;
  }
  for (const r of l.raws) {
    r.cs += d;
    r.ce += d;
    if (r.mention) {
      r.mention.s += d;
      r.mention.e += d;
    }
    const sh = r.shape;
    if (sh) {
      sh.cs += d;
      sh.ce += d;
      sh.cueS += d;
      sh.cueE += d;
      for (const q of sh.quotes) {
        q[0] += d;
        q[1] += d;
      }
    }
  }
  p.start += d;
  p.end += d;
  p.cues = new TokenMemo(); // its matches hold offsets
  l.base = base;
}

/** The paragraph's tokens, quotations, anonymity phrases and statements, before speakers. */
function localParagraph(ref: TextRef, ps: number, pe: number, nextOpens: boolean, runOnIn: OutStatement | null, kept: boolean): { local: Local; runOn: OutStatement | null } {
  const work = ref.text;
  let runOn = runOnIn;
  const pass = scanTokens(work, ps, pe);
  // Language by letters: Arabic wins ties (a paragraph with no letters has none).
  const lang = pass.arLetters === 0 && pass.latinLetters === 0 ? null : pass.arLetters >= pass.latinLetters ? "ar" : "en";
  // Most paragraphs of a long archive hold no cue, no anonymity phrase and no quotation mark.
  if (!lang || !(pass.hit || pass.marks)) {
    // Unless a cache keeps (and later shifts) it, a quiet paragraph needs no state of its own.
    return { local: kept ? emptyLocal(work, ps, pe, lang, nextOpens) : QUIET[lang ?? "none"], runOn: null };
  }
  const toks = materialize(ref, pass, !kept);
  // Only words the lexicon flagged (or that precede a flagged second word) can start a cue.
  const cands = cueCandidates();
  const scan = pass.marks ? scanQuotes(work, toks, pe, nextOpens) : noQuotes(toks.length);
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  splitSentences(toks, scan.depth, sentStart, sentEnd);
  const p: Para = { text: work, toks, quotes: scan.quotes, depth: scan.depth, start: ps, end: pe, lang, sentStart, sentEnd, inAnon: zeroBytes(toks.length), cues: new TokenMemo() };

  const anon = findAnonymity(p, cands, pass.cands);
  if (anon.length) {
    p.inAnon = new Uint8Array(toks.length);
    for (const [a, b] of anon) for (let k = a; k < b; k++) p.inAnon[k] = 1;
  }

  // A quote that ran on from the previous paragraph continues its statement.
  if (runOn && scan.quotes.length && scan.quotes[0].open === firstQuoteTok(p)) {
    const q = scan.quotes[0];
    runOn.quotes.push([q.s, q.e]);
    runOn.ce = q.e;
    q.used = 1_000_000;
    runOn.runsOn = q.runsOn;
    runOn = q.runsOn ? runOn : null;
  } else runOn = null;

  // Statements around each cue, left to right; a cue inside another statement's
  // source or cue words is not a new statement.
  const raws: RawStatement[] = [];
  // Which tokens a statement took (1 source, 2 cue).
  const claimed = clearedBytes(toks.length);
  for (let ci = 0, from = 0; ci < pass.cands; ci++) {
    const k = cands[ci];
    if (k < from) continue;
    const tk = toks[k];
    // Words inside a quotation are the speaker's own ("I think …"), not the article's attribution.
    if (claimed[k] || tk.kind !== WORD || scan.depth[k] > 0) continue;
    const m = cueAt(p, k);
    if (!m) continue;
    const r = lang === "ar" || toks[k].ar ? parseArCue(p, m) : parseEnCue(p, m);
    if (!r) continue;
    if (r.srcA >= 0 && overlapsCue(claimed, r.srcA, r.srcB)) continue;
    for (let j = r.cueA; j < r.cueB; j++) claimed[j] = 2;
    for (let j = r.cueB; j < r.claimTo; j++) claimed[j] = 2;
    if (r.srcA >= 0) for (let j = r.srcA; j < r.srcB; j++) claimed[j] = 1;
    for (const qi of r.quotes) scan.quotes[qi].used = raws.length;
    raws.push(r);
    from = r.cueB;
  }
  // (They arrive nearly in order: the insertion sort of a short list is cheap.)
  sortSmall(raws, rawOrder);

  // Content ends where the sentence ends or the next statement of the sentence begins.
  const quotes = scan.quotes; // sorted by opening mark
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    if (r.fixed) continue;
    let endTok = sentEnd[r.sent];
    for (let j = i + 1; j < raws.length && raws[j].sent <= r.sent; j++) {
      const n = raws[j];
      if (n.sent !== r.sent || n.first <= r.ct) continue;
      endTok = Math.min(endTok, clauseStart(p, n.first, r.ct));
      break;
    }
    let lastTok = endTok - 1;
    while (lastTok > r.ct && toks[lastTok].kind === PUNCT && TRAILING.includes(toks[lastTok].norm)) lastTok--;
    if (lastTok < r.ct) lastTok = r.ct;
    // Never cut a quotation in two; the outermost quotations inside belong to the statement.
    let reach = -1;
    for (let qi = firstQuoteFrom(quotes, r.ct); qi < quotes.length && quotes[qi].open <= lastTok; qi++) {
      const q = quotes[qi];
      const qc = q.close < 0 ? toks.length - 1 : q.close;
      if (qc > lastTok) lastTok = qc;
      if (q.used >= 0 || q.open < reach || isNameQuote(p, q)) continue;
      q.used = i;
      r.quotes.push(qi);
      reach = q.close < 0 ? toks.length : q.close;
    }
    r.ce = Math.max(toks[lastTok].e, r.cs);
    r.last = lastTok;
  }

  // English: '"…," Smith said. "…"' — quotations that follow the statement's sentence
  // with no cue of their own carry on the same statement.
  if (lang === "en") {
    const hasStatement = new Set(raws.map((o) => o.sent));
    for (let ri = 0; ri < raws.length; ri++) {
      const r = raws[ri];
      let sent = r.sent;
      for (;;) {
        const j = sentEnd[sent];
        const t = toks[j];
        if (!t || t.kind !== QUOTE || t.quoteRole !== 1 || t.quote < 0) break;
        const q = scan.quotes[t.quote];
        // A quote left open at the paragraph's end runs on into the next one (wire style).
        const tSent = sentOf(p, j);
        if (q.used >= 0 || (q.close < 0 && !q.runsOn) || hasStatement.has(tSent)) break;
        const after = q.close >= 0 ? toks[q.close + 1] : undefined;
        if (after && sentOf(p, q.close + 1) === tSent && !(after.kind === PUNCT && END.includes(after.norm))) break;
        q.used = ri;
        r.quotes.push(t.quote);
        r.ce = Math.max(r.ce, q.e);
        if (q.close < 0) break;
        sent = tSent;
      }
    }
  }

  return { local: { base: ps, nextOpens, lang, p, scan, anon, raws }, runOn };
}

/** A paragraph without quotation marks: depth 0 everywhere. */
function noQuotes(n: number): QuoteScan {
  return { quotes: [], depth: zeroDepths(n), unclosed: [], stray: [] };
}

/** A source may not reuse words another statement took as its cue. */
function overlapsCue(claimed: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (claimed[i] === 2) return true;
  return false;
}

/** Speakers by first mention (stable). The keys are read once: a comparator reading each
 * speaker's mention list missed the cache on every one of ~100k comparisons. */
function resolverOrder(sps: SpeakerState[]): SpeakerState[] {
  const first = new Float64Array(sps.length);
  const order: number[] = new Array<number>(sps.length);
  for (let i = 0; i < sps.length; i++) {
    first[i] = sps[i].mentions[0]?.s ?? Infinity;
    order[i] = i;
  }
  order.sort((a, b) => first[a] - first[b] || a - b);
  const out: SpeakerState[] = new Array<SpeakerState>(sps.length);
  for (let i = 0; i < order.length; i++) out[i] = sps[order[i]];
  return out;
}

function dedupe(ms: { s: number; e: number }[]): { s: number; e: number }[] {
  if (ms.length < 2) return ms;
  // One number per span (start × 2^16 + length) instead of a string; exact below 2^37 characters.
  const seen = new Set<number | string>();
  return ms.filter((m) => {
    const k = m.e - m.s < 0x10000 ? m.s * 0x10000 + (m.e - m.s) : `${m.s}:${m.e}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function firstQuoteTok(p: Para): number {
  return p.toks.findIndex((t) => t.kind === QUOTE);
}

/** Where the clause holding token k begins, not before `min`: back over و، a comma, بينما. */
function clauseStart(p: Para, k: number, min: number): number {
  let j = k;
  while (j - 1 > min) {
    const t = p.toks[j - 1];
    if (isPunct(t, COMMA_DASH_SEMI)) {
      j--;
      continue;
    }
    if (isWord(t) && (lexicon().ar.statementBoundary.has(t.norm) || lexicon().en.statementBoundary.has(t.norm))) {
      j--;
      continue;
    }
    break;
  }
  return j;
}

/** Whether text[s, e) has a letter or number outside the given ranges (sorted by start). */
function wordsOutside(text: string, s: number, e: number, ranges: [number, number][]): boolean {
  let i = s;
  for (const [a, b] of ranges) {
    for (const stop = Math.min(a, e); i < stop; i++) if (letterOrNumberAt(text, i)) return true;
    i = Math.max(i, b);
  }
  for (; i < e; i++) if (letterOrNumberAt(text, i)) return true;
  return false;
}

function looksLikeSpeech(p: Para, q: { open: number; close: number; s: number; e: number }): boolean {
  let words = 0;
  for (let k = q.open + 1; k < q.close; k++) if (p.toks[k].kind === WORD) words++;
  if (words < 6) return false;
  const before = p.toks[q.open - 1];
  // A title after a naming word or an article (the "…") is not speech.
  if (before && isWord(before) && (isNamingWord(before, p.toks[q.open - 2], q.close >= 0 ? p.toks[q.close + 1] : undefined) || lexicon().en.beforeTitle.has(before.norm))) return false;
  return true;
}

/** The first quote (of quotes sorted by opening mark) opening at token `tok` or later. */
function firstQuoteFrom(quotes: { open: number }[], tok: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].open < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function spanOf(text: string, s: number, e: number): Span {
  return { start: s, end: e, text: text.slice(s, e) };
}

function rawOrder(a: RawStatement, b: RawStatement): number {
  return a.first - b.first || a.cueA - b.cueA;
}

function spansOf(text: string, ms: { s: number; e: number }[]): Span[] {
  const r = new Array<Span>(ms.length);
  for (let i = 0; i < ms.length; i++) r[i] = spanOf(text, ms[i].s, ms[i].e);
  return r;
}

function outStatement(text: string, o: OutStatement, i: number): Statement {
  const quotes = new Array<Span>(o.quotes.length);
  for (let j = 0; j < o.quotes.length; j++) quotes[j] = spanOf(text, o.quotes[j][0], o.quotes[j][1]);
  return {
    id: `q${i + 1}`,
    kind: o.kind,
    content: spanOf(text, o.cs, o.ce),
    quotes,
    cue: spanOf(text, o.cueS, o.cueE),
    source: o.srcS >= 0 ? spanOf(text, o.srcS, o.srcE) : null,
    speaker: o.speaker ? o.speaker.id : null,
  };
}

/** A speaker as the contract has it: `title` only when there is one (and in this key order). */
function outSpeaker(text: string, sp: SpeakerState): Speaker {
  const id = sp.id;
  const mentions = spansOf(text, dedupe(sp.mentions));
  const anonymity = spansOf(text, sp.anonymity);
  return sp.title ? { id, name: sp.name, kind: sp.kind, title: sp.title, mentions, anonymity } : { id, name: sp.name, kind: sp.kind, mentions, anonymity };
}
