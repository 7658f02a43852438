// A cue in a relative clause on words said before it, with فيها/فيه after it
// (src/core/ar/constructions/medium-author.ts): the words' author speaks — the subject of the verb that
// issued them is the source (as subject-first reads أصدرت الوزارة بياناً قالت فيه); an author under لـ or
// in construct is no subject of the cue's, so no source is written (ANNOTATION: تغريدة أوحى فيها has none).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["the author under لـ after the words (تصريحات للمتحدث …، فلان، أكد فيها)",
    "وقال المدير سامر العلي إن الموسم انتهى. ونقلت الإذاعة تصريحات للمتحدث باسم البلدية، كمال الشامي، أكد فيها أن الطريق سيفتح.",
    { statements: [{ cue: "قال", speaker: "سامر العلي" }, { cue: "أكد", source: null, speaker: "كمال الشامي", starts: "الطريق" }] }],
  ["…in construct with the words (تصريحات حارس النادي فلان التي اعترف فيها)",
    "وردت الرابطة على تصريحات حارس النادي نبيل العطار التي اعترف فيها بأنه أخطأ.",
    { statements: [{ cue: "اعترف", source: null, speaker: "نبيل العطار" }] }],
  ["…the subject of the verb that issued them, after a time word or قد (كتب فلان تغريدة، …، قال فيها)",
    "وقال المدرب سامر العلي إن الفريق جاهز. وكتب المهاجم كمال الشامي تغريدة، مساء أمس، قال فيها إنه سيبقى. وكان النادي قد أصدر، السبت، بيانا أعلن فيه أن العقد جدد.",
    { statements: [
      { cue: "قال", speaker: "سامر العلي" },
      { cue: "قال", source: "المهاجم كمال الشامي", speaker: "كمال الشامي", starts: "إنه سيبقى" },
      { cue: "أعلن", source: "النادي", starts: "العقد" },
    ] }],
  ["…the medium before the page it was on (تغريدة على صفحته قال فيها), after the subject's apposition (was the source «تغريدة على صفحته»)",
    "ونشر اللاعب كمال الشامي، قائد الفريق، تغريدة على صفحته قال فيها: \"سنعود أقوى\".",
    { statements: [{ cue: "قال", source: "اللاعب كمال الشامي، قائد الفريق", speaker: "كمال الشامي" }] }],
  ["…a tweet (ar-words authoredTexts) is no subject when its author is not read: the dropped subject speaks (was the source «تغريدة»)",
    "وقال المدرب سامر العلي إن الفريق جاهز. وكتب المهاجم السابق، الذي لعب للنادي عشرة مواسم وأحرز معه ثلاثة ألقاب، تغريدة قال فيها إنه سيعتزل.",
    { statements: [{ cue: "قال", speaker: "سامر العلي" }, { cue: "قال", source: null, speaker: "المهاجم السابق", starts: "إنه سيعتزل" }] }],
  ["…and after أدلى فلان بتصريحات, with an adjective on them (بتصريحات صحفية أكدت فيها)",
    "وأدلت الوزيرة ليلى منصور بتصريحات صحفية أكدت فيها أن الموازنة جاهزة.",
    { statements: [{ cue: "أكدت", source: "الوزيرة ليلى منصور", speaker: "ليلى منصور" }] }],
  ["…not a phrase that is no subject (بسبب تصريحات …، علقت عليها برسالة): the author is found otherwise or not at all",
    "وتراجعت الأسهم بسبب تصريحات أدلى بها الوزير سامر العلي، قال فيها إن الفائدة سترتفع.",
    { statements: [{ cue: "قال", source: null, speaker: "سامر العلي" }] }],
  ["…not when the clause's verb carries its object (بعد أن استقبله): the one it refers to issued the words",
    "وصل وزير الخارجية أحمد سالم إلى العاصمة أمس. ونشر بعد أن استقبله الرئيس كريم العلي تغريدة قال فيها إن العلاقات ممتازة.",
    { statements: [{ cue: "قال", source: null, speaker: "أحمد سالم" }] }],
  ["the subject of a clause after بعد أن / بعدما / عندما that issued the words, not the main clause's (was no source: the speaker before, or none)",
    "وقال المحافظ إن الطرق آمنة. وتأتي الاشتباكات الأخيرة بعد أن نشرت جماعة النصر شريط فيديو على «يوتيوب» أعلنت فيه أنها ستواصل القتال.\n\nوقال المحافظ إن الطرق آمنة. وجاء ذلك بعدما نشرت صحيفة \"المساء\" مساء الخميس، مقالا مرفقا بفيديو، كشفت فيه أن المستشار استقال.\n\nوقال المحافظ إن الطرق آمنة. وعاد الجدل عندما نشر الكاتب نبيل العطار تغريدة قال فيها إن المشروع فاشل.",
    { statements: [
      { cue: "قال", speaker: "المحافظ" },
      { cue: "أعلنت", source: "جماعة النصر", speaker: "جماعة النصر", starts: "أنها" },
      { cue: "قال", speaker: "المحافظ" },
      { cue: "كشفت", source: "صحيفة \"المساء\"", starts: "المستشار" },
      { cue: "قال", speaker: "المحافظ" },
      { cue: "قال", source: "الكاتب نبيل العطار", speaker: "نبيل العطار", starts: "المشروع" },
    ] }],
  ["جاء فيه / ورد فيها after a document its issuer wrote: the issuer speaks (was no statement)",
    "وأصدر النادي بيانا جاء فيه \"نرفض هذه الاتهامات بشكل قاطع\". ووجه المحافظ سامر العلي رسالة إلى الأهالي ورد فيها أن المياه ستعود غدا. وأصدر الوزير كمال الشامي قرارا جاء فيه: \"تعطل الدراسة في المدارس غدا\".",
    { statements: [
      { cue: "جاء فيه", source: "النادي", speaker: "النادي" },
      { cue: "ورد فيها", source: "المحافظ سامر العلي", speaker: "سامر العلي", starts: "المياه" },
      { cue: "جاء فيه", source: "الوزير كمال الشامي", speaker: "كمال الشامي" },
    ] }],
  ["…after في بيان, the clause's subject (نعت الجمعية فلاناً في بيان جاء فيه), and the author in construct (تقرير المركز الذي جاء فيه)",
    "ونعت الجمعية الخيرية مؤسسها في بيان جاء فيه: \"رحل عنا رجل عظيم\". ورفض الوزير تقرير مركز الرصد الذي جاء فيه أن الأسعار ارتفعت.",
    { statements: [
      { cue: "جاء فيه", speaker: "الجمعية الخيرية" },
      { cue: "جاء فيه", speaker: "مركز الرصد", starts: "الأسعار" },
    ] }],
  ["…not with no issuer read: the last speaker did not write it (وجاء فيه after another's words; a tweet a page posted)",
    "وقال القارئ سامر العلي إن الأسعار مرتفعة. وكان المقال حمل عنوانا لافتا، وجاء فيه \"ارتفعت الأسعار كثيرا\". ونشرت الصفحة الرسمية للبطولة تغريدة جاء فيها \"سعيدون بتعيين السفير الجديد\".",
    { statements: [{ cue: "قال", speaker: "سامر العلي" }] }],
  ["جاء فيه / ورد فيها after words من an author: the author speaks, not who received or published them (was the receiver)",
    "وتلقت البلدية رسالة من نقابة السائقين جاء فيها أن الإضراب سيبدأ غدا. ونشرت المجلة رسالة من قارئ ورد فيها أن الخدمات سيئة. وتلقى المحافظ مرسوما من الحكومة جاء فيه أن المعبر سيغلق.",
    { statements: [
      { cue: "جاء فيها", source: null, speaker: "نقابة السائقين", starts: "الإضراب" },
      { cue: "ورد فيها", source: null, speaker: "قارئ", starts: "الخدمات" },
      { cue: "جاء فيه", source: null, speaker: "الحكومة", starts: "المعبر" },
    ] }],
  ["…and with no author, the subject only of a verb that issues them (ar-words issuingVerbs): not of تسلم، قرأ، رفض (was the receiver, the reader)",
    "وتسلمت النيابة شكوى جاء فيها أن التاجر هدد جيرانه. وقرأ المذيع بيانا جاء فيه أن الجسر أغلق. ورفض الوزير العريضة التي قدمها السكان، وجاء فيها أن المياه مقطوعة.",
    { statements: [] }],
  ["…the subject of a verb that issues them stays the author (وزعت، وجه، بعد أن أرسلت)",
    "ووزعت النقابة منشورا جاء فيه أن الإضراب يبدأ غدا. وقال المدير سامر العلي إن الطرق آمنة. وجاء ذلك بعد أن أرسلت الجمعية رسالة ورد فيها أن المخيم مكتظ.",
    { statements: [
      { cue: "جاء فيه", source: "النقابة", starts: "الإضراب" },
      { cue: "قال", speaker: "سامر العلي" },
      { cue: "ورد فيها", source: "الجمعية", starts: "المخيم" },
    ] }],
  ["…and ما جاء فيه is the object of a participle, whose quoted words stay (واصفاً ما جاء فيه بـ\"…\")",
    "ورد الوفد على بيان الوزارة، واصفاً ما جاء فيه بـ\"الافتراءات الباطلة\" و\"الإساءات المرفوضة\".",
    { statements: [{ cue: "واصفاً", speaker: "الوفد" }] }],
  ["the author under لـ or in construct ends at a feminine verb carrying the words (بيان للحزب نشرته الوكالة) (was «للحزب نشرته الوكالة الرسمية»)",
    "جاء ذلك في بيان للحزب نشرته الوكالة الرسمية، قال فيه: \"نرفض الاتهامات\".\n\nونقلت الإذاعة تصريحات للمتحدث باسم البلدية كمال الشامي نقلتها الوكالة، أكد فيها أن الطريق سيفتح.",
    { statements: [{ cue: "قال", source: null, speaker: "للحزب" }, { cue: "أكد", source: null, speaker: "كمال الشامي" }] }],
  ["…not at a name ending in ه (حارس النادي عبدالله العلي التي اعترف فيها)",
    "وردت اللجنة على تصريحات حارس النادي عبدالله العلي التي اعترف فيها بأنه أخطأ.",
    { statements: [{ cue: "اعترف", source: null, speaker: "عبدالله العلي" }] }],
];

describe("Arabic words' author (فيها/فيه)", () => table(rows));
