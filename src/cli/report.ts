// The readable report of `isnad analyze --format text`.
import type { Analysis, Speaker, SpeakerKind, Statement } from "../core";
import { SPEAKER_GROUP, shorten } from "../shared/labels";
import { LineIndex } from "./lines";

// Group headings as the Speakers view words them, in the same order.
const GROUPS: SpeakerKind[] = ["person", "organization", "anonymous", "group", "unknown"];

/** One line of at most `max` characters: the report cuts by width, not by words. */
const oneLine = (s: string, max = 90): string => shorten(s, Infinity, max);

export function textReport(a: Analysis, text: string): string {
  // One index of line starts for the file: counting newlines from the top for every
  // statement took seconds on a book-length file.
  const lines = new LineIndex(text);
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
    for (const sp of sps) out.push(...speakerBlock(sp, bySpeaker.get(sp.id) ?? [], lines));
  }
  const orphans = bySpeaker.get(null) ?? [];
  if (orphans.length) {
    out.push("", `No speaker (${orphans.length})`);
    for (const st of orphans) out.push(statementLine(st, lines));
  }
  if (a.diagnostics.length) {
    out.push("", `Findings (${a.diagnostics.length})`);
    for (const d of a.diagnostics) out.push(`  ${lines.position(d.range.start).line}: ${d.severity} [${d.rule}] ${d.message}`);
  }
  return out.join("\n");
}

function speakerBlock(sp: Speaker, sts: Statement[], lines: LineIndex): string[] {
  const block = [`  ${sp.name}${sp.title ? ` — ${oneLine(sp.title, 60)}` : ""}  (${sts.length} statement${sts.length === 1 ? "" : "s"})`];
  if (sp.kind === "anonymous") {
    block.push(sp.anonymity.length ? `    anonymity: ${sp.anonymity.map((x) => `«${x.text}»`).join("; ")}` : "    anonymity: no reason given");
  }
  for (const st of sts) block.push(statementLine(st, lines));
  return block;
}

function statementLine(st: Statement, lines: LineIndex): string {
  const mark = st.kind === "direct" ? "“”" : st.kind === "partial" ? "“…" : "  ";
  return `    ${mark} ${lines.position(st.content.start).line}: [${st.cue?.text ?? "—"}] ${oneLine(st.content.text)}`;
}
