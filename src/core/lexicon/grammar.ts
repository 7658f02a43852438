// Arabic function words the statement parser needs (ar-grammar.tsv), by class.
import { normWord } from "../text/chars";
import arGrammar from "./ar-grammar.tsv";
import { Flags, Gr, flagNamed, type GrammarClasses } from "./flags";
import { cellWords, readRows, type LoadedRow } from "./rows";
import type { WordList } from "./word-lists";

/** Normalised word → its classes; a complementiser also with each attached pronoun (compPron). */
export function loadGrammar(log: LoadedRow[], complementiserPronouns: WordList): Map<string, GrammarClasses> {
  const grammar = new Map<string, GrammarClasses>();
  const add = (w: string, cls: Gr) => {
    let set = grammar.get(w);
    if (!set) grammar.set(w, (set = new Flags<Gr>()));
    set.add(cls);
  };
  for (const r of readRows("ar-grammar.tsv", arGrammar, log)) {
    const [formsCell, clsCell] = r.cells;
    const cls = flagNamed<Gr>(Gr, clsCell, `ar-grammar.tsv (${r.example})`);
    for (const f of cellWords(formsCell)) {
      const n = normWord(f);
      add(n, cls);
      if (cls === Gr.comp) for (const suf of complementiserPronouns) add(n + suf, Gr.compPron);
    }
  }
  return grammar;
}
