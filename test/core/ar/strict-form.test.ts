// The strict form (src/core/ar/constructions/strict-form.ts and the cue look-up): بيّن and عبّر, whose past
// forms are also بين "between" and عبر "via". One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const bayyana: Row[] = [
  ["وبين + source + comma + أن: the verb بيّن", "وبين المصدر، أن الخطة الجديدة أعطت الملاك خيارات كثيرة.",
    { statements: [{ cue: "بين", source: "المصدر", starts: "الخطة" }] }],
  ["…an adjunct of time or occasion (خلال الافتتاح) between the subject and أن", "وبين مدير المدرسة سامي الحداد، خلال حفل التخرج أن عدد الطلاب تضاعف.",
    { statements: [{ cue: "بين", source: "مدير المدرسة سامي الحداد", starts: "عدد الطلاب" }] }],
  ["…but بين with an adjunct and no clause after it is no cue", "وتنقل الفريق بين المدينتين خلال الموسم الماضي.",
    { statements: [] }],
  ["بين between two sides is no cue", "وتستمر المفاوضات بين الطرفين منذ أسابيع، وقال الوسيط إن الاتفاق قريب.",
    { statements: [{ cue: "قال", source: "الوسيط" }] }],
  ["بينه وبين: no cue, and the quotation after it stays the speaker's", "وأضاف اللاعب الذي لا تزال المفاوضات جارية بينه وبين ناديه منذ أشهر \"أنا سعيد هنا\".",
    { statements: [{ kind: "direct", cue: "أضاف", quotes: ["أنا سعيد هنا"] }] }],
];

// عبّر عن, whose past form is also عبر "via": with عن and its noun before the clause, or written with its shadda.
const abbara: Row[] = [
  ["وعبر + source + عن + noun + أن: the verb عبّر", "وعبر المهندس عن ثقته في أن الجسر سيفتتح الشهر المقبل.",
    { statements: [{ cue: "عبر", source: "المهندس", starts: "الجسر" }] }],
  ["وعبرت + source + عن + a quotation: some of the speaker's words, partial", "وعبرت المديرة نادية سالم عن \"ارتياحها الكبير\" للنتائج.",
    { statements: [{ kind: "partial", cue: "عبرت", source: "المديرة نادية سالم", quotes: ["ارتياحها الكبير"] }] }],
  ["عبّر with its shadda after كما, the subject with an apposition", "كما عبّر النقابي سالم دريد، وهو عضو في المجلس منذ سنوات عن أن «الأجور لم تعد تكفي أحداً».",
    { statements: [{ kind: "direct", cue: "عبّر", speaker: "سالم دريد", quotes: ["الأجور لم تعد تكفي أحداً"] }] }],
  ["عبرت: the feminine past is the verb wherever it stands", "وعبرت المديرة عن اعتقادها بأن \"الموسم سيكون أفضل\".",
    { statements: [{ kind: "direct", cue: "عبرت", source: "المديرة", quotes: ["الموسم سيكون أفضل"] }] }],
  ["وعبر + a place: via, no cue", "وعبر الحدود أكثر من ألف عائلة خلال الليل.", { statements: [] }],
  ["، عبر + a channel after an earlier cue: via, not a second cue", "وكان اللاعب قد قال في مقابلة، عبر قناة رياضية، إن المدرب لم يمنحه فرصة.",
    { statements: [{ cue: "قال", source: "اللاعب", starts: "المدرب" }] }],
  ["، عبر inside the reported words, before a colon: via", "وقال مصدر في النقابة إن العمال قرروا الضغط، عبر تنظيم وقفات أخرى: «لن نتراجع».",
    { statements: [{ kind: "partial", cue: "قال", source: "مصدر في النقابة" }] }],
  ["the present تعبر عن reflects: no cue", "وقالت الوزيرة إن هذه الأرقام تعبر عن تحسن واضح في الأداء.",
    { statements: [{ cue: "قالت", source: "الوزيرة", starts: "هذه الأرقام" }] }],
];

// زاد "added", whose past form is also زاد "increased, made (worse)": a cue only with its words at once after its subject.
const zada: Row[] = [
  ["وزاد + subject + أن: added", "وزاد الوزير أن الحكومة ستدعم المزارعين هذا العام.",
    { statements: [{ cue: "زاد", source: "الوزير", starts: "الحكومة" }] }],
  ["وزاد + colon: added, the subject dropped", "قال المدرب إن الفريق جاهز. وزاد: \"سنلعب للفوز\".",
    { statements: [{ cue: "قال" }, { kind: "direct", cue: "زاد", speaker: "المدرب" }] }],
  ["وزاد على ذلك أن: added to that, على and a few words before the clause",  "وزاد على ذلك أن الخطة ستنجح.",
    { statements: [{ cue: "زاد", starts: "الخطة" }] }],
  ["زاد على + a number: exceeded, no cue", "وزاد عدد الزوار على ألف زائر في اليوم الأول.",
    { statements: [] }],
  ["مما زاد الموقف سوءاً: made worse, no cue", "كنت أرتجف من الغضب ومما زاد الموقف سوءاً كان أن المارة لم يتدخلوا.",
    { statements: [] }],
  ["ما زاد الطين بلة أن: an idiom, no cue", "وما زاد الطين بلة أن الشركة رفعت الأسعار مرة أخرى.",
    { statements: [] }],
];

// تابع, whose present يتابع mostly means "follows, monitors": inside a clause a cue only with its words at once.
const tabaa: Row[] = [
  ["يتابع in a description inside the subject: the verb before it is the cue", "من جهته، يقول نادر السعدي، وهو باحث يتابع شؤون الحركة، إن الانقسام بات واضحا.",
    { statements: [{ cue: "يقول", speaker: "نادر السعدي", starts: "الانقسام" }] }],
  ["ويتابع + subject + colon: a cue", "ويتابع المتحدث: \"لن نتراجع عن القرار\".",
    { statements: [{ kind: "direct", cue: "يتابع", source: "المتحدث", quotes: ["لن نتراجع عن القرار"] }] }],
  ["ويتابع + subject + an adjunct + أن: a cue", "ويتابع المتحدث في حديثه للصحفيين أن الخطة جاهزة.",
    { statements: [{ cue: "يتابع", source: "المتحدث", starts: "الخطة" }] }],
  ["ويتابع + object: follows, no statement", "ويتابع المدير الوضع عن كثب في المدينة.", { statements: [] }],
  ["يتابع قائلاً inside a clause: the participle is its words", "وقال الوزير إن الحكومة مستعدة، ثم يتابع قائلاً إن الحوار مستمر.",
    { statements: [{ cue: "قال", source: "الوزير" }, { cue: "قائلاً", speaker: "الوزير", starts: "الحوار" }] }],
];

// After a modal (ar-words modalsBeforeNoun) the past form of a verb of saying is its verbal noun.
const afterModal: Row[] = [
  ["لا يمكن توقع ما إذا …: the noun توقع, no report", "ولا يمكن توقع ما إذا كانت الأسعار سترتفع.", { statements: [] }],
  ["من الصعب تقدير …: no report", "ومن الصعب تقدير حجم الخسائر حتى الآن.", { statements: [] }],
  ["the verb itself, with و, is still a report", "وتوقع الخبراء أن ترتفع الأسعار.", { statements: [{ cue: "توقع", source: "الخبراء" }] }],
];

// اشتكى، شكا (ar-words fromClauseVerbs): a complaint reports only with من أن right after its subject.
const complaint: Row[] = [
  ["واشتكى + subject + من أن: a statement", "واشتكى أهالي القرية من أن الحافلات تتأخر كل صباح.",
    { statements: [{ cue: "اشتكى", source: "أهالي القرية", starts: "الحافلات" }] }],
  ["وشكت + subject + comma apposition + من أن", "وشكت النقابة، الممثلة للممرضين، من أن المناوبات طويلة.",
    { statements: [{ cue: "شكت", source: "النقابة، الممثلة للممرضين", starts: "المناوبات" }] }],
  ["the present يشكو with من أن at once", "ويشكو الصيادون من أن الميناء يحتاج إلى ترميم.",
    { statements: [{ cue: "يشكو", source: "الصيادون", starts: "الميناء" }] }],
  ["an adjunct of time between the subject and من أن", "ويشكو الصيادون منذ سنوات طويلة من أن الميناء مهمل.",
    { statements: [{ cue: "يشكو", source: "الصيادون", starts: "الميناء" }] }],
  ["an adjunct, then من and a noun, then بعد أن: no statement", "واشتكى الركاب خلال الرحلة من الضجيج بعد أن تعطل المكيف.",
    { statements: [] }],
  ["a complaint about a noun, then بعد أن: no statement", "واشتكى الركاب من التأخير بعد أن تغير جدول الرحلات.",
    { statements: [] }],
];

// اختتم (ar-words eventObjectVerbs): a possessed event after it (جولته، مشاركتهم) is concluded, nothing said.
const concluded: Row[] = [
  ["يختتم + subject + a possessed event, a quoted name further on: no statement", "ويختتم النادي جولته الصيفية الأحد بمواجهة فريق يسعى لضم لاعب «النسور الخضر» المهاجم.",
    { statements: [] }],
  ["اختتم + subject + a medium (كلمته) + colon: a statement", "واختتم الوزير كلمته: \"سنواصل العمل حتى النهاية\".",
    { statements: [{ cue: "اختتم", source: "الوزير" }] }],
  ["اختتم + a medium + بقوله: still this verb's statement", "واختتم المحاضر كلمته بقوله: \"العلم طريق النهضة الوحيد\".",
    { statements: [{ cue: "اختتم" }] }],
];

describe("Arabic strict forms", () => {
  describe("اختتم", () => table(concluded));
  describe("اشتكى، شكا", () => table(complaint));
  table(bayyana);
  describe("عبّر عن", () => table(abbara));
  describe("يتابع", () => table(tabaa));
  describe("زاد", () => table(zada));
  describe("after a modal", () => table(afterModal));
});
