// The workspace's house lexicon, `.isnad.json` at the root of each workspace folder (see
// src/core/lexicon/house.ts). It is read when the server starts, again whenever the file
// watcher reports it changed, created or deleted, and when the workspace becomes trusted:
// a workspace's lexicon is data the user has not vetted, so in an untrusted workspace it
// is not read at all (the client says whether the workspace is trusted). The open documents
// and the workspace index (closed articles) both analyse with it. Each version of
// the file is built into its lexicon once; what is wrong in it is published as
// diagnostics on the file itself, and the built-in lexicon goes on working.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type Connection, type Diagnostic, type FileEvent, type InitializeParams } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { houseLexicon, type HouseLexicon } from "../core";
import { MAX_HOUSE_CHARS } from "../core/lexicon/house";
import { canonicalUri } from "./workspaceIndex";
import { describeError, type Logger } from "./guard";
import { SOURCE } from "./diagnostics";

export const HOUSE_FILE = ".isnad.json";

/** A folder's house lexicon as analyses take it. */
export interface HouseRef {
  lexicon: HouseLexicon;
  /** The file's text: what the analysis worker builds the same lexicon from. */
  text: string;
}

interface Folder {
  /** Canonical folder URI without a trailing slash. */
  uri: string;
  path: string;
  /** The file's text as last read (null: no file), and its lexicon. */
  text: string | null;
  house: HouseRef | null;
}

/** Bytes above which the file is not even read (a house lexicon is a few kilobytes). */
const MAX_BYTES = 4 * MAX_HOUSE_CHARS;

export class HouseLexicons {
  private folders: Folder[] = [];
  private trusted = true;
  private canWatch = false;
  private loading: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
    /** Called after a lexicon changed: open documents are analysed again. */
    private readonly changed: () => void,
  ) {}

  initialize(params: InitializeParams): void {
    const init = params.initializationOptions as { trusted?: unknown } | undefined;
    // A client that says nothing about trust has no such notion (only VS Code's does): trusted.
    this.trusted = init?.trusted !== false;
    this.canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: "" }] : []);
    this.setFolders(folders.map((f) => f.uri));
  }

  initialized(): void {
    if (this.canWatch) {
      void this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${HOUSE_FILE}` }] })
        .catch((e: unknown) => this.log.error(`isnad: watching ${HOUSE_FILE} failed: ${describeError(e)}`));
    }
    // (The files were first read from initialize(), as soon as the folders were known.)
  }

  /** The house lexicon for a document: that of the innermost workspace folder holding it. */
  lexiconFor(docUri: string): HouseRef | undefined {
    // Asked on every analysis and request: without any house file there is nothing to find.
    if (!this.folders.some((f) => f.house)) return undefined;
    const uri = canonicalUri(docUri);
    let best: Folder | undefined;
    for (const f of this.folders) if (uri.startsWith(f.uri + "/") && (!best || f.uri.length > best.uri.length)) best = f;
    return best?.house ?? undefined;
  }

  /** Resolves once every read started so far is done (for tests and the first analyses). */
  settled(): Promise<void> {
    return this.loading;
  }

  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.reload(this.folders);
  }

  /** Workspace folders changed: the new list of folder URIs. */
  setFolders(uris: string[]): void {
    const before = new Map(this.folders.map((f) => [f.uri, f]));
    this.folders = uris.flatMap((u) => {
      if (!u.startsWith("file:")) return [];
      const uri = canonicalUri(u).replace(/\/$/, "");
      try {
        return [before.get(uri) ?? { uri, path: fileURLToPath(u), text: null, house: null }];
      } catch {
        return [];
      }
    });
    for (const [uri, f] of before) if (!this.folders.some((g) => g.uri === uri) && f.text !== null) this.publish(f, null, []);
    this.reload(this.folders.filter((f) => !before.has(f.uri)));
  }

  /** File events: a house file at a folder's root changed. */
  fileEvents(changes: FileEvent[]): void {
    const hit = new Set<Folder>();
    for (const c of changes) {
      if (!c.uri.endsWith("/" + HOUSE_FILE)) continue;
      const dir = canonicalUri(c.uri).slice(0, -HOUSE_FILE.length - 1);
      const f = this.folders.find((g) => g.uri === dir);
      // Created, changed and deleted are all handled the same way: the disk is read again.
      if (f) hit.add(f);
    }
    if (hit.size) this.reload([...hit]);
  }

  private reload(folders: Folder[]): void {
    if (!folders.length) return;
    this.loading = this.loading.then(async () => {
      let any = false;
      for (const f of folders) if (await this.load(f)) any = true;
      if (any) this.changed();
    });
  }

  /** Reads one folder's file; true when its lexicon changed. */
  private async load(f: Folder): Promise<boolean> {
    const path = join(f.path, HOUSE_FILE);
    if (!this.trusted) return this.set(f, null, null, []);
    let text: string | null = null;
    try {
      const st = await stat(path);
      if (!st.isFile()) return this.set(f, null, null, []);
      if (st.size > MAX_BYTES) {
        return this.set(f, `(${st.size} bytes)`, null, [{ s: 0, e: 0, message: `The file has ${st.size.toLocaleString("en")} bytes; a house lexicon may have at most ${MAX_HOUSE_CHARS.toLocaleString("en")} characters. Nothing in it is used.` }]);
      }
      text = await readFile(path, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") this.log.error(`isnad: reading ${path} failed: ${describeError(e)}`);
      return this.set(f, null, null, []);
    }
    // Once per version of the file: the same text keeps its lexicon (a save without a change, a touch).
    if (text === f.text) return false;
    const read = houseLexicon(text);
    return this.set(f, text, read.lexicon ? { lexicon: read.lexicon, text } : null, read.problems);
  }

  /** `text`: what the file held as last read (null: no file; a file too large to read: a note of its size, never parsed). */
  private set(f: Folder, text: string | null, house: HouseRef | null, problems: { s: number; e: number; message: string }[]): boolean {
    const changed = f.house !== house;
    const hadFile = f.text !== null;
    f.text = text;
    f.house = house;
    // Positions are counted in the text read; a file not read has its problem at its start.
    if (text !== null || hadFile) this.publish(f, text, problems);
    return changed;
  }

  private publish(f: Folder, text: string | null, problems: { s: number; e: number; message: string }[]): void {
    const uri = pathToFileURL(join(f.path, HOUSE_FILE)).toString();
    const doc = TextDocument.create(uri, "json", 0, text ?? "");
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      range: { start: doc.positionAt(p.s), end: doc.positionAt(Math.max(p.e, p.s)) },
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: "house-lexicon",
      message: p.message,
    }));
    void this.connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
  }
}
