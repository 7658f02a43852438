// One person's name written in Arabic and in Latin letters in a mixed document: the Arabic copy
// names سامر الحداد, the English paragraph quotes "Haddad". Both spellings are reduced to the
// consonants a transliteration keeps, in broad classes (ح and ه are h; ق، ك، خ and k, q, c are k;
// ج، غ and j, g are g, since Egyptian ج is g and Turkish ğ is written غ; ز and z are s, since an
// English s often sounds z: Sanders, ساندرز; Jones, جونز), with vowels, the
// letters that are often vowels (ا و ي ع ء; a e i o u y w) and doubled letters dropped, the
// Arabic article and its Latin forms (al-, el-, ad-) taken off. Two words are the same name when
// their skeletons are equal and at least three consonants long: short skeletons (عباس, Abbas: b s)
// would join too many names.

/** Arabic letters (after the look-up key's normalisation) to their consonant class; absent: dropped. */
const ARABIC: Record<string, string> = {
  ب: "b", پ: "b", ت: "t", ط: "t", ث: "t", ج: "g", چ: "g", غ: "g", گ: "g", ح: "h", ه: "h", خ: "k", ق: "k", ك: "k", ک: "k",
  د: "d", ض: "d", ذ: "d", ر: "r", ز: "s", ظ: "s", س: "s", ص: "s", ش: "s", ف: "f", ڤ: "f", ل: "l", م: "m", ن: "n",
};

/** Latin letters to their class (digraphs are read first); absent: dropped. */
const LATIN: Record<string, string> = {
  b: "b", p: "b", t: "t", d: "d", j: "g", g: "g", h: "h", k: "k", q: "k", c: "k", s: "s", z: "s", r: "r",
  f: "f", v: "f", l: "l", m: "m", n: "n", x: "ks",
};
const DIGRAPHS: Record<string, string> = { sh: "s", ch: "s", kh: "k", gh: "g", th: "t", dh: "d", ph: "f", ck: "k" };

/** The shortest skeleton compared at all. */
const MIN = 3;

/** The consonant skeleton of one name word in Arabic or Latin letters; "" for any other word. */
export function nameSkeleton(word: string): string {
  const w = word.toLowerCase();
  if (/^[\u0621-\u064a\u067e\u0686\u06a4\u06a9\u06af]+$/.test(w)) return lastH(arabic((w.startsWith("ال") && w.length > 4 ? w.slice(2) : w).replace(/(.)\1/g, "$1")));
  // (A doubled Latin letter is one consonant, Arabic writing no doubling: Haddad, حداد.)
  if (/^[a-z][a-z'’-]*$/.test(w)) return lastH(latin(w.replace(/^(?:al|el|ul|ad|ed|ar|as|ash|at|az|an|en)[-’']/, "").replace(/(.)\1/g, "$1")));
  return "";
}

function arabic(w: string): string {
  let out = "";
  for (const ch of w) out += ARABIC[ch] ?? "";
  return out;
}

function latin(w: string): string {
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const two = DIGRAPHS[w.slice(i, i + 2)];
    if (two) {
      out += two;
      i++;
    }
    // (A soft c, before e, i or y, is s: Pence, بنس; Francis, فرانسيس. A last c is hard: Marc, مارك.)
    else if (w[i] === "c" && i + 1 < w.length && "eiy".includes(w[i + 1])) out += "s";
    else out += LATIN[w[i]] ?? "";
  }
  return out;
}

/** A last h is dropped: ة is read as ه by the look-up key (حمادة, Hamada), and Abdullah's is often not written. */
function lastH(s: string): string {
  return s.length > MIN && s.endsWith("h") ? s.slice(0, -1) : s;
}

/**
 * Whether name words `a` and `b` (one in Arabic letters, one in Latin) can be one name: the same
 * skeleton, or the same once every h is dropped (a Latin h is often silent or a vowel's: Johnson,
 * جونسون; Ahmed, أحمد), at least MIN consonants either way.
 */
export function sameNameWord(a: string, b: string): boolean {
  const x = nameSkeleton(a);
  const y = nameSkeleton(b);
  if (x.length >= MIN && x === y) return true;
  const xh = x.replace(/h/g, "");
  return xh.length >= MIN && xh === y.replace(/h/g, "");
}

/**
 * Whether the name words `mine` (a mention's, in one script) name the person whose name words are
 * `theirs` (in the other): each of mine is, in order, one of theirs (a surname alone, or the whole
 * name), and at least one of them is written in each script.
 */
export function sameNameAcrossScripts(mine: readonly string[], theirs: readonly string[]): boolean {
  if (!mine.length || !theirs.length || isArabic(mine[0]) === isArabic(theirs[0])) return false;
  let j = 0;
  let long = false;
  for (const w of mine) {
    // (A short word, Mike, مايك, John, جون, is one of theirs when its skeleton is the same, once a long one
    // has matched too: Mike Pompeo, مايك بومبيو.)
    while (j < theirs.length && !sameNameWord(w, theirs[j]) && !sameShortWord(w, theirs[j])) j++;
    if (j === theirs.length) return false;
    if (sameNameWord(w, theirs[j])) long = true;
    j++;
  }
  return long;
}

/** Two name words whose skeletons, every h dropped, are the same and shorter than MIN (but not empty): John, جون. */
function sameShortWord(a: string, b: string): boolean {
  const x = nameSkeleton(a).replace(/h/g, "");
  return x.length > 0 && x.length < MIN && x === nameSkeleton(b).replace(/h/g, "");
}

function isArabic(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}
