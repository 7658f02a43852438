// Reads a lexicon data file: one entry per line, tab-separated cells, the last cell
// the entry's example (or comment); blank lines and lines starting with # are skipped.

export interface Row {
  cells: string[];
  example: string;
}

/** Every row of every file as loaded, for the tests that run each example through analyze(). */
export interface LoadedRow {
  file: string;
  cells: string[];
  example: string;
}

/**
 * Rows a house lexicon (.isnad.json, lexicon/house.ts) adds to a data file, written in
 * the file's own columns: they are read exactly as the file's rows are.
 */
export type ExtraRows = Partial<Record<string, string>>;

export function readRows(file: string, text: string, log: LoadedRow[], extra?: ExtraRows): Row[] {
  const rows: Row[] = [];
  const more = extra?.[file];
  for (const raw of (more ? text + "\n" + more : text).split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith("#")) continue;
    const cells = raw.split("\t").map((c) => c.trim());
    const example = cells[cells.length - 1];
    rows.push({ cells: cells.slice(0, -1), example });
    log.push({ file, cells: cells.slice(0, -1), example });
  }
  return rows;
}

/** The words of a space-separated cell; "-" or an empty cell has none. */
export const cellWords = (cell: string): string[] => (cell && cell !== "-" ? cell.split(/\s+/).filter(Boolean) : []);
