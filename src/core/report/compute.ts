// The sourcing report's tables, computed from article summaries. The CLI
// (`isnad report`), the language server (the webview report, the workspace
// tree) and the exports all call these functions, so they show the same numbers.
import type { SpeakerKind, StatementKind } from "../types";
import type {
  ArticleRow,
  ArticleSummary,
  Attribution,
  Gender,
  GenderBucket,
  ReportFilter,
  ReportTotals,
  SelectedStatement,
  SourcingReport,
  SpeakerRow,
  SpeakerSummary,
  StatementRef,
} from "./types";

export const bucket = (g: Gender): GenderBucket => g ?? "unmarked";

export function attributionOf(sp: SpeakerSummary | undefined): Attribution {
  if (!sp) return "none";
  return sp.kind === "anonymous" ? "anonymous" : "named";
}

export function articleRow(a: ArticleSummary): ArticleRow {
  const row: ArticleRow = {
    file: a.file,
    lang: a.lang,
    statements: a.statements.length,
    direct: 0,
    partial: 0,
    indirect: 0,
    named: 0,
    anonymous: 0,
    unattributed: 0,
    speakers: a.speakers.length,
    anonymousSources: 0,
    anonymousWithReason: 0,
    anonymousWithoutReason: 0,
    people: 0,
    women: 0,
    men: 0,
    peopleUnmarked: 0,
    byWomen: 0,
    byMen: 0,
    byUnmarked: 0,
  };
  for (const st of a.statements) {
    row[st.kind]++;
    const sp = a.speakers[st.speaker];
    const att = attributionOf(sp);
    if (att === "none") row.unattributed++;
    else row[att]++;
    if (sp?.kind === "person") {
      const g = bucket(sp.gender);
      if (g === "female") row.byWomen++;
      else if (g === "male") row.byMen++;
      else row.byUnmarked++;
    }
  }
  for (const sp of a.speakers) {
    if (sp.kind === "anonymous") {
      row.anonymousSources++;
      if (sp.reason) row.anonymousWithReason++;
      else row.anonymousWithoutReason++;
    } else if (sp.kind === "person") {
      row.people++;
      const g = bucket(sp.gender);
      if (g === "female") row.women++;
      else if (g === "male") row.men++;
      else row.peopleUnmarked++;
    }
  }
  return row;
}

/** The most frequent value; ties go to the longer, then the first seen. */
function best<T extends string>(counts: Map<T, number> | null, fallback: T): T {
  if (!counts) return fallback;
  let out = fallback;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && v.length > out.length)) [out, n] = [v, c];
  return out;
}

function count<T extends string>(m: Map<T, number> | null, v: T | undefined): Map<T, number> | null {
  if (!v) return m;
  const map = m ?? new Map<T, number>();
  map.set(v, (map.get(v) ?? 0) + 1);
  return map;
}

interface Merge {
  row: SpeakerRow;
  names: Map<string, number> | null;
  kinds: Map<SpeakerKind, number> | null;
  titles: Map<string, number> | null;
  female: number;
  male: number;
}

const KIND_INDEX: Record<StatementKind, number> = { direct: 0, partial: 1, indirect: 2 };

/** One row per speaker key over all the articles, most statements first (then by name). */
export function speakerRows(articles: readonly ArticleSummary[]): SpeakerRow[] {
  const merges = new Map<string, Merge>();
  for (const a of articles) {
    // Statements per speaker and kind, three counters a speaker.
    const k = new Uint32Array(a.speakers.length * 3);
    for (const st of a.statements) if (st.speaker >= 0) k[st.speaker * 3 + KIND_INDEX[st.kind]]++;
    for (let i = 0; i < a.speakers.length; i++) {
      const sp = a.speakers[i];
      let m = merges.get(sp.key);
      if (!m) {
        m = {
          row: { key: sp.key, name: sp.name, kind: sp.kind, gender: null, title: "", articles: 0, statements: 0, direct: 0, partial: 0, indirect: 0, withReason: 0, withoutReason: 0 },
          names: null,
          kinds: null,
          titles: null,
          female: 0,
          male: 0,
        };
        merges.set(sp.key, m);
      }
      const r = m.row;
      const [d, p, x] = [k[i * 3], k[i * 3 + 1], k[i * 3 + 2]];
      r.articles++;
      r.direct += d;
      r.partial += p;
      r.indirect += x;
      r.statements += d + p + x;
      if (sp.kind === "anonymous") {
        if (sp.reason) r.withReason++;
        else r.withoutReason++;
      }
      // Counted only once a second article disagrees with the first: most speakers are in one article.
      if (r.articles > 1 || m.names) {
        if (!m.names) {
          m.names = count(null, r.name);
          m.kinds = count(null, r.kind);
          m.titles = count(null, r.title || undefined);
        }
        m.names = count(m.names, sp.name);
        m.kinds = count(m.kinds, sp.kind);
        m.titles = count(m.titles, sp.title);
      } else if (sp.title) r.title = sp.title;
      if (sp.gender === "female") m.female++;
      else if (sp.gender === "male") m.male++;
    }
  }
  const rows: SpeakerRow[] = [];
  for (const m of merges.values()) {
    const r = m.row;
    r.name = best(m.names, r.name);
    r.kind = best(m.kinds, r.kind);
    r.title = best(m.titles, r.title);
    r.gender = m.female > 0 && m.male === 0 ? "female" : m.male > 0 && m.female === 0 ? "male" : null;
    rows.push(r);
  }
  return rows.sort((x, y) => y.statements - x.statements || y.articles - x.articles || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

export function computeReport(articles: readonly ArticleSummary[]): SourcingReport {
  const rows = articles.map(articleRow);
  const speakers = speakerRows(articles);
  const totals: ReportTotals = {
    articles: rows.length,
    statements: 0,
    byKind: { direct: 0, partial: 0, indirect: 0 },
    attribution: { named: 0, anonymous: 0, none: 0 },
    anonymousSources: { withReason: 0, withoutReason: 0 },
    anonymousStatements: { withReason: 0, withoutReason: 0 },
    speakers: speakers.length,
    people: { female: 0, male: 0, unmarked: 0 },
    peopleStatements: { female: 0, male: 0, unmarked: 0 },
  };
  for (const r of rows) {
    totals.statements += r.statements;
    totals.byKind.direct += r.direct;
    totals.byKind.partial += r.partial;
    totals.byKind.indirect += r.indirect;
    totals.attribution.named += r.named;
    totals.attribution.anonymous += r.anonymous;
    totals.attribution.none += r.unattributed;
    totals.anonymousSources.withReason += r.anonymousWithReason;
    totals.anonymousSources.withoutReason += r.anonymousWithoutReason;
    totals.peopleStatements.female += r.byWomen;
    totals.peopleStatements.male += r.byMen;
    totals.peopleStatements.unmarked += r.byUnmarked;
  }
  for (const a of articles) {
    for (const st of a.statements) {
      const sp = a.speakers[st.speaker];
      if (sp?.kind === "anonymous") totals.anonymousStatements[sp.reason ? "withReason" : "withoutReason"]++;
    }
  }
  for (const s of speakers) if (s.kind === "person") totals.people[bucket(s.gender)]++;
  return { totals, articles: rows, speakers };
}

/** The merged gender of every person key, for ReportFilter.personGender. */
function personGenders(articles: readonly ArticleSummary[]): Map<string, GenderBucket> {
  const out = new Map<string, GenderBucket>();
  for (const r of speakerRows(articles)) if (r.kind === "person") out.set(r.key, bucket(r.gender));
  return out;
}

export function matches(a: ArticleSummary, st: StatementRef, f: ReportFilter, persons?: Map<string, GenderBucket>): boolean {
  if (f.article !== undefined && a.file !== f.article) return false;
  if (f.kind !== undefined && st.kind !== f.kind) return false;
  const sp = a.speakers[st.speaker];
  if (f.attribution !== undefined && attributionOf(sp) !== f.attribution) return false;
  if (f.reason !== undefined && (sp?.kind !== "anonymous" || sp.reason !== (f.reason === "with"))) return false;
  if (f.gender !== undefined && (sp?.kind !== "person" || bucket(sp.gender) !== f.gender)) return false;
  if (f.speaker !== undefined && sp?.key !== f.speaker) return false;
  if (f.personGender !== undefined && (!sp || persons?.get(sp.key) !== f.personGender)) return false;
  return true;
}

/**
 * The statements behind a number of the report, in article then document
 * order: `total` of them, the first `limit` listed.
 */
export function selectStatements(
  articles: readonly ArticleSummary[],
  filter: ReportFilter,
  limit = Infinity,
): { total: number; items: SelectedStatement[] } {
  const persons = filter.personGender !== undefined ? personGenders(articles) : undefined;
  const items: SelectedStatement[] = [];
  let total = 0;
  for (const a of articles) {
    if (filter.article !== undefined && a.file !== filter.article) continue;
    for (const st of a.statements) {
      if (!matches(a, st, filter, persons)) continue;
      total++;
      if (items.length >= limit) continue;
      const sp = a.speakers[st.speaker];
      items.push({ file: a.file, kind: st.kind, start: st.start, end: st.end, speaker: sp?.name ?? null, speakerKind: sp?.kind ?? null });
    }
  }
  return { total, items };
}
