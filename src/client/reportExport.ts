// What the report's export buttons write: the report's tables or the raw
// analyses as CSV, JSON or Markdown, with article URIs turned into the
// workspace-relative paths the user sees. Pure (no vscode), built on the
// formatters of src/core/report so the CLI and the export agree.
import {
  analysesMarkdown,
  articlesCsv,
  reportMarkdown,
  speakersCsv,
  statementsCsv,
  type MarkdownLabels,
  type SourcingReport,
} from "../core/report";
import type { Analysis } from "../core/types";
import type { ExportFormat } from "../shared/reportMessages";

export type CsvTable = "articles" | "speakers";

export const EXTENSIONS: Record<ExportFormat, string> = { csv: "csv", json: "json", markdown: "md" };

/** The report with file URIs replaced by display names. */
export function namedReport(report: SourcingReport, name: (uri: string) => string): SourcingReport {
  return { ...report, articles: report.articles.map((a) => ({ ...a, file: name(a.file) })) };
}

export function exportReport(
  report: SourcingReport,
  format: ExportFormat,
  opts: { table: CsvTable; name: (uri: string) => string; labels: MarkdownLabels; scope: string },
): string {
  const r = namedReport(report, opts.name);
  if (format === "json") return JSON.stringify(r, null, 2) + "\n";
  if (format === "markdown") return reportMarkdown(r, opts.labels, opts.scope);
  return opts.table === "articles" ? articlesCsv(r) : speakersCsv(r);
}

export function exportAnalyses(analyses: Analysis[], format: ExportFormat, opts: { name: (uri: string) => string; labels: MarkdownLabels }): string {
  const named = analyses.map((a) => ({ ...a, file: opts.name(a.file) }));
  if (format === "json") return JSON.stringify(named, null, 2) + "\n";
  if (format === "markdown") return analysesMarkdown(named, opts.labels);
  return statementsCsv(named);
}

/** CSV files get a byte-order mark: spreadsheet programs then read the Arabic as UTF-8. */
export function fileBytes(content: string, format: ExportFormat): Uint8Array {
  return new TextEncoder().encode(format === "csv" ? `\uFEFF${content}` : content);
}
