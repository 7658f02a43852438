// Passive reports (src/core/ar/constructions/passive.ts): أفيد بأن … — no source, no speaker.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["passive أفيد بأن: no source, no speaker", "وأفيد بأن انفجاراً وقع قرب السفارة.",
    { statements: [{ kind: "indirect", cue: "أفيد", source: null, speaker: null, starts: "انفجاراً", ends: "قرب السفارة" }] }],
  ["a past verb with a written damma on its first letter (وأُعلن، ذُكر) is the passive: no speaker, not the last one",
    "وقال الوزير إن الوضع مستقر. وأُعلن أن الاجتماع سيعقد غداً. وذُكر أن الوفد وصل.",
    { statements: [{ cue: "قال", speaker: "الوزير" }, { cue: "أُعلن", source: null, speaker: null, starts: "الاجتماع" }, { cue: "ذُكر", source: null, speaker: null, starts: "الوفد" }] }],
  ["…unmarked, the same letters are the active verb with a dropped subject", "وقال الوزير إن الوضع مستقر. وأعلن أن الاجتماع سيعقد غداً.",
    { statements: [{ cue: "قال", speaker: "الوزير" }, { cue: "أعلن", source: null, speaker: "الوزير" }] }],
  ["a name with its pronoun after the verb (ذُكر اسمه): the passive \"his name was mentioned\", no statement",
    "وقال رجل أعمال ذكر اسمه في التقرير إن شركته لم تدفع أي رشوة.",
    { statements: [{ cue: "قال", source: "رجل أعمال" }] }],
];

describe("Arabic passive", () => table(rows));
