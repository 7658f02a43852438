// How the reporting verbs of the data files inflect: the files give one form per
// lemma, these give the others (all normalised, see chars.ts).
import { normWord } from "../text/chars";

/** Past-tense forms from the 3rd masc. sing.: قال قالت قالا قالتا قالوا قلن. */
export function pastForms(p: string): string[] {
  const n = normWord(p);
  if (n.endsWith("ي")) {
    const stem = n.slice(0, -1);
    // (نفى → نفين، روى → روين: the feminine plural keeps the ي.)
    return [n, stem + "ت", stem + "يا", stem + "تا", stem + "وا", stem + "ين"];
  }
  if (n.endsWith("ا")) {
    const stem = n.slice(0, -1);
    return [n, stem + "ت", stem + "وا", stem + "تا"];
  }
  return [n, n + "ت", n + "ا", n + "تا", n + "وا", feminineFormPlural(p, n)];
}

/**
 * The feminine plural past of `p` (normalised `n`): أكدن، قلن، أشرن — a hollow verb (a bare long ا
 * before the last letter as written: قال، أشار، أفاد; not سأل) drops the ا. (Not before a last ن:
 * أبان → أبنّ is written as ابن "son".)
 */
function feminineFormPlural(p: string, n: string): string {
  const bare = p.replace(/[\u064B-\u0652\u0640]/g, "");
  if (n.length >= 3 && bare[bare.length - 2] === "ا" && n[n.length - 2] === "ا" && !n.endsWith("ن")) return n.slice(0, -2) + n[n.length - 1] + "ن";
  return n + "ن";
}

/** Present forms from the 3rd masc. sing.: يقول تقول يقولون يقولان تقولان. */
export function presentForms(p: string): string[] {
  const n = normWord(p);
  if (!n.startsWith("ي")) return [n];
  const t = "ت" + n.slice(1);
  const last = n[n.length - 1];
  if (last === "ي" || last === "و") {
    const stem = n.slice(0, -1);
    return [n, t, stem + "ون", n + "ان", t + "ان"];
  }
  return [n, t, n + "ون", n + "ان", t + "ان", n + "ن"];
}

/** Past 3rd sing. (masc., fem.) with an object pronoun: اتهمه اتهمته اتهمها؛ نفاه نفته (ى → ا before it). */
export function objectForms(p: string, suffixes: Iterable<string>): string[] {
  const n = normWord(p);
  const masc = n.endsWith("ي") ? n.slice(0, -1) + "ا" : n;
  const fem = n.endsWith("ي") || n.endsWith("ا") ? n.slice(0, -1) + "ت" : n + "ت";
  return [...suffixes].flatMap((s) => [masc + s, fem + s]);
}

/** Present 3rd sing. (masc., fem.) with an object pronoun: يتهمه تتهمه. */
export function presentObjectForms(p: string, suffixes: Iterable<string>): string[] {
  const n = normWord(p);
  if (!n.startsWith("ي")) return [];
  return [...suffixes].flatMap((s) => [n + s, "ت" + n.slice(1) + s]);
}

/** Participles used as ḥāl: قائلاً قائلة قائلين قائلتين. */
export function participleForms(p: string): string[] {
  const n = normWord(p);
  return [n + "ا", n + "ه", n + "ين", n + "تين", n + "ان"];
}

/** English inflections: says, said/added, saying. */
export function englishForms(base: string): string[] {
  const out = [base];
  const e = base.endsWith("e");
  const y = /[^aeiou]y$/.test(base);
  out.push(y ? base.slice(0, -1) + "ies" : /(s|sh|ch|x|z)$/.test(base) ? base + "es" : base + "s");
  out.push(y ? base.slice(0, -1) + "ied" : e ? base + "d" : base + "ed");
  out.push(e && !base.endsWith("ee") ? base.slice(0, -1) + "ing" : base + "ing");
  return out;
}
