// Sentences of a paragraph, as runs of its tokens. A full stop after an abbreviation
// (Mr., Gen., U.S.) ends none, and inside a paired quotation no sentence ends.
import { lexicon } from "../lexicon";
import { lazy } from "../perf/lazy";
import { CLOSES, NUM, OPENS, PUNCT, QUOTE, WORD, type Tok } from "./token";
import { inList } from "../lexicon/lookup";
import { isDigit } from "./chars";
import { HIT_CUE } from "../perf/hit-table";

/** The longest abbreviation: a longer word before a full stop never needs its key built. */
const abbreviationMax = lazy(() => Math.max(...[...lexicon().en.abbreviations].map((a) => a.length)));

/**
 * Whether the full stop at k sits inside Arabic initials — (د.ب.أ)، (أ.ف.ب) — with a one-letter
 * word glued before it and a word of at most two letters glued after it: it ends no sentence.
 */
export function arInitialsStop(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return !!prev && prev.kind === WORD && prev.ar && prev.e === toks[k].s && prev.e - prev.s === 1 && !!next && next.kind === WORD && next.ar && next.s === toks[k].e && next.e - next.s <= 2;
}

/**
 * Whether the full stop at k follows an Arabic title abbreviated to one letter, after a word and before
 * an Arabic word, with a space or none: قال م. سامي، رئيس البلدية د.حاتم (not 2015 م., after a number).
 */
export function arTitleStop(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return !!prev && prev.kind === WORD && prev.ar && prev.e === toks[k].s && prev.e - prev.s === 1 && toks[k - 2]?.kind === WORD && !!next && next.kind === WORD && next.ar;
}

/** Capitalised words a speaker's name may take before its verb (Mr. Tom Ruiz). */
const ATTRIBUTION_NAME = 4;

/**
 * Whether the tokens from k are a capitalised name of a few words (a dot of Mr. among them) and a
 * word that may be a reporting verb, then a full stop: '… Ruiz asked.', '… Mr. Ruiz said.' (not '… He
 * said, twice, that …': a new sentence).
 */
function attributionAt(toks: readonly Tok[], k: number): boolean {
  let j = k;
  while (j < toks.length && j - k < ATTRIBUTION_NAME && ((toks[j].kind === WORD && toks[j].cap) || (toks[j].kind === PUNCT && toks[j].norm === "."))) j++;
  const verb = toks[j];
  const end = toks[j + 1];
  return j > k && !!verb && verb.kind === WORD && !verb.cap && (verb.hits & HIT_CUE) !== 0 && (!end || (end.kind === PUNCT && end.norm === "."));
}

/**
 * Splits a paragraph's tokens into sentences. Inside a paired quotation no sentence ends.
 * Sentences are runs of tokens in order: starts/ends receive each one's token range (a
 * sentence with no token of its own, at the very end, starts and ends after the last
 * token); starts increase strictly, so a token's sentence is found by search (sentOf).
 */
export function splitSentences(toks: Tok[], depthAt: number[], starts: number[], ends: number[]): void {
  starts.push(0);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind !== PUNCT) continue;
    if (depthAt[k] > 0) {
      // '…moved away." He said …': a quotation closing on a full stop ends the sentence
      // when a new sentence (a capital or another quotation) starts right after it.
      const c = toks[k + 1];
      const after = toks[k + 2];
      // ('"Is it over?" Ruiz asked.': a name and a reporting verb closing the sentence are its attribution.)
      if (depthAt[k] === 1 && (t.norm === "." || t.norm === "!" || t.norm === "?") && c && c.kind === QUOTE && c.quoteRole === CLOSES && after && ((after.kind === WORD && after.cap && !after.ar && !attributionAt(toks, k + 2)) || (after.kind === QUOTE && after.quoteRole === OPENS))) {
        k++;
        ends.push(k + 1);
        starts.push(k + 1);
      }
      continue;
    }
    const ch = t.norm;
    if (ch === "." || ch === "!" || ch === "?" || ch === "؟" || ch === "…" || ch === "۔") {
      if (ch === ".") {
        const prev = toks[k - 1];
        const next = toks[k + 1];
        // Mr. Smith, U.S. officials, J. Smith: abbreviations and initials do not end a sentence.
        // (Abbreviations are short: a longer word before a full stop never needs its key built.)
        if (prev && prev.kind === WORD && prev.e === t.s && !prev.ar && prev.e - prev.s <= abbreviationMax() && (inList(prev, lexicon().en.abbreviations) || (prev.norm.length === 1 && prev.cap))) continue;
        // No. 10, Nos. 3 and 4: only before a number (… would vote no. Aides said …).
        if (prev && prev.kind === WORD && prev.e === t.s && !prev.ar && next && (next.kind === NUM || isDigit(next.norm.charCodeAt(0))) && inList(prev, lexicon().en.numberAbbreviations)) continue;
        if (next && next.kind === PUNCT && next.norm === "." ) continue; // "..." ends at its last dot
        if (next && next.kind === WORD && !next.ar && next.s === t.e) continue; // U.S, e.g.
        if (next && next.kind === PUNCT && next.norm === "-" && next.s === t.e && !prev?.ar) continue; // Wash.-based
        if (arInitialsStop(toks, k)) continue; // (د.ب.أ)
        // م. سامي، د.هالة: an Arabic title abbreviated to one letter, after a word and before the name (not 2015 م.).
        if (arTitleStop(toks, k)) continue;
        // Everett, Wash., recently — but Arabic copy ends sentences with "., " (2016., واتهم).
        if (next && next.kind === PUNCT && (next.norm === "," || next.norm === ";") && prev && prev.kind === WORD && !prev.ar) continue;
        // Sen. Smith (R-Ga.) said: a party tag's abbreviation inside parentheses.
        if (next && next.kind === PUNCT && next.norm === ")" && toks[k + 2] && ((toks[k + 2].kind === WORD && !toks[k + 2].cap && !toks[k + 2].ar) || (toks[k + 2].kind === PUNCT && toks[k + 2].norm === ","))) continue;
      }
      // A closing quote right after the full stop belongs to this sentence.
      let j = k + 1;
      while (j < toks.length && toks[j].kind === QUOTE && toks[j].quoteRole === CLOSES) j++;
      k = j - 1;
      ends.push(j);
      starts.push(j);
    }
  }
  ends.push(toks.length);
}

