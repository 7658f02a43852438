// Pure logic of the "Sources in workspace" tree: speakers across the
// workspace grouped by kind, each speaker's articles and statements, the
// view's message while indexing. No vscode import (vitest tests it directly);
// strings go through the injected `t`.
import type { IndexStatusParams, LspRange, WorkspaceSpeakerResult, WorkspaceSpeakersResult } from "../shared/protocol";
import {
  groupKeyOf,
  groupLabel,
  speakerKindLabel,
  statementCount,
  statementKindLabel,
  type GroupKey,
  type Translate,
} from "./model";
import { isolate, shorten } from "../shared/labels";
import type { SpeakerKind, StatementKind } from "../core/types";

export interface WsGroupNode {
  type: "wsGroup";
  id: string;
  key: GroupKey;
  label: string;
  description: string;
  speakers: WsSpeakerNode[];
}

export interface WsSpeakerNode {
  type: "wsSpeaker";
  id: string;
  key: string;
  name: string;
  kind: SpeakerKind;
  label: string;
  description: string;
  tooltip: string;
}

export interface WsArticleNode {
  type: "wsArticle";
  id: string;
  uri: string;
  label: string;
  description: string;
  tooltip: string;
  /** The first statement: what a click on the article reveals. */
  range: LspRange | null;
  statements: WsStatementNode[];
}

export interface WsStatementNode {
  type: "wsStatement";
  id: string;
  uri: string;
  label: string;
  description: string;
  kind: StatementKind;
  range: LspRange;
}

export type WsNode = WsGroupNode | WsSpeakerNode | WsArticleNode | WsStatementNode;

const ORDER: GroupKey[] = ["person", "organization", "anonymous", "group", "other"];

export function articleCount(n: number, t: Translate): string {
  return n === 1 ? t("1 article") : t("{0} articles", n);
}

export function genderLabel(g: "female" | "male" | null, t: Translate): string {
  return g === "female" ? t("woman") : g === "male" ? t("man") : t("gender not marked");
}

export function buildWorkspaceTree(result: WorkspaceSpeakersResult, t: Translate): WsGroupNode[] {
  const groups = new Map<GroupKey, WsGroupNode>();
  for (const s of result.speakers) {
    const key = groupKeyOf(s.kind);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { type: "wsGroup", id: `ws-group:${key}`, key, label: groupLabel(key, t), description: "", speakers: [] }));
    const tip = [
      `${isolate(s.name)} — ${speakerKindLabel(s.kind, t)}`,
      s.title ? isolate(s.title) : "",
      s.kind === "person" ? genderLabel(s.gender, t) : "",
      `${statementCount(s.statements, t)} · ${articleCount(s.articles, t)}`,
    ].filter(Boolean);
    g.speakers.push({
      type: "wsSpeaker",
      id: `ws-speaker:${s.key}`,
      key: s.key,
      name: s.name,
      kind: s.kind,
      label: isolate(s.name),
      description: `${statementCount(s.statements, t)} · ${articleCount(s.articles, t)}`,
      tooltip: tip.join("\n"),
    });
  }
  const out = ORDER.flatMap((k) => groups.get(k) ?? []);
  for (const g of out) g.description = String(g.speakers.length);
  return out;
}

/** A speaker's articles (named by `name`, e.g. workspace-relative paths) and statements. */
export function speakerArticles(detail: WorkspaceSpeakerResult, kind: SpeakerKind, name: (uri: string) => string, t: Translate): WsArticleNode[] {
  return detail.articles.map((a) => {
    const id = `ws-article:${detail.key}:${a.uri}`;
    const statements: WsStatementNode[] = a.statements.map((st, i) => ({
      type: "wsStatement",
      id: `${id}:${i}`,
      uri: a.uri,
      label: isolate(shorten(st.preview)),
      description: statementKindLabel(st.kind, t),
      kind: st.kind,
      range: st.range,
    }));
    const tip = [isolate(a.name), a.title ? isolate(a.title) : "", kind === "anonymous" && !a.reason ? t("No reason for anonymity given") : ""]
      .filter(Boolean)
      .join(" — ");
    return {
      type: "wsArticle",
      id,
      uri: a.uri,
      label: name(a.uri),
      description: statementCount(a.statements.length, t),
      tooltip: tip,
      range: statements[0]?.range ?? null,
      statements,
    };
  });
}

/** The view's message: indexing progress, the index turned off, or nothing found. */
export function workspaceMessage(status: IndexStatusParams | null, speakers: number, t: Translate): string | undefined {
  if (!status) return t("Indexing the workspace…");
  if (status.state === "off") return t("The workspace index is turned off (setting isnad.workspace.index).");
  if (status.state === "scanning") return t("Indexing the workspace…");
  if (status.state === "indexing") return t("Indexing the workspace: {0} of {1} files…", status.done, status.total);
  if (speakers === 0) return status.articles === 0 ? t("No articles in the workspace.") : t("No statements found in the workspace's articles.");
  return undefined;
}
