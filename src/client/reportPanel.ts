// The sourcing report in a webview panel: one panel per scope (the active
// article, a folder, the workspace). The page is locked down — a
// Content-Security-Policy that allows only this extension's own script (with
// a fresh nonce) and stylesheet, no remote content, local resources limited to
// dist/ and media/ — and every message it sends is checked against
// src/shared/reportMessages.ts before anything happens; the rest is logged and
// dropped. A reveal may only open an article this panel has shown.
import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { MarkdownLabels, ReportFilter } from "../core/report";
import {
  ReportAnalysesRequest,
  ReportRequest,
  ReportStatementsRequest,
  type IndexStatusParams,
  type ReportScope,
} from "../shared/protocol";
import { parseFromWebview, type DrillItem, type ExportFormat, type ExportWhat, type FromWebview, type ReportViewData, type ToWebview } from "../shared/reportMessages";
import type { ReportLabels } from "../shared/reportView";
import { t } from "./translate";
import { EXTENSIONS, exportAnalyses, exportReport, fileBytes, type CsvTable } from "./reportExport";
import { relativeName, revealRange } from "./workspaceView";


export function reportLabels(): ReportLabels {
  return {
    title: t("Sourcing report"),
    articles: t("Articles"),
    statements: t("Statements"),
    speakers: t("Speakers"),
    direct: t("Direct quotes"),
    partial: t("Partial quotes"),
    indirect: t("Reported speech"),
    named: t("Named sources"),
    anonymous: t("Anonymous sources"),
    unattributed: t("No speaker"),
    withReason: t("Reason stated"),
    withoutReason: t("No reason stated"),
    anonymousSources: t("Anonymous sources"),
    women: t("Women"),
    men: t("Men"),
    notMarked: t("Not marked"),
    peopleQuoted: t("People quoted"),
    statementsByPeople: t("Their statements"),
    chartKinds: t("Statements by kind"),
    chartAttribution: t("Named and anonymous"),
    chartAnonymity: t("Anonymous sources: is the reason stated?"),
    chartSpeakers: t("Most quoted"),
    chartGender: t("Women and men quoted"),
    chartArticles: t("Statements per article"),
    tableArticles: t("Articles"),
    tableSpeakers: t("Speakers across the articles"),
    file: t("Article"),
    name: t("Speaker"),
    kind: t("Kind"),
    gender: t("Gender"),
    showing: t("{0} of {1} statements"),
    indexing: t("Indexing the workspace: {0} of {1} files…"),
    moreRows: t("{0} more rows: export the report to see them all."),
    noStatements: t("No statements found."),
    exportReport: t("Export report:"),
    exportAnalysis: t("Export analysis:"),
    refresh: t("Refresh"),
    close: t("Close"),
    line: t("line"),
    noSpeaker: t("(no speaker)"),
    speakerKinds: { person: t("person"), organization: t("organization"), anonymous: t("anonymous source"), group: t("group"), unknown: t("unknown") },
    genders: { female: t("woman"), male: t("man") },
  };
}

export function markdownLabels(): MarkdownLabels {
  const L = reportLabels();
  return {
    title: L.title,
    scope: t("Scope"),
    summary: t("Summary"),
    articles: L.articles,
    statements: L.statements,
    direct: L.direct,
    partial: L.partial,
    indirect: L.indirect,
    named: L.named,
    anonymous: L.anonymous,
    unattributed: L.unattributed,
    anonymousWithReason: `${L.anonymousSources}: ${L.withReason}`,
    anonymousWithoutReason: `${L.anonymousSources}: ${L.withoutReason}`,
    women: L.women,
    men: L.men,
    notMarked: L.notMarked,
    peopleQuoted: L.peopleQuoted,
    statementsByPeople: L.statementsByPeople,
    speakers: L.speakers,
    name: L.name,
    kind: L.kind,
    gender: L.gender,
    file: L.file,
    speaker: L.name,
    cue: t("Cue"),
    content: t("What was said"),
    noSpeaker: L.noSpeaker,
  };
}

/** A report follows edits once the typing has paused this long. */
const TYPING_PAUSE_MS = 1500;

const locale = (): "ar" | "en" => (vscode.env.language.toLowerCase().startsWith("ar") ? "ar" : "en");

export function scopeKey(scope: ReportScope): string {
  return scope.kind === "workspace" ? "workspace" : `${scope.kind}:${scope.uri}`;
}

export interface ReportSnapshot {
  scope: ReportScope;
  title: string;
  visible: boolean;
  view: ReportViewData | null;
  rendered: { charts: number; numbers: number } | null;
  lastDrill: { title: string; total: number; items: DrillItem[] } | null;
  rejected: number;
}

class ReportPanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private view: ReportViewData | null = null;
  private rendered: ReportSnapshot["rendered"] = null;
  private lastDrill: ReportSnapshot["lastDrill"] = null;
  private rejected = 0;
  private ready = false;
  /** Articles this panel has shown: the only ones a reveal may open. */
  private readonly shown = new Set<string>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly log: vscode.LogOutputChannel,
    readonly scope: ReportScope,
    readonly title: string,
    onDispose: () => void,
  ) {
    const roots = [vscode.Uri.joinPath(context.extensionUri, "dist"), vscode.Uri.joinPath(context.extensionUri, "media")];
    this.panel = vscode.window.createWebviewPanel("isnad.report", t("Isnad report: {0}", title), vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: roots,
    });
    this.panel.iconPath = vscode.Uri.joinPath(context.extensionUri, "media", "isnad.svg");
    this.panel.webview.html = this.html();
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private html(): string {
    const w = this.panel.webview;
    const nonce = randomBytes(16).toString("base64");
    const script = w.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, "dist", "report.js"));
    const style = w.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, "media", "report.css"));
    const csp = [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src ${w.cspSource}`,
      `img-src ${w.cspSource} data:`,
      `font-src ${w.cspSource}`,
    ].join("; ");
    const lang = locale();
    return `<!DOCTYPE html>
<html lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${escapeHtml(t("Sourcing report"))}</title>
</head>
<body>
<main id="app" aria-busy="true"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  private post(m: ToWebview): void {
    void this.panel.webview.postMessage(m);
  }

  /**
   * After the index moved: at most one refresh a second. After an edit (`afterTyping`):
   * once the typing has paused, so a big report is never recomputed between keystrokes.
   */
  refreshSoon(afterTyping = false): void {
    if (!this.ready) return;
    if (afterTyping && this.refreshTimer) clearTimeout(this.refreshTimer);
    else if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(
      () => {
        this.refreshTimer = undefined;
        if (this.panel.visible || !afterTyping) void this.refresh();
      },
      afterTyping ? TYPING_PAUSE_MS : 1000,
    );
  }

  async refresh(): Promise<void> {
    try {
      const r = await this.client.sendRequest(ReportRequest, { scope: this.scope });
      const names: Record<string, string> = {};
      for (const a of r.report.articles) {
        names[a.file] = relativeName(a.file);
        this.shown.add(a.file);
      }
      this.view = {
        locale: locale(),
        labels: reportLabels(),
        scopeLabel: this.title,
        report: r.report,
        names,
        status: r.status,
        ...(r.skipped ? { skipped: t("This article was not analysed: {0}", r.skipped) } : {}),
      };
      this.post({ type: "report", view: this.view });
    } catch (err) {
      this.post({ type: "error", message: t("The Isnad language server did not answer: {0}", err instanceof Error ? err.message : String(err)) });
    }
  }

  onIndexStatus(_status: IndexStatusParams): void {
    // A single article's report does not change with the index; a folder's or the workspace's does.
    if (this.scope.kind !== "file") this.refreshSoon();
  }

  /** Everything the webview sends comes through here. */
  async receive(raw: unknown): Promise<void> {
    const m = parseFromWebview(raw);
    if (!m) {
      this.rejected++;
      this.log.warn(`isnad report: ignored a message from the webview that is not one it may send: ${describe(raw)}`);
      return;
    }
    await this.handle(m);
  }

  private async handle(m: FromWebview): Promise<void> {
    switch (m.type) {
      case "ready":
        this.ready = true;
        return this.refresh();
      case "refresh":
        return this.refresh();
      case "rendered":
        this.rendered = { charts: m.charts, numbers: m.numbers };
        return;
      case "drill":
        return this.drill(m.requestId, m.title, m.filter);
      case "reveal":
        if (!this.shown.has(m.uri)) {
          this.rejected++;
          this.log.warn(`isnad report: ignored a reveal of ${m.uri}, which this report does not show`);
          return;
        }
        await revealRange(m.uri, m.range, this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        return;
      case "export":
        return this.export(m.what, m.format);
    }
  }

  private async drill(requestId: number, title: string, filter: ReportFilter): Promise<void> {
    try {
      const r = await this.client.sendRequest(ReportStatementsRequest, { scope: this.scope, filter });
      const L = reportLabels();
      const items: DrillItem[] = r.items.map((it) => {
        this.shown.add(it.uri);
        return {
          uri: it.uri,
          name: relativeName(it.uri),
          line: it.range.start.line + 1,
          range: it.range,
          kind: it.kind,
          speaker: it.speaker ?? L.noSpeaker,
          preview: it.preview,
        };
      });
      this.lastDrill = { title, total: r.total, items };
      this.post({ type: "drill", requestId, title, total: r.total, items });
    } catch (err) {
      this.post({ type: "error", message: t("The Isnad language server did not answer: {0}", err instanceof Error ? err.message : String(err)) });
    }
  }

  private async export(what: ExportWhat, format: ExportFormat): Promise<void> {
    if (!this.view) return;
    let table: CsvTable = "articles";
    if (what === "report" && format === "csv") {
      const pick = await vscode.window.showQuickPick(
        [
          { label: t("Articles"), description: t("one row per article"), table: "articles" as const },
          { label: t("Speakers"), description: t("one row per speaker across the articles"), table: "speakers" as const },
        ],
        { title: t("Which table?") },
      );
      if (!pick) return;
      table = pick.table;
    }
    const base = what === "report" ? (table === "speakers" ? "isnad-speakers" : "isnad-report") : "isnad-analysis";
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.${EXTENSIONS[format]}`) : undefined,
      filters: { [format.toUpperCase()]: [EXTENSIONS[format]] },
      saveLabel: t("Export"),
    });
    if (!target) return;
    try {
      let content: string;
      if (what === "report") {
        content = exportReport(this.view.report, format, { table, name: relativeName, labels: markdownLabels(), scope: this.title });
      } else {
        const r = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: t("Isnad: analysing the articles for export…") },
          () => this.client.sendRequest(ReportAnalysesRequest, { scope: this.scope }),
        );
        content = exportAnalyses(r.analyses, format, { name: relativeName, labels: markdownLabels() });
        if (r.skipped.length) this.log.warn(`isnad export: ${r.skipped.length} article(s) not analysed: ${r.skipped.map((s) => `${s.uri} (${s.reason})`).join("; ")}`);
      }
      await vscode.workspace.fs.writeFile(target, fileBytes(content, format));
      vscode.window.showInformationMessage(t("Exported to {0}.", vscode.workspace.asRelativePath(target)));
    } catch (err) {
      vscode.window.showErrorMessage(t("The export failed: {0}", err instanceof Error ? err.message : String(err)));
    }
  }

  snapshot(): ReportSnapshot {
    return {
      scope: this.scope,
      title: this.title,
      visible: this.panel.visible,
      view: this.view,
      rendered: this.rendered,
      lastDrill: this.lastDrill,
      rejected: this.rejected,
    };
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function describe(raw: unknown): string {
  try {
    const s = JSON.stringify(raw);
    return s === undefined ? String(raw) : s.length > 200 ? `${s.slice(0, 200)}…` : s;
  } catch {
    return String(raw);
  }
}

/** The open report panels, one per scope. */
export class ReportPanels implements vscode.Disposable {
  private readonly panels = new Map<string, ReportPanel>();
  private last: ReportPanel | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  open(scope: ReportScope, title: string): void {
    const key = scopeKey(scope);
    const existing = this.panels.get(key);
    if (existing) {
      existing.panel.reveal();
      this.last = existing;
      void existing.refresh();
      return;
    }
    const p = new ReportPanel(this.context, this.client, this.log, scope, title, () => {
      this.panels.delete(key);
      if (this.last === p) this.last = undefined;
    });
    this.panels.set(key, p);
    this.last = p;
  }

  onIndexStatus(s: IndexStatusParams): void {
    for (const p of this.panels.values()) p.onIndexStatus(s);
  }

  onAnalysisChanged(uri: string): void {
    for (const p of this.panels.values()) if (p.scope.kind !== "file" || p.scope.uri === uri) p.refreshSoon(true);
  }

  /** For the integration tests: the most recently opened panel. */
  snapshot(): ReportSnapshot | null {
    return this.last?.snapshot() ?? null;
  }

  /** For the integration tests: a message as if the webview sent it (it goes through the same checks). */
  async receive(message: unknown): Promise<void> {
    await this.last?.receive(message);
  }

  dispose(): void {
    for (const p of this.panels.values()) p.panel.dispose();
    this.panels.clear();
  }
}
