// The word-hash table the scanner asks once per word (see perf/hit-table.ts): which
// words may start a cue or anchor an anonymity phrase, and which are grammar words.
import { hashNorm } from "../text/chars";
import { G_ANY, G_COMP, G_COMP_PRON, G_SHIFT, HIT_ANON, HIT_CUE, HIT_CUE_NEXT, HitTable } from "../perf/hit-table";
import type { CueMap } from "./cues";
import { Gr, type GrammarClasses } from "./flags";
import type { WordList } from "./word-lists";

export function buildHits(cues: CueMap, anonAnchors: Iterable<string>, grammar: Map<string, GrammarClasses>, commonCueFirst: WordList): HitTable {
  const hitMap = new Map<number, number>();
  // A flag is raised for the word as written and after a clitic و/ف.
  const flag = (w: string, f: number) => {
    for (const v of [w, "و" + w, "ف" + w]) {
      const h = hashNorm(v);
      hitMap.set(h, (hitMap.get(h) ?? 0) | f);
    }
  };
  // A multi-word cue that opens with a common word (على لسان، كما قال، in the words of)
  // is flagged on its second word instead: the cue is then looked for one token back.
  for (const [k, list] of cues) {
    const common = commonCueFirst.has(k);
    for (const e of list) {
      if (common && e.rest.length) flag(e.rest[0], HIT_CUE_NEXT);
      else flag(k, HIT_CUE);
    }
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
