// Quotation marks of every style, paired (src/core/text/quotes.ts), and marks left unbalanced.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/index";
import { type Row, table } from "../expect";

const arabicMarkStyles: Row[] = [
  ["guillemets « »", "وقال الوزير: «لن نسمح بتكرار ما حدث».",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير", quotes: ["لن نسمح بتكرار ما حدث"] }], noFindings: ["unbalanced-quote"] }],
  ["curly “ ”", "وقال المدرب: “اللاعبون قدموا كل ما لديهم”.",
    { statements: [{ kind: "direct", cue: "قال", source: "المدرب", quotes: ["اللاعبون قدموا كل ما لديهم"] }], noFindings: ["unbalanced-quote"] }],
  ["straight \" \"", "وقالت الوزيرة: \"الأولوية لإعادة فتح المدارس\".",
    { statements: [{ kind: "direct", cue: "قالت", source: "الوزيرة", quotes: ["الأولوية لإعادة فتح المدارس"] }], noFindings: ["unbalanced-quote"] }],
  ["” used as the opening mark too", "وقال المتحدث: ”لن نتفاوض تحت الضغط”.",
    { statements: [{ kind: "direct", cue: "قال", source: "المتحدث", quotes: ["لن نتفاوض تحت الضغط"] }], noFindings: ["unbalanced-quote"] }],
  ["لـ”…” addressee is not a quote", "وقال الوزير لـ”العربية” إن الحكومة ستراجع القرار.",
    { statements: [{ kind: "indirect", cue: "قال", source: "الوزير", quotes: [], starts: "الحكومة", ends: "القرار" }], noFindings: ["unbalanced-quote"] }],
  ["addressee in quotes, then the quote", "وقال مدير الشركة لـ\"الاقتصادية\": \"الطلب تضاعف خلال عام\".",
    { statements: [{ kind: "direct", source: "مدير الشركة", quotes: ["الطلب تضاعف خلال عام"] }] }],
  ["quote spanning two sentences", "وقال الأمين العام: \"الوضع مأساوي. الناس بلا ماء ولا كهرباء منذ أسبوع\".",
    { statements: [{ kind: "direct", quotes: ["الوضع مأساوي. الناس بلا ماء ولا كهرباء منذ أسبوع"] }] }],
  ["padded \" text \"", "وقال المتحدث: \" لا تعليق لدينا في الوقت الحالي \".",
    { statements: [{ kind: "direct", quotes: ["لا تعليق لدينا في الوقت الحالي"] }], noFindings: ["unbalanced-quote"] }],
  ["nested term in quotes: one outer quote", "وقال المتحدث: «ما يسمى \"الحل المؤقت\" لم يعد مقبولاً لدى أحد».",
    { statements: [{ kind: "direct", quotes: ["ما يسمى \"الحل المؤقت\" لم يعد مقبولاً لدى أحد"] }] }],
];

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
  ["straight \" opened, curly ” closed", "\"The river is rising fast,” said Mina Ortiz, a ranger.",
    { statements: [{ kind: "direct", cue: "said", source: "Mina Ortiz, a ranger", quotes: ["The river is rising fast"] }], noFindings: ["unbalanced-quote"] }],
  ["curly “ opened, straight \" closed", "“The river is rising fast,\" said Mina Ortiz. “We moved the cattle,” she said.",
    { statements: [{ kind: "direct", source: "Mina Ortiz", quotes: ["The river is rising fast"] }, { kind: "direct", source: "she", quotes: ["We moved the cattle"] }], noFindings: ["unbalanced-quote"] }],
  ["a straight pair inside a curly pair stays nested", "“They called it \"a miracle\" at first,” she said.",
    { statements: [{ kind: "direct", source: "she", quotes: ["They called it \"a miracle\" at first"] }], noFindings: ["unbalanced-quote"] }],
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
  // Straight marks paired by how they look, not only by position.
  ["a straight \" left open, then a quotation of its own: the open one is reported, the words of each quoted apart",
    "وقال المحلل: \"هذه قرارات لا قيمة لها، وأضاف \"أغلب من نالوا الرتب مطلوبون للقضاء\".",
    { findings: [{ rule: "unbalanced-quote", text: "\"", occurrence: 1, count: 1 }],
      statements: [{ cue: "قال", quotes: ["هذه قرارات لا قيمة لها"] }, { cue: "أضاف", quotes: ["أغلب من نالوا الرتب مطلوبون للقضاء"] }] }],
  ["straight marks nested in straight marks: balanced, one outer quotation",
    "وقال الوزير: \"المدارس ستنتقل إلى نظام \"التعليم الجديد\" خلال عامين، وستصبح الفصول أصغر\".",
    { noFindings: ["unbalanced-quote"], statements: [{ cue: "قال", quotes: ["المدارس ستنتقل إلى نظام \"التعليم الجديد\" خلال عامين، وستصبح الفصول أصغر"] }] }],
  ["…and two nested pairs before the outer mark closes",
    "وذكرت الصحيفة أن \"سامي عادل \"35 عاما\" ورامي نبيل \"40 عاما\" غادرا المدينة قبل أسبوع\".",
    { noFindings: ["unbalanced-quote"] }],
  ["a closing-looking straight mark with none open is reported as closing, and opens nothing",
    "وقال المدرب إن الفريق قدم مباراة كبيرة أمام المنافس\". وأضاف المدرب أن اللاعبين \"يستحقون الفوز\".",
    { findings: [{ rule: "unbalanced-quote", text: "\"", occurrence: 1, count: 1, says: "closes a quotation that never opened" }],
      someStatements: [{ cue: "أضاف", quotes: ["يستحقون الفوز"] }] }],
  ["a straight mark typed for an apostrophe (world\"s, it\"s) is no quotation mark",
    "The plant, the world\"s largest, will close, officials said. \"It\"s a sad day for the town,\" the mayor said.",
    { noFindings: ["unbalanced-quote"], someStatements: [{ source: "the mayor", quotes: ["It\"s a sad day for the town"] }] }],
  ["a lone ‘ inside a closed quotation (a reversed ’…‘ of Arabic copy) is no mark: nothing unbalanced",
    "وقال الوزير: \"الخطة الجديدة ’ذكية‘ وستنجح في خفض الأسعار\".",
    { noFindings: ["unbalanced-quote"], statements: [{ cue: "قال", quotes: ["الخطة الجديدة ’ذكية‘ وستنجح في خفض الأسعار"] }] }],
  ["” opening after a one-letter clitic written apart (و”…”) pairs with the ” that closes it",
    "وحذروا من أنهم سينشرون تفاصيل الحسابات و”صور الأعضاء السرية” ما لم تستجب الشركة.",
    { noFindings: ["unbalanced-quote"] }],
];

// A quotation of several paragraphs run into one line: each part opens, only the last closes.
const reopenedAfterStop: Row[] = [
  ["a quotation reopened after a full stop ends there",
    "Ana Ruiz said: \"We need decisions, not words. \"If the plan fails, markets will react.\" Economists said the currency would fall.",
    { statements: [
      { kind: "direct", source: "Ana Ruiz", quotes: ["We need decisions, not words", "If the plan fails, markets will react"] },
      { kind: "indirect", source: "Economists", starts: "the currency" },
    ], noFindings: ["unbalanced-quote", "unattributed-quote"] }],
  ["a quote split by its cue, then reopened", "\"It is early,\" said Ivo Petrov, \"but we must act. \"Waiting costs more.\" Dealers said the yen rose.",
    { statements: [{ source: "Ivo Petrov", quotes: ["It is early", "but we must act", "Waiting costs more"] }, { source: "Dealers" }], noFindings: ["unbalanced-quote"] }],
  ["a closing mark after a full stop still closes", "Ana Ruiz said: \"We need decisions.\" Dealers said the yen rose.",
    { statements: [{ source: "Ana Ruiz", quotes: ["We need decisions."] }, { source: "Dealers" }], noFindings: ["unbalanced-quote"] }],
];

describe("quote marks", () => {
  describe("English: a mark reopened after a full stop", () => table(reopenedAfterStop));
  describe("Arabic mark styles", () => table(arabicMarkStyles));
  describe("pairs", () => table(pairs));
  describe("unbalanced", () => table(unbalanced));
  it("a bidi mark inside the quotation marks is no part of the quotation: its span starts and ends at the words", () => {
    const text = 'وقال الوزير سامي حداد: "\u200fلن نوقع الاتفاق\u200f".';
    const st = analyze(text).statements[0];
    expect(st.quotes.map((q) => q.text)).toEqual(["لن نوقع الاتفاق"]);
    expect(text.slice(st.content.start, st.content.end)).toBe("لن نوقع الاتفاق");
  });
});
