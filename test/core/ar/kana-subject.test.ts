// The subject between كان and the verb (src/core/ar/constructions/kana-subject.ts): وكانت الوزارة قد أكدت أن ….
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["كانت X قد أكدت: the subject stands between كان and the verb", "وكانت الوزارة قد أكدت أن المدارس ستفتح الأحد.",
    { statements: [{ kind: "indirect", cue: "أكدت", source: "الوزارة", starts: "المدارس", ends: "الأحد" }] }],
  ["كان «…» أفاد: a quoted name right after كان is the subject", "وكان «مرصد الحقوق» أفاد بأن الاشتباكات تواصلت في المدينة.",
    { statements: [{ kind: "indirect", cue: "أفاد", source: ["«مرصد الحقوق»", "مرصد الحقوق"], quotes: [], starts: "الاشتباكات", ends: "المدينة" }] }],
  ["a body's quoted name inside a longer subject (مجلس «شورى المدينة») is the subject's, not its end",
    "وكان أربعة من قادة الحزب وأعضاء في مجلس «شورى المدينة»، تحدثوا إلى الصحافة المحلية، بأن «اللجنة ستجتمع قريبا».",
    { statements: [{ cue: "تحدثوا", source: "أربعة من قادة الحزب وأعضاء في مجلس «شورى المدينة»" }] }],
  ["…and an outlet's quoted name with its nisba (صحيفة \"النهار\" اللبنانية، ذكرت)",
    "وكانت صحيفة \"النهار\" اللبنانية، ذكرت في تقرير لها، أن المفاوضات توقفت.",
    { statements: [{ cue: "ذكرت", source: "صحيفة \"النهار\" اللبنانية" }] }],
];

describe("Arabic كان-subjects", () => table(rows));
