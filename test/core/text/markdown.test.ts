// What Markdown masking (src/core/text/markdown.ts) leaves for the analysis: the prose, with the
// marks of the syntax as spaces, every offset the document's. One row per case:
// [description, Markdown, what the analysis reads].
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { maskMarkdown } from "../../../src/core/text/markdown";
import { analyze } from "../../../src/core/index";

/** `md` with each of `marks` (found left to right, each after the one before) as spaces. */
function without(md: string, ...marks: string[]): string {
  let out = md;
  let from = 0;
  for (const m of marks) {
    const at = out.indexOf(m, from);
    if (at < 0) throw new Error(`no ${m} after ${from}`);
    out = out.slice(0, at) + " ".repeat(m.length) + out.slice(at + m.length);
    from = at + m.length;
  }
  return out;
}

const link = '[Rana Aziz](https://x.org/r "profile") said';
const lines = '## Talks\n> - "We will not sign," he said.\n1. Next';
const rows: [string, string, string][] = [
  ["bold and emphasis marks", "**Sami Haddad** and _Rana_ said", without("**Sami Haddad** and _Rana_ said", "**", "**", "_", "_")],
  ["a link keeps its text; destination and title go", link, without(link, "[", '](https://x.org/r "profile")')],
  ["a reference link keeps its text", "[the ministry][1] said", without("[the ministry][1] said", "[", "][1]")],
  ["a reference definition line goes", '[1]: https://x.org "Ministry"', without('[1]: https://x.org "Ministry"', '[1]: https://x.org "Ministry"')],
  ["an image goes whole", "![a photo](p.png) The minister", without("![a photo](p.png) The minister", "![a photo](p.png)")],
  ["heading, quote and list markers", lines, without(lines, "##", "> -", "1.")],
  ["tags and autolinks", "<b>Haddad</b> said <https://x.org>", without("<b>Haddad</b> said <https://x.org>", "<b>", "</b>", "<https://x.org>")],
  ["snake_case, 2 * 3 and a word's apostrophe stay", "file_name is 2 * 3, Haddad's", "file_name is 2 * 3, Haddad's"],
  ["a backslash escape keeps its mark", "\\*not emphasis\\*", without("\\*not emphasis\\*", "\\", "\\")],
  ["a table: the rule row goes, each cell's bar is a line break (a cell is a paragraph)", "| من | ماذا |\n|---|:---:|\n| Haddad | said the talks stalled |",
    "\n من \n ماذا \n\n" + " ".repeat(11) + "\n\n Haddad \n said the talks stalled \n"],
  ["an escaped bar stays in its cell; a line with one bar is no table row", "| a \\| b | c |\nx | y", "\n a  | b \n c \n\nx | y"],
  ["Arabic with bold", "وقال **الوزير سامي حداد** إن", without("وقال **الوزير سامي حداد** إن", "**", "**")],
];

describe("Markdown masking", () => {
  for (const [name, md, want] of rows)
    it(name, () => {
      const got = maskMarkdown(md);
      expect(got.length).toBe(md.length);
      expect(got).toBe(want);
    });
  it("every character stays or becomes a space (a table's bar a line break); line breaks stay (any mix of Markdown marks)", () => {
    const pieces = [..."*_~`[]()<>!#\\-+.:|\"' \nab", "**", "](", "<!--", "-->", "```", "> ", "1. ", "قال", "https://x.org"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((xs) => xs.join("")), (md) => {
        const got = maskMarkdown(md);
        expect(got.length).toBe(md.length);
        for (let i = 0; i < md.length; i++) {
          if (got[i] !== md[i]) expect(md[i] === "|" && got[i] === "\n" ? " " : got[i]).toBe(" ");
          if (md[i] === "\n") expect(got[i]).toBe("\n");
        }
      }),
    );
  });
  it("a long line of unclosed brackets, tags, backticks and comments is read through (no pattern rescans the line)", () => {
    const md = "[a <b x=1 *_ `` <!-- ".repeat(5000);
    expect(maskMarkdown(md)).toHaveLength(md.length);
  });
  it("a statement in a table cell ends at the cell's bar", () => {
    const md = "| الوزير | قال سامي حداد إن المحادثات توقفت |\n|---|---|\n";
    const a = analyze(md, { markdown: true });
    expect(a.statements.map((s) => s.content.text)).toEqual(["المحادثات توقفت"]);
  });
  it("a bold name with its apposition is the speaker, spans pointing into the original", () => {
    const md = "**Sami Haddad**, the water minister, said the talks had stalled.";
    const a = analyze(md, { markdown: true });
    expect(a.statements).toHaveLength(1);
    const src = a.statements[0].source!;
    expect(md.slice(src.start, src.end)).toBe(src.text);
    expect(a.speakers[0].name).toBe("Sami Haddad");
  });
});
