// Short articles written for these tests (not taken from any corpus).
export const AR_ANON = "وقال مصدر أمني، طلب عدم ذكر اسمه، إن الاجتماع عقد في العاصمة مساء الأحد.";
export const AR_NAMED = "وقال وزير الخارجية سامي الحداد إن بلاده ترفض أي تدخل في شؤونها الداخلية.";
export const AR_QUOTE = "وأضاف الحداد قائلاً: «لن نقبل بأن تفرض علينا شروط من الخارج».";
export const AR_ARTICLE = [AR_ANON, AR_NAMED, AR_QUOTE].join("\n") + "\n";

export const EN_ANON =
  "“The talks will resume next week,” a senior official said on condition of anonymity because he was not authorized to speak to reporters.";
export const EN_NAMED = "“We are ready to sign the agreement,” Maria Lopez said.";
export const EN_ARTICLE = [EN_NAMED, EN_ANON].join("\n") + "\n";
