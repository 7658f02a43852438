// English statements around a reporting verb or "according to":
//   "…," she said. / "…," said Smith, a spokesman. / "…," he said, "…"
//   Smith said (that) … / Smith, a spokesman, said: "…" / he told Reuters …
//   According to X, … / …, according to X.   / …, adding that … (participle)
import { END, isClose, isOpen, isPunct, isWord, sentOf, sentenceEndTok, sentenceStartTok, type Para } from "./text/paragraph";
import { cueAt, sourceClass, type CueMatch } from "./lexicon/lookup";
import { FoundStatement } from "./statements/found";
import { Fr, lexicon } from "./lexicon";
import type { EnglishWordLists } from "./lexicon/word-lists";
import { QUOTE, type Tok } from "./text/token";

/** The English word lists (lexicon/en-words.tsv). */
const en = (): EnglishWordLists => lexicon().en;

function isCap(t: Tok | undefined): boolean {
  return !!t && isWord(t) && t.cap;
}

/**
 * Whether the cue word is used as a finite reporting verb: not a passive ("were admitted",
 * "was told"), and a bare base form only after a plural subject or an auxiliary
 * ("they say", "officials say", "did not say"; not "an improbable remark", "let's say").
 */
function verbalUse(p: Para, m: CueMatch): boolean {
  const toks = p.toks;
  let j = m.from - 1;
  while (j >= 0 && isWord(toks[j]) && !toks[j].cap && toks[j].norm.endsWith("ly") && toks[j].norm.length > 4) j--;
  const prev = toks[j];
  if (!isWord(prev)) return true;
  if (en().be.has(prev.norm) && m.entry.lemma !== "ask") return false;
  const first = m.entry.lemmaHead;
  if (toks[m.from].norm !== first) return true;
  if (en().notBeforeBaseVerb.has(prev.norm)) return false;
  if (en().determiners.has(prev.norm)) return false;
  const plural = prev.norm.length > 3 && prev.norm.endsWith("s") && !prev.norm.endsWith("'s") && !prev.norm.endsWith("ss") && !prev.norm.endsWith("ous");
  // "say" and "tell" are not nouns: "observers around the country say".
  if (en().neverNouns.has(first)) return true;
  // Other base forms (note, claim, state, report) are nouns too: a plural subject, a name or an auxiliary only.
  return plural || prev.cap || en().baseLead.has(prev.norm);
}

/**
 * The subject noun phrase ending just before token k (aux verbs and adverbs
 * skipped), as [start, end); null when there is none.
 */
export function enSubjectBefore(p: Para, k: number): [number, number] | null {
  const toks = p.toks;
  const s = sentenceStartTok(p, k);
  let j = k - 1;
  while (j >= s && isWord(toks[j]) && (en().aux.has(toks[j].norm) || (toks[j].norm.endsWith("ly") && toks[j].norm.length > 4 && !toks[j].cap)) && !(toks[j].norm === "told")) j--;
  // "Sen. David Perdue (R-Ga.) said": a parenthesis after the name.
  let parenEnd = -1;
  if (isPunct(toks[j], ")")) {
    let m = j - 1;
    while (m >= s && m > j - 8 && !isPunct(toks[m], "(")) m--;
    if (isPunct(toks[m], "(")) {
      parenEnd = j + 1;
      j = m - 1;
    }
  }
  const end = j + 1;
  if (j < s) return null;
  // "Flynn, a top Trump surrogate, said": an apposition between commas.
  let apposEnd = -1;
  if (isPunct(toks[j], ",")) {
    let m = j - 1;
    let n = 0;
    // A relative clause can be long: "…, who spoke on condition of anonymity because …, said".
    while (m >= s && !isPunct(toks[m], ",;:") && !isOpen(toks[m]) && !isClose(toks[m]) && n < 30) {
      m--;
      n++;
    }
    if (m >= s && isPunct(toks[m], ",") && n > 0 && n < 30) {
      apposEnd = j;
      j = m - 1;
    } else return null;
    // "Rep. Meeks (D-N.Y.), chairman of the caucus, said": the name's party tag before the apposition.
    if (isPunct(toks[j], ")")) {
      let o = j - 1;
      while (o >= s && o > j - 10 && !isPunct(toks[o], "(")) o--;
      if (!isPunct(toks[o], "(") || o - 1 < s) return null;
      j = o - 1;
    }
  }
  const last = j;
  if (!isWord(toks[last])) return null;
  const lw = toks[last].norm;
  if (en().pronouns.has(lw)) return [last, apposEnd > 0 ? apposEnd : parenEnd > 0 ? parenEnd : end];
  if (en().stop.has(lw) || en().aux.has(lw)) return null;
  // Walk back over the noun phrase.
  let a = last;
  let n = 0;
  while (a - 1 >= s && n < 9) {
    const t = toks[a - 1];
    if (isWord(t)) {
      if (en().stop.has(t.norm) && !en().npInner.has(t.norm)) break;
      if (cueAt(p, a - 1)) break;
      if (en().npInner.has(t.norm) && !(en().articles.has(t.norm) || t.norm === "'s")) {
        // "spokesman for the ministry": keep "of/for/at" only between capitalised or source words.
        const before = toks[a - 2];
        if (!before || !isWord(before) || en().stop.has(before.norm)) break;
      }
    } else if (isPunct(t, ".") && isWord(toks[a - 2]) && toks[a - 2].e === (t as Tok).s && toks[a - 2].norm.length <= 4) {
      // Mr. / Gen. / U.S.
    } else if (isPunct(t, "-'’") || (t as Tok).norm === "'s") {
      // hyphenated words, possessives
    } else break;
    a--;
    n++;
  }
  // Do not begin with a dangling preposition or conjunction.
  while (a < last && isWord(toks[a]) && en().npInner.has(toks[a].norm) && !en().articles.has(toks[a].norm)) a++;
  if (!plausibleSource(p, a, last + 1)) return null;
  return [a, apposEnd > 0 ? apposEnd : parenEnd > 0 ? parenEnd : end];
}

function plausibleSource(p: Para, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = p.toks[k];
    if (isCap(t) || sourceClass(t) || en().pronouns.has(t.norm)) return true;
  }
  // "the report", "the study", "the lawsuit": a determiner and a noun.
  return b - a >= 2 && isWord(p.toks[a]) && en().articles.has(p.toks[a].norm);
}

/** The noun phrase after an inverted verb ("said Smith, a spokesman for X"). */
export function enSubjectAfter(p: Para, k: number): number {
  const toks = p.toks;
  const end = sentenceEndTok(p, k);
  let j = k;
  let n = 0;
  while (j < end && n < 16) {
    const t = toks[j];
    if (t.kind === QUOTE || isPunct(t, ";:()")) break;
    if (isPunct(t, ",")) {
      // An apposition runs to the end of the sentence unless a quote opens.
      if (isOpen(toks[j + 1])) break;
    } else if (isPunct(t, END)) break;
    else if (isWord(t) && en().endInvertedSubject.has(t.norm)) break;
    j++;
    n++;
  }
  if (j > k && isPunct(toks[j - 1], ",")) j--;
  return j;
}

function enStmt(p: Para, m: CueMatch, src: [number, number] | null, cs: number, ct: number): FoundStatement {
  return new FoundStatement(m.from, m.to, src ? src[0] : -1, src ? src[1] : -1, cs, ct, src ? Math.min(src[0], m.from) : m.from, ct, sentOf(p, m.from), src ? null : "previous", "en");
}

export function parseEnCue(p: Para, m: CueMatch): FoundStatement | null {
  const toks = p.toks;
  const e = m.entry;
  const sentEnd = sentenceEndTok(p, m.from);
  if (e.form === "prep") return enPrep(p, m);
  const after = toks[m.to];
  // "asked to leave", "told to", "said to be", "is said": not reported speech.
  if (isWord(after) && en().notReportingAfter.has(after.norm) && !e.frames.has(Fr.obj)) return null;
  if (isWord(toks[m.from - 1]) && en().nounBeforeCue.has(toks[m.from - 1].norm)) return null;

  const cue = toks[m.from];
  const ing = cue.norm.endsWith("ing");
  // Participle: "…, adding that …" / "…, saying …": the clause's subject speaks.
  if (ing) {
    // PolNeAR-style attribution counts "…, adding that …" as part of the main statement,
    // but "…, saying …" reports a statement of its own.
    if (e.lemma !== "say") return null;
    if (!isPunct(toks[m.from - 1], ",") && !(isWord(toks[m.from - 1]) && en().ingLead.has(toks[m.from - 1].norm))) return null;
    const o = enOpening(p, m.to, sentEnd, e.frames.has(Fr.obj));
    if (!o) return null;
    const r = enStmt(p, m, null, o.cs, o.ct);
    r.carry = "clause-subject";
    return r;
  }

  if (!verbalUse(p, m)) return null;
  let src = enSubjectBefore(p, m.from);
  // "…," she said / "…," said Smith: the quote before is the content.
  const beforeQ = quoteBefore(p, src ? src[0] : m.from);
  if (!src && beforeQ >= 0) {
    const b = enSubjectAfter(p, m.to);
    if (b > m.to) src = [m.to, b];
  }
  if (beforeQ >= 0 && p.quotes[beforeQ].used < 0) {
    const q = p.quotes[beforeQ];
    const r = enStmt(p, m, src, q.s, q.open);
    r.contentEnd = q.e;
    r.contentFixed = true;
    r.quoteIds = [beforeQ];
    r.firstTok = q.open;
    // "…," he said, "…" — the quote goes on after the cue.
    const tail = src && src[1] > m.to ? src[1] : m.to;
    let j = tail;
    // '…," he said, but "…"'
    while (j < sentEnd + 1 && j < toks.length && (isPunct(toks[j], ",:") || (isWord(toks[j]) && (en().aux.has(toks[j].norm) || en().coordinators.has(toks[j].norm))))) j++;
    if (isOpen(toks[j]) && toks[j].quote >= 0) {
      const q2 = p.quotes[toks[j].quote];
      r.quoteIds.push(toks[j].quote);
      r.contentEnd = q2.e;
    }
    return r;
  }
  if (!src) {
    // "His aides say … but noted that …": a second verb of the same subject.
    const pw = toks[m.from - 1];
    if (isWord(pw) && en().coordinators.has(pw.norm) && toks[m.from].norm !== e.lemmaHead && !isPunct(toks[m.from - 2], ",") && m.from - 2 >= sentenceStartTok(p, m.from)) {
      const o = enOpening(p, m.to, sentEnd, e.frames.has(Fr.obj), false, e.frames.has(Fr.quote) || e.frames.has(Fr.colon));
      if (!o) return null;
      const r = enStmt(p, m, null, o.cs, o.ct);
      r.carry = "clause-subject";
      return r;
    }
    // "said Smith, …" with no quote before is rare; so is a bare verb.
    return null;
  }
  // "…, sources said." / "Climate change, Mr. Obama often says, is …": the clause is around the cue.
  const before = clauseBefore(p, src[0], m.to, sentEnd, e.frames.has(Fr.obj));
  if (before) {
    const r = enStmt(p, m, src, toks[before[0]].s, before[0]);
    r.contentEnd = toks[before[1] - 1].e;
    if (before[2]) r.lastTok = before[1] - 1;
    // A cue inside its clause: the whole sentence is the content, quotations included.
    r.contentFixed = !before[2];
    r.clauseBefore = true;
    r.firstTok = before[0];
    return r;
  }
  // "accused the government of hiding the figures": the accusation starts at the accused.
  if (e.lemma === "accuse" && isWord(toks[m.to]) && !isPunct(toks[m.to], ",")) {
    for (let j = m.to + 1; j < sentEnd && j < m.to + 8; j++) {
      if (isWord(toks[j]) && toks[j].norm === "of") return enStmt(p, m, src, toks[m.to].s, m.to);
      if (!isWord(toks[j]) && !isPunct(toks[j], "'’-.")) break;
    }
  }
  // "asked the crowd to welcome him", "asked NBC's moderator, Lester Holt, to fact-check": a request.
  if (e.frames.has(Fr.q)) {
    const to = requestTo(p, m.to, sentEnd);
    if (to > 0) return enStmt(p, m, src, toks[to].s, to);
  }
  const o = enOpening(p, m.to, sentEnd, e.frames.has(Fr.obj), e.frames.has(Fr.clause), e.frames.has(Fr.quote) || e.frames.has(Fr.colon), e.frames.has(Fr.q));
  if (!o) return null;
  return enStmt(p, m, src, o.cs, o.ct);
}

/**
 * "…, a source said." — the reported clause runs from the sentence start to the comma
 * before the source, and nothing but adjuncts follows the cue. Returns its token range.
 */
function clauseBefore(p: Para, srcStart: number, cueEnd: number, sentEnd: number, obj: boolean): [number, number, boolean] | null {
  const toks = p.toks;
  const s = sentenceStartTok(p, srcStart);
  let comma = srcStart - 1;
  // "Hawaii, as one of his advisers pointed out, rarely …"
  const as = isWord(toks[comma]) && toks[comma].norm === "as";
  if (as) comma--;
  if (comma <= s || !isPunct(toks[comma], ",—–")) return null;
  let j = cueEnd;
  let n = 0;
  // Adjuncts after the cue: Tuesday, in a statement, on Fox News … — not an object
  // ("he barely mentioned climate change" reports nothing before it).
  const u = toks[cueEnd];
  if (isWord(u) && !(u.cap ? en().days.has(u.norm) || obj : en().adjuncts.has(u.norm)) && !(u.norm.endsWith("ly") && u.norm.length > 4) && !(obj && (en().addressees.has(u.norm) || en().objectPronouns.has(u.norm)))) return null;
  while (j < sentEnd && !isPunct(toks[j], ",.!?;") && n < 8) {
    j++;
    n++;
  }
  const t = toks[j];
  if (j < sentEnd && !(isPunct(t, ".!?") || isPunct(t, ","))) return null;
  if (n > 0 && isWord(toks[cueEnd]) && toks[cueEnd].norm === "that") return null;
  let words = 0;
  for (let k = s; k < comma; k++) if (isWord(toks[k])) words++;
  // "Climate change, Mr. Obama often says, is the greatest threat": the cue sits inside its clause.
  if (isPunct(t, ",") && (as || n === 0)) {
    let k = j + 1;
    while (k < sentEnd && isPunct(toks[k], ",")) k++;
    // "…, analysts said, adding that …" / "…, he said, but …": the clause before is the content.
    const w = toks[k];
    if (isWord(w) && (en().clauseLinks.has(w.norm) || (w.norm.endsWith("ing") && w.norm.length > 5))) return words >= 3 ? [s, comma, false] : null;
    let after = 0;
    for (let i = k; i < sentEnd && after < 2; i++) if (isWord(toks[i])) after++;
    if (words >= 1 && after >= 2 && isWord(toks[k]) && !toks[k].cap) {
      let e = sentEnd - 1;
      while (e > k && (isPunct(toks[e], ",.!?;:"))) e--;
      return [s, e + 1, true];
    }
  }
  // The clause must be more than a name or a date.
  return words >= 3 ? [s, comma, false] : null;
}

/** The "to" of "asked <someone> to <verb>" after token k, or -1. */
function requestTo(p: Para, k: number, sentEnd: number): number {
  const toks = p.toks;
  let n = 0;
  for (let j = k; j < sentEnd && n < 14; j++, n++) {
    const t = toks[j];
    if (isWord(t)) {
      if (t.norm === "to") return n > 0 && isWord(toks[j + 1]) && !toks[j + 1].cap && !en().determiners.has(toks[j + 1].norm) ? j : -1;
      if ((en().stop.has(t.norm) && t.norm !== "the") || en().pronouns.has(t.norm)) return -1;
      continue;
    }
    if (isPunct(t, ",'’.-")) continue;
    return -1;
  }
  return -1;
}

/** A quote closed just before token k ("…," she said). */
function quoteBefore(p: Para, k: number): number {
  let j = k - 1;
  if (isPunct(p.toks[j], ",—–-")) j--;
  const t = p.toks[j];
  // '…moved away." He said': a quotation that ended the previous sentence is not this cue's.
  if (isClose(t) && (k >= p.toks.length || sentOf(p, j) === sentOf(p, k))) return t.quote;
  return -1;
}

function enOpening(p: Para, k: number, sentEnd: number, obj: boolean, bare = true, quoted = true, q = false): { cs: number; ct: number } | null {
  const toks = p.toks;
  let j = k;
  // "asked how Clinton could …", "explained why": the question is the content.
  if (q && isWord(toks[j]) && en().wh.has(toks[j].norm)) return { cs: toks[j].s, ct: j };
  if (obj) {
    // told Reuters / told reporters on Tuesday / told the newspaper / told the forum he …
    let n = 0;
    let head = false;
    while (j < sentEnd && n < 5 && isWord(toks[j]) && toks[j].norm !== "that") {
      const t = toks[j];
      if (en().determiners.has(t.norm)) {
        // One addressee: "told reporters the trip …" — a second determiner opens the clause.
        if (head || !isWord(toks[j + 1]) || toks[j + 1].norm === "that") break;
        j += 2;
        n += 2;
        head = true;
        continue;
      }
      if (!(t.cap || en().addressees.has(t.norm) || en().objectPronouns.has(t.norm) || sourceClass(t))) break;
      j++;
      n++;
      head = true;
      if (en().objectPronouns.has(t.norm)) break;
    }
    // "tell the truth", "tells so many lies": telling without an addressee is not reporting.
    if (n === 0 && !isPunct(toks[j], ",:") && !isOpen(toks[j])) return null;
  }
  // Adjuncts before "that": in a statement, on Tuesday, in an interview with X.
  for (let m = j; m < Math.min(sentEnd, j + 10); m++) {
    const t = toks[m];
    if (isWord(t) && t.norm === "that") return toks[m + 1] ? { cs: toks[m + 1].s, ct: m + 1 } : null;
    if (t.kind === QUOTE || isPunct(t, ":;") || isPunct(t, END)) break;
    // "say it's too early … but noted that …", "said he was sure that …": that "that" is not ours.
    if (isWord(t) && (t.norm === "but" || (en().pronouns.has(t.norm) && t.norm !== "who") || (m > j && cueAt(p, m)))) break;
  }
  let punct = false;
  while (j < sentEnd && isPunct(toks[j], ",:")) {
    j++;
    punct = true;
  }
  if (isWord(toks[j]) && en().complementisers.has(toks[j].norm)) return toks[j + 1] ? { cs: toks[j + 1].s, ct: j + 1 } : null;
  if (j >= sentEnd || !toks[j]) return null;
  if (isPunct(toks[j], END)) return null;
  // said: "…" / said, "…"
  if (isOpen(toks[j])) return quoted || bare ? { cs: toks[j].s, ct: j } : null;
  if (!bare || punct) return null;
  return { cs: toks[j].s, ct: j };
}

function enPrep(p: Para, m: CueMatch): FoundStatement | null {
  const toks = p.toks;
  const sentEnd = sentenceEndTok(p, m.from);
  const s = sentenceStartTok(p, m.from);
  let b = enSubjectAfter(p, m.to);
  // "According to the ministry, 40 people were injured": the source ends at the comma.
  if (m.from === s || (m.from - 1 >= s && isWord(toks[m.from - 1]) && en().coordinators.has(toks[m.from - 1].norm) && m.from - 1 === s)) {
    for (let j = m.to; j < b; j++)
      if (isPunct(toks[j], ",")) {
        b = j;
        break;
      }
  }
  if (b <= m.to) return null;
  const r = enStmt(p, m, [m.to, b], 0, 0);
  r.carry = null;
  let k = m.from - 1;
  while (k >= s && isPunct(toks[k], ",")) k--;
  if (k < s) {
    let c = b;
    while (c < sentEnd && isPunct(toks[c], ",")) c++;
    if (c >= sentEnd) return null;
    r.contentStart = toks[c].s;
    r.contentTok = c;
    return r;
  }
  r.contentStart = toks[s].s;
  r.contentTok = s;
  r.contentEnd = toks[k].e;
  r.contentFixed = true;
  r.clauseBefore = true;
  r.firstTok = s;
  return r;
}
