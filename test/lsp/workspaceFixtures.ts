// Articles written for the workspace tests (not taken from any corpus): two
// Arabic articles quoting the same minister (ريم السعدي) and an anonymous
// ministry source, with and without a stated reason; two English articles
// quoting the same port director and "a senior official"; one in a subfolder.
export const WS_ARTICLES = {
  "ar-budget.txt": [
    "وقالت وزيرة المالية ريم السعدي إن الموازنة الجديدة ستخفض العجز إلى النصف خلال عامين.",
    "",
    "وأضافت السعدي قائلة: «لن نرفع الضرائب على الأسر محدودة الدخل».",
    "",
    "وقال مصدر في الوزارة، طلب عدم ذكر اسمه، إن الخطة تتضمن بيع حصص في شركات حكومية.",
    "",
    "وذكرت مصادر أن البرلمان قد يؤجل التصويت على الموازنة.",
    "",
  ].join("\n"),
  "ar-vote.txt": [
    "وقال رئيس لجنة الموازنة فارس النعيمي إن التصويت سيجري الأسبوع المقبل.",
    "",
    "وقالت ريم السعدي في مؤتمر صحفي إن الحكومة منفتحة على أي تعديلات.",
    "",
    "وقال مصدر في الوزارة إن المفاوضات مع الكتل النيابية مستمرة.",
    "",
  ].join("\n"),
  "en-harbour.txt": [
    '"We will reopen the harbour on Monday," said Helen Marsh, the port director.',
    "",
    "Marsh added that the repairs had cost more than expected.",
    "",
    "A senior official, who spoke on condition of anonymity because he was not authorized to discuss the budget, said the city would borrow to pay for them.",
    "",
  ].join("\n"),
  "port/en-reopen.md": [
    "# Harbour reopens",
    "",
    "Helen Marsh said the first ships had arrived on time.",
    "",
    '"The delays are over," said Tom Reyes, a union leader.',
    "",
    "A senior official said more money would be needed next year.",
    "",
  ].join("\n"),
} as const;

export type ArticleName = keyof typeof WS_ARTICLES;
