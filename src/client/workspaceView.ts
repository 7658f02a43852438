// The "Sources in workspace" tree: speakers across every article the server
// has indexed (one node per person, anonymous sources grouped by
// description), each with its articles and statements; a click reveals the
// statement. It asks the server only while visible, and follows the index
// (isnad/indexStatus) with at most one refresh a second while it runs.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { WorkspaceSpeakerRequest, WorkspaceSpeakersRequest, type IndexStatusParams, type LspRange } from "../shared/protocol";
import { t } from "./translate";
import { buildWorkspaceTree, speakerArticles, workspaceMessage, type WsGroupNode, type WsNode, type WsSpeakerNode } from "./workspaceModel";

const REFRESH_MS = 1000;
/** The tree follows edits once the typing has paused this long. */
const TYPING_PAUSE_MS = 1500;

export const toRange = (r: LspRange): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

/** Opens a document and selects a range in it (the tree's and the report's click). */
export async function revealRange(uri: string, range: LspRange, column?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const r = toRange(range);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn;
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible ?? column, preserveFocus: false, preview: false });
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The path relative to its workspace folder (prefixed with the folder's name when there are several). */
export const relativeName = (uri: string): string => vscode.workspace.asRelativePath(vscode.Uri.parse(uri));

export interface WorkspaceSnapshot {
  status: IndexStatusParams | null;
  message: string | undefined;
  groups: { label: string; description: string; speakers: { key: string; label: string; description: string; articles?: { label: string; statements: string[] }[] }[] }[];
}

export class WorkspaceSourcesView implements vscode.TreeDataProvider<WsNode>, vscode.Disposable {
  static readonly viewId = "isnad.workspaceSources";
  private readonly changed = new vscode.EventEmitter<WsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<WsNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private groups: WsGroupNode[] = [];
  private status: IndexStatusParams | null = null;
  private dirty = true;
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastLoad = 0;

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView(WorkspaceSourcesView.viewId, { treeDataProvider: this, showCollapseAll: true });
    this.view.message = workspaceMessage(null, 0, t);
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && this.dirty) void this.refresh();
      }),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  /** The index moved: refresh now when it is done, at most once a second while it runs. */
  onIndexStatus(s: IndexStatusParams): void {
    this.status = s;
    this.dirty = true;
    if (!this.view.visible) return;
    if (s.state === "idle" || s.state === "off") {
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      void this.refresh();
    } else if (!this.timer) {
      const wait = Math.max(0, this.lastLoad + REFRESH_MS - Date.now());
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.refresh();
      }, wait);
    }
  }

  /** An open article was re-analysed: refresh once the typing has paused. */
  onAnalysisChanged(): void {
    this.dirty = true;
    if (!this.view.visible) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, TYPING_PAUSE_MS);
  }

  onServerRestarted(): void {
    this.status = null;
    this.dirty = true;
    if (this.view.visible) void this.refresh();
  }

  refresh(): Promise<void> {
    if (this.loading) return this.loading.then(() => (this.dirty ? this.refresh() : undefined));
    this.dirty = false;
    this.loading = this.load().finally(() => {
      this.loading = undefined;
      this.lastLoad = Date.now();
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    try {
      const r = await this.client.sendRequest(WorkspaceSpeakersRequest, {});
      this.status = r.status;
      this.groups = buildWorkspaceTree(r, t);
      this.view.message = workspaceMessage(r.status, r.speakers.length, t);
      this.view.description = r.status.articles ? t("{0} articles", r.status.articles) : undefined;
    } catch (err) {
      this.client.outputChannel.appendLine(`isnad/workspaceSpeakers failed: ${err instanceof Error ? err.message : String(err)}`);
      this.groups = [];
      this.view.message = t("The Isnad language server did not answer: {0}", err instanceof Error ? err.message : String(err));
    }
    this.changed.fire(undefined);
  }

  private async articlesOf(node: WsSpeakerNode): Promise<WsNode[]> {
    try {
      const detail = await this.client.sendRequest(WorkspaceSpeakerRequest, { key: node.key });
      return speakerArticles(detail, node.kind, relativeName, t);
    } catch (err) {
      this.client.outputChannel.appendLine(`isnad/workspaceSpeaker failed: ${err instanceof Error ? err.message : String(err)}`);
      return [];
    }
  }

  getTreeItem(node: WsNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    const item = new vscode.TreeItem(node.label);
    item.id = node.id;
    item.contextValue = node.type;
    if (node.type === "wsGroup") {
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.key === "anonymous" ? "eye-closed" : node.key === "other" ? "question" : node.key === "group" ? "account" : node.key);
      item.collapsibleState = node.speakers.length ? C.Expanded : C.None;
    } else if (node.type === "wsSpeaker") {
      item.description = node.description;
      item.tooltip = node.tooltip;
      item.iconPath = new vscode.ThemeIcon(node.kind === "anonymous" ? "eye-closed" : node.kind === "person" ? "person" : node.kind === "organization" ? "organization" : "account");
      item.collapsibleState = C.Collapsed;
    } else if (node.type === "wsArticle") {
      item.description = node.description;
      item.tooltip = node.tooltip;
      item.resourceUri = vscode.Uri.parse(node.uri);
      item.iconPath = vscode.ThemeIcon.File;
      item.collapsibleState = node.statements.length ? C.Collapsed : C.None;
      if (node.range) item.command = { command: "isnad.revealRange", title: t("Open statement"), arguments: [node.uri, node.range] };
    } else {
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.kind === "direct" ? "quote" : node.kind === "partial" ? "comment-discussion" : "megaphone");
      item.command = { command: "isnad.revealRange", title: t("Open statement"), arguments: [node.uri, node.range] };
    }
    return item;
  }

  async getChildren(node?: WsNode): Promise<WsNode[]> {
    if (!node) {
      if (this.dirty) await this.refresh();
      return this.groups;
    }
    if (node.type === "wsGroup") return node.speakers;
    if (node.type === "wsSpeaker") return this.articlesOf(node);
    if (node.type === "wsArticle") return node.statements;
    return [];
  }

  /** For the integration tests: what the tree shows; `expand` also loads every speaker's articles. */
  async snapshot(expand = false): Promise<WorkspaceSnapshot> {
    if (this.dirty || this.loading) await this.refresh();
    const groups = [];
    for (const g of this.groups) {
      const speakers = [];
      for (const s of g.speakers) {
        const articles = expand
          ? ((await this.articlesOf(s)) as Extract<WsNode, { type: "wsArticle" }>[]).map((a) => ({ label: a.label, statements: a.statements.map((st) => st.label) }))
          : undefined;
        speakers.push({ key: s.key, label: s.label, description: s.description, ...(articles ? { articles } : {}) });
      }
      groups.push({ label: g.label, description: g.description, speakers });
    }
    return { status: this.status, message: this.view.message, groups };
  }
}
