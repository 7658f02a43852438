// SARIF 2.1.0 for `isnad check --format sarif`, shaped for GitHub code
// scanning (github/codeql-action/upload-sarif): every rule with its help text
// and default level, every result with its rule, level, message and a region
// of lines and columns, file locations relative to the working directory
// under the %SRCROOT% base (the repository root when CI runs from it).
// Columns count UTF-16 code units, said in run.columnKind. The test suite
// validates this output against the SARIF 2.1.0 JSON schema.
import { relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { RULES, RULE_IDS, type RuleId, type Severity } from "../core";
import type { CheckFinding } from "./jobs";

export type SarifLevel = "error" | "warning" | "note";

/** SARIF has three levels: information and hint are both "note" (the severity itself is kept in properties). */
export const sarifLevel = (s: Severity): SarifLevel => (s === "error" ? "error" : s === "warning" ? "warning" : "note");

const ruleName = (id: string): string => id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

export interface SarifFile {
  file: string;
  abs: string;
  findings: CheckFinding[];
}

/** A path as a SARIF artifact location: relative to `cwd` when inside it, else an absolute file URI. */
export function artifactLocation(abs: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (abs === "-") return { uri: "stdin" };
  const rel = relative(cwd, abs);
  if (rel === "" || rel.startsWith("..") || rel.startsWith(sep) || /^[A-Za-z]:/.test(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

export function sarifLog(
  files: readonly SarifFile[],
  problems: readonly { file: string; abs: string; message: string }[],
  cwd: string,
  version: string,
): object {
  const rules = RULE_IDS.map((id) => {
    const r = RULES[id];
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: r.title.en },
      fullDescription: { text: r.explanation.en },
      help: {
        text: `${r.explanation.en}\n\nDefault severity: ${r.severity}. In VS Code the setting isnad.rules.${id} changes it or turns the rule off.`,
        markdown: `${r.explanation.en}\n\nDefault severity: **${r.severity}**. In VS Code the setting \`isnad.rules.${id}\` changes it or turns the rule off.`,
      },
      defaultConfiguration: { level: sarifLevel(r.severity) },
      properties: { tags: ["journalism", "sourcing"], severity: r.severity },
    };
  });
  const index = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
  const results = [];
  for (const f of files) {
    const location = artifactLocation(f.abs, cwd);
    for (const x of f.findings) {
      const ruleIndex = index.get(x.rule as RuleId);
      results.push({
        ruleId: x.rule,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: sarifLevel(x.severity),
        message: { text: x.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: x.line,
                startColumn: x.column,
                endLine: x.endLine,
                endColumn: x.endColumn,
                snippet: { text: x.text },
              },
            },
          },
        ],
        properties: { severity: x.severity },
      });
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Isnad",
            version,
            semanticVersion: version,
            rules,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((p) => ({
              level: "error",
              message: { text: `${p.file}: ${p.message}` },
              ...(p.abs === "-" ? {} : { locations: [{ physicalLocation: { artifactLocation: artifactLocation(p.abs, cwd) } }] }),
            })),
          },
        ],
        results,
      },
    ],
  };
}
