// Character classes and the matching normalisation. Everything here works on
// UTF-16 code units so that offsets never need translating: the analyser
// reads the original text and normalises one word at a time into a key used
// only for lexicon look-ups, never for reporting spans.

const LETTER_RE = /[\p{L}\p{M}]/u;

/** Arabic diacritics (harakat, shadda, sukun, dagger alef) and tatweel: ignored when matching. */
export function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x06d6 && c <= 0x06ed);
}

export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06fc) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** A code unit that belongs inside a word (letters, marks, digits of any script). */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic punctuation is not part of words: ، ؛ ؟ ٪ ٫ ٬ ۔
    return !(c === 0x060c || c === 0x061b || c === 0x061f || c === 0x066a || c === 0x066b || c === 0x066c || c === 0x06d4 || c === 0x060d);
  }
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral letters are rare in news copy; treat as symbols
  if (c === 0x200c || c === 0x200d) return true; // ZWNJ/ZWJ join letters in Persian-style spellings
  if (c < 0x0300) return false;
  return LETTER_RE.test(String.fromCharCode(c));
}

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Bidi controls: invisible, skipped like spaces when looking at neighbours. */
export function isBidiControl(c: number): boolean {
  return c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c;
}

export function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/**
 * The matching key of one word: diacritics and tatweel dropped, hamza-seated
 * alefs → ا, ى → ي, ة → ه, ؤ/ئ → ء, Persian kaf/yeh → Arabic, Latin lower-cased.
 * Presentation forms go through NFKC first.
 */
export function normWord(w: string): string {
  let out = "";
  let simple = true;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0xfb50 && c <= 0xfefc) {
      simple = false;
      break;
    }
  }
  const s = simple ? w : w.normalize("NFKC");
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isArabicMark(c) || c === 0x200c || c === 0x200d) continue;
    switch (c) {
      case 0x0623: // أ
      case 0x0625: // إ
      case 0x0622: // آ
      case 0x0671: // ٱ
        out += "ا";
        break;
      case 0x0649: // ى
      case 0x06cc: // ی
        out += "ي";
        break;
      case 0x0629: // ة
        out += "ه";
        break;
      case 0x0624: // ؤ
      case 0x0626: // ئ
        out += "ء";
        break;
      case 0x06a9: // ک
        out += "ك";
        break;
      case 0x2019: // ’ inside an English word
        out += "'";
        break;
      default:
        if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
        else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 0x30);
        else if (c < 0x80) out += s[i];
        else out += s[i].toLowerCase();
    }
  }
  return out;
}

/** Normalise a phrase from a lexicon file: words normalised, single spaces. */
export function normPhrase(p: string): string {
  return p
    .split(/\s+/)
    .filter(Boolean)
    .map(normWord)
    .join(" ");
}
