// States and the names that stand for their governments as speakers (ar-states.tsv): موسكو،
// روسيا and الحكومة الروسية are one source. Keys are the words as a mention's `words` hold them
// (speakers/word-keys.ts key: normalised, article, ة and plural endings dropped).
import { key } from "../speakers/word-keys";
import { normWord } from "../text/chars";
import states from "./ar-states.tsv";
import { cellWords, readRows, type LoadedRow } from "./rows";

export interface StateNames {
  /** A name's word keys joined by spaces (انقر، ولايات متحد) → the state's number. */
  names: Map<string, number>;
  /** A nisba adjective's key (تركي، امريكي) → the state's number. */
  adjectives: Map<string, number>;
}

export function loadStates(log: LoadedRow[]): StateNames {
  const out: StateNames = { names: new Map(), adjectives: new Map() };
  readRows("ar-states.tsv", states, log).forEach((r, i) => {
    const [names, adjectives] = r.cells;
    for (const n of names.split("/")) {
      const k = n.trim().split(/\s+/).filter(Boolean).map((w) => key(normWord(w))).join(" ");
      if (k) out.names.set(k, i);
    }
    // (Keyed with the article, as a mention has it: الألمانية → الماني, not ماني.)
    for (const a of cellWords(adjectives)) out.adjectives.set(key(normWord("ال" + a)), i);
  });
  return out;
}
