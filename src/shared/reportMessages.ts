// The messages between the sourcing report's webview and the extension (not
// LSP messages: they never reach the server). Everything the webview sends is
// untrusted input: parseFromWebview accepts exactly these shapes and nothing
// else, and the extension drops (and logs) whatever it rejects.
import type { ReportFilter, SourcingReport } from "../core/report/types";
import type { IndexStatusParams, LspRange } from "./protocol";
import type { ReportLabels } from "./reportView";

/** What the webview shows: the report, its labels in the UI language, display names. */
export interface ReportViewData {
  locale: "en" | "ar";
  labels: ReportLabels;
  /** "Workspace", a folder's or a file's name. */
  scopeLabel: string;
  report: SourcingReport;
  /** Article URI → its path relative to the workspace, for display. */
  names: Record<string, string>;
  status: IndexStatusParams;
  /** Why a single article could not be reported on. */
  skipped?: string;
}

export interface DrillItem {
  uri: string;
  name: string;
  line: number;
  range: LspRange;
  kind: string;
  speaker: string;
  preview: string;
}

export type ToWebview =
  | { type: "report"; view: ReportViewData }
  | { type: "drill"; requestId: number; title: string; total: number; items: DrillItem[] }
  | { type: "error"; message: string };

export type ExportWhat = "report" | "analysis";
export type ExportFormat = "csv" | "json" | "markdown";

export type FromWebview =
  | { type: "ready" }
  | { type: "refresh" }
  | { type: "drill"; requestId: number; title: string; filter: ReportFilter }
  | { type: "reveal"; uri: string; range: LspRange }
  | { type: "export"; what: ExportWhat; format: ExportFormat }
  | { type: "rendered"; charts: number; numbers: number };

const MAX_STRING = 4096;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 1e9;
const isText = (v: unknown): v is string => typeof v === "string" && v.length <= MAX_STRING;
const oneOf = <T extends string>(v: unknown, values: readonly T[]): v is T => typeof v === "string" && (values as readonly string[]).includes(v);
/** Exactly these keys (the optional ones may be missing), no others. */
function keysAre(o: Obj, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(o);
  return required.every((k) => k in o) && keys.every((k) => required.includes(k) || optional.includes(k));
}

function isPosition(v: unknown): boolean {
  return isObj(v) && keysAre(v, ["line", "character"]) && isCount(v.line) && isCount(v.character);
}

export function isRange(v: unknown): v is LspRange {
  return isObj(v) && keysAre(v, ["start", "end"]) && isPosition(v.start) && isPosition(v.end);
}

const FILTER_KEYS = ["kind", "attribution", "reason", "gender", "personGender", "speaker", "article"] as const;
const GENDERS = ["female", "male", "unmarked"] as const;

export function isFilter(v: unknown): v is ReportFilter {
  if (!isObj(v) || !keysAre(v, [], FILTER_KEYS)) return false;
  if ("kind" in v && !oneOf(v.kind, ["direct", "partial", "indirect"])) return false;
  if ("attribution" in v && !oneOf(v.attribution, ["named", "anonymous", "none"])) return false;
  if ("reason" in v && !oneOf(v.reason, ["with", "without"])) return false;
  if ("gender" in v && !oneOf(v.gender, GENDERS)) return false;
  if ("personGender" in v && !oneOf(v.personGender, GENDERS)) return false;
  if ("speaker" in v && !isText(v.speaker)) return false;
  if ("article" in v && !isText(v.article)) return false;
  return true;
}

/** The message if it is one the webview may send, else null. */
export function parseFromWebview(msg: unknown): FromWebview | null {
  if (!isObj(msg) || typeof msg.type !== "string") return null;
  switch (msg.type) {
    case "ready":
    case "refresh":
      return keysAre(msg, ["type"]) ? { type: msg.type } : null;
    case "drill":
      return keysAre(msg, ["type", "requestId", "title", "filter"]) && isCount(msg.requestId) && isText(msg.title) && isFilter(msg.filter)
        ? { type: "drill", requestId: msg.requestId, title: msg.title, filter: msg.filter }
        : null;
    case "reveal":
      return keysAre(msg, ["type", "uri", "range"]) && isText(msg.uri) && isRange(msg.range) ? { type: "reveal", uri: msg.uri, range: msg.range } : null;
    case "export":
      return keysAre(msg, ["type", "what", "format"]) && oneOf(msg.what, ["report", "analysis"]) && oneOf(msg.format, ["csv", "json", "markdown"])
        ? { type: "export", what: msg.what, format: msg.format }
        : null;
    case "rendered":
      return keysAre(msg, ["type", "charts", "numbers"]) && isCount(msg.charts) && isCount(msg.numbers)
        ? { type: "rendered", charts: msg.charts, numbers: msg.numbers }
        : null;
    default:
      return null;
  }
}
