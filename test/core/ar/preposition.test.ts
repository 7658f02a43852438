// Arabic prepositional cues (src/core/ar/constructions/preposition.ts): بحسب X، … / …، وفقاً لـX / على
// لسان X.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["وبحسب X فقد … (no comma): فقد opens the main clause, the source ends before it", "وبحسب تقارير أولية فقد تضرر نحو ألف منزل.",
    { statements: [{ cue: "بحسب", source: "تقارير أولية", speaker: "تقارير أولية", starts: "فقد تضرر", ends: "ألف منزل" }] }],
  ["…كانت opens it too", "وكجزء من هذه المهمة حسب الادعاء كانت المرأة تنظم فعالية.",
    { statements: [{ cue: "حسب", source: "الادعاء", speaker: "الادعاء" }] }],
  ["وبحسب X، فإن …", "وبحسب وزارة الصحة، فإن عدد الإصابات ارتفع إلى أربعين.",
    { statements: [{ kind: "indirect", cue: "بحسب", source: "وزارة الصحة", speakerKind: "organization", starts: "عدد الإصابات", ends: "إلى أربعين" }] }],
  ["بحسب ما نقلت(ه) X عن Y: the relayed source Y speaks", "وبحسب ما نقلته وكالة محلية عن مصدر أمني، فإن الطريق أغلق. والطريق سيفتح غدا، وفقا لما نقلت الإذاعة عن المحافظ سامي حداد.",
    { statements: [
      { kind: "indirect", cue: "بحسب ما نقلته", source: "مصدر أمني", speakerKind: "anonymous", starts: "الطريق أغلق" },
      { kind: "indirect", cue: "وفقا لما نقلت", source: "المحافظ سامي حداد", speaker: "سامي حداد", starts: "والطريق سيفتح" },
    ] }],
  ["clause first, then بحسب X", "ارتفع عدد القتلى إلى 12 شخصاً، بحسب الدفاع المدني.",
    { statements: [{ kind: "indirect", cue: "بحسب", source: "الدفاع المدني", starts: "ارتفع عدد", ends: "12 شخصاً" }] }],
  ["حسب, no و", "حسب الهيئة، تجاوزت نسبة المشاركة ستين في المئة.",
    { statements: [{ kind: "indirect", cue: "حسب", source: "الهيئة", starts: "تجاوزت", ends: "في المئة" }] }],
  ["وفقاً لـ with the clitic ل on the source", "وفقاً لوزارة الداخلية، أوقفت الشرطة 15 مشتبهاً بهم.",
    { statements: [{ kind: "indirect", cue: ["وفقاً", "وفقاً ل"], source: ["وزارة الداخلية", "لوزارة الداخلية"], starts: "أوقفت", ends: "مشتبهاً بهم" }] }],
  ["clause, then وفقا لـ spelled without tanween", "أغلقت المدارس أبوابها ثلاثة أيام، وفقا لمديرية التربية.",
    { statements: [{ kind: "indirect", cue: ["وفقا", "وفقا ل"], source: ["مديرية التربية", "لمديرية التربية"], starts: "أغلقت", ends: "ثلاثة أيام" }] }],
  ["طبقاً لـ", "طبقاً للبنك المركزي، تراجع التضخم إلى أدنى مستوى في عامين.",
    { statements: [{ kind: "indirect", cue: ["طبقاً", "طبقاً ل"], starts: "تراجع التضخم", ends: "في عامين" }] }],
  ["حسب ما أفادت به X after the clause", "وصلت تعزيزات عسكرية إلى المدينة فجر اليوم، حسب ما أفادت به مصادر محلية.",
    { statements: [{ kind: "indirect", cue: ["حسب ما أفادت به", "حسب", "أفادت"], source: "مصادر محلية", speakerKind: "anonymous", starts: "وصلت", ends: "فجر اليوم" }] }],
  ["على لسان", "وجاء على لسان المتحدث باسم الجيش، العقيد مازن الفايز، أن القوات أغلقت المعبر.",
    { statements: [{ kind: "indirect", cue: ["على لسان", "جاء على لسان"], source: "المتحدث باسم الجيش، العقيد مازن الفايز", starts: "القوات", ends: "المعبر" }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["حسب ما أكده X: a prepositional cue through a verb with its pronoun", "وسيفتتح المستشفى الشهر المقبل، حسب ما أكده مصدر في الوزارة.",
    { statements: [{ cue: "حسب ما أكده", source: "مصدر في الوزارة", speakerKind: "anonymous" }] }],
  // A verb carrying its object as a pronoun (issue 11, family 1).
  ["حسبما ينص عليه القانون: the pronoun after the verb is passed over", "ويحق للموظف إجازة سنوية مدفوعة حسبما ينص عليه القانون.",
    { statements: [{ cue: ["حسبما ينص", "حسبما ينص عليه"], source: "القانون" }] }],
  // Partial quotes next to their cue (issue 11, family 1).
  ["a clause before على حد تعبير keeps its quotation", "وبدا الاجتماع \"حوار طرشان\" على حد تعبير أحد النواب.",
    { statements: [{ kind: "partial", cue: "على حد تعبير", source: "أحد النواب", quotes: ["حوار طرشان"] }] }],
  ["وفقا لشبكة …: the speaker's name without the لـ", "وقتل عشرة أشخاص في الفيضانات وفقا لشبكة الأفق الإخبارية.",
    { statements: [{ cue: "وفقا", source: "شبكة الأفق الإخبارية", speaker: "شبكة الأفق الإخبارية" }] }],
  ["وفقا لوكالة …: an outlet also listed as one told is the source after وفقا", "وارتفعت الأسعار للمرة الثالثة وفقا لوكالة الأنباء المحلية.",
    { statements: [{ cue: "وفقا", source: "وكالة الأنباء المحلية", speakerKind: "organization" }] }],
  ["وفقا لصحيفة «…»: the same with a quoted name", "وبلغ ثمن اللاعب ثلاثين مليونا وفقا لصحيفة «الملعب».",
    { statements: [{ cue: "وفقا", source: "صحيفة «الملعب»", speakerKind: "organization" }] }],
  // ما itself is the verb's object: any verb with a pronoun attached, a reporting verb or not.
  ["وفقاً لما نقلته X: the relayed verb's subject is the source, not the verb", "وأغلقت البلدية السوق القديم، وفقاً لما نقلته وكالة الأنباء المحلية.",
    { statements: [{ cue: "وفقاً لما نقلته", source: "وكالة الأنباء المحلية", speaker: "وكالة الأنباء المحلية", speakerKind: "organization" }] }],
  ["حسب ما نشره X: a verb that is no reporting verb", "وارتفع عدد الزوار إلى ألفين، حسب ما نشره موقع المهرجان.",
    { statements: [{ cue: "حسب ما نشره", source: "موقع المهرجان", speakerKind: "organization" }] }],
  ["بحسب ما لديه: a preposition with a pronoun is no verb", "وسيبقى الفريق في الفندق، بحسب ما لديه من تعليمات.",
    { statements: [] }],
  // "In his view" names no one new (ar-grammar verbnoun رأيه).
  ["وحسب رأيه، فإن … opens the words of the speaker before", "وقال المدرب سمير داود إن الموسم كان صعباً. وحسب رأيه، فإن الفريق سيتحسن.",
    { statements: [{ cue: "قال", speaker: "سمير داود" }, { cue: "حسب", source: null, speaker: "سمير داود", starts: "الفريق" }] }],
  ["…، حسب رأيه after a clause is no statement of its own", "وأكد المدرب أن الموسم كان صعباً، حسب رأيه.",
    { statements: [{ cue: "أكد", source: "المدرب" }] }],
  ["حسب الحاجة، بحسب نوع …: a need or a measure names no source; the speaker before goes on",
    "وقال المدير سامر حداد إن الفروع ستتوسع. وستفتح الكليات حسب احتياج السوق. وأشار إلى أن الطلب كبير.",
    { statements: [{ cue: "قال", speaker: "سامر حداد" }, { cue: "أشار", source: null, speaker: "سامر حداد" }] }],
  ["بحسب ما ورد في X: the source is X, not «ورد»", "وتأجلت الرحلة يومين، بحسب ما ورد في بيان شركة الطيران.",
    { statements: [{ cue: "بحسب ما ورد في", source: "بيان شركة الطيران", speakerKind: "organization" }] }],
  ["وفقاً للوزارة: the name gets its article back", "وأغلقت المدارس ثلاثة أيام وفقاً للوزارة.",
    { statements: [{ cue: "وفقاً", speaker: "الوزارة" }] }],
  ["حسب الفئة العمرية: a category is a measure, no source", "وتختلف النسب حسب الفئة العمرية، وتزيد بين الشباب.",
    { statements: [] }],
  ["mid-sentence وبحسب X، فإن …: the clause after the source is its words", "وبدأت المحادثات أمس، ووفقاً لمسؤول حكومي، فإن البلاد تريد إنهاءها هذا الشهر.",
    { statements: [{ cue: "وفقاً", source: "مسؤول حكومي", starts: "البلاد" }] }],
  ["…also with فقد", "وكانت سيدة قد صورت المكان، وبحسب شكوى قدمتها، فقد انتظرت الأسرة تسع ساعات.",
    { statements: [{ cue: "بحسب", starts: "فقد انتظرت" }] }],
  ["…but without و it only gives the clause before it", "وكان الرقم صحيحاً، وفق خبراء، فقد نطقه الوزير كما يكتب.",
    { statements: [{ cue: "وفق", source: "خبراء", starts: "وكان الرقم" }] }],
  ["مصادر «الصحيفة»: the paper's sources; the words follow", "وبحسب مصادر «الأفق»، فإن الوزير سيزور المدينة.",
    { statements: [{ kind: "indirect", source: "مصادر «الأفق»", starts: "الوزير" }], speakers: [{ name: "مصادر «الأفق»", kind: "anonymous" }] }],
];

describe("Arabic prepositions", () => table(rows));
