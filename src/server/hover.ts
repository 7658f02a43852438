// Hover: who said this, how, which of their statements it is, what else they
// said, and for an anonymous source why it is anonymous. Every name and
// quoted text is wrapped in Unicode isolates so Arabic does not reorder the
// left-to-right labels around it.
import { MarkupKind, type Hover } from "vscode-languageserver";
import { RULES, isolate, type Locale } from "../core";
import type { Speaker, Statement } from "../core/types";
import type { Entry } from "./analysisStore";
import { contains, toRange } from "./convert";
import { shorten } from "../shared/labels";
import type { Labels } from "./labels";
import { hitAt, speakerOf } from "./lookup";
import { ruleSeverity, type IsnadSettings } from "./settings";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** Markdown-escape user text so a name like *Foo* or [x] renders as written. */
export function md(s: string): string {
  return s.replace(/[\\`*_{}[\]<>|#~]/gu, (c) => `\\${c}`).replace(/\s+/gu, " ");
}

const iso = (s: string) => isolate(md(s));
const MAX_LIST = 15;

function speakerLines(sp: Speaker, L: Labels): string[] {
  // The gender only when the article marks it: a small label after the kind, nothing when null.
  const gender = sp.gender ? ` · ${L.gender[sp.gender]}` : "";
  const lines = [`**${L.speaker}:** ${iso(sp.name)} · ${L.speakerKind[sp.kind] ?? sp.kind}${gender}`];
  if (sp.title) lines.push(`**${L.title}:** ${iso(sp.title)}`);
  return lines;
}

function statementLine(st: Statement, n: number): string {
  // Bullets, not an ordered list: markdown would renumber 1, 3, 4 as 1, 2, 3.
  return `- ${n} · ${iso(shorten(st.content.text))}`;
}

export function buildHover(doc: TextDocument, entry: Entry, offset: number, settings: IsnadSettings, L: Labels, locale: Locale): Hover | null {
  const hit = hitAt(entry, offset);
  const sections: string[] = [];
  let range = hit ? toRange(doc, hit.span) : undefined;

  if (hit) {
    const sp = speakerOf(entry, hit);
    const lines: string[] = [];
    if (sp) lines.push(...speakerLines(sp, L));
    const st = hit.statement;
    if (st) {
      const kind = L.statementKind[st.kind] ?? st.kind;
      if (st.cue) lines.push(`**${L.cue}:** ${iso(st.cue.text)}`);
      const own = sp ? entry.bySpeaker.get(sp.id) ?? [] : [];
      const n = own.indexOf(st) + 1;
      lines.push(
        sp && n > 0
          ? `**${L.statement}:** ${kind} — ${L.nthOf(n, own.length, iso(sp.name))}`
          : `**${L.statement}:** ${kind} — ${L.unattributed}`,
      );
      sections.push(lines.join("  \n"));
      const others = own.filter((o) => o !== st);
      if (others.length) sections.push(listSection(L.otherStatements, own, others));
    } else {
      if (lines.length) sections.push(lines.join("  \n"));
      const own = sp ? entry.bySpeaker.get(sp.id) ?? [] : [];
      if (own.length) sections.push(listSection(L.statements, own, own));
    }
    if (sp && sp.kind === "anonymous") {
      sections.push(
        sp.anonymity.length
          ? `**${L.anonymity}:** ${sp.anonymity.map((a) => iso(a.text)).join(" · ")}`
          : `**${L.anonymity}:** ${L.noReason}`,
      );
    } else if (!sp && hit.part === "anonymity") {
      sections.push(`**${L.anonymity}:** ${iso(hit.span.text)}`);
    }
  }

  // The rule behind any finding under the cursor, explained in the UI language.
  const seen = new Set<string>();
  for (const f of entry.analysis.diagnostics) {
    if (!contains(f.range, offset) || seen.has(f.rule)) continue;
    if (ruleSeverity(settings, f.rule, f.severity) === "off") continue;
    const rule = (RULES as Record<string, (typeof RULES)[keyof typeof RULES] | undefined>)[f.rule];
    if (!rule) continue;
    seen.add(f.rule);
    sections.push(`**${rule.title[locale]}** (\`${f.rule}\`): ${rule.explanation[locale]}`);
    range ??= toRange(doc, f.range);
  }

  if (!sections.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join("\n\n---\n\n") }, range };
}

function listSection(title: string, own: Statement[], list: Statement[]): string {
  const lines = list.slice(0, MAX_LIST).map((o) => statementLine(o, own.indexOf(o) + 1));
  if (list.length > MAX_LIST) lines.push(`… +${list.length - MAX_LIST}`);
  return `**${title}**\n\n${lines.join("\n")}`;
}
