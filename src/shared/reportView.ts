// What the sourcing report's webview draws, as plain data: the summary
// numbers, the charts and the tables, each number with the filter that lists
// the statements behind it (a click). Pure and DOM-free, so the tests check
// that the webview shows exactly the report's numbers.
import type { ArticleRow, ReportFilter, SourcingReport, SpeakerRow } from "../core/report/types";

/** Every string the webview shows, in the UI language (filled by the extension with vscode.l10n). */
export interface ReportLabels {
  title: string;
  articles: string;
  statements: string;
  speakers: string;
  direct: string;
  partial: string;
  indirect: string;
  named: string;
  anonymous: string;
  unattributed: string;
  withReason: string;
  withoutReason: string;
  anonymousSources: string;
  women: string;
  men: string;
  notMarked: string;
  peopleQuoted: string;
  statementsByPeople: string;
  chartKinds: string;
  chartAttribution: string;
  chartAnonymity: string;
  chartSpeakers: string;
  chartGender: string;
  chartArticles: string;
  tableArticles: string;
  tableSpeakers: string;
  file: string;
  name: string;
  kind: string;
  gender: string;
  /** "{0} of {1} statements" */
  showing: string;
  /** "Indexing the workspace: {0} of {1} files…" */
  indexing: string;
  /** "{0} more rows: export the report to see them all" */
  moreRows: string;
  noStatements: string;
  exportReport: string;
  exportAnalysis: string;
  refresh: string;
  close: string;
  line: string;
  noSpeaker: string;
  speakerKinds: Record<"person" | "organization" | "anonymous" | "group" | "unknown", string>;
  genders: Record<"female" | "male", string>;
}

export type ColorName = "blue" | "green" | "red" | "yellow" | "orange" | "purple" | "gray";

export interface ChartSeries {
  label: string;
  color: ColorName;
  values: number[];
  /** One per value: the statements a click on it lists. */
  filters: ReportFilter[];
}

export interface ChartSpec {
  id: "kinds" | "attribution" | "anonymity" | "speakers" | "gender" | "articles";
  title: string;
  type: "doughnut" | "bar" | "hbar" | "stacked";
  categories: string[];
  series: ChartSeries[];
}

export interface Card {
  label: string;
  value: number;
  /** Share of the statements, for the attribution cards. */
  percent?: number;
  filter: ReportFilter;
}

export const MAX_CHART_SPEAKERS = 10;
export const MAX_CHART_ARTICLES = 30;
export const MAX_TABLE_ROWS = 300;

const pct = (n: number, of: number) => (of > 0 ? Math.round((1000 * n) / of) / 10 : 0);

export function reportCards(r: SourcingReport, L: ReportLabels): Card[] {
  const t = r.totals;
  return [
    { label: L.articles, value: t.articles, filter: {} },
    { label: L.statements, value: t.statements, filter: {} },
    { label: L.named, value: t.attribution.named, percent: pct(t.attribution.named, t.statements), filter: { attribution: "named" } },
    { label: L.anonymous, value: t.attribution.anonymous, percent: pct(t.attribution.anonymous, t.statements), filter: { attribution: "anonymous" } },
    { label: L.unattributed, value: t.attribution.none, percent: pct(t.attribution.none, t.statements), filter: { attribution: "none" } },
    { label: `${L.anonymousSources}: ${L.withoutReason}`, value: t.anonymousSources.withoutReason, filter: { reason: "without" } },
    { label: `${L.peopleQuoted}: ${L.women}`, value: t.people.female, filter: { personGender: "female" } },
    { label: `${L.peopleQuoted}: ${L.men}`, value: t.people.male, filter: { personGender: "male" } },
  ];
}

export function reportCharts(r: SourcingReport, L: ReportLabels, name: (file: string) => string): ChartSpec[] {
  const t = r.totals;
  const top = r.speakers.filter((s) => s.kind !== "anonymous" && s.statements > 0).slice(0, MAX_CHART_SPEAKERS);
  const articles = [...r.articles].sort((a, b) => b.statements - a.statements).slice(0, MAX_CHART_ARTICLES);
  return [
    {
      id: "kinds",
      title: L.chartKinds,
      type: "doughnut",
      categories: [L.direct, L.partial, L.indirect],
      series: [
        {
          label: L.statements,
          color: "blue",
          values: [t.byKind.direct, t.byKind.partial, t.byKind.indirect],
          filters: [{ kind: "direct" }, { kind: "partial" }, { kind: "indirect" }],
        },
      ],
    },
    {
      id: "attribution",
      title: L.chartAttribution,
      type: "doughnut",
      categories: [L.named, L.anonymous, L.unattributed],
      series: [
        {
          label: L.statements,
          color: "green",
          values: [t.attribution.named, t.attribution.anonymous, t.attribution.none],
          filters: [{ attribution: "named" }, { attribution: "anonymous" }, { attribution: "none" }],
        },
      ],
    },
    {
      id: "anonymity",
      title: L.chartAnonymity,
      type: "bar",
      categories: [L.withReason, L.withoutReason],
      series: [
        {
          label: L.anonymousSources,
          color: "orange",
          values: [t.anonymousSources.withReason, t.anonymousSources.withoutReason],
          filters: [{ reason: "with" }, { reason: "without" }],
        },
        {
          label: L.statements,
          color: "yellow",
          values: [t.anonymousStatements.withReason, t.anonymousStatements.withoutReason],
          filters: [{ reason: "with" }, { reason: "without" }],
        },
      ],
    },
    {
      id: "speakers",
      title: L.chartSpeakers,
      type: "hbar",
      categories: top.map((s) => s.name),
      series: [{ label: L.statements, color: "blue", values: top.map((s) => s.statements), filters: top.map((s) => ({ speaker: s.key })) }],
    },
    {
      id: "gender",
      title: L.chartGender,
      type: "bar",
      categories: [L.women, L.men, L.notMarked],
      series: [
        {
          label: L.peopleQuoted,
          color: "purple",
          values: [t.people.female, t.people.male, t.people.unmarked],
          filters: [{ personGender: "female" }, { personGender: "male" }, { personGender: "unmarked" }],
        },
        {
          label: L.statementsByPeople,
          color: "blue",
          values: [t.peopleStatements.female, t.peopleStatements.male, t.peopleStatements.unmarked],
          filters: [{ gender: "female" }, { gender: "male" }, { gender: "unmarked" }],
        },
      ],
    },
    {
      id: "articles",
      title: L.chartArticles,
      type: "stacked",
      categories: articles.map((a) => name(a.file)),
      series: (
        [
          [L.named, "green", "named", "named"],
          [L.anonymous, "red", "anonymous", "anonymous"],
          [L.unattributed, "gray", "unattributed", "none"],
        ] as const
      ).map(([label, color, key, attribution]) => ({
        label,
        color,
        values: articles.map((a) => a[key]),
        filters: articles.map((a) => ({ article: a.file, attribution })),
      })),
    },
  ];
}

export interface Column<Row> {
  label: string;
  value: (r: Row) => number;
  filter: (r: Row) => ReportFilter;
}

export function articleColumns(L: ReportLabels): Column<ArticleRow>[] {
  const c = (label: string, value: (r: ArticleRow) => number, f: ReportFilter): Column<ArticleRow> => ({ label, value, filter: (r) => ({ article: r.file, ...f }) });
  return [
    c(L.statements, (r) => r.statements, {}),
    c(L.direct, (r) => r.direct, { kind: "direct" }),
    c(L.partial, (r) => r.partial, { kind: "partial" }),
    c(L.indirect, (r) => r.indirect, { kind: "indirect" }),
    c(L.named, (r) => r.named, { attribution: "named" }),
    c(L.anonymous, (r) => r.anonymous, { attribution: "anonymous" }),
    c(L.unattributed, (r) => r.unattributed, { attribution: "none" }),
    c(`${L.anonymousSources}: ${L.withoutReason}`, (r) => r.anonymousWithoutReason, { reason: "without" }),
    c(L.women, (r) => r.women, { gender: "female" }),
    c(L.men, (r) => r.men, { gender: "male" }),
    c(L.notMarked, (r) => r.peopleUnmarked, { gender: "unmarked" }),
  ];
}

export function speakerColumns(L: ReportLabels): Column<SpeakerRow>[] {
  const c = (label: string, value: (r: SpeakerRow) => number, f: ReportFilter): Column<SpeakerRow> => ({ label, value, filter: (r) => ({ speaker: r.key, ...f }) });
  return [
    c(L.articles, (r) => r.articles, {}),
    c(L.statements, (r) => r.statements, {}),
    c(L.direct, (r) => r.direct, { kind: "direct" }),
    c(L.partial, (r) => r.partial, { kind: "partial" }),
    c(L.indirect, (r) => r.indirect, { kind: "indirect" }),
  ];
}

/** "{0} of {1}" with its arguments. */
export function fill(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}
