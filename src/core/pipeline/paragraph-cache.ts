// The paragraph cache an editor passes to analyze(): the reading of every paragraph of
// the last version of the document, by the paragraph's text, so a keystroke reads one
// paragraph again and reuses the others as they are (their offsets are relative).
import type { ParagraphReading } from "./read-paragraph";

/**
 * Per-paragraph results an editor keeps between analyses of one document.
 * After each analysis it holds exactly the paragraphs of the text analysed.
 */
export interface ParagraphCache {
  map: Map<string, ParagraphReading>;
  seen: Set<string>;
  /** The lexicon the readings were made with (its id): another lexicon reads every paragraph again. */
  lexiconId: number;
}

export function createParagraphCache(): ParagraphCache {
  return { map: new Map(), seen: new Set(), lexiconId: -1 };
}

/** Empties the cache when its readings were made with another lexicon. */
export function useCacheFor(cache: ParagraphCache, lexiconId: number): void {
  if (cache.lexiconId === lexiconId) return;
  cache.map.clear();
  cache.seen.clear();
  cache.lexiconId = lexiconId;
}

/** The kept reading of a paragraph with this text, if it was read with the same next-paragraph flag. */
export function cachedReading(cache: ParagraphCache, key: string, nextOpens: boolean): ParagraphReading | undefined {
  cache.seen.add(key);
  const r = cache.map.get(key);
  return r && r.nextOpens === nextOpens ? r : undefined;
}

export function keepReading(cache: ParagraphCache, key: string, reading: ParagraphReading): void {
  cache.map.set(key, reading);
}

/** Forgets the paragraphs the last analysis did not meet. */
export function pruneCache(cache: ParagraphCache): void {
  for (const k of cache.map.keys()) if (!cache.seen.has(k)) cache.map.delete(k);
  cache.seen.clear();
}
