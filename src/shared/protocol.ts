// Every custom LSP message Isnad speaks (`isnad/...`), declared once and used
// by both the server and the extension, so the two sides cannot drift apart.
// Only plain data crosses the wire: ranges are LSP ranges (UTF-16 positions).
import { NotificationType, RequestType } from "vscode-languageserver-protocol";
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

/** Method names, one constant each, so a typo is a compile error. */
export const Methods = {
  speakers: "isnad/speakers",
  analysis: "isnad/analysis",
  analysisChanged: "isnad/analysisChanged",
} as const;

/** Typed message objects: pass these to sendRequest/onRequest on both sides. */
export const SpeakersRequest = new RequestType<SpeakersParams, SpeakersResult, void>(Methods.speakers);
export const AnalysisRequest = new RequestType<AnalysisParams, AnalysisResult, void>(Methods.analysis);
export const AnalysisChangedNotification = new NotificationType<AnalysisChangedParams>(Methods.analysisChanged);
