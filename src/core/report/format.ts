// The report's tables as CSV (RFC 4180 quoting) and Markdown, and the raw
// analyses as one CSV row or Markdown line per statement. Column names are
// fixed English identifiers (what scripts read); Markdown takes its labels
// from the caller, so the extension writes it in the UI language.
import type { Analysis } from "../types";
import type { ArticleRow, SourcingReport, SpeakerRow } from "./types";

/** One CSV field: quoted when it holds a quote, a comma, a line break or edge spaces. */
export function csvField(v: string | number | null | undefined): string {
  const s = v == null ? "" : String(v);
  return /[",\r\n]|^\s|\s$/u.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\n") + "\n";
}

export const ARTICLE_COLUMNS = [
  ["file", "file"],
  ["lang", "lang"],
  ["statements", "statements"],
  ["direct", "direct"],
  ["partial", "partial"],
  ["indirect", "indirect"],
  ["named", "named"],
  ["anonymous", "anonymous"],
  ["unattributed", "unattributed"],
  ["speakers", "speakers"],
  ["anonymous_sources", "anonymousSources"],
  ["anonymous_with_reason", "anonymousWithReason"],
  ["anonymous_without_reason", "anonymousWithoutReason"],
  ["people", "people"],
  ["women", "women"],
  ["men", "men"],
  ["people_not_marked", "peopleUnmarked"],
  ["statements_by_women", "byWomen"],
  ["statements_by_men", "byMen"],
  ["statements_by_not_marked", "byUnmarked"],
] as const satisfies readonly (readonly [string, keyof ArticleRow])[];

export const SPEAKER_COLUMNS = [
  ["name", "name"],
  ["kind", "kind"],
  ["gender", "gender"],
  ["title", "title"],
  ["articles", "articles"],
  ["statements", "statements"],
  ["direct", "direct"],
  ["partial", "partial"],
  ["indirect", "indirect"],
  ["anonymous_with_reason", "withReason"],
  ["anonymous_without_reason", "withoutReason"],
  ["key", "key"],
] as const satisfies readonly (readonly [string, keyof SpeakerRow])[];

export function articlesCsv(report: SourcingReport): string {
  return toCsv(
    ARTICLE_COLUMNS.map((c) => c[0]),
    report.articles.map((r) => ARTICLE_COLUMNS.map(([, k]) => r[k])),
  );
}

export function speakersCsv(report: SourcingReport): string {
  return toCsv(
    SPEAKER_COLUMNS.map((c) => c[0]),
    report.speakers.map((r) => SPEAKER_COLUMNS.map(([, k]) => (k === "gender" ? (r.gender ?? "") : r[k]))),
  );
}

/** The raw analyses, one row per statement with its speaker; offsets are UTF-16 code units. */
export function statementsCsv(analyses: readonly Analysis[]): string {
  const header = ["file", "statement", "kind", "start", "end", "speaker", "speaker_kind", "gender", "title", "anonymity", "cue", "source", "content"];
  const rows: (string | number | null)[][] = [];
  for (const a of analyses) {
    const byId = new Map(a.speakers.map((s) => [s.id, s]));
    for (const st of a.statements) {
      const sp = st.speaker == null ? undefined : byId.get(st.speaker);
      rows.push([
        a.file,
        st.id,
        st.kind,
        st.content.start,
        st.content.end,
        sp?.name ?? "",
        sp?.kind ?? "",
        sp?.gender ?? "",
        sp?.title ?? "",
        sp ? sp.anonymity.map((x) => x.text).join(" | ") : "",
        st.cue?.text ?? "",
        st.source?.text ?? "",
        st.content.text,
      ]);
    }
  }
  return toCsv(header, rows);
}

/** Labels of the Markdown exports, in the UI language. */
export interface MarkdownLabels {
  title: string;
  scope: string;
  summary: string;
  articles: string;
  statements: string;
  direct: string;
  partial: string;
  indirect: string;
  named: string;
  anonymous: string;
  unattributed: string;
  anonymousWithReason: string;
  anonymousWithoutReason: string;
  women: string;
  men: string;
  notMarked: string;
  peopleQuoted: string;
  statementsByPeople: string;
  speakers: string;
  name: string;
  kind: string;
  gender: string;
  file: string;
  speaker: string;
  cue: string;
  content: string;
  noSpeaker: string;
}

/** A Markdown table cell: one line, pipes escaped. */
function cell(v: string | number): string {
  return String(v).replace(/\s+/gu, " ").replace(/\|/g, "\\|").trim();
}

function mdTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [
    `| ${header.map(cell).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
}

export function reportMarkdown(report: SourcingReport, L: MarkdownLabels, scope: string): string {
  const t = report.totals;
  const out = [`# ${L.title}`, "", `${L.scope}: ${scope}`, "", `## ${L.summary}`, ""];
  out.push(
    ...mdTable(
      ["", "#"],
      [
        [L.articles, t.articles],
        [L.statements, t.statements],
        [L.direct, t.byKind.direct],
        [L.partial, t.byKind.partial],
        [L.indirect, t.byKind.indirect],
        [L.named, t.attribution.named],
        [L.anonymous, t.attribution.anonymous],
        [L.unattributed, t.attribution.none],
        [L.anonymousWithReason, t.anonymousSources.withReason],
        [L.anonymousWithoutReason, t.anonymousSources.withoutReason],
        [`${L.peopleQuoted}: ${L.women}`, t.people.female],
        [`${L.peopleQuoted}: ${L.men}`, t.people.male],
        [`${L.peopleQuoted}: ${L.notMarked}`, t.people.unmarked],
        [`${L.statementsByPeople}: ${L.women}`, t.peopleStatements.female],
        [`${L.statementsByPeople}: ${L.men}`, t.peopleStatements.male],
        [`${L.statementsByPeople}: ${L.notMarked}`, t.peopleStatements.unmarked],
      ],
    ),
  );
  out.push("", `## ${L.speakers}`, "");
  out.push(
    ...mdTable(
      [L.name, L.kind, L.gender, L.articles, L.statements, L.direct, L.partial, L.indirect],
      report.speakers.map((s) => [s.name, s.kind, s.gender ?? L.notMarked, s.articles, s.statements, s.direct, s.partial, s.indirect]),
    ),
  );
  out.push("", `## ${L.articles}`, "");
  out.push(
    ...mdTable(
      [L.file, L.statements, L.named, L.anonymous, L.unattributed, L.anonymousWithoutReason, L.women, L.men, L.notMarked],
      report.articles.map((a) => [a.file, a.statements, a.named, a.anonymous, a.unattributed, a.anonymousWithoutReason, a.women, a.men, a.peopleUnmarked]),
    ),
  );
  return out.join("\n") + "\n";
}

/** The raw analyses as Markdown: per article, one table row per statement. */
export function analysesMarkdown(analyses: readonly Analysis[], L: MarkdownLabels): string {
  const out = [`# ${L.title}`];
  for (const a of analyses) {
    const byId = new Map(a.speakers.map((s) => [s.id, s]));
    out.push("", `## ${cell(a.file)}`, "");
    out.push(
      ...mdTable(
        [L.kind, L.speaker, L.cue, L.content],
        a.statements.map((st) => {
          const sp = st.speaker == null ? undefined : byId.get(st.speaker);
          return [st.kind, sp ? sp.name : L.noSpeaker, st.cue?.text ?? "", st.content.text];
        }),
      ),
    );
  }
  return out.join("\n") + "\n";
}
