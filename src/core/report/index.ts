// The sourcing report: pure computation from analyses to tables (no I/O, no
// vscode). Used by `isnad report`, the language server and the extension.
export * from "./types";
export { genderOf, nameWords, speakerKey, summarize } from "./summary";
export { articleRow, attributionOf, bucket, computeReport, matches, selectStatements, speakerRows } from "./compute";
export {
  ARTICLE_COLUMNS,
  SPEAKER_COLUMNS,
  analysesMarkdown,
  articlesCsv,
  csvField,
  reportMarkdown,
  speakersCsv,
  statementsCsv,
  toCsv,
  type MarkdownLabels,
} from "./format";
