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
  ["an escaped # or - at a line's start is text, no heading or list marker", "\\# 5 was named\n\\- Haddad", " # 5 was named\n - Haddad"],
  ["an escaped < is text, no tag (a ticker in wire copy)", "Acme Corp \\<ACM> said", "Acme Corp  <ACM> said"],
  ["an escaped [ opens no link", "\\[Haddad](x) said", " [Haddad](x) said"],
  ["a link's text may run over a line of its paragraph", "[Rana\nAziz](https://x.org) said", without("[Rana\nAziz](https://x.org) said", "[", "](https://x.org)")],
  ["a stray [ before a link is text: the link opens at the last [", "a [U.S.[ force, [the army](https://x.org) said", `a [U.S.[ force,  the army ${" ".repeat("(https://x.org)".length)} said`],
  ["a link's text does not run over a blank line", "[Rana\n\nAziz](https://x.org) said", "[Rana\n\nAziz](https://x.org) said"],
  ["emphasis between a quotation mark and its words: invisible marks, not spaces", '"*We will win*" Haddad', '"\u200eWe will win\u200e" Haddad'],
  ["emphasis around the quotation marks: spaces", '*"We will win"* Haddad', ' "We will win"  Haddad'],
  ["emphasis after a closing mark, before a full stop: a space (the mark still closes)", 'said *"we will win"*.', 'said  "we will win" .'],
  ["emphasis after a full stop inside the marks: invisible", '"*We will win.*"', '"\u200eWe will win.\u200e"'],
  ["a backslash at a line's end is a hard break, no character", "the talks\\\nstalled", "the talks \nstalled"],
  ["a thematic break and a setext underline have no words", "Talks stall\n===\n\n* * *\n", "Talks stall\n   \n\n     \n"],
  // CommonMark: an ordered list item interrupts a paragraph only when it is numbered 1.
  ["a year opening a line inside a paragraph is its text, no list marker", "The plant opened in\n1986. That year", "The plant opened in\n1986. That year"],
  ["…and so inside a block quote", "> The plant opened in\n> 1986. That year", "  The plant opened in\n  1986. That year"],
  ["a 1. interrupts a paragraph: a list marker", "Talks stalled\n1. Haddad", "Talks stalled\n   Haddad"],
  ["a number after a list item starts the next item", "1. Haddad\n2. Aziz", "   Haddad\n   Aziz"],
  ["a number opening a paragraph is a list item's", "Talks stalled\n\n1986. Haddad", "Talks stalled\n\n      Haddad"],
  ["a link's text glued to 's: its marks are invisible, not spaces", "[Haddad](https://x.example)'s son", ` Haddad${"\u200e".repeat("](https://x.example)".length)}'s son`],
  ["a link opening a quotation: the mark after the quotation mark is invisible", "“[Crooked Hill](https://x.example) Clinton", `“\u200eCrooked Hill${" ".repeat("](https://x.example)".length)} Clinton`],
];

describe("Markdown masking", () => {
  for (const [name, md, want] of rows)
    it(name, () => {
      const got = maskMarkdown(md);
      expect(got.length).toBe(md.length);
      expect(got).toBe(want);
    });
  it("every character stays or becomes a space (a table's bar a line break, emphasis by a quotation mark an invisible mark); line breaks stay (any mix of Markdown marks)", () => {
    const pieces = [..."*_~`[]()<>!#\\-+.:|\"' \nab", "**", "](", "<!--", "-->", "```", "> ", "1. ", "قال", "https://x.org"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((xs) => xs.join("")), (md) => {
        const got = maskMarkdown(md);
        expect(got.length).toBe(md.length);
        for (let i = 0; i < md.length; i++) {
          if (got[i] !== md[i]) expect(md[i] === "|" && got[i] === "\n" ? " " : got[i] === "\u200e" ? " " : got[i]).toBe(" ");
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

// A Markdown paragraph runs to a blank line: its lines are one paragraph of the analysis (a wrapped
// sentence, a block quote's lines, a list item's continuation), while a heading, a list item or a
// table row starts a paragraph of its own. [description, Markdown, each statement's content and speaker]
const paragraphRows: [string, string, [string, string][]][] = [
  ["a sentence wrapped over two lines reads as one", "The minister said the talks\nwould resume on Monday.\n", [["the talks\nwould resume on Monday", "The minister"]]],
  ["a hard break (two spaces) inside a sentence", "Rana Aziz said the plan  \nhad failed.\n", [["the plan  \nhad failed", "Rana Aziz"]]],
  ["an Arabic sentence wrapped over two lines", "وقال الوزير سامي حداد إن المحادثات\nستستأنف يوم الاثنين.\n", [["المحادثات\nستستأنف يوم الاثنين", "سامي حداد"]]],
  ["a quotation over two lines of a block quote, > on each", '> "We will not sign this deal,\n> not today," Rana Aziz said.\n', [["We will not sign this deal,\n> not today,", "Rana Aziz"]]],
  ["a block quote's lazy line (no >) continues it", "> The ministry said the plan\nwas delayed.\n", [["the plan\nwas delayed", "The ministry"]]],
  ["a list item's indented line continues it; the next item is a paragraph of its own", "- The ministry said the plan\n  was delayed.\n- Aziz said the plan failed.\n", [["the plan\n  was delayed", "The ministry"], ["the plan failed", "Aziz"]]],
  ["two list items stay two paragraphs", "- Haddad said the talks stalled\n- Aziz said the plan failed\n", [["the talks stalled", "Haddad"], ["the plan failed", "Aziz"]]],
  ["a heading is a paragraph of its own", "# Minister says talks stalled\nThe minister said on Monday that the talks had stalled.\n", [["talks stalled", "Minister"], ["the talks had stalled", "Minister"]]],
  ["a block quote's line does not continue a paragraph before it", "The minister said the talks stalled\n> Aziz said the plan failed\n", [["the talks stalled", "The minister"], ["the plan failed", "Aziz"]]],
  ["a bold last name: the speaker's name has no run of spaces", "Sami **Haddad**, the minister, said the talks had stalled.\n", [["the talks had stalled", "Sami Haddad"]]],
  ["a bold name before its 's: the name shown holds no invisible mark", "**Rubio**'s campaign said the poll was wrong.\n", [["the poll was wrong", "Rubio's campaign"]]],
  ["a bold name before a comma inside an anonymous source: the comma follows the word in its name", "وقالت مصادر مقربة من **سامي حداد**، وزير المالية، إن الخطة تعثرت.\n", [["الخطة تعثرت", "مصادر مقربة من سامي حداد، وزير المالية"]]],
  ["a link over a name wrapped over a line: one name", "[Rana\nAziz](https://x.org/r) said the plan had failed.\n", [["the plan had failed", "Rana Aziz"]]],
  ["a sentence wrapped over two lines with Windows line ends", "The minister said the talks\r\nwould resume on Monday.\r\n", [["the talks\r\nwould resume on Monday", "The minister"]]],
  ["a backslash hard break inside a sentence", "Rana Aziz said the plan\\\nhad failed.\n", [["the plan\\\nhad failed", "Rana Aziz"]]],
  ["a name wrapped over two lines of a block quote, the surname alone later: the person named in full",
    "> Speaking at the grain fair, Dana\n> Wexley, a director of Holt Farms, rejected the claims.\n\nWexley said the margins were normal.\n",
    [["the margins were normal", "Dana Wexley"]]],
  ["emphasis inside the quotation marks: the quotation is read, its words the content", '"*We will win*," Sami Haddad said.\n', [["We will win*,", "Sami Haddad"]]],
  ["a year opening a wrapped line goes on with the sentence (no list item)", "The minister said the talks would end in\n2024. Aziz disagreed.\n", [["the talks would end in\n2024", "The minister"]]],
  ["…in Arabic too", "وقال الوزير سامي حداد إن المحادثات ستنتهي في عام\n2024. ورفض عزيز ذلك.\n", [["المحادثات ستنتهي في عام\n2024", "سامي حداد"]]],
  ["numbered list items stay paragraphs of their own", "1. Haddad said the talks stalled\n2. Aziz said the plan failed\n", [["the talks stalled", "Haddad"], ["the plan failed", "Aziz"]]],
  ["a link over a name before its 's: one name, as in plain text", "[Haddad](https://x.example)'s son said the plant would close.\n", [["the plant would close", "Haddad's son"]]],
  ["bold glued to the clitic و before a name: the name joins the source, as in plain text", "وأكد سامي حداد و**كريم دبور** أن الخطة جاهزة.\n", [["الخطة جاهزة", "سامي حداد وكريم دبور"]]],
  ["a link in bold before its 's, a name in apposition after: that person, as in plain text", "**[Sami Haddad](https://x.example)**'s son, *Karim*, said the plant would close.\n", [["the plant would close", "Karim"]]],
  ["a link's text opening a quotation: the quotation is the subject's, as in plain text",
    "Ana Ruiz welcomed the ruling on Monday.\n\n“[A great day](https://x.example) for the town and for everyone who fought for it.”\n",
    [["A great day](https://x.example) for the town and for everyone who fought for it.", "Ana Ruiz"]]],
  ["an aside in brackets in a block quote: its subject is the he after it", "Her son Tom gained attention in 1992 when a reporter wrote about him.\n\n> (Tom Vale defended his mother and refused to criticise the party. ''The party is not against us,'' he said.)\n",
    [["about him", "a reporter"], ["The party is not against us,", "Tom Vale"]]],
  ["an Arabic name wrapped over two lines of a block quote: the whole name for a dropped subject", "> أكد وزير الخارجية الشيخ سالم بن آل\n> حمدان، الجمعة، على دعم بلاده للاتفاق، ورأى أن الحوار هو الحل الوحيد.\n",
    [["الحوار هو الحل الوحيد", "سالم بن آل حمدان"]]],
  ["two people named together over a block quote's wrapped line are a group: a surname alone later is the person",
    "French Prime Minister Jacques Chirac met President Ronald Reagan.\n\n> In a joint statement, Chirac\n> and Reagan said the two institutes would share the patent.\n\n\"This agreement opens a new era,\" Reagan said.\n",
    [["the two institutes would share the patent", "Chirac and Reagan"], ["This agreement opens a new era,", "Ronald Reagan"]]],
  ["a long Arabic line with no full stop, then an Arabic line: two paragraphs, as in plain text",
    `# المياه\n\n${"وقال وزير المياه سامي حداد إن المحادثات مع دول الجوار بشأن تقاسم مياه النهر ستستأنف الأسبوع المقبل بعد توقف دام شهرين بسبب الخلاف على حصص الري في موسم الصيف وعلى طريقة قياس منسوب المياه في السدود الثلاثة على طول المجرى"}\n${"المحادثات المقبلة ستكون حاسمة لمستقبل المزارعين في المنطقة الجنوبية حسب تقديرات الخبراء في الجامعة"}\n`,
    [["المحادثات مع دول الجوار بشأن تقاسم مياه النهر ستستأنف الأسبوع المقبل بعد توقف دام شهرين بسبب الخلاف على حصص الري في موسم الصيف وعلى طريقة قياس منسوب المياه في السدود الثلاثة على طول المجرى", "سامي حداد"],
      ["المحادثات المقبلة ستكون حاسمة لمستقبل المزارعين في المنطقة الجنوبية", "تقديرات الخبراء في الجامعة"]]],
  ["a long Arabic line ending on a complementiser's subject (إن الحكومة) goes on in the next line: one sentence",
    `# الأجور\n\n${"بعد اجتماع طويل مع ممثلي النقابات العمالية وأصحاب المصانع في المدن الصناعية الثلاث لبحث أزمة الأجور وساعات العمل الإضافية التي أثارت احتجاجات واسعة في الأسابيع الماضية، قال وزير العمل الأردني سامي حداد إن الحكومة"}\nلن تسمح بأن يدفع العمال ثمن الأزمة.\n`,
    [["الحكومة\nلن تسمح بأن يدفع العمال ثمن الأزمة", "سامي حداد"]]],
  ["…and so does one ending on a particle (في) or a comma",
    `# الأجور\n\n${"وقال وزير العمل الأردني سامي حداد في مؤتمر صحفي عقده بعد اجتماع طويل مع ممثلي النقابات العمالية وأصحاب المصانع في المدن الصناعية الثلاث لبحث أزمة الأجور وساعات العمل الإضافية إن الحكومة ستعلن خطة جديدة للأجور في"}\nالأسبوع المقبل بعد التشاور مع النقابات.\n`,
    [["الحكومة ستعلن خطة جديدة للأجور في\nالأسبوع المقبل بعد التشاور مع النقابات", "سامي حداد"]]],
  ["a short line with no end mark between a long Arabic line and an Arabic one is a headline of its own, no part of the lead",
    `# الديون\n\n${"وقال وزير المالية سامي حداد إن المحادثات مع الدائنين بشأن جدولة الديون ستستأنف الأسبوع المقبل بعد توقف دام شهرين بسبب الخلاف على شروط القرض الجديد وعلى طريقة احتساب الفوائد المتراكمة منذ بداية الأزمة المالية في البلاد"}\nحزمة تمويل جديدة لليونان\nأعلن صندوق النقد الدولي أمس أن مجلسه التنفيذي وافق على القرض.\n`,
    [["المحادثات مع الدائنين بشأن جدولة الديون ستستأنف الأسبوع المقبل بعد توقف دام شهرين بسبب الخلاف على شروط القرض الجديد وعلى طريقة احتساب الفوائد المتراكمة منذ بداية الأزمة المالية في البلاد", "سامي حداد"],
      ["مجلسه التنفيذي وافق على القرض", "صندوق النقد الدولي"]]],
  ["a long line with no full stop, then a heading-like line and a blank line: the heading is no part of the sentence",
    "The council said the budget would be cut by a third over the next two years and that the savings would go to the roads, the schools and the new hospital that is being built on the hill above the old town\nBudget vote next week\n\nTom Vale said the vote would be close.\n",
    [["the budget would be cut by a third over the next two years and that the savings would go to the roads, the schools and the new hospital that is being built on the hill above the old town", "The council"], ["the vote would be close", "Tom Vale"]]],
];

describe("Markdown paragraphs", () => {
  for (const [name, md, want] of paragraphRows)
    it(name, () => {
      const a = analyze(md, { markdown: true });
      for (const st of a.statements) expect(md.slice(st.content.start, st.content.end)).toBe(st.content.text);
      expect(a.statements.map((st) => [st.content.text, a.speakers.find((sp) => sp.id === st.speaker)?.name])).toEqual(want);
    });
  it("emphasis around a quotation before its full stop: the quotation closes (no unbalanced mark)", () => {
    const md = 'وقالت الوزارة إن الوضع *"مستقر تماماً"*.\n';
    expect(analyze(md, { markdown: true }).diagnostics.map((d) => d.rule)).not.toContain("unbalanced-quote");
  });
  it("emphasis inside a quotation's marks: the quotation closes (no unbalanced mark)", () => {
    const md = 'Rana Aziz said: "*We will not sign this deal.*" The talks ended.\n';
    const a = analyze(md, { markdown: true });
    expect(a.diagnostics.map((d) => d.rule)).not.toContain("unbalanced-quote");
    expect(a.statements[0].quotes.map((q) => q.text)).toEqual(["We will not sign this deal."]);
  });
  it("copy typed one paragraph a line (long lines ending a sentence) keeps its paragraphs, as in plain text", () => {
    const filler = "The river rose for a third day on Monday and the water reached the lower streets of the old town, where shop owners moved their goods to upper floors and the council handed out sandbags to anyone who asked for them at the depot.";
    const md = ["Floods reach the old town", filler, filler, filler, filler, filler, "A senior official said the dam would hold."].join("\n") + "\n";
    const rules = (a: ReturnType<typeof analyze>) => a.diagnostics.map((d) => d.rule);
    // The official speaks in the seventh paragraph, past the story's opening: no anonymous-lead.
    expect(rules(analyze(md))).not.toContain("anonymous-lead");
    expect(rules(analyze(md, { markdown: true }))).not.toContain("anonymous-lead");
    // Wrapped lines (short) still join: the same words wrapped are one paragraph, the lead.
    const wrapped = md.replace(/\n(?!$)/g, " ").replace(/(.{60}\S*) /g, "$1\n");
    expect(rules(analyze(wrapped, { markdown: true }))).toContain("anonymous-lead");
  });
  it("short lines typed one paragraph a line, each ending a sentence, no blank line between: read as in plain text", () => {
    const md = ["Floods hit the valley", "Heavy rain fell for a third day on Wednesday.", "Roads into the town were closed.", "Schools stayed shut.",
      "The river rose above its banks.", "Farmers moved their animals to higher ground.", "Officials said more rain was expected on Thursday."].join("\n") + "\n";
    const rules = (a: ReturnType<typeof analyze>) => a.diagnostics.map((d) => d.rule);
    // The officials speak in the seventh paragraph: no anonymous-lead, in plain text or in Markdown.
    expect(rules(analyze(md))).not.toContain("anonymous-lead");
    expect(rules(analyze(md, { markdown: true }))).not.toContain("anonymous-lead");
  });
  it("a sentence a line, paragraphs between blank lines: Markdown paragraphs, joined (a quotation over two lines closes)", () => {
    const para = (who: string) => [`${who} said: "The plan is bad.`, `It will fail by the spring," she added.`, "The council met on Monday.", "It voted on the budget.", "The vote was close."].join("\n");
    const md = [para("Ana Ruiz"), para("Lena Marsh"), para("Sara Kell")].join("\n\n") + "\n";
    expect(analyze(md, { markdown: true }).diagnostics.map((d) => d.rule)).not.toContain("unbalanced-quote");
  });
  it("a long Arabic line with no full stop at its end is a paragraph of its own: the next line's source stays its own", () => {
    const first = "نفى مصدر مسؤول في الاتحاد المحلي لكرة القدم ما تردد عن استقالة رئيس الاتحاد بعد خسارة المنتخب في المباراة الأخيرة من التصفيات، وقال إن الرئيس باق في منصبه حتى نهاية ولايته حسبما قال في حوار مع التلفزيون الرسمي يوم الثلاثاء";
    const md = `# الاتحاد ينفي\n\n${first}\nكشف مصدر آخر مقرب من مجلس الإدارة أن تغييرات كبيرة ستطال الجهاز الفني قريباً.\n`;
    const a = analyze(md, { markdown: true });
    const sources = a.statements.map((st) => st.source?.text);
    expect(sources).toContain("مصدر آخر مقرب من مجلس الإدارة");
  });
  it("a name written with a no-break space is shown with a space (plain text too)", () => {
    const a = analyze("Donald\u00a0Trump said the vote was rigged.\n");
    expect(a.speakers.map((sp) => sp.name)).toEqual(["Donald Trump"]);
  });
  it("the same text as plain text keeps a line a paragraph", () => {
    const a = analyze("The minister said the talks\nwould resume on Monday.\n");
    expect(a.statements.map((st) => st.content.text)).toEqual(["the talks"]);
  });
  it("front matter and a heading are no paragraphs of the story's opening (an anonymous lead is found)", () => {
    const md = "---\ntitle: Talks\nauthor: desk\nnote: none\n---\n\n# Talks stall\n\nA senior official said the talks had stalled.\n";
    expect(analyze(md, { markdown: true }).diagnostics.map((d) => d.rule)).toContain("anonymous-lead");
  });
  it("an isnad-disable-next-line comment still turns off the input's next line only", () => {
    const md = "<!-- isnad-disable-next-line anonymous-source -->\nA senior official said the talks\nhad stalled, and an aide said the plan failed.\n";
    const rules = analyze(md, { markdown: true }).diagnostics.filter((d) => d.rule === "anonymous-source").map((d) => d.range.text);
    expect(rules).toEqual(["an aide said"]);
  });
});
