// Findings -> LSP diagnostics: severities from the settings, rules turned
// off dropped, and in a mixed document the paragraphs of a language the user
// turned off stay silent.
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import type { Severity } from "../core/types";
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
    out.push({
      range: toRange(doc, f.range),
      severity: SEVERITY[sev] ?? DiagnosticSeverity.Information,
      source: SOURCE,
      code: f.rule,
      message: f.message,
    });
  }
  return out;
}
