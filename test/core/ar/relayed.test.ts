// Relayed speech (src/core/ar/constructions/relayed.ts): نقلت الوكالة عن فلان قوله إن … — the relayed
// source speaks.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["عن فلان تأكيده أن: the verbal noun of another report ends the source too",
    "ونقلت الوكالة عن مسؤول كبير في الوزارة تأكيده أن الاجتماع أرجئ.",
    { statements: [{ cue: "نقلت", source: "مسؤول كبير في الوزارة", speakerKind: "anonymous", starts: "الاجتماع" }] }],
  ["نقلت وكالة … عن فلان قوله إن: one statement, cue نقلت, source the relayed speaker",
    "ونقلت وكالة الأنباء الفرنسية عن قائد الشرطة المحلية قوله إن الوضع بات تحت السيطرة.",
    { statements: [{ kind: "indirect", cue: "نقلت", source: "قائد الشرطة المحلية", starts: "الوضع", ends: "تحت السيطرة" }] }],
  ["نقلت صحيفة «…» عن مصادر: the paper's name is not a quote",
    "ونقلت صحيفة «الغد» عن مصادر حكومية أن التعديل الوزاري سيعلن الأحد.",
    { statements: [{ kind: "indirect", cue: "نقلت", source: "مصادر حكومية", speakerKind: "anonymous", quotes: [], starts: "التعديل", ends: "سيعلن الأحد" }] }],
  ["passive نقل عن", "ونقل عن وزير المالية قوله إن الميزانية ستقدم إلى البرلمان الشهر المقبل.",
    { statements: [{ kind: "indirect", cue: ["نقل عن", "نقل"], source: "وزير المالية", starts: "الميزانية", ends: "الشهر المقبل" }] }],
  ["نقل X عن Y القول إن: القول (the saying) ends the relayed source (a letter his title names the writer of: the writer)", "ونقلت الوكالة عن رسالة كتبها مساعد المدير القول إن الخلاف بدأ مبكراً.",
    { statements: [{ cue: "نقلت", source: "مساعد المدير", starts: "الخلاف" }] }],
  ["عن فلان القول: the verbal noun with the article ends the source too",
    "ونقلت صحيفة الغد عن السفير سامي حداد القول إن العلاقات جيدة.",
    { statements: [{ cue: "نقلت", source: "السفير سامي حداد", speaker: "سامي حداد", starts: "العلاقات" }] }],
  ["نقلت X القول إن with no عن: X's own words",
    "ونقلت مذكرة كتبها الطبيب إلى الإدارة القول إن المريض تعرض للضرب.",
    { statements: [{ cue: "نقلت", source: "مذكرة كتبها الطبيب إلى الإدارة", starts: "المريض" }] }],
  ["…and على القول after another verb", "وشدد بيان وزارة الصحة على القول إن التحقيق مستمر.",
    { statements: [{ cue: "شدد", source: "بيان وزارة الصحة", starts: "التحقيق" }] }],
  ["نقلت X الأحد، عن Y: a day and a comma between the outlet and عن",
    "نقلت صحف محلية الأحد، عن مصادر لم تسمها، أن المصنع سيغلق.",
    { statements: [{ kind: "indirect", cue: "نقلت", source: "مصادر", speakerKind: "anonymous", starts: "المصنع", ends: "سيغلق" }] }],
  ["نقلت X، في وقت سابق، عن Y قوله إن: a short aside between commas",
    "ونقلت وسائل إعلام محلية، في وقت سابق، عن رامي سلوم قوله إن الجسر سيفتح قريباً.",
    { statements: [{ kind: "indirect", cue: "نقلت", source: "رامي سلوم", starts: "الجسر", ends: "قريباً" }] }],
  ["نقل X، عن Y، أن: the relayed source between commas",
    "ونقل المرصد المحلي، عن مصادر ميدانية، أن القصف توقف.",
    { statements: [{ kind: "indirect", cue: "نقل", source: "مصادر ميدانية", speakerKind: "anonymous", starts: "القصف" }] }],
  ["نقلت X أن with no عن: the outlet's own report",
    "ونقلت الوكالة الرسمية أن الرئيس أصدر عفواً عاماً.",
    { statements: [{ kind: "indirect", cue: "نقلت", source: "الوكالة الرسمية", starts: "الرئيس" }] }],
  ["عن Y، الذي …، قوله إن: a verb of the relative clause on Y is no cue of its own",
    "ونقلت الوكالة عن نادر خوري، الذي اختتم زيارته إلى البلدة، قوله إن \"المدرسة ستفتح أبوابها\".",
    { statements: [{ kind: "direct", cue: "نقلت", source: "نادر خوري", starts: "المدرسة" }] }],
  ["نسب X إلى Y قوله: the speaker is Y, the outlet ends before إلى",
    "ونسبت المجلة إلى الوزير سامر الحلبي قوله إن الفريق سيعود أقوى.",
    { statements: [{ kind: "indirect", cue: "نسبت", source: "الوزير سامر الحلبي", speaker: "سامر الحلبي", starts: "الفريق", ends: "أقوى" }] }],
  ["…the relayed source under لـ, then القول إن", "ونسبت الإذاعة لمسؤولين محليين القول إن الطريق أغلق.",
    { statements: [{ kind: "indirect", cue: "نسبت", source: "مسؤولين محليين", speakerKind: "anonymous", starts: "الطريق" }] }],
  ["…نسب with a thing to a cause reports nothing", "ونسبت البلدية انقطاع المياه إلى عطل في المضخات.",
    { statements: [] }],
  // علمت X من Y أن …: the outlet learned it; who told it speaks.
  ["علمت X من Y أن …: Y speaks, an unnamed source (مصادرها too)", "وعلمت «الأنباء» من مصادر مطلعة أن الوزير سيستقيل. وعلمت الصحيفة من مصادرها أن الحكومة ستجتمع.",
    { statements: [
      { kind: "indirect", cue: "علمت", source: "مصادر مطلعة", speakerKind: "anonymous", starts: "الوزير" },
      { kind: "indirect", cue: "علمت", source: "مصادرها", speakerKind: "anonymous", starts: "الحكومة" },
    ] }],
  ["…علمت X أن … with no one who told it is no statement", "وعلمت «الأنباء» أن الوزير سيستقيل.",
    { statements: [] }],
  ["…and علم the noun (علم الأوبئة، science) inside a source stays a word of it", "وقال الباحث في علم الأوبئة كريم الحداد إن العدوى تراجعت.",
    { statements: [{ cue: "قال", source: "الباحث في علم الأوبئة كريم الحداد", speaker: "كريم الحداد" }] }],
];

describe("Arabic relayed speech", () => table(rows));
