// Arabic verb-first statements (src/core/ar/constructions/verb-first.ts): وقال المتحدث باسم الوزارة إن
// … — which word is the cue (without و/ف), where the source stops, where the reported clause starts
// and ends.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const verbFirst: Row[] = [
  ["في before a noun with a pronoun that is no source ends the source", "وقال المحققون في تقريرهم لهذه الجولة إنهم لم يحصلوا على المحاضر.",
    { statements: [{ cue: "قال", source: "المحققون", starts: "إنهم" }] }],
  ["في before an institution with a pronoun stays in the source", "وقال مسؤول في حكومتها إن الاتفاق قريب.",
    { statements: [{ cue: "قال", source: "مسؤول في حكومتها", speakerKind: "anonymous" }] }],
  ["من قبل closing the clause is \"before\", not part of the source", "وهذا ما قاله المدرب من قبل: سنقاتل حتى النهاية.",
    { statements: [{ source: "المدرب" }] }],
  ["the press in -ين after أبلغ is its object: no subject written", "وقال الوزير إن الطريق مغلق. وأبلغ الصحافيين في المدينة أن الإصلاح سيستغرق أسبوعين.",
    { statements: [{ cue: "قال", source: "الوزير" }, { cue: "أبلغ", source: null, speaker: "الوزير", starts: "الإصلاح" }] }],
  ["a time phrase after the subject: demonstrative + time word", "وأعلنت الحكومة هذا الأسبوع أنها لن تدعم الأسعار.",
    { statements: [{ cue: "أعلنت", source: "الحكومة", starts: "أنها" }] }],
  ["a time phrase after the subject: أول من أمس", "وذكرت صحيفة الأخبار أول من أمس أن السجينين فرا من الزنزانة.",
    { statements: [{ cue: "ذكرت", source: "صحيفة الأخبار", starts: "السجينين" }] }],
  ["after a definite institution a word without the article opens the object", "ووصفت الحكومة المصغرة هجوم الجمعة بأنه \"هجوم إرهابي\".",
    { statements: [{ source: "الحكومة المصغرة" }] }],
  ["على فيس بوك (two words) is the medium, not part of the source", "وكتب الوزير على فيس بوك أن الطريق سيفتح غداً.",
    { statements: [{ cue: "كتب", source: "الوزير", starts: "الطريق" }] }],
  ["من جهته after the subject is no part of it", "وقال الوزير من جهته إن الخطة جاهزة.",
    { statements: [{ cue: "قال", source: "الوزير", starts: "الخطة" }] }],
  ["من جانبها after an institution is no part of it; وحدات heads an institution", "وأعلنت وحدات الحماية من جانبها أنها صدت الهجوم.",
    { statements: [{ cue: "أعلنت", source: "وحدات الحماية", speakerKind: "organization" }] }],
  ["أشار X إلى + a noun and a quotation: the source ends before إلى", "وأشار البيان إلى تداعيات خطيرة للقرار \"على مستقبل المفاوضات بين الطرفين\".",
    { statements: [{ cue: "أشار", source: "البيان" }] }],
  ["after a complete personal name a definite noun opens the object of وصف", "ووصف الوزير رامي الشامي الاتفاق بأنه \"إنجاز كبير\".",
    { statements: [{ cue: "وصف", source: "الوزير رامي الشامي", speaker: "رامي الشامي" }] }],
  ["after a complete personal name an institution opens the object of دعا", "ودعا النائب سليم العطار الحكومة إلى \"الاستقالة فوراً\".",
    { statements: [{ cue: "دعا", source: "النائب سليم العطار", speaker: "سليم العطار" }] }],
  ["اتهم X بـ: after a complete personal name the definite object is no part of the source", "واتهم وزير الداخلية ماهر العلي المعارضة بالتحريض على الفوضى.",
    { statements: [{ cue: "اتهم", source: "وزير الداخلية ماهر العلي", speaker: "ماهر العلي", starts: "المعارضة" }] }],
  ["وصف X بأنه: a definite noun and its adjective after a one-word name is the object", "ووصف نوفاك القرار الأوروبي بأنه \"متسرع\".",
    { statements: [{ cue: "وصف", source: "نوفاك", speaker: "نوفاك" }] }],
  ["وصف X بأنه: a definite noun after a capital is the object", "ووصفت عمان الخطوة بأنها \"غير مقبولة\".",
    { statements: [{ cue: "وصفت", source: "عمان", speakerKind: "organization" }] }],
  ["وصف X بأنه after a title and a name: the family name is not taken for the object", "ووصف الوزير سامي الخطيب بأنه \"رجل المرحلة\".",
    { statements: [{ cue: "وصف", source: "الوزير سامي الخطيب" }] }],
  ["قال: a family name with the article after a given name stays the name's", "وقال الوزير رامي الشامي إن الاتفاق صامد.",
    { statements: [{ cue: "قال", source: "الوزير رامي الشامي", speaker: "رامي الشامي" }] }],
  ["دعا: a nationality after a complete name is the person's, not the object", "ودعا اللاعب سمير الحداد المغربي إلى \"التحلي بالهدوء وعدم الرد على الاستفزاز\".",
    { statements: [{ cue: "دعا", source: "اللاعب سمير الحداد المغربي" }] }],
  ["a word with لـ after a definite institution is part of its name", "وذكر الاتحاد الوطني لكرة السلة أن المباراة أجلت.",
    { statements: [{ cue: "ذكر", source: "الاتحاد الوطني لكرة السلة" }] }],
  ["a member's definite description goes on with لل (of the …) to the name", "وقال عضو الهيئة الرئاسية للمجلس سامر حبيب إن القوات جادة.",
    { statements: [{ cue: "قال", source: "عضو الهيئة الرئاسية للمجلس سامر حبيب", speaker: "سامر حبيب" }] }],
  ["after an unnamed source لـ an outlet is who was told", "وقال مصدر أمني لـCNN إن الظرف كان يحمل مادة سامة.",
    { statements: [{ cue: "قال", source: "مصدر أمني", speakerKind: "anonymous" }] }],
  ["after a masculine verb a بـ word in ة is the manner, not the speaker: the speaker before goes on", "وقال الوزير إن الخطة جاهزة. وأضاف بنغمة لا تخلو من التهكم: \"كنا نأمل أكثر\".",
    { statements: [{ cue: "قال", source: "الوزير" }, { cue: "أضاف", source: null, speaker: "الوزير" }] }],
  ["after a feminine verb the same shape is a woman's name", "وقالت بثينة إن الوضع لم يتغير.",
    { statements: [{ cue: "قالت", source: "بثينة", speakerKind: "person" }] }],
  ["a number with من and a source noun is an unnamed group", "وقال اثنان من السكان إن الطائرات قصفت الحي.",
    { statements: [{ cue: "قال", source: "اثنان من السكان", speakerKind: "anonymous" }] }],
  ["a preposition written as one word with بـ (بحضور، بشأن) opens no subject: the speaker is carried", "وقال الوزير سامي الحداد إن الخطة جاهزة. ثم قال بحضور وزير الخارجية السابق فادي نصار \"أنتم تضغطون على الجميع\".",
    { statements: [{ cue: "قال", speaker: "سامي الحداد" }, { cue: "قال", source: null, speaker: "سامي الحداد" }] }],
  ["أول من أمس after the source is a time, not part of the name", "وذكرت صحيفة الأنباء الكندية أول من أمس، أن الرجلين هربا من السجن.",
    { statements: [{ cue: "ذكرت", source: "صحيفة الأنباء الكندية", speaker: "صحيفة الأنباء الكندية", starts: "الرجلين" }] }],
  ["an apposition with the name, then على/إلى/من and the clause: the name is the source's", "وشدد عضو مجلس إدارة الاتحاد الكندي للسباحة، رئيس الوفد المشارك في البطولة سامي الحداد على أن اللاعبين قاتلوا.",
    { statements: [{ cue: "شدد", speaker: "سامي الحداد", speakerKind: "person", starts: "اللاعبين" }] }],
  ["…إلى أن after the apposition's name", "وأشار المتحدث باسم الوزارة، سامي الحداد إلى أن الطريق مغلق.",
    { statements: [{ cue: "أشار", source: "المتحدث باسم الوزارة، سامي الحداد", speaker: "سامي الحداد" }] }],
  ["يعتبر in the present with أن after its subject reports", "ويعتبر المحلل سامي حداد أن الأسعار سترتفع.",
    { statements: [{ kind: "indirect", cue: "يعتبر", source: "المحلل سامي حداد", starts: "الأسعار" }] }],
  ["a country, then إلى and the call's object: the source is the country", "ودعت اليونان إلى الإفراج عن \"جميع الصيادين المحتجزين\".",
    { statements: [{ cue: "دعت", source: "اليونان", speakerKind: "organization" }] }],
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
  ["time adverb between source and إن", "وقال وزير الزراعة، الأحد، إن محصول القمح هذا العام هو الأكبر منذ عقد.",
    { statements: [{ kind: "indirect", cue: "قال", source: "وزير الزراعة", starts: "محصول القمح", ends: "منذ عقد" }] }],
  ["colon without quote marks is indirect", "وأضافت المتحدثة: الأولوية الآن لإيصال المساعدات إلى المناطق المتضررة.",
    { statements: [{ kind: "indirect", cue: "أضافت", source: "المتحدثة", starts: "الأولوية", ends: "المناطق المتضررة" }] }],
  ["an agency's dotted initials between source and إن end no sentence", "وقال قائد الشرطة لوكالة (أ.ش.أ) إن الطريق أعيد فتحه بعد الظهر.",
    { statements: [{ kind: "indirect", cue: "قال", source: "قائد الشرطة", starts: "الطريق", ends: "بعد الظهر" }] }],
  ["dotted initials before a colon: the quotation still opens", "وأوضح مصدر في الميناء لوكالة الأنباء الفرنسية (أ.ف.ب): «السفن ستبقى في المرسى حتى الغد».",
    { statements: [{ kind: "direct", cue: "أوضح", source: "مصدر في الميناء", quotes: ["السفن ستبقى في المرسى حتى الغد"] }] }],
  // Who was told is never who spoke; a cue in a relative clause on the source adds no statement.
  ["مسؤول تحدث لـ…: one statement, the official's", "وأكد مسؤول أمني تحدث لـ«الأفق» أن الحدود ستغلق ليلاً.",
    { statements: [{ kind: "indirect", cue: "أكد", source: "مسؤول أمني", starts: "الحدود", ends: "ليلاً" }] }],
  ["مصادر تحدثت لـCNN، …، إن: the sources speak, not the channel", "وقالت مصادر تحدثت لـCNN، الأحد، إن المفاوضات توقفت.",
    { statements: [{ kind: "indirect", cue: "قالت", source: "مصادر", speakerKind: "anonymous", starts: "المفاوضات" }] }],
];

// لفت النظر/الانتباه إلى أن: the noun after the verb is its object, never the source's last word.
const drawAttention: Row[] = [
  ["لفت X النظر إلى أن: النظر after the subject ends it", "ولفت الوزير سامي حداد النظر إلى أن الخطة جاهزة.",
    { statements: [{ cue: "لفت", source: "الوزير سامي حداد", speaker: "سامي حداد", starts: "الخطة" }] }],
  ["…a family name alone, a comma after النظر", "ولفت الحارثي النظر، إلى أن البرنامج ناجح.",
    { statements: [{ cue: "لفت", source: "الحارثي", speaker: "الحارثي", speakerKind: "person" }] }],
  ["…الانتباه", "ولفتت المديرة الانتباه إلى أن العمل مستمر.",
    { statements: [{ source: "المديرة", starts: "العمل" }] }],
];

const writtenWords: Row[] = [
  ["كتب على منصة: medium is not in the source", "وكتب رئيس الوزراء على منصة إكس: \"سنعيد بناء كل ما دمرته السيول\".",
    { statements: [{ kind: "direct", cue: "كتب", source: "رئيس الوزراء", quotes: ["سنعيد بناء كل ما دمرته السيول"] }] }],
];

const toTheArticle: Row[] = [
  ["قال للحكام: لـ before the article is who was told, no subject: the speaker before",
    "وقال المدرب نادر سالم إن فريقه لعب جيدا.\n\nوقال للحكام إن الهدف صحيح.",
    { statements: [{ cue: "قال", speaker: "نادر سالم" }, { cue: "قال", source: null, speaker: "نادر سالم", starts: "الهدف" }] }],
];

const initials: Row[] = [
  ["a channel named by letters spelled out and glued by stops: one name, the stops end no sentence",
    "وقالت قناة سي.ان.ان إن المفاوضات توقفت.",
    { statements: [{ kind: "indirect", cue: "قالت", source: "قناة سي.ان.ان", starts: "المفاوضات" }] }],
  ["a title with an agency's initials before the name",
    "وقال مدير إف.بي.آي سامر حداد إن التحقيق مستمر.",
    { statements: [{ kind: "indirect", cue: "قال", speaker: "سامر حداد", starts: "التحقيق" }] }],
  ["a quotation after initials in parentheses belongs to the same sentence's speaker",
    "وقال الوزير لقناة (ايه.تي.في) في مقابلة “لن نقبل بأي حل يفرض علينا من الخارج”.",
    { statements: [{ kind: "direct", cue: "قال", speaker: "الوزير" }], noFindings: ["unattributed-quote"] }],
];

const denialsAccusationsQuestions: Row[] = [
  ["نفى X تلقي …: a denied receipt is a claim, the noun its object", "ونفى الوزير، سامي حداد، تلقي أي أموال من الشركة.",
    { statements: [{ cue: "نفى", source: "الوزير، سامي حداد", speaker: "سامي حداد", starts: "تلقي" }] }],
  ["تنفي X السعي إلى …", "وتنفي الحكومة السعي إلى امتلاك الشركة.",
    { statements: [{ cue: "تنفي", source: "الحكومة", starts: "السعي" }] }],
  ["نفت X نفيا قاطعا أن: the cognate object (spelled like the dual نفيا) is no second cue", "ونفت البلدية نفيا قاطعا أن تكون قد منحت الترخيص للمصنع.",
    { statements: [{ kind: "indirect", cue: "نفت", source: "البلدية", starts: "تكون", ends: "للمصنع" }] }],
  ["أكد X تأكيدا واضحا أن: the cognate object ends the subject", "وأكد المدير تأكيدا واضحا أن الرواتب ستصرف في موعدها.",
    { statements: [{ kind: "indirect", cue: "أكد", source: "المدير", starts: "الرواتب", ends: "في موعدها" }] }],
  ["نفى أن", "ونفى المتحدث باسم الحكومة أن تكون السلطات قد اعتقلت صحفيين.",
    { statements: [{ kind: "indirect", cue: "نفى", source: "المتحدث باسم الحكومة", starts: "تكون السلطات", ends: "صحفيين" }] }],
  ["present ينفي أن", "وينفي المتهم أن يكون قد غادر منزله ليلة الحادث.",
    { statements: [{ kind: "indirect", cue: "ينفي", source: "المتهم", starts: "يكون", ends: "ليلة الحادث" }] }],
  ["reported question تساءل عن", "وتساءل النائب عن أسباب تأخر صرف رواتب الموظفين.",
    { statements: [{ kind: "indirect", cue: ["تساءل", "تساءل عن"], source: "النائب", ends: "رواتب الموظفين" }] }],
  ["دعا إلى + quoted words is partial, from إلى", "ودعا الرئيس إلى \"تغليب لغة العقل\" في التعامل مع الأزمة.",
    { statements: [{ kind: "partial", cue: "دعا", source: "الرئيس", starts: "إلى", quotes: ["تغليب لغة العقل"] }] }],
  ["أشار إلى + quoted words: إلى ends the source", "وأشارت الهيئة إلى \"تحسن ملموس\" في الأداء.",
    { statements: [{ kind: "partial", cue: "أشارت", source: "الهيئة", quotes: ["تحسن ملموس"] }] }],
  ["دعا X إلى: the object is not in the source", "ودعا الرئيس الأطراف كافة إلى \"تغليب لغة العقل\".",
    { statements: [{ kind: "partial", cue: "دعا", source: "الرئيس", quotes: ["تغليب لغة العقل"] }] }],
  ["ووصف اتهامها … بأنه: a verbal noun with its pronoun after the verb is the object, the subject is dropped", "وقال الوزير سامي الحداد إن التحقيق مستمر، ووصف اتهامها بإصدار الأوامر بأنه \"لا أساس له\".",
    { statements: [{ cue: "قال", speaker: "سامي الحداد" }, { cue: "وصف", source: null, speaker: "سامي الحداد" }] }],
  ["قال X في تحليلهم لـ …: the phrase of the verbal noun with its pronoun follows the source", "وقال المحققون الفرنسيون في تحليلهم لهذه الوثيقة إنهم لم يحصلوا على المحاضر.",
    { statements: [{ cue: "قال", source: "المحققون الفرنسيون", starts: "إنهم" }] }],
];

const genderNumberSpelling: Row[] = [
  ["dual subject مسؤولان أمنيان", "وقال مسؤولان أمنيان إن المشتبه به اعتقل فجراً.",
    { statements: [{ cue: "قال", source: "مسؤولان أمنيان", speakerKind: "anonymous", starts: "المشتبه به", ends: "فجراً" }] }],
  ["dual مصدران with description", "وأكد مصدران في الشرطة أن التحقيقات مستمرة.",
    { statements: [{ cue: "أكد", source: "مصدران في الشرطة", speakerKind: "anonymous", starts: "التحقيقات", ends: "مستمرة" }] }],
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

const order: Row[] = [
  ["a quoted outlet, an adjunct, then أن: the outlet is the source", "وذكرت \"سي إن إن\" في تقرير لها أن الوزير استقال.",
    { statements: [{ kind: "indirect", cue: "ذكرت", source: "سي إن إن", quotes: [], starts: "الوزير" }] }],
  // Partial quotes next to their cue (issue 11, family 1).
  ["a quotation right after an unnamed source is the words, not part of the source", "وقال مصدر دبلوماسي \"يجب أن نبدأ الآن\" دون تأخير.",
    { statements: [{ kind: "partial", cue: "قال", source: "مصدر دبلوماسي", quotes: ["يجب أن نبدأ الآن"] }] }],
  // After a person, a quotation is the words, not a quoted name (ar/source-phrase.ts quotedWordsAfterPerson).
  ["a quotation after a definite title is the words", "وأكد الوزير «التزام الحكومة الكامل بالخطة».",
    { statements: [{ kind: "direct", cue: "أكد", source: "الوزير", quotes: ["التزام الحكومة الكامل بالخطة"] }] }],
  ["…and after a title and a two-word name, when it runs to three words", "وقال وزير المالية سامي حداد «العمل مستمر في كل المشاريع».",
    { statements: [{ kind: "direct", source: "وزير المالية سامي حداد", speaker: "سامي حداد" }] }],
  ["…and after a name when it opens with a complementiser", "وقال حداد «إن الحكومة ملتزمة بالخطة».",
    { statements: [{ kind: "direct", source: "حداد" }] }],
  ["…but a short quotation after an honorific is the name", "وقال الدكتور «سامر الخطيب» إن اللقاح آمن.",
    { statements: [{ kind: "indirect", starts: "اللقاح" }], speakers: [{ kind: "person" }] }],
  ["…and after a title in construct it names the body", "وقال رئيس «التيار الوطني» إن الحزب لن يشارك.",
    { statements: [{ kind: "indirect", source: "رئيس «التيار الوطني»", starts: "الحزب" }] }],
  // "In it", back to a relative's noun, between the verb and its subject.
  ["الذي أفاد فيه + a source noun: the subject follows the pronoun", "وجاء ذلك في الوقت الذي أفاد فيه مصدر طبي بأن الجرحى نقلوا إلى المستشفى.",
    { statements: [{ cue: "أفاد", source: "مصدر طبي" }], speakers: [{ kind: "anonymous" }] }],
  ["…but an object after أعلنت فيه is no subject", "وأصدرت الجبهة بياناً أعلنت فيه استهداف مواقع القوات.",
    { speakers: [] }],
  // Who was told, as a pronoun before the subject (وقال له فلان).
  ["قال له + a title and name: the subject follows the pronoun", "وقال له مدير المدرسة كمال ناصر إن الدوام سيبدأ مبكراً.",
    { statements: [{ cue: "قال", source: "مدير المدرسة كمال ناصر", speaker: "كمال ناصر" }] }],
  ["قالت لهم + a name, then a colon", "وقالت لهم هالة فارس: \"لن نغلق الباب\".",
    { statements: [{ kind: "direct", source: "هالة فارس", speaker: "هالة فارس" }], speakers: [{ name: "هالة فارس", gender: "female" }] }],
  ["قال لي بفرحة: a manner phrase after the pronoun is no subject; the speaker before continues",
    "وقال سمير داود إن الطلب وصل. فقال لي بفرحة: \"سأبدأ غداً\".",
    { statements: [{ speaker: "سمير داود" }, { cue: "قال", source: null, speaker: "سمير داود" }] }],
  // A demonstrative with no noun after it is the verb's object (ذلك، تلك), never the speaker.
  ["مشيراً ذلك …: a bare demonstrative is no subject; the speaker before goes on",
    "وقال المتحدث باسم الحركة سليم حداد إن الزعيم بخير. ونفى ذلك مجدداً، مشيراً إلى أنه في مكان آمن.",
    { statements: [{ speaker: "سليم حداد" }, { cue: "مشيراً", speaker: "سليم حداد" }], speakers: [{ name: "سليم حداد" }] }],
  ["أكد ذلك + a source noun: the demonstrative is the object, the subject follows it",
    "وأكد ذلك وكيل وزارة الصحة سامر يوسف، مشيرا إلى أن المستشفيات جاهزة.",
    { statements: [{ cue: "مشيرا", source: "وكيل وزارة الصحة سامر يوسف", speaker: "سامر يوسف" }] }],
  ["طالبان is a name, not the dual of طالب: no cue in it",
    "وقال سامر داود، وهو قيادي معروف في طالبان، إن المفاوضات ستستأنف.",
    { statements: [{ cue: "قال", speaker: "سامر داود" }], speakers: [{ name: "سامر داود" }] }],
  ["هذه + a definite source noun still speaks",
    "وقالت مصادر مطلعة إن الوفد وصل. وأضافت هذه المصادر أن اللقاء تأجل.",
    { statements: [{ speaker: "مصادر مطلعة" }, { speaker: "مصادر مطلعة" }] }],
];

// قبل أن، بعد أن، من أجل أن after a cue open a clause of time or purpose, not the reported words
// (src/core/ar/opening.ts; ar-words verbalAn); the words open at the أن after it, if any.
const timeAndPurpose: Row[] = [
  ["ليل + a day after the name is a time, no part of the source", "وأعلن الرئيس سامي حداد ليل السبت أن الحكومة استقالت.",
    { statements: [{ cue: "أعلن", source: "الرئيس سامي حداد", speaker: "سامي حداد", starts: "الحكومة" }] }],
  ["في شهر + a month after a title is a time, no part of the source", "وقالت وزيرة الخارجية في شهر فبراير الماضي إن الوزارة أجرت تحقيقاً.",
    { statements: [{ cue: "قالت", source: "وزيرة الخارجية", speaker: "وزيرة الخارجية" }] }],
  ["يومها (that day) after the verb is a time, no source: the speaker before", "وقال الوزير سامي الحداد إن الخطة جاهزة. وقال يومها إن التمويل متوفر.",
    { statements: [{ cue: "قال", speaker: "سامي الحداد" }, { cue: "قال", source: null, speaker: "سامي الحداد" }] }],
  ["أعلن … عن نيته …، بعد أن …: no claim", "وأعلن المدرب سامي نادر عن نيته ترك الفريق، بعد أن قاده عشر سنوات.", { statements: [] }],
  ["أعلن بعد أن … أن …: the words open at the second أن", "وأعلن الوزير بعد أن التقى الرئيس أن الاتفاق بات قريباً.",
    { statements: [{ cue: "أعلن", source: "الوزير", starts: "الاتفاق" }] }],
  ["ذكر X أن …، قبل أن …: one statement, the قبل أن clause inside it", "وذكر شهود أن الحشود تجمعت عند الجسر، قبل أن تتفرق مع المساء.",
    { statements: [{ cue: "ذكر", source: "شهود", starts: "الحشود", ends: "مع المساء" }] }],
  ["أبدى X استياءه بعد أن …: no claim", "وأبدى عدد من التجار استياءهم بعد أن رفعت البلدية الرسوم.", { statements: [] }],
];

describe("Arabic verb-first", () => {
  describe("a clause of time or purpose", () => table(timeAndPurpose));
  describe("verb-first", () => table(verbFirst));
  describe("لفت النظر", () => table(drawAttention));
  describe("written words", () => table(writtenWords));
  describe("denials, accusations, questions", () => table(denialsAccusationsQuestions));
  describe("gender, number, spelling", () => table(genderNumberSpelling));
  describe("order", () => table(order));
  describe("initials", () => table(initials));
  describe("لـ before the article", () => table(toTheArticle));
});
