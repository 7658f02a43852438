// The journalism rules behind Isnad's findings. Each has a stable id (the
// setting `isnad.rules.<id>` changes its severity), a default severity, a
// message in Arabic and English and a one-paragraph explanation. The core
// produces findings with `args`; `formatFinding` renders them in a locale so
// the CLI and the language server say exactly the same thing.
import type { Severity } from "./types";

export type Locale = "en" | "ar";

export type RuleId =
  | "anonymous-source"
  | "anonymous-no-reason"
  | "vague-source"
  | "unattributed-quote"
  | "unbalanced-quote"
  | "anonymous-lead";

export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  title: Record<Locale, string>;
  message: Record<Locale, (a: Record<string, string>) => string>;
  explanation: Record<Locale, string>;
}

// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE keep Arabic
// names from reordering the punctuation around them in an LTR UI.
export const isolate = (s: string): string => `\u2068${s}\u2069`;

export const RULES: Record<RuleId, RuleInfo> = {
  "anonymous-source": {
    id: "anonymous-source",
    severity: "information",
    title: { en: "Anonymous source", ar: "مصدر مجهول" },
    message: {
      en: (a) => `Anonymous source: ${isolate(a.who)}${a.phrase ? ` — anonymity: ${isolate(a.phrase)}` : " — no reason for anonymity given"}`,
      ar: (a) => `مصدر مجهول: ${isolate(a.who)}${a.phrase ? ` — سبب إخفاء الهوية: ${isolate(a.phrase)}` : " — لم يُذكر سبب لإخفاء الهوية"}`,
    },
    explanation: {
      en: "Every anonymous source is listed so an editor can check that anonymity was necessary and that the source is described as precisely as safety allows (AP, Reuters, BBC, NYT).",
      ar: "يُدرج كل مصدر مجهول ليتحقق المحرر من ضرورة إخفاء هويته ومن وصفه بأدق ما تسمح به سلامته (أسوشيتد برس، رويترز، بي بي سي، نيويورك تايمز).",
    },
  },
  "anonymous-no-reason": {
    id: "anonymous-no-reason",
    severity: "warning",
    title: { en: "Anonymity not explained", ar: "إخفاء الهوية دون تفسير" },
    message: {
      en: (a) => `The story does not say why ${isolate(a.who)} is not named`,
      ar: (a) => `لا يذكر الخبر سبب عدم تسمية ${isolate(a.who)}`,
    },
    explanation: {
      en: "AP, Reuters, the BBC and the New York Times require the story to say why a source was granted anonymity (for example: on condition of anonymity because they were not authorised to speak).",
      ar: "تشترط أسوشيتد برس ورويترز وبي بي سي ونيويورك تايمز أن يذكر الخبر سبب منح المصدر إخفاء هويته (مثلاً: شريطة عدم نشر اسمه لأنه غير مخول بالحديث).",
    },
  },
  "vague-source": {
    id: "vague-source",
    severity: "hint",
    title: { en: "Vague source", ar: "مصدر مبهم" },
    message: {
      en: (a) => `${isolate(a.who)} is not described: say what position or knowledge the source has`,
      ar: (a) => `${isolate(a.who)} دون وصف: اذكر موقع المصدر أو صلته بالمعلومة`,
    },
    explanation: {
      en: "A bare \"source\" or \"sources\" tells the reader nothing about why the source knows. Describe it as specifically as safety allows (a diplomat in the talks, an official briefed on the plan).",
      ar: "كلمة «مصدر» أو «مصادر» وحدها لا تخبر القارئ لماذا يعرف المصدر ما يقول. صِفه بأدق ما تسمح به سلامته (دبلوماسي مشارك في المحادثات، مسؤول اطلع على الخطة).",
    },
  },
  "unattributed-quote": {
    id: "unattributed-quote",
    severity: "warning",
    title: { en: "Quote without a speaker", ar: "اقتباس بلا قائل" },
    message: {
      en: () => "This quote reads as speech but nobody is said to have said it",
      ar: () => "يبدو هذا الاقتباس كلاماً منقولاً لكن لم يُنسب إلى أحد",
    },
    explanation: {
      en: "Every quotation must be attributed so the reader knows who is speaking.",
      ar: "يجب نسبة كل اقتباس إلى قائله ليعرف القارئ من المتحدث.",
    },
  },
  "unbalanced-quote": {
    id: "unbalanced-quote",
    severity: "error",
    title: { en: "Unbalanced quotation mark", ar: "علامة تنصيص غير مغلقة" },
    message: {
      en: (a) => `This ${a.mark} opens a quotation that is never closed`,
      ar: (a) => `علامة التنصيص ${a.mark} تفتح اقتباساً لا يُغلق`,
    },
    explanation: {
      en: "An opening quotation mark with no closing mark leaves the reader unsure where the quoted words end.",
      ar: "علامة تنصيص مفتوحة بلا إغلاق تترك القارئ لا يعرف أين ينتهي الكلام المقتبس.",
    },
  },
  "anonymous-lead": {
    id: "anonymous-lead",
    severity: "information",
    title: { en: "Story opens with an anonymous source", ar: "الخبر يبدأ بمصدر مجهول" },
    message: {
      en: (a) => `The first statement of the story is from an anonymous source (${isolate(a.who)})`,
      ar: (a) => `أول تصريح في الخبر منسوب إلى مصدر مجهول (${isolate(a.who)})`,
    },
    explanation: {
      en: "Style guides advise against opening a story with an anonymous quote: lead with what is on the record where possible.",
      ar: "تنصح أدلة التحرير بعدم افتتاح الخبر بتصريح مصدر مجهول، والبدء بما هو منسوب علناً ما أمكن.",
    },
  },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function formatMessage(rule: RuleId, args: Record<string, string>, locale: Locale = "en"): string {
  return RULES[rule].message[locale](args);
}
