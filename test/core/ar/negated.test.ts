// A reporting verb right after لم، لن، لا reports nothing (src/core/ar/constructions/negated.ts);
// in the first person it is the speaker's own claim.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["لم + a past report: nothing said", "ولم يذكر المصدران كيف علما بالأمر.", { statements: [] }],
  ["…with an object, no clause", "وما زالت الشركة لا تقول أي شيء علناً عن الصفقة.", { statements: [] }],
  ["…in a relative clause", "وهناك طرق أخرى لا تذكرها الصحيفة منعاً للترويج لها.", { statements: [] }],
  ["…next to a statement made, which stays", "وقال الوزير إن الطريق سيفتح. ولم تذكر الوزارة أي موعد لذلك.",
    { statements: [{ cue: "قال", source: "الوزير", starts: "الطريق" }] }],
  ["first person: the speaker's own claim", "لا أعتقد أن الفريق لعب جيداً.", { statements: [{ cue: "أعتقد", starts: "الفريق" }] }],
  ["…and a negated verb inside a reported clause is part of that clause", "وقال المدرب سامي حداد إنه لا يعتقد أن الفريق لعب جيداً.",
    { statements: [{ cue: "قال", source: "المدرب سامي حداد", starts: "إنه" }] }],
];

describe("Arabic negated reporting verbs", () => table(rows));
