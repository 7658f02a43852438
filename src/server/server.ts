// Wires the Isnad features onto an LSP connection. Analysis is per (uri,
// version) and cached; diagnostics are published as soon as the server is free
// after an edit (no timer: see scheduler.ts), and only ever for the version
// that is current when they are sent.
import {
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type DocumentHighlight,
  type DocumentSymbol,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type InlayHint,
  type Location,
  type LocationLink,
  type SemanticTokens,
  type SemanticTokensDelta,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  AnalysisChangedNotification,
  AnalysisRequest,
  SpeakersRequest,
  WorkspaceTrustNotification,
  type AnalysisResult,
  type SkipReason,
  type SpeakersResult,
} from "../shared/protocol";
import { isArticleLanguage, type InitializationOptions } from "../shared/settings";
import { AnalysisStore, type View } from "./analysisStore";
import { Analyzer, DEFAULT_IN_PROCESS_BELOW } from "./analyzer";
import { codeActions } from "./codeActions";
import { toDiagnostics } from "./diagnostics";
import { describeError, guard } from "./guard";
import { definition } from "./definition";
import { documentHighlights } from "./highlights";
import { buildHover } from "./hover";
import { inlayHints } from "./inlayHints";
import { LABELS, localeFrom, type Labels } from "./labels";
import { defaultSettings, normalizeSettings, type IsnadSettings } from "./settings";
import { speakerInfos } from "./speakers";
import { Scheduler } from "./scheduler";
import { warmUp } from "./warmup";
import { HouseLexicons } from "./house";
import { TokenResults, encode, tokenTable } from "./semanticTokens";
import { TOKEN_LEGEND } from "../shared/semanticTokens";
import { documentSymbols } from "./symbols";
import { WorkspaceFeature } from "./workspace";
import type { Locale } from "../core";

// The client's document selector already filters; this guards against any other client.
const supported = (doc: TextDocument) => isArticleLanguage(doc.languageId);

export interface ServerOptions {
  /** Script for the analysis worker (the server bundle itself); none analyses in process. */
  workerScript?: string;
}

/**
 * Three turns of the event loop: the socket is read in the poll phase, and
 * vscode-jsonrpc then dispatches each queued message from its own setImmediate,
 * which runs after any immediate we scheduled earlier.
 */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(() => setImmediate(resolve))));
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let locale: Locale = "en";
  let L: Labels = LABELS.en;
  const log = connection.console;
  let analyzer = new Analyzer(log, { workerScript: options.workerScript });
  const currentVersion = (uri: string) => documents.get(uri)?.version;
  // The workspace's .isnad.json (house.ts): when its lexicon changes, every open document is analysed again.
  const house = new HouseLexicons(connection, log, () => {
    for (const doc of documents.all()) if (supported(doc)) scheduler.request(doc.uri);
    workspace.lexiconChanged();
    if (canRefreshTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
  });
  const houseFor = (uri: string) => house.lexiconFor(uri);
  let store = new AnalysisStore(locale, log, analyzer, currentVersion, houseFor);
  let canPullConfig = false;
  let canRegisterConfigChange = false;
  let versionedEdits = false;
  let snippetEdits = false;
  let canRefreshTokens = false;
  let definitionLinks = false;
  // Settings sent with didChangeConfiguration, for clients that cannot be asked.
  let pushedSettings: IsnadSettings = defaultSettings();
  const settingsCache = new Map<string, Promise<IsnadSettings>>();
  // Documents whose settings the client has answered (publish() analyses without waiting for the rest).
  const settingsKnown = new Set<string>();
  // The workspace index, its tree, symbols and the sourcing report (workspace.ts).
  const workspace = new WorkspaceFeature(connection, log, documents, {
    workerScript: options.workerScript,
    analyseOpen: async (uri) => {
      const r = await viewFor(uri);
      return r?.view.status === "ok" && !r.view.entry.failed ? r.view.entry.analysis : null;
    },
    fileEvents: (changes) => house.fileEvents(changes),
    foldersChanged: (uris) => house.setFolders(uris),
    houseTextFor: (uri) => house.lexiconFor(uri)?.text,
  });
  const tokenResults = new TokenResults();
  // One analysis-and-publish run at a time per document; edits meanwhile coalesce into the next.
  const scheduler = new Scheduler((uri) => publish(uri), { version: currentVersion });

  function getSettings(uri: string): Promise<IsnadSettings> {
    if (!canPullConfig) return Promise.resolve(pushedSettings);
    let p = settingsCache.get(uri);
    if (!p) {
      const asked = connection.workspace
        .getConfiguration({ scopeUri: uri, section: "isnad" })
        .then(normalizeSettings, (e: unknown) => {
          log.error(`isnad: workspace/configuration failed: ${describeError(e)}`);
          return pushedSettings;
        })
        .then((s) => {
          if (settingsCache.get(uri) === asked) settingsKnown.add(uri);
          return s;
        });
      settingsCache.set(uri, (p = asked));
    }
    return p;
  }

  /**
   * The view of the current version for a request, with its settings. The
   * view's document is at the analysed version until the handler yields, so
   * handlers use it synchronously.
   */
  async function viewFor(uri: string): Promise<{ view: View; settings: IsnadSettings } | null> {
    // A document that changes while it is analysed is looked at again, a few times at most.
    for (let attempt = 0; attempt < 3; attempt++) {
      // The document's diagnostics go out first: the editor sends semantic tokens,
      // symbols, inlay hints… right after an open or an edit, and answering them while
      // publish() let queued edits in delayed the diagnostics by all their work.
      await scheduler.settled(uri);
      const doc = documents.get(uri);
      if (!doc || !supported(doc)) return null;
      const settings = await getSettings(uri);
      const cur = documents.get(uri);
      if (!cur) return null;
      const view = await store.view(cur, settings);
      if (view) return { view, settings };
    }
    return null;
  }

  /**
   * A document's first analysis need not wait for the client's answer about its
   * settings (a round trip, long while the editor is busy starting up): it starts
   * now, and the answer is read when it is done. Only for a text the server would
   * analyse in process under the settings it knows, so the cost is bounded when the
   * answer then turns the analysis off (a lower size limit, its language off).
   */
  function analyseAhead(doc: TextDocument): void {
    if (!canPullConfig || settingsKnown.has(doc.uri)) return;
    const size = doc.getText().length;
    if (size < DEFAULT_IN_PROCESS_BELOW && size <= pushedSettings.maxDocumentSize) void store.get(doc);
  }

  async function publish(uri: string): Promise<void> {
    try {
      const doc = documents.get(uri);
      if (!doc) return;
      const version = doc.version;
      const asked = getSettings(uri);
      analyseAhead(doc);
      const settings = await asked;
      const cur = documents.get(uri);
      // A newer version arrived while we waited: its own run will publish.
      if (!cur || cur.version !== version) return;
      const view = await store.view(cur, settings);
      // Superseded by a newer version while it was analysed: that version publishes.
      if (!view) return;
      const diagnostics = toDiagnostics(view, settings, L);
      // Edits may still be unread in the pipe (always so when the core runs in
      // process and blocks the loop): let the connection read and apply them,
      // then drop this result if it is no longer about the current text.
      await settle();
      if (documents.get(uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri, version, diagnostics });
      const a = view.status === "too-large" ? null : view.entry.analysis;
      await connection.sendNotification(AnalysisChangedNotification, {
        uri,
        version,
        speakers: view.status === "ok" && a ? a.speakers.length : 0,
        anonymous: view.status === "ok" && a ? a.speakers.filter((s) => s.kind === "anonymous").length : 0,
        statements: view.status === "ok" && a ? a.statements.length : 0,
        ...(view.status === "ok" && !view.entry.failed ? {} : { skipped: skippedReason(view) }),
      });
      // After the diagnostics: the index never delays what the typist sees.
      workspace.live(uri, view.status === "ok" && !view.entry.failed ? view.entry.analysis : null);
    } catch (e) {
      log.error(`isnad: analysing ${uri} failed: ${describeError(e)}`);
    }
  }

  function skippedReason(view: View): SkipReason | undefined {
    if (view.status === "too-large") return { code: "tooLarge", size: view.size, max: view.max };
    if (view.status === "language-off") return { code: "languageOff", lang: view.lang };
    return view.entry.failed ? { code: "analysisFailed" } : undefined;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeFrom(params.locale);
    L = LABELS[locale];
    const init = params.initializationOptions as (Omit<InitializationOptions, "settings"> & { settings?: unknown }) | undefined;
    // The settings the extension read at start: used until (and unless) the client can be asked.
    if (init?.settings !== undefined) pushedSettings = normalizeSettings(init.settings);
    // worker: false analyses everything in process, true everything in the worker
    // (both for measuring); by default only long documents go to the worker.
    if (typeof init?.worker === "boolean") {
      analyzer.dispose();
      analyzer = new Analyzer(log, init.worker ? { workerScript: options.workerScript, inProcessBelow: 0 } : {});
    }
    store = new AnalysisStore(locale, log, analyzer, currentVersion, houseFor);
    house.initialize(params);
    // While the editor waits for this answer, not after its first document arrives.
    if (init?.warmUp !== false) {
      try {
        warmUp();
      } catch (e) {
        log.error(`isnad: warming the analyser up failed: ${describeError(e)}`);
      }
    }
    const caps = params.capabilities;
    canPullConfig = !!caps.workspace?.configuration;
    canRegisterConfigChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    const workspaceCaps = workspace.initialize(params);
    snippetEdits = !!caps.workspace?.workspaceEdit?.snippetEditSupport;
    canRefreshTokens = !!caps.workspace?.semanticTokens?.refreshSupport;
    definitionLinks = !!caps.textDocument?.definition?.linkSupport;
    return {
      capabilities: {
        ...workspaceCaps,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: "Isnad" },
        documentHighlightProvider: true,
        referencesProvider: true,
        // Rename is not offered: a speaker's name is text to edit, not a symbol to refactor.
        definitionProvider: true,
        inlayHintProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ["quickfix"] },
        semanticTokensProvider: { legend: TOKEN_LEGEND, full: { delta: true }, range: true },
      },
      serverInfo: { name: "isnad", version: "0.1.0" },
    };
  });

  connection.onInitialized(() => {
    workspace.initialized();
    house.initialized();
    if (canRegisterConfigChange) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: "isnad" }).catch((e: unknown) => {
        log.error(`isnad: registering for configuration changes failed: ${describeError(e)}`);
      });
    }
  });

  connection.onDidChangeConfiguration(
    guard(log, "didChangeConfiguration", undefined, (params) => {
      const raw = (params.settings as { isnad?: unknown } | null | undefined)?.isnad;
      if (raw !== undefined) pushedSettings = normalizeSettings(raw);
      settingsCache.clear();
      settingsKnown.clear();
      workspace.configurationChanged(raw);
      // Severities, languages and the size limit all act at publish time: republish everything.
      for (const doc of documents.all()) scheduler.request(doc.uri);
      // isnad.semanticHighlighting.enabled, languages…: the editor asks for tokens again.
      if (canRefreshTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
    }),
  );

  connection.onNotification(
    WorkspaceTrustNotification,
    guard(log, "isnad/workspaceTrust", undefined, (p) => house.setTrusted(p.trusted === true)),
  );

  // Ask for a new document's settings now: the request is on its way while the
  // scheduler lets the input settle, and publish() analyses while the client answers.
  documents.onDidOpen((e) => {
    if (supported(e.document)) void getSettings(e.document.uri);
  });

  documents.onDidChangeContent((e) => {
    if (!supported(e.document)) return;
    workspace.noteEdit();
    scheduler.request(e.document.uri);
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    scheduler.cancel(uri);
    tokenResults.delete(uri);
    store.delete(uri);
    settingsCache.delete(uri);
    settingsKnown.delete(uri);
    workspace.closed(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(
    guard(log, "hover", null as Hover | null, async (params) => {
      const r = await viewFor(params.textDocument.uri);
      if (r?.view.status !== "ok") return null;
      const { doc, entry } = r.view;
      return buildHover(doc, entry, doc.offsetAt(params.position), r.settings, L, locale);
    }),
  );

  connection.onDocumentSymbol(
    guard(log, "documentSymbol", [] as DocumentSymbol[], async (params) => {
      const r = await viewFor(params.textDocument.uri);
      return r?.view.status === "ok" ? documentSymbols(r.view.doc, r.view.entry, L) : [];
    }),
  );

  connection.onDocumentHighlight(
    guard(log, "documentHighlight", [] as DocumentHighlight[], async (params) => {
      const r = await viewFor(params.textDocument.uri);
      if (r?.view.status !== "ok") return [];
      const { doc, entry } = r.view;
      return documentHighlights(doc, entry, doc.offsetAt(params.position));
    }),
  );

  // Find All References on a speaker: its mentions and statements, in the references panel.
  connection.onReferences(
    guard(log, "references", [] as Location[], async (params) => {
      const r = await viewFor(params.textDocument.uri);
      if (r?.view.status !== "ok") return [];
      const { doc, entry } = r.view;
      return documentHighlights(doc, entry, doc.offsetAt(params.position)).map((h) => ({ uri: doc.uri, range: h.range }));
    }),
  );

  // Go to Definition on a speaker: where the story introduces them.
  connection.onDefinition(
    guard(log, "definition", null as Location | LocationLink[] | null, async (params) => {
      const r = await viewFor(params.textDocument.uri);
      if (r?.view.status !== "ok") return null;
      const { doc, entry } = r.view;
      return definition(doc, entry, doc.offsetAt(params.position), definitionLinks);
    }),
  );

  connection.languages.inlayHint.on(
    guard(log, "inlayHint", [] as InlayHint[], async (params) => {
      const r = await viewFor(params.textDocument.uri);
      return r?.view.status === "ok" ? inlayHints(r.view.doc, r.view.entry, params.range, L.speaker) : [];
    }),
  );

  connection.onCodeAction(
    guard(log, "codeAction", [] as CodeAction[], async (params) => {
      const uri = params.textDocument.uri;
      if (!documents.get(uri)) return [];
      // After the document's diagnostics, as the other requests (see viewFor).
      await scheduler.settled(uri);
      const settings = await getSettings(uri);
      // Computed synchronously on the text as it is now; the edits carry its version.
      const doc = documents.get(uri);
      if (!doc || !supported(doc)) return [];
      return codeActions({ doc, text: doc.getText(), settings, L, support: { versioned: versionedEdits, snippets: snippetEdits } }, params);
    }),
  );

  /** Semantic tokens of the current version, relative-encoded; none when turned off or not analysed. */
  async function tokensFor(uri: string, range?: { start: { line: number }; end: { line: number } }): Promise<number[]> {
    const r = await viewFor(uri);
    if (r?.view.status !== "ok" || !r.settings.semanticHighlighting.enabled) return [];
    const table = tokenTable(r.view.doc, r.view.entry);
    return range ? encode(table, range.start.line, range.end.line) : encode(table);
  }

  connection.languages.semanticTokens.on(
    guard(log, "semanticTokens", { data: [] } as SemanticTokens, async (params) => tokenResults.full(params.textDocument.uri, await tokensFor(params.textDocument.uri))),
  );
  connection.languages.semanticTokens.onDelta(
    guard(log, "semanticTokens/delta", { data: [] } as SemanticTokens | SemanticTokensDelta, async (params) =>
      tokenResults.delta(params.textDocument.uri, params.previousResultId, await tokensFor(params.textDocument.uri)),
    ),
  );
  connection.languages.semanticTokens.onRange(
    guard(log, "semanticTokens/range", { data: [] } as SemanticTokens, async (params) => ({ data: await tokensFor(params.textDocument.uri, params.range) })),
  );

  connection.onRequest(
    SpeakersRequest,
    guard(log, "isnad/speakers", null as unknown as SpeakersResult, async (params) => {
      const r = await viewFor(params.uri);
      if (!r) return { uri: params.uri, version: null, speakers: [] };
      const { view } = r;
      const version = view.doc.version;
      const skipped = skippedReason(view);
      if (view.status !== "ok") return { uri: params.uri, version, speakers: [], skipped };
      const res: SpeakersResult = { uri: params.uri, version, speakers: speakerInfos(view.doc, view.entry) };
      if (skipped) res.skipped = skipped;
      return res;
    }),
  );

  connection.onRequest(
    AnalysisRequest,
    guard(log, "isnad/analysis", null as AnalysisResult, async (params) => {
      const r = await viewFor(params.uri);
      return r?.view.status === "ok" && !r.view.entry.failed ? r.view.entry.analysis : null;
    }),
  );

  connection.onShutdown(() => {
    scheduler.dispose();
    analyzer.dispose();
    workspace.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
