// Findings -> LSP diagnostics: severities from the settings, rules turned
// off dropped, and in a mixed document the paragraphs of a language the user
// turned off stay silent. The anonymous lead points, as related information,
// at its source's first mention, where that source's own finding is: one fact,
// one finding, linked rather than repeated.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis, Finding, Severity } from "../core/types";
import { scriptLang, type View } from "./analysisStore";
import { toRange } from "./convert";
import type { Labels } from "./labels";
import { ruleSeverity, type IsnadSettings } from "./settings";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = "isnad";

export function toDiagnostics(view: View, settings: IsnadSettings, labels: Labels): Diagnostic[] {
  if (view.status === "too-large") {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        source: SOURCE,
        code: "document-too-large",
        message: labels.tooLarge(view.size, view.max),
      },
    ];
  }
  if (view.status === "language-off") return [];
  const { doc, entry } = view;
  const mixedFilter = entry.analysis.lang === "mixed" && settings.languages.length < 2;
  const out: Diagnostic[] = [];
  for (const f of entry.analysis.diagnostics) {
    const sev = ruleSeverity(settings, f.rule, f.severity);
    if (sev === "off") continue;
    if (mixedFilter && !settings.languages.includes(scriptLang(f.range.text))) continue;
    const d: Diagnostic = {
      range: toRange(doc, f.range),
      severity: SEVERITY[sev] ?? DiagnosticSeverity.Information,
      source: SOURCE,
      code: f.rule,
      message: f.message,
    };
    if (f.rule === "anonymous-lead") {
      const related = leadSource(doc, entry.analysis, f, labels);
      if (related) d.relatedInformation = [related];
    }
    out.push(d);
  }
  return out;
}

/** The first mention of the source of the statement whose cue the anonymous-lead finding marks. */
function leadSource(doc: TextDocument, analysis: Analysis, f: Finding, labels: Labels): DiagnosticRelatedInformation | null {
  const st = analysis.statements.find((s) => s.cue && s.cue.start === f.range.start && s.cue.end === f.range.end);
  const mention = st && analysis.speakers.find((sp) => sp.id === st.speaker)?.mentions[0];
  return mention ? { location: { uri: doc.uri, range: toRange(doc, mention) }, message: labels.leadSource } : null;
}
