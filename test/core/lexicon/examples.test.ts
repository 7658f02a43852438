// Every lexicon row carries an example; here each example is run through analyze() and
// must do what its row promises: a verb row gives a statement whose cue is that verb, a
// preposition row a statement with that cue, an anonymity row that phrase, a source noun
// a speaker of that kind, a background formula no statement, a naming word a quotation
// that is nobody's words, page furniture nothing at all. A row whose example fails is a row that does not work.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { analyze, type Analysis, type SpeakerKind } from "../../../src/core";
import { lexicon } from "../../../src/core/lexicon";
import { normPhrase, normWord } from "../../../src/core/text/chars";
import { checkSpans } from "../expect";
import { KNOWN_GAPS } from "../known-gaps";

const rowsOf = (file: string) => lexicon().rows.filter((r) => r.file === file);
type LexRow = ReturnType<typeof rowsOf>[number];

/** One test per row of `file`; a row whose example is a known gap (known-gaps.ts) runs as an expected failure. */
function eachRow(file: string, check: (r: LexRow, i: number) => void): void {
  rowsOf(file).forEach((r, i) => {
    if (KNOWN_GAPS.has(r.example)) test.fails(`${label(r)} [known gap]`, () => check(r, i));
    else test(label(r), () => check(r, i));
  });
}
const label = (r: { cells: string[]; example: string }) => `${r.cells[0]} — ${r.example}`;
const words = (cell: string) => (cell && cell !== "-" ? cell.split(/\s+/).filter(Boolean) : []);

function run(example: string): Analysis {
  const a = analyze(example);
  checkSpans(example, a);
  return a;
}

/** The lemmas of the cues a statement's cue word can be (the word as written, with a clitic و/ف or without). */
function cueLemmas(cueText: string): string[] {
  const first = normWord(cueText.split(/\s+/)[0]);
  const lists = lexicon().cueWords.get(first);
  return [...(lists?.plain ?? []), ...(lists?.clitic ?? [])].map((e) => e.lemma);
}

function expectCue(example: string, lemma: string): void {
  const a = run(example);
  const cues = a.statements.map((s) => s.cue?.text ?? "");
  expect(cues.some((c) => cueLemmas(c).includes(lemma)), `a statement with the cue ${lemma}; got ${JSON.stringify(cues)}`).toBe(true);
}

describe("lexicon examples", () => {
  describe("ar-verbs.tsv: a statement whose cue is the row's verb", () => {
    eachRow("ar-verbs.tsv", (r) => {
      const [past, present] = r.cells;
      expectCue(r.example, normWord(past === "-" ? present : past));
    });
  });

  describe("ar-phrases.tsv: a statement whose cue is the phrase", () => {
    eachRow("ar-phrases.tsv", (r) => expectCue(r.example, normPhrase(r.cells[0])));
  });

  describe("en-verbs.tsv: a statement whose cue is the row's verb", () => {
    eachRow("en-verbs.tsv", (r) => expectCue(r.example, r.cells[0]));
  });

  describe("preps.tsv: a statement whose cue is the preposition", () => {
    eachRow("preps.tsv", (r) => {
      const phrase = normPhrase(r.cells[0]).replace(/ ل$/, "");
      const cues = run(r.example).statements.map((s) => normPhrase(s.cue?.text ?? ""));
      expect(cues.some((c) => c === phrase || c.startsWith(phrase + " ")), `a statement with the cue ${phrase}; got ${JSON.stringify(cues)}`).toBe(true);
    });
  });

  describe("anonymity.tsv: the example's phrase is found", () => {
    const patterns = lexicon().anonymity;
    eachRow("anonymity.tsv", (r, i) => {
      const a = run(r.example);
      // The phrase found holds a spelling of the pattern's anchor (its rarest required word).
      const anchor = patterns[i].slots[patterns[i].anchor].alts.map((x) => x.w);
      const found = a.anonymity.map((s) => s.text);
      const holdsAnchor = (t: string) => t.split(/\s+/).map(normWord).some((w) => anchor.some((x) => w === x || ((w[0] === "و" || w[0] === "ف") && w.slice(1) === x)));
      expect(found.some(holdsAnchor), `a phrase with ${anchor.join("|")}; got ${JSON.stringify(found)}`).toBe(true);
    });
  });

  // What kind of speaker a mention headed (or described) by each class names.
  const KIND: Record<string, SpeakerKind> = { anon: "anonymous", informed: "anonymous", descriptor: "anonymous", title: "person", org: "organization", orgname: "organization", place: "organization", group: "group", data: "organization", part: "organization" };
  for (const file of ["ar-sources.tsv", "en-sources.tsv"]) {
    describe(`${file}: a speaker of the row's kind, mentioned with one of its words`, () => {
      eachRow(file, (r) => {
        const [formsCell, cls] = r.cells;
        const forms = words(formsCell).map((f) => normWord(f).replace(/^ال/, ""));
        const a = run(r.example);
        const speakers = a.speakers.map((s) => ({ kind: s.kind, mentions: s.mentions.map((m) => normPhrase(m.text)) }));
        const fits = speakers.some((s) => s.kind === KIND[cls] && s.mentions.some((m) => forms.some((f) => m.includes(f))));
        expect(fits, `a ${KIND[cls]} mentioned with ${forms.join("|")}; got ${JSON.stringify(speakers)}`).toBe(true);
      });
    });
  }

  describe("ar-grammar.tsv: the words load with their class, and the example reads as the class says", () => {
    eachRow("ar-grammar.tsv", (r) => {
      const [formsCell, cls] = r.cells;
      for (const w of words(formsCell)) expect(lexicon().grammar.get(normWord(w)), `${w} loaded`).toBeDefined();
      const a = run(r.example);
      // A background formula opens the journalist's own aside, a plan or rule after وفق names no
      // source; every other example reports a statement.
      if (cls === "background" || cls === "norm") expect(a.statements).toEqual([]);
      else expect(a.statements.length, "a statement").toBeGreaterThan(0);
    });
  });

  describe("background.tsv: the formula is nobody's statement", () => {
    eachRow("background.tsv", (r) => {
      expect(run(r.example).statements).toEqual([]);
    });
  });

  describe("furniture.tsv: the page furniture is read as blank", () => {
    eachRow("furniture.tsv", (r) => {
      const a = run(r.example);
      const end = r.cells[0].length;
      // (Its example's statement has no subject written: the sentence the furniture was glued to names it.)
      expect(a.statements.length, "the sentence after it is a statement").toBeGreaterThan(0);
      expect(a.statements.map((st) => st.speaker === null), "each has its speaker").not.toContain(true);
      // (Nothing found reaches into the furniture: it opens each example.)
      for (const st of a.statements) expect(Math.min(st.content.start, st.cue?.start ?? Infinity, st.source?.start ?? Infinity)).toBeGreaterThanOrEqual(end);
      expect(a.speakers.every((sp) => sp.mentions.every((m) => m.start >= end))).toBe(true);
    });
  });

  describe("naming.tsv: the quoted name or title is nobody's words", () => {
    eachRow("naming.tsv", (r) => {
      const a = run(r.example);
      expect(a.statements.flatMap((s) => s.quotes.map((q) => q.text))).toEqual([]);
      expect(a.diagnostics.filter((d) => d.rule === "unattributed-quote")).toEqual([]);
    });
  });

  describe("ar-states.tsv: the state's names and its government are one speaker", () => {
    eachRow("ar-states.tsv", (r) => {
      const a = run(r.example);
      expect(a.statements.length, "two statements").toBe(2);
      expect(a.speakers.map((s) => [s.kind, s.mentions.length]), "one organization, both mentions").toEqual([["organization", 2]]);
    });
  });

  describe("gender.tsv: the example's speaker has the row's gender", () => {
    eachRow("gender.tsv", (r) => {
      const [, gender] = r.cells;
      const got = run(r.example).speakers.map((s) => `${s.name}: ${s.gender}`);
      expect(got.some((g) => g.endsWith(`: ${gender}`)), `a ${gender} speaker; got ${JSON.stringify(got)}`).toBe(true);
    });
  });

  // A word list is asked for by name (lexicon().ar.<name>, lexicon().en.<name>): each list
  // loads, its examples analyse cleanly, and some code outside the loader asks for it.
  describe("ar-words.tsv, en-words.tsv: every list is used by the code", () => {
    const src = join(__dirname, "../../../src/core");
    const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith(".ts") && f !== "word-lists.ts" ? [join(d, f)] : []));
    const code = walk(src).map((f) => readFileSync(f, "utf8")).join("\n");
    for (const [file, lists] of [
      ["ar-words.tsv", lexicon().ar],
      ["en-words.tsv", lexicon().en],
    ] as const) {
      eachRow(file, (r) => {
        const name = r.cells[0];
        expect((lists as Record<string, ReadonlySet<string>>)[name]?.size, `${name} loaded`).toBeGreaterThan(0);
        expect(new RegExp(`\\.${name}\\b`).test(code), `${name} used in src/core`).toBe(true);
        run(r.example);
      });
    }
  });
});
