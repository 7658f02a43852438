// Reported words right after the verb (src/core/ar/constructions/direct-words.ts): وقال: "…" — no source after it.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["words right after the verb: no source is written after it", "وقال: \"سنواصل العمل حتى النهاية\".",
    { statements: [{ kind: "direct", cue: "قال", source: null, quotes: ["سنواصل العمل حتى النهاية"] }] }],
  ["a short quoted name, a comma, then أن: the name is the source", "وقال الوزير إن الطريق مغلق. وأعلن «اتحاد لجان الأحياء»، أن عشرة أشخاص أصيبوا في القصف.",
    { statements: [{ cue: "قال", source: "الوزير" }, { cue: "أعلن", speaker: "اتحاد لجان الأحياء", speakerKind: "organization", starts: "عشرة" }] }],
  ["a quoted institution's name, a long adjunct, then أن: the name is the source", "وقال الوزير إن الطريق مغلق. وأعلنت «المقاومة الشمالية» في بيان أصدره قائدها سليم راشد أمس أن المدينة أصبحت محررة بالكامل.",
    { statements: [{ cue: "قال", source: "الوزير" }, { cue: "أعلنت", speaker: "المقاومة الشمالية", speakerKind: "organization", starts: "المدينة" }] }],
  ["a quoted institution's name, then its description between commas: the name is the source", "وقال الوزير إن الطريق مغلق. وأعلن \"مجلس الوادي الديمقراطي\"، الواجهة السياسية للفصائل في \"قوات الوادي\"، استعداده للحوار مع الحكومة.",
    { statements: [{ cue: "قال", source: "الوزير" }, { cue: "أعلن", speaker: "مجلس الوادي الديمقراطي", speakerKind: "organization", starts: "استعداده" }] }],
  ["a quoted division's name, a time word, then عن and a quotation: the name is the source", "وقال الوزير إن الطريق مغلق. وأعلنت «الفرقة الأولى الجبلية»، أمس، عن «إسقاط طائرة استطلاع فوق الوادي».",
    { statements: [{ cue: "قال", source: "الوزير" }, { cue: "أعلنت", speaker: "الفرقة الأولى الجبلية", speakerKind: "organization", starts: "إسقاط" }] }],
  ["a definite institution noun opening words that go on with a verb is no name: the quotation is the words", "وقال الوزير إن الطريق مغلق. وأضاف \"الحكومة لن تتراجع\"، مشيرا إلى الموازنة.",
    { statements: [{ cue: "قال", source: "الوزير" }, { cue: "أضاف", source: null, quotes: ["الحكومة لن تتراجع"] }] }],
];

describe("Arabic words right after the verb", () => table(rows));
