// The name the Speakers view shows for an Arabic speaker (src/core/speakers/: ar-bodies.ts,
// resolver.ts, describe-ar.ts): the fullest name the text gives, never a bare head noun, a verb's
// object or a phrase that runs on.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

// Two unnamed bodies that share only a nationality adjective are two speakers.
const onlyNationalityShared: Row[] = [
  ["الـX المصري … الـY الأمريكي: two sources",
    "وقال المرصد الوطني المصري إن الأسعار ارتفعت.\nوذكر الوفد الأمريكي الزائر أن المحادثات مثمرة.",
    { statements: [{ speaker: "المرصد الوطني المصري" }, { speaker: "الوفد الأمريكي الزائر" }] }],
];

// A body named in passing (no statement of its own), then quoted by its head noun alone.
const bodiesNamedInPassing: Row[] = [
  ["company named before, then الشركة",
    "كشفت شركة نوفا للأجهزة عن هاتفها الجديد في معرض دبي. وقالت الشركة إن سعره سيكون أقل من سابقه.",
    { speakers: [{ name: "شركة نوفا للأجهزة", kind: "organization", mentions: ["الشركة"] }] }],
  ["a definite head named by its adjective and what it governs (الهيئة العامة للطيران المدني), then الهيئة",
    "افتتحت الهيئة العامة للطيران المدني مطارا جديدا في الشمال. وذكرت الهيئة أن الرحلات تبدأ الشهر المقبل.",
    { statements: [{ speaker: "الهيئة العامة للطيران المدني" }] }],
  ["…with a country's adjective and a second governed word; then a dropped subject",
    "كما حددت الشركة الوطنية للنقل والتخزين مواعيد جديدة للشحن.\nوذكرت أن المواعيد تطبق من الأحد.",
    { statements: [{ speaker: "الشركة الوطنية للنقل والتخزين" }] }],
  ["…but not a plural after the head, which is the verb's object (دعت الجامعة المتقدمين للوظائف)",
    "دعت الجامعة المتقدمين للوظائف إلى مراجعة مكتب القبول. وأوضحت الجامعة أن المقابلات تبدأ الأحد.",
    { statements: [{ speaker: "الجامعة" }] }],
  ["…nor a definite head with an adjective alone: الشركة الأمريكية describes the firm named before",
    "أطلقت شركة نوفا للأجهزة هاتفا جديدا. وطرحت الشركة الأمريكية الهاتف في الأسواق. وقالت الشركة إن سعره منخفض.",
    { statements: [{ speaker: "شركة نوفا للأجهزة" }] }],
  ["newspaper named in a relative clause, then بحسب الصحيفة",
    "وتستند الاتهامات إلى وثائق نشرتها صحيفة الصباح الجديد في مارس الماضي.\nوبحسب الصحيفة فإن الوثائق تعود إلى عام 2015.",
    { statements: [{ speaker: "صحيفة الصباح الجديد" }] }],
  ["quoted name after the head",
    "أطلقت وكالة \"نجمة\" للسفر خدمة جديدة للحجز. وأوضحت الوكالة أن الخدمة متاحة على مدار الساعة.",
    { statements: [{ speaker: "وكالة \"نجمة\"" }] }],
  ["ministry named before a time word",
    "وقعت وزارة الصحة الاثنين اتفاقا مع المستشفيات الخاصة. وأضافت الوزارة أن الاتفاق يشمل العلاج المجاني.",
    { statements: [{ speaker: "وزارة الصحة" }] }],
  ["the description after an affiliation adjective is not the name",
    "استحوذت شركة الريم التابعة لمجموعة الخليج على مصنع جديد. وقالت الشركة إن الصفقة ستكتمل قريبا.",
    { statements: [{ speaker: "شركة الريم" }] }],
  ["an indefinite adjective is no name: the bare head stays",
    "تعاقدت البلدية مع شركة كبيرة لتنظيف الشوارع. وقالت الشركة إن العمل يبدأ غدا.",
    { statements: [{ speaker: "الشركة" }] }],
  ["لـ right after the head says what the body is for",
    "شكلت الحكومة لجنة للتحقيق في الحادث. وقالت اللجنة إن تقريرها سيصدر خلال شهر.",
    { statements: [{ speaker: "اللجنة" }] }],
  ["a council named in passing as another noun's genitive (رئيس المجلس الأعلى للإعلام), then المجلس",
    "أحيل رئيس المجلس الأعلى للإعلام إلى التحقيق. وقال المجلس إنه يحترم القرار.",
    { statements: [{ speaker: "المجلس الأعلى للإعلام" }] }],
  ["…an association too (جمعية الأطفال المعوقين … وبينت الجمعية)",
    "افتتحت جمعية الأطفال المعوقين مركزا جديدا. وبينت الجمعية أن التقديم يبدأ الأحد.",
    { statements: [{ speaker: "جمعية الأطفال المعوقين" }] }],
  ["…so is البيان الصادر, the participle of its issuing and no عن after it, after بيان لـ + the body",
    "وطلبت الحكومة من السفير المغادرة، حسب بيان لوزارة الخارجية. واستدعت الحكومة سفيرها للتشاور، وفق البيان الصادر مساء الأحد.",
    { statements: [{ speaker: "وزارة الخارجية" }, { speaker: "وزارة الخارجية" }] }],
  ["a statement noun names no body of its kind: البيان is the issuer's (أصدر الحزب بيانا), as the annotation counts a document's words",
    "أصدر الحزب بيانا نشره على موقعه. وقال البيان إن الحزب سيقاطع الجلسة.",
    { statements: [{ speaker: "الحزب" }] }],
  ["an earlier speaker of the same kind is still the one referred to",
    "وقالت شركة الندى إن أرباحها ارتفعت. وتنافس شركة الفجر في السوق نفسها. وأضافت الشركة أنها ستوزع أرباحا.",
    { statements: [{ speaker: "شركة الندى" }, { speaker: "شركة الندى" }] }],
];

// A known person's surname, then the verb's object: the name ends at the surname.
const surnameThenObject: Row[] = [
  ["surname + a definite object (وصف … بأن)",
    "وقال وزير الخارجية النمساوي كارل هوبر إن الحوار ضروري.\nووصف هوبر المعارضة بأنها شريك لا غنى عنه.",
    { speakers: [{ name: "كارل هوبر", kind: "person" }], statements: [{ speaker: "كارل هوبر" }, { speaker: "كارل هوبر" }] }],
  ["surname + بـ and its noun (أشاد … بـ)",
    "أكد قائد الشرطة العميد ماجد سالم أن الأمن مستتب في المدينة.\nوأشاد سالم بمواقف الأهالي والمتطوعين، مؤكدا أن الأحياء كلها آمنة.",
    { speakers: [{ name: "ماجد سالم", kind: "person" }] }],
  ["a name suffix after the surname is another person (الابن)",
    "وقال الرئيس دونالد ترامب إن التحقيق مضيعة للوقت.\nوقال ترامب الابن إن اللقاء لم يسفر عن شيء.",
    { speakers: [{ name: "دونالد ترامب" }, { name: "ترامب الابن" }] }],
  ["a family name with the article after a first name stays a full name",
    "وقال الوزير خالد حسن إن الميزانية جاهزة.\nوقال حسن العبيدي، رئيس اللجنة، إن النقاش سيستمر.",
    { speakers: [{ name: "خالد حسن" }, { name: "حسن العبيدي" }] }],
  ["…also a person named in full with a title in passing, who said nothing before",
    "افتتح رئيس الوزراء البلجيكي يان ديكرس المعرض أمس.\nوتفقد ديكرس الجناح الهولندي، مؤكدا أن التعاون الثقافي سيتسع.",
    { speakers: [{ name: "يان ديكرس", kind: "person" }], statements: [{ speaker: "يان ديكرس" }] }],
  ["…but not a given name after a title (الوزير سامي الحداد … المهندس حداد العلي)",
    "زار الوزير سامي حداد المصنع أمس.\nوأوضح المهندس حداد العلي أن الإنتاج سيتضاعف.",
    { statements: [{ speaker: "حداد العلي" }] }],
  ["…nor a father's name (بن) taken for a surname",
    "استقبل الأمير فهد بن سالم الوفد أمس.\nوقال سالم الراشد إن الزيارة ناجحة.",
    { statements: [{ speaker: "سالم الراشد" }] }],
  ["a known surname before a title and another person's name: the surname is the subject, the rest the object",
    "وقال المتحدث باسم الرئاسة كمال يلدز إن الحكم نهائي.\nوانتقد يلدز رئيس الوزراء اليوناني نيكوس بابادوس قائلا: \"لا أحد فوق القانون\".",
    { statements: [{ speaker: "كمال يلدز" }, { speaker: "كمال يلدز" }] }],
  ["…also when the surname's bearer was named in passing",
    "التقى المتحدث باسم الرئاسة كمال يلدز الصحفيين أمس.\nوانتقد يلدز رئيس الوزراء اليوناني نيكوس بابادوس قائلا: \"لا أحد فوق القانون\".",
    { statements: [{ speaker: "كمال يلدز" }] }],
];

// A bare role refers back to the person named with it (each title noun its own lemma in ar-sources.tsv).
const roleToPerson: Row[] = [
  ["name، محامي … → المحامي",
    "وقال سامر نجيب، محامي الوزير السابق، للصحفيين إن موكله بريء.\nوقال المحامي إن الشرطة لم تقدم أي دليل.",
    { speakers: [{ name: "سامر نجيب", kind: "person" }], statements: [{ speaker: "سامر نجيب" }, { speaker: "سامر نجيب" }] }],
  ["a doctor named first is not the researcher quoted later",
    "وقالت الطبيبة، سلمى داود، إن المستشفى ممتلئ.\nوقال الباحث إن العدوى تنتشر ببطء.",
    { speakers: [{ name: "سلمى داود" }, { name: "الباحث" }] }],
  // Named in passing with the title (speakers/ar-role.ts), then quoted by the title alone.
  ["a title before the name in passing → the title alone later is that person",
    "ودار نقاش حاد بين وزير الخارجية التركي سامي أوغلو والأمين العام للجامعة رامي يوسف.\nواستنفر الوزير التركي مدافعاً عن العملية. وقال: \"نحن ندافع عن أنفسنا\".",
    { statements: [{ cue: "قال", speaker: "سامي أوغلو", speakerKind: "person" }] }],
  ["a name with the title in apposition in passing → the title with the nationality later",
    "حذر الألماني يورغن فالك، مدرب النادي الإنجليزي، اللاعب سامي سالم بعد المباراة.\nوقال المدرب الألماني: \"اللاعب يمكنه أن يكون أفضل\".",
    { statements: [{ speaker: "يورغن فالك" }] }],
  ["…not when the title is given to two people",
    "والتقى وزير الخارجية سامي أوغلو بوزير الخارجية رامي يوسف أمس.\nوقال الوزير إن اللقاء مثمر.",
    { statements: [{ speaker: "الوزير" }] }],
  ["…not the nationality of another person named after the name",
    "واجتمع الرئيس سامي حداد والزعيم الكوري الشمالي كيم سونغ أمس.\nوقال الرئيس الكوري الشمالي إن اللقاء مثمر.",
    { statements: [{ speaker: "الرئيس الكوري الشمالي" }] }],
  ["two presidents, one named as the other's counterpart (نظيره): each title with its nationality is its own holder",
    "التقى الرئيس الفرنسي جان مارتان نظيره البرازيلي كارلوس دياز في باريس أمس.\nوأضاف الرئيس البرازيلي أن بلاده مستعدة للتعاون.\nوقال الرئيس الفرنسي إن المحادثات مثمرة.",
    { statements: [{ cue: "أضاف", speaker: "كارلوس دياز" }, { cue: "قال", speaker: "جان مارتان" }] }],
  ["a definite unnamed official with a nationality right after a named person described by it → that person",
    "وقال مساعد وزير الخارجية الأمريكي جون بيل إن واشنطن قلقة.\nوأضاف المسؤول الأمريكي أن العقوبات ستستمر.",
    { statements: [{ cue: "قال", speaker: "جون بيل" }, { cue: "أضاف", speaker: "جون بيل", speakerKind: "person" }] }],
  ["…not when the person before is not described by that nationality",
    "وقال وزير الخارجية الفرنسي جان مارتان إن باريس قلقة.\nوأضاف المسؤول الأمريكي أن العقوبات ستستمر.",
    { statements: [{ cue: "قال", speaker: "جان مارتان" }, { cue: "أضاف", speakerKind: "anonymous" }] }],
  ["…nor for officials in the plural",
    "وقال الرئيس الفرنسي جان مارتان إن باريس مستعدة.\nويؤكد المسؤولون الفرنسيون أن الخطة لن تتغير.",
    { statements: [{ cue: "قال", speaker: "جان مارتان" }, { cue: "يؤكد", speakerKind: "anonymous" }] }],
  // A headline's title without a name, the lead then naming the person with it.
  ["a headline's title alone → the person the lead names with that title",
    "مدير الوكالة الفضائية يتحدث عن \"خطة جديدة\" للقمر\n\nقال سامي حداد، مدير الوكالة الفضائية الوطنية، الخميس إن الرحلة ستنطلق العام المقبل.",
    { statements: [{ cue: "يتحدث", speaker: "سامي حداد" }, { cue: "قال", speaker: "سامي حداد" }], speakers: [{ name: "سامي حداد", kind: "person" }] }],
  ["…not a title in the body's text, before the person is named",
    "وصل الوفد أمس.\n\nوقال مدير الوكالة إن الرحلة ستنطلق. وأكد سامي حداد، مدير الوكالة الوطنية، أن الموعد ثابت.",
    { statements: [{ speaker: "مدير الوكالة" }, { speaker: "سامي حداد" }] }],
  ["…not a title that is another title's genitive (رئيس الوزراء names no minister)",
    "وقال رئيس الوزراء فادي النمر إن الحكومة باقية.\n\nوقالت الوزيرة إن الخطة جاهزة.",
    { statements: [{ speaker: "فادي النمر" }, { speaker: "الوزيرة" }] }],
  ["…not a man who spoke with the title, for a feminine verb", "وقال الوزير فادي النمر إن الخطة جاهزة.\n\nوقالت الوزيرة إن الميزانية لن تتغير.",
    { statements: [{ speaker: "فادي النمر" }, { speaker: "الوزيرة" }] }],
];

// An institution quoted again in fewer words, or through the statement it issued.
const bodyAgain: Row[] = [
  ["the same body in fewer words (الموقع الرسمي للجيش … → موقع الجيش …)",
    "وبحسب الموقع الرسمي للجيش الوطني، فإن القوات تقدمت نحو المطار.\nوأكد موقع الجيش الوطني أن المعارك مستمرة.",
    { speakers: [{ name: "الموقع الرسمي للجيش الوطني", kind: "organization" }] }],
  ["another country's ministry is another body",
    "وقالت وزارة الخارجية الروسية إن المحادثات بناءة.\nوقالت وزارة الخارجية الأمريكية إن الخلافات قائمة.",
    { speakers: [{ name: "وزارة الخارجية الروسية" }, { name: "وزارة الخارجية الأمريكية" }] }],
  ["…and البيان again after it", "وقالت الوزارة في بيان إن المدارس ستفتح. وأكد البيان أن الدوام جزئي.\n\nوتم التأكد من سلامة المباني.\n\nوقال البيان إن الحافلات جاهزة.",
    { statements: [{ speaker: "الوزارة" }, { speaker: "الوزارة" }, { speaker: "الوزارة" }] }],
  ["في بيان … وأضاف البيان: the body that issued it",
    "وقالت وزارة التعليم في بيان إن المدارس ستفتح الأحد. وأضاف البيان أن الدوام سيكون جزئيا.",
    { speakers: [{ name: "وزارة التعليم", kind: "organization" }], statements: [{ speaker: "وزارة التعليم" }, { speaker: "وزارة التعليم" }] }],
  ["…a group of office holders in a joint statement too",
    "وأعلن وزراء خارجية الأردن ومصر والعراق في بيان مشترك أن اللجنة ستجتمع شهريا. وقال البيان إن الاجتماع الأول في عمان.",
    { statements: [{ speaker: "وزراء خارجية الأردن ومصر والعراق" }, { speaker: "وزراء خارجية الأردن ومصر والعراق" }] }],
  ["…a person's too: وأضاف البيان after وقال فلان في بيان",
    "وقال سامي حداد في بيان إن المدارس ستفتح. وأضاف البيان أن الدوام جزئي.",
    { statements: [{ speaker: "سامي حداد" }, { speaker: "سامي حداد" }] }],
  ["…and after في بيانها, another speaker between: the one named with the statement",
    "وأكدت النائبة ريم الخطيب في بيانها أن المشروع سيمر. ورد النائب عادل منصور بأن المشروع لن يمر. وأوضح البيان أن التصويت الأسبوع المقبل.",
    { statements: [{ speaker: "ريم الخطيب" }, { speaker: "عادل منصور" }, { speaker: "ريم الخطيب" }] }],
  ["…and the body named right after في بيان (وفي بيان منفصل، قالت …)",
    "وفي بيان منفصل، قالت وزارة الزراعة إن المحصول تضاعف. وأضاف سامر الحلبي أن الأسعار ستنخفض. وذكر البيان أن التصدير سيبدأ قريبا.",
    { statements: [{ speaker: "وزارة الزراعة" }, { speaker: "سامر الحلبي" }, { speaker: "وزارة الزراعة" }] }],
  ["…but not a person the document's sentence speaks of: an office's words about them",
    "وقال الوزير سامي حداد في بيان إن المدارس ستفتح. وجاء في البيان أن الوزير يشكر المعلمين.",
    { statements: [{ speaker: "سامي حداد" }, { speaker: "البيان" }] }],
  ["أصدرت X بياناً … وقال البيان: the body that issued it, named as the issuing verb's subject",
    "أصدرت وزارة الصحة مساء أمس بيانا حول اللقاحات.\nوقال البيان إن اللقاحات آمنة.",
    { statements: [{ speaker: "وزارة الصحة" }] }],
  ["…the same for a report (نشرت X تقريراً … وأوضح التقرير)",
    "ونشرت الهيئة العامة للإحصاء تقريرا عن البطالة. وأوضح التقرير أن النسبة تراجعت.",
    { statements: [{ speaker: "الهيئة العامة للإحصاء" }] }],
  ["…but not another document (أصدرت X قراراً … وقال البيان)",
    "أصدرت وزارة الصحة قرارا بإغلاق العيادة.\nوقال البيان إن العيادة خالفت الشروط.",
    { statements: [{ speaker: "البيان" }] }],
  ["no statement issued in between: البيان stays itself",
    "وقالت وزارة التعليم إن المدارس ستفتح الأحد.\nوأضاف البيان أن الدوام سيكون جزئيا.",
    { statements: [{ speaker: "وزارة التعليم" }, { speaker: "البيان" }] }],
  ["an office speaks for its party and is shown by the party's name",
    "وقال المكتب الإعلامي لحزب (النهضة) ردا على سؤال إن الاتهامات باطلة.",
    { statements: [{ source: "المكتب الإعلامي لحزب (النهضة)", speaker: "حزب (النهضة)" }] }],
  ["…and is the party named before, its name set off by other marks (quotation marks, then brackets)",
    "ونفى حزب \"الوفاق\" تلك الاتهامات. وقال المكتب الإعلامي لحزب (الوفاق) إن التقرير ملفق.",
    { statements: [{ speaker: "حزب \"الوفاق\"" }, { source: "المكتب الإعلامي لحزب (الوفاق)", speaker: "حزب \"الوفاق\"" }],
      speakers: [{ name: "حزب \"الوفاق\"", kind: "organization" }] }],
  ["a statement with لـ is shown by the body that issued it", "وأغلقت المدارس أبوابها، بحسب بيان لوزارة التربية.",
    { statements: [{ source: "بيان لوزارة التربية", speaker: "وزارة التربية" }] }],
  ["…also with an adjective between (بيان مقتضب لـ…)", "وقال بيان مقتضب لوزارة الزراعة إن المحصول تضاعف.",
    { statements: [{ source: "بيان مقتضب لوزارة الزراعة", speaker: "وزارة الزراعة" }] }],
  ["…also set off by commas (بيان صحفي، لوزارة …، إن)", "وقال بيان صحفي، لوزارة الداخلية الأردنية، إن المهربين اعتقلوا.",
    { statements: [{ source: "بيان صحفي، لوزارة الداخلية الأردنية", speaker: "وزارة الداخلية الأردنية" }] }],
  ["…a body the lexicon does not know too, when set off by commas", "وقال بيان قصير، لسرايا النسر في الحرس الوطني، إن الهجوم صد.\nوأضاف أن الخسائر محدودة.",
    { statements: [{ source: "بيان قصير، لسرايا النسر في الحرس الوطني", speaker: "سرايا النسر في الحرس الوطني" }, { speaker: "سرايا النسر في الحرس الوطني" }] }],
  ["a movement named without a head noun, بوكو حرام, is a body, not a person",
    "وبثت بوكو حرام تسجيلا جديدا قالت فيه إنها ستواصل القتال.",
    { statements: [{ speaker: "بوكو حرام", speakerKind: "organization" }] }],
  ["…and after an ordinal written as الـ and a number (التقرير الـ 12 لهيئة …), up to the participle of its issuing",
    "وأوضح التقرير الـ 12 لهيئة الإحصاء الوطنية الصادر أمس، أن البطالة تراجعت.",
    { statements: [{ source: "التقرير الـ 12 لهيئة الإحصاء الوطنية الصادر", speaker: "هيئة الإحصاء الوطنية" }] }],
  ["a definite statement with its issuer in a relative clause after it (التقرير، الذي أعدته …) is the issuer's, not an earlier one's",
    "وذكر تقرير اقتصادي أن البطالة تراجعت.\nوقال التقرير، الذي أعدته «شركة الأفق للأبحاث»، إن الأجور ارتفعت.\nوتوقع التقرير أن يستمر النمو.",
    { statements: [{ speaker: "تقرير اقتصادي" }, { speaker: "شركة الأفق للأبحاث" }, { speaker: "شركة الأفق للأبحاث" }] }],
  ["…a person too (التقرير الذي أعدته القاضية فلانة)",
    "وقال التقرير الذي أعدته القاضية سلوى منصور إن الأدلة كافية.",
    { statements: [{ source: "التقرير", speaker: "سلوى منصور", speakerKind: "person" }] }],
  ["a statement by a team or a club under لـ is the team's (بيان لفريق …، بيان لنادي …)",
    "وقال بيان لفريق الإنقاذ الوطني إن فرقه وصلت إلى القرى المنكوبة.",
    { statements: [{ source: "بيان لفريق الإنقاذ الوطني", speaker: "فريق الإنقاذ الوطني", speakerKind: "organization" }] }],
  ["brigades speak as a body (كتائب)", "وقالت كتائب الفرسان إنها انسحبت من التلال.",
    { statements: [{ speaker: "كتائب الفرسان", speakerKind: "organization" }] }],
  ["a statement named after its body is shown by that body", "وأكد بيان الجيش أن القوات انسحبت من البلدة.",
    { statements: [{ source: "بيان الجيش", speaker: "الجيش" }] }],
  ["…also a body the lexicon does not know, one definite word in construct", "وجاء في بيان الكابيتول أن الجلسة أرجئت.",
    { statements: [{ source: "بيان الكابيتول", speaker: "الكابيتول", speakerKind: "organization" }] }],
  ["…not the participle after a definite statement (البيان الصادر): the statement keeps its name", "وقال البيان الصادر إن الجلسة أرجئت.",
    { statements: [{ speaker: "البيان الصادر" }] }],
  ["an office named after a body keeps its own name", "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن المساعدات وصلت.",
    { statements: [{ speaker: "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية" }] }],
  ["a ministry called by its field is the ministry named in full before",
    "وقالت وزارة الداخلية الأردنية إن المسلح اعتقل.\nووصفته الداخلية بأنه مطلوب منذ عامين.",
    { statements: [{ speaker: "وزارة الداخلية الأردنية" }, { speaker: "وزارة الداخلية الأردنية" }] }],
  ["…also after a statement with لـ", "وذكر بيان لوزارة الخارجية المغربية أن السفير استدعي.\nوأضافت الخارجية المغربية أن القرار نهائي.",
    { statements: [{ speaker: "وزارة الخارجية المغربية" }, { speaker: "وزارة الخارجية المغربية" }] }],
  ["an office of a person keeps its own name",
    "وقال مكتب الرئيس إن الزيارة تأجلت إلى موعد لاحق.",
    { statements: [{ speaker: "مكتب الرئيس" }] }],
  ["a study is shown by the journal that published it, a time word between",
    "وارتفعت الأسعار بنسبة كبيرة، وفقا لدراسة نشرتها مؤخرا مجلة \"العلوم\" الأسبوعية.",
    { statements: [{ source: "دراسة نشرتها مؤخرا مجلة \"العلوم\" الأسبوعية", speaker: "مجلة \"العلوم\" الأسبوعية" }] }],
];

// A reporter is told by the outlet after the title: reporters of two outlets are two speakers,
// and the outlet's name (quoted, or opening with فرانس، بي، سكاي) is no person's name.
const reporters: Row[] = [
  ["مراسل X … مراسل Y: two reporters", "وأفاد مراسل قناة الشروق بأن القصف توقف. وقال مراسل وكالة الأنباء الألمانية إن الطريق أغلق.",
    { statements: [{ speaker: "مراسل قناة الشروق", speakerKind: "person" }, { speaker: "مراسل وكالة الأنباء الألمانية", speakerKind: "person" }] }],
  ["مراسلة فرانس برس: the outlet's second word is no name", "وقالت مراسلة فرانس برس إن الشرطة أغلقت الطريق.",
    { statements: [{ speaker: "مراسلة فرانس برس", speakerKind: "person" }] }],
  ["مراسل \"…\": a quoted outlet, the role is a person's", "وأفاد مراسل \"الأفق نيوز\" بأن الجيش تقدم.",
    { statements: [{ speaker: "مراسل \"الأفق نيوز\"", speakerKind: "person" }] }],
  ["مراسل بي بي سي، NAME: the name after the comma", "وقال مراسل بي بي سي، سامي العطار، إن المدارس أغلقت.",
    { statements: [{ speaker: "سامي العطار" }] }],
];

// A person named in passing with a title (speakers/ar-full-name.ts), then quoted by one name word.
const fullNameInPassing: Row[] = [
  ["الرئيس فؤاد … وقال معصوم: the full name", "والتقى الرئيس فؤاد معصوم بالسفير الأميركي أمس. وقال معصوم إن العلاقات متينة.",
    { statements: [{ source: "معصوم", speaker: "فؤاد معصوم" }] }],
  ["a nationality before the name is a title too", "وأشاد المدرب الإيطالي ماركو فيراري باللاعبين. وقال فيراري إن الفريق جاهز للمباراة.",
    { statements: [{ speaker: "ماركو فيراري" }] }],
  ["a given name that opens with ب", "واستقبل الرئيس باسل حداد الوفد. وقال حداد إن الزيارة ناجحة.",
    { statements: [{ speaker: "باسل حداد" }] }],
  ["a family name with the article and a final ي is the person's, not a body", "واستقبل الوزير سامي العمري الوفد. وقال العمري إن الزيارة ناجحة.",
    { statements: [{ speaker: "سامي العمري", speakerKind: "person" }] }],
  ["a family name the lexicon does not know is the person's, not a body", "وافتتح الدكتور سامي الجماز المعرض. وقال الجماز إن الإقبال كبير.",
    { statements: [{ speaker: "سامي الجماز", speakerKind: "person" }] }],
  ["a title whose institution stands between it and the name (was a body «العويدان»)", "وكان في الاستقبال مدير مطار الواحة عبدالكريم العويدان. وأضاف العويدان أن المطار جاهز.",
    { statements: [{ speaker: "عبدالكريم العويدان", speakerKind: "person" }] }],
  ["a family name of two words ending in الله is the person's, not a body (was an organization «الفتح الله»)",
    "ونجا رئيس الوزراء سامي الفتح الله من الهجوم. وقال الفتح الله في كلمته إن الهجوم لن يوقفه.",
    { statements: [{ speaker: "سامي الفتح الله", speakerKind: "person" }] }],
  ["…but a nisba adjective is no title heading a genitive", "وتأمل الحكومة أن تنهي القمة التاريخية المرتقبة بينه وبين حداد الخلاف. وقال حداد إن القمة مهمة.",
    { statements: [{ speaker: "حداد" }] }],
  ["باسم after a title joins it to its body: no given name", "وقال المتحدث باسم الحراك إن الاعتصام مستمر. وقالت الحراك في بيان إن المسيرة سلمية.",
    { statements: [{ speakerKind: "person" }, { speaker: "الحراك", speakerKind: "organization" }] }],
  ["two people named with the word: the word alone", "وحضر الحفل الوزير سامي العلي والسيدة ريم العلي. وقال العلي إن الحفل ناجح.",
    { statements: [{ speaker: "العلي" }] }],
  ["a verb before the word names nobody", "وزار معصوم المعرض أمس. وقال معصوم إن المعرض ناجح.",
    { statements: [{ speaker: "معصوم" }] }],
  ["an institution's head (مستشفى, its ى read as ي) after a verb is no family name: the institution", "وقالت الوزيرة إنها تتوقع مغادرة المستشفى قريبا. وقال المستشفى إن حالتها تتحسن.",
    { statements: [{ speaker: "الوزيرة" }, { source: "المستشفى", speaker: "المستشفى", speakerKind: "organization" }] }],
  ["a relative pronoun is no nationality", "وفي المرات التي دخل معصوم المدينة كان يلقى ترحيباً. وقال معصوم إن المدينة جميلة.",
    { statements: [{ speaker: "معصوم" }] }],
  ["an honorific and the family name: the person named so in passing", "وافتتح مدير المؤسسة المهندس سامي بن خالد الوادعي المصنع أمس. وقال المهندس الوادعي إن الإنتاج يبدأ غداً.",
    { statements: [{ source: "المهندس الوادعي", speaker: "سامي بن خالد الوادعي", speakerKind: "person" }] }],
  ["a rank and the family name: the speaker named so before", "وقال قائد المنطقة اللواء ناصر الحمادي إن الطريق آمن. وأكد اللواء الحمادي أن الدوريات مستمرة.",
    { statements: [{ speaker: "ناصر الحمادي" }, { source: "اللواء الحمادي", speaker: "ناصر الحمادي" }], speakers: [{ name: "ناصر الحمادي", mentions: ["قائد المنطقة اللواء ناصر الحمادي", "اللواء الحمادي"] }] }],
  ["a family name of four letters in يون is no plural nisba (قانونيون): the person", "وقال المبعوث الدولي سامي تيون إن الحوار مستمر. وأكد تيون أن الأطراف تريد السلام.",
    { statements: [{ speaker: "سامي تيون" }, { source: "تيون", speaker: "سامي تيون", speakerKind: "person" }] }],
  ["…not a family name nobody before has", "وقال وزير الخارجية سامي الحربي إن الوفد وصل. وقال الوزير الزهراني إن الزيارة ناجحة.",
    { statements: [{ speaker: "سامي الحربي" }, { speaker: "الوزير الزهراني" }] }],
];

// A medium that carries its author's words (ar-words spokenMedia), the author named after it.
const mediumAuthors: Row[] = [
  ["بحسب تصريحات + a title and name: the person", "وبحسب تصريحات الوزير سامي حداد، فإن الطريق سيفتح غداً.",
    { statements: [{ speaker: "سامي حداد", speakerKind: "person" }] }],
  ["وفقاً لتغريدة + a title and name", "ووفقاً لتغريدة الرئيس أردوغان، فإن الاتفاق قريب.",
    { statements: [{ speaker: "أردوغان", speakerKind: "person" }] }],
  ["بيان + a title: a statement in construct with a person is that person's", "وقال بيان الوزير فادي النعيمي إن الطريق مغلق. وبحسب بيان المتحدث باسم الجيش، فإن القوات انسحبت.",
    { statements: [{ speaker: "فادي النعيمي", speakerKind: "person" }, { speaker: "المتحدث باسم الجيش", speakerKind: "person" }] }],
  ["…with a body it speaks for the body", "وأكد بيان الجيش أن القوات انسحبت.",
    { statements: [{ speaker: "الجيش", speakerKind: "organization" }] }],
  ["…an institution", "وبحسب تصريح وزارة الخارجية، فإن السفير استدعي.",
    { statements: [{ speaker: "وزارة الخارجية", speakerKind: "organization" }] }],
  ["…not an adjective or a verb after the medium", "وبحسب رسالة أرسلت أمس، فإن الاجتماع تأجل.",
    { statements: [{ speaker: "رسالة أرسلت" }] }],
];

// A participle with the article after a name of two words, its complement with it, describes the person.
const participleAfterName: Row[] = [
  ["المنضم حديثاً إلى …: an adverb and a preposition after it", "وقال اللاعب سامر الخطيب المنضم حديثاً إلى النادي إن الفريق قادر على الفوز.",
    { speakers: [{ name: "سامر الخطيب", title: "اللاعب" }] }],
  ["المكلف بملف …: a word under بـ after it", "وقال الوزير كريم الزهراني المكلف بملف الطاقة إن الأسعار ستنخفض.",
    { speakers: [{ name: "كريم الزهراني", title: "الوزير" }] }],
  ["المعين حديثاً: an adverb alone", "وقال المدرب فادي النمر المعين حديثاً إن الفريق يحتاج إلى وقت.",
    { speakers: [{ name: "فادي النمر" }] }],
  ["المنتمي إلى …: of a nisba's shape too", "وقال النائب رامي العلي المنتمي إلى حزب الوسط إن القانون سيقر.",
    { speakers: [{ name: "رامي العلي" }] }],
  ["المعروف بـ …: a word a background formula has too", "وقال الكاتب سليم الراشد المعروف بمواقفه المعارضة إن الحوار ضروري.",
    { speakers: [{ name: "سليم الراشد" }] }],
  ["a family name of the shape before في and a place stays the name's", "وقال محمد المنصور في باريس إن الخطة جاهزة.",
    { speakers: [{ name: "محمد المنصور" }] }],
  ["…and before the verb's own preposition (أشار إلى أن)", "وأشار الوزير محمد المنصور إلى أن الخطة جاهزة.",
    { speakers: [{ name: "محمد المنصور" }] }],
  ["…and as the third word of a name", "وقال عبد الله المحمد المطلق إن السوق مستقر.",
    { speakers: [{ name: "عبد الله المحمد المطلق" }] }],
  ["a participle of the shape فاعل ar-words describingParticiples lists, before a word under لل (القادم للمدينة), describes the person",
    "وأكد الباحث الألماني يوهان كرامر القادم للمدينة للتنقيب عن الآثار، أن الموقع غني.",
    { speakers: [{ name: "يوهان كرامر" }] }],
  ["…and before إلى (العائد إلى)", "وقال اللاعب ماركو بيانكي العائد إلى ناديه إن الفريق قوي.",
    { speakers: [{ name: "ماركو بيانكي" }] }],
  ["any word of the shape before an age (البالغ 70 عاماً، من العمر)", "وروى الصياد هيروشي تاناكا البالغ 70 عاماً للصحفيين أن البحر هائج.",
    { speakers: [{ name: "هيروشي تاناكا" }] }],
  ["…and its feminine (البالغة 70 عاماً)", "وروت الصيادة هيروكو تاناكا البالغة 70 عاماً للصحفيين أن البحر هائج.",
    { speakers: [{ name: "هيروكو تاناكا" }] }],
  ["…but a family name of the shape (الصالح) before من, under لل or before its verb's إلى stays the name's",
    "وقال سامي عادل الصالح من جامعة الخليج إن الطلب سيتراجع. وصرح نادر فهد الحامد للجزيرة بأن السوق مستقر. وأشار عبد الله الراشد إلى أن الأسعار ثابتة.",
    { speakers: [{ name: "سامي عادل الصالح" }, { name: "نادر فهد الحامد" }, { name: "عبد الله الراشد" }] }],
];

// A word with و glued to it after unnamed people or a plain definite word joins a noun to the phrase: no name.
const coordinatedNoun: Row[] = [
  ["after a place's words: the name after the comma is the person's", "وقال المتحدث باسم الحكومة في الشرق الأوسط وشمال أفريقيا، كريم حداد، إن الاتفاق قريب.",
    { speakers: [{ name: "كريم حداد", kind: "person" }] }],
  ["after unnamed people, with the joined noun's genitive: no person", "ولكن العديد من الخبراء ومعارضي الحكومة يحذرون من أن القمة لم تحقق شيئاً.",
    { statements: [{ cue: "يحذرون", speakerKind: "anonymous" }] }],
  ["after a relational adjective a name with و stays a name (الإعلامي وسيم)", "وقال الناشط الإعلامي وسيم سعد إن القصف مستمر.",
    { speakers: [{ name: "وسيم سعد", title: "الناشط الإعلامي" }] }],
  ["…after a title's adjective too (المدير العام وليد)", "وقال المدير العام وليد الحداد إن الأرباح ارتفعت.",
    { speakers: [{ name: "وليد الحداد" }] }],
  ["…and after a body in construct with the title (رئيس الحزب وليد)", "وقال رئيس الحزب وليد جنبلاط إن الحكومة فشلت.",
    { speakers: [{ name: "وليد جنبلاط" }] }],
];

describe("Arabic names: bodies named in passing", () => table(bodiesNamedInPassing));
describe("Arabic names: a noun joined by و", () => table(coordinatedNoun));
describe("Arabic names: a participle describing the person", () => table(participleAfterName));
describe("Arabic names: a medium's author", () => table(mediumAuthors));
describe("Arabic names: a person's full name given in passing", () => table(fullNameInPassing));
describe("Arabic names: reporters of outlets", () => table(reporters));
describe("Arabic names: a shared nationality is no shared head", () => table(onlyNationalityShared));
describe("Arabic names: a body named again", () => table(bodyAgain));
describe("Arabic names: a role refers back to its holder", () => table(roleToPerson));
describe("Arabic names: a surname, then the object", () => table(surnameThenObject));

// علي the name, written like على the preposition in loose spelling (src/core/ar/spelling.ts).
const aliTheName: Row[] = [
  ["علي + a name particle, as the subject after the verb", "وأكد علي عبدالله نصار أن الطريق سيفتح غداً.",
    { statements: [{ cue: "أكد", speaker: "علي عبدالله نصار" }] }],
  ["X علي + a family name with the article", "وقال سامر علي الكعبي إن السوق هادئة.",
    { statements: [{ cue: "قال", speaker: "سامر علي الكعبي" }] }],
  ["a title, then علي and a plain word", "وقال الدكتور علي مهنا إن الدواء متوفر.",
    { statements: [{ cue: "قال", speaker: "علي مهنا" }] }],
  ["a definite nisba adjective, then علي and a plain word", "واعتبر المفتي اللبناني علي فرحات أن الحكم عادل.",
    { statements: [{ cue: "اعتبر", speaker: "علي فرحات" }] }],
  ["بن علي + surname", "وقال رئيس الحكومة بن علي قاسم إن الميزانية جاهزة.",
    { statements: [{ cue: "قال", speaker: "بن علي قاسم" }] }],
  ["a title with its institution, then the name with علي between commas", "وقال القيادي في الحركة، محمد علي الكعبي، إن المفاوضات توقفت.",
    { statements: [{ cue: "قال", speaker: "محمد علي الكعبي" }], speakers: [{ name: "محمد علي الكعبي", kind: "person" }] }],
  ["علي before a common noun stays على: the source ends before it", "وقالت الوزيرة علي هامش المؤتمر إن الخطة جاهزة.",
    { statements: [{ cue: "قالت", source: "الوزيرة" }] }],
  ["علي before أن stays على", "وأكد الوزير علي أن الخطة جاهزة.",
    { statements: [{ cue: "أكد", source: "الوزير", starts: "الخطة" }] }],
  ["علي before a definite common noun stays على", "ورد المدير علي الانتقادات قائلاً إن الخطة جاهزة.",
    { statements: [{ cue: "قائلاً", source: "المدير" }] }],
  ["a plain given name, then علي closing the phrase (a comma, or إن)", "وقال مسؤول في البلدية، سامر علي، إن الطريق مغلق. وقال رامي علي إن السوق هادئة.",
    { statements: [{ cue: "قال", speaker: "سامر علي" }, { cue: "قال", speaker: "رامي علي" }] }],
  ["…not after a reporting verb, whose على it is", "وشدد علي أن الخطة جاهزة.", { statements: [{ cue: "شدد", source: null }] }],
  ["an honorific, then علي and a family name with the article closing the phrase (was على: a body «الزهيران»)",
    "وافتتح المعرض بإشراف الأستاذ علي الزهيران، وقال الزهيران إن الإقبال كبير.",
    { statements: [{ cue: "قال", speaker: "علي الزهيران", speakerKind: "person" }] }],
  ["…not before a noun that goes on into a phrase: the preposition spelled loosely", "وشدد الدكتور علي الالتزام بالقرار، مؤكداً أن الخطة جاهزة.",
    { statements: [{ cue: "مؤكداً", speaker: "الدكتور" }] }],
  ["a long title and name: the words after a name particle are read past the source's word limit",
    "وقال وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل حمدان في المؤتمر \"نحن ندعم الحوار\".",
    { statements: [{ kind: "direct", speaker: "محمد بن عبد الرحمن آل حمدان" }] }],
];
describe("Arabic names: علي the name", () => table(aliTheName));

// يدعى / تدعى "is called" names the person the words before it describe: one statement, a named
// person, no anonymous source; يدعي "claims" stays a cue (src/core/ar/spelling.ts, describe-ar.ts).
const called: Row[] = [
  ["رجل يدعى X: a named person described as a man", "وقال رجل يدعى سامر الحربي إن المياه انقطعت منذ أيام.",
    { statements: [{ cue: "قال", speaker: "سامر الحربي" }], speakers: [{ name: "سامر الحربي", kind: "person", title: "رجل" }], findings: [] }],
  ["أم أخرى تدعى X: a named woman, not an anonymous mother", "وقالت أم أخرى تدعى ريم الزهراني إن أطفالها لم يذهبوا إلى المدرسة.",
    { statements: [{ cue: "قالت", speaker: "ريم الزهراني" }], speakers: [{ name: "ريم الزهراني", kind: "person", title: "أم أخرى" }] }],
  ["X، ويدعى Y،: the apposition names X; the surname refers back", "وقال المستثمر، ويدعى نبيل الرميحي، إن الموعد مناسب. وأضاف الرميحي أن الصفقة قريبة.",
    { statements: [{ cue: "قال", speaker: "نبيل الرميحي" }, { cue: "أضاف", speaker: "نبيل الرميحي" }] }],
  ["ساكن في المدينة يدعى X: the name after يدعى is his, past the phrase", "وقال ساكن آخر في المدينة يدعى وليد إن الأسعار ترتفع كل يوم.",
    { statements: [{ cue: "قال", speaker: "وليد" }] }],
  ["ويدعى X أن …: a sentence that opens with it claims", "ويدعى المتهم أنه كان خارج المدينة.",
    { statements: [{ cue: "يدعى", source: "المتهم" }] }],
  ["يدعي X أن … (with ي): claims", "ويدعي المتهم أنه كان خارج المدينة.",
    { statements: [{ cue: "يدعي", source: "المتهم" }] }],
];
describe("Arabic names: يدعى names the person", () => table(called));

// A broadcast network (شبكة) is an outlet like قناة: the one told after لـ or إلى, the one that speaks as a subject.
const network: Row[] = [
  ["X لشبكة …: the network told is not part of X's name", "وقال المدرب سامي نادر لشبكة سكاي سبورتس إن الفريق متعب.",
    { statements: [{ cue: "قال", source: "المدرب سامي نادر", speaker: "سامي نادر" }] }],
  ["X إلى شبكة «…»: the same with إلى", "وصرح الحارس المخضرم سامي نادر إلى شبكة \"سكاي سبورت\" الإيطالية بأنه سيقرر خلال أسبوع.",
    { statements: [{ cue: "صرح", source: "الحارس المخضرم سامي نادر", speaker: "سامي نادر" }] }],
  ["شبكة «…» as the subject: an organization", "وذكرت شبكة \"إن بي سي\" أن المفاوضات توقفت.",
    { speakers: [{ name: "شبكة \"إن بي سي\"", kind: "organization" }] }],
];
describe("Arabic names: a network is an outlet", () => table(network));

// A quotation right after a name is its nickname (الفنان «أبو خالد»), unless it opens with إن/أن: then it is the words.
const quoteAfterName: Row[] = [
  ["قال X «إن …»: the words, not a name", "وقال المستثمر سمير \"إن الحي هادئ\".",
    { statements: [{ kind: "direct", cue: "قال", speaker: "سمير", quotes: ["إن الحي هادئ"] }] }],
  ["قال الفنان «أبو خالد» إن …: a nickname stays in the name", "وقال الفنان \"أبو خالد\" إن الحفل تأجل.",
    { statements: [{ kind: "indirect", cue: "قال", quotes: [] }] }],
];
describe("Arabic names: a quotation after a name", () => table(quoteAfterName));

// لـ and an institution inside a long title, before an honorific and the holder's name (source-phrase.ts bodyBeforeHolder).
const bodyBeforeHolder: Row[] = [
  ["عضو المجلس … للرئاسة … الدكتور X: the holder is named",
    "وأكد عضو المجلس الاستشاري العلمي للرئاسة المصرية الدكتور سامح الحداد أن المصالحة ستحدث.",
    { speakers: [{ name: "سامح الحداد", kind: "person" }] }],
  ["عضو مجلس الإدارة لشركة … المهندس X",
    "وقال عضو مجلس الإدارة لشركة النفط المهندس كريم العلي إن الإنتاج سيرتفع.",
    { speakers: [{ name: "كريم العلي", kind: "person" }] }],
  ["…or before a name with بن, with a participle's subject too",
    "وأوضح مدير برنامج نماء لحاضنات الأعمال سامي بن عطاف الحربي قائلاً: \"إننا حريصون على دعم المشاريع\".",
    { speakers: [{ name: "سامي بن عطاف الحربي", kind: "person" }] }],
  ["a name under في after an unnamed source is where it works: the source stays anonymous, not the person before",
    "وأوضح مدير برنامج نماء سامي الحربي أن العمل بدأ. وأوضح مسؤولون في (نماء) بأن رجال الأعمال هم الفئة المستهدفة.",
    { speakers: [{ kind: "person" }, { name: "مسؤولون في (نماء)", kind: "anonymous" }] }],
  ["لـ an outlet with no name after it is still who was told",
    "وقال مسؤول في الوزارة لصحيفة المساء إن الخطة جاهزة.",
    { statements: [{ source: "مسؤول في الوزارة" }] }],
];
describe("Arabic names: a body inside the title before the holder's name", () => table(bodyBeforeHolder));

// A tatweel standing apart as a dash (text/scanner.ts) is no source.
const tatweelDash: Row[] = [
  ["وأشار ـ في تصريح ـ إلى: the speaker before, not the dash",
    "وقال مدير الميناء إن العمل بدأ. وأشار ـ في تصريح هاتفي ـ إلى أنه تم اختيار السفن الكبيرة.",
    { speakers: [{ name: "مدير الميناء" }], statements: [{ speaker: "مدير الميناء" }, { speaker: "مدير الميناء" }] }],
];
describe("Arabic names: a tatweel as a dash", () => table(tatweelDash));

// A fixed title, a club's name that holds a city, and a father's name after بن.
const fixedTitlesAndClubs: Row[] = [
  ["خادم الحرمين الشريفين is a title, the name after it the person's",
    "وقال خادم الحرمين الشريفين الملك سلمان إن الحوار هو الطريق.",
    { speakers: [{ name: "سلمان", kind: "person", title: "خادم الحرمين الشريفين الملك" }] }],
  ["…and alone it is the person titled so, whom the name given later renames",
    "وأكد خادم الحرمين الشريفين أن الدعم مستمر. وأوضح خادم الحرمين الشريفين، الملك فهد بن خالد، أن الأمن أولوية.",
    { speakers: [{ name: "فهد بن خالد", kind: "person", title: "خادم الحرمين الشريفين" }] }],
  ["باريس سان جيرمان: the club, not the city «باريس»",
    "وقال باريس سان جيرمان في بيان إن المهاجم سيغيب شهرا.",
    { statements: [{ source: "باريس سان جيرمان" }], speakers: [{ name: "باريس سان جيرمان", kind: "organization" }] }],
  ["أتلتيكو مدريد، بوروسيا دورتموند، إنتر ميلان: clubs, not persons",
    "وأكد أتلتيكو مدريد أن الصفقة انتهت.\nوقال بوروسيا دورتموند إن الحارس باق.\nوقالت إنتر ميلان إن المدافع مصاب.",
    { speakers: [{ name: "أتلتيكو مدريد", kind: "organization" }, { name: "بوروسيا دورتموند", kind: "organization" }, { name: "إنتر ميلان", kind: "organization" }] }],
  ["نادي X, then X alone: one club",
    "وأعلن نادي مانشستر يونايتد أن المدرب باق. وقال مانشستر يونايتد في بيان لاحق إن العقد جدد.",
    { speakers: [{ name: "نادي مانشستر يونايتد", kind: "organization", mentions: ["نادي مانشستر يونايتد", "مانشستر يونايتد"] }] }],
  ["محمد بن سلمان, then الملك سلمان: the father, another person",
    "وقال ولي العهد الأمير ناصر بن سلمان إن الخطة تتقدم. وأكد الملك سلمان أن الاقتصاد ينمو.",
    { speakers: [{ name: "ناصر بن سلمان", title: "ولي العهد" }, { name: "سلمان", title: "الملك" }] }],
  ["…but بن سلمان, written with its particle (even opening the sentence), is the son",
    "وقال رئيس الوزراء السابق، فهد بن جاسم، إن الأزمة طويلة.\nبن جاسم حذر في تغريدات نشرها الثلاثاء، قائلاً: \"الخوف أن تطول الأزمة\".",
    { speakers: [{ name: "فهد بن جاسم" }], statements: [{ speaker: "فهد بن جاسم" }, { speaker: "فهد بن جاسم" }] }],
  ["an indefinite title and a participle, then a verb: the verb is a relative clause's, no name (no title «جنرال منشق» for «شارك»); an unnamed role, anonymous",
    "وقال جنرال منشق شارك في محاولة التمرد إن القوات جاهزة.",
    { speakers: [{ kind: "anonymous", title: null }] }],
];
describe("Arabic names: fixed titles, clubs, a father's name", () => table(fixedTitlesAndClubs));

// A place or body named after a king, prince or imam: that name is the place's, the speaker's follows.
const placeNamedAfterPerson: Row[] = [
  ["مستشفى الملك X بمدينة: the director's name after the city",
    "وقال مدير مستشفى الملك فهد بالعاصمة سامر علي الحداد إن الحالات مستقرة.",
    { speakers: [{ name: "سامر علي الحداد", kind: "person" }] }],
  ["جامعة الملك X with the person's name right after; a name that opens with ب stays whole",
    "وقال مدير جامعة الملك خالد بسام العمري إن الدراسة تبدأ الأحد.",
    { speakers: [{ name: "بسام العمري", kind: "person" }] }],
  ["a compound eponym with بن (جامعة الإمام محمد بن سعود)",
    "وأكد رئيس جامعة الإمام محمد بن سعود نادر القحطاني أن القبول مفتوح.",
    { speakers: [{ name: "نادر القحطاني", kind: "person" }] }],
  ["…but الملك as the speaker's own title is kept",
    "وقال الملك سلمان إن الاقتصاد ينمو.",
    { speakers: [{ name: "سلمان", title: "الملك" }] }],
];
describe("Arabic names: a place named after a king or prince", () => table(placeNamedAfterPerson));

// عبد written apart from the word it joins or joined to it (عبد العزيز، عبدالعزيز): one name (speakers/resolver.ts).
const abdSpelling: Row[] = [
  ["a surname with عبد written apart from its word after it was written joined (عبدالرحيم → عبد الرحيم): the same person",
    "وقال المتحدث باسم الشركة، نادر عبدالرحيم، إن الإنتاج زاد.\nوأوضح عبد الرحيم أن الصادرات تضاعفت.",
    { speakers: [{ name: "نادر عبدالرحيم", kind: "person" }], statements: [{ speaker: "نادر عبدالرحيم" }, { speaker: "نادر عبدالرحيم" }] }],
  ["…but not a father's name after بن, nor a name of one word only (عبد الرحيم alone)",
    "وقال الشيخ خالد بن عبدالرحيم إن الإنتاج زاد.\nوأوضح عبد الرحيم أن الصادرات تضاعفت.",
    { statements: [{ speaker: "خالد بن عبدالرحيم" }, { speaker: "عبد الرحيم" }] }],
];
describe("Arabic names: عبد written apart or joined", () => table(abdSpelling));

// A title abbreviated to one letter or a rank, then a one-word name; a relative named by kinship alone.
const titlesAndRelatives: Row[] = [
  ["a long title then م. and the name: the title and the name split at the abbreviation",
    "وقال مدير عام النقل بمنطقة الجوف م. سامر الدوسري إن الطريق سيفتح.",
    { speakers: [{ name: "سامر الدوسري", title: "مدير عام النقل بمنطقة الجوف", kind: "person" }] }],
  ["د. and a family name alone: a person named by it",
    "وأوضح د. الشمراني أن العلاج متاح للجميع.",
    { speakers: [{ name: "الشمراني", kind: "person" }] }],
  ["…after a role and د. too, and a nisba without the article",
    "وقال الطبيب د. الكناني إن الحالة مستقرة.\nوأكد د. قرشي أن الفحوص سليمة.",
    { speakers: [{ name: "الكناني", title: "الطبيب", kind: "person" }, { name: "قرشي", kind: "person" }] }],
  ["a definite honorific and a family name: the name without the honorific",
    "وأضاف المهندس الرويلي أن المشروع اكتمل.",
    { speakers: [{ name: "الرويلي", title: "المهندس", kind: "person" }] }],
  ["…but not a second title before the name (الأستاذ الشاعر فلان)",
    "وذكر الأستاذ الشاعر سامي العتيبي أن الديوان صدر.",
    { speakers: [{ name: "سامي العتيبي", kind: "person" }] }],
  ["a rank after a place under في: the name is the officer's",
    "وأكد قائد الدوريات في قطاع حالة عمار العقيد سامر بن خالد الشهري أن الحدود آمنة.",
    { speakers: [{ name: "سامر بن خالد الشهري", kind: "person" }] }],
  ["a name after a comma closing من and an origin: the described person's name",
    "وقال الباحث الاقتصادي ورجل الأعمال من أصول تونسية، سامي الكعبي، إن الأسواق ستتعافى.",
    { speakers: [{ name: "سامي الكعبي", kind: "person" }] }],
  ["a goalkeeper (حارس) is a role on the record: a person",
    "وقال حارس الفريق إن المباراة كانت صعبة.",
    { speakers: [{ name: "حارس الفريق", kind: "person" }] }],
  ["…but guards (حراس) stay unnamed",
    "وقال حراس المبنى إن الباب أغلق.",
    { speakers: [{ kind: "anonymous" }] }],
  ["a body's name with a number word (حركة خمس نجوم) and a given name in ي before a particle: the name",
    "وقال زعيم حزب سبع نخلات ماريوتي دي لوكا إن الانتخابات ستجرى.",
    { speakers: [{ name: "ماريوتي دي لوكا", title: "زعيم حزب سبع نخلات", kind: "person" }] }],
  ["الأم، الأب alone: a person, not an institution",
    "وقالت الأم إن ابنتها لم تعد من المدرسة.\nوقال الأب إنه أبلغ الشرطة.",
    { speakers: [{ name: "الأم", kind: "person" }, { name: "الأب", kind: "person" }] }],
];
describe("Arabic names: abbreviated titles, a family name after a title, relatives", () => table(titlesAndRelatives));

// A body named in quotation marks after its head: the name is the body's, not the title holder's.
const quotedBodyNames: Row[] = [
  ["مدير شركة «X»: an unnamed director, not a person named X",
    "وقال مدير شركة «نوفا» إن الأرباح ارتفعت.",
    { speakers: [{ name: "مدير شركة «نوفا»", kind: "person" }] }],
  ["…also after لـ (الرئيس التنفيذي لشركة «X»)",
    "وأوضح الرئيس التنفيذي لشركة \"سيمكو\" أن الإنتاج زاد.",
    { speakers: [{ name: "الرئيس التنفيذي لشركة \"سيمكو\"" }] }],
  ["…but a quoted name after a definite word is the person's (باسم الأمم المتحدة «فلان»)",
    "وقال نائب المتحدث باسم الأمم المتحدة \"سامر حداد\" إن الهدنة صامدة.",
    { speakers: [{ name: "سامر حداد" }] }],
];
describe("Arabic names: a body named in quotation marks", () => table(quotedBodyNames));
