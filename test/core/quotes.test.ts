// Quote-mark pairing across scripts: which marks open and close, apostrophes
// that are not quotes, the English multi-paragraph convention, and unclosed
// marks reported at the opening mark without swallowing the rest of the text.
import { describe } from "vitest";
import { type Row, table } from "./expect";

const pairs: Row[] = [
  ["“ ” in English", "“We will win this case,” she said.",
    { statements: [{ kind: "direct", cue: "said", source: "she", quotes: ["We will win this case"] }], noFindings: ["unbalanced-quote"] }],
  ["« » in Arabic", "«سنفوز بهذه القضية»، قالت المحامية.",
    { statements: [{ kind: "direct", cue: "قالت", source: "المحامية", quotes: ["سنفوز بهذه القضية"] }], noFindings: ["unbalanced-quote"] }],
  ["„ “ low-high pair", "The mayor said: „We are ready for the storm.“",
    { statements: [{ kind: "direct", cue: "said", source: "The mayor", quotes: ["We are ready for the storm"] }], noFindings: ["unbalanced-quote"] }],
  ["‹ › single guillemets", "The coach said: ‹We played without fear›.",
    { statements: [{ kind: "direct", source: "The coach", quotes: ["We played without fear"] }], noFindings: ["unbalanced-quote"] }],
  ["‘ ’ single curly quotes", "‘We are not leaving,’ he said.",
    { statements: [{ kind: "direct", cue: "said", source: "he", quotes: ["We are not leaving"] }], noFindings: ["unbalanced-quote"] }],
  ["’ apostrophe inside ‘ ’", "‘It’s over for them,’ she said.",
    { statements: [{ kind: "direct", source: "she", quotes: ["It’s over for them"] }], noFindings: ["unbalanced-quote"] }],
  ["straight apostrophes are not quotes", "The minister's office said the country's debt had doubled since 2019.",
    { statements: [{ kind: "indirect", cue: "said", source: "The minister's office", quotes: [], starts: "the country's debt", ends: "since 2019" }], noFindings: ["unbalanced-quote"] }],
  ["curly apostrophes are not quotes", "The union’s leader said the workers’ demands had not changed.",
    { statements: [{ kind: "indirect", source: "The union’s leader", quotes: [], starts: "the workers’ demands" }], noFindings: ["unbalanced-quote"] }],
  ["padded \" text \"", "He said: \" We will be back next year \".",
    { statements: [{ kind: "direct", quotes: ["We will be back next year"] }], noFindings: ["unbalanced-quote"] }],
  // The inner quotes are a title and a label, not speech, so each text has one statement.
  ["nested single quotes inside double", "\"We read 'Animal Farm' at school, and it stayed with me,\" said Ali Hassan.",
    { statements: [{ kind: "direct", cue: "said", source: "Ali Hassan", quotes: ["We read 'Animal Farm' at school, and it stayed with me"] }], noFindings: ["unbalanced-quote"] }],
  ["nested ‘ ’ inside “ ”", "“Our shop sold ‘Made in Gaza’ soap for forty years,” the owner said.",
    { statements: [{ kind: "direct", source: "the owner", quotes: ["Our shop sold ‘Made in Gaza’ soap for forty years"] }], noFindings: ["unbalanced-quote"] }],
  ["” as opener in Arabic", "وقالت الناطقة: ”القرار اتخذ بالإجماع”.",
    { statements: [{ kind: "direct", quotes: ["القرار اتخذ بالإجماع"] }], noFindings: ["unbalanced-quote"] }],
  ["“ ” inside Arabic text", "وقال اللاعب: “هذا أجمل يوم في حياتي”.",
    { statements: [{ kind: "direct", quotes: ["هذا أجمل يوم في حياتي"] }], noFindings: ["unbalanced-quote"] }],
];

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

const paragraphs: Row[] = [
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

const unbalanced: Row[] = [
  ["unclosed « is reported at the opening mark",
    "وقال الوزير: «سنواصل العمل حتى النهاية. وفي سياق آخر، افتتح المحافظ مستشفى جديداً في المدينة.",
    { findings: [{ rule: "unbalanced-quote", text: "«", occurrence: 1 }] }],
  ["an unclosed « does not swallow the next paragraph",
    "وقال الوزير: «سنواصل العمل حتى النهاية.\n\nوقال المحافظ إن المستشفى الجديد يضم مئتي سرير.",
    { findings: [{ rule: "unbalanced-quote", text: "«", occurrence: 1 }],
      someStatements: [{ kind: "indirect", cue: "قال", source: "المحافظ", quotes: [], starts: "المستشفى" }] }],
  ["an unclosed « does not pair with a later quote",
    "وقال الوزير: «سنواصل العمل حتى النهاية.\n\nوقال المحافظ: «المستشفى جاهز لاستقبال المرضى».",
    { findings: [{ rule: "unbalanced-quote", text: "«", occurrence: 1 }],
      someStatements: [{ kind: "direct", source: "المحافظ", quotes: ["المستشفى جاهز لاستقبال المرضى"] }] }],
  ["unclosed \" at a paragraph followed by an unquoted paragraph",
    "He said: \"We will keep going no matter what.\n\nThe governor said the new hospital has 200 beds.",
    { findings: [{ rule: "unbalanced-quote", text: "\"", occurrence: 1 }],
      someStatements: [{ kind: "indirect", source: "The governor", starts: "the new hospital" }] }],
  ["unclosed “ in a title", "The report, titled “A Lost Decade, was published on Monday.",
    { findings: [{ rule: "unbalanced-quote", text: "“", occurrence: 1 }] }],
  ["one unclosed mark among balanced ones: only the unclosed one is reported",
    "وقال الوزير: «الحكومة لن تستقيل». وأضاف: «سنكمل ولايتنا حتى آخر يوم.",
    { findings: [{ rule: "unbalanced-quote", text: "«", occurrence: 2, count: 1 }] }],
];

describe("quote marks", () => {
  describe("pairs", () => table(pairs));
  describe("multi-paragraph quotes", () => table(paragraphs));
  describe("unbalanced", () => table(unbalanced));
});
