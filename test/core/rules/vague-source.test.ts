// The vague-source rule (src/core/rules/vague-source.ts): where it fires and where it stays quiet.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["bare مصادر is vague", "وقالت مصادر إن الاجتماع تأجل.", { findings: [{ rule: "vague-source", text: "مصادر" }] }],
  ["bare مصدر is vague", "وقال مصدر إن الاجتماع تأجل.", { findings: [{ rule: "vague-source", text: "مصدر" }] }],
  ["described مصدر is not vague", "وقال مصدر في وزارة الدفاع إن الاجتماع تأجل.", { noFindings: ["vague-source"] }],
  ["مصادر مطلعة على المحادثات is not vague", "وقالت مصادر مطلعة على المحادثات إن الاجتماع تأجل.", { noFindings: ["vague-source"] }],
  ["bare English sources is vague", "Sources said the deal was close.", { findings: [{ rule: "vague-source", text: "Sources" }] }],
  ["a source familiar with the matter is not vague", "A source familiar with the matter said the deal was close.", { noFindings: ["vague-source"] }],
];

describe("rule vague-source", () => table(rows));
