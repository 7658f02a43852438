// The semantic token legend: what the server paints and the manifest declares
// (contributes.semanticTokenTypes / semanticTokenModifiers / semanticTokenScopes;
// test/client checks they agree). Type ids are global across extensions, hence
// the prefix. Each type has a standard super type and TextMate scopes in the
// manifest, so every theme (light, dark, high contrast) colours it with its own
// palette and a user can restyle it with editor.semanticTokenColorCustomizations.
export const TOKEN_TYPES = [
  /** A quotation of speech, marks included. */
  "isnadQuote",
  /** A reporting expression: قال، قائلاً، بحسب، said, according to. */
  "isnadCue",
  /** A mention of a speaker; modifier named or anonymous. */
  "isnadSpeaker",
  /** A phrase that grants or explains anonymity: طلب عدم ذكر اسمه, on condition of anonymity. */
  "isnadAnonymity",
] as const;

export const TOKEN_MODIFIERS = [
  /** A person, organization or group the story names. */
  "named",
  /** An anonymous source. */
  "anonymous",
] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const TOKEN_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export const typeIndex = (t: TokenType): number => TOKEN_TYPES.indexOf(t);
export const modifierBit = (m: TokenModifier): number => 1 << TOKEN_MODIFIERS.indexOf(m);
