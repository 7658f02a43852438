// Rows of the core tables that describe behaviour the analyser does not have
// yet. Each runs as an expected failure (see `table` in expect.ts): fixing the
// analyser makes it fail until its line is removed here. Keep this list short.
export const KNOWN_GAPS = new Set<string>([
  "مؤكداً أن with a partial quote",
  "اتهم X بـ: content starts at the accused",
  "دعا X إلى: the object is not in the source",
  "she skips a man mentioned in between",
  "adding that: a second statement without a written subject",
]);
