// UI strings of the language server in English and Arabic. Finding messages
// come localised from the core; these are the hover/symbol/hint labels. Kind
// names come from the table the extension and the CLI share (src/shared/labels.ts).
import type { Locale } from "../core";
import type { SpeakerKind, StatementKind } from "../core/types";
import { GENDER, SPEAKER_KIND, STATEMENT_KIND } from "../shared/labels";

export { localeFrom } from "../shared/labels";

const inLocale = <K extends string>(table: Record<K, Record<Locale, string>>, locale: Locale): Record<K, string> =>
  Object.fromEntries(Object.entries<Record<Locale, string>>(table).map(([k, v]) => [k, v[locale]])) as Record<K, string>;

export interface Labels {
  speaker: string;
  title: string;
  kind: string;
  cue: string;
  statement: string;
  speakerKind: Record<SpeakerKind, string>;
  /** Speaker.gender when the article marks it. */
  gender: Record<"female" | "male", string>;
  statementKind: Record<StatementKind, string>;
  /** "statement 2 of 4 by X" */
  nthOf: (n: number, total: number, who: string) => string;
  otherStatements: string;
  statements: string;
  anonymity: string;
  noReason: string;
  /** relatedInformation of anonymous-lead: where the opening statement's source is (and its own finding). */
  leadSource: string;
  noSpeaker: string;
  unattributed: string;
  mentions: (n: number) => string;
  tooLarge: (size: number, max: number) => string;
  closeQuote: (mark: string) => string;
  closeQuoteSentence: (mark: string) => string;
  removeMark: (mark: string) => string;
  convertQuotes: (open: string, close: string) => string;
  convertAllQuotes: (pairs: number) => string;
  /** The anonymity quick fix; `clause` is what it inserts. */
  addReason: (clause: string) => string;
  /** The suppression quick fixes (an isnad comment for a rule). */
  disableForLine: (rule: string) => string;
  disableForDocument: (rule: string) => string;
}

const nf = (n: number) => n.toLocaleString("en-US");

export const LABELS: Record<Locale, Labels> = {
  en: {
    speaker: "Speaker",
    title: "Title",
    kind: "Kind",
    cue: "Cue",
    statement: "Statement",
    speakerKind: inLocale(SPEAKER_KIND, "en"),
    gender: inLocale(GENDER, "en"),
    statementKind: inLocale(STATEMENT_KIND, "en"),
    nthOf: (n, total, who) => `statement ${n} of ${total} by ${who}`,
    otherStatements: "Other statements",
    statements: "Statements",
    anonymity: "Anonymity",
    noReason: "no reason for anonymity given",
    leadSource: "The anonymous source of the opening statement: its own finding says whether a reason is given",
    noSpeaker: "(no speaker)",
    unattributed: "not attributed to anyone",
    mentions: (n) => (n === 1 ? "1 mention" : `${n} mentions`),
    tooLarge: (size, max) =>
      `Isnad did not analyse this document: it has ${nf(size)} characters, more than the limit of ${nf(max)}. Raise the setting "isnad.maxDocumentSize" to analyse it.`,
    closeQuote: (mark) => `Close the quotation with ${mark} at the end of the paragraph`,
    closeQuoteSentence: (mark) => `Close the quotation with ${mark} at the end of the sentence`,
    removeMark: (mark) => `Remove the stray quotation mark ${mark}`,
    convertQuotes: (open, close) => `Convert these straight quotation marks to ${open} ${close}`,
    convertAllQuotes: (pairs) => `Convert every pair of straight quotation marks in the document to its style (${nf(pairs)} pairs)`,
    addReason: (clause) => `Say why the source is not named: insert “${clause}”`,
    disableForLine: (rule) => `Disable ${rule} for this line`,
    disableForDocument: (rule) => `Disable ${rule} for this document`,
  },
  ar: {
    speaker: "المتحدث",
    title: "الصفة",
    kind: "النوع",
    cue: "فعل الإسناد",
    statement: "التصريح",
    speakerKind: inLocale(SPEAKER_KIND, "ar"),
    gender: inLocale(GENDER, "ar"),
    statementKind: inLocale(STATEMENT_KIND, "ar"),
    nthOf: (n, total, who) => `التصريح ${n} من ${total} لـ ${who}`,
    otherStatements: "تصريحات أخرى",
    statements: "التصريحات",
    anonymity: "إخفاء الهوية",
    noReason: "لم يُذكر سبب لإخفاء الهوية",
    leadSource: "المصدر المجهول لأول تصريح: ملاحظته تقول هل ذُكر سبب لإخفاء هويته",
    noSpeaker: "(بلا متحدث)",
    unattributed: "غير منسوب إلى أحد",
    mentions: (n) => `${n} إشارة`,
    tooLarge: (size, max) =>
      `لم يحلل إسناد هذا المستند: عدد أحرفه ${nf(size)}، وهو أكثر من الحد ${nf(max)}. ارفع قيمة الإعداد "isnad.maxDocumentSize" لتحليله.`,
    closeQuote: (mark) => `أغلق الاقتباس بـ ${mark} في نهاية الفقرة`,
    closeQuoteSentence: (mark) => `أغلق الاقتباس بـ ${mark} في نهاية الجملة`,
    removeMark: (mark) => `احذف علامة التنصيص ${mark} الزائدة`,
    convertQuotes: (open, close) => `حوّل علامتي التنصيص المستقيمتين هاتين إلى ${open} ${close}`,
    convertAllQuotes: (pairs) => `حوّل كل أزواج علامات التنصيص المستقيمة في المستند إلى أسلوبه (${nf(pairs)} زوجاً)`,
    addReason: (clause) => `اذكر سبب عدم تسمية المصدر: أدرج «${clause}»`,
    disableForLine: (rule) => `عطّل القاعدة ${rule} في هذا السطر`,
    disableForDocument: (rule) => `عطّل القاعدة ${rule} في هذا المستند`,
  },
};
