// A name before a relative pronoun is the subject of the verb after it (src/core/ar/constructions/relative-antecedent.ts).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["فلان، الذي قال: the name before الذي is the source", "سامر خليل، الذي قال إن المصنع سيغلق، غادر الاجتماع مبكراً.",
    { statements: [{ cue: "قال", source: "سامر خليل", speaker: "سامر خليل", starts: "المصنع" }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["الذي تتهمه X بـ: the relative's antecedent is the object, X the source", "وطالبت الحكومة بتسليم المعارض سامي خليل، الذي تتهمه بغداد بالتخطيط للهجوم.",
    { statements: [{ cue: "تتهمه", source: "بغداد", starts: "بالتخطيط" }] }],
];

describe("Arabic relative antecedents", () => table(rows));
