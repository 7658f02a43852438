// Isnad's VS Code extension: starts the language server (dist/server.js over
// IPC), owns the "Speakers" tree, the status bar item and the commands.
//
// activate() returns this API (for the integration tests in test/vscode/, which
// read the tree without a DOM):
//
//   interface IsnadApi {
//     /** Resolves once the language client has started (rejects if it cannot start). */
//     ready: Promise<void>;
//     /** What the Speakers tree shows for the active article (loads it first if stale):
//      *  { uri, version, message?: string,        // message = the view's empty-state text
//      *    empty?: "noArticle" | "noStatements" | "tooLarge" | "languageOff" | "skipped" | "serverError",
//      *    groups: [{ id, label, description,     // description = number of speakers
//      *      speakers: [{ id, label, description, tooltip, kind,
//      *        statements: [{ id, label, description, kind, icon }] }] }],
//      *    selection: string[],                   // ids of the selected tree nodes
//      *    visible: boolean }                     // whether the view is visible
//      *  ids: "group:person|organization|anonymous|group|other", "speaker:<Speaker.id>",
//      *  "statement:<Statement.id>"; labels wrap names and quotes in U+2068…U+2069. */
//     getTreeSnapshot(): Promise<TreeSnapshot & { selection: string[]; visible: boolean }>;
//     /** The status bar item: text ("Isnad: 7 speakers · 3 anonymous"), tooltip, visible. */
//     getStatusBar(): { text: string; tooltip: string; visible: boolean };
//     // and the workspace features' API (workspaceFeatures.ts: WorkspaceApi):
//     getWorkspaceSnapshot(expand?), getReportSnapshot(), postToReport(message)
//   }
import * as path from "node:path";
import * as vscode from "vscode";
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { RULE_IDS } from "../core/rules/ids";
import { AnalysisChangedNotification, AnalysisRequest, SpeakersRequest, WorkspaceTrustNotification, type AnalysisChangedParams } from "../shared/protocol";
import { ARTICLE_LANGUAGES, ARTICLE_SCHEMES, SECTION, settingsFrom, type InitializationOptions } from "../shared/settings";
import { RestartBudget, skipMessage, statusText, type TreeModel, type TreeSnapshot } from "./model";
import { SpeakersView, isArticle } from "./speakersView";
import { t } from "./translate";
import { registerWorkspaceFeatures, type WorkspaceApi } from "./workspaceFeatures";

export interface IsnadApi extends WorkspaceApi {
  ready: Promise<void>;
  getTreeSnapshot(): Promise<TreeSnapshot & { selection: string[]; visible: boolean }>;
  getStatusBar(): { text: string; tooltip: string; visible: boolean };
}

let client: LanguageClient | undefined;

type Counts = Pick<AnalysisChangedParams, "speakers" | "anonymous" | "skipped">;

/** "Isnad: 7 speakers · 3 anonymous" for the active article, hidden otherwise. */
class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("isnad.status", vscode.StatusBarAlignment.Right, 100);
  private readonly counts = new Map<string, Counts>();
  private readonly pending = new Set<string>();
  private visible = false;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly lc: LanguageClient) {
    this.item.name = t("Isnad speakers");
    this.item.command = "isnad.showSpeakers";
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((d) => this.counts.delete(this.uriOf(d))),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
    ];
    this.update();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private uriOf(doc: vscode.TextDocument): string {
    return this.lc.code2ProtocolConverter.asUri(doc.uri);
  }

  set(uri: string, c: Counts): void {
    this.counts.set(uri, c);
    this.update();
  }

  /** Counts are unknown after a restart: ask again. */
  clear(): void {
    this.counts.clear();
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!isArticle(doc)) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const uri = this.uriOf(doc);
    const c = this.counts.get(uri);
    if (!c) {
      this.item.text = t("Isnad: analysing…");
      this.item.tooltip = t("Show speakers");
      void this.fetch(uri);
    } else if (c.skipped !== undefined) {
      this.item.text = t("Isnad: not analysed");
      this.item.tooltip = skipMessage(c.skipped, t);
    } else {
      this.item.text = statusText(c.speakers, c.anonymous, t);
      this.item.tooltip = t("Show speakers");
    }
    this.item.show();
    this.visible = true;
  }

  /** For a document the server has not reported on yet (the notification may predate activation). */
  private async fetch(uri: string): Promise<void> {
    if (this.pending.has(uri) || !this.lc.isRunning()) return;
    this.pending.add(uri);
    try {
      const r = await this.lc.sendRequest(SpeakersRequest, { uri });
      if (!this.counts.has(uri)) {
        const anonymous = r.speakers.filter((s) => s.kind === "anonymous").length;
        this.set(uri, { speakers: r.speakers.length, anonymous, skipped: r.skipped });
      }
    } catch {
      // The server is down; the restart handler reports that.
    } finally {
      this.pending.delete(uri);
    }
  }

  snapshot(): { text: string; tooltip: string; visible: boolean } {
    const tooltip = typeof this.item.tooltip === "string" ? this.item.tooltip : (this.item.tooltip?.value ?? "");
    return { text: this.item.text, tooltip, visible: this.visible };
  }
}

/** Restarts a crashed server, up to RestartBudget's cap, then tells the user and stops. */
class RestartingErrorHandler implements ErrorHandler {
  readonly budget = new RestartBudget();
  // A killed server makes every pending write fail (EPIPE) before the close event;
  // shutting down on those would skip closed() and so never restart. The close decides.
  error() {
    return { action: ErrorAction.Continue, handled: true };
  }
  closed() {
    if (this.budget.crashed(Date.now())) {
      return { action: CloseAction.Restart, message: t("The Isnad language server stopped; restarting it."), handled: true };
    }
    const restart = t("Restart Server");
    void vscode.window
      .showErrorMessage(t("The Isnad language server crashed repeatedly and will not be restarted."), restart)
      .then((choice) => (choice === restart ? vscode.commands.executeCommand("isnad.restartServer") : undefined));
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}

/** The settings as the server reads them (src/shared/settings.ts), for a server that cannot ask yet. */
function initializationOptions(): InitializationOptions {
  const cfg = vscode.workspace.getConfiguration(SECTION);
  return { settings: settingsFrom((key) => cfg.get(key), RULE_IDS), trusted: vscode.workspace.isTrusted };
}

export function activate(context: vscode.ExtensionContext): IsnadApi {
  const output = vscode.window.createOutputChannel("Isnad", { log: true });
  const serverModule = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const errorHandler = new RestartingErrorHandler();
  const clientOptions: LanguageClientOptions = {
    documentSelector: ARTICLE_LANGUAGES.flatMap((language) => ARTICLE_SCHEMES.map((scheme) => ({ scheme, language }))),
    synchronize: { configurationSection: SECTION },
    initializationOptions,
    outputChannel: output,
    errorHandler,
  };
  const lc = new LanguageClient("isnad", "Isnad", serverOptions, clientOptions);
  client = lc;

  const status = new StatusBar(lc);
  const view = new SpeakersView(lc, (model: TreeModel) => {
    if (model.uri && model.empty !== "serverError") {
      status.set(model.uri, { speakers: model.speakers, anonymous: model.anonymous, skipped: model.skipped });
    }
  });

  const workspace = registerWorkspaceFeatures(context, lc, output);

  // An untrusted workspace's .isnad.json is read only once the user trusts it.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (lc.isRunning()) void lc.sendNotification(WorkspaceTrustNotification, { trusted: true });
    }),
  );

  lc.onNotification(AnalysisChangedNotification, (p) => {
    status.set(p.uri, p);
    view.onAnalysisChanged(p);
    workspace.onAnalysisChanged(p.uri);
  });
  let started = false;
  context.subscriptions.push(
    output,
    status,
    view,
    lc.onDidChangeState((e) => {
      if (e.newState !== State.Running) return;
      // The first start needs nothing; later ones (crash restarts) make every count stale.
      if (started) {
        status.clear();
        view.onServerRestarted();
        workspace.onServerRestarted();
      }
      started = true;
    }),
    vscode.commands.registerCommand("isnad.showSpeakers", () => vscode.commands.executeCommand(`${SpeakersView.viewId}.focus`)),
    vscode.commands.registerCommand("isnad.selectStatement", (id: string) => view.selectStatement(id)),
    vscode.commands.registerCommand("isnad.restartServer", async () => {
      errorHandler.budget.reset();
      if (lc.isRunning()) await lc.restart();
      else await lc.start();
      vscode.window.showInformationMessage(t("The Isnad language server was restarted."));
    }),
    vscode.commands.registerCommand("isnad.copyAnalysisJson", async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!isArticle(doc)) {
        vscode.window.showWarningMessage(t("Open an article (plain text, Markdown or .news) first."));
        return;
      }
      let result;
      try {
        result = await lc.sendRequest(AnalysisRequest, { uri: lc.code2ProtocolConverter.asUri(doc.uri) });
      } catch (err) {
        vscode.window.showErrorMessage(t("The Isnad language server did not answer: {0}", err instanceof Error ? err.message : String(err)));
        return;
      }
      if (!result) {
        vscode.window.showWarningMessage(t("This document was not analysed (too large or its language is turned off)."));
        return;
      }
      await vscode.env.clipboard.writeText(JSON.stringify(result, null, 2));
      vscode.window.showInformationMessage(
        t("Analysis of {0} copied as JSON ({1} statements).", path.basename(doc.uri.path), result.statements.length),
      );
    }),
  );

  const ready = lc.start().then(() => undefined);
  ready.catch((err: unknown) => {
    output.error(`The Isnad language server could not start: ${err instanceof Error ? err.message : String(err)}`);
  });

  return {
    ready,
    getTreeSnapshot: async () => {
      await ready;
      return view.getSnapshot();
    },
    getStatusBar: () => status.snapshot(),
    ...workspace.api,
  };
}

export async function deactivate(): Promise<void> {
  const lc = client;
  client = undefined;
  // stop() rejects when the server never started; there is nothing left to stop then.
  if (lc?.needsStop()) await lc.stop().catch(() => undefined);
}
