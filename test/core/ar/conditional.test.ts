// A reporting verb in the condition of إذا or لو reports nothing (src/core/ar/constructions/conditional.ts):
// the clause supposes it; a statement around it stays.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["إذا كان + an indefinite subject + a verb of belief: a supposition, nothing said",
    "إذا كان أحد في القاعة يعتقد أن المشروع سهل فهو واهم.", { statements: [] }],
  ["لو + a verb of saying right after it", "ولو قال أحد إن الطريق آمن لما صدقه السكان.", { statements: [] }],
  ["إذا + a named subject, the answer after فإن", "وإذا أعلن المصرف أن الفائدة سترتفع، فإن الأسعار ستقفز.", { statements: [] }],
  ["لو أن …: still the condition", "ولو أن المدرب اعتبر أن الخسارة مقبولة لغضب المشجعون.", { statements: [] }],
  ["…inside a quotation the speaker's own statement stays whole",
    "وقال المدرب سامي حداد: إذا كان أحد يعتقد أن المباراة محسومة فهو مخطئ.",
    { statements: [{ cue: "قال", source: "المدرب سامي حداد", starts: "إذا كان أحد", ends: "فهو مخطئ" }] }],
  ["…but حين (when) is no condition: the words were said", "وحين قال الوزير إن الجسر سيغلق، احتج السائقون.",
    { statements: [{ cue: "قال", source: "الوزير", starts: "الجسر" }] }],
  ["…nor the concessive إذا كان … قد + a past verb (whereas … has): the words were said",
    "وإذا كان الوزير قد أعلن أن الخطة نجحت، فإن الأرقام تقول غير ذلك.",
    { someStatements: [{ cue: "أعلن", source: "الوزير", starts: "الخطة" }] }],
  ["…nor فإذا بـ (and suddenly)", "فإذا بالمتحدث يعلن أن الرحلة ألغيت.",
    { statements: [{ cue: "يعلن", starts: "الرحلة" }] }],
];

describe("Arabic reporting verbs in a condition", () => table(rows));
