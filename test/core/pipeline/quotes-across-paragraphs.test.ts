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

// A colon ending the paragraph, and quotation paragraphs after a speaker's quotation.
const followOn: Row[] = [
  ["said: ending the paragraph, the quotation below is the statement",
    "The harbour master said in a statement:\n\n\"No ship will leave port until the storm has passed.\"\n\nThe ferries stayed in dock.",
    { statements: [{ kind: "direct", cue: "said", source: "The harbour master", quotes: ["No ship will leave port until the storm has passed."] }],
      noFindings: ["unattributed-quote"] }],
  ["added: ending the paragraph, then plain text: an indirect statement",
    "Marta Ibsen added:\n\nThe reform will pass before the summer, and the opposition knows it.",
    { statements: [{ kind: "indirect", cue: "added", source: "Marta Ibsen", starts: "The reform", ends: "knows it" }] }],
  ["a quotation paragraph after a speaker's quotation is theirs",
    "\"We cannot go on like this,\" said Rosa Lind, the union leader.\n\n\"Every week another plant closes and nobody in the capital seems to care.\"\n\nTalks resume on Monday.",
    { statements: [{ kind: "direct", speaker: "Rosa Lind", quotes: ["We cannot go on like this", "Every week another plant closes and nobody in the capital seems to care."] }],
      noFindings: ["unattributed-quote"] }],
  ["Arabic: a paragraph that is a quoted sentence after a speaker's quotation is theirs (was no statement's)",
    "وقال المدرب سامر العلي في المؤتمر الصحفي: \"تدرب الفريق أمس وعلينا الانتظار\".\n\"الأمر الوحيد المؤكد هو غياب قائد الفريق عن المباراة المقبلة\".\nوتقام المباراة يوم السبت.",
    { statements: [{ kind: "direct", speaker: "سامر العلي", quotes: ["تدرب الفريق أمس وعلينا الانتظار", "الأمر الوحيد المؤكد هو غياب قائد الفريق عن المباراة المقبلة"] }] }],
  ["…not a quoted crosshead with no stop, nor a line with words outside its quotation («\"الاتفاق\": ما الذي يعنيه …؟»)",
    "وقال المدرب سامر العلي في المؤتمر الصحفي: \"تدرب الفريق أمس وعلينا الانتظار\".\n\"كانت ليلة صعبة على الجميع في الملعب\"\nوقال الوزير كمال الشامي: \"سنوقع الاتفاق قريبا مع الشركاء\".\n\"الاتفاق\": ما الذي يعنيه للمواطنين في المدن الكبرى؟",
    { statements: [
      { kind: "direct", speaker: "سامر العلي", quotes: ["تدرب الفريق أمس وعلينا الانتظار"] },
      { kind: "direct", speaker: "كمال الشامي", quotes: ["سنوقع الاتفاق قريبا مع الشركاء"] },
    ] }],
  ["Arabic: …not after a speaker's reported words, a witness's or a crosshead as often (was the speaker's)",
    "وقال الوزير كمال الشامي إن المستشفى سيفتح قريبا.\n\"لم نر طبيبا واحدا في القرية منذ شهور طويلة.\"\nوتقام المباراة يوم السبت.",
    { statements: [{ kind: "indirect", speaker: "كمال الشامي" }], findings: [{ rule: "unattributed-quote", has: "لم نر طبيبا" }] }],
  ["Arabic: …not before a paragraph pointing back at it (هكذا، بهذه الكلمات، ردد المتظاهرون هذا الشعار: ar-words backReferences, demonstrativeObjects) (was the speaker's)",
    "وقال المدرب سامر العلي: \"تدرب الفريق أمس وعلينا الانتظار\".\n\"كانت ليلة طويلة لم نعرف فيها النوم ولا الراحة.\"\nهكذا وصف أحد المشجعين ليلة المباراة.\n\nوقال المدرب سامر العلي: \"تدرب الفريق أمس وعلينا الانتظار\".\n\"لن نقبل بهذا الظلم مهما طال الزمن علينا.\"\nبهذه الكلمات ختم النائب كلمته أمام المجلس.\n\nوقال المدرب سامر العلي: \"تدرب الفريق أمس وعلينا الانتظار\".\n\"الشعب يريد العدالة لكل المظلومين في البلاد.\"\nوردد المحتجون هذا الشعار طوال الليل.",
    { statements: [{ kind: "direct", speaker: "سامر العلي", quotes: ["تدرب الفريق أمس وعلينا الانتظار"] }, { kind: "direct", speaker: "سامر العلي", quotes: ["تدرب الفريق أمس وعلينا الانتظار"] }, { kind: "direct", speaker: "سامر العلي", quotes: ["تدرب الفريق أمس وعلينا الانتظار"] }] }],
  ["Arabic: …nor before «هذا ما قاله فلان» (this is what X said)",
    "وقال وزير الزراعة سامر الحلبي: \"الموسم كان جيداً في معظم المناطق\".\n\"لم نحصد شيئاً هذا العام، والخسائر كبيرة جداً.\"\nهذا ما قاله المزارع أحمد يوسف لمراسلنا.",
    { statements: [{ kind: "direct", speaker: "سامر الحلبي", quotes: ["الموسم كان جيداً في معظم المناطق"] }] }],
  ["Arabic: …but a demonstrative of time or after a function word points at nothing (هذا الأسبوع، إن هذه الخطوة): the quotation follows on",
    "وقال المدرب سامر العلي: \"تدرب الفريق أمس وعلينا الانتظار\".\n\"الأمر الوحيد المؤكد هو غياب قائد الفريق عن المباراة المقبلة.\"\nوأضاف المدرب هذا الأسبوع أن الفريق جاهز.\n\nوقال الوزير كمال الشامي: \"سنوقع الاتفاق قريبا مع الشركاء\".\n\"سيبدأ العمل في المشروع مع بداية العام المقبل.\"\nوقال الوزير إن هذه الخطوة مهمة.",
    { someStatements: [
      { kind: "direct", speaker: "سامر العلي", quotes: ["تدرب الفريق أمس وعلينا الانتظار", "الأمر الوحيد المؤكد هو غياب قائد الفريق عن المباراة المقبلة."] },
      { kind: "direct", speaker: "كمال الشامي", quotes: ["سنوقع الاتفاق قريبا مع الشركاء", "سيبدأ العمل في المشروع مع بداية العام المقبل."] },
    ], noFindings: ["unattributed-quote"] }],
  ["Arabic: …nor بهذه before a noun of regard (بهذه المناسبة) or a demonstrative before a noun that is no words noun (هذه التصريحات): the quotation follows on (was dropped)",
    "وقال وزير الخارجية سامي حداد: «سنعمل على حل الأزمة بالحوار».\n\n«لن نتخلى عن شعبنا في هذه الظروف الصعبة».\n\nوبهذه المناسبة، دعا الوزير المواطنين إلى الهدوء.\n\nوقال الوزير كمال الشامي: «سنوقع الاتفاق قريبا مع الشركاء».\n\n«سيبدأ العمل في المشروع مع بداية العام المقبل».\n\nوأثارت هذه التصريحات غضب المعارضة في البرلمان.",
    { someStatements: [
      { kind: "direct", speaker: "سامي حداد", quotes: ["سنعمل على حل الأزمة بالحوار", "لن نتخلى عن شعبنا في هذه الظروف الصعبة"] },
      { kind: "direct", speaker: "كمال الشامي", quotes: ["سنوقع الاتفاق قريبا مع الشركاء", "سيبدأ العمل في المشروع مع بداية العام المقبل"] },
    ], noFindings: ["unattributed-quote"] }],
  ["Arabic: …but a demonstrative right before a verb of closing or saying (بهذا ختم) still points back: the quotation is nobody's",
    "وقال المدرب سامر العلي: \"تدرب الفريق أمس وعلينا الانتظار\".\n\"لن نستسلم مهما كانت النتيجة في المباراة المقبلة.\"\nبهذا ختم المدرب حديثه للصحفيين.",
    { statements: [{ kind: "direct", speaker: "سامر العلي", quotes: ["تدرب الفريق أمس وعلينا الانتظار"] }] }],
  ["two quotation paragraphs after the colon paragraph are the speaker's",
    "Karen Mills, the budget director, said:\n\n\"We will not sign this bill.\"\n\n\"We remain ready to meet with anyone, at any time, to get this done.\"",
    { statements: [{ kind: "direct", speaker: "Karen Mills", quotes: ["We will not sign this bill.", "We remain ready to meet with anyone, at any time, to get this done."] }],
      noFindings: ["unattributed-quote"] }],
  ["a quotation over two paragraphs after a speaker's quotation (the mark left off the first) is theirs",
    "\"We cannot go on like this,\" said Rosa Lind, the union leader.\n\n\"Every week another plant closes and nobody in the capital seems to care.\n\n\"We will march again on Saturday.\"\n\nTalks resume on Monday.",
    { statements: [{ kind: "direct", speaker: "Rosa Lind", quotes: ["We cannot go on like this", "Every week another plant closes and nobody in the capital seems to care.", "We will march again on Saturday."] }],
      noFindings: ["unattributed-quote"] }],
  ["…and its last paragraph with a cue of its own keeps its own statement",
    "\"We cannot go on like this,\" said Rosa Lind.\n\n\"Every week another plant closes.\n\n\"We will march again on Saturday,\" she added.",
    { statements: [
      { kind: "direct", cue: "said", speaker: "Rosa Lind", quotes: ["We cannot go on like this", "Every week another plant closes."] },
      { kind: "direct", cue: "added", speaker: "Rosa Lind", quotes: ["We will march again on Saturday,"] },
    ], noFindings: ["unattributed-quote"] }],
  ["a quotation paragraph after a named person's reported words is their quotation",
    "Mr Halden said that a lot of work had been done in the last year.\n\n\"We predicted this ten years ago, and it is going even faster than we expected.\"\n\nThe show opens on Friday.",
    { statements: [{ kind: "indirect", source: "Mr Halden" }, { kind: "direct", speaker: "Halden", quotes: ["We predicted this ten years ago, and it is going even faster than we expected."] }],
      noFindings: ["unattributed-quote"] }],
  ["…not a quoted heading",
    "Mr Halden said that a lot of work had been done in the last year.\n\n\"Related:\"\n\nThe show opens on Friday.",
    { statements: [{ kind: "indirect", source: "Mr Halden" }] }],
  ["…nor after an unnamed source's words",
    "Officials said that a lot of work had been done in the last year.\n\n\"We predicted this ten years ago, and it is going even faster than we expected.\"",
    { statements: [{ kind: "indirect", source: "Officials" }], findings: [{ rule: "unattributed-quote", has: "We predicted" }] }],
  ["a quotation paragraph after narration stays unattributed",
    "The plant closed in May.\n\n\"Every week another plant closes and nobody in the capital seems to care.\"",
    { statements: [], findings: [{ rule: "unattributed-quote", has: "Every week" }] }],
  ["a quotation paragraph after a narration paragraph stays unattributed",
    "\"We cannot go on like this,\" said Rosa Lind.\n\nThe plant closed in May.\n\n\"Every week another plant closes and nobody in the capital seems to care.\"",
    { someStatements: [{ speaker: "Rosa Lind", quotes: ["We cannot go on like this"] }], findings: [{ rule: "unattributed-quote", has: "Every week" }] }],
];

// A quotation that is a sentence of its own, with no cue (BBC and Reuters copy, paragraphs run together).
const subjectQuotes: Row[] = [
  ["after a sentence about a person who spoke (a name word as its subject): their direct statement",
    "\"We were the better side,\" said Brian Cole.\n\nCole praised the winning move. \"It was a brilliant goal from a young player who keeps getting better.\"",
    { statements: [{ speaker: "Brian Cole" }, { kind: "direct", cue: null, speaker: "Brian Cole", quotes: ["It was a brilliant goal from a young player who keeps getting better."] }], noFindings: ["unattributed-quote"] }],
  ["after a sentence whose subject is a person named in full",
    "The plant closed in May.\n\nUnion leader Rosa Lind criticised the owners. \"Every week another plant closes and nobody in the capital seems to care.\"",
    { statements: [{ kind: "direct", cue: null, speaker: "Rosa Lind" }], noFindings: ["unattributed-quote"] }],
  ["after he / she opening the sentence, the person who spoke last",
    "Mayor Ana Ruiz said the bridge would reopen. She did not give a date. \"We need to be sure that every bolt has been checked twice.\"",
    { statements: [{ speaker: "Ana Ruiz" }, { kind: "direct", cue: null, speaker: "Ana Ruiz" }], noFindings: ["unattributed-quote"] }],
  ["…not a he that does not fit the woman who spoke",
    "Mayor Ana Ruiz said the bridge would reopen. She was confident. He did not give a date. \"We need to be sure that every bolt has been checked twice.\"",
    { someStatements: [{ speaker: "Ana Ruiz" }], findings: [{ rule: "unattributed-quote", has: "We need" }] }],
  ["right after a quoting statement, only marks between: the paragraph run on (BBC copy)",
    "\"It was great play from the wing,\" said the striker. \"I always try to be in the box when the cross comes in. \"Playing three up front was something new for all of us this season.\"",
    { statements: [{ speaker: "the striker", quotes: ["It was great play from the wing,", "I always try to be in the box when the cross comes in.", "Playing three up front was something new for all of us this season."] }], noFindings: ["unattributed-quote"] }],
  ["a quotation inside its sentence is no statement of the subject (nor unattributed: its narration presents it, The poster read)",
    "Union leader Rosa Lind criticised the owners. The poster read \"every week another plant closes and nobody in the capital seems to care\" in red.",
    { statements: [], noFindings: ["unattributed-quote"] }],
  ["after narration with no person as its subject it stays unattributed",
    "The plant closed in May. \"Every week another plant closes and nobody in the capital seems to care.\"",
    { statements: [], findings: [{ rule: "unattributed-quote", has: "Every week" }] }],
];

describe("quotes across paragraphs", () => table(rows));
describe("follow-on quotation paragraphs", () => table(followOn));
describe("a quotation sentence of a person spoken of", () => table(subjectQuotes));
