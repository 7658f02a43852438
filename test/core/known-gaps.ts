// Rows of the core tables that describe behaviour the analyser does not have
// yet. Each runs as an expected failure (see `table` in expect.ts): fixing the
// analyser makes it fail until its line is removed here. Keep this list short.
export const KNOWN_GAPS = new Set<string>([
  // The main verb's object (استقالة حكومته) is read into the participle's source.
  "مؤكداً أن with a partial quote",
  // No statement: اتهم with an indefinite plural object and بـ + a verbal noun is not read as a claim yet.
  "اتهم X بـ: content starts at the accused",
  // "she" goes to the latest person; a man's gender is unknown when nothing in the text marks it.
  "she skips a man mentioned in between",
  // وقال الوزير الذي أكد أن … إن …: the relative clause's verb takes the source and runs its words on over
  // the main إن clause; the main verb's statement is lost (none in the corpus; probe-found).
  "a relative clause with its own cue between the source and إن: two statements, the words of each their own",
  // A participle cue after a quote-first statement carries no statement without a written subject.
  "adding that: a second statement without a written subject",
]);
