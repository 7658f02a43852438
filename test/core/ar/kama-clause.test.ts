// …، كما أفاد مصدر (src/core/ar/constructions/kama-clause.ts): the clause before كما is what the source said.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["the clause before كما is the statement of the source after it", "وستفتح الحدود الأسبوع المقبل، كما أفاد مصدر في الجمارك.",
    { statements: [{ kind: "indirect", cue: "أفاد", source: "مصدر في الجمارك", speakerKind: "anonymous", starts: "وستفتح الحدود", ends: "الأسبوع المقبل" }] }],
  // Partial quotes next to their cue (issue 11, family 1).
  ["\"…\" كما أكد X with no comma: the clause before is the words", "وستناقش القمة الملف \"بشكل موسع\" كما أكد مسؤول أوروبي كبير.",
    { statements: [{ kind: "partial", cue: "أكد", source: "مسؤول أوروبي كبير", quotes: ["بشكل موسع"] }] }],
  ["على ما أفاد X: the clause before is the words, as after كما", "أغلق الجسر ليل الاثنين، على ما أفادت مصادر أمنية محلية.",
    { statements: [{ kind: "indirect", cue: "أفادت", source: "مصادر أمنية محلية", speakerKind: "anonymous", starts: "أغلق الجسر", ends: "ليل الاثنين" }] }],
  ["كما ذكرت أمس X: time words between the verb and the source", "وأغلقت المدارس في الشمال، كما ذكرت أمس الجمعة مصادر رسمية.",
    { statements: [{ kind: "indirect", cue: "ذكرت", source: "مصادر رسمية", starts: "وأغلقت المدارس", ends: "في الشمال" }] }],
  ["كما أعلنت X، apposition.: the apposition up to the sentence's end is the source's", "وأغلقت المدارس في الشمال، كما أعلنت ميرنا سالم، مسؤولة الإعلام في المنطقة.",
    { statements: [{ kind: "indirect", cue: "أعلنت", source: "ميرنا سالم، مسؤولة الإعلام في المنطقة", speaker: "ميرنا سالم", starts: "وأغلقت المدارس" }] }],
  ["…، كما تقول. with no subject: the clause's subject said it", "وستعود الممثلة ريم العاصي إلى المسرح في الربيع لأنها تفتقده، كما تقول.",
    { statements: [{ kind: "indirect", cue: "تقول", source: null, speaker: "ريم العاصي", starts: "وستعود الممثلة", ends: "لأنها تفتقده" }] }],
  ["…، كما قال. with no subject: the last speaker goes on", "وقال فادي الحلو إن الموسم انتهى. والفريق سيعود أقوى، كما قال.",
    { statements: [{ cue: "قال" }, { kind: "indirect", cue: "قال", source: null, speaker: "فادي الحلو", starts: "والفريق سيعود", ends: "أقوى" }] }],
];

describe("Arabic كما clauses", () => table(rows));
