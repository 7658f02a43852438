// Arabic participles used as ḥāl (src/core/ar/constructions/participle.ts): قائلاً: "…" / مضيفاً أن …
// / مشيراً إلى أن ….
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const participles: Row[] = [
  ["after an accusation the clause's subject stops before the verb's object", "واتهم المحافظ البلدية بإهمال الصيانة، مؤكدا أن الطرق متضررة.",
    { someStatements: [{ cue: "مؤكدا", source: "المحافظ", speaker: "المحافظ" }] }],
  ["…and before a country right after a name", "ودعا الرئيس سمير داود فرنسا إلى الحوار، مشيرا إلى أن الأزمة طويلة.",
    { someStatements: [{ cue: "مشيرا", source: "الرئيس سمير داود", speaker: "سمير داود" }] }],
  ["the clause opens with its subject, then a feminine past verb (لكن فلانة رفضت …): the name is the participle's source, not the verb",
    "لكن سوزان رفضت الاقتراح، مشددة على أن الموازنة لا تسمح بذلك.",
    { statements: [{ cue: "مشددة", source: "سوزان", speaker: "سوزان" }] }],
  ["…and after a definite title the verb is no part of the source", "لكن المديرة رفضت الاقتراح، مشددة على أن الموازنة لا تسمح بذلك.",
    { statements: [{ cue: "مشددة", source: "المديرة" }] }],
  ["the clause's subject is a paper whose quoted name starts with ل: the name is no «told» phrase",
    "وعلقت صحيفة \"لوريان\" اللبنانية على الانتخابات، مؤكدة أن الإقبال كان ضعيفا.",
    { statements: [{ cue: "مؤكدة", source: "صحيفة \"لوريان\" اللبنانية", speaker: "صحيفة \"لوريان\"" }] }],
  ["…and the same name unquoted after the head", "وعلقت صحيفة لوريان على الانتخابات، مؤكدة أن الإقبال كان ضعيفا.",
    { statements: [{ cue: "مؤكدة", source: "صحيفة لوريان" }] }],
  ["…but لـ and an outlet after a person is who was told", "وتحدث الوزير لصحيفة محلية، مؤكدا أن الإقبال كان ضعيفا.",
    { statements: [{ cue: "مؤكدا", source: "الوزير" }] }],
  ["after a given name and a family name with the article, a word in the accusative ا (tanween unwritten) is the verb's object",
    "نشر الكاتب سامي الحوراني مقطعا مصورا على حسابه، قائلا إن الشرطة تأخرت.",
    { statements: [{ cue: "قائلا", source: "الكاتب سامي الحوراني", speaker: "سامي الحوراني" }] }],
  ["…and before it a given name ending in ى is no preposition لـ",
    "نشرت الصحفية ليلى القاسمي صورا للحادث، قائلة إن الوضع خطير.",
    { statements: [{ cue: "قائلة", source: "الصحفية ليلى القاسمي", speaker: "ليلى القاسمي" }] }],
  ["…a given name ending in ا before the family name stays the name's",
    "استقبل الوزير رضا النجار وفدا من البلدة، مؤكدا أن المطالب مشروعة.",
    { statements: [{ cue: "مؤكدا", source: "الوزير رضا النجار", speaker: "رضا النجار" }] }],
  ["…and after a title with its body a given name ending in ا opens the name",
    "استقبل المتحدث باسم الحكومة رضا العلي وفدا، قائلا إن الاتفاق قريب.",
    { statements: [{ cue: "قائلا", source: "المتحدث باسم الحكومة رضا العلي", speaker: "رضا العلي" }] }],
  ["the clause's object in the dual (الطرفين) is no part of the subject's name", "ودعا رئيس البلدية كمال عيسى الطرفين إلى الحوار، مؤكداً أن الطريق آمن.",
    { statements: [{ cue: "مؤكداً", speaker: "كمال عيسى" }] }],
  ["a dateline with a spaced hyphen before the clause: the participle's subject is the verb's",
    "عمّان - شدد رئيس الوزراء سامي حداد على ضرورة خفض الدين، لافتا إلى أن العجز تراجع.",
    { statements: [{ kind: "indirect", cue: "لافتا", source: "رئيس الوزراء سامي حداد", speaker: "سامي حداد", starts: "العجز" }] }],
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
  ["متحدثة before باسم is the noun spokeswoman, the subject of the verb", "وذكرت متحدثة باسم المطار أن الرحلات ستستأنف مساءً.",
    { statements: [{ kind: "indirect", cue: "ذكرت", source: "متحدثة باسم المطار", starts: "الرحلات" }] }],
  // The clause's subject after an opening adverbial and before the verb's object.
  ["في غضون ذلك، + the verb: the phrase before the comma is no subject",
    "في غضون ذلك، أعلن تنظيم المعارضة عبر حساباته سيطرته على القرية، قائلاً إن مقاتليه دخلوها فجراً.",
    { statements: [{ cue: "قائلاً", source: "تنظيم المعارضة", speaker: "تنظيم المعارضة" }] }],
  ["وفي سياق منفصل، + the verb, and an accusative object: the subject ends before the object",
    "وفي سياق منفصل، أصدر المجلس المحلي بياناً رحب فيه بالاتفاق، معتبراً أن الهدنة خطوة مهمة.",
    { statements: [{ cue: "معتبراً", source: "المجلس المحلي", speaker: "المجلس المحلي" }] }],
  ["إلى ذلك، + نفى + نبأ: the denied news is the object, the spokesman the subject",
    "إلى ذلك، نفى المتحدث باسم الحركة نبأ وفاة القائد، مشيرا إلى أنه حي يرزق.",
    { statements: [{ cue: "نفى", source: "المتحدث باسم الحركة" }, { cue: "مشيرا", source: "المتحدث باسم الحركة" }] }],
  ["من جانبه، + the verb, and its object with بالـ: the subject ends before it",
    "من جانبه، توجه المدرب سامي داود بالشكر إلى الجماهير، مشددا على أن الفريق سيعود أقوى.",
    { statements: [{ cue: "مشددا", source: "المدرب سامي داود", speaker: "سامي داود" }] }],
  ["a clause opening with في and no comma: no subject is guessed from the phrase; the speaker before goes on",
    "وقالت البلدية إن الطريق مغلق. وفي إطار الحرص على السلامة أغلقت الجسر أيضا، مشيرة إلى أن الأمطار غزيرة.",
    { statements: [{ speaker: "البلدية" }, { cue: "مشيرة", speaker: "البلدية" }], speakers: [{ name: "البلدية" }] }],
  ["عبّر is a verb, not the preposition عبر: its subject stays",
    "كما عبّر القيادي سامر داود، وهو عضو في المجلس، عن رفضه للقرار، مشيراً إلى أن الشورى لم تنعقد.",
    { statements: [{ cue: "مشيراً", speaker: "سامر داود" }] }],
  ["a dateline, then an opening phrase longer than six words with an apposition: the subject of the reporting verb after its comma",
    "عمّان (وكالات)-- في أول تعليق له بشأن اعتقال المهرب سامي العطار، المطلوب في قضايا عدة منذ سنوات، تحدث وزير الداخلية كمال نصار، الأحد، بشأنها، مؤكدا أن العطار سيحاكم علنا.",
    { statements: [{ cue: "مؤكدا", speaker: "كمال نصار", starts: "العطار" }] }],
  ["a subject too long to take whole that opens with a name before a bracket: the name",
    "وقالت رئيسة اللجنة ريم داود إن النتائج نهائية. في المقابل، عبر سامي حداد (56 عاما) والمنشق عن الحزب الحاكم، وهو منافس الرئيس الأبرز، عن رفضه للنتائج، مشيرا إلى أنها مزورة.",
    { statements: [{ cue: "قالت", speaker: "ريم داود" }, { cue: "مشيرا", speaker: "سامي حداد", starts: "أنها" }] }],
  ["a definite word joined by و after the name describes the person: no part of the name",
    "في المقابل، عبر سامي حداد والمنشق عن الحزب الحاكم، عن رفضه للنتائج، مشيرا إلى أنها مزورة.",
    { statements: [{ cue: "مشيرا", speaker: "سامي حداد" }] }],
];

const writtenWords: Row[] = [
  ["غردت … قائلة: the cue nearest the quote", "وغردت النائبة سلمى الحسيني على تويتر قائلة: \"هذا يوم حزين لكل الأردنيين\".",
    { statements: [{ kind: "direct", cue: "قائلة", source: "النائبة سلمى الحسيني", quotes: ["هذا يوم حزين لكل الأردنيين"] }] }],
];

const order: Row[] = [
  ["قائلاً and a quotation with no colon: direct", "وخرج الوزير قائلاً \"لن أعود إلى هنا\".",
    { statements: [{ kind: "direct", cue: "قائلاً", quotes: ["لن أعود إلى هنا"] }] }],
  // Partial quotes next to their cue (issue 11, family 1).
  ["واصفاً إياها \"…\": the object as إياها, then the quoted predicate", "ونفى الحزب الاتهامات، واصفاً إياها \"بالمسرحية\".",
    { statements: [{ cue: "نفى" }, { cue: "واصفاً", quotes: ["بالمسرحية"], speaker: "الحزب" }] }],
];

// بالقول tells how the clause's verb was done (ar-phrases.tsv, frame manner): when that verb reports
// nothing itself, بالقول is the cue and the verb's subject the speaker.
const manner: Row[] = [
  ["اكتفى X بالقول إن: the subject of the verb before بالقول speaks", "واكتفى المتحدث باسم البلدية رامي حداد بالقول إن الأعمال ستنتهي الشهر المقبل.",
    { statements: [{ kind: "indirect", cue: "بالقول", source: "المتحدث باسم البلدية رامي حداد", speaker: "رامي حداد", starts: "الأعمال", ends: "الشهر المقبل" }] }],
  ["ختم X حديثه بالقول: the possessed medium is the verb's object, not part of the name", "وختم مدرب الفريق سليم عواد حديثه بالقول: \"الموسم لم ينته بعد\".",
    { statements: [{ kind: "direct", cue: "بالقول", source: "مدرب الفريق سليم عواد", speaker: "سليم عواد", quotes: ["الموسم لم ينته بعد"] }] }],
  ["وختم حديثه بالقول with no subject written: the latest speaker", "وقال الوزير هشام البدري إن الميزانية أقرت. وختم حديثه بالقول: \"سنراقب كل قرش\".",
    { statements: [{ cue: "قال", speaker: "هشام البدري" }, { kind: "direct", cue: "بالقول", source: null, speaker: "هشام البدري", quotes: ["سنراقب كل قرش"] }] }],
  ["a quotation right after بالقول, no colon", "وتوجه المحافظ إلى سكان الحي بالقول \"لن نترككم وحدكم في هذه المحنة\".",
    { statements: [{ kind: "direct", cue: "بالقول", speaker: "المحافظ", quotes: ["لن نترككم وحدكم في هذه المحنة"] }] }],
];

// The clause's subject ends before the verb's object: a noun with a possessive pronoun or a medium noun.
const clauseObject: Row[] = [
  ["أشاد X بـ …، مشيراً: the verb's بـ object is no part of the subject", "وأشاد الوزير بجهود الجيش، مشيرا إلى أن الأمن تحسن. وطالب المتظاهرون برحيل الحكومة، مؤكدين أنهم لن يتراجعوا.",
    { statements: [{ cue: "مشيرا", source: "الوزير", speaker: "الوزير" }, { cue: "مؤكدين", source: "المتظاهرون" }] }],
  ["…a بـ word before the object is a name: بسام", "وأشاد الوزير بسام الحداد بجهود الجيش، مشيرا إلى أن الأمن تحسن.",
    { statements: [{ cue: "مشيرا", speaker: "بسام الحداد" }] }],
  ["…باسم is a title's, no object", "وأشاد المتحدث باسم الجيش بجهود الجنود، مؤكدا أن الحدود آمنة.",
    { statements: [{ cue: "مؤكدا", source: "المتحدث باسم الجيش" }] }],
  ["عادت للحديث عن … قائلة: a preposition with the article (للحديث) is no subject; the speaker before",
    "وقالت صحيفة \"النهار\" إن المفاوضات متعثرة. ثم عادت للحديث عن الهدنة قائلة إن الهدنة هشة.",
    { statements: [{ cue: "قالت", speaker: "صحيفة \"النهار\"" }, { cue: "قائلة", speaker: "صحيفة \"النهار\"" }] }],
  ["أبدت X أسفها، مشددة: the object with its pronoun is no part of the subject", "وأبدت هيئة الموانئ أسفها لما حدث، مشددة على أن السلامة أولوية.",
    { statements: [{ cue: "مشددة", speaker: "هيئة الموانئ" }] }],
  ["نشر X تغريدة … قائلا: the medium noun is the object", "ونشر الرئيس سامي الحداد تغريدة على تويتر قائلا: \"سنرد بقوة\".",
    { statements: [{ cue: "قائلا", speaker: "سامي الحداد" }] }],
  ["a name ending in ه stays whole", "ووصل الوزير بيغن زنغنه إلى فيينا، مؤكدا أن الإنتاج سيرتفع.",
    { statements: [{ cue: "مؤكدا", speaker: "بيغن زنغنه" }] }],
  ["وقد before the verb is a particle: the subject follows the verb", "وقد أعلن المدرب سامي حداد تشكيلته للمباراة، مؤكدا أن المباراة صعبة.",
    { statements: [{ cue: "مؤكدا", speaker: "سامي حداد" }] }],
  ["after a definite institution a word without the article is the object", "وقد أرجأت الحركة جولة المحادثات مع الحكومة، مشيرة إلى أنها تدرس الوضع الجديد.",
    { statements: [{ cue: ["مشيرة", "مشيرة إلى"], speaker: "الحركة" }] }],
  ["a definite adjective stays with the institution", "وأرجأت الهيئة الوطنية جولة المحادثات، مشيرة إلى أنها تدرس الوضع الجديد.",
    { statements: [{ cue: ["مشيرة", "مشيرة إلى"], speaker: "الهيئة الوطنية" }] }],
  ["a data noun after a definite institution is the object (كشفت الوزارة أرقام …)", "كشفت الوزارة أرقام التقرير الأخير، مؤكدة أن البطالة تراجعت.",
    { statements: [{ cue: "مؤكدة", source: "الوزارة", speaker: "الوزارة" }] }],
  ["أكد X التزامه … قائلا: a verbal noun with its pronoun is the object (التزام: its ال is a root letter)", "وفي بيان سابق، أكد الوزير سامي الحداد التزامه بقرار المحكمة، قائلا \"نحن نحترم القضاء\".",
    { statements: [{ cue: "قائلا", source: "الوزير سامي الحداد", speaker: "سامي الحداد" }] }],
  ["a title without the article takes the noun after it as its genitive, not as the verb's object",
    "وأوضح مدير برنامج النور سامي الحداد قائلاً: «العمل مستمر».",
    { statements: [{ kind: "direct", cue: "قائلاً", source: "مدير برنامج النور سامي الحداد", speaker: "سامي الحداد" }] }],
  ["a name ending the subject is cut nowhere inside: a family name that opens with ل is no لـ object",
    "وأعرب المبعوث الدولي سامي لينار عن ترحيبه بالاتفاق، مؤكدا أن الحوار مستمر.",
    { statements: [{ cue: "مؤكدا", source: "المبعوث الدولي سامي لينار", speaker: "سامي لينار" }] }],
  ["في and a place between a title and its holder's name stay in the subject",
    "وأعرب رئيس البعثة الأممية في ليبيا سامي حداد عن ترحيبه بالاتفاق، مؤكدا أن الحوار مستمر.",
    { statements: [{ cue: "مؤكدا", source: "رئيس البعثة الأممية في ليبيا سامي حداد", speaker: "سامي حداد" }] }],
  ["…a title, its body and the name may take seven words", "وكانت المدير العام لمنظمة الصحة العالمية سلمى داود قد أعلنت نجاح التجربة، مشيرة إلى أن النتائج واعدة.",
    { someStatements: [{ cue: ["مشيرة", "مشيرة إلى"], speaker: "سلمى داود" }] }],
  ["the clause's subject, not the plural of things of a statement before it (الشائعات التي تتحدث)",
    "ودعا الزعيم الجديد إلى الوحدة، ورد الشائعات التي تتحدث عن خلافات في القيادة، مشيراً إلى أن الحركة موحدة.",
    { someStatements: [{ cue: "تتحدث", speakerKind: "group" }, { cue: "مشيراً", speakerKind: "person" }] }],
  ["…and with no subject found, a masculine participle does not take that plural's speaker",
    "في أول كلمة له، ومدتها 10 دقائق، تعهد الزعيم الجديد للحركة سامي حداد، بالمضي على النهج، داعياً المقاتلين إلى الطاعة، ورد الشائعات التي تتحدث عن خلافات في القيادة، مشيراً إلى أن الحركة موحدة.",
    { someStatements: [{ cue: "تتحدث", speakerKind: "group" }, { cue: "مشيراً", speaker: null }] }],
];

// The words a verb reports end before a comma and a participle of saying: the speaker's next act.
const endsWords: Row[] = [
  ["…، مؤكداً حفظ حقوقهم: the words end at the comma, though the participle reports nothing",
    "وقال المجلس إنه قدم العلاج اللازم للجرحى، مؤكداً حفظ حقوقهم.",
    { statements: [{ cue: "قال", source: "المجلس", ends: "للجرحى" }] }],
  ["…، معلناً دعم الخطة: the words of أكد end at the comma", "وأكد الوزير أن الوضع المالي جيد، معلناً دعم الخطة الجديدة.",
    { someStatements: [{ cue: "أكد", ends: "جيد" }] }],
  ["a comma inside the quotation ends nothing", "وقال الوزير: «سنواصل العمل، مؤكدين التزامنا بالخطة».",
    { someStatements: [{ cue: "قال", kind: "direct", ends: "بالخطة" }] }],
  ["a definite source noun opening the clause is its subject, an aside joined by وبال is not",
    "وقال الجيش إن القصف توقف.\n\nالصحيفة وبالاستناد إلى وزارة الدفاع، تقول إن الضربات لن توقف الهجمات، مشيرة إلى أن التقرير سري.",
    { statements: [{ cue: "قال" }, { cue: "تقول", source: "الصحيفة" }, { cue: "مشيرة", speaker: "الصحيفة" }] }],
  ["a feminine participle right after an indefinite noun, its words not opening at once, is its adjective (نتائج واعدة من …)",
    "وقالت الوزيرة منى سالم إن التجربة حققت نتائج واعدة من الممكن أن \"تغير قواعد اللعبة\" في مكافحة المرض.",
    { statements: [{ cue: "قالت", speaker: "منى سالم", starts: "التجربة", ends: "مكافحة المرض" }] }],
  ["…and a verbal noun spelled like a participle after a construct noun (في سياق متابعة …) is no cue",
    "وفي سياق متابعة تنفيذ مقررات القمة يعقد اجتماع لـ\"هيئة متابعة القرارات\" الأحد المقبل.",
    { statements: [] }],
  ["…but after a definite noun it is a participle of saying (الحكومة … القانون مؤكدة أنه …)",
    "ورفضت الحكومة القانون مؤكدة أنه يمس الحريات.",
    { statements: [{ cue: "مؤكدة", starts: "أنه يمس" }] }],
  ["a masculine participle after a feminine verb's clause is the main clause subject's, not that verb's speaker",
    "ورد اللاعب ماركو فيرا على الاتهامات التي وجهتها له سيدة تدعى سارة لين، والتي ادعت أنه أساء إليها، نافياً صحة هذه الادعاءات.",
    { someStatements: [{ cue: "نافياً", speaker: "ماركو فيرا", starts: "صحة" }] }],
];

describe("Arabic participles", () => {
  describe("the words end before a participle", () => table(endsWords));
  describe("the clause subject before the object", () => table(clauseObject));
  describe("manner phrase بالقول", () => table(manner));
  describe("participles", () => table(participles));
  describe("written words", () => table(writtenWords));
  describe("order", () => table(order));
});
