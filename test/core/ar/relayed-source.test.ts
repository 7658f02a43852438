// Relayed speech after the source (src/core/ar/constructions/relayed-source.ts): وذكرت X، نقلاً عن
// مصدر، أن ….
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["ذكرت X نقلاً عن مصدر: one statement by the relayed source",
    "وذكرت وكالة الأنباء الرسمية، نقلاً عن مصدر عسكري، أن الطائرات قصفت مواقع للمسلحين.",
    { statements: [{ kind: "indirect", cue: ["ذكرت", "نقلاً عن"], source: "مصدر عسكري", speakerKind: "anonymous", starts: "الطائرات", ends: "للمسلحين" }] }],
  ["a day named between the outlet and نقلاً عن: still one relayed statement",
    "وأفادت إذاعة محلية الاثنين نقلا عن موظفين في الميناء أن السفينة غادرت دون تفتيش.",
    { statements: [{ kind: "indirect", cue: ["أفادت", "نقلا عن"], source: "موظفين في الميناء", speakerKind: "anonymous", starts: "السفينة", ends: "دون تفتيش" }] }],
  ["يوم + a day, then a comma, before نقلاً عن",
    "وذكرت الإذاعة يوم السبت، نقلاً عن ضابط في الشرطة، أن الطريق أعيد فتحه.",
    { statements: [{ kind: "indirect", cue: ["ذكرت", "نقلاً عن"], source: "ضابط في الشرطة", speakerKind: "anonymous", starts: "الطريق" }] }],
];

describe("Arabic نقلاً عن after the source", () => table(rows));
