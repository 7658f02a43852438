// The analysis contract (see README "Output"). Offsets are UTF-16 code units
// into the text that was analysed, exactly as JavaScript string indices and
// LSP positions count them; every `text` equals `source.slice(start, end)`.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Lang = "ar" | "en" | "mixed" | "unknown";
export type StatementKind = "direct" | "partial" | "indirect";
export type SpeakerKind = "person" | "organization" | "anonymous" | "group" | "unknown";
export type Severity = "error" | "warning" | "information" | "hint";

export interface Statement {
  id: string;
  kind: StatementKind;
  /** What was said; for a direct statement the words inside the marks. */
  content: Span;
  /** Each quoted stretch, inside the marks. */
  quotes: Span[];
  /** The reporting expression: قال، قائلاً، وفقاً لـ، said, according to. */
  cue: Span | null;
  /** The speaker's mention for this statement; null when the subject is dropped. */
  source: Span | null;
  /** Speaker.id, also when the mention is implicit. */
  speaker: string | null;
}

export interface Speaker {
  id: string;
  /** The fullest name seen (مايك بومبيو, not بومبيو). */
  name: string;
  kind: SpeakerKind;
  title?: string;
  /**
   * As the article marks it (agreement: قالت، الوزيرة; pronouns, honorifics, gendered titles:
   * she, Mrs, spokeswoman); null when it does not say, and for anything but a person.
   */
  gender: "female" | "male" | null;
  mentions: Span[];
  /** Anonymity phrases tied to this speaker. */
  anonymity: Span[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  range: Span;
  message: string;
}

export interface Paragraph {
  start: number;
  end: number;
  lang: Lang;
}

export interface Analysis {
  file: string;
  lang: Lang;
  statements: Statement[];
  speakers: Speaker[];
  /** Every phrase that grants or explains anonymity. */
  anonymity: Span[];
  diagnostics: Finding[];
}

export interface AnalyzeOptions {
  /** Reported as Analysis.file. */
  file?: string;
  /** Markdown: code blocks, inline code and front matter are not analysed. */
  markdown?: boolean;
  /** Language of finding messages. */
  locale?: "en" | "ar";
  /** A house lexicon (houseLexicon() in index.ts); absent: the built-in lexicon. */
  lexicon?: HouseLexicon;
}

/** The built-in lexicon plus a house file's entries; made by houseLexicon(), kept by the caller. */
export interface HouseLexicon {
  readonly id: number;
}
