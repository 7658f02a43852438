// English statements around a reporting verb or "according to":
//   "…," she said. / "…," said Smith, a spokesman. / "…," he said, "…"
//   Smith said (that) … / Smith, a spokesman, said: "…" / he told Reuters …
//   According to X, … / …, according to X.   / …, adding that … (participle)
import {
  END,
  cueAt,
  isClose,
  isOpen,
  isPunct,
  isWord,
  sentenceEndTok,
  sentenceStartTok,
  sourceClass,
  type CueMatch,
  type Para,
  type RawStatement,
} from "./para";
import { QUOTE, type Tok } from "./tokens";

const AUX = new Set([
  "has", "have", "had", "also", "later", "then", "previously", "once", "repeatedly", "again", "recently", "publicly", "privately", "further",
  "would", "will", "could", "can", "did", "does", "do", "not", "never", "often", "frequently", "earlier", "reportedly", "just", "now", "first",
  "long", "quickly", "simply", "openly", "flatly", "angrily", "already", "separately", "still", "last", "may", "might", "should", "must",
  "told", "initially", "subsequently", "finally", "eventually", "bluntly", "pointedly", "privately", "flatly", "immediately", "herself", "himself",
  "is", "was", "were", "are", "been", "being", "be", "always", "doesn't", "didn't", "don't", "won't", "wouldn't", "can't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "also", "has", "actually", "apparently", "ultimately", "even", "only", "too", "correctly", "rightly", "falsely",
]);
const STOP = new Set([
  "that", "which", "who", "whom", "whose", "when", "while", "because", "if", "as", "after", "before", "since", "so", "but", "and", "or", "than",
  "where", "what", "why", "how", "whether", "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "into", "over", "under", "it's",
  "is", "was", "were", "are", "be", "been", "not", "there", "this", "these", "those", "said", "says", "say", "told", "we'll", "also", "though",
  "although", "unless", "until", "once", "even", "just", "then", "thus", "yet", "nor", "all",
]);
const PRONOUN = new Set(["he", "she", "they", "it", "i", "we", "you", "who"]);
const NP_INNER = new Set(["of", "for", "at", "in", "on", "and", "the", "a", "an", "'s", "from", "to", "with"]);
const ADDRESSEE = new Set(["reporters", "journalists", "me", "us", "him", "her", "them", "lawmakers", "the", "a", "an", "supporters", "crowd", "audience", "viewers", "listeners", "readers", "cnn", "reuters", "host", "members", "his", "their", "senators", "students", "voters"]);

function isCap(t: Tok | undefined): boolean {
  return !!t && isWord(t) && t.cap;
}

/**
 * The subject noun phrase ending just before token k (aux verbs and adverbs
 * skipped), as [start, end); null when there is none.
 */
export function enSubjectBefore(p: Para, k: number): [number, number] | null {
  const toks = p.toks;
  const s = sentenceStartTok(p, k);
  let j = k - 1;
  while (j >= s && isWord(toks[j]) && (AUX.has(toks[j].n) || (toks[j].n.endsWith("ly") && toks[j].n.length > 4 && !toks[j].cap)) && !(toks[j].n === "told")) j--;
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
  }
  const last = j;
  if (!isWord(toks[last])) return null;
  const lw = toks[last].n;
  if (PRONOUN.has(lw)) return [last, apposEnd > 0 ? apposEnd : parenEnd > 0 ? parenEnd : end];
  if (STOP.has(lw) || AUX.has(lw)) return null;
  // Walk back over the noun phrase.
  let a = last;
  let n = 0;
  while (a - 1 >= s && n < 9) {
    const t = toks[a - 1];
    if (isWord(t)) {
      if (STOP.has(t.n) && !NP_INNER.has(t.n)) break;
      if (cueAt(p, a - 1)) break;
      if (NP_INNER.has(t.n) && !(t.n === "the" || t.n === "a" || t.n === "an" || t.n === "'s")) {
        // "spokesman for the ministry": keep "of/for/at" only between capitalised or source words.
        const before = toks[a - 2];
        if (!before || !isWord(before) || STOP.has(before.n)) break;
      }
    } else if (isPunct(t, ".") && isWord(toks[a - 2]) && toks[a - 2].e === (t as Tok).s && toks[a - 2].n.length <= 4) {
      // Mr. / Gen. / U.S.
    } else if (isPunct(t, "-'’") || (t as Tok).n === "'s") {
      // hyphenated words, possessives
    } else break;
    a--;
    n++;
  }
  // Do not begin with a dangling preposition or conjunction.
  while (a < last && isWord(toks[a]) && NP_INNER.has(toks[a].n) && toks[a].n !== "the" && toks[a].n !== "a" && toks[a].n !== "an") a++;
  if (!plausibleSource(p, a, last + 1)) return null;
  return [a, apposEnd > 0 ? apposEnd : parenEnd > 0 ? parenEnd : end];
}

function plausibleSource(p: Para, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = p.toks[k];
    if (isCap(t) || sourceClass(t) || PRONOUN.has(t.n)) return true;
  }
  // "the report", "the study", "the lawsuit": a determiner and a noun.
  return b - a >= 2 && isWord(p.toks[a]) && (p.toks[a].n === "the" || p.toks[a].n === "a" || p.toks[a].n === "an");
}

/** The noun phrase after an inverted verb ("said Smith, a spokesman for X"). */
export function enSubjectAfter(p: Para, k: number): number {
  const toks = p.toks;
  const end = sentenceEndTok(p, k);
  let j = k;
  let n = 0;
  while (j < end && n < 16) {
    const t = toks[j];
    if (t.t === QUOTE || isPunct(t, ";:()")) break;
    if (isPunct(t, ",")) {
      // An apposition runs to the end of the sentence unless a quote opens.
      if (isOpen(toks[j + 1])) break;
    } else if (isPunct(t, END)) break;
    else if (isWord(t) && (t.n === "that" || t.n === "who" || t.n === "when" || t.n === "because" || t.n === "adding" || t.n === "saying")) break;
    j++;
    n++;
  }
  if (j > k && isPunct(toks[j - 1], ",")) j--;
  return j;
}

function enStmt(p: Para, m: CueMatch, src: [number, number] | null, cs: number, ct: number): RawStatement {
  return {
    cueA: m.a,
    cueB: m.b,
    srcA: src ? src[0] : -1,
    srcB: src ? src[1] : -1,
    cs,
    ce: -1,
    ct,
    first: src ? Math.min(src[0], m.a) : m.a,
    last: ct,
    sent: p.toks[m.a].sent,
    fixed: false,
    quotes: [],
    carry: src ? null : "previous",
    lang: "en",
    before: false,
  };
}

export function parseEnCue(p: Para, m: CueMatch): RawStatement | null {
  const toks = p.toks;
  const e = m.entry;
  const sentEnd = sentenceEndTok(p, m.a);
  if (e.form === "prep") return enPrep(p, m);
  const after = toks[m.b];
  // "asked to leave", "told to", "said to be", "is said": not reported speech.
  if (isWord(after) && (after.n === "to" || after.n === "by") && !e.frames.has("obj")) return null;
  if (isWord(toks[m.a - 1]) && (toks[m.a - 1].n === "the" || toks[m.a - 1].n === "a")) return null;

  const cue = toks[m.a];
  const ing = cue.n.endsWith("ing");
  // Participle: "…, adding that …" / "…, saying …": the clause's subject speaks.
  if (ing) {
    // PolNeAR-style attribution counts "…, adding that …" as part of the main statement.
    if (ing) return null;
    if (!isPunct(toks[m.a - 1], ",") && !(isWord(toks[m.a - 1]) && (toks[m.a - 1].n === "and" || toks[m.a - 1].n === "while"))) return null;
    const o = enOpening(p, m.b, sentEnd, e.frames.has("obj"));
    if (!o) return null;
    const r = enStmt(p, m, null, o.cs, o.ct);
    r.carry = "clause-subject";
    return r;
  }

  let src = enSubjectBefore(p, m.a);
  // "…," she said / "…," said Smith: the quote before is the content.
  const beforeQ = quoteBefore(p, src ? src[0] : m.a);
  if (!src && beforeQ >= 0) {
    const b = enSubjectAfter(p, m.b);
    if (b > m.b) src = [m.b, b];
  }
  if (beforeQ >= 0 && p.quotes[beforeQ].used < 0) {
    const q = p.quotes[beforeQ];
    const r = enStmt(p, m, src, q.s, q.open);
    r.ce = q.e;
    r.fixed = true;
    r.quotes = [beforeQ];
    r.first = q.open;
    // "…," he said, "…" — the quote goes on after the cue.
    const tail = src && src[1] > m.b ? src[1] : m.b;
    let j = tail;
    while (j < sentEnd + 1 && j < toks.length && (isPunct(toks[j], ",:") || (isWord(toks[j]) && AUX.has(toks[j].n)))) j++;
    if (isOpen(toks[j]) && toks[j].qi >= 0) {
      const q2 = p.quotes[toks[j].qi];
      r.quotes.push(toks[j].qi);
      r.ce = q2.e;
    }
    return r;
  }
  if (!src) {
    // "said Smith, …" with no quote before is rare; so is a bare verb.
    return null;
  }
  // "…, sources said." / "Climate change, Mr. Obama often says, is …": the clause is around the cue.
  const before = clauseBefore(p, src[0], m.b, sentEnd);
  if (before) {
    const r = enStmt(p, m, src, toks[before[0]].s, before[0]);
    r.ce = toks[before[1] - 1].e;
    r.fixed = true;
    r.before = true;
    r.first = before[0];
    return r;
  }
  const o = enOpening(p, m.b, sentEnd, e.frames.has("obj"), e.frames.has("clause"), e.frames.has("quote") || e.frames.has("colon"));
  if (!o) return null;
  return enStmt(p, m, src, o.cs, o.ct);
}

/**
 * "…, a source said." — the reported clause runs from the sentence start to the comma
 * before the source, and nothing but adjuncts follows the cue. Returns its token range.
 */
function clauseBefore(p: Para, srcStart: number, cueEnd: number, sentEnd: number): [number, number] | null {
  const toks = p.toks;
  const s = sentenceStartTok(p, srcStart);
  const comma = srcStart - 1;
  if (comma <= s || !isPunct(toks[comma], ",—–")) return null;
  let j = cueEnd;
  let n = 0;
  // Adjuncts after the cue: Tuesday, in a statement, on Fox News …
  while (j < sentEnd && !isPunct(toks[j], ",.!?;") && n < 8) {
    j++;
    n++;
  }
  const t = toks[j];
  if (j < sentEnd && !(isPunct(t, ".!?") || isPunct(t, ","))) return null;
  if (n > 0 && isWord(toks[cueEnd]) && toks[cueEnd].n === "that") return null;
  // The clause must be more than a name or a date.
  let words = 0;
  for (let k = s; k < comma; k++) if (isWord(toks[k])) words++;
  return words >= 3 ? [s, comma] : null;
}

/** A quote closed just before token k ("…," she said). */
function quoteBefore(p: Para, k: number): number {
  let j = k - 1;
  if (isPunct(p.toks[j], ",—–-")) j--;
  const t = p.toks[j];
  if (isClose(t)) return t.qi;
  return -1;
}

function enOpening(p: Para, k: number, sentEnd: number, obj: boolean, bare = true, quoted = true): { cs: number; ct: number } | null {
  const toks = p.toks;
  let j = k;
  if (obj) {
    // told Reuters / told reporters on Tuesday / told the newspaper
    let n = 0;
    while (j < sentEnd && n < 5 && isWord(toks[j]) && (toks[j].cap || ADDRESSEE.has(toks[j].n) || sourceClass(toks[j])) && toks[j].n !== "that") {
      j++;
      n++;
    }
  }
  // Adjuncts before "that": in a statement, on Tuesday, in an interview with X.
  for (let m = j; m < Math.min(sentEnd, j + 10); m++) {
    const t = toks[m];
    if (isWord(t) && t.n === "that") return toks[m + 1] ? { cs: toks[m + 1].s, ct: m + 1 } : null;
    if (t.t === QUOTE || isPunct(t, ":;") || isPunct(t, END)) break;
  }
  let punct = false;
  while (j < sentEnd && isPunct(toks[j], ",:")) {
    j++;
    punct = true;
  }
  if (isWord(toks[j]) && (toks[j].n === "that" || toks[j].n === "whether" || toks[j].n === "if")) return toks[j + 1] ? { cs: toks[j + 1].s, ct: j + 1 } : null;
  if (j >= sentEnd || !toks[j]) return null;
  if (isPunct(toks[j], END)) return null;
  // said: "…" / said, "…"
  if (isOpen(toks[j])) return quoted || bare ? { cs: toks[j].s, ct: j } : null;
  if (!bare || punct) return null;
  return { cs: toks[j].s, ct: j };
}

function enPrep(p: Para, m: CueMatch): RawStatement | null {
  const toks = p.toks;
  const sentEnd = sentenceEndTok(p, m.a);
  const b = enSubjectAfter(p, m.b);
  if (b <= m.b) return null;
  const s = sentenceStartTok(p, m.a);
  const r = enStmt(p, m, [m.b, b], 0, 0);
  r.carry = null;
  let k = m.a - 1;
  while (k >= s && isPunct(toks[k], ",")) k--;
  if (k < s) {
    let c = b;
    while (c < sentEnd && isPunct(toks[c], ",")) c++;
    if (c >= sentEnd) return null;
    r.cs = toks[c].s;
    r.ct = c;
    return r;
  }
  r.cs = toks[s].s;
  r.ct = s;
  r.ce = toks[k].e;
  r.fixed = true;
  r.before = true;
  r.first = s;
  return r;
}
