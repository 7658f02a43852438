// Arabic statements with no written subject (src/core/ar/constructions/dropped-subject.ts): وأضاف أن …
// / وتابع قوله: «…» carry the last speaker.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const continuations: Row[] = [
  ["a verb for one with no subject written passes over an unnamed group of people (شهود) to the person before",
    "وأكد المتحدث باسم الجيش خالد الرفاعي أن الانسحاب مؤقت. وأفاد شهود عيان بأن الانفجار وقع في السوق. وأضاف أن الجرحى نقلوا إلى المستشفى.",
    { statements: [{ cue: "أكد", speaker: "خالد الرفاعي" }, { cue: "أفاد", speaker: "شهود عيان" }, { cue: "أضاف", speaker: "خالد الرفاعي" }] }],
  ["…but a subject written with a number (قال 60٪ منهم) may be that group's",
    "وقال مسؤولون في الشركة إن الأرباح تراجعت. وقال 60٪ منهم إن الأسعار سترتفع.",
    { statements: [{ cue: "قال", speaker: "مسؤولون في الشركة" }, { cue: "قال", speaker: "مسؤولون في الشركة" }] }],
  ["a verb for two or more (قالوا، أكدوا) passes over the last speaker when that is one man or woman",
    "وقال مسؤولون في الوزارة إن الخطة جاهزة. وقال الوزير سامي الحداد إن التنفيذ يبدأ غدا. لكنهم أكدوا أن التمويل لم يصل بعد.",
    { statements: [
      { cue: "قال", speaker: "مسؤولون في الوزارة" },
      { cue: "قال", speaker: "سامي الحداد" },
      { cue: "أكدوا", source: null, speaker: "مسؤولون في الوزارة" },
    ] }],
  ["a verb for two (وقالا) goes to the two named together as a sentence's subject, not to the one man before",
    "وقال الوزير سامي الحداد إن الزيارة ناجحة. والتقى الرئيس البرازيلي ماركو سيلفا ورئيس الوزراء الفرنسي جان دوبوا في باريس أمس. وقالا في مؤتمر صحفي إن العلاقات قوية.",
    { statements: [
      { cue: "قال", speaker: "سامي الحداد" },
      { cue: "قالا", source: null, speaker: "الرئيس البرازيلي ماركو سيلفا ورئيس الوزراء الفرنسي جان دوبوا" },
    ] }],
  ["a verb for two after كل من X وY: the pair, one group",
    "وقال المتحدث باسم الأمم المتحدة إن الوضع صعب. وتغلق كل من فرنسا والبرازيل حدودهما، وأعلنتا أن القرار نهائي.",
    { statements: [
      { cue: "قال" },
      { cue: "أعلنتا", source: null, speaker: "فرنسا والبرازيل" },
    ], speakers: [{ name: "المتحدث باسم الأمم المتحدة" }, { name: "فرنسا والبرازيل", kind: "group" }] }],
  ["a verb for two after an unnamed source in the dual named in its sentence",
    "وقال الوزير سامي الحداد إن الخطة جاهزة. وكان مسؤولان في الوزارة قد تحدثا للصحفيين، وقالا إن التمويل لم يصل.",
    { statements: [
      { cue: "قال", speaker: "سامي الحداد" },
      { cue: "قالا", source: null, speaker: "مسؤولان" },
    ] }],
  ["a verb for two after two one-word names (وقال X وY): the two of them, one group",
    "وقال المحامي سليم حداد إن القضية مستمرة. وقال رامز وفادي إن المصنع أغلق. وأضافا أن العمال لم يتقاضوا أجورهم.",
    { statements: [
      { cue: "قال", speaker: "سليم حداد" },
      { cue: "قال", source: "رامز وفادي", speaker: "رامز وفادي", speakerKind: "group" },
      { cue: "أضافا", source: null, speaker: "رامز وفادي", speakerKind: "group" },
    ] }],
  ["…a feminine verb for two, the same", "وقالت هدى ورنا إن الطريق مغلق. وأضافتا أن الحافلات توقفت.",
    { statements: [{ cue: "قالت", speakerKind: "group" }, { cue: "أضافتا", source: null, speaker: "هدى ورنا", speakerKind: "group" }] }],
  ["two surnames of people who spoke before, named together: one group",
    "وقال الرئيس جون ميلر إن المحادثات مثمرة. وقال الرئيس بيار دوبون إن الاتفاق قريب. وأكد ميلر ودوبون أن العقوبات باقية.",
    { statements: [{ speaker: "جون ميلر" }, { speaker: "بيار دوبون" }, { cue: "أكد", speaker: "ميلر ودوبون", speakerKind: "group" }] }],
  ["الدولتان as a source is the two countries named together before",
    "وقالت فرنسا والبرازيل إن المحادثات ستستأنف. وأعلنت الدولتان أنهما ستوقعان اتفاقا.",
    { statements: [
      { cue: "قالت", speaker: "فرنسا والبرازيل" },
      { cue: "أعلنت", source: "الدولتان", speaker: "فرنسا والبرازيل" },
    ], speakers: [{ name: "فرنسا والبرازيل", kind: "group" }] }],
  ["اقرأ is no verb for two (أقرّا): the speaker before, as for one",
    "وقال الوزير سامي الحداد إن الخطة جاهزة. إقرأ أيضا: الوزير يعد بخطة جديدة.",
    { statements: [{ cue: "قال", speaker: "سامي الحداد" }, { cue: "إقرأ", speaker: "سامي الحداد" }] }],
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
  ["after a verb that reported nothing, its unnamed subject is whom a dropped subject refers to",
    "كشفت مصادر حقوقية عن مقتل سجين في أحد السجون. وأفادت أن السجين أعيد إلى أسرته ميتاً.",
    { statements: [{ cue: "أفادت", source: null, speaker: "مصادر حقوقية" }] }],
  ["a body that welcomed something (no statement) is the subject of a dropped-subject verb after it in the sentence", "ورحبت غرفة التجارة بالقرار، وقالت في بيان إنه سينعش الأسواق.",
    { statements: [{ cue: "قالت", source: null, speaker: "غرفة التجارة", speakerKind: "organization" }] }],
];

const order: Row[] = [
  ["وأضاف and a quotation with no colon: direct", "وقال المدرب إن فريقه جاهز. وأضاف \"سنلعب من أجل جماهيرنا\".",
    { statements: [
      { kind: "indirect", cue: "قال", source: "المدرب" },
      { kind: "direct", cue: "أضاف", source: null, speaker: "المدرب", quotes: ["سنلعب من أجل جماهيرنا"] },
    ] }],
  ["وأضاف and a quotation, then a participle: two statements", "وأضاف \"هذا غير مقبول\" مشيراً إلى أن الحكومة ستتحرك.",
    { statements: [
      { kind: "direct", cue: "أضاف", quotes: ["هذا غير مقبول"] },
      { kind: "indirect", cue: "مشيراً", source: null, starts: "الحكومة" },
    ] }],
  ["quote, then a new statement with وأضاف", "وقال الوزير: «الحكومة لن تستقيل». وأضاف: «سنكمل ولايتنا حتى آخر يوم».",
    { statements: [
      { kind: "direct", cue: "قال", source: "الوزير", quotes: ["الحكومة لن تستقيل"] },
      { kind: "direct", cue: "أضاف", source: null, speaker: "الوزير", quotes: ["سنكمل ولايتنا حتى آخر يوم"] },
    ] }],
];

// A person named in passing as a sentence's subject, in no statement of their own, is who a dropped
// subject after it refers to (src/core/speakers/ar-topic.ts, pipeline/document.ts).
const namedInPassing: Row[] = [
  ["a dateline before the sentence is passed over: the subject after it", "دبي، الإمارات العربية المتحدة (CNN) – استقبل وزير الخارجية، سامي حداد، وفد الشركة أمس، وكشف أن المفاوضات مستمرة.",
    { statements: [{ cue: "كشف", source: null, speaker: "سامي حداد" }] }],
  ["a past reporting verb that reports nothing in its clause (أعلنت X عن …) names its subject in passing, a body too",
    "وقال الوزير سامي الحداد إن الوضع مستقر. أعلنت إدارة التعليم في محافظة الواحة عن حاجتها لشغل وظائف شاغرة. وأوضحت أن الشروط تتضمن أن يكون المتقدم سعوديا.",
    { statements: [
      { cue: "قال", speaker: "سامي الحداد" },
      { cue: "أوضحت", source: null, speaker: "إدارة التعليم" },
    ] }],
  ["…after an outlet's dateline with a glued hyphen and a colon (الصحيفة- المدينة:)",
    "النهار- الواحة: أعلنت إدارة الصحة في محافظة الواحة عن حاجتها لشغل وظائف شاغرة. وأوضحت أن الشروط تتضمن الخبرة.",
    { statements: [{ cue: "أوضحت", source: null, speaker: "إدارة الصحة" }] }],
  ["…in the cue's own sentence, up to the next verb (أعلن الحزب انسحابه …، وقال إنه)",
    "وقال الوزير سامي الحداد إن الوضع مستقر. أعلن حزب الاتحاد الوطني، الأربعاء، رسميا انسحابه من الائتلاف، وقال إنه يفضل إجراء انتخابات مبكرة.",
    { statements: [
      { cue: "قال", speaker: "سامي الحداد" },
      { cue: "قال", source: null, speaker: "حزب الاتحاد الوطني" },
    ] }],
  ["…not when its words open after a relay (وأضافت الوكالة، نقلاً عن مصادر، أنه …): the statement is its own",
    "ذكرت وكالة الأنباء المحلية أن لقاء جرى أمس. وأضافت الوكالة، نقلاً عن مصادر لم تسمها، أنه تم الاتفاق على النتائج. وأضافت أن الاتصالات مستمرة.",
    { statements: [
      { cue: "ذكرت" },
      { cue: "أضافت", source: "مصادر" },
      { cue: "أضافت", source: null, speaker: "مصادر" },
    ] }],
  ["أما X، …، ف… then ويقول in the next paragraph: X, not the speaker before",
    "وقال المدير رامي سعد إن المدرسة ستغلق.\n\nأما سمير، مهندس في شركة الكهرباء، فيؤيد الفكرة، لكنه يشكك في نجاحها.\n\nويقول: \"لا توجد خطة واضحة\".",
    { statements: [
      { cue: "قال", speaker: "رامي سعد" },
      { kind: "direct", cue: "يقول", source: null, speaker: "سمير", quotes: ["لا توجد خطة واضحة"] },
    ] }],
  ["أما X فـY، …: a surname that starts with ف, closed by the comma, is the name's",
    "وقال المدير رامي سعد إن المدرسة ستغلق.\n\nأما نادر فياض، المهندس في البلدية، فيرفض القرار.\n\nويقول: \"لم يستشرنا أحد\".",
    { statements: [
      { cue: "قال", speaker: "رامي سعد" },
      { kind: "direct", cue: "يقول", source: null, speaker: "نادر فياض", quotes: ["لم يستشرنا أحد"] },
    ] }],
  ["لكن السيدة X، … وتقول: a woman named in passing after a man who spoke",
    "وقال الطبيب ماجد إن المستشفى مكتظ.\n\nلكن السيدة نادية، وتعمل ممرضة في المدينة، تؤيد القرار، وتقول: \"المرضى ينتظرون طويلاً\".\n\nوتضيف: \"لا أحد يسألنا\".",
    { statements: [
      { cue: "قال", speaker: "ماجد" },
      { kind: "direct", cue: "تقول", source: null, speaker: "نادية", quotes: ["المرضى ينتظرون طويلاً"] },
      { kind: "direct", cue: "تضيف", source: null, speaker: "نادية", quotes: ["لا أحد يسألنا"] },
    ] }],
  ["أعرب/عبّر with no clause reports nothing: its subject is named in passing",
    "وقالت المغنية سلوى فارس إن الحفل كان رائعاً. من جانبها، عبرت الممثلة السورية، هدى كمال، عن سعادتها بتغريدة نشرتها على حسابها، قالت فيها \"هذا يوم جميل للجميع\".",
    { statements: [
      { cue: "قالت", speaker: "سلوى فارس" },
      { kind: "direct", cue: "قالت", source: null, speaker: "هدى كمال", quotes: ["هذا يوم جميل للجميع"] },
    ] }],
  ["عبرت X عن … من أجل أن …: a purpose clause is no clause of hers; the next sentence's dropped subject is X",
    "وقال مصدر في البلدية إن الموعد تغير. وعبرت المطربة، هدى كمال، عن سعادتها بالحفل من أجل أن تقف إلى جوار أستاذها. وأوضحت أن الحفل سيتكرر.",
    { statements: [
      { cue: "قال", source: "مصدر في البلدية" },
      { cue: "أوضحت", source: null, speaker: "هدى كمال" },
    ] }],
  ["a country after a verb that reports nothing, بهذه after it (no name word): the subject of the verb after و",
    "وقال اللاعب كريم سعد إن المباراة ألغيت. ونددت فرنسا بهذه الخطوة واعتبرتها \"خضوعا للضغوط\".",
    { statements: [{ cue: "قال", speaker: "كريم سعد" }, { kind: "direct", cue: "اعتبرتها", source: null, speaker: "فرنسا" }] }],
  ["a verb, a title and the name between commas, then وقال in the same sentence",
    "وقال مصدر أمني إن الوضع هادئ. وزار وزير الداخلية، كريم منصور، موقع الحادث صباح اليوم وقال \"سنحاسب المقصرين\".",
    { statements: [
      { cue: "قال", source: "مصدر أمني" },
      { kind: "direct", cue: "قال", source: null, speaker: "كريم منصور", quotes: ["سنحاسب المقصرين"] },
    ] }],
  ["the name ends before the verb's object: the surname the text uses again",
    "وقال مصدر أمني إن الوضع هادئ.\n\nوافتتح الوزير كريم منصور المعرض أمس. وقال إن المعرض يضم مئة شركة.\n\nوكان منصور قد تولى الوزارة قبل عام.",
    { statements: [
      { cue: "قال", source: "مصدر أمني" },
      { kind: "indirect", cue: "قال", source: null, speaker: "كريم منصور", starts: "المعرض يضم" },
    ] }],
  ["not a woman for a masculine verb: the man who spoke before",
    "وقال الوزير سعيد حداد إن الميزانية أقرت. ولكن السيدة هالة، وهي موظفة في الوزارة، لم تعلق. وأضاف أن الرواتب سترتفع.",
    { statements: [
      { cue: "قال", speaker: "سعيد حداد" },
      { cue: "أضاف", source: null, speaker: "سعيد حداد" },
    ] }],
  ["a title with no name after it (the object follows): the speaker before",
    "وقال المحلل وائل نمر إن الأسعار سترتفع. وزار الوزير المصنع أمس. وأضاف أن الطلب قوي.",
    { statements: [
      { cue: "قال", speaker: "وائل نمر" },
      { cue: "أضاف", source: null, speaker: "وائل نمر" },
    ] }],
  ["a definite title with no name, an accusative after it: the title is the subject the dropped one refers to",
    "وقال المحلل وائل نمر إن الأسعار سترتفع. واستنفر الوزير التونسي مدافعاً عن الخطة. وقال إن الطلب قوي.",
    { statements: [
      { cue: "قال", speaker: "وائل نمر" },
      { cue: "قال", source: null, speaker: "الوزير التونسي", starts: "الطلب" },
    ] }],
  ["…or in the cue's own sentence, the object after a comma: the holder named before",
    "وقال الوزير سامي الرياحي إن الخطة جاهزة. وقالت المديرة هالة نمر إن الموظفين جاهزون. واستقبل الوزير الوفد الزائر، وقال: \"نرحب بكم\".",
    { statements: [
      { cue: "قال", speaker: "سامي الرياحي" },
      { cue: "قالت", speaker: "هالة نمر" },
      { cue: "قال", source: null, speaker: "سامي الرياحي" },
    ] }],
  ["after a verb, a name neither closed by a comma nor used again: its first parts, before the object, are the subject",
    "وقال المحلل وائل نمر إن الأسعار سترتفع. وافتتح الوزير كريم منصور المعرض أمس. وأضاف أن الطلب قوي.",
    { statements: [
      { cue: "قال", speaker: "وائل نمر" },
      { cue: "أضاف", source: null, speaker: "كريم منصور" },
    ] }],
  ["…in the cue's own sentence too (a name of three parts: the first two)",
    "واستقبل الرئيس سامر خليل الحداد الوفد الأوروبي، وقال إن العلاقات متينة.",
    { statements: [{ cue: "قال", source: null, speaker: "سامر خليل" }] }],
  ["…and a comma after the object it ran on to closes no name",
    "والتقى المخرج سامر خليل بالجمهور، وقال إن المسرح يموت.",
    { statements: [{ cue: "قال", source: null, speaker: "سامر خليل" }] }],
  ["…but a name closed by a comma is whole",
    "وقال المحلل وائل نمر إن الأسعار سترتفع. وشكر الرئيس، سامر خليل الحداد، مساء الأربعاء، الوفد الأوروبي على زيارته. وأكد أن العلاقات متينة.",
    { statements: [
      { cue: "قال", speaker: "وائل نمر" },
      { cue: "أكد", source: null, speaker: "سامر خليل الحداد" },
    ] }],
  ["…and words that all read as accusatives in ا are the object, no name",
    "وقال المحلل وائل نمر إن الأسعار سترتفع. وعرضت قاضية المانية اقتراحا جديدا. وأكدت أن الحكم نهائي.",
    { statements: [
      { cue: "قال", speaker: "وائل نمر" },
      { cue: "أكدت", source: null },
    ] }],
  ["an institution after the first verb of the cue's own sentence: the subject of the continuation",
    "وقال المدير رامي سعد إن الموسم انتهى. وأصدرت المحكمة العليا حكمها أمس وقالت إن الطعن مرفوض.",
    { statements: [
      { cue: "قال", speaker: "رامي سعد" },
      { kind: "indirect", cue: "قالت", source: null, speaker: "المحكمة العليا", starts: "الطعن" },
    ] }],
  ["the institution's name ends before the verb's object",
    "وقال المدير رامي سعد إن الموسم انتهى. وفرضت الحكومة الإسبانية قيوداً جديدة وأكدت أنها مؤقتة.",
    { statements: [
      { cue: "قال", speaker: "رامي سعد" },
      { cue: "أكدت", source: null, speaker: "الحكومة الإسبانية" },
    ] }],
  ["…also a ministry in construct (وزارة + its field)",
    "وقال المدير رامي سعد إن الموسم انتهى. ورفضت وزارة المالية الطلب، ووصفته بأنه \"غير واقعي\".",
    { statements: [
      { cue: "قال", speaker: "رامي سعد" },
      { kind: "partial", cue: "وصفته", source: null, speaker: "وزارة المالية" },
    ] }],
  ["…also after an opening adverbial closed by a comma (من جهتها، بدورها)",
    "وقال المدير رامي سعد إن الموسم انتهى. من جهتها، رفضت الهيئة الوطنية الطلب، وقالت إنه متأخر.\n\nبدورها، انتقدت النقابة القرار، وأكدت أنه جائر.",
    { statements: [
      { cue: "قال", speaker: "رامي سعد" },
      { cue: "قالت", source: null, speaker: "الهيئة الوطنية" },
      { cue: "أكدت", source: null, speaker: "النقابة" },
    ] }],
  ["…also after من جهته with no comma (the adverb with the subject's pronoun)",
    "وقال المدير رامي سعد إن الموسم انتهى. من جهته نشر الوزير سامي حداد، وزير الرياضة، تغريدة قال فيها إن الموسم نجح.",
    { statements: [
      { cue: "قال", speaker: "رامي سعد" },
      { cue: "قال", source: null, speaker: "سامي حداد" },
    ] }],
  ["…also a state standing for its government",
    "وقال المدير رامي سعد إن الموسم انتهى. وأغلقت فرنسا حدودها، وقالت إن الخطوة مؤقتة.",
    { statements: [
      { cue: "قال", speaker: "رامي سعد" },
      { cue: "قالت", source: null, speaker: "فرنسا" },
    ] }],
  ["…but not a place inside an opening phrase with no comma, nor a place that begins a name",
    "وقال الوزير سعيد حداد إن الميزانية أقرت. وفي فرنسا تبدأ الدراسة غداً وأضاف أن الرواتب سترتفع. ونشر رياض منصور صورة وأضاف أنه سعيد.",
    { statements: [
      { cue: "قال", speaker: "سعيد حداد" },
      { cue: "أضاف", source: null, speaker: "سعيد حداد" },
      { cue: "أضاف", source: null, speaker: "سعيد حداد" },
    ] }],
  ["an institution after a verb that reports nothing, the sentence before (after كما): the dropped subject agreeing with it",
    "وقال الوزير سامي الحداد إن الوضع مستقر.\n\nكما حددت اللجنة موعداً للتصويت. وذكرت أن المرشحين سيسجلون الأسبوع المقبل.",
    { statements: [
      { cue: "قال", speaker: "سامي الحداد" },
      { cue: "ذكرت", source: null, speaker: "اللجنة", starts: "المرشحين" },
    ] }],
  ["…not when the verb does not agree with it (a masculine verb, a feminine body)",
    "وقال الوزير سامي الحداد إن الوضع مستقر.\n\nوحددت اللجنة موعداً للتصويت. وذكر أن المرشحين سيسجلون الأسبوع المقبل.",
    { statements: [
      { cue: "قال", speaker: "سامي الحداد" },
      { cue: "ذكر", source: null, speaker: "سامي الحداد" },
    ] }],
  ["…nor after a preposition with و (وحول التقارير …)",
    "وقال الوزير سامي الحداد إن الوضع مستقر.\n\nوحول التقارير عن الانسحاب، رأى الوزير أن الجيش باق. وقال إن المفاوضات مستمرة.",
    { statements: [
      { cue: "قال", speaker: "سامي الحداد" },
      { cue: "رأى", source: "الوزير" },
      { cue: "قال", source: null, speaker: "سامي الحداد" },
    ] }],
  ["an institution with its quoted name after the verb, in the cue's own sentence",
    "وقال مصدر أمني إن الوضع هادئ.\n\nكما أصدرت رابطة \"نسور الوادي\" بياناً أكدت فيه أن الحضور كان للتشجيع فقط.",
    { statements: [
      { cue: "قال", source: "مصدر أمني" },
      { cue: "أكدت", source: null, speaker: "رابطة \"نسور الوادي\"" },
    ] }],
  ["a one-word name with no title after a verb that reports nothing: the person spoken of already by that name",
    "وقال الرئيس الفرنسي سامي دوران إن بلاده مستعدة.\n\nوقال مسؤول ألماني إن القمة ستعقد في برلين.\n\nورفض دوران الاقتراح، لكنه أكد أن الحوار سيستمر.",
    { statements: [
      { cue: "قال", speaker: "سامي دوران" },
      { cue: "قال", source: "مسؤول ألماني" },
      { cue: "أكد", source: null, speaker: "سامي دوران" },
    ] }],
  ["…but not a word naming nobody spoken of (وتم اختيار …)",
    "وقال الوزير سامي الحداد إن الوضع مستقر.\n\nوتم اختيار المرشحين أمس. وأكد أن العدد كاف.",
    { statements: [
      { cue: "قال", speaker: "سامي الحداد" },
      { cue: "أكد", source: null, speaker: "سامي الحداد" },
    ] }],
  ["an honorific with its pronoun (سموه، معاليه) refers back as a dropped subject does",
    "وقال وزير النقل الأمير سعد بن فهد إن الطريق سيفتح.\n\nوأوضح سموه أن العمل تأخر بسبب المطر.\n\nوقالت المهندسة ريم حداد إن الجسر آمن. وأكدت سعادتها أن الفحص اكتمل.",
    { statements: [
      { cue: "قال", speaker: "سعد بن فهد" },
      { cue: "أوضح", source: "سموه", speaker: "سعد بن فهد" },
      { cue: "قالت", speaker: "ريم حداد" },
      { cue: "أكدت", source: "سعادتها", speaker: "ريم حداد" },
    ], speakers: [{ name: "سعد بن فهد" }, { name: "ريم حداد" }] }],
  ["an institution in an earlier sentence is not taken: the speaker before",
    "وأصدرت المحكمة العليا حكمها أمس. وقال المحامي هاني سعد إن الحكم قاس. وأضاف أنه سيستأنف.",
    { statements: [
      { cue: "قال", speaker: "هاني سعد" },
      { cue: "أضاف", source: null, speaker: "هاني سعد" },
    ] }],
  ["a sentence only attributed at its end (حسب …) still names its subject: the continuation's",
    "ووصل منصور إلى المدينة مساء الأحد.\n\nورفض الوزير كريم منصور كشف تفاصيل الاتفاق، حسب مصادر مطلعة.\n\nلكنه أكد أن التوقيع سيتم قريبا.",
    { statements: [
      { cue: "حسب", speaker: "مصادر مطلعة" },
      { cue: "أكد", source: null, speaker: "كريم منصور" },
    ] }],
  ["an outlet with its quoted name opening a sentence whose verb reports nothing is the topic of a dropped subject after it",
    "وقالت صحيفة \"النهار\" إن المعارك توقفت.\nصحيفة \"الفجر\" سلطت الضوء على الغارات في الجنوب.\nوتشرح بأن \"الحرب هي أهم شعار في الحملة الانتخابية\".",
    { statements: [
      { cue: "قالت", speaker: "صحيفة \"النهار\"" },
      { cue: "تشرح", source: null, speaker: "صحيفة \"الفجر\"" },
    ] }],
  ["…and a paragraph broken mid-sentence: after لـ + the article (للحديث) no subject, the outlet before it speaks",
    "وقالت صحيفة \"النهار\" إن المعارك توقفت.\nصحيفة \"الغد\" وفي ظل الحديث عن اتهام الحكومة بطمس الأدلة،\nعادت للحديث عن الضربات قائلة إن الضربات قد تؤخر الإنتاج.",
    { statements: [
      { cue: "قالت", speaker: "صحيفة \"النهار\"" },
      { cue: "قائلة", source: null, speaker: "صحيفة \"الغد\"" },
    ] }],
  ["a bare definite head (وتقول الصحيفة) is the outlet named as the sentence before's subject, not an earlier one of its kind",
    "وقالت صحيفة \"النهار\" إن المعارك توقفت.\nصحيفة \"المساء\" ركزت اهتمامها على دخول القوات إلى البلدة.\nوتقول الصحيفة إن \"المخاوف تتزايد حول مصير المدنيين\".",
    { statements: [
      { cue: "قالت", speaker: "صحيفة \"النهار\"" },
      { cue: "تقول", source: "الصحيفة", speaker: "صحيفة \"المساء\"" },
    ] }],
  ["a name inside someone's words is no subject of the article's",
    "وقال السفير: \"التقيت أمس. وزار الوزير كريم منصور المدينة معنا\". وأضاف أن الزيارة نجحت.",
    { statements: [
      { cue: "قال", speaker: "السفير" },
      { cue: "أضاف", source: null, speaker: "السفير" },
    ] }],
];

describe("Arabic dropped subject", () => {
  describe("continuations", () => table(continuations));
  describe("order", () => table(order));
  describe("named in passing", () => table(namedInPassing));
});
