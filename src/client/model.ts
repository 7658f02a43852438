// Pure logic behind the extension's UI: turning an `isnad/speakers` answer
// into tree nodes, labels, status-bar text, cursor lookup and the restart
// budget. It imports nothing from vscode (only types from the shared protocol)
// so vitest can test it directly; user-visible strings go through an injected
// `t` (vscode.l10n.t at runtime), keyed by their English text, and the words the
// server and the CLI also use come from the shared table (src/shared/labels.ts)
// in `t.locale`.
import type { LspPosition, LspRange, SkipReason, SpeakerInfo, SpeakersResult, SpeakerStatementInfo } from "../shared/protocol";
import { SPEAKER_GROUP, SPEAKER_KIND, STATEMENT_KIND, isolate, shorten } from "../shared/labels";
import type { Locale, SpeakerKind, StatementKind } from "../core";

export interface Translate {
  (message: string, ...args: Array<string | number>): string;
  /** The UI language, for the shared tables. */
  readonly locale: Locale;
}

/** `t` for tests and fallbacks: the English message with {n} filled in. */
export const englishT: Translate = Object.assign(
  (message: string, ...args: Array<string | number>) =>
    message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m)),
  { locale: "en" as const },
);

export type GroupKey = "person" | "organization" | "anonymous" | "group" | "other";

export interface StatementNode {
  type: "statement";
  /** Tree-wide unique id: `statement:<Statement.id>`. */
  id: string;
  statementId: string;
  parentId: string;
  label: string;
  description: string;
  tooltip: string;
  kind: StatementKind;
  /** Codicon id. */
  icon: string;
  range: LspRange;
  contentRange: LspRange;
}

export interface SpeakerNode {
  type: "speaker";
  /** Tree-wide unique id: `speaker:<Speaker.id>`. */
  id: string;
  speakerId: string;
  parentId: string;
  label: string;
  description: string;
  tooltip: string;
  kind: SpeakerKind;
  icon: string;
  mentions: LspRange[];
  statements: StatementNode[];
}

export interface GroupNode {
  type: "group";
  /** `group:<key>`. */
  id: string;
  key: GroupKey;
  label: string;
  /** The number of speakers in the group. */
  description: string;
  icon: string;
  speakers: SpeakerNode[];
}

export type TreeNode = GroupNode | SpeakerNode | StatementNode;

export type EmptyState = "noArticle" | "noStatements" | "tooLarge" | "languageOff" | "skipped" | "serverError";

export interface TreeModel {
  uri: string | null;
  version: number | null;
  groups: GroupNode[];
  /** Why the tree is empty (or has no statements), for `view.message`. */
  empty?: EmptyState;
  skipped?: SkipReason;
  speakers: number;
  anonymous: number;
  statements: number;
}

export const emptyModel = (empty: EmptyState, uri: string | null = null): TreeModel => ({
  uri,
  version: null,
  groups: [],
  empty,
  speakers: 0,
  anonymous: 0,
  statements: 0,
});

const KIND_ICONS: Record<StatementKind, string> = {
  direct: "quote",
  partial: "comment-discussion",
  indirect: "megaphone",
};

const SPEAKER_ICONS: Record<SpeakerKind, string> = {
  person: "person",
  organization: "organization",
  anonymous: "eye-closed",
  group: "account",
  unknown: "question",
};

const GROUP_ICONS: Record<GroupKey, string> = {
  person: "person",
  organization: "organization",
  anonymous: "eye-closed",
  group: "account",
  other: "question",
};

export function groupKeyOf(kind: SpeakerKind): GroupKey {
  return kind === "unknown" ? "other" : kind;
}

export function groupLabel(key: GroupKey, t: Translate): string {
  return SPEAKER_GROUP[key === "other" ? "unknown" : key][t.locale];
}

export function speakerKindLabel(kind: SpeakerKind, t: Translate): string {
  return SPEAKER_KIND[kind][t.locale];
}

export function statementKindLabel(kind: StatementKind, t: Translate): string {
  return STATEMENT_KIND[kind][t.locale];
}

export function statementCount(n: number, t: Translate): string {
  return n === 1 ? t("1 statement") : t("{0} statements", n);
}

export function speakerCount(n: number, t: Translate): string {
  return n === 1 ? t("1 speaker") : t("{0} speakers", n);
}

/** "Isnad: 7 speakers · 3 anonymous" for the status bar. */
export function statusText(speakers: number, anonymous: number, t: Translate): string {
  return t("Isnad: {0} · {1}", speakerCount(speakers, t), t("{0} anonymous", anonymous));
}

/** The empty state a skip reason code leads to. */
export function emptyStateOf(skipped: SkipReason): "tooLarge" | "languageOff" | "skipped" {
  return skipped.code === "tooLarge" ? "tooLarge" : skipped.code === "languageOff" ? "languageOff" : "skipped";
}

/** Why a document was not analysed, in the UI language (status bar tooltip, the view's message). */
export function skipMessage(skipped: SkipReason, t: Translate): string {
  const nf = (n: number) => n.toLocaleString("en-US");
  switch (skipped.code) {
    case "tooLarge":
      return t(
        "Isnad did not analyse this document: it has {0} characters, more than the limit of {1}. Raise the setting isnad.maxDocumentSize to analyse it.",
        nf(skipped.size),
        nf(skipped.max),
      );
    case "languageOff":
      return t("Isnad is turned off for this article's language ({0}) by the setting isnad.languages.", skipped.lang);
    case "analysisFailed":
      return t("Isnad could not analyse this text (an internal error, logged in the Isnad output channel).");
  }
}

export function emptyMessage(model: TreeModel, t: Translate): string | undefined {
  if (model.skipped) return skipMessage(model.skipped, t);
  switch (model.empty) {
    case undefined:
      return undefined;
    case "noArticle":
      return t("Open an article (plain text, Markdown or .news) to see who said what.");
    case "noStatements":
      return t("No statements found in this article.");
    case "tooLarge":
      return t("This document is too large to analyse (see the isnad.maxDocumentSize setting).");
    case "languageOff":
      return t("This article's language is turned off (see the isnad.languages setting).");
    case "skipped":
      return t("This document was not analysed.");
    case "serverError":
      return t("The Isnad language server is not available. Run “Isnad: Restart Server”.");
  }
}

/** A gender the article marks, as the tree shows it (woman / man; the l10n bundle has امرأة / رجل). */
function markedGender(g: "female" | "male", t: Translate): string {
  return g === "female" ? t("woman") : t("man");
}

function speakerTooltip(s: SpeakerInfo, t: Translate): string {
  const lines = [s.name];
  if (s.title) lines.push(s.title);
  lines.push(s.gender ? `${speakerKindLabel(s.kind, t)} · ${markedGender(s.gender, t)}` : speakerKindLabel(s.kind, t));
  if (s.anonymity.length > 0) {
    lines.push(t("Anonymity: {0}", s.anonymity.map((a) => `«${isolate(a)}»`).join(", ")));
  } else if (s.kind === "anonymous") {
    lines.push(t("No reason for anonymity given"));
  }
  const mentions = s.mentions.length === 1 ? t("1 mention") : t("{0} mentions", s.mentions.length);
  lines.push(`${statementCount(s.statements.length, t)} · ${mentions}`);
  return lines.join("\n");
}

function statementNode(st: SpeakerStatementInfo, parentId: string, t: Translate): StatementNode {
  const full = st.content.length > 600 ? `${st.content.slice(0, 600)}…` : st.content;
  return {
    type: "statement",
    id: `statement:${st.id}`,
    statementId: st.id,
    parentId,
    label: isolate(shorten(st.content)),
    description: st.cue ? isolate(st.cue) : "",
    tooltip: `${statementKindLabel(st.kind, t)}${st.cue ? ` — ${isolate(st.cue)}` : ""}\n${full}`,
    kind: st.kind,
    icon: KIND_ICONS[st.kind],
    range: st.range,
    contentRange: st.contentRange,
  };
}

function speakerNode(s: SpeakerInfo, parentId: string, t: Translate): SpeakerNode {
  const id = `speaker:${s.id}`;
  const what = s.title ? isolate(s.title) : speakerKindLabel(s.kind, t);
  return {
    type: "speaker",
    id,
    speakerId: s.id,
    parentId,
    label: isolate(s.name),
    // The gender only when the article marks it (a small word: woman / امرأة).
    description: `${what}${s.gender ? ` · ${markedGender(s.gender, t)}` : ""} · ${statementCount(s.statements.length, t)}`,
    tooltip: speakerTooltip(s, t),
    kind: s.kind,
    icon: SPEAKER_ICONS[s.kind],
    mentions: s.mentions,
    statements: s.statements.map((st) => statementNode(st, id, t)),
  };
}

const ALWAYS_SHOWN: GroupKey[] = ["person", "organization", "anonymous"];
const GROUP_ORDER: GroupKey[] = ["person", "organization", "anonymous", "group", "other"];

/** Groups speakers for the tree. Speakers keep the server's order (order of appearance). */
export function buildTree(result: SpeakersResult, t: Translate): TreeModel {
  const statements = result.speakers.reduce((n, s) => n + s.statements.length, 0);
  const anonymous = result.speakers.filter((s) => s.kind === "anonymous").length;
  const base = { uri: result.uri, version: result.version, speakers: result.speakers.length, anonymous, statements };
  if (result.skipped !== undefined) {
    return { ...base, groups: [], empty: emptyStateOf(result.skipped), skipped: result.skipped };
  }
  if (result.speakers.length === 0) return { ...base, groups: [], empty: "noStatements" };
  const byKey = new Map<GroupKey, SpeakerNode[]>();
  for (const s of result.speakers) {
    const key = groupKeyOf(s.kind);
    const list = byKey.get(key) ?? [];
    list.push(speakerNode(s, `group:${key}`, t));
    byKey.set(key, list);
  }
  const groups: GroupNode[] = [];
  for (const key of GROUP_ORDER) {
    const speakers = byKey.get(key) ?? [];
    if (speakers.length === 0 && !ALWAYS_SHOWN.includes(key)) continue;
    groups.push({
      type: "group",
      id: `group:${key}`,
      key,
      label: groupLabel(key, t),
      description: String(speakers.length),
      icon: GROUP_ICONS[key],
      speakers,
    });
  }
  const model: TreeModel = { ...base, groups };
  if (statements === 0) model.empty = "noStatements";
  return model;
}

/**
 * Reuses the node objects of the previous tree for ids that survive, updating
 * them in place, so the tree view keeps selection, expansion and `reveal`
 * targets across re-analyses. Returns the id index of the new tree.
 */
export function reconcile(prev: ReadonlyMap<string, TreeNode>, model: TreeModel): Map<string, TreeNode> {
  const index = new Map<string, TreeNode>();
  const keep = <N extends TreeNode>(node: N): N => {
    const old = prev.get(node.id);
    const out = old && old.type === node.type && !index.has(node.id) ? (Object.assign(old, node) as N) : node;
    index.set(out.id, out);
    return out;
  };
  model.groups = model.groups.map((g) => {
    const speakers = g.speakers.map((s) => {
      const statements = s.statements.map(keep);
      return keep({ ...s, statements });
    });
    return keep({ ...g, speakers });
  });
  return index;
}

export function parentOf(node: TreeNode, index: ReadonlyMap<string, TreeNode>): TreeNode | undefined {
  return node.type === "group" ? undefined : index.get(node.parentId);
}

export function childrenOf(node: TreeNode | undefined, model: TreeModel): TreeNode[] {
  if (!node) return model.groups;
  if (node.type === "group") return node.speakers;
  if (node.type === "speaker") return node.statements;
  return [];
}

const before = (a: LspPosition, b: LspPosition): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Inclusive of both ends, so a cursor just after the closing mark still counts. */
export function containsPosition(range: LspRange, pos: LspPosition): boolean {
  return !before(pos, range.start) && !before(range.end, pos);
}

const rangeSize = (r: LspRange): number => (r.end.line - r.start.line) * 1e6 + (r.end.character - r.start.character);

/** The statement under the cursor (innermost), else the speaker one of whose mentions it is in. */
export function findNodeAt(model: TreeModel, pos: LspPosition): StatementNode | SpeakerNode | undefined {
  let best: StatementNode | undefined;
  for (const g of model.groups) {
    for (const s of g.speakers) {
      for (const st of s.statements) {
        if (containsPosition(st.range, pos) && (!best || rangeSize(st.range) < rangeSize(best.range))) best = st;
      }
    }
  }
  if (best) return best;
  for (const g of model.groups) {
    for (const s of g.speakers) if (s.mentions.some((m) => containsPosition(m, pos))) return s;
  }
  return undefined;
}

export interface StatementSnapshot {
  id: string;
  label: string;
  description: string;
  kind: StatementKind;
  icon: string;
}
export interface SpeakerSnapshot {
  id: string;
  label: string;
  description: string;
  tooltip: string;
  kind: SpeakerKind;
  statements: StatementSnapshot[];
}
export interface GroupSnapshot {
  id: string;
  label: string;
  description: string;
  speakers: SpeakerSnapshot[];
}
export interface TreeSnapshot {
  uri: string | null;
  version: number | null;
  /** The view's message (empty state), if any. */
  message: string | undefined;
  /** Which empty state, if any: noArticle, noStatements, tooLarge, languageOff, skipped, serverError. */
  empty: EmptyState | undefined;
  groups: GroupSnapshot[];
}

/** Plain data of what the tree shows; also a cheap "did anything visible change" signature. */
export function snapshot(model: TreeModel, t: Translate): TreeSnapshot {
  return {
    uri: model.uri,
    version: model.version,
    message: emptyMessage(model, t),
    empty: model.empty,
    groups: model.groups.map((g) => ({
      id: g.id,
      label: g.label,
      description: g.description,
      speakers: g.speakers.map((s) => ({
        id: s.id,
        label: s.label,
        description: s.description,
        tooltip: s.tooltip,
        kind: s.kind,
        statements: s.statements.map((st) => ({
          id: st.id,
          label: st.label,
          description: st.description,
          kind: st.kind,
          icon: st.icon,
        })),
      })),
    })),
  };
}

/** Visible content only (no version, no ranges): equal signatures mean no repaint is needed. */
export function signature(model: TreeModel, t: Translate): string {
  const { groups, message } = snapshot(model, t);
  const tips = model.groups.flatMap((g) => g.speakers.flatMap((s) => s.statements.map((st) => st.tooltip)));
  return JSON.stringify([message, groups, tips]);
}

/**
 * Crash-restart budget: allow `max` restarts within `windowMs`; beyond that
 * the client gives up and tells the user (a crash loop helps nobody).
 */
export class RestartBudget {
  private times: number[] = [];
  constructor(
    private readonly max = 4,
    private readonly windowMs = 3 * 60_000,
  ) {}
  /** Records a crash at `now`; true when another restart is allowed. */
  crashed(now: number): boolean {
    this.times = this.times.filter((t) => now - t < this.windowMs);
    this.times.push(now);
    return this.times.length <= this.max;
  }
  reset(): void {
    this.times = [];
  }
}
