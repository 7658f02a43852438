// House lexicons (.isnad.json; src/core/lexicon/house.ts, house-lexicon.ts): each kind of
// entry changes the analysis as the same row in a built-in data file would, the built-in
// lexicon is untouched by it, and a broken or hostile file gives problems with their
// places and adds nothing wrong.
// One row per kind of entry: [description, house file, text, what must hold without it, what must hold with it].
import { describe, expect, it } from "vitest";
import { analyze, houseLexicon, type Analysis } from "../../../src/core";

type Check = (a: Analysis) => void;
type Row = [string, object, string, Check, Check];

const cue = (a: Analysis) => a.statements.map((s) => s.cue?.text ?? "");
const rules = (a: Analysis) => a.diagnostics.map((d) => d.rule);
const speaker = (a: Analysis, name: string) => a.speakers.find((s) => s.mentions.some((m) => m.text.includes(name)));

const rows: Row[] = [
  ["an English reporting verb with its forms and frames",
    { verbs: { en: [{ base: "harrumph", forms: ["harrumphed", "harrumphs", "harrumphing"], frames: ["that", "clause", "quote"], example: "The mayor harrumphed that the budget was a work of fiction." }] } },
    "The mayor harrumphed that the budget was a work of fiction.",
    (a) => expect(cue(a)).not.toContain("harrumphed"),
    (a) => expect(cue(a)).toContain("harrumphed")],
  ["an Arabic reporting verb, forms generated from its three columns",
    { verbs: { ar: [{ past: "همس", present: "يهمس", frames: ["an", "colon", "quote"], example: "وهمست الوزيرة بأن القرار نهائي" }] } },
    "وهمست الوزيرة بأن القرار نهائي. ويهمس المسؤولون بأن الخطة تغيرت.",
    (a) => expect(cue(a).join()).not.toMatch(/همس/),
    (a) => expect(cue(a)).toEqual(["همست", "يهمس"])],
  ["a source noun of class anon makes an anonymous source",
    { sources: [{ forms: ["tipster", "tipsters"], class: "anon", example: "A tipster said the deal was dead." }] },
    "A tipster said the deal was dead.",
    (a) => expect(rules(a)).not.toContain("anonymous-source"),
    (a) => expect(rules(a)).toContain("anonymous-source")],
  ["an anonymity phrase (literal words) explains the anonymity",
    { anonymity: [{ phrase: "who asked to stay in the shadows", lang: "en" }] },
    "A senior official, who asked to stay in the shadows, said the talks had stalled.",
    (a) => expect(rules(a)).toContain("anonymous-no-reason"),
    (a) => {
      expect(rules(a)).not.toContain("anonymous-no-reason");
      expect(a.anonymity.map((s) => s.text).join()).toContain("who asked to stay in the shadows");
    }],
  ["a title makes a titled person",
    { titles: [{ forms: ["ombudsperson"] }] },
    "The ombudsperson said the complaint was upheld.",
    (a) => expect(speaker(a, "ombudsperson")?.kind).not.toBe("person"),
    (a) => expect(speaker(a, "ombudsperson")?.kind).toBe("person")],
  ["a known name of an organization",
    { names: [{ name: "شركة", kind: "organization" }, { name: "نقابة الصحفيين", kind: "organization" }] },
    "وقالت نقابة الصحفيين إن الإضراب مستمر.",
    () => undefined,
    (a) => expect(speaker(a, "نقابة")?.kind).toBe("organization")],
  ["an ignored phrase is not analysed, offsets unchanged",
    { ignore: ["a senior official said"] },
    "A senior official said the talks had stalled. The minister said talks would resume.",
    (a) => expect(a.statements.length).toBe(2),
    (a) => {
      expect(a.statements.length).toBe(1);
      expect(a.statements[0].cue?.text).toBe("said");
      expect(a.statements[0].cue?.start).toBe(59);
    }],
];

describe("house lexicon entries", () => {
  for (const [name, file, text, without, withHouse] of rows) {
    it(name, () => {
      const read = houseLexicon(JSON.stringify(file));
      expect(read.problems).toEqual([]);
      expect(read.lexicon).not.toBeNull();
      without(analyze(text));
      withHouse(analyze(text, { lexicon: read.lexicon! }));
      // The built-ins are untouched: the same text without the house lexicon, again.
      without(analyze(text));
    });
  }

  it("an editor's paragraph cache reads every paragraph again under another lexicon", async () => {
    const { createParagraphCache } = await import("../../../src/core");
    const text = "A tipster said the deal was dead.\n\nThe minister said talks would resume.";
    const house = houseLexicon(JSON.stringify({ sources: [{ forms: ["tipster"], class: "anon" }] })).lexicon!;
    const cache = createParagraphCache();
    expect(analyze(text, {}, cache).diagnostics).toEqual(analyze(text).diagnostics);
    expect(analyze(text, { lexicon: house }, cache).diagnostics).toEqual(analyze(text, { lexicon: house }).diagnostics);
    expect(rules(analyze(text, { lexicon: house }, cache))).toContain("anonymous-source");
    expect(rules(analyze(text, {}, cache))).not.toContain("anonymous-source");
  });
});

// [description, file text, where the problem must be (line, from 1), words its message must hold]
const bad: [string, string, number, string][] = [
  ["not JSON", '{\n  "verbs": {\n    "en": [ { "base": "quip" } \n  }\n}', 4, "Not valid JSON"],
  ["a list that is not a list", '{\n  "titles": "ombudsman"\n}', 2, "must be a list"],
  ["a wrong type in an entry", '{\n  "sources": [\n    { "forms": ["insider"], "class": 3 }\n  ]\n}', 3, '"class" must be one of'],
  ["an unknown frame", '{\n  "verbs": { "en": [\n    { "base": "quip", "frames": ["that", "shout"] }\n  ] }\n}', 3, 'Unknown frame "shout"'],
  ["an unknown key", '{\n  "verbz": []\n}', 2, 'Unknown key "verbz"'],
  ["a pattern character", '{\n  "anonymity": [\n    { "phrase": "who asked|wanted", "lang": "en" }\n  ]\n}', 3, "literal words only"],
  ["a control character", '{\n  "ignore": [\n    "by staff\\u0007"\n  ]\n}', 3, "U+0007"],
  ["a bidi control character", '{\n  "ignore": [\n    "by \\u202Estaff"\n  ]\n}', 3, "U+202E"],
  ["a missing field", '{\n  "verbs": { "en": [\n    { "frames": ["that"] }\n  ] }\n}', 3, 'needs "base"'],
  ["the root is an array", "[1, 2]", 1, "one JSON object"],
];

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

describe("a broken house file", () => {
  for (const [name, text, line, words] of bad) {
    it(name, () => {
      const read = houseLexicon(text);
      expect(read.problems.length).toBeGreaterThan(0);
      const p = read.problems[0];
      expect(p.message).toContain(words);
      expect(lineAt(text, p.s)).toBe(line);
    });
  }

  it("the good entries of a file with a bad one apply", () => {
    const text = JSON.stringify({ sources: [{ forms: ["tipster"], class: "anon" }, { forms: ["x"], class: "nope" }] });
    const read = houseLexicon(text);
    expect(read.problems).toHaveLength(1);
    expect(rules(analyze("A tipster said the deal was dead.", { lexicon: read.lexicon! }))).toContain("anonymous-source");
  });

  it("a 10 MB file is refused whole, quickly, and the built-ins keep working", () => {
    const huge = '{"ignore": [' + Array.from({ length: 750_000 }, () => '"aaaaaaaaaaa"').join(",") + "]}";
    expect(huge.length).toBeGreaterThan(10_000_000);
    const read = houseLexicon(huge);
    expect(read.lexicon).toBeNull();
    expect(read.problems[0].message).toContain("at most");
    expect(rules(analyze("A senior official said the talks had stalled."))).toContain("anonymous-no-reason");
  });

  it("deep nesting is refused at its place, without recursing into it", () => {
    const deep = '{"verbs": ' + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    const read = houseLexicon(deep);
    expect(read.lexicon).toBeNull();
    expect(read.problems[0].message).toContain("nested more than");
  });

  it("thousands of entries: the first 2,000 of a list are taken and the rest reported", () => {
    const many = JSON.stringify({ ignore: Array.from({ length: 5000 }, (_, i) => `boilerplate phrase ${i}`) });
    const read = houseLexicon(many);
    expect(read.entries).toBe(2000);
    expect(read.problems[0].message).toContain("the first 2000 are used");
    expect(analyze("A senior official said the talks had stalled. boilerplate phrase 7", { lexicon: read.lexicon! }).statements).toHaveLength(1);
  });
});
