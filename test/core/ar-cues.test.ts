// Arabic reporting cues: which word is the cue (without the clitic و/ف),
// where the source stops and where the reported clause starts and ends.
import { describe } from "vitest";
import { type Row, table } from "./expect";

const verbFirst: Row[] = [
  ["قال + إن", "وقال المتحدث باسم الجيش إن القوات استعادت السيطرة على المعبر.",
    { statements: [{ kind: "indirect", cue: "قال", source: "المتحدث باسم الجيش", starts: "القوات", ends: "على المعبر" }] }],
  ["أكد + أن", "وأكد رئيس الوزراء أن الحكومة لن تتراجع عن قرار رفع الأسعار.",
    { statements: [{ kind: "indirect", cue: "أكد", source: "رئيس الوزراء", starts: "الحكومة لن", ends: "رفع الأسعار" }] }],
  ["أوضحت: medium في بيان is not in the source", "وأوضحت الوزارة في بيان أن حملة التطعيم ستبدأ مطلع الشهر المقبل.",
    { statements: [{ kind: "indirect", cue: "أوضحت", source: "الوزارة", starts: "حملة التطعيم", ends: "الشهر المقبل" }] }],
  ["صرح + بأن with apposition", "وصرح وزير النقل، خالد المنصوري، بأن المطار سيعاد فتحه خلال أيام.",
    { statements: [{ kind: "indirect", cue: "صرح", source: "وزير النقل، خالد المنصوري", starts: "المطار", ends: "خلال أيام" }] }],
  ["ذكرت (feminine) + أن", "وذكرت الشرطة أن ثلاثة أشخاص أصيبوا في الحادث.",
    { statements: [{ kind: "indirect", cue: "ذكرت", source: "الشرطة", starts: "ثلاثة أشخاص", ends: "في الحادث" }] }],
  ["أشار إلى أن", "وأشار المدير التنفيذي للشركة إلى أن الأرباح تراجعت بنسبة 12 في المئة.",
    { statements: [{ kind: "indirect", cue: ["أشار", "أشار إلى"], source: "المدير التنفيذي للشركة", starts: "الأرباح", ends: "في المئة" }] }],
  ["لفتت إلى أن", "ولفتت الخبيرة الاقتصادية، منى السيد، إلى أن التضخم ما زال مرتفعاً.",
    { statements: [{ kind: "indirect", cue: ["لفتت", "لفتت إلى"], source: "الخبيرة الاقتصادية، منى السيد", starts: "التضخم", ends: "مرتفعاً" }] }],
  ["شدد على أن", "وشدد الأمين العام للجامعة العربية على أن الحل السياسي هو الخيار الوحيد.",
    { statements: [{ kind: "indirect", cue: ["شدد", "شدد على"], source: "الأمين العام للجامعة العربية", starts: "الحل السياسي", ends: "الخيار الوحيد" }] }],
  ["حذر من أن", "وحذر صندوق النقد الدولي من أن النمو قد يتباطأ العام المقبل.",
    { statements: [{ kind: "indirect", cue: ["حذر", "حذر من"], source: "صندوق النقد الدولي", starts: "النمو", ends: "العام المقبل" }] }],
  ["أعلن أنه: content starts at the pronoun-bearing word", "وأعلن الجيش أنه قتل عشرة مسلحين في اشتباكات ليلية.",
    { statements: [{ kind: "indirect", cue: "أعلن", source: "الجيش", starts: "أنه قتل", ends: "اشتباكات ليلية" }] }],
  ["قالت + إنها", "وقالت الوزارة إنها ستفتح تحقيقاً في الحادث.",
    { statements: [{ kind: "indirect", cue: "قالت", source: "الوزارة", starts: "إنها ستفتح", ends: "في الحادث" }] }],
  ["كشف أن", "وكشف مدير الأمن العام أن الخلية كانت تخطط لهجمات في العاصمة.",
    { statements: [{ kind: "indirect", cue: "كشف", source: "مدير الأمن العام", starts: "الخلية", ends: "في العاصمة" }] }],
  ["اعتبر أن", "واعتبر المحلل السياسي، سامر خليل، أن الاتفاق يمثل خطوة أولى نحو التهدئة.",
    { statements: [{ kind: "indirect", cue: "اعتبر", source: "المحلل السياسي، سامر خليل", starts: "الاتفاق", ends: "نحو التهدئة" }] }],
  ["أفاد بأن, anonymous plural witnesses", "وأفاد شهود عيان بأن إطلاق النار استمر نحو ساعتين.",
    { statements: [{ kind: "indirect", cue: "أفاد", source: "شهود عيان", speakerKind: "anonymous", starts: "إطلاق النار", ends: "نحو ساعتين" }] }],
  ["present tense يقول", "ويقول مسؤولون محليون إن المساعدات لم تصل بعد إلى القرى النائية.",
    { statements: [{ kind: "indirect", cue: "يقول", source: "مسؤولون محليون", speakerKind: "anonymous", starts: "المساعدات", ends: "القرى النائية" }] }],
  ["present tense يرى", "ويرى مراقبون أن الانتخابات قد تتأجل مرة أخرى.",
    { statements: [{ kind: "indirect", cue: "يرى", source: "مراقبون", speakerKind: "anonymous", starts: "الانتخابات", ends: "مرة أخرى" }] }],
  ["present feminine ترى after an adverbial", "وفي المقابل، ترى المعارضة أن الحكومة فقدت شرعيتها.",
    { statements: [{ kind: "indirect", cue: "ترى", source: "المعارضة", starts: "الحكومة", ends: "شرعيتها" }] }],
  ["أما … فقال: clitic ف is not in the cue", "أما الوزير فقال إن المشروع سيكتمل قبل نهاية العام.",
    { statements: [{ kind: "indirect", cue: "قال", source: "الوزير", starts: "المشروع", ends: "نهاية العام" }] }],
  ["كان … قد أكد (subject before the verb)", "وكان الرئيس الفرنسي قد أكد أن بلاده لن ترسل قوات برية.",
    { statements: [{ kind: "indirect", cue: "أكد", source: "الرئيس الفرنسي", starts: "بلاده", ends: "قوات برية" }] }],
  ["time adverb between source and إن", "وقال وزير الزراعة، الأحد، إن محصول القمح هذا العام هو الأكبر منذ عقد.",
    { statements: [{ kind: "indirect", cue: "قال", source: "وزير الزراعة", starts: "محصول القمح", ends: "منذ عقد" }] }],
  ["colon without quote marks is indirect", "وأضافت المتحدثة: الأولوية الآن لإيصال المساعدات إلى المناطق المتضررة.",
    { statements: [{ kind: "indirect", cue: "أضافت", source: "المتحدثة", starts: "الأولوية", ends: "المناطق المتضررة" }] }],
];

const participles: Row[] = [
  ["مضيفاً أن after قال: two statements, participle has no written subject",
    "وقال الوزير إن المفاوضات ستستأنف الأسبوع المقبل، مضيفاً أن موعدها الدقيق لم يحدد بعد.",
    { statements: [
      { kind: "indirect", cue: "قال", source: "الوزير", starts: "المفاوضات", ends: "الأسبوع المقبل" },
      { kind: "indirect", cue: "مضيفاً", source: null, speaker: "الوزير", starts: "موعدها", ends: "لم يحدد بعد" },
    ] }],
  ["مشيرة إلى أن (feminine participle)",
    "وأكدت الشركة أنها ستعوض العملاء المتضررين، مشيرة إلى أن التحقيق ما زال جارياً.",
    { statements: [
      { kind: "indirect", cue: "أكدت", source: "الشركة", starts: "أنها ستعوض", ends: "العملاء المتضررين" },
      { kind: "indirect", cue: ["مشيرة", "مشيرة إلى"], source: null, speaker: "الشركة", starts: "التحقيق", ends: "جارياً" },
    ] }],
  ["قائلاً after a non-speech verb: one statement, source is the subject",
    "ورد رئيس البرلمان على منتقديه قائلاً: \"الأبواب مفتوحة لكل من يريد الحوار\".",
    { statements: [{ kind: "direct", cue: "قائلاً", source: "رئيس البرلمان", quotes: ["الأبواب مفتوحة لكل من يريد الحوار"] }] }],
  ["hamza-less قائلا", "وعلق المدرب على الهزيمة قائلا: \"سنتعلم من أخطائنا\".",
    { statements: [{ kind: "direct", cue: "قائلا", source: "المدرب", quotes: ["سنتعلم من أخطائنا"] }] }],
  ["أضاف موضحاً: the cue is the word nearest the clause",
    "وقال المتحدث إن الحدود ستغلق مساء اليوم. وأضاف موضحاً أن القرار مؤقت.",
    { statements: [
      { kind: "indirect", cue: "قال", source: "المتحدث", starts: "الحدود", ends: "مساء اليوم" },
      { kind: "indirect", cue: "موضحاً", source: null, speaker: "المتحدث", starts: "القرار", ends: "مؤقت" },
    ] }],
  ["مؤكداً أن with a partial quote",
    "وأعلن رئيس الوزراء استقالة حكومته، مؤكداً أن القرار \"نهائي ولا رجعة فيه\".",
    { statements: [{ kind: "partial", cue: "مؤكداً", source: "رئيس الوزراء", quotes: ["نهائي ولا رجعة فيه"], starts: "القرار" }] }],
];

const continuation: Row[] = [
  ["وأضاف أنه: dropped subject keeps the speaker",
    "وقال المحامي إن موكله لم يمثل أمام قاض منذ اعتقاله. وأضاف أنه لا يعرف مكان احتجازه.",
    { statements: [
      { cue: "قال", source: "المحامي", speaker: "المحامي" },
      { kind: "indirect", cue: "أضاف", source: null, speaker: "المحامي", starts: "أنه لا يعرف", ends: "مكان احتجازه" },
    ] }],
  ["وتابع قوله: «…»",
    "وقال رئيس البلدية، فادي عواد، إن الطرق ستفتح صباحاً. وتابع قوله: «لا نريد أن نعرض حياة أحد للخطر».",
    { statements: [
      { cue: "قال", source: "رئيس البلدية، فادي عواد", speaker: "فادي عواد" },
      { kind: "direct", cue: "تابع قوله", source: null, speaker: "فادي عواد", quotes: ["لا نريد أن نعرض حياة أحد للخطر"] },
    ] }],
  ["وتابعت: feminine continuation with a quote",
    "وقالت الطبيبة، سلمى داود، إن المستشفى يعمل بنصف طاقته. وتابعت: \"نحتاج إلى الوقود قبل أي شيء آخر\".",
    { statements: [
      { cue: "قالت", source: "الطبيبة، سلمى داود" },
      { kind: "direct", cue: "تابعت", source: null, speaker: "سلمى داود", quotes: ["نحتاج إلى الوقود قبل أي شيء آخر"] },
    ] }],
];

const prepositions: Row[] = [
  ["وبحسب X، فإن …", "وبحسب وزارة الصحة، فإن عدد الإصابات ارتفع إلى أربعين.",
    { statements: [{ kind: "indirect", cue: "بحسب", source: "وزارة الصحة", speakerKind: "organization", starts: "عدد الإصابات", ends: "إلى أربعين" }] }],
  ["clause first, then بحسب X", "ارتفع عدد القتلى إلى 12 شخصاً، بحسب الدفاع المدني.",
    { statements: [{ kind: "indirect", cue: "بحسب", source: "الدفاع المدني", starts: "ارتفع عدد", ends: "12 شخصاً" }] }],
  ["حسب, no و", "حسب الهيئة، تجاوزت نسبة المشاركة ستين في المئة.",
    { statements: [{ kind: "indirect", cue: "حسب", source: "الهيئة", starts: "تجاوزت", ends: "في المئة" }] }],
  ["وفقاً لـ with the clitic ل on the source", "وفقاً لوزارة الداخلية، أوقفت الشرطة 15 مشتبهاً بهم.",
    { statements: [{ kind: "indirect", cue: ["وفقاً", "وفقاً ل"], source: ["وزارة الداخلية", "لوزارة الداخلية"], starts: "أوقفت", ends: "مشتبهاً بهم" }] }],
  ["clause, then وفقا لـ spelled without tanween", "أغلقت المدارس أبوابها ثلاثة أيام، وفقا لمديرية التربية.",
    { statements: [{ kind: "indirect", cue: ["وفقا", "وفقا ل"], source: ["مديرية التربية", "لمديرية التربية"], starts: "أغلقت", ends: "ثلاثة أيام" }] }],
  ["طبقاً لـ", "طبقاً للبنك المركزي، تراجع التضخم إلى أدنى مستوى في عامين.",
    { statements: [{ kind: "indirect", cue: ["طبقاً", "طبقاً ل"], starts: "تراجع التضخم", ends: "في عامين" }] }],
  ["حسب ما أفادت به X after the clause", "وصلت تعزيزات عسكرية إلى المدينة فجر اليوم، حسب ما أفادت به مصادر محلية.",
    { statements: [{ kind: "indirect", cue: ["حسب ما أفادت به", "حسب", "أفادت"], source: "مصادر محلية", speakerKind: "anonymous", starts: "وصلت", ends: "فجر اليوم" }] }],
  ["ذكرت X نقلاً عن مصدر: one statement by the relayed source",
    "وذكرت وكالة الأنباء الرسمية، نقلاً عن مصدر عسكري، أن الطائرات قصفت مواقع للمسلحين.",
    { statements: [{ kind: "indirect", cue: ["ذكرت", "نقلاً عن"], source: "مصدر عسكري", speakerKind: "anonymous", starts: "الطائرات", ends: "للمسلحين" }] }],
  ["على لسان", "وجاء على لسان المتحدث باسم الجيش، العقيد مازن الفايز، أن القوات أغلقت المعبر.",
    { statements: [{ kind: "indirect", cue: ["على لسان", "جاء على لسان"], source: "المتحدث باسم الجيش، العقيد مازن الفايز", starts: "القوات", ends: "المعبر" }] }],
];

const relayed: Row[] = [
  ["نقلت وكالة … عن فلان قوله إن: one statement, cue نقلت, source the relayed speaker",
    "ونقلت وكالة الأنباء الفرنسية عن قائد الشرطة المحلية قوله إن الوضع بات تحت السيطرة.",
    { statements: [{ kind: "indirect", cue: "نقلت", source: "قائد الشرطة المحلية", starts: "الوضع", ends: "تحت السيطرة" }] }],
  ["نقلت صحيفة «…» عن مصادر: the paper's name is not a quote",
    "ونقلت صحيفة «الغد» عن مصادر حكومية أن التعديل الوزاري سيعلن الأحد.",
    { statements: [{ kind: "indirect", cue: "نقلت", source: "مصادر حكومية", speakerKind: "anonymous", quotes: [], starts: "التعديل", ends: "سيعلن الأحد" }] }],
  ["passive نقل عن", "ونقل عن وزير المالية قوله إن الميزانية ستقدم إلى البرلمان الشهر المقبل.",
    { statements: [{ kind: "indirect", cue: ["نقل عن", "نقل"], source: "وزير المالية", starts: "الميزانية", ends: "الشهر المقبل" }] }],
  ["passive أفيد بأن: no source, no speaker", "وأفيد بأن انفجاراً وقع قرب السفارة.",
    { statements: [{ kind: "indirect", cue: "أفيد", source: null, speaker: null, starts: "انفجاراً", ends: "قرب السفارة" }] }],
];

const written: Row[] = [
  ["كتب على منصة: medium is not in the source", "وكتب رئيس الوزراء على منصة إكس: \"سنعيد بناء كل ما دمرته السيول\".",
    { statements: [{ kind: "direct", cue: "كتب", source: "رئيس الوزراء", quotes: ["سنعيد بناء كل ما دمرته السيول"] }] }],
  ["غردت … قائلة: the cue nearest the quote", "وغردت النائبة سلمى الحسيني على تويتر قائلة: \"هذا يوم حزين لكل الأردنيين\".",
    { statements: [{ kind: "direct", cue: "قائلة", source: "النائبة سلمى الحسيني", quotes: ["هذا يوم حزين لكل الأردنيين"] }] }],
  ["نشر بياناً قال فيه", "ونشر الحزب بياناً قال فيه إن الانتخابات شابتها مخالفات واسعة.",
    { statements: [{ kind: "indirect", cue: ["قال", "قال فيه", "نشر بياناً قال فيه"], starts: "الانتخابات", ends: "مخالفات واسعة" }] }],
];

const claims: Row[] = [
  ["نفى أن", "ونفى المتحدث باسم الحكومة أن تكون السلطات قد اعتقلت صحفيين.",
    { statements: [{ kind: "indirect", cue: "نفى", source: "المتحدث باسم الحكومة", starts: "تكون السلطات", ends: "صحفيين" }] }],
  ["نفت + noun that states a claim", "ونفت الشركة وجود أي خلل في أنظمتها الإلكترونية.",
    { statements: [{ kind: "indirect", cue: "نفت", source: "الشركة", starts: "وجود", ends: "الإلكترونية" }] }],
  ["present ينفي أن", "وينفي المتهم أن يكون قد غادر منزله ليلة الحادث.",
    { statements: [{ kind: "indirect", cue: "ينفي", source: "المتهم", starts: "يكون", ends: "ليلة الحادث" }] }],
  ["اتهم X بـ: content starts at the accused", "واتهم وزير الداخلية جماعات مسلحة بالوقوف وراء الهجوم.",
    { statements: [{ kind: "indirect", cue: "اتهم", source: "وزير الداخلية", starts: "جماعات مسلحة", ends: "وراء الهجوم" }] }],
  ["اتهمت (feminine), an unnamed organisation as source", "واتهمت منظمة حقوقية السلطات باحتجاز المئات دون محاكمة.",
    { statements: [{ kind: "indirect", cue: "اتهمت", source: "منظمة حقوقية", starts: "السلطات", ends: "دون محاكمة" }] }],
  ["reported question تساءل عن", "وتساءل النائب عن أسباب تأخر صرف رواتب الموظفين.",
    { statements: [{ kind: "indirect", cue: ["تساءل", "تساءل عن"], source: "النائب", ends: "رواتب الموظفين" }] }],
  ["أكدت صحة (confirmation)", "وأكدت الوزارة صحة التقارير عن تسرب نفطي قبالة الساحل.",
    { statements: [{ kind: "indirect", cue: "أكدت", source: "الوزارة", starts: "صحة التقارير", ends: "قبالة الساحل" }] }],
  ["حذر من وقوع (warning that something will happen)", "وحذرت منظمات إغاثة من وقوع مجاعة في الإقليم خلال الشتاء.",
    { statements: [{ kind: "indirect", cue: ["حذرت", "حذرت من"], source: "منظمات إغاثة", starts: "وقوع مجاعة", ends: "خلال الشتاء" }] }],
  ["دعا إلى + quoted words is partial, from إلى", "ودعا الرئيس إلى \"تغليب لغة العقل\" في التعامل مع الأزمة.",
    { statements: [{ kind: "partial", cue: "دعا", source: "الرئيس", starts: "إلى", quotes: ["تغليب لغة العقل"] }] }],
  ["أشار إلى + quoted words: إلى ends the source", "وأشارت الدراسة إلى \"تحسن ملموس\" في الأداء.",
    { statements: [{ kind: "partial", cue: "أشارت", source: "الدراسة", quotes: ["تحسن ملموس"] }] }],
  ["دعا X إلى: the object is not in the source", "ودعا الرئيس الأطراف كافة إلى \"تغليب لغة العقل\".",
    { statements: [{ kind: "partial", cue: "دعا", source: "الرئيس", quotes: ["تغليب لغة العقل"] }] }],
];

const forms: Row[] = [
  ["dual subject مسؤولان أمنيان", "وقال مسؤولان أمنيان إن المشتبه به اعتقل فجراً.",
    { statements: [{ cue: "قال", source: "مسؤولان أمنيان", speakerKind: "anonymous", starts: "المشتبه به", ends: "فجراً" }] }],
  ["dual مصدران with description", "وأكد مصدران في الشرطة أن التحقيقات مستمرة.",
    { statements: [{ cue: "أكد", source: "مصدران في الشرطة", speakerKind: "anonymous", starts: "التحقيقات", ends: "مستمرة" }] }],
  ["plural verb after the subject: أكدوا", "وكان المحتجون قد أكدوا أنهم سيبقون في الساحات حتى تلبية مطالبهم.",
    { statements: [{ cue: "أكدوا", source: "المحتجون", starts: "أنهم سيبقون", ends: "مطالبهم" }] }],
  ["feminine قالت with a role", "وقالت الناطقة باسم المفوضية إن آلاف اللاجئين عبروا الحدود خلال الليل.",
    { statements: [{ cue: "قالت", source: "الناطقة باسم المفوضية", starts: "آلاف اللاجئين", ends: "خلال الليل" }] }],
  ["hamza-less واضاف … ان", "واضاف الوزير ان الحكومة ستدعم المزارعين المتضررين.",
    { statements: [{ kind: "indirect", cue: "اضاف", source: "الوزير", starts: "الحكومة", ends: "المتضررين" }] }],
  ["hamza-less واكدت", "واكدت الهيئة ان الاسعار لن ترتفع قبل نهاية العام.",
    { statements: [{ kind: "indirect", cue: "اكدت", source: "الهيئة", starts: "الاسعار", ends: "نهاية العام" }] }],
  ["hamza-less واشار … الى ان", "واشار التقرير الى ان البطالة ارتفعت بين الشباب.",
    { statements: [{ kind: "indirect", cue: ["اشار", "اشار الى"], source: "التقرير", starts: "البطالة", ends: "بين الشباب" }] }],
  ["tatweel in the cue قـال", "وقـال المتحدث إن الاجتماع انتهى دون اتفاق.",
    { statements: [{ kind: "indirect", cue: "قـال", source: "المتحدث", starts: "الاجتماع", ends: "دون اتفاق" }] }],
  ["harakat in the cue قَالَ", "وقَالَ الرئيسُ إنَّ الحربَ انتهت.",
    { statements: [{ kind: "indirect", cue: "قَالَ", source: "الرئيسُ", starts: "الحربَ", ends: "انتهت" }] }],
  ["يقول (present) with a colon and quote", "ويقول أبو سمير، وهو صاحب متجر في السوق القديم: «لم نبع شيئاً منذ أسبوع».",
    { statements: [{ kind: "direct", cue: "يقول", quotes: ["لم نبع شيئاً منذ أسبوع"] }] }],
];

const notCues: Row[] = [
  ["استقال contains قال but is not a cue", "واستقال وزير المالية من منصبه أمس.", { statements: [] }],
  ["مقال contains قال but is not a cue", "ونشرت الصحيفة مقالاً عن الأزمة الاقتصادية.", { statements: [] }],
  ["انتقال / الاستقلال are not cues", "وتحتفل البلاد بعيد الاستقلال بعد انتقال السلطة بشكل سلمي.", { statements: [] }],
];

describe("Arabic cues", () => {
  describe("verb-first", () => table(verbFirst));
  describe("participles", () => table(participles));
  describe("continuations", () => table(continuation));
  describe("prepositions", () => table(prepositions));
  describe("relayed and passive", () => table(relayed));
  describe("written words", () => table(written));
  describe("denials, accusations, questions", () => table(claims));
  describe("gender, number, spelling", () => table(forms));
  describe("words that only look like cues", () => table(notCues));
});
