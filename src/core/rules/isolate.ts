// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE keep Arabic
// names from reordering the punctuation around them in an LTR UI.
export const isolate = (s: string): string => `\u2068${s}\u2069`;
