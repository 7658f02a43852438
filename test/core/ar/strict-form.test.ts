// The strict form (src/core/ar/constructions/strict-form.ts and the cue look-up): بيّن, whose past
// form is also بين "between". One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const bayyana: Row[] = [
  ["وبين + source + comma + أن: the verb بيّن", "وبين المصدر، أن الخطة الجديدة أعطت الملاك خيارات كثيرة.",
    { statements: [{ cue: "بين", source: "المصدر", starts: "الخطة" }] }],
  ["بين between two sides is no cue", "وتستمر المفاوضات بين الطرفين منذ أسابيع، وقال الوسيط إن الاتفاق قريب.",
    { statements: [{ cue: "قال", source: "الوسيط" }] }],
  ["بينه وبين: no cue, and the quotation after it stays the speaker's", "وأضاف اللاعب الذي لا تزال المفاوضات جارية بينه وبين ناديه منذ أشهر \"أنا سعيد هنا\".",
    { statements: [{ kind: "direct", cue: "أضاف", quotes: ["أنا سعيد هنا"] }] }],
];

describe("Arabic strict forms", () => table(bayyana));
