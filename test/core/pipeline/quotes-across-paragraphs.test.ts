// A quotation that runs over paragraphs (src/core/pipeline/document.ts): the closing mark left off
// every paragraph but the last.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

// Wire style: a quote that runs over paragraphs leaves the closing mark off
// every paragraph but the last and opens each new paragraph again.
const multiParagraph = [
  "Karen Mills, the budget director, said in a statement:",
  "",
  "\"We will not sign a bill that leaves flood victims without help.",
  "",
  "\"We remain ready to meet with anyone, at any time, to get this done.\"",
].join("\n");

const multiParagraphEnglish = [
  "\"This is the hardest winter we have seen,\" said Tom Baker, who runs the shelter. \"Every bed is taken by eight o'clock.",
  "",
  "\"We turn people away every night, and that is not who we are.\"",
].join("\n");

const rows: Row[] = [
  ["closing mark left off at the end of a quoted paragraph", multiParagraph,
    { allQuotes: [
      "We will not sign a bill that leaves flood victims without help.",
      "We remain ready to meet with anyone, at any time, to get this done.",
    ], noFindings: ["unbalanced-quote"] }],
  ["the continued quote keeps its speaker", multiParagraph,
    { someStatements: [{ speaker: "Karen Mills" }], noFindings: ["unbalanced-quote", "unattributed-quote"] }],
  ["split quote continuing into a new paragraph", multiParagraphEnglish,
    { allQuotes: [
      "This is the hardest winter we have seen",
      "Every bed is taken by eight o'clock.",
      "We turn people away every night, and that is not who we are.",
    ], noFindings: ["unbalanced-quote"] }],
];

describe("quotes across paragraphs", () => table(rows));
