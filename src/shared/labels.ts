// Words the server, the extension and the CLI all show, in one table each so
// the three cannot drift apart again (they once said "Anonymous" in the tree
// and "Anonymous sources" in the CLI). Plain data and pure functions: no
// vscode, no vscode-languageserver, so every layer (and vitest) can import it.
import type { Locale, SpeakerKind, StatementKind } from "../core";

// The core's isolate, not a copy: the bidi wrapping of names is one rule.
// Imported from rules alone so the extension bundle does not pull in the analyser.
export { isolate } from "../core/rules/isolate";

/** The UI locale from an LSP `locale` or `vscode.env.language`: Arabic for any ar-*, else English. */
export function localeFrom(locale: string | undefined | null): Locale {
  return typeof locale === "string" && locale.toLowerCase().startsWith("ar") ? "ar" : "en";
}

type Localized = Record<Locale, string>;

/** One speaker of this kind, as a hover or tree description names it. */
export const SPEAKER_KIND: Record<SpeakerKind, Localized> = {
  person: { en: "person", ar: "شخص" },
  organization: { en: "organization", ar: "مؤسسة" },
  anonymous: { en: "anonymous source", ar: "مصدر مجهول" },
  group: { en: "group", ar: "جماعة" },
  unknown: { en: "unknown", ar: "غير معروف" },
};

/** The heading of a group of speakers of this kind (Speakers view, CLI report). */
export const SPEAKER_GROUP: Record<SpeakerKind, Localized> = {
  person: { en: "Named people", ar: "أشخاص مسمَّون" },
  organization: { en: "Organizations", ar: "مؤسسات" },
  anonymous: { en: "Anonymous sources", ar: "مصادر مجهولة" },
  group: { en: "Groups", ar: "جماعات" },
  unknown: { en: "Other", ar: "أخرى" },
};

/** A speaker's gender as the article marks it (Speaker.gender); nothing is shown when it is null. */
export const GENDER: Record<"female" | "male", Localized> = {
  female: { en: "woman", ar: "امرأة" },
  male: { en: "man", ar: "رجل" },
};

export const STATEMENT_KIND: Record<StatementKind, Localized> = {
  direct: { en: "direct quote", ar: "اقتباس مباشر" },
  partial: { en: "partial quote", ar: "اقتباس جزئي" },
  indirect: { en: "reported speech", ar: "كلام منقول" },
};

/**
 * `text` on one line (whitespace collapsed), cut after `maxWords` words and to at
 * most `maxChars` characters including the "…" that marks a cut. Never splits a
 * surrogate pair. The one shortener of hovers, outline, tree and CLI.
 */
export function shorten(text: string, maxWords = 8, maxChars = 80): string {
  const words = text.trim().split(/\s+/u).filter((w) => w.length > 0);
  let out = words.length > maxWords ? words.slice(0, maxWords).join(" ") : words.join(" ");
  let cut = words.length > maxWords;
  if (out.length > maxChars || (cut && out.length + 1 > maxChars)) {
    out = out.slice(0, Math.max(0, maxChars - 1)).trimEnd();
    // Do not leave half of a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/u.test(out)) out = out.slice(0, -1);
    cut = true;
  }
  return cut ? `${out}…` : out;
}
