// أما … فـ (src/core/ar/constructions/amma-fa.ts): the topic before فـ is the subject.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["أما … فقال: clitic ف is not in the cue", "أما الوزير فقال إن المشروع سيكتمل قبل نهاية العام.",
    { statements: [{ kind: "indirect", cue: "قال", source: "الوزير", starts: "المشروع", ends: "نهاية العام" }] }],
  ["أما X فقد أكد: the فـ on قد before the verb closes the topic too", "أما الوزير فقد أكد أن الطريق آمن.",
    { statements: [{ cue: "أكد", source: "الوزير", speaker: "الوزير", starts: "الطريق" }] }],
  ["أما X فتنفي نفيا قاطعا وجود …: the cognate object and its adjective are no subject; X speaks", "أما النقابة فتنفي نفيا قاطعا وجود أي خلاف مع الإدارة.",
    { statements: [{ kind: "indirect", source: "النقابة", starts: "وجود", ends: "الإدارة" }] }],
  ["…also with the adjective's alef left out (نفيا قاطع): no speaker «قاطع»", "أما النقابة فتنفي نفيا قاطع وجود أي خلاف مع الإدارة.",
    { statements: [{ kind: "indirect", source: "النقابة", speaker: "النقابة", starts: "وجود" }] }],
  ["…after أكد and تأكيدا too (تأكيدا جازم)", "أما المدير فأكد تأكيدا جازم أن الرواتب ستصرف.",
    { speakers: [{ name: "المدير", kind: "person" }] }],
  ["أما X فقد دعا …، مؤكداً: the participle's subject is the topic (a title in construct, then the name)", "أما رئيس البلدية كمال عيسى فقد دعا السكان إلى الهدوء، مؤكداً أن الطريق آمن.",
    { statements: [{ cue: "مؤكداً", source: "رئيس البلدية كمال عيسى", speaker: "كمال عيسى", starts: "الطريق" }] }],
];

describe("Arabic أما … فـ", () => table(rows));
