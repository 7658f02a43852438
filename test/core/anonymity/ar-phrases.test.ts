// Arabic anonymity phrases (src/core/anonymity/phrases.ts, lexicon/anonymity.tsv): what grants or
// explains anonymity, and what only looks like it.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const phrasesThatGrantOrExplainAnonymity: Row[] = [
  ["طلب عدم ذكر اسمه", "وقال مسؤول في وزارة الدفاع، طلب عدم ذكر اسمه، إن الصفقة ستوقع قريباً.",
    { anonymity: ["طلب عدم ذكر اسمه"],
      statements: [{ source: "مسؤول في وزارة الدفاع", starts: "الصفقة" }],
      speakers: [{ kind: "anonymous", anonymity: ["طلب عدم ذكر اسمه"] }] }],
  ["تحدث شريطة عدم نشر اسمه", "وقال دبلوماسي أوروبي، تحدث شريطة عدم نشر اسمه، إن العقوبات ستمدد ستة أشهر.",
    { anonymity: ["تحدث شريطة عدم نشر اسمه"],
      statements: [{ source: "دبلوماسي أوروبي", starts: "العقوبات" }],
      speakers: [{ kind: "anonymous", anonymity: ["تحدث شريطة عدم نشر اسمه"] }] }],
  ["فضل عدم الكشف عن هويته", "وقال مصدر حكومي، فضل عدم الكشف عن هويته، إن الحكومة ستقدم استقالتها.",
    { anonymity: ["فضل عدم الكشف عن هويته"], speakers: [{ name: "مصدر حكومي", kind: "anonymous", anonymity: ["فضل عدم الكشف عن هويته"] }] }],
  ["لم يرغب في ذكر اسمه (في between the verb and the noun)", "وقال مصدر أمني، لم يرغب في ذكر اسمه، إن الدورية عادت.",
    { anonymity: ["لم يرغب في ذكر اسمه"], speakers: [{ name: "مصدر أمني", kind: "anonymous", anonymity: ["لم يرغب في ذكر اسمه"] }] }],
  ["تحفظ على ذكر اسمه: the whole phrase", "وقال مصدر، تحفظ على ذكر اسمه، إن الدورية عادت.",
    { anonymity: ["تحفظ على ذكر اسمه"] }],
  ["متحفظ على اسمه", "وقال مصدر متحفظ على اسمه إن الدورية عادت.",
    { anonymity: ["متحفظ على اسمه"] }],
  ["فضّل with shadda", "وقال مسؤول مصرفي، فضّل عدم ذكر اسمه، إن البنوك رفعت أسعار الفائدة.",
    { anonymity: ["فضّل عدم ذكر اسمه"] }],
  ["رفض الكشف عن اسمه", "وقال مسؤول محلي، رفض الكشف عن اسمه، إن المياه غمرت عشرات المنازل.",
    { anonymity: ["رفض الكشف عن اسمه"] }],
  ["a bare اسم before إن still withholds the speaker's name", "وقالت موظفة طلبت عدم ذكر اسم إن الرواتب تأخرت.",
    { anonymity: ["طلبت عدم ذكر اسم"] }],
  ["grant and reason are two phrases", "وقال مسؤول عسكري، تحدث بشرط عدم الكشف عن هويته لأنه غير مخول بالحديث لوسائل الإعلام، إن القوات انسحبت من التلال.",
    { anonymity: ["تحدث بشرط عدم الكشف عن هويته", "لأنه غير مخول بالحديث لوسائل الإعلام"],
      statements: [{ source: "مسؤول عسكري", starts: "القوات", ends: "من التلال" }],
      speakers: [{ kind: "anonymous", anonymity: ["تحدث بشرط عدم الكشف عن هويته", "لأنه غير مخول بالحديث لوسائل الإعلام"] }] }],
  ["feminine, with a reason of fear", "وقالت موظفة في المستشفى، طلبت عدم الكشف عن هويتها خوفاً من فقدان عملها، إن الأدوية نفدت منذ أيام.",
    { anonymity: ["طلبت عدم الكشف عن هويتها", "خوفاً من فقدان عملها"],
      statements: [{ cue: "قالت", source: "موظفة في المستشفى", starts: "الأدوية" }] }],
  ["plural: طلبوا عدم نشر أسمائهم", "وقال ثلاثة مسؤولين، طلبوا عدم نشر أسمائهم، إن المحادثات وصلت إلى طريق مسدود.",
    { anonymity: ["طلبوا عدم نشر أسمائهم"], statements: [{ source: "ثلاثة مسؤولين" }], speakers: [{ kind: "anonymous" }] }],
  ["participle مشترطاً", "وأكد مسؤول رفيع المستوى، مشترطاً عدم الكشف عن هويته، أن الوزير سيغادر منصبه.",
    { anonymity: ["مشترطاً عدم الكشف عن هويته"], statements: [{ cue: "أكد", source: "مسؤول رفيع المستوى", starts: "الوزير" }] }],
  ["لم تسمه الصحيفة", "وقال مسؤول في الشركة لم تسمه الصحيفة إن المصنع سيغلق نهاية العام.",
    { anonymity: [["لم تسمه الصحيفة", "لم تسمه"]], speakers: [{ kind: "anonymous" }] }],
  ["reason given with نظراً لحساسية", "وقال مصدر مقرب من الرئاسة، فضل عدم ذكر اسمه نظراً لحساسية الموضوع، إن الرئيس سيعلن قراره الأحد.",
    { anonymity: ["فضل عدم ذكر اسمه", "نظراً لحساسية الموضوع"], statements: [{ source: "مصدر مقرب من الرئاسة" }] }],
  ["reason given with خشية الانتقام", "وقال شاهد عيان، رفض ذكر اسمه خشية الانتقام، إن المسلحين أحرقوا السوق.",
    { anonymity: ["رفض ذكر اسمه", "خشية الانتقام"], statements: [{ source: "شاهد عيان" }] }],
  ["hamza-less spelling", "وقال مسؤول امني، طلب عدم نشر اسمه، ان الشرطة اعتقلت المشتبه بهم.",
    { anonymity: ["طلب عدم نشر اسمه"], statements: [{ source: "مسؤول امني", starts: "الشرطة" }] }],
  ["phrase without commas after مصدر", "وقال مصدر طلب عدم الكشف عن اسمه إن الشحنة وصلت إلى الميناء.",
    { anonymity: ["طلب عدم الكشف عن اسمه"], statements: [{ source: "مصدر", starts: "الشحنة" }] }],
  ["phrase in a later sentence, tied back by المصدر", "وقال مصدر قضائي إن المتهم اعترف بالتهم الموجهة إليه. وتحدث المصدر شريطة عدم نشر اسمه لأنه غير مخول بالتصريح.",
    { anonymity: [["شريطة عدم نشر اسمه", "تحدث المصدر شريطة عدم نشر اسمه"], "لأنه غير مخول بالتصريح"],
      speakers: [{ kind: "anonymous", anonymity: [["شريطة عدم نشر اسمه", "تحدث المصدر شريطة عدم نشر اسمه"], "لأنه غير مخول بالتصريح"] }] }],
  ["two anonymous speakers, each with its own phrase",
    "وقال مسؤول أميركي، طلب عدم نشر اسمه، إن المحادثات متعثرة. وقال دبلوماسي عربي، تحدث شريطة عدم الكشف عن هويته، إن الوسطاء يعدون مقترحاً جديداً.",
    { anonymity: ["طلب عدم نشر اسمه", "تحدث شريطة عدم الكشف عن هويته"],
      speakers: [
        { name: "مسؤول أميركي", kind: "anonymous", anonymity: ["طلب عدم نشر اسمه"] },
        { name: "دبلوماسي عربي", kind: "anonymous", anonymity: ["تحدث شريطة عدم الكشف عن هويته"] },
      ] }],
];

const noAnonymity: Row[] = [
  ["bare مصادر has no anonymity phrase", "وقالت مصادر إن الاجتماع تأجل إلى الأسبوع المقبل.",
    { anonymity: [], speakers: [{ name: "مصادر", kind: "anonymous", anonymity: [] }] }],
  ["شريطة ألا تقل is a condition, not anonymity", "وقال مسؤول إن البنك سيقدم الوديعة شريطة ألا تقل مدتها عن خمس سنوات.",
    { anonymity: [], speakers: [{ kind: "anonymous", anonymity: [] }] }],
  ["بشرط أن is a condition, not anonymity", "ووافق الصندوق على القرض بشرط أن تخفض الحكومة دعم الوقود.",
    { anonymity: [], statements: [] }],
  ["a name withheld that is not the source's", "وقالت الوزارة إنها لن تكشف عن اسم الشركة الفائزة بالمناقصة قبل الأحد.",
    { anonymity: [], speakers: [{ kind: "organization", anonymity: [] }] }],
  ["refusing to name a club is not anonymity", "ورفض اللاعب الكشف عن اسم ناديه الجديد.",
    { anonymity: [], statements: [] }],
  ["withholding the victims' names is not anonymity", "ورفضت الشرطة الكشف عن أسماء الضحايا.",
    { anonymity: [], statements: [] }],
  ["named person on the record", "وقال وزير العمل، يوسف البدري، إن البطالة تراجعت.",
    { anonymity: [], speakers: [{ kind: "person", anonymity: [] }] }],
];

describe("Arabic anonymity", () => {
  describe("phrases that grant or explain anonymity", () => table(phrasesThatGrantOrExplainAnonymity));
  describe("no anonymity", () => table(noAnonymity));
});
