// The extension's "beyond one article" features, registered in one call from
// extension.ts: the "Sources in workspace" tree, the sourcing report panels
// and their commands, fed by the server's isnad/indexStatus notification.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { IndexStatusNotification, type LspRange, type ReportScope } from "../shared/protocol";
import { isRange } from "../shared/reportMessages";
import { t } from "./translate";
import { ReportPanels, type ReportSnapshot } from "./reportPanel";
import { isArticle } from "./speakersView";
import { WorkspaceSourcesView, relativeName, revealRange, type WorkspaceSnapshot } from "./workspaceView";


export interface WorkspaceApi {
  /** What "Sources in workspace" shows; `expand` loads every speaker's articles too. */
  getWorkspaceSnapshot(expand?: boolean): Promise<WorkspaceSnapshot>;
  /** The most recently opened report panel: its data, what the webview drew, the last drill-down. */
  getReportSnapshot(): ReportSnapshot | null;
  /** A message as if the report's webview sent it (checked like one). */
  postToReport(message: unknown): Promise<void>;
}

export interface WorkspaceFeatures {
  onAnalysisChanged(uri: string): void;
  onServerRestarted(): void;
  api: WorkspaceApi;
}

export function registerWorkspaceFeatures(context: vscode.ExtensionContext, client: LanguageClient, log: vscode.LogOutputChannel): WorkspaceFeatures {
  const view = new WorkspaceSourcesView(client);
  const panels = new ReportPanels(context, client, log);
  const uriOf = (u: vscode.Uri) => client.code2ProtocolConverter.asUri(u);

  const open = (scope: ReportScope, title: string) => panels.open(scope, title);
  context.subscriptions.push(
    view,
    panels,
    client.onNotification(IndexStatusNotification, (s) => {
      view.onIndexStatus(s);
      panels.onIndexStatus(s);
    }),
    vscode.commands.registerCommand("isnad.revealRange", async (uri: unknown, range: unknown) => {
      if (typeof uri !== "string" || !isRange(range)) return;
      await revealRange(uri, range as LspRange);
    }),
    vscode.commands.registerCommand("isnad.refreshWorkspaceSources", () => view.refresh()),
    vscode.commands.registerCommand("isnad.openReport", () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!isArticle(doc)) {
        vscode.window.showWarningMessage(t("Open an article (plain text, Markdown or .news) first."));
        return;
      }
      open({ kind: "file", uri: uriOf(doc.uri) }, doc.isUntitled ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri));
    }),
    vscode.commands.registerCommand("isnad.openFolderReport", async (arg?: unknown) => {
      let folder = arg instanceof vscode.Uri ? arg : undefined;
      if (!folder) {
        const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: t("Report on this folder") });
        folder = picked?.[0];
      }
      if (!folder) return;
      open({ kind: "folder", uri: uriOf(folder) }, relativeName(uriOf(folder)));
    }),
    vscode.commands.registerCommand("isnad.openWorkspaceReport", () => open({ kind: "workspace" }, t("Workspace"))),
  );

  return {
    onAnalysisChanged: (uri) => {
      panels.onAnalysisChanged(uri);
      view.onAnalysisChanged();
    },
    onServerRestarted: () => view.onServerRestarted(),
    api: {
      getWorkspaceSnapshot: (expand = false) => view.snapshot(expand),
      getReportSnapshot: () => panels.snapshot(),
      postToReport: (message) => panels.receive(message),
    },
  };
}
