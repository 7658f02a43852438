// Reported words right after the verb (src/core/ar/constructions/direct-words.ts): وقال: "…" — no source after it.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["words right after the verb: no source is written after it", "وقال: \"سنواصل العمل حتى النهاية\".",
    { statements: [{ kind: "direct", cue: "قال", source: null, quotes: ["سنواصل العمل حتى النهاية"] }] }],
  ["a short quoted name, a comma, then أن: the name is the source", "وقال الوزير إن الطريق مغلق. وأعلن «اتحاد لجان الأحياء»، أن عشرة أشخاص أصيبوا في القصف.",
    { statements: [{ cue: "قال", source: "الوزير" }, { cue: "أعلن", speaker: "اتحاد لجان الأحياء", speakerKind: "organization", starts: "عشرة" }] }],
];

describe("Arabic words right after the verb", () => table(rows));
