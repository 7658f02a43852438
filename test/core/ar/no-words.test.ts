// A cue whose reported words open nowhere reports nothing (src/core/ar/constructions/no-words.ts): دعا
// إلى + a noun, لم ترد على طلب للتعليق.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const empty = (): Row[2] => ({ statements: [], noFindings: ["unattributed-quote", "unbalanced-quote"] });

const denialsAccusationsQuestions: Row[] = [
  ["اتهم X بـ: content starts at the accused", "واتهم وزير الداخلية جماعات مسلحة بالوقوف وراء الهجوم.",
    { statements: [{ kind: "indirect", cue: "اتهم", source: "وزير الداخلية", starts: "جماعات مسلحة", ends: "وراء الهجوم" }] }],
];

const eventsThatAreNotSpeech: Row[] = [
  ["يُعتبر in the present is mostly the passive 'is considered': no statement without أن or a subject who speaks", "ويعتبر القرار ملزما للحكومة. وتعتبر هذه الشهادة الأولى من نوعها.",
    { statements: [] }],
  ["يعد / تعد / يبلغ in their usual senses (is considered, no longer, amounts to) report nothing", "ويعد القطاع سوقاً جديدة. ولم تعد الشركة قادرة على الدفع. ويبلغ عرض الجسر ميلين.",
    { statements: [] }],
  ["لم ترد على طلب للتعليق", "ولم ترد السفارة على طلب للتعليق.", empty()],
  ["a present verb with a written damma on its prefix is the passive 'it is believed / said': nobody reports", "ويُعتقد أن ثمانية ملايين شخص على شفا المجاعة. ويُقال إن الاجتماع تأجل.",
    { statements: [] }],
  ["unmarked, the same verb with its subject reports", "ويعتقد المحللون أن الأسعار سترتفع.",
    { statements: [{ cue: "يعتقد", source: "المحللون" }] }],
  ["يُعتقد أن / يُتوقع أن with no subject: the impersonal passive, not the last speaker's words", "وقال المدير سليم الحداد إن المصنع سيغلق. ويعتقد أن الحريق بدأ في المخزن. ويتوقع أن يحضر الاجتماع نحو ألف شخص.",
    { statements: [{ cue: "قال", source: "المدير سليم الحداد", ends: "سيغلق" }] }],
  ["…so after a plural it cannot agree with (مسلحون يُرجح أنهم)", "وقالت الشرطة إن مسلحين مجهولين يرجح أنهم من خارج المدينة هاجموا القافلة.",
    { statements: [{ cue: "قالت", source: "الشرطة" }] }],
  ["…but with its subject after it or before it, it reports (ويتوقع الخبير أن، الخبير يتوقع أن)", "ويتوقع الخبير سامي الحلو أن ترتفع الأسعار. المحلل يعتقد أن السوق ستتعافى.",
    { statements: [{ cue: "يتوقع", source: "الخبير سامي الحلو" }, { cue: "يعتقد", source: "المحلل" }] }],
  ["…and in the feminine it is the dropped subject's (وتعتقد أن)", "وقالت الوزيرة إن الخطة جاهزة. وتعتقد أن الوقت مناسب للحوار.",
    { statements: [{ cue: "قالت" }, { cue: "تعتقد", speaker: "الوزيرة" }] }],
];

const callsAndCondemnationsWithANounObject: Row[] = [
  ["دعا إلى + noun", "ودعا الوزير إلى وقف فوري لإطلاق النار.", empty()],
  ["دعا إلى + one quoted word (a term)", "ودعا الوزير إلى «الحوار» مع المعارضة.", empty()],
  ["أشار إلى + a quoted club name", "وأشار المدرب إلى \"نادي الهلال\" في حديثه.", empty()],
  ["أشار/لفت إلى + a demonstrative and its noun: the matter is only mentioned (not a verbal noun in construct)", "وأشار المحافظ إلى هذه المسألة في كلمته. ولفت النائب إلى تلك الخطة أمس.", empty()],
  ["أعلن عن إطلاق", "وأعلنت الوزارة عن إطلاق مبادرة لدعم الشباب.", empty()],
  ["طالب بـ", "وطالب المحتجون بإقالة الحكومة.", empty()],
];

// إلا أن، غير أن، بيد أن ("however"): the clause after it is the writer's, not the cue's words.
const concessive: Row[] = [
  ["يعتبر X أمراً عادياً، إلا أن …", "ويعتبر إجراء بعض التعديلات على الصور أمراً عادياً في الإعلام، إلا أن كثيرين عبروا عن رغبتهم بالتغيير.", empty()],
  ["…nor with أن in a clause وكان opens after it (وكان ends the subject)", "ويعتبر وضع الملعب حساسا وكان من المقرر أن تقام المباراة في مدينة أخرى.", empty()],
  ["أفادت … عن …، غير أن …: what the media reported under عن, not the clause after غير أن", "وأفادت وسائل الإعلام عن سقوط صاروخ داخل القطاع، غير أن الجيش لم يؤكد الأمر.",
    { statements: [{ cue: "أفادت", source: "وسائل الإعلام", starts: "سقوط", ends: "داخل القطاع" }] }],
  ["أن before the concessive is still the cue's", "وقال الوزير إن الخطة جاهزة، إلا أن التمويل تأخر.",
    { statements: [{ cue: "قال", source: "الوزير", starts: "الخطة" }] }],
];

// Figures and evidence do not speak (ANNOTATION): أظهرت البيانات، تشير التوقعات، كل الدلائل تشير.
const dataDoNotSpeak: Row[] = [
  ["تشير التوقعات إلى", "وتشير التوقعات إلى ارتفاع العائدات بنسبة كبيرة.", empty()],
  ["كل الدلائل تشير إلى أن: a quantifier before the data noun", "وقال القائد إن كل الدلائل تشير إلى أن النهاية وشيكة.",
    { statements: [{ cue: "قال", source: "القائد", starts: "كل الدلائل" }] }],
  ["…but a verb of saying keeps a study's words", "وقالت الدراسة إن نصف المشاركين تحسنوا.",
    { statements: [{ cue: "قالت", source: "الدراسة" }] }],
];

describe("Arabic cues with no reported words", () => {
  describe("data do not speak", () => table(dataDoNotSpeak));
  describe("denials, accusations, questions", () => table(denialsAccusationsQuestions));
  describe("events that are not speech", () => table(eventsThatAreNotSpeech));
  describe("calls and condemnations with a noun object", () => table(callsAndCondemnationsWithANounObject));
  describe("a concessive أن", () => table(concessive));
});

// Homographs of reporting verbs, told apart by their spelling or neighbours (src/core/ar/spelling.ts).
const homographs: Row[] = [
  ["يزيد … عن: exceeds, with the subject between", "ومن الشروط ألا يزيد عمر المتقدم عن 48 سنة، وأن يكون المؤهل المطلوب الثانوية.", empty()],
  ["إبان: during, not أبان made clear (one statement, the verb's)", "وقال الوزير، الذي فاوض إبان الحرب في الشمال، إن السلام قريب.",
    { statements: [{ cue: "قال", source: "الوزير", starts: "السلام" }] }],
  ["ابان without its hamza reports only with أن right after it", "وتغيرت الخطط ابان الأزمة المالية، وأكد الوزير أن الخطة ناجحة.",
    { statements: [{ cue: "أكد", source: "الوزير" }] }],
  ["أبان with its hamza above: made clear", "وأبان الخبير هادي النجار أن التربة مالحة.",
    { statements: [{ cue: "أبان", source: "الخبير هادي النجار", starts: "التربة" }] }],
  ["من أبرز: the most prominent, not أبرز highlighted (one statement, the verb's)", "واعتبر زعيم الحزب، المعروف بأنه من أبرز الناشطين في الحملة، أن هذه الضربات \"عمل مشكوك فيه\".",
    { statements: [{ cue: "اعتبر" }] }],
  ["وزاد على ذلك أن …: added to that, still a report", "وزاد على ذلك أن الخطة ستنجح.", { statements: [{ cue: "زاد", starts: "الخطة" }] }],
];
describe("Arabic homographs of reporting verbs", () => table(homographs));
