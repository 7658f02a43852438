// The workspace index: one compact ArticleSummary per article (a few numbers
// per statement and speaker, never a whole Analysis), from disk or, while the
// article is open, from the editor's live text, which always wins. Speakers
// across articles, workspace symbols and the sourcing report are computed from
// it (src/core/report), cached until the index changes.
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  computeReport,
  nameWords,
  selectStatements,
  speakerRows,
  type ArticleSummary,
  type ReportFilter,
  type SelectedStatement,
  type SourcingReport,
  type SpeakerRow,
  type SpeakerSummary,
  type StatementRef,
} from "../core/report";

export type Scope = { kind: "workspace" } | { kind: "folder"; uri: string } | { kind: "file"; uri: string };

export interface IndexEntry {
  uri: string;
  /** null: the article is known but not analysed (too large, language turned off, unreadable). */
  summary: ArticleSummary | null;
  /** From an open editor (live text) rather than from disk. */
  live: boolean;
  /** In a workspace folder and matched by the include/exclude settings. */
  inWorkspace: boolean;
}

export interface Occurrence {
  uri: string;
  speaker: SpeakerSummary;
  statements: StatementRef[];
}

export interface SymbolHit {
  uri: string;
  name: string;
  speaker: SpeakerSummary;
  statements: number;
}

/**
 * One spelling per file: VS Code and Node percent-encode file URIs a little
 * differently, and the same article must not be indexed twice.
 */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith("file:")) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

const under = (uri: string, folder: string) => uri.startsWith(folder.endsWith("/") ? folder : `${folder}/`);

export class WorkspaceIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private gen = 0;
  private speakerCache: { gen: number; rows: SpeakerRow[] } | null = null;
  private readonly reportCache = new Map<string, { gen: number; report: SourcingReport }>();

  /** Changes with every update, so callers can cache what they derive. */
  get generation(): number {
    return this.gen;
  }

  get size(): number {
    return this.entries.size;
  }

  get(uri: string): IndexEntry | undefined {
    return this.entries.get(canonicalUri(uri));
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  private changed(): void {
    this.gen++;
  }

  /** Disk content; ignored (false) while the article is open in an editor. */
  setDisk(uri: string, summary: ArticleSummary | null, inWorkspace = true): boolean {
    uri = canonicalUri(uri);
    const cur = this.entries.get(uri);
    if (cur?.live) return false;
    this.entries.set(uri, { uri, summary: summary && { ...summary, file: uri }, live: false, inWorkspace });
    this.changed();
    return true;
  }

  /** The live text of an open editor (null: open but not analysed). */
  setLive(uri: string, summary: ArticleSummary | null, inWorkspace: boolean): void {
    uri = canonicalUri(uri);
    this.entries.set(uri, { uri, summary: summary && { ...summary, file: uri }, live: true, inWorkspace });
    this.changed();
  }

  /** The editor closed: the entry goes until disk content replaces it. */
  closeLive(uri: string): void {
    uri = canonicalUri(uri);
    if (this.entries.get(uri)?.live) this.delete(uri);
  }

  isLive(uri: string): boolean {
    return !!this.entries.get(canonicalUri(uri))?.live;
  }

  delete(uri: string): boolean {
    const ok = this.entries.delete(canonicalUri(uri));
    if (ok) this.changed();
    return ok;
  }

  /** A deleted folder: every disk entry under it (open editors keep theirs). */
  deleteUnder(folder: string): number {
    folder = canonicalUri(folder);
    let n = 0;
    for (const [uri, e] of this.entries) {
      if (!e.live && under(uri, folder)) {
        this.entries.delete(uri);
        n++;
      }
    }
    if (n) this.changed();
    return n;
  }

  /** A renamed file or folder: its entries move, with no new analysis. */
  rename(from: string, to: string): number {
    from = canonicalUri(from);
    to = canonicalUri(to);
    const moves: [string, string][] = [];
    for (const uri of this.entries.keys()) {
      if (uri === from) moves.push([uri, to]);
      else if (under(uri, from)) moves.push([uri, to.replace(/\/$/, "") + uri.slice(from.replace(/\/$/, "").length)]);
    }
    for (const [a, b] of moves) {
      const e = this.entries.get(a)!;
      this.entries.delete(a);
      this.entries.set(b, { ...e, uri: b, summary: e.summary && { ...e.summary, file: b } });
    }
    if (moves.length) this.changed();
    return moves.length;
  }

  /** The analysed articles of a scope, in URI order. */
  articles(scope: Scope): ArticleSummary[] {
    const out: ArticleSummary[] = [];
    if (scope.kind === "file") {
      const e = this.entries.get(canonicalUri(scope.uri));
      if (e?.summary) out.push(e.summary);
      return out;
    }
    const folder = scope.kind === "folder" ? canonicalUri(scope.uri) : null;
    for (const e of this.entries.values()) {
      if (!e.summary || !e.inWorkspace) continue;
      if (folder !== null && !under(e.uri, folder)) continue;
      out.push(e.summary);
    }
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  /** The report of a scope, cached until the index changes (a panel refresh costs nothing then). */
  report(scope: Scope): SourcingReport {
    const key = scope.kind === "workspace" ? "workspace" : `${scope.kind}:${canonicalUri(scope.uri)}`;
    const hit = this.reportCache.get(key);
    if (hit?.gen === this.gen) return hit.report;
    const report = computeReport(this.articles(scope));
    if (this.reportCache.size >= 8) this.reportCache.clear();
    this.reportCache.set(key, { gen: this.gen, report });
    return report;
  }

  select(scope: Scope, filter: ReportFilter, limit: number): { total: number; items: SelectedStatement[] } {
    return selectStatements(this.articles(scope), filter, limit);
  }

  /** Speakers across the workspace, one per normalised name (cached per generation). */
  speakers(): SpeakerRow[] {
    if (this.speakerCache?.gen !== this.gen) this.speakerCache = { gen: this.gen, rows: speakerRows(this.articles({ kind: "workspace" })) };
    return this.speakerCache.rows;
  }

  /** Where a speaker (SpeakerRow.key) is quoted: per article, its statements. */
  occurrences(key: string): Occurrence[] {
    const out: Occurrence[] = [];
    for (const a of this.articles({ kind: "workspace" })) {
      a.speakers.forEach((sp, i) => {
        if (sp.key !== key) return;
        out.push({ uri: a.file, speaker: sp, statements: a.statements.filter((st) => st.speaker === i) });
      });
    }
    return out;
  }

  /**
   * Speakers whose name contains every word of the query, compared as the core
   * compares words (so احمد finds أحمد); one hit per article, most quoted first.
   */
  symbols(query: string, limit: number): SymbolHit[] {
    const words = nameWords(query);
    const hits: SymbolHit[] = [];
    for (const a of this.articles({ kind: "workspace" })) {
      const counts = new Map<number, number>();
      for (const st of a.statements) if (st.speaker >= 0) counts.set(st.speaker, (counts.get(st.speaker) ?? 0) + 1);
      a.speakers.forEach((sp, i) => {
        const key = sp.key.slice(sp.key.indexOf(":") + 1);
        if (words.every((w) => key.includes(w))) hits.push({ uri: a.file, name: sp.name, speaker: sp, statements: counts.get(i) ?? 0 });
      });
    }
    hits.sort((x, y) => y.statements - x.statements || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    return hits.slice(0, limit);
  }
}
