// Arabic statements around a reporting cue:
//   verb-first      وقال [المتحدث باسم الوزارة، أحمد فلان]، إن …
//   dropped subject وتابع قوله: "…" / وأضاف أن …
//   quote-first     «…»، قال الوزير
//   subject-first   الوزير أكد أن … / وكان الرئيس قد قال إن …
//   participles     قائلاً: "…" / مضيفاً أن … / مشيراً إلى أن …
//   relayed         نقلت الوكالة عن فلان قوله إن …
//   prepositions    بحسب X، … / …، وفقاً لـX
import { Fr, Gr, framesOf, lexicon, type Frames } from "./lexicon";
import { hasWithClitic } from "./lexicon/word-lists";
import { CLAUSE_END, COMMA, COMMA_DASH, COMMA_END, END, isClose, isOpen, isPunct, isWord, sentOf, sentenceEndTok, sentenceStartTok, type Para } from "./text/paragraph";
import { cueAt, grammarOf, hasGrammar, sourceClass, type CueMatch } from "./lexicon/lookup";
import { FoundStatement } from "./statements/found";
import { isNameQuote } from "./statements/name-quote";
import { G_ANY, G_COMP, G_COMP_PRON } from "./perf/hit-table";
import { NUM, PUNCT, QUOTE, type Tok } from "./text/token";
import { WordMemo } from "./perf/intern";

/** The preposition that relays another source's words (نقلاً عن), as the lexicon normalises it. */
const RELAY_PREP = "نقلا عن";

// What the relayed source's words open with (نقل عن فلان قوله إن / : / «…»).
const RELAY_FRAMES = framesOf(["an", "colon", "quote"]);

/** Complementiser: 1 = free-standing (إن، أن، بأن), 2 = with an attached pronoun (أنه), 0 = none. */
export function arComp(t: Tok | undefined): 0 | 1 | 2 {
  if (!isWord(t) || !(t.grammarBits & (G_COMP | G_COMP_PRON))) return 0;
  const g = grammarOf(t);
  if (!g) return 0;
  if (g.has(Gr.comp)) return 1;
  if (g.has(Gr.compPron)) return 2;
  return 0;
}

const DROP_ALEF_LAM = (w: string) => (w.startsWith("ال") ? w.slice(2) : w);

/**
 * للأمانة، للشركة after a title: "of", not "to" (المتحدث الرسمي للأمانة، المدير العام للشركة).
 * Only an institution that is not itself a listed addressee (لوكالة، لصحيفة stay addressees).
 */
function ofInstitution(p: Para, a: number, k: number): boolean {
  const t = p.toks[k];
  if (!t.ar || !t.norm.startsWith("لل") || grammarOf(t)?.has(Gr.addressee) || lexicon().grammar.get("ال" + t.norm.slice(2))?.has(Gr.addressee)) return false;
  const sc = lexicon().sources.get("ال" + t.norm.slice(2)) ?? lexicon().sources.get(t.norm.slice(2));
  if (!sc || sc.cls !== "org") return false;
  const head = isWord(p.toks[a]) ? sourceClass(p.toks[a]) : null;
  return !!head && head.cls === "title" && k - a <= 3;
}

/** خبير اقتصادي يعمل لدى الحكومة: an unnamed source described by whom it works for. */
function employer(p: Para, a: number, k: number): boolean {
  const t = p.toks[k];
  const v = p.toks[k - 1];
  if (t.norm !== "لدي" || k - a < 2 || k - a > 4 || !isWord(v) || !/^[يت]/.test(v.norm) || v.norm.length < 4 || sourceClass(v)) return false;
  const head = isWord(p.toks[a]) ? sourceClass(p.toks[a]) : null;
  return !!head && head.cls === "anon" && !head.definite;
}

/** لرويترز، للصحفيين، لوكالة، لـ«…»: who was told; ends the source phrase. */
function isAddressee(t: Tok): boolean {
  // The raw first letter decides before any normalising: ل (U+0644).
  if (!t.ar || t.firstCode() !== 0x0644) return false;
  // The rest depends on the word alone, and the parsers ask about the same words again and again.
  return addressee.get(t);
}

const addressee = new WordMemo<boolean>(addresseeWord, 50_000);

/** isAddressee for a normalised word that starts with ل. */
function addresseeWord(n: string): boolean {
  if (n === "ل") return true; // لـ written apart
  const rest = n.slice(1);
  const g = lexicon().grammar;
  if (g.get(rest)?.has(Gr.addressee) || g.get(n)?.has(Gr.addressee)) return true;
  if (n.startsWith("لل") && (g.get("ال" + n.slice(2))?.has(Gr.addressee) || g.get(n.slice(2))?.has(Gr.addressee))) return true;
  // لوزير، لصحيفة، لقناة: ل before an institution or title.
  if (lexicon().sources.has(n)) return false;
  const sc = lexicon().sources.get(rest) ?? (n.startsWith("لل") ? lexicon().sources.get(n.slice(2)) : undefined);
  return !!sc && sc.cls === "org";
}

/**
 * وأكدت لـ(عكاظ) مصادر …: the addressee before the subject; the token after it, k when none.
 * Only when a source noun follows: لوسائل إعلام تابعة … is still the addressee.
 */
function skipAddressee(p: Para, k: number, limit: number): number {
  const j = skipAddressee0(p, k, limit);
  return j > k && isWord(p.toks[j]) && sourceClass(p.toks[j]) ? j : k;
}

function skipAddressee0(p: Para, k: number, limit: number): number {
  const toks = p.toks;
  const t = toks[k];
  if (!isWord(t) || !isAddressee(t)) return k;
  let j = k + 1;
  if (t.norm !== "ل") return j;
  // لـ(عكاظ)، لـ«الشرق الأوسط»، لـCNN
  const o = toks[j];
  if (o && (isOpen(o) || isPunct(o, "("))) {
    let d = j + 1;
    while (d < limit && d - j <= 5 && !(isClose(toks[d]) || isPunct(toks[d], ")"))) d++;
    return d < limit && d - j <= 5 ? d + 1 : k;
  }
  return isWord(o) ? j + 1 : k;
}

function isTimeOrMedium(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.kind === NUM) return true;
  if (!isWord(t)) return false;
  return timeOrMedium.get(t);
}

const timeOrMedium = new WordMemo<boolean>((n) => {
  const g = lexicon().grammar.get(n) ?? lexicon().grammar.get(DROP_ALEF_LAM(n));
  return !!g && (g.has(Gr.time) || g.has(Gr.medium));
});

/** Words that can only follow a source phrase, never be part of it. */
function endsSource(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t)) return true;
  if (arComp(t)) return true;
  // مصدر طلب عدم الكشف عن اسمه: the anonymity phrase is not part of the source.
  if (p.inAnon[k]) return true;
  // Only grammar words (flagged while tokenizing) can end the phrase by their own spelling.
  if (t.grammarBits & G_ANY) {
    const g = grammarOf(t);
    if (g && (g.has(Gr.relative) || g.has(Gr.time) || g.has(Gr.adjunct) || g.has(Gr.conj) || g.has(Gr.verbnoun))) return true;
    // إلى أن …; دعا الرئيس إلى "تغليب لغة العقل": إلى before quoted words opens the call's object.
    if (g?.has(Gr.ila) && (arComp(p.toks[k + 1]) || quotedWordsAt(p, k + 1))) return true;
    if (g?.has(Gr.min) && arComp(p.toks[k + 1])) return true;
    if (t.norm === "علي" && arComp(p.toks[k + 1])) return true;
    if (lexicon().ar.beforeTimeOrMedium.has(t.norm) && isTimeOrMedium(p.toks[k + 1])) return true;
    if (lexicon().ar.endSource.has(t.norm)) return true;
    // أكدت الوزارة صحة …، حذرت المنظمات من وقوع …: the claim noun is the object, not the subject.
    if (g?.has(Gr.claim) || (t.norm === "من" && hasGrammar(p.toks[k + 1], Gr.claim))) return true;
  }
  if (isAddressee(t)) return true;
  if (cueAt(p, k)) return true;
  return false;
}

/** A parenthetical after a comma that is not an apposition: تحدث بشرط …، الذي …، طلب عدم … */
function isParenthetical(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isWord(t)) return true;
  if (p.inAnon[k]) return true;
  const g = grammarOf(t);
  if (g && (g.has(Gr.relative) || g.has(Gr.time) || g.has(Gr.adjunct) || g.has(Gr.conj))) return true;
  if (lexicon().ar.parentheticalStart.has(t.norm)) return true;
  return !!cueAt(p, k);
}

/**
 * The source noun phrase starting at k: its end (exclusive), k when none.
 * Takes one apposition between commas (المتحدث باسم الوزارة، أحمد فلان، إن).
 */
export function arSourceNP(p: Para, k: number, limit: number): number {
  const toks = p.toks;
  let j = k;
  let words = 0;
  while (j < limit) {
    const t = toks[j];
    if (t.kind === PUNCT && COMMA.includes(t.norm) && words > 0) {
      // Apposition: a short run of words closed by a comma or followed by the complementiser.
      if (isParenthetical(p, j + 1)) break;
      let m = j + 1;
      let w = 0;
      // المسؤول الأول عن المحتوى في "نتفليكس": a title's description may say what it is in charge of.
      const titled = isWord(toks[m]) && !!sourceClass(toks[m]);
      for (;;) {
        if (m >= limit || w >= 8) break;
        const u = toks[m];
        if (titled && isOpen(u) && u.quote >= 0 && quoteWords(p, u) === 1 && p.quotes[u.quote].close > m && p.quotes[u.quote].close < limit) {
          m = p.quotes[u.quote].close + 1;
          w++;
          continue;
        }
        if (!isWord(u)) break;
        if (endsSource(p, m) && !(titled && w > 0 && u.norm === "عن" && isWord(toks[m + 1]) && !arComp(toks[m + 1]))) break;
        m++;
        w++;
      }
      const after = toks[m];
      if (w > 0 && w <= (titled ? 8 : 5) && (isPunct(after, COMMA) || arComp(after) || isPunct(after, ":") || isOpen(after) || (after && isAddressee(after)))) {
        j = m;
        words += w;
        break;
      }
      break;
    }
    // #هيئة_تنظيم_الكهرباء: a hashtag's marks inside the phrase join its words.
    if (t.kind === PUNCT && (t.norm === "#" || t.norm === "_") && isWord(toks[j + 1]) && toks[j + 1].s === t.e && (t.norm === "#" || (j > k && toks[j - 1].e === t.s))) {
      j++;
      continue;
    }
    // المادة (27)، مايو (أيار)، فلانة (ناشطة اجتماعية): a short parenthesis belongs to the phrase.
    if (isPunct(t, "(") && words > 0) {
      let m = j + 1;
      while (m < limit && m - j <= 4 && !isPunct(toks[m], ")") && (isWord(toks[m]) || toks[m].kind === NUM)) m++;
      if (m < limit && m > j + 1 && isPunct(toks[m], ")")) {
        j = m + 1;
        words++;
        continue;
      }
      break;
    }
    // A name in quotation marks is part of the phrase: شركة "نتفليكس"، «فاتر».
    if (isOpen(t) && t.quote >= 0) {
      const q = p.quotes[t.quote];
      let w = 0;
      for (let m = q.open + 1; m < q.close; m++) if (isWord(toks[m])) w++;
      const after = toks[q.close + 1];
      if (q.close > 0 && q.close < limit && w >= 1 && w <= 4 && !(after && isOpen(after))) {
        j = q.close + 1;
        words += w;
        continue;
      }
      break;
    }
    if (!isWord(t) || (endsSource(p, j) && !ofInstitution(p, k, j) && !employer(p, k, j))) break;
    if (words >= 9) break;
    j++;
    words++;
  }
  return j;
}

export interface Opening {
  /** Token where the content starts. */
  ct: number;
  /** Character where the content starts. */
  cs: number;
}

/**
 * After the cue and its source, skip adjuncts (لرويترز، في بيان، أمس، a parenthetical
 * anonymity clause) until what opens the reported words; null when nothing does.
 */
function arOpening(p: Para, k: number, frames: Frames, maxSkip: number): Opening | null {
  const toks = p.toks;
  const end = sentenceEndTok(p, k > 0 ? k - 1 : k);
  let skipped = 0;
  for (let j = k; j < end && skipped <= maxSkip; j++, skipped++) {
    const t = toks[j];
    const c = arComp(t);
    if (c === 1) return toks[j + 1] ? { ct: j + 1, cs: toks[j + 1].s } : null;
    if (c === 2) return { ct: j, cs: t.s };
    if (isWord(t) && t.grammarBits & G_ANY && (hasGrammar(t, Gr.ila) || lexicon().ar.beforeComplementiser.has(t.norm)) && arComp(toks[j + 1])) {
      const c2 = arComp(toks[j + 1]);
      if (c2 === 1) return toks[j + 2] ? { ct: j + 2, cs: toks[j + 2].s } : null;
      return { ct: j + 1, cs: toks[j + 1].s };
    }
    if (isPunct(t, ":")) {
      const nx = toks[j + 1];
      return nx ? { ct: j + 1, cs: nx.s } : null;
    }
    // دعا إلى "…": a call whose object quotes the speaker's words is partial speech, from إلى.
    if (isWord(t) && t.grammarBits & G_ANY && frames.has(Fr.quote) && hasGrammar(t, Gr.ila) && quotedWordsAt(p, j + 1)) return { ct: j, cs: t.s };
    // لـ”الشرق الأوسط”: a quoted name after لـ is who was told, not the reported words.
    if (isOpen(t) && t.quote >= 0 && p.quotes[t.quote].close > j && isWord(toks[j - 1]) && toks[j - 1].norm === "ل") {
      j = p.quotes[t.quote].close;
      continue;
    }
    // A one-word quote is a name or a term («تويتر»), not the reported words.
    if (isOpen(t) && frames.has(Fr.quote) && quoteWords(p, t) >= 2) return { ct: j, cs: t.s };
    // …في "نتفليكس" إن: a quoted name inside the source's description is passed over whole.
    if (isOpen(t) && t.quote >= 0 && quoteWords(p, t) === 1 && p.quotes[t.quote].close > j) {
      j = p.quotes[t.quote].close;
      continue;
    }
    if (isWord(t) && frames.has(Fr.q) && t.grammarBits & G_ANY && (lexicon().ar.questionWords.has(t.norm) || (t.norm === "ما" && toks[j + 1]?.norm === "اذا"))) {
      const nx = toks[j + 1];
      return nx ? { ct: t.norm === "عن" ? j + 1 : j, cs: (t.norm === "عن" ? nx : t).s } : null;
    }
    if (isPunct(t, END) || (t.kind === QUOTE && !isOpen(t))) return null;
    if (j > k && cueAt(p, j) && !p.inAnon[j]) return null;
  }
  return null;
}

/**
 * A quotation of two words or more opens at token k, and not a name: its first word is no
 * institution, place or group noun (إلى "نادي الهلال" names a club, إلى "اتخاذ اللازم" quotes).
 */
function quotedWordsAt(p: Para, k: number): boolean {
  const t = p.toks[k];
  if (!isOpen(t) || quoteWords(p, t) < 2) return false;
  const first = p.toks[k + 1];
  const sc = isWord(first) ? sourceClass(first) : null;
  return !sc || (sc.cls !== "org" && sc.cls !== "place" && sc.cls !== "group");
}

function quoteWords(p: Para, t: Tok): number {
  if (t.quote < 0) return 0;
  const q = p.quotes[t.quote];
  let n = 0;
  const last = q.close >= 0 ? q.close : p.toks.length;
  for (let k = q.open + 1; k < last && n < 3; k++) if (isWord(p.toks[k])) n++;
  return n;
}

function cueEnd(p: Para, m: CueMatch): number {
  // تابع قوله / أضاف قائلاً: the verbal noun or participle belongs to the cue.
  let b = m.to;
  const nx = p.toks[b];
  if (nx && hasGrammar(nx, Gr.verbnoun)) b++;
  return b;
}


function stmt(p: Para, m: CueMatch, cueB: number, srcA: number, srcB: number, o: Opening, carry: FoundStatement["carry"]): FoundStatement {
  const first = srcA >= 0 ? Math.min(srcA, m.from) : m.from;
  return new FoundStatement(m.from, cueB, srcA, srcB, o.cs, o.ct, first, o.ct, sentOf(p, m.from), carry, "ar");
}

/** A statement whose words are the quotations `qis` (in order), the first before the cue. */
function quotedStmt(p: Para, m: CueMatch, cueB: number, srcA: number, srcB: number, qis: number[]): FoundStatement {
  const first = p.quotes[qis[0]];
  const r = stmt(p, m, cueB, srcA, srcB, { ct: first.open, cs: first.s }, srcA < 0 ? "previous" : null);
  r.contentEnd = p.quotes[qis[qis.length - 1]].e;
  r.contentFixed = true;
  r.quoteIds = qis;
  r.firstTok = first.open;
  return r;
}

/** A quote closed just before token k (skipping a comma, و): «…»، قال الوزير. */
function quoteJustBefore(p: Para, k: number): number {
  let j = k - 1;
  if (isPunct(p.toks[j], COMMA_DASH)) j--;
  const t = p.toks[j];
  if (isClose(t)) return t.quote;
  return -1;
}

/**
 * The sentence start, or a full stop inside the sentence ("…2016., واتهم"): a stop followed
 * by a comma is kept in the sentence for abbreviations (Wash., recently), but in Arabic it ends a clause.
 */
function clauseStartTok(p: Para, k: number): number {
  const s = sentenceStartTok(p, k);
  for (let j = k - 1; j > s; j--) if (isPunct(p.toks[j], ".") && p.toks[j + 1]?.kind === PUNCT && p.toks[j - 1]?.ar) return j + 1;
  // دبي، الإمارات (CNN) – رد فلان …: a dateline ends at its dash.
  for (let j = s; j < k && j - s <= 12; j++) if (isPunct(p.toks[j], "–—") || (isPunct(p.toks[j], "-") && j > s && p.toks[j - 1].kind === PUNCT)) return j + 1;
  return s;
}

/** أمني، غربي، سياسيون: the shape of a relational adjective. */
function nisbaShape(w: string): boolean {
  return w.length >= 4 && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يون") || w.endsWith("يين"));
}

/** The subject of the clause's main verb, for participles (ورد بومبيو … قائلاً). */
function clauseSubject(p: Para, k: number): [number, number] | null {
  const s = clauseStartTok(p, k);
  let j = s;
  // "., وكتب …": punctuation left over from the previous sentence is not the clause.
  while (j < k && p.toks[j].kind === PUNCT && !isPunct(p.toks[j], END)) j++;
  // وكان / ثم / كما: skip a leading particle; then the verb; then the subject.
  // After كان the subject comes first (وكان فلان قد قال …، لافتاً): كان is the verb.
  let kana = false;
  while (j < k && isWord(p.toks[j]) && (hasGrammar(p.toks[j], Gr.conj) || p.toks[j].norm === "كما" || hasGrammar(p.toks[j], Gr.kana))) {
    if (hasGrammar(p.toks[j], Gr.kana)) kana = true;
    j++;
  }
  if (j >= k || !isWord(p.toks[j])) return null;
  if (!kana) j++; // the verb
  j = skipAddressee(p, j, k);
  let e = arSourceNP(p, j, k);
  // ودعم مغرد آخر وجهة نظر …: an indefinite unnamed source is its noun and adjectives; the object follows.
  const head = isWord(p.toks[j]) ? sourceClass(p.toks[j]) : null;
  if (head && head.cls === "anon" && !head.definite) {
    let m = j + 1;
    // Adjectives agree with an indefinite noun: no article (دبلوماسي غربي، أمني، مطلع).
    while (m < e && isWord(p.toks[m]) && !p.toks[m].norm.startsWith("ال") && (sourceClass(p.toks[m])?.cls === "descriptor" || sourceClass(p.toks[m])?.cls === "informed" || sourceClass(p.toks[m])?.cls === "anon" || nisbaShape(p.toks[m].norm))) m++;
    if (m < e && !p.toks[m].norm.startsWith("ال") && !lexicon().ar.objectPrepositions.has(p.toks[m].norm)) e = m;
  }
  // ورد بومبيو على شومر …: the subject ends before the verb's prepositional object;
  // inside the head phrase before an apposition comma a preposition belongs to the title.
  let comma = -1;
  for (let m = j; m < e; m++) if (isPunct(p.toks[m], COMMA)) comma = m;
  for (let m = Math.max(j + 1, comma + 1); m < e; m++) {
    const n = p.toks[m].norm;
    if (lexicon().ar.verbPrepositions.has(n) || (p.toks[m].ar && n.length > 2 && n.startsWith("ل") && !sourceClass(p.toks[m]))) {
      e = m;
      break;
    }
  }
  if (e > j && e - j <= (comma > 0 ? 12 : 6)) return [j, e];
  return null;
}

export function parseArCue(p: Para, m: CueMatch): FoundStatement | null {
  const toks = p.toks;
  const e = m.entry;
  const cueB = cueEnd(p, m);
  const cue0 = toks[m.from];

  if (e.form === "prep") return parsePrep(p, m);

  if (e.form === "participle") {
    const o = arOpening(p, cueB, e.frames, 12);
    if (!o) return null;
    let subj = clauseSubject(p, m.from);
    // وأضاف "…" مشيراً إلى …: a quotation right after a cue is its words, not a subject.
    if (subj && isOpen(toks[subj[0]]) && cueAt(p, subj[0] - 1)) subj = null;
    // وقال الوزير إن …، مضيفاً أن …: when the clause's verb reports words of its own, its subject is
    // that statement's source; this one has no written subject and carries the same speaker.
    if (subj) {
      for (let j = subj[1]; j < m.from; j++) {
        if (arComp(toks[j]) || isPunct(toks[j], ":") || (isOpen(toks[j]) && quoteWords(p, toks[j]) >= 2)) {
          subj = null;
          break;
        }
      }
    }
    const r = stmt(p, m, cueB, subj ? subj[0] : -1, subj ? subj[1] : -1, o, subj ? null : "clause-subject");
    r.firstTok = m.from;
    return r;
  }

  // Relayed speech: نقل X عن Y (قوله) إن …  — Y speaks.
  if (e.frames.has(Fr.relay)) {
    const a1 = cueB;
    const b1 = arSourceNP(p, a1, sentenceEndTok(p, a1));
    let j = b1;
    if (isWord(toks[j]) && toks[j].norm === "عن") {
      const b2 = arSourceNP(p, j + 1, sentenceEndTok(p, j));
      if (b2 > j + 1) {
        let k = b2;
        if (hasGrammar(toks[k], Gr.verbnoun)) k++;
        const o = arOpening(p, k, RELAY_FRAMES, 10);
        if (o) {
          const r = stmt(p, m, cueB, j + 1, b2, o, null);
          return r;
        }
      }
    }
    // نقل عن Y: the outlet is not written.
    if (isWord(toks[a1]) && toks[a1].norm === "عن") {
      const b2 = arSourceNP(p, a1 + 1, sentenceEndTok(p, a1));
      let k = b2;
      if (hasGrammar(toks[k], Gr.verbnoun)) k++;
      const o = b2 > a1 + 1 ? arOpening(p, k, RELAY_FRAMES, 10) : null;
      if (o) return stmt(p, m, cueB, a1 + 1, b2, o, null);
    }
    return null;
  }

  // أفيد بأن …: a passive report, said by nobody the article names.
  if (e.frames.has(Fr.passive)) {
    const o = arOpening(p, cueB, e.frames, 2);
    return o ? stmt(p, m, cueB, -1, -1, o, null) : null;
  }

  // Background formula: يذكر أن … opens the journalist's own aside (indexed by the first word as written).
  for (const bg of lexicon().background.get(cue0.norm) ?? []) {
    let ok = true;
    for (let i = 1; i < bg.length && ok; i++) {
      const t = toks[m.from + i];
      ok = isWord(t) && t.norm === bg[i];
    }
    if (ok && m.from === sentenceStartTok(p, m.from)) return null;
    if (ok && bg.length === 2 && bg[0] === cue0.norm.replace(/^[وف]/, "")) return null;
  }

  const sentEnd = sentenceEndTok(p, m.from);
  // أضاف موضحاً أن …: two reporting words, one statement; the participle nearest the words is its cue.
  const nxt = cueAt(p, cueB);
  if (nxt && nxt.entry.form === "participle") return null;
  // Verb-first with a written subject, or a dropped subject.
  let srcA = -1;
  let srcB = -1;
  let direct = arOpening(p, cueB, e.frames, 0);
  // وأوضحت "ذا تايمز" أن …: a short quoted name followed by the complementiser is the source,
  // also a name of three words or fewer with adjuncts between (وذكرت "سي إن إن" في تقرير لها أن …).
  if (direct && direct.ct === cueB && isOpen(toks[cueB]) && toks[cueB].quote >= 0) {
    const q = p.quotes[toks[cueB].quote];
    if (q.close > cueB && q.close - cueB <= 5 && (arComp(toks[q.close + 1]) || (q.close - cueB <= 4 && isWord(toks[q.close + 1]) && !cueAt(p, q.close + 1) && isNameQuote(p, q) && arOpening(p, q.close + 1, e.frames, 6)))) direct = null;
  }
  // وكانت الوزارة اتهمت X بـ …: after كان the subject stands before the verb; what follows is the object.
  const kanaSubj = m.clitic ? null : kanaSubject(p, m.from);
  if (!direct && kanaSubj) {
    srcA = kanaSubj[0];
    srcB = kanaSubj[1];
  } else if (!direct) {
    const a0 = skipAddressee(p, cueB, sentEnd);
    const b = arSourceNP(p, a0, sentEnd);
    if (b > a0) {
      srcA = a0;
      srcB = e.frames.has(Fr.bi) ? indefiniteSubjectEnd(p, a0, b) : b;
      // وعلق الحداد على النتائج قائلاً: "…": the participle is the statement's cue, not this verb.
      let j = srcB;
      while (j < sentEnd && j - srcB <= 6 && isWord(toks[j]) && !cueAt(p, j)) j++;
      const part = j < sentEnd && isWord(toks[j]) ? cueAt(p, j) : null;
      if (part && part.entry.form === "participle" && !arComp(toks[srcB])) return null;
    }
  }
  // فلان، والذي اتهم الهاجري بـ …: with no pronoun on the verb the relative's antecedent is its
  // subject, and the noun after an accusation verb is its object.
  const rel = relativeAntecedent(p, m.from);
  let biObj = false;
  if (rel && srcA >= 0 && e.frames.has(Fr.bi)) for (let j = srcA + 1; j <= srcB && j - srcA <= 3; j++) if (isWord(toks[j]) && toks[j].norm.startsWith("ب") && toks[j].norm.length > 3) biObj = true;
  if (rel && (srcA < 0 || biObj)) {
    srcA = rel[0];
    srcB = rel[1];
  }
  // وذكر التلفزيون، نقلاً عن مصدر أمني، أن …: relayed speech is the relayed source's statement.
  let claimTo = -1;
  if (srcB > cueB) {
    let j = srcB;
    if (isPunct(toks[j], COMMA)) j++;
    const relay = cueAt(p, j);
    if (relay && relay.entry.form === "prep" && relay.entry.lemma === RELAY_PREP) {
      const b2 = arSourceNP(p, relay.to, sentEnd);
      if (b2 > relay.to) {
        srcA = relay.to;
        srcB = b2;
        claimTo = relay.to;
      }
    }
  }
  // After the source when it follows the cue; after the cue when the subject came first (كان X اتهم).
  const after = srcB > cueB ? srcB : cueB;
  let o = direct ?? arOpening(p, after, e.frames, 24);

  // «…»، قال الوزير، «…»: a quotation split by its cue (and source) is one statement. The cue
  // interrupts the quotation: no و/ف on it, and the first part opens its sentence (in وهو
  // "…"، وأضاف "…" the first quotation ends the previous statement).
  if (o && !m.clitic && (o.ct === after || (o.ct === after + 1 && isPunct(toks[after], COMMA))) && isOpen(toks[o.ct]) && toks[o.ct].quote >= 0) {
    const qb = quoteJustBefore(p, m.from);
    if (qb >= 0 && p.quotes[qb].used < 0 && p.quotes[qb].open === sentenceStartTok(p, p.quotes[qb].open) && !isNameQuote(p, p.quotes[qb])) {
      return quotedStmt(p, m, cueB, srcA, srcB, [qb, toks[o.ct].quote]);
    }
  }

  // …، كما أفاد مصدر مقرب من التحقيق.: the clause before كما is what the source said.
  if (!o && srcA >= 0 && isWord(toks[m.from - 1]) && lexicon().ar.kama.has(toks[m.from - 1].norm) && isPunct(toks[m.from - 2], COMMA) && (srcB >= sentEnd || isPunct(toks[srcB], END))) {
    const s = clauseStartTok(p, m.from);
    let c = s;
    if (isWord(toks[c]) && toks[c].norm === "و") c++;
    const k = m.from - 3;
    if (c <= k && isWord(toks[c])) {
      const r = stmt(p, m, cueB, srcA, srcB, { ct: c, cs: toks[c].s }, null);
      r.contentEnd = toks[k].e;
      r.lastTok = k;
      r.contentFixed = true;
      r.clauseBefore = true;
      r.firstTok = c;
      return r;
    }
  }

  // Quote-first: «…»، قال الوزير.
  if (!o) {
    const qi = quoteJustBefore(p, m.from);
    // Only when nothing but the source (and adjuncts) follows the cue in this sentence.
    if (qi >= 0 && p.quotes[qi].used < 0 && !isNameQuote(p, p.quotes[qi])) return quotedStmt(p, m, cueB, srcA, srcB, [qi]);
  }

  // Accusations and claims with a noun object: اتهم X موسكو بـ …، نفى وجود …، ينفي ما …
  if (!o && srcB > 0) {
    let k = after;
    // Skip a parenthetical clause between commas (تحدث بشرط عدم نشر اسمه).
    if (isPunct(toks[k], COMMA)) {
      let m2 = k + 1;
      while (m2 < sentEnd && !isPunct(toks[m2], COMMA_END)) m2++;
      if (isPunct(toks[m2], COMMA)) k = m2 + 1;
    }
    const t = toks[k];
    // The object may be a quoted name (اتهمت "أوكسفام" بتضليل …).
    if (t && (isWord(t) || isOpen(t))) {
      if (e.frames.has(Fr.ma) && lexicon().ar.maObject.has(t.norm)) o = { ct: k, cs: t.s };
      // حذر من وقوع …: a warning of an event.
      else if (e.frames.has(Fr.min) && t.norm === "من" && toks[k + 1] && isWord(toks[k + 1])) o = { ct: k + 1, cs: toks[k + 1].s };
      else if (e.frames.has(Fr.bi)) {
        // The object, then a word with بـ (بالكشف، بعرقلة).
        for (let j = k + 1; j < Math.min(sentEnd, k + 12); j++) {
          if (isWord(toks[j]) && toks[j].norm.startsWith("ب") && toks[j].norm.length > 3) {
            o = { ct: k, cs: t.s };
            break;
          }
        }
      } else if (e.frames.has(Fr.noun) && (hasGrammar(t, Gr.claim) || lexicon().ar.claimPronoun.has(t.norm))) {
        o = { ct: k, cs: t.s };
      } else if (e.frames.has(Fr.min) && isWord(toks[k + 1]) && t.norm === "من" && hasGrammar(toks[k + 1], Gr.claim)) {
        o = { ct: k + 1, cs: toks[k + 1].s };
      }
    }
  }
  if (!o && srcA < 0 && e.frames.has(Fr.noun)) {
    const t = toks[cueB];
    if (isWord(t) && (t.norm === "ما" || hasGrammar(t, Gr.claim))) o = { ct: cueB, cs: t.s };
  }
  if (!o) return null;

  // Subject-first: الوزير أكد أن … / وكان الرئيس قد قال إن …
  let carry: FoundStatement["carry"] = null;
  if (srcA < 0 && kanaSubj) {
    srcA = kanaSubj[0];
    srcB = kanaSubj[1];
  }
  if (srcA < 0 && !m.clitic) {
    const s = sentenceStartTok(p, m.from);
    let a = m.from;
    let j = m.from - 1;
    if (isWord(toks[j]) && toks[j].norm === "قد") j--;
    // فلان، الذي لعب دور الوسيط …، أقر بأنه: the subject stands before its relative clause.
    let subjEnd = -1;
    if (isPunct(toks[j], COMMA)) {
      for (let c = j - 1; c > s && j - c <= 30; c--) {
        if (isPunct(toks[c], END)) break;
        if (isPunct(toks[c], COMMA) && isWord(toks[c + 1]) && hasGrammar(toks[c + 1], Gr.relative)) {
          if (isWord(toks[c - 1])) {
            j = c - 1;
            subjEnd = c;
          }
          break;
        }
      }
    }
    let words = 0;
    while (j >= s && isWord(toks[j]) && words < 10 && !arComp(toks[j]) && !hasGrammar(toks[j], Gr.conj) && !hasGrammar(toks[j], Gr.relative) && !cueAt(p, j)) {
      const n = toks[j].norm;
      if (hasGrammar(toks[j], Gr.kana) || lexicon().ar.clauseOpeners.has(n) || n === "و") break;
      a = j;
      j--;
      words++;
    }
    const kana = j >= s && hasGrammar(toks[j], Gr.kana);
    // كتبت الصحيفة أن رجل الأعمال … فلان أقر بأنه …: after a complementiser the subject may be long.
    const afterComp = j >= s && arComp(toks[j]) === 1;
    const boundary = j < s || isPunct(toks[j], CLAUSE_END) || (isWord(toks[j]) && (hasGrammar(toks[j], Gr.kana) || lexicon().ar.clauseOpeners.has(toks[j].norm) || hasGrammar(toks[j], Gr.conj))) || (toks[j]?.kind === QUOTE);
    if (a < m.from && (boundary || afterComp) && (words <= 5 || (afterComp && words <= 10)) && (j < s || !isPunct(toks[j], ":"))) {
      const b = subjEnd >= 0 ? subjEnd : isWord(toks[m.from - 1]) && toks[m.from - 1].norm === "قد" ? m.from - 1 : m.from;
      // وكان فلان قد قال: between كان and قد only the subject can stand.
      const kanaQad = kana && b < m.from && b - a <= 3;
      if (b > a && (kanaQad || looksLikeSubject(p, a, b))) {
        srcA = a;
        srcB = b;
      }
    }
  }
  // أما الوزير فقال إن …: the topic before فـ is the subject.
  if (srcA < 0 && m.clitic && cue0.norm.startsWith("ف")) {
    const s0 = sentenceStartTok(p, m.from);
    for (let j = m.from - 1; j >= s0 && j >= m.from - 7; j--) {
      if (isWord(toks[j]) && lexicon().ar.amma.has(toks[j].norm)) {
        if (m.from - j >= 2) {
          srcA = j + 1;
          srcB = m.from;
        }
        break;
      }
    }
  }
  if (srcA < 0) carry = "previous";
  // يستفسر منه عن …: a present-tense verb inside the clause describes its subject's act.
  if (srcA < 0 && !m.clitic && e.form === "present" && m.from > sentenceStartTok(p, m.from) + 1) {
    const subj = clauseSubject(p, m.from);
    if (subj) {
      const r = stmt(p, m, cueB, subj[0], subj[1], o, null);
      r.firstTok = m.from;
      return r;
    }
    carry = "clause-subject";
  }
  const r = stmt(p, m, cueB, srcA, srcB, o, carry);
  if (claimTo > 0) r.claimedTo = claimTo;
  if (m.clitic) r.firstTok = m.from;
  return r;
}

/**
 * واتهمت منظمة حقوقية السلطات بـ …: an indefinite source is its noun and its adjectives; a definite
 * noun right after them is the verb's object. Returns the subject's end (b when nothing is cut).
 */
function indefiniteSubjectEnd(p: Para, a: number, b: number): number {
  const toks = p.toks;
  const head = sourceClass(toks[a]);
  if (!head || head.definite || (head.cls !== "anon" && head.cls !== "org" && head.cls !== "group")) return b;
  if (!isWord(toks[a + 1]) || toks[a + 1].norm.startsWith("ال")) return b;
  let m = a + 1;
  while (m < b && isWord(toks[m]) && !toks[m].norm.startsWith("ال") && (sourceClass(toks[m])?.cls === "descriptor" || sourceClass(toks[m])?.cls === "informed" || nisbaShape(toks[m].norm))) m++;
  return m > a + 1 && m < b && isWord(toks[m]) && toks[m].norm.startsWith("ال") ? m : b;
}

/** The name a relative pronoun right before the cue refers to: فلان الفلاني، الذي قال … */
function relativeAntecedent(p: Para, k: number): [number, number] | null {
  const toks = p.toks;
  const r = toks[k - 1];
  if (!isWord(r) || !(hasGrammar(r, Gr.relative) || (r.norm.startsWith("و") && lexicon().grammar.get(r.norm.slice(1))?.has(Gr.relative)))) return null;
  let e = k - 2;
  if (isPunct(toks[e], COMMA)) e--;
  // المادة (32) التي نصت، الحكومة التي قالت: a source noun right before the relative.
  let h = e;
  if (isPunct(toks[h], ")")) {
    while (h > 0 && e - h <= 4 && !isPunct(toks[h], "(")) h--;
    h--;
  }
  if (h >= 0 && isWord(toks[h]) && toks[h].norm.startsWith("ال") && sourceClass(toks[h]) && (h === e || isPunct(toks[h + 1], "("))) return [h, e + 1];
  if (isPunct(toks[e], ")") || !isWord(toks[e])) return null;
  let a = e + 1;
  while (a - 1 >= 0 && e - (a - 1) < 5 && nameWord(p, a - 1)) a--;
  // Only a name run that a comma or the sentence start closes off (not تصريحات لاعب …).
  if (a > e || (a > 0 && !isPunct(toks[a - 1], CLAUSE_END))) return null;
  return [a, e + 1];
}

/** A word of a name before a verb: no source word, no article (but عبد ال…، أبو ال…). */
function nameWord(p: Para, j: number): boolean {
  const toks = p.toks;
  return isWord(toks[j]) && !sourceClass(toks[j]) && !endsSource(p, j) && (!toks[j].norm.startsWith("ال") || (j > 0 && lexicon().ar.nameLinks.has(toks[j - 1].norm)));
}

/** وكان(ت) X [قد] <verb>: X, when short and nothing but words stands between. */
function kanaSubject(p: Para, k: number): [number, number] | null {
  const toks = p.toks;
  let b = k;
  // (قد is a grammar word: testing the flag first spares building other words' keys.)
  if (isWord(toks[b - 1]) && toks[b - 1].grammarBits & G_ANY && toks[b - 1].norm === "قد") b--;
  let j = b - 1;
  // وكان سفير البلاد، فلان الفلاني، أكد: an apposition between commas belongs to the subject.
  if (isPunct(toks[j], COMMA)) b = j--;
  let commas = 0;
  // Find كان first (grammar-table flags only): most cues have none before them, and the
  // words between are only checked when there is one.
  while (j >= 0 && b - j <= 14 && (isWord(toks[j]) || (isPunct(toks[j], COMMA) && ++commas <= 1)) && !hasGrammar(toks[j], Gr.kana)) j--;
  if (j < 0 || !hasGrammar(toks[j], Gr.kana) || j + 1 >= b) return null;
  for (let m = j + 1; m < b; m++) {
    if (isWord(toks[m]) && (arComp(toks[m]) || hasGrammar(toks[m], Gr.relative) || hasGrammar(toks[m], Gr.conj) || cueAt(p, m))) return null;
  }
  // وكانت هناك تقارير قالت …: an existential, not a subject.
  if (lexicon().ar.existential.has(toks[j + 1].norm)) return null;
  // Only a كان that opens its clause (not الذي كان يترأسه فلان).
  const pre = toks[j - 1];
  if (!toks[j].norm.startsWith("و") && pre && isWord(pre) && !hasGrammar(pre, Gr.conj)) return null;
  if (commas > 0) return sourceClass(toks[j + 1]) ? [j + 1, b] : null;
  return looksLikeSubject(p, j + 1, b) || (commas === 0 && b - (j + 1) <= 3) ? [j + 1, b] : null;
}

/** A run of words before a verb that can be its subject (a name, a title, an institution). */
function looksLikeSubject(p: Para, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = p.toks[k];
    if (!isWord(t)) return false;
    if (lexicon().ar.notSubject.has(t.norm)) return false;
  }
  // At least one word that names a source, or a headline-style name at the paragraph's start.
  for (let k = a; k < b; k++) if (sourceClass(p.toks[k])) return true;
  return b - a <= 2 && a === 0;
}

/** بحسب X، … / …، وفقاً لـX / نقلاً عن X / على لسان X. */
function parsePrep(p: Para, m: CueMatch): FoundStatement | null {
  const toks = p.toks;
  let a = m.to;
  // وفق ما أعلن X / بحسب ما ذكرت X: the verb after ما is part of the cue.
  let cueB = m.to;
  if (isWord(toks[a]) && lexicon().ar.maAfterPreposition.has(toks[a].norm)) {
    const inner = cueAt(p, a + 1);
    if (inner) {
      a = inner.to;
      cueB = inner.to;
    }
  } else if (m.entry.rest.length && m.entry.rest[m.entry.rest.length - 1] === "ما") {
    const inner = cueAt(p, a);
    if (inner) {
      a = inner.to;
      cueB = inner.to;
    }
  }
  const sentEnd = sentenceEndTok(p, m.from);
  // حسبما أفادت به مصادر: the verb's pronoun object is not the source.
  if (a > m.from && isWord(toks[a]) && lexicon().ar.biPronoun.has(toks[a].norm)) cueB = ++a;
  let b = arSourceNP(p, a, sentEnd);
  // وفقاً لوزارة الداخلية: after the preposition لـ an institution is the source, not an addressee.
  if (b === a && isWord(toks[a]) && toks[a].ar && toks[a].norm.startsWith("ل") && toks[a].norm.length > 3 && isAddressee(toks[a]) && !grammarOf(toks[a])?.has(Gr.addressee)) b = Math.max(a + 1, arSourceNP(p, a + 1, sentEnd));
  if (b <= a) return null;
  // The source may start inside the token after لـ (وفقاً للبيان).
  const s = sentenceStartTok(p, m.from);
  let k = m.from - 1;
  while (k >= s && (isPunct(toks[k], COMMA) || (isWord(toks[k]) && toks[k].norm === "و"))) k--;
  // وجاء على لسان X أن …: a light verb before the cue opens no clause of its own.
  const lightVerb = k === s && isWord(toks[k]) && hasWithClitic(lexicon().ar.lightVerbs, toks[k].norm);
  const atStart = k < s || isPunct(toks[k], ":") || lightVerb;
  const r = new FoundStatement(m.from, cueB, a, b, 0, 0, m.from, b, sentOf(p, m.from), null, "ar");
  // وفقاً لوزارة الصحة: the source starts after the لـ the preposition governs.
  r.sourceAfterClitic = a === cueB && toks[a].ar && toks[a].norm.startsWith("ل") && isWord(toks[cueB - 1]) && hasWithClitic(lexicon().ar.lamPrepositions, toks[cueB - 1].norm);
  if (atStart) {
    // The clause follows: بحسب المصدر، فإن …
    let c = b;
    while (c < sentEnd && (isPunct(toks[c], COMMA) || (isWord(toks[c]) && lexicon().ar.faInna.has(toks[c].norm)))) c++;
    if (c >= sentEnd) return null;
    r.contentTok = c;
    r.contentStart = arComp(toks[c]) === 1 && toks[c + 1] ? toks[c + 1].s : toks[c].s;
    return r;
  }
  // The clause precedes: …، وفقاً لـX.
  let c = s;
  if (isWord(toks[c]) && toks[c].norm === "و") c++;
  if (c > k) return null;
  r.contentTok = c;
  r.contentStart = toks[c].s;
  r.contentEnd = toks[k].e;
  r.contentFixed = true;
  r.clauseBefore = true;
  r.firstTok = c;
  return r;
}

