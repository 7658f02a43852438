// The word-hash table the scanner asks once per word (see perf/hit-table.ts): which
// words may start a cue or anchor an anonymity phrase, and which are grammar words.
import { hashNorm } from "../text/chars";
import { G_ANY, G_COMP, G_COMP_PRON, G_SHIFT, HIT_ANON, HIT_CUE, HIT_CUE_NEXT, HitTable } from "../perf/hit-table";
import type { CueMap } from "./cues";
import { Gr, type GrammarClasses } from "./flags";
import type { WordList } from "./word-lists";

export function buildHits(cues: CueMap, anonAnchors: Iterable<string>, grammar: Map<string, GrammarClasses>, commonCueFirst: WordList): HitTable {
  const hitMap = new Map<number, number>();
  const raise = (h: number, f: number) => hitMap.set(h, (hitMap.get(h) ?? 0) | f);
  // A flag is raised for the word as written and after a clitic و/ف.
  const flag = (w: string, f: number) => {
    raise(hashNorm(w), f);
    raise(hashNorm("و" + w), f);
    raise(hashNorm("ف" + w), f);
  };
  // A multi-word cue that opens with a common word (على لسان، كما قال، in the words of)
  // is flagged on its second word instead: the cue is then looked for one token back.
  // Each word is flagged once however many entries share it (a verb's forms are many
  // entries under few first words; the lexicon is built in every process that analyses).
  for (const [k, list] of cues) {
    const common = commonCueFirst.has(k);
    let cue = false;
    const next = new Set<string>();
    for (const e of list) {
      if (common && e.rest.length) next.add(e.rest[0]);
      else cue = true;
    }
    if (cue) flag(k, HIT_CUE);
    for (const w of next) flag(w, HIT_CUE_NEXT);
  }
  for (const k of anonAnchors) flag(k, HIT_ANON);
  // Grammar words (exact spellings, as the parsers look them up). Words without these
  // bits are never normalised by the parsers' grammar checks.
  for (const [w, classes] of grammar) {
    const h = hashNorm(w);
    const f = (G_ANY | (classes.has(Gr.comp) ? G_COMP : 0) | (classes.has(Gr.compPron) ? G_COMP_PRON : 0)) << G_SHIFT;
    hitMap.set(h, (hitMap.get(h) ?? 0) | f);
  }
  return new HitTable(hitMap);
}
