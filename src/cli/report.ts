// The readable report of `isnad analyze --format text`.
import type { Analysis, Speaker, SpeakerKind, Statement } from "../core";
import { SPEAKER_GROUP, shorten } from "../shared/labels";

// Group headings as the Speakers view words them, in the same order.
const GROUPS: SpeakerKind[] = ["person", "organization", "anonymous", "group", "unknown"];

/** One line of at most `max` characters: the report cuts by width, not by words. */
const oneLine = (s: string, max = 90): string => shorten(s, Infinity, max);

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

export function textReport(a: Analysis, text: string): string {
  const out: string[] = [];
  const anon = a.speakers.filter((s) => s.kind === "anonymous").length;
  out.push(`${a.file || "(stdin)"} — ${a.lang}, ${a.statements.length} statements, ${a.speakers.length} speakers, ${anon} anonymous`);
  const bySpeaker = new Map<string | null, Statement[]>();
  for (const st of a.statements) {
    const list = bySpeaker.get(st.speaker);
    if (list) list.push(st);
    else bySpeaker.set(st.speaker, [st]);
  }
  for (const kind of GROUPS) {
    const sps = a.speakers.filter((s) => s.kind === kind);
    if (!sps.length) continue;
    out.push("", `${SPEAKER_GROUP[kind].en} (${sps.length})`);
    for (const sp of sps) out.push(...speakerBlock(sp, bySpeaker.get(sp.id) ?? [], text));
  }
  const orphans = bySpeaker.get(null) ?? [];
  if (orphans.length) {
    out.push("", `No speaker (${orphans.length})`);
    for (const st of orphans) out.push(statementLine(st, text));
  }
  if (a.diagnostics.length) {
    out.push("", `Findings (${a.diagnostics.length})`);
    for (const d of a.diagnostics) out.push(`  ${lineOf(text, d.range.start)}: ${d.severity} [${d.rule}] ${d.message}`);
  }
  return out.join("\n");
}

function speakerBlock(sp: Speaker, sts: Statement[], text: string): string[] {
  const lines = [`  ${sp.name}${sp.title ? ` — ${oneLine(sp.title, 60)}` : ""}  (${sts.length} statement${sts.length === 1 ? "" : "s"})`];
  if (sp.kind === "anonymous") {
    lines.push(sp.anonymity.length ? `    anonymity: ${sp.anonymity.map((x) => `«${x.text}»`).join("; ")}` : "    anonymity: no reason given");
  }
  for (const st of sts) lines.push(statementLine(st, text));
  return lines;
}

function statementLine(st: Statement, text: string): string {
  const mark = st.kind === "direct" ? "“”" : st.kind === "partial" ? "“…" : "  ";
  return `    ${mark} ${lineOf(text, st.content.start)}: [${st.cue?.text ?? "—"}] ${oneLine(st.content.text)}`;
}
