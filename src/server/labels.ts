// UI strings of the language server in English and Arabic. Finding messages
// come localised from the core; these are the hover/symbol/hint labels.
import type { Locale } from "../core";
import type { SpeakerKind, StatementKind } from "../core/types";

export interface Labels {
  speaker: string;
  title: string;
  kind: string;
  cue: string;
  statement: string;
  speakerKind: Record<SpeakerKind, string>;
  statementKind: Record<StatementKind, string>;
  /** "statement 2 of 4 by X" */
  nthOf: (n: number, total: number, who: string) => string;
  otherStatements: string;
  statements: string;
  anonymity: string;
  noReason: string;
  noSpeaker: string;
  unattributed: string;
  mentions: (n: number) => string;
  tooLarge: (size: number, max: number) => string;
  languageOff: (lang: string) => string;
  closeQuote: (mark: string) => string;
  analysisFailed: string;
}

const nf = (n: number) => n.toLocaleString("en-US");

export const LABELS: Record<Locale, Labels> = {
  en: {
    speaker: "Speaker",
    title: "Title",
    kind: "Kind",
    cue: "Cue",
    statement: "Statement",
    speakerKind: { person: "person", organization: "organization", anonymous: "anonymous source", group: "group", unknown: "unknown" },
    statementKind: { direct: "direct quote", partial: "partial quote", indirect: "reported speech" },
    nthOf: (n, total, who) => `statement ${n} of ${total} by ${who}`,
    otherStatements: "Other statements",
    statements: "Statements",
    anonymity: "Anonymity",
    noReason: "no reason for anonymity given",
    noSpeaker: "(no speaker)",
    unattributed: "not attributed to anyone",
    mentions: (n) => (n === 1 ? "1 mention" : `${n} mentions`),
    tooLarge: (size, max) =>
      `Isnad did not analyse this document: it has ${nf(size)} characters, more than the limit of ${nf(max)}. Raise the setting "isnad.maxDocumentSize" to analyse it.`,
    languageOff: (lang) => `Isnad is turned off for this language (${lang}) by the setting "isnad.languages".`,
    closeQuote: (mark) => `Close the quotation with ${mark} at the end of the paragraph`,
    analysisFailed: "Isnad could not analyse this text (an internal error, logged in the Isnad output channel).",
  },
  ar: {
    speaker: "المتحدث",
    title: "الصفة",
    kind: "النوع",
    cue: "فعل الإسناد",
    statement: "التصريح",
    speakerKind: { person: "شخص", organization: "جهة", anonymous: "مصدر مجهول", group: "مجموعة", unknown: "غير معروف" },
    statementKind: { direct: "اقتباس مباشر", partial: "اقتباس جزئي", indirect: "كلام منقول" },
    nthOf: (n, total, who) => `التصريح ${n} من ${total} لـ ${who}`,
    otherStatements: "تصريحات أخرى",
    statements: "التصريحات",
    anonymity: "إخفاء الهوية",
    noReason: "لم يُذكر سبب لإخفاء الهوية",
    noSpeaker: "(بلا متحدث)",
    unattributed: "غير منسوب إلى أحد",
    mentions: (n) => `${n} إشارة`,
    tooLarge: (size, max) =>
      `لم يحلل إسناد هذا المستند: عدد أحرفه ${nf(size)}، وهو أكثر من الحد ${nf(max)}. ارفع قيمة الإعداد "isnad.maxDocumentSize" لتحليله.`,
    languageOff: (lang) => `إسناد متوقف لهذه اللغة (${lang}) بحسب الإعداد "isnad.languages".`,
    closeQuote: (mark) => `أغلق الاقتباس بـ ${mark} في نهاية الفقرة`,
    analysisFailed: "تعذّر على إسناد تحليل هذا النص (خطأ داخلي مسجل في قناة مخرجات إسناد).",
  },
};

export function localeFrom(locale: string | undefined | null): Locale {
  return typeof locale === "string" && locale.toLowerCase().startsWith("ar") ? "ar" : "en";
}
