// Where the reported words open after the source (src/core/ar/constructions/reported-words.ts, ar/opening.ts): adjuncts are passed over.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["an addressee, a medium and a time word before إن are passed over", "وقال الوزير للصحفيين في مؤتمر صحفي أمس إن الميناء سيفتح.",
    { statements: [{ kind: "indirect", cue: "قال", source: "الوزير", starts: "الميناء", ends: "سيفتح" }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["a verb with its pronoun inside a description does not end the search for the words", "وقال الوزير في تصريحات نقلتها وكالة الأنباء الرسمية \"لن نتراجع عن القرار\".",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير", quotes: ["لن نتراجع عن القرار"] }] }],
  // Partial quotes next to their cue (issue 11, family 1).
  ["حث X على \"…\": a call that quotes the speaker", "وحث الوزير الأطراف على \"ضبط النفس\" في الأيام المقبلة.",
    { statements: [{ kind: "partial", cue: "حث", source: ["الوزير", "الوزير الأطراف"], quotes: ["ضبط النفس"] }] }],
];

describe("Arabic reported words", () => table(rows));
