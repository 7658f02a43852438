// Every custom LSP message Isnad speaks (`isnad/...`), declared once and used
// by both the server and the extension, so the two sides cannot drift apart.
// Only plain data crosses the wire: ranges are LSP ranges (UTF-16 positions).
import { NotificationType, RequestType } from "vscode-languageserver-protocol";
import type { ReportFilter, SourcingReport } from "../core/report/types";
import type { Analysis, SpeakerKind, StatementKind } from "../core/types";

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export interface SpeakerStatementInfo {
  id: string;
  kind: StatementKind;
  /** The statement's content, whole (the client shortens it for display). */
  content: string;
  /** Range of the whole statement: from the earliest of cue/source/content to the latest. */
  range: LspRange;
  /** Range of the content alone, what a click selects. */
  contentRange: LspRange;
  cue: string | null;
  cueRange: LspRange | null;
}

export interface SpeakerInfo {
  id: string;
  name: string;
  kind: SpeakerKind;
  title?: string;
  /** As the article marks it (Speaker.gender); null when it does not say. */
  gender: "female" | "male" | null;
  /** Anonymity phrases tied to this speaker, as written. */
  anonymity: string[];
  mentions: LspRange[];
  statements: SpeakerStatementInfo[];
}

/**
 * Why a document was not analysed, as a code with its figures: the client words
 * it in its own language (the server sends no sentences to sort by regex).
 */
export type SkipReason =
  | { code: "tooLarge"; /** characters in the document */ size: number; /** isnad.maxDocumentSize */ max: number }
  | { code: "languageOff"; lang: "ar" | "en" | "mixed" | "unknown" }
  | { code: "analysisFailed" };

export interface SpeakersParams {
  uri: string;
}
export interface SpeakersResult {
  uri: string;
  /** Document version the answer describes; null when the document is not open. */
  version: number | null;
  speakers: SpeakerInfo[];
  /** Set when the document was not analysed (too large, language turned off, analysis failed). */
  skipped?: SkipReason;
}

export interface AnalysisParams {
  uri: string;
}
/** The contract object of the CLI's `--format json`, for "copy analysis as JSON". */
export type AnalysisResult = Analysis | null;

export interface AnalysisChangedParams {
  uri: string;
  version: number;
  speakers: number;
  anonymous: number;
  statements: number;
  skipped?: SkipReason;
}

// ---- The workspace index and the sourcing report ----

/** Where the background index stands. */
export interface IndexStatusParams {
  /** off: turned off by isnad.workspace.index; scanning: listing folders; indexing: analysing files. */
  state: "off" | "scanning" | "indexing" | "idle";
  /** Files analysed (or found unusable) in this run, and all files this run has to see. */
  done: number;
  total: number;
  /** Analysed workspace articles in the index (an open editor's live text standing for its file). */
  articles: number;
}

export type ReportScope = { kind: "workspace" } | { kind: "folder"; uri: string } | { kind: "file"; uri: string };

/** One speaker across the workspace's articles (the same normalised name is one). */
export interface WorkspaceSpeakerInfo {
  key: string;
  name: string;
  kind: SpeakerKind;
  gender: "female" | "male" | null;
  title?: string;
  articles: number;
  statements: number;
}

export type WorkspaceSpeakersParams = Record<string, never>;
export interface WorkspaceSpeakersResult {
  /** Most quoted first; at most `limit` of `total`. */
  speakers: WorkspaceSpeakerInfo[];
  total: number;
  status: IndexStatusParams;
}

export interface WorkspaceSpeakerParams {
  key: string;
}
export interface WorkspaceStatementInfo {
  kind: StatementKind;
  /** The statement's content in its article. */
  range: LspRange;
  preview: string;
}
export interface WorkspaceSpeakerArticle {
  uri: string;
  /** The speaker's name as this article writes it. */
  name: string;
  title?: string;
  /** For an anonymous source: whether the article says why it is not named. */
  reason: boolean;
  statements: WorkspaceStatementInfo[];
}
export interface WorkspaceSpeakerResult {
  key: string;
  articles: WorkspaceSpeakerArticle[];
  /** Articles quoting the speaker; `articles` lists the first ones only when there are very many. */
  total: number;
}

export interface ReportParams {
  scope: ReportScope;
}
export interface ReportResult {
  scope: ReportScope;
  report: SourcingReport;
  status: IndexStatusParams;
  /** Why a single file could not be reported on, when it could not. */
  skipped?: string;
}

export interface ReportStatementsParams {
  scope: ReportScope;
  filter: ReportFilter;
  /** At most this many items (default and cap: 500). */
  limit?: number;
}
export interface ReportStatementItem {
  uri: string;
  kind: StatementKind;
  range: LspRange;
  preview: string;
  speaker: string | null;
  speakerKind: SpeakerKind | null;
}
export interface ReportStatementsResult {
  total: number;
  items: ReportStatementItem[];
}

export interface ReportAnalysesParams {
  scope: ReportScope;
}
export interface ReportAnalysesResult {
  /** The analysis contract per article, `file` being the article's URI. */
  analyses: Analysis[];
  /** Articles that could not be analysed, with the reason. */
  skipped: { uri: string; reason: string }[];
}

// ---- Workspace trust ----

/**
 * The workspace became trusted (VS Code's "Trust" button): the server may now read the
 * workspace's house lexicon (.isnad.json). Whether it starts trusted goes in the
 * initialization options (`trusted`). Trust is never withdrawn within a session.
 */
export interface WorkspaceTrustParams {
  trusted: boolean;
}

/** Method names, one constant each, so a typo is a compile error. */
export const Methods = {
  speakers: "isnad/speakers",
  analysis: "isnad/analysis",
  analysisChanged: "isnad/analysisChanged",
  indexStatus: "isnad/indexStatus",
  workspaceSpeakers: "isnad/workspaceSpeakers",
  workspaceSpeaker: "isnad/workspaceSpeaker",
  report: "isnad/report",
  reportStatements: "isnad/reportStatements",
  reportAnalyses: "isnad/reportAnalyses",
  workspaceTrust: "isnad/workspaceTrust",
} as const;

/** Typed message objects: pass these to sendRequest/onRequest on both sides. */
export const SpeakersRequest = new RequestType<SpeakersParams, SpeakersResult, void>(Methods.speakers);
export const AnalysisRequest = new RequestType<AnalysisParams, AnalysisResult, void>(Methods.analysis);
export const AnalysisChangedNotification = new NotificationType<AnalysisChangedParams>(Methods.analysisChanged);
export const IndexStatusNotification = new NotificationType<IndexStatusParams>(Methods.indexStatus);
export const WorkspaceSpeakersRequest = new RequestType<WorkspaceSpeakersParams, WorkspaceSpeakersResult, void>(Methods.workspaceSpeakers);
export const WorkspaceSpeakerRequest = new RequestType<WorkspaceSpeakerParams, WorkspaceSpeakerResult, void>(Methods.workspaceSpeaker);
export const ReportRequest = new RequestType<ReportParams, ReportResult, void>(Methods.report);
export const ReportStatementsRequest = new RequestType<ReportStatementsParams, ReportStatementsResult, void>(Methods.reportStatements);
export const ReportAnalysesRequest = new RequestType<ReportAnalysesParams, ReportAnalysesResult, void>(Methods.reportAnalyses);
export const WorkspaceTrustNotification = new NotificationType<WorkspaceTrustParams>(Methods.workspaceTrust);
