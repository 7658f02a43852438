// Source nouns (ar-sources.tsv, en-sources.tsv): the words that head or describe
// a source mention, with their class.
import { normWord } from "../text/chars";
import arSources from "./ar-sources.tsv";
import enSources from "./en-sources.tsv";
import { cellWords, readRows, type ExtraRows, type LoadedRow } from "./rows";

export type SourceClass = "anon" | "title" | "org" | "orgname" | "group" | "place" | "informed" | "descriptor" | "data" | "part";

export interface SourceEntry {
  cls: SourceClass;
  /** The first form of its row, without the article (مصادر → مصدر). */
  lemma: string;
}

/** Normalised form → its class and lemma, with and without the Arabic article. */
export function loadSources(log: LoadedRow[], extra: ExtraRows = {}): Map<string, SourceEntry> {
  const sources = new Map<string, SourceEntry>();
  for (const [file, text] of [
    ["ar-sources.tsv", arSources],
    ["en-sources.tsv", enSources],
  ] as const) {
    for (const r of readRows(file, text, log, extra)) {
      const [formsCell, cls] = r.cells;
      const forms = cellWords(formsCell);
      const strip = (n: string) => (n.startsWith("ال") && n.length > 3 ? n.slice(2) : n);
      const lemma = strip(normWord(forms[0]));
      for (const f of forms) {
        const n = normWord(f);
        const v = { cls: cls as SourceClass, lemma: cls === "place" ? strip(n) : lemma };
        if (!sources.has(n)) sources.set(n, v);
        // The Arabic article is part of many entries' spelling; index both with and without it.
        // (Not a place's: الرياض، القاهرة always take it, رياض الحسن is a man.)
        if (strip(n) !== n && cls !== "place" && !sources.has(strip(n))) sources.set(strip(n), v);
      }
    }
  }
  return sources;
}
