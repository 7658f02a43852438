// The JSON schema VS Code checks `.isnad.json` with (schemas/isnad.schema.json, contributed
// through jsonValidation) and the reader the analyser uses (src/core/lexicon/house.ts) agree:
// the README's example file passes both, and each broken file below fails both.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Validator } from "@cfworker/json-schema";
import { describe, expect, it } from "vitest";
import { houseLexicon } from "../../src/core";

const root = join(__dirname, "..", "..");
const schema = JSON.parse(readFileSync(join(root, "schemas", "isnad.schema.json"), "utf8"));
const validator = new Validator(schema, "7", false);
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** The example file of the README's "House lexicons" section. */
function readmeExample(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### House lexicons"));
  return /```json\n([\s\S]*?)```/.exec(section)![1];
}

const broken: [string, unknown][] = [
  ["an unknown key", { verbz: [] }],
  ["an unknown frame", { verbs: { en: [{ base: "quip", frames: ["shout"] }] } }],
  ["a pattern in a phrase", { anonymity: [{ phrase: "who asked|wanted", lang: "en" }] }],
  ["a control character", { ignore: ["by staff\u0007"] }],
  ["a missing field", { sources: [{ forms: ["tipster"] }] }],
  ["a wrong class", { sources: [{ forms: ["tipster"], class: "spy" }] }],
  ["a list that is a string", { titles: "editor" }],
  ["two words where one is wanted", { sources: [{ forms: ["news desk"], class: "anon" }] }],
];

describe(".isnad.json schema", () => {
  it("is contributed for .isnad.json", () => {
    expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: ".isnad.json", url: "./schemas/isnad.schema.json" }]);
  });

  it("the README's example passes the schema and the reader, every entry taken", () => {
    const text = readmeExample();
    expect(validator.validate(JSON.parse(text)).errors).toEqual([]);
    const read = houseLexicon(text);
    expect(read.problems).toEqual([]);
    expect(read.entries).toBe(7);
  });

  for (const [name, file] of broken) {
    it(`${name}: refused by both`, () => {
      expect(validator.validate(file).valid).toBe(false);
      expect(houseLexicon(JSON.stringify(file)).problems.length).toBeGreaterThan(0);
    });
  }
});
