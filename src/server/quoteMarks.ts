// Quotation marks of every style the core pairs, for the features that look at
// the marks themselves (semantic tokens, the quote-mark quick fixes).
export const CLOSING: Record<string, string> = {
  "«": "»",
  "»": "«", // Some Arabic and Danish texts quote »like this«.
  "“": "”",
  "”": "”", // The Arabic-site style ”…” closes with the same mark.
  "„": "“",
  "‘": "’",
  "‚": "‘",
  '"': '"',
  "'": "'",
  "‹": "›",
  "「": "」",
  "『": "』",
};

const MARKS = new Set([...Object.keys(CLOSING), ...Object.values(CLOSING)]);

export const isQuoteMark = (ch: string | undefined): boolean => ch !== undefined && MARKS.has(ch);
