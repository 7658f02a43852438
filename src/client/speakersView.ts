// The "Speakers" tree: shows the speakers of the article in the active editor,
// asks the server (`isnad/speakers`) only while the view is visible, follows
// the cursor, and repaints once per analysis and only when something shown
// changed (stable node objects and ids, so no flicker or lost expansion).
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { SpeakersRequest, type AnalysisChangedParams, type LspRange } from "../shared/protocol";
import {
  buildTree,
  childrenOf,
  emptyModel,
  emptyMessage,
  findNodeAt,
  parentOf,
  reconcile,
  signature,
  snapshot,
  type TreeModel,
  type TreeNode,
  type TreeSnapshot,
} from "./model";
import { ARTICLE_SCHEMES, isArticleLanguage } from "../shared/settings";
import { t } from "./translate";

export function isArticle(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && isArticleLanguage(doc.languageId) && (ARTICLE_SCHEMES as readonly string[]).includes(doc.uri.scheme);
}

export const toRange = (r: LspRange): vscode.Range =>
  new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export class SpeakersView implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  static readonly viewId = "isnad.speakers";
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<TreeNode>;
  private readonly disposables: vscode.Disposable[] = [];

  private document: vscode.TextDocument | undefined;
  private model: TreeModel = emptyModel("noArticle");
  private index = new Map<string, TreeNode>();
  private shown = "";
  /** An analysis arrived (or the document changed) while the view was hidden. */
  private dirty = true;
  private refreshing: Promise<void> | undefined;
  private again = false;
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly onModel: (model: TreeModel) => void,
  ) {
    this.view = vscode.window.createTreeView(SpeakersView.viewId, { treeDataProvider: this, showCollapseAll: true });
    this.view.message = emptyMessage(this.model, t);
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && this.dirty) void this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.followEditor()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.followEditor()),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.document) this.followEditor();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        // A language switch (plaintext → markdown) re-opens the document; other edits wait for the server.
        if (e.document === this.document && !isArticle(e.document)) this.followEditor();
      }),
    );
    this.followEditor();
  }

  dispose(): void {
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    for (const d of this.disposables) d.dispose();
  }

  /** URI string as the server knows it. */
  private uriOf(doc: vscode.TextDocument): string {
    return this.client.code2ProtocolConverter.asUri(doc.uri);
  }

  /** Follows the active editor; keeps the shown article while it stays visible (e.g. focus in a panel). */
  private followEditor(): void {
    const active = vscode.window.activeTextEditor?.document;
    let next: vscode.TextDocument | undefined;
    if (isArticle(active)) next = active;
    else if (this.document && !this.document.isClosed && vscode.window.visibleTextEditors.some((e) => e.document === this.document))
      next = this.document;
    if (next === this.document) return;
    this.document = next;
    this.invalidate();
  }

  private invalidate(): void {
    this.dirty = true;
    if (this.view.visible) void this.refresh();
  }

  /** The server re-analysed a document. */
  onAnalysisChanged(p: AnalysisChangedParams): void {
    if (this.document && p.uri === this.uriOf(this.document)) this.invalidate();
  }

  /** The server (re)started: everything shown may be stale. */
  onServerRestarted(): void {
    this.invalidate();
  }

  /** Coalesces overlapping refreshes into one trailing request. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        this.dirty = false;
        await this.load();
      } while (this.again);
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const doc = this.document;
    let model: TreeModel;
    if (!doc) {
      model = emptyModel("noArticle");
    } else {
      const uri = this.uriOf(doc);
      try {
        const result = await this.client.sendRequest(SpeakersRequest, { uri });
        model = buildTree(result, t);
      } catch (err) {
        this.client.outputChannel.appendLine(`isnad/speakers failed: ${err instanceof Error ? err.message : String(err)}`);
        model = emptyModel("serverError", uri);
      }
      // The active editor changed while we waited: the newer request wins.
      if (doc !== this.document) return;
    }
    this.index = reconcile(this.index, model);
    this.model = model;
    this.onModel(model);
    const sig = signature(model, t);
    if (sig !== this.shown) {
      this.shown = sig;
      this.view.message = emptyMessage(model, t);
      this.view.description = doc ? vscode.workspace.asRelativePath(doc.uri, false) : undefined;
      // One event for the whole tree: ids keep expansion and selection.
      this.changed.fire(undefined);
    }
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!this.view.visible || e.textEditor.document !== this.document) return;
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = undefined;
      const active = e.textEditor.selection.active;
      const node = findNodeAt(this.model, { line: active.line, character: active.character });
      // Already selected (e.g. the selection came from a click in the tree): leave the view alone.
      if (node && !this.view.selection.includes(node)) {
        this.view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
      }
    }, 250);
  }

  /** Selects a statement's content in its editor (the tree item's click command). */
  async selectStatement(nodeId: string): Promise<void> {
    const node = this.index.get(nodeId);
    const doc = this.document;
    if (!node || node.type !== "statement" || !doc) return;
    const range = toRange(node.contentRange);
    const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false, preview: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async getSnapshot(): Promise<TreeSnapshot & { selection: string[]; visible: boolean }> {
    this.followEditor();
    // What the view shows: load only if an analysis is pending (hidden view), else wait for the running load.
    if (this.dirty) await this.refresh();
    else if (this.refreshing) await this.refreshing;
    return { ...snapshot(this.model, t), selection: this.view.selection.map((n) => n.id), visible: this.view.visible };
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    const item = new vscode.TreeItem(node.label);
    item.id = node.id;
    item.description = node.description;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.contextValue = node.type;
    if (node.type === "group") {
      item.collapsibleState = node.speakers.length > 0 ? C.Expanded : C.None;
    } else if (node.type === "speaker") {
      item.tooltip = node.tooltip;
      item.collapsibleState = node.statements.length > 0 ? C.Collapsed : C.None;
    } else {
      item.tooltip = node.tooltip;
      item.collapsibleState = C.None;
      // By id, not range: ranges move with edits and the node is updated in place.
      item.command = { command: "isnad.selectStatement", title: t("Select statement"), arguments: [node.id] };
    }
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return childrenOf(node, this.model);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return parentOf(node, this.index);
  }
}
