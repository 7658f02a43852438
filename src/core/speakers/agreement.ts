// How the words after an Arabic source phrase agree with it: a clause added about the source
// (the quick fix's "who asked not to be named because …") must take its number and gender.
//   مصدر حكومي → طلب … اسمه      مسؤولة → طلبت … اسمها      مسؤولون، شهود → طلبوا … أسمائهم
//   مصدران → طلبا … اسميهما      مصادر (things, not people) → طلبت … أسمائها
// The head is the phrase's first word (Arabic noun phrases open with it); its ending says the
// rest, and ar-words.tsv lists the heads no ending gives away (agreePlural, agreeFeminineSingular).
import { lexicon } from "../lexicon";
import { normWord } from "../text/chars";

export type Agreement =
  | "masculine"
  | "feminine"
  | "masculine-plural"
  | "feminine-plural"
  | "masculine-dual"
  | "feminine-dual"
  /** Plurals of things (مصادر، جهات): feminine singular verb, plural possessive (أسمائها). */
  | "nonhuman-plural";

/** The agreement of an Arabic source phrase (مصدر حكومي، المسؤولون الأمريكيون، إحدى الموظفات), and whether it is definite. */
export function sourceAgreement(phrase: string): { agreement: Agreement; definite: boolean } {
  const first = /[\p{L}\p{M}]+/u.exec(phrase)?.[0] ?? "";
  const n = normWord(first);
  const definite = /^[وف]?(?:ال|لل)/u.test(n);
  const head = n.replace(/^[وف]?(?:ال|لل)/u, "");
  return { agreement: agreementOf(head), definite };
}

function agreementOf(w: string): Agreement {
  const ar = lexicon().ar;
  if (ar.agreeFeminineSingular.has(w)) return "nonhuman-plural";
  if (ar.agreePlural.has(w)) return "masculine-plural";
  if (w === "احدي") return "feminine";
  if (w.length >= 5 && w.endsWith("تان")) return "feminine-dual";
  if (w.length >= 5 && w.endsWith("ات")) return "feminine-plural";
  if (w.length >= 5 && (w.endsWith("ون") || w.endsWith("ين") || w.endsWith("و"))) return "masculine-plural";
  if (w.length >= 5 && w.endsWith("ان")) return "masculine-dual";
  if (w.length >= 3 && w.endsWith("ه")) return "feminine";
  return "masculine";
}
