// "وقال فلان:" closing the paragraph (src/core/ar/constructions/colon-ending.ts): the words are the next paragraph.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["a colon ending the paragraph: the next paragraph is the words",
    "وأقيم المعرض في النادي تحت إشراف الفنان سامر نادر، وقال نادر:\nلقي البرنامج حضورا مميزا من الشباب المتحمس لهذا الفن.",
    { statements: [{ kind: "indirect", cue: "قال", source: "نادر", speaker: "سامر نادر", starts: "لقي البرنامج", ends: "لهذا الفن" }] }],
  ["…a quotation opening the next paragraph is the words",
    "وقال الوزير سامي حداد في بيان:\n\"سنعيد فتح الطريق قبل نهاية الشهر\".",
    { statements: [{ kind: "direct", cue: "قال", source: "الوزير سامي حداد", quotes: ["سنعيد فتح الطريق قبل نهاية الشهر"] }] }],
  ["…a quotation inside the next paragraph, which opens with words: the whole paragraph",
    "كتبت منى (فضلت عدم ذكر كنيتها) من المدينة (30 عاما):\nكثيرة هي المواقف التي مررت بها، من القول \"يا هذه\" إلى ما هو أسوأ.",
    { statements: [{ cue: "كتبت", source: "منى", starts: "كثيرة هي", ends: "أسوأ" }] }],
];

describe("Arabic colon ending a paragraph", () => table(rows));
