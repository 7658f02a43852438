// The sourcing report's data: a compact summary per article (what the
// workspace index keeps instead of whole Analysis objects) and the tables
// computed from those summaries. Pure data, plain JSON.
import type { Lang, SpeakerKind, StatementKind } from "../types";

/** Gender as the text marks it; null (or missing in older analyses) = not marked. */
export type Gender = "female" | "male" | null;
/** A report bucket: a marked gender or "unmarked". */
export type GenderBucket = "female" | "male" | "unmarked";
/** Who a statement is attributed to. */
export type Attribution = "named" | "anonymous" | "none";

export interface StatementRef {
  kind: StatementKind;
  /** UTF-16 offsets of the statement's content in the article's text. */
  start: number;
  end: number;
  /** Index into ArticleSummary.speakers; -1 when the statement has no speaker. */
  speaker: number;
}

export interface SpeakerSummary {
  name: string;
  kind: SpeakerKind;
  /** Matching key across articles: the normalised full name (see speakerKey). */
  key: string;
  gender: Gender;
  title?: string;
  /** The article states why this (anonymous) source is not named. */
  reason: boolean;
  /** UTF-16 offsets of the first mention, or of the first statement when none is written. */
  start: number;
  end: number;
}

/** What the index keeps per article: a few numbers per statement and speaker. */
export interface ArticleSummary {
  /** A path (CLI) or a URI (language server). */
  file: string;
  lang: Lang;
  /** In document order. Only speakers that are quoted are kept. */
  statements: StatementRef[];
  speakers: SpeakerSummary[];
}

export interface ArticleRow {
  file: string;
  lang: Lang;
  statements: number;
  direct: number;
  partial: number;
  indirect: number;
  /** Statements by attribution. */
  named: number;
  anonymous: number;
  unattributed: number;
  /** Distinct speakers quoted in the article. */
  speakers: number;
  anonymousSources: number;
  anonymousWithReason: number;
  anonymousWithoutReason: number;
  /** People (speakers of kind "person") quoted, by gender as this article marks it. */
  people: number;
  women: number;
  men: number;
  peopleUnmarked: number;
  /** Statements by those people. */
  byWomen: number;
  byMen: number;
  byUnmarked: number;
}

/** One speaker across the articles: the same normalised name is one row. */
export interface SpeakerRow {
  key: string;
  name: string;
  kind: SpeakerKind;
  /** Marked female (or male) in at least one article and never the other way; else null. */
  gender: Gender;
  title: string;
  articles: number;
  statements: number;
  direct: number;
  partial: number;
  indirect: number;
  /** Anonymous sources: how many of the articles' sources so described state a reason, and how many do not. */
  withReason: number;
  withoutReason: number;
}

export interface ReportTotals {
  articles: number;
  statements: number;
  byKind: Record<StatementKind, number>;
  attribution: Record<Attribution, number>;
  /** Anonymous sources, counted once per article they appear in. */
  anonymousSources: { withReason: number; withoutReason: number };
  /** Statements by those sources. */
  anonymousStatements: { withReason: number; withoutReason: number };
  /** Speakers across articles (one per normalised name). */
  speakers: number;
  /** People quoted (one per normalised name), by gender. */
  people: Record<GenderBucket, number>;
  /** Statements by people, by the gender the statement's article marks. */
  peopleStatements: Record<GenderBucket, number>;
}

export interface SourcingReport {
  totals: ReportTotals;
  /** In the order of the input. */
  articles: ArticleRow[];
  /** Most statements first. */
  speakers: SpeakerRow[];
}

/**
 * Which statements a number of the report counts (every field that is set
 * must hold): what a click on a number asks for.
 */
export interface ReportFilter {
  kind?: StatementKind;
  attribution?: Attribution;
  /** Statements by anonymous sources that do (with) or do not (without) state a reason. */
  reason?: "with" | "without";
  /** Statements by people with this gender as their article marks it. */
  gender?: GenderBucket;
  /** Statements by people whose merged gender (SpeakerRow.gender) is this. */
  personGender?: GenderBucket;
  /** SpeakerRow.key. */
  speaker?: string;
  /** ArticleSummary.file. */
  article?: string;
}

export interface SelectedStatement {
  file: string;
  kind: StatementKind;
  start: number;
  end: number;
  speaker: string | null;
  speakerKind: SpeakerKind | null;
}
