// The anonymous-no-reason rule (src/core/rules/anonymous-no-reason.ts): the one finding of an
// anonymous source whose anonymity the story does not explain; it says what to do, and for a
// bare source (مصدر، sources) also asks for a description (there is no separate vague finding).
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["anonymous source without a reason: one warning that says what to do, and the source listed on its attribution",
    "وقال مسؤول أمني إن الهجوم أحبط في اللحظة الأخيرة.",
    { findings: [{ rule: "anonymous-no-reason", has: "مسؤول أمني", says: "اذكر سبب عدم تسمية المصدر، أو سمِّه", count: 1 }, { rule: "anonymous-source", count: 1 }] }, { locale: "ar" }],
  ["English anonymous without a reason: one warning that says what to do, and the source listed on its attribution",
    "An official said the shipment had arrived at the port.",
    { findings: [{ rule: "anonymous-no-reason", has: "official", says: "Say why the source is not named, or name it.", count: 1 }, { rule: "anonymous-source", count: 1 }] }],
  ["bare مصادر: the warning also asks for a description",
    "وقالت مصادر إن الاجتماع تأجل.",
    { findings: [{ rule: "anonymous-no-reason", text: "مصادر", says: "اذكر موقع المصدر أو صلته بالمعلومة", count: 1 }] }, { locale: "ar" }],
  ["bare مصدر: the warning also asks for a description",
    "وقال مصدر إن الاجتماع تأجل.",
    { findings: [{ rule: "anonymous-no-reason", text: "مصدر", says: "اذكر موقع المصدر", count: 1 }] }, { locale: "ar" }],
  ["described مصدر: no advice to describe it",
    "وقال مصدر في وزارة الدفاع إن الاجتماع تأجل.",
    { findings: [{ rule: "anonymous-no-reason", saysNot: "اذكر موقع المصدر", count: 1 }] }, { locale: "ar" }],
  ["مصادر مطلعة على المحادثات is described",
    "وقالت مصادر مطلعة على المحادثات إن الاجتماع تأجل.",
    { findings: [{ rule: "anonymous-no-reason", saysNot: "اذكر موقع المصدر", count: 1 }] }, { locale: "ar" }],
  ["bare English sources: the warning also asks for a description",
    "Sources said the deal was close.",
    { findings: [{ rule: "anonymous-no-reason", text: "Sources", says: "position or knowledge", count: 1 }] }],
  ["a source familiar with the matter is described",
    "A source familiar with the matter said the deal was close.",
    { findings: [{ rule: "anonymous-no-reason", saysNot: "position or knowledge", count: 1 }] }],
  ["one mention that two speakers share (مصدران, the subject of two cues): one finding on it",
    "وقال مصدران في وقت سابق، إن الوفد يحضر تقريرا يفيد بأن الرئيس \"سيغادر منصبه خلال أيام قليلة من الآن\".",
    { findings: [{ rule: "anonymous-no-reason", text: "مصدران", count: 1 }] }],
  // A general class of people needs no reason (anonymous-source lists it): a quantifier alone, "those who", relatives, backers, survivors.
  ["a quantifier alone as the source (as some have speculated): a general class, no warning",
    "The plan will not necessarily fail, as some have speculated.",
    { findings: [{ rule: "anonymous-source", text: "some", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["\"those who said\": a general class, no warning",
    "The mayor drew even stronger support from those who said the port should stay open.",
    { findings: [{ rule: "anonymous-source", text: "those", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["relatives and backers: a general class, no warning",
    "Relatives of the fisherman said he had left at dawn. Many backers said they would vote for him again.",
    { findings: [{ rule: "anonymous-source", count: 2 }], noFindings: ["anonymous-no-reason"] }],
  ["Arabic survivors (ناجون): a general class, no warning",
    "وتحدث ناجون عن مشاهد مروعة في القرى الساحلية.",
    { findings: [{ rule: "anonymous-source", text: "ناجون", count: 1 }], noFindings: ["anonymous-no-reason"] }],
  ["…but insiders counted alone still get it: two officials",
    "Two officials said the plan had been dropped.",
    { findings: [{ rule: "anonymous-no-reason", count: 1 }] }],
  ["Arabic message in the Arabic locale, English in the English one",
    "Officials said the talks had stalled.",
    { findings: [{ rule: "anonymous-no-reason", says: "اذكر سبب عدم تسمية المصدر" }] }, { locale: "ar" }],
];

describe("rule anonymous-no-reason", () => table(rows));
