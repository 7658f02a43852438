// The workspace side of the server: finds every article in the workspace
// folders (isnad.workspace.include/exclude and files.exclude), indexes them in
// the background with work-done progress, keeps the index current from file
// watchers (registered dynamically), renames and folder changes, lets an open
// editor's live text win over disk, and answers the workspace requests: the
// "Sources in workspace" tree, workspace symbols and the sourcing report.
//
// Typing comes first: files are analysed one at a time in a worker thread of
// their own, and no new file is started while the user is typing (until
// `quietMs` after the last edit), so the analysis of a keystroke never shares
// the CPU with the index.
import { opendir, readFile } from "node:fs/promises";
import { extname, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  SymbolKind,
  WatchKind,
  type Connection,
  type Disposable,
  type FileSystemWatcher,
  type InitializeParams,
  type ServerCapabilities,
  type TextDocuments,
  type WorkDoneProgressServerReporter,
  type WorkspaceSymbol,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { summarize } from "../core/report";
import type { Analysis, SpeakerKind } from "../core/types";
import {
  IndexStatusNotification,
  ReportAnalysesRequest,
  ReportRequest,
  ReportStatementsRequest,
  WorkspaceSpeakerRequest,
  WorkspaceSpeakersRequest,
  type IndexStatusParams,
  type ReportAnalysesResult,
  type ReportResult,
  type ReportScope,
  type ReportStatementsResult,
  type WorkspaceSpeakerResult,
  type WorkspaceSpeakersResult,
} from "../shared/protocol";
import { toRange } from "./convert";
import { shorten } from "../shared/labels";
import { GlobSet, enabledPatterns } from "./glob";
import { describeError, guard, type Logger } from "./guard";
import { IndexRunner, type IndexJob } from "./indexWorker";
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, normalizeSettings, type LangSetting } from "./settings";
import { WorkspaceIndex, canonicalUri, type Scope } from "./workspaceIndex";

/** No new file is indexed until the editor has been quiet this long. */
export const DEFAULT_QUIET_MS = 300;
/** Items a drill-down or a tree node lists at most. */
const MAX_ITEMS = 500;
const MAX_TREE_SPEAKERS = 5_000;
const STATUS_EVERY_MS = 400;

export interface WorkspaceSettings {
  index: boolean;
  include: string[];
  exclude: string[];
  maxFiles: number;
  languages: LangSetting[];
  maxDocumentSize: number;
}

/** The `isnad` section as sent by the client, normalised (anything invalid falls back to the default). */
export function normalizeWorkspaceSettings(raw: unknown): WorkspaceSettings {
  const s = normalizeSettings(raw);
  return { ...s.workspace, languages: s.languages, maxDocumentSize: s.maxDocumentSize };
}

interface Folder {
  uri: string;
  path: string;
  exclude: GlobSet;
}

export interface WorkspaceOptions {
  workerScript?: string;
  quietMs?: number;
  /** The live analysis of an open document (null when it is not analysed), from the server's store. */
  analyseOpen: (clientUri: string) => Promise<Analysis | null>;
  /** Every batch of watched-file events, before the index sees it (the house lexicon's watcher shares the one handler). */
  fileEvents?: (changes: { uri: string; type: FileChangeType }[]) => void;
  /** Workspace folders changed: the folder URIs now. */
  foldersChanged?: (uris: string[]) => void;
  /** The house lexicon's text for an article (file URI), none for the built-ins (house.ts). */
  houseTextFor?: (uri: string) => string | undefined;
}

const KIND: Record<SpeakerKind, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Namespace,
  anonymous: SymbolKind.Key,
  group: SymbolKind.Array,
  unknown: SymbolKind.Null,
};

const isMarkdownPath = (p: string) => /^\.(md|markdown)$/i.test(extname(p));

export class WorkspaceFeature {
  readonly index = new WorkspaceIndex();
  private readonly runner: IndexRunner;
  private settings: WorkspaceSettings = normalizeWorkspaceSettings(undefined);
  private include = new GlobSet(DEFAULT_INCLUDE);
  private exclude = new GlobSet(DEFAULT_EXCLUDE);
  private folders: Folder[] = [];
  /** Workspace article files: canonical URI → path. */
  private readonly known = new Map<string, string>();
  /** Files waiting to be (re)read, in order. */
  private readonly pending = new Map<string, string>();
  /** Open editors: canonical URI → the client's URI. */
  private readonly open = new Map<string, string>();
  private canPull = false;
  private canWatch = false;
  private canResolveSymbols = false;
  private watchers: Disposable | null = null;
  private watched = "";
  /** Set when every known file must be read again (languages or size limit changed). */
  private stale = false;
  private lastEdit = 0;
  private quietMs: number;
  private locale: "en" | "ar" = "en";
  private pumping = false;
  private inFlight = false;
  private scanning = 0;
  private done = 0;
  private progress: WorkDoneProgressServerReporter | null = null;
  private lastStatus = 0;
  private statusTimer: NodeJS.Timeout | null = null;
  private scanGen = 0;
  private warnedMax = false;
  private disposed = false;

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly options: WorkspaceOptions,
  ) {
    this.runner = new IndexRunner(log, { workerScript: options.workerScript });
    this.quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
  }

  // ---------------------------------------------------------------- lifecycle

  /** From onInitialize: what the client can do, and the capabilities to announce. */
  initialize(params: InitializeParams): ServerCapabilities {
    const caps = params.capabilities;
    this.canPull = !!caps.workspace?.configuration;
    this.canWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.canResolveSymbols = !!caps.workspace?.symbol?.resolveSupport?.properties?.includes("location.range");
    this.locale = typeof params.locale === "string" && params.locale.toLowerCase().startsWith("ar") ? "ar" : "en";
    const init = params.initializationOptions as { settings?: unknown; indexQuietMs?: unknown } | undefined;
    if (init?.settings !== undefined) this.applySettings(init.settings);
    // For measuring: how long indexing waits after a keystroke.
    if (typeof init?.indexQuietMs === "number" && init.indexQuietMs >= 0) this.quietMs = init.indexQuietMs;
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: "" }] : []);
    this.folders = folders.flatMap((f) => this.folderOf(f.uri));
    return {
      workspaceSymbolProvider: { resolveProvider: true },
      workspace: {
        workspaceFolders: { supported: true, changeNotifications: true },
        fileOperations: { didRename: { filters: [{ scheme: "file", pattern: { glob: "**/*" } }] } },
      },
    };
  }

  /** From onInitialized: settings, watchers, the first scan. */
  initialized(): void {
    this.registerHandlers();
    void this.reconfigure();
  }

  /** The `isnad` section changed (raw: what didChangeConfiguration carried, if anything). */
  configurationChanged(raw: unknown): void {
    if (raw !== undefined && raw !== null) this.applySettings(raw);
    void this.reconfigure();
  }

  /** The house lexicon changed: every article is read again with it. */
  lexiconChanged(): void {
    this.stale = true;
    void this.rescan();
  }

  /** A keystroke in an open editor: background work waits for a pause. */
  noteEdit(): void {
    this.lastEdit = Date.now();
  }

  /** The server analysed an open document (null: it is open but not analysed). */
  live(clientUri: string, analysis: Analysis | null): void {
    const uri = canonicalUri(clientUri);
    this.open.set(uri, clientUri);
    // No status notification: the client refreshes its views once typing pauses (analysisChanged).
    this.index.setLive(uri, analysis ? summarize(analysis, uri) : null, this.inWorkspace(uri));
  }

  /** An editor closed: the article goes back to its disk content. */
  closed(clientUri: string): void {
    const uri = canonicalUri(clientUri);
    this.open.delete(uri);
    this.index.closeLive(uri);
    const path = this.known.get(uri);
    if (path) this.enqueue(uri, path);
    this.statusSoon();
  }

  dispose(): void {
    this.disposed = true;
    this.runner.dispose();
    this.watchers?.dispose();
    this.progress?.done();
    if (this.statusTimer) clearTimeout(this.statusTimer);
  }

  // ---------------------------------------------------------------- settings and scanning

  private applySettings(raw: unknown): void {
    const before = this.settings;
    this.settings = normalizeWorkspaceSettings(raw);
    this.include = new GlobSet(this.settings.include);
    this.exclude = new GlobSet(this.settings.exclude);
    // What a file's analysis depends on changed: every file is read again.
    if (before.maxDocumentSize !== this.settings.maxDocumentSize || before.languages.join() !== this.settings.languages.join()) this.stale = true;
  }

  private folderOf(uri: string): Folder[] {
    if (!uri.startsWith("file:")) return [];
    try {
      return [{ uri: canonicalUri(uri).replace(/\/$/, ""), path: fileURLToPath(uri), exclude: new GlobSet([]) }];
    } catch {
      return [];
    }
  }

  private async reconfigure(): Promise<void> {
    if (this.canPull) {
      try {
        const [isnad, ...excludes] = await this.connection.workspace.getConfiguration([
          { section: "isnad" },
          ...this.folders.map((f) => ({ scopeUri: f.uri, section: "files.exclude" })),
        ]);
        this.applySettings(isnad);
        this.folders.forEach((f, i) => (f.exclude = new GlobSet(enabledPatterns(excludes[i]))));
      } catch (e) {
        this.log.error(`isnad: reading the workspace settings failed: ${describeError(e)}`);
      }
    }
    await this.registerWatchers();
    await this.rescan();
  }

  private async registerWatchers(): Promise<void> {
    const want = this.canWatch && this.settings.index ? this.settings.include.join("\n") : "";
    if (want === this.watched) return;
    this.watched = want;
    this.watchers?.dispose();
    this.watchers = null;
    if (!want) return;
    // Patterns are relative to a workspace folder; the client matches absolute paths, so anchor them anywhere.
    const anywhere = (p: string) => (p.startsWith("**/") ? p : `**/${p.replace(/^\.?\/+/, "")}`);
    const watchers: FileSystemWatcher[] = this.settings.include.map((p) => ({ globPattern: anywhere(p) }));
    // A deleted folder is reported as itself, not as the articles inside it.
    watchers.push({ globPattern: "**/*", kind: WatchKind.Delete });
    try {
      this.watchers = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (e) {
      this.log.error(`isnad: registering file watchers failed: ${describeError(e)}`);
    }
  }

  /** Path relative to its workspace folder, or null when outside every folder. */
  private locate(uri: string): { folder: Folder; rel: string } | null {
    if (!uri.startsWith("file:")) return null;
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return null;
    }
    for (const folder of this.folders) {
      const rel = relative(folder.path, path);
      if (rel && !rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel)) return { folder, rel: rel.split(sep).join("/") };
    }
    return null;
  }

  private excluded(folder: Folder, rel: string): boolean {
    return this.exclude.matches(rel) || folder.exclude.matches(rel);
  }

  /** Whether a file is a workspace article: in a folder, included, and neither it nor a parent folder excluded. */
  private inWorkspace(uri: string): boolean {
    if (!this.settings.index) return false;
    const at = this.locate(uri);
    if (!at || !this.include.matches(at.rel)) return false;
    const parts = at.rel.split("/");
    for (let i = 1; i <= parts.length; i++) if (this.excluded(at.folder, parts.slice(0, i).join("/"))) return false;
    return true;
  }

  private async rescan(): Promise<void> {
    const gen = ++this.scanGen;
    if (!this.settings.index) {
      this.pending.clear();
      for (const uri of this.known.keys()) if (!this.index.isLive(uri)) this.index.delete(uri);
      this.known.clear();
      this.sendStatus(true);
      return;
    }
    this.scanning++;
    this.sendStatus(true);
    const found = new Map<string, string>();
    try {
      for (const folder of this.folders) await this.walk(folder, folder.path, "", found, gen);
    } finally {
      this.scanning--;
    }
    if (gen !== this.scanGen) return; // a newer scan owns the result
    // Articles no longer in the workspace leave; new ones are indexed.
    for (const uri of this.known.keys()) {
      if (found.has(uri)) continue;
      this.known.delete(uri);
      this.pending.delete(uri);
      if (!this.index.isLive(uri)) this.index.delete(uri);
    }
    const all = this.stale;
    this.stale = false;
    for (const [uri, path] of found) {
      const isNew = !this.known.has(uri);
      this.known.set(uri, path);
      if (all || isNew || !this.index.get(uri)) this.enqueue(uri, path);
    }
    // Open editors may have moved in or out of the workspace (settings changed).
    for (const uri of this.open.keys()) {
      const e = this.index.get(uri);
      if (e?.live) this.index.setLive(uri, e.summary, this.inWorkspace(uri));
    }
    this.sendStatus(true);
    void this.pump();
  }

  private async walk(folder: Folder, dir: string, rel: string, found: Map<string, string>, gen: number): Promise<void> {
    let handle;
    try {
      handle = await opendir(dir);
    } catch (e) {
      this.log.error(`isnad: cannot list ${dir}: ${describeError(e)}`);
      return;
    }
    const subdirs: [string, string][] = [];
    for await (const d of handle) {
      if (gen !== this.scanGen || this.disposed) return;
      // Symbolic links are not followed: a link loop must not hang the scan.
      if (d.isSymbolicLink()) continue;
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (this.excluded(folder, r)) continue;
      const p = `${dir}${sep}${d.name}`;
      if (d.isDirectory()) subdirs.push([p, r]);
      else if (d.isFile() && this.include.matches(r)) {
        if (found.size >= this.settings.maxFiles) {
          if (!this.warnedMax) this.log.error(`isnad: more than ${this.settings.maxFiles} articles in the workspace; the rest are not indexed (setting isnad.workspace.maxFiles)`);
          this.warnedMax = true;
          return;
        }
        found.set(pathToFileURL(p).href, p);
      }
    }
    for (const [p, r] of subdirs) {
      if (found.size >= this.settings.maxFiles) return;
      await this.walk(folder, p, r, found, gen);
    }
  }

  // ---------------------------------------------------------------- indexing

  private enqueue(uri: string, path: string): void {
    // Re-queued at the end: the latest request for a file is the one that runs.
    this.pending.delete(uri);
    this.pending.set(uri, path);
    void this.pump();
  }

  private job(path: string): IndexJob {
    const houseText = this.options.houseTextFor?.(pathToFileURL(path).toString());
    return { path, markdown: isMarkdownPath(path), maxSize: this.settings.maxDocumentSize, languages: this.settings.languages, ...(houseText === undefined ? {} : { houseText }) };
  }

  private async whenQuiet(): Promise<void> {
    for (;;) {
      const wait = this.lastEdit + this.quietMs - Date.now();
      if (wait <= 0 || this.disposed) return;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  private async pump(): Promise<void> {
    if (this.pumping || this.disposed) return;
    this.pumping = true;
    this.done = 0;
    try {
      this.progress = await this.connection.window.createWorkDoneProgress().catch(() => null);
      this.progress?.begin(this.locale === "ar" ? "إسناد: فهرسة الأخبار" : "Isnad: indexing articles", 0, this.progressMessage(), false);
      while (this.pending.size && !this.disposed) {
        await this.whenQuiet();
        const next = this.pending.entries().next();
        if (next.done) break;
        const [uri, path] = next.value;
        this.pending.delete(uri);
        if (!this.index.isLive(uri)) {
          this.inFlight = true;
          const r = await this.runner.run(this.job(path)).finally(() => (this.inFlight = false));
          // Deleted, excluded or changed again meanwhile: the newer event decides.
          if (this.known.get(uri) === path && !this.pending.has(uri)) {
            if ("summary" in r) this.index.setDisk(uri, r.summary);
            else {
              this.index.setDisk(uri, null);
              if ("error" in r) this.log.error(`isnad: indexing ${path} failed: ${r.error}`);
            }
          }
        }
        this.done++;
        this.statusSoon();
      }
    } catch (e) {
      this.log.error(`isnad: indexing failed: ${describeError(e)}`);
    } finally {
      this.progress?.done();
      this.progress = null;
      this.pumping = false;
      this.sendStatus(true);
    }
  }

  private progressMessage(): string {
    const total = this.done + this.pending.size + (this.inFlight ? 1 : 0);
    return this.locale === "ar" ? `فُهرس ${this.done} من ${total} خبراً` : `${this.done}/${total} articles indexed`;
  }

  status(): IndexStatusParams {
    const state = !this.settings.index ? "off" : this.scanning > 0 ? "scanning" : this.pumping ? "indexing" : "idle";
    let articles = 0;
    for (const uri of this.index.uris()) {
      const e = this.index.get(uri);
      if (e?.summary && e.inWorkspace) articles++;
    }
    return { state, done: this.done, total: this.done + this.pending.size + (this.inFlight ? 1 : 0), articles };
  }

  private statusSoon(): void {
    const now = Date.now();
    if (now - this.lastStatus >= STATUS_EVERY_MS) this.sendStatus(false);
    else if (!this.statusTimer) {
      this.statusTimer = setTimeout(() => {
        this.statusTimer = null;
        this.sendStatus(false);
      }, STATUS_EVERY_MS);
    }
  }

  private sendStatus(force: boolean): void {
    if (this.disposed) return;
    const now = Date.now();
    if (!force && now - this.lastStatus < STATUS_EVERY_MS) return this.statusSoon();
    this.lastStatus = now;
    const s = this.status();
    if (this.progress && s.total > 0) this.progress.report(Math.floor((100 * s.done) / s.total), this.progressMessage());
    void this.connection.sendNotification(IndexStatusNotification, s).catch(() => undefined);
  }

  // ---------------------------------------------------------------- file events

  private onFileEvents(changes: { uri: string; type: FileChangeType }[]): void {
    for (const c of changes) {
      const uri = canonicalUri(c.uri);
      if (c.type === FileChangeType.Deleted) {
        this.known.delete(uri);
        this.pending.delete(uri);
        if (!this.index.isLive(uri)) this.index.delete(uri);
        // A folder: everything under it.
        const prefix = `${uri.replace(/\/$/, "")}/`;
        for (const k of [...this.known.keys()]) {
          if (!k.startsWith(prefix)) continue;
          this.known.delete(k);
          this.pending.delete(k);
        }
        this.index.deleteUnder(uri);
        continue;
      }
      if (!this.inWorkspace(uri)) continue;
      let path: string;
      try {
        path = fileURLToPath(uri);
      } catch {
        continue;
      }
      this.known.set(uri, path);
      // An open editor's text wins; its file is read again when it closes.
      if (!this.index.isLive(uri)) this.enqueue(uri, path);
    }
    this.statusSoon();
  }

  private onRename(files: { oldUri: string; newUri: string }[]): void {
    for (const f of files) {
      const from = canonicalUri(f.oldUri);
      const to = canonicalUri(f.newUri);
      this.index.rename(from, to);
      for (const [k, p] of [...this.known]) {
        if (k !== from && !k.startsWith(`${from}/`)) continue;
        this.known.delete(k);
        const nk = to + k.slice(from.length);
        let np = p;
        try {
          np = fileURLToPath(nk);
        } catch {
          // keep the old path; the watcher's events correct it
        }
        if (this.inWorkspace(nk)) this.known.set(nk, np);
        else if (!this.index.isLive(nk)) this.index.delete(nk);
      }
    }
    this.statusSoon();
  }

  // ---------------------------------------------------------------- requests

  private scopeOf(s: ReportScope | undefined): Scope {
    if (s?.kind === "folder" && typeof s.uri === "string") return { kind: "folder", uri: canonicalUri(s.uri) };
    if (s?.kind === "file" && typeof s.uri === "string") return { kind: "file", uri: canonicalUri(s.uri) };
    return { kind: "workspace" };
  }

  /** A single article the index does not hold yet: the open editor's analysis, or the file read now. */
  private async ensureFile(uri: string): Promise<string | undefined> {
    const e = this.index.get(uri);
    if (e && (e.summary || e.live)) return e.summary ? undefined : "not analysed";
    const client = this.open.get(uri) ?? this.documents.all().find((d) => canonicalUri(d.uri) === uri)?.uri;
    if (client) {
      const a = await this.options.analyseOpen(client);
      if (a) {
        this.live(client, a);
        return undefined;
      }
      return "not analysed (too large, or its language is turned off)";
    }
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return "not a file";
    }
    const r = await this.runner.run(this.job(path), true);
    if ("summary" in r) {
      this.index.setDisk(uri, r.summary, this.inWorkspace(uri));
      return undefined;
    }
    return "skipped" in r ? r.skipped : r.error;
  }

  /** The text of an article, for ranges and previews: the open editor's, or the file's. */
  private async textOf(uri: string, cache: Map<string, TextDocument | null>): Promise<TextDocument | null> {
    if (cache.has(uri)) return cache.get(uri)!;
    let doc: TextDocument | null = null;
    const client = this.open.get(uri);
    const open = client ? this.documents.get(client) : undefined;
    if (open) doc = open;
    else {
      try {
        const bytes = await readFile(fileURLToPath(uri));
        let text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        doc = TextDocument.create(uri, "plaintext", 0, text);
      } catch (e) {
        this.log.error(`isnad: reading ${uri} failed: ${describeError(e)}`);
      }
    }
    cache.set(uri, doc);
    return doc;
  }

  private registerHandlers(): void {
    const c = this.connection;
    c.onDidChangeWatchedFiles(
      guard(this.log, "didChangeWatchedFiles", undefined, (p) => {
        this.options.fileEvents?.(p.changes);
        this.onFileEvents(p.changes);
      }),
    );
    c.workspace.onDidRenameFiles(guard(this.log, "didRenameFiles", undefined, (p) => this.onRename(p.files)));
    try {
      c.workspace.onDidChangeWorkspaceFolders((e) => {
        this.folders = this.folders.filter((f) => !e.removed.some((r) => canonicalUri(r.uri).replace(/\/$/, "") === f.uri));
        for (const r of e.removed) this.index.deleteUnder(canonicalUri(r.uri));
        for (const a of e.added) this.folders.push(...this.folderOf(a.uri));
        this.options.foldersChanged?.(this.folders.map((f) => f.uri));
        void this.reconfigure();
      });
    } catch {
      // The client does not send folder changes.
    }

    c.onRequest(
      WorkspaceSpeakersRequest,
      guard(this.log, "isnad/workspaceSpeakers", null as unknown as WorkspaceSpeakersResult, () => {
        const rows = this.index.speakers();
        return {
          speakers: rows.slice(0, MAX_TREE_SPEAKERS).map((r) => ({
            key: r.key,
            name: r.name,
            kind: r.kind,
            gender: r.gender,
            ...(r.title ? { title: r.title } : {}),
            articles: r.articles,
            statements: r.statements,
          })),
          total: rows.length,
          status: this.status(),
        };
      }),
    );

    c.onRequest(
      WorkspaceSpeakerRequest,
      guard(this.log, "isnad/workspaceSpeaker", null as unknown as WorkspaceSpeakerResult, async (p) => {
        const occ = this.index.occurrences(String(p?.key ?? ""));
        const cache = new Map<string, TextDocument | null>();
        const articles = [];
        for (const o of occ.slice(0, MAX_ITEMS)) {
          const doc = await this.textOf(o.uri, cache);
          if (!doc) continue;
          articles.push({
            uri: o.uri,
            name: o.speaker.name,
            ...(o.speaker.title ? { title: o.speaker.title } : {}),
            reason: o.speaker.reason,
            statements: o.statements.map((st) => ({ kind: st.kind, range: toRange(doc, st), preview: shorten(doc.getText().slice(st.start, st.end), 12) })),
          });
        }
        return { key: String(p?.key ?? ""), articles, total: occ.length };
      }),
    );

    c.onRequest(
      ReportRequest,
      guard(this.log, "isnad/report", null as unknown as ReportResult, async (p) => {
        const scope = this.scopeOf(p?.scope);
        const skipped = scope.kind === "file" ? await this.ensureFile(scope.uri) : undefined;
        const res: ReportResult = { scope: scope as ReportScope, report: this.index.report(scope), status: this.status() };
        if (skipped) res.skipped = skipped;
        return res;
      }),
    );

    c.onRequest(
      ReportStatementsRequest,
      guard(this.log, "isnad/reportStatements", { total: 0, items: [] } as ReportStatementsResult, async (p) => {
        const scope = this.scopeOf(p?.scope);
        if (scope.kind === "file") await this.ensureFile(scope.uri);
        const limit = Math.max(0, Math.min(MAX_ITEMS, typeof p?.limit === "number" ? p.limit : MAX_ITEMS));
        const sel = this.index.select(scope, p?.filter ?? {}, limit);
        const cache = new Map<string, TextDocument | null>();
        const items = [];
        for (const it of sel.items) {
          const doc = await this.textOf(it.file, cache);
          if (!doc) continue;
          items.push({
            uri: it.file,
            kind: it.kind,
            range: toRange(doc, it),
            preview: shorten(doc.getText().slice(it.start, it.end), 12),
            speaker: it.speaker,
            speakerKind: it.speakerKind,
          });
        }
        return { total: sel.total, items };
      }),
    );

    c.onRequest(
      ReportAnalysesRequest,
      guard(this.log, "isnad/reportAnalyses", { analyses: [], skipped: [] } as ReportAnalysesResult, async (p) => {
        const scope = this.scopeOf(p?.scope);
        if (scope.kind === "file") await this.ensureFile(scope.uri);
        const out: ReportAnalysesResult = { analyses: [], skipped: [] };
        for (const a of this.index.articles(scope)) {
          const client = this.open.get(a.file);
          if (client && this.documents.get(client)) {
            const analysis = await this.options.analyseOpen(client);
            if (analysis) out.analyses.push({ ...analysis, file: a.file });
            else out.skipped.push({ uri: a.file, reason: "not analysed" });
            continue;
          }
          // Whole analyses are not kept in the index: analyse again (in the worker when there is one).
          let path: string;
          try {
            path = fileURLToPath(a.file);
          } catch {
            out.skipped.push({ uri: a.file, reason: "not a file" });
            continue;
          }
          const r = await this.runner.run({ ...this.job(path), full: true }, true);
          if ("analysis" in r && r.analysis) out.analyses.push({ ...r.analysis, file: a.file });
          else out.skipped.push({ uri: a.file, reason: "skipped" in r ? r.skipped : "error" in r ? r.error : "not analysed" });
        }
        return out;
      }),
    );

    c.onWorkspaceSymbol(
      guard(this.log, "workspace/symbol", [] as WorkspaceSymbol[], async (p) => {
        const hits = this.index.symbols(p.query ?? "", MAX_ITEMS);
        const cache = new Map<string, TextDocument | null>();
        const out: WorkspaceSymbol[] = [];
        for (const h of hits) {
          const sym: WorkspaceSymbol = {
            name: h.name,
            kind: KIND[h.speaker.kind] ?? SymbolKind.Object,
            containerName: decodeURIComponent(h.uri.slice(h.uri.lastIndexOf("/") + 1)),
            location: { uri: h.uri },
            data: { start: h.speaker.start, end: h.speaker.end },
          };
          // Clients that cannot resolve get the range now (for the first hits: reading files costs).
          if (!this.canResolveSymbols && out.length < 100) {
            const doc = await this.textOf(h.uri, cache);
            if (doc) sym.location = { uri: h.uri, range: toRange(doc, h.speaker) };
          }
          out.push(sym);
        }
        return out;
      }),
    );

    c.onWorkspaceSymbolResolve(
      guard(this.log, "workspaceSymbol/resolve", null as unknown as WorkspaceSymbol, async (sym) => {
        const d = sym.data as { start?: unknown; end?: unknown } | undefined;
        if (typeof d?.start !== "number" || typeof d.end !== "number" || "range" in sym.location) return sym;
        const doc = await this.textOf(canonicalUri(sym.location.uri), new Map());
        if (!doc) return sym;
        return { ...sym, location: { uri: sym.location.uri, range: toRange(doc, { start: d.start, end: d.end }) } };
      }),
    );
  }
}
