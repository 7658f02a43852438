// Quick fixes over stdio: each one's edit applied to the text and the result
// checked (then sent back to the server, whose findings must follow), snippets
// for a client that takes them and plain text for one that does not; and the
// hover that explains a finding's rule with its standard.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type Range,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { RULES } from "../../src/core/rules";
import { snippetText } from "../../src/server/fixEdits";
import { markdownCode } from "../../src/core";
import { sentenceEnd, straightPairs } from "../../src/server/fixQuotes";
import { startHarness, type Harness } from "./harness";

const SNIPPET_CLIENT = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true, snippetEditSupport: true } },
  textDocument: { publishDiagnostics: { versionSupport: true } },
};

interface Applied {
  text: string;
  /** Where a snippet's first placeholder landed, as [start, end) offsets in the new text. */
  placeholder?: [number, number];
  /** Whether any edit was a snippet. */
  snippet: boolean;
}

/** Applies a workspace edit for `uri` to `text`, as an editor would (all edits at once, one undo). */
function apply(text: string, uri: string, edit: WorkspaceEdit, version?: number): Applied {
  const doc = TextDocument.create(uri, "plaintext", version ?? 0, text);
  let edits: { range: Range; newText?: string; snippet?: { value: string } }[];
  if (edit.documentChanges) {
    const change = edit.documentChanges[0] as TextDocumentEdit;
    expect(edit.documentChanges).toHaveLength(1);
    expect(change.textDocument.uri).toBe(uri);
    if (version !== undefined) expect(change.textDocument.version).toBe(version);
    edits = change.edits as typeof edits;
  } else {
    edits = edit.changes![uri];
  }
  const sorted = edits.map((e) => ({ ...e, start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) })).sort((a, b) => b.start - a.start);
  let out = text;
  let placeholder: [number, number] | undefined;
  let snippet = false;
  for (const e of sorted) {
    let insert = e.newText ?? "";
    if (e.snippet) {
      snippet = true;
      const m = /\$\{1:((?:[^}\\]|\\.)*)\}/u.exec(e.snippet.value);
      insert = snippetText(e.snippet.value);
      if (m) {
        const at = e.start + snippetText(e.snippet.value.slice(0, m.index)).length;
        placeholder = [at, at + snippetText(m[1]).length];
      }
    }
    out = out.slice(0, e.start) + insert + out.slice(e.end);
  }
  return { text: out, placeholder, snippet };
}

/** The fixes offered, without the two that silence a rule (offered for every finding; tested in house.test.ts). */
async function actionsFor(h: Harness, uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const all = ((await h.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } })) ?? []) as CodeAction[];
  return all.filter((a) => !/^(Disable \S+ for this (line|document)|عطّل القاعدة \S+ في هذا (السطر|المستند))$/u.test(a.title));
}

/** Replaces the whole text (a new version) and returns its diagnostics. */
async function replaceAll(h: Harness, uri: string, before: string, after: string) {
  const lines = before.split("\n");
  const v = await h.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } }, text: after }]);
  return (await h.waitDiagnostics(uri, (p) => p.version === v)).diagnostics;
}

describe("quick fix: say why a source is anonymous", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ capabilities: SNIPPET_CLIENT });
  });
  afterAll(async () => {
    await h.close();
  });

  // [name, text, the result expected with the placeholder, a reason to fill it with]
  const rows: [string, string, string, string][] = [
    [
      "Arabic, indefinite source, clause closed before the rest of the sentence",
      "وقال مصدر حكومي إن الحكومة ستعلن قراراتها غدا.\n",
      "وقال مصدر حكومي، طلب عدم نشر اسمه لأنه [السبب]، إن الحكومة ستعلن قراراتها غدا.\n",
      "غير مخول بالحديث",
    ],
    [
      "Arabic, definite source takes الذي",
      "وقال المسؤول إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "وقال المسؤول، الذي طلب عدم نشر اسمه لأنه [السبب]، إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "غير مخول بالحديث",
    ],
    [
      "Arabic, definite plural source: الذين طلبوا … أسمائهم",
      "وقال المسؤولون إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "وقال المسؤولون، الذين طلبوا عدم نشر أسمائهم لأنهم [السبب]، إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "غير مخولين بالحديث",
    ],
    [
      "Arabic, indefinite plural source: طلبوا … أسمائهم",
      "وقال مسؤولون أمريكيون إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "وقال مسؤولون أمريكيون، طلبوا عدم نشر أسمائهم لأنهم [السبب]، إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "غير مخولين بالحديث",
    ],
    [
      "Arabic, definite feminine source: التي طلبت … اسمها",
      "وقالت المسؤولة إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "وقالت المسؤولة، التي طلبت عدم نشر اسمها لأنها [السبب]، إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "غير مخولة بالحديث",
    ],
    [
      "Arabic, مصادر (a plural of things) agrees in the feminine singular: طلبت … أسمائها",
      "وقالت مصادر مطلعة إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "وقالت مصادر مطلعة، طلبت عدم نشر أسمائها لأنها [السبب]، إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "غير مخولة بالحديث",
    ],
    [
      "Arabic, dual source: طلبا … اسميهما",
      "وقال مصدران إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "وقال مصدران، طلبا عدم نشر اسميهما لأنهما [السبب]، إن الوفد وصل إلى العاصمة مساء الأحد.\n",
      "غير مخولين بالحديث",
    ],
    [
      "English, source before its verb",
      "A senior official said the talks had failed.\n",
      "A senior official, who spoke on condition of anonymity because [reason], said the talks had failed.\n",
      "he was not authorized to speak",
    ],
    [
      "English, plural source",
      "Officials said the talks had failed.\n",
      "Officials, who spoke on condition of anonymity because [reason], said the talks had failed.\n",
      "they were not authorized to speak",
    ],
    [
      "English, source at the end of the sentence: no closing comma",
      "The talks had failed, according to a senior official.\n",
      "The talks had failed, according to a senior official, who spoke on condition of anonymity because [reason].\n",
      "he was not authorized to speak",
    ],
  ];

  for (const [name, text, expected, reason] of rows) {
    it(name, async () => {
      const uri = `file:///tmp/isnad-test/reason-${rows.findIndex((r) => r[0] === name)}.txt`;
      const p = await h.open(uri, text);
      const d = p.diagnostics.find((x) => x.code === "anonymous-no-reason");
      expect(d, JSON.stringify(p.diagnostics)).toBeDefined();
      const actions = await actionsFor(h, uri, d!.range, [d!]);
      const fix = actions.find((a) => a.diagnostics?.[0]?.code === "anonymous-no-reason");
      expect(fix?.kind).toBe("quickfix");
      expect(fix?.isPreferred).toBe(true);
      expect(fix?.title).toMatch(/Say why the source is not named/);
      const applied = apply(text, uri, fix!.edit!, p.version);
      expect(applied.text).toBe(expected);
      // The cursor is left on the part to fill: the placeholder, selected.
      expect(applied.snippet).toBe(true);
      expect(applied.text.slice(...applied.placeholder!)).toMatch(/^\[(السبب|reason)\]$/u);
      // Only offered: the server's document is unchanged until the edit is applied.
      expect(h.latest(uri)!.version).toBe(p.version);
      // Applied and filled in, the source's anonymity is explained: no warning left.
      const filled = applied.text.slice(0, applied.placeholder![0]) + reason + applied.text.slice(applied.placeholder![1]);
      const after = await replaceAll(h, uri, text, filled);
      expect(after.some((x) => x.code === "anonymous-no-reason")).toBe(false);
      expect(after.some((x) => x.code === "anonymous-source")).toBe(true);
    });
  }

  it("a client without snippet edits gets the same text, placeholder included", async () => {
    const plain = await startHarness();
    try {
      const uri = "file:///tmp/isnad-test/reason-plain.txt";
      const text = rows[0][1];
      const p = await plain.open(uri, text);
      const d = p.diagnostics.find((x) => x.code === "anonymous-no-reason")!;
      const [fix] = (await actionsFor(plain, uri, d.range, [d])).filter((a) => a.diagnostics?.[0]?.code === "anonymous-no-reason");
      const applied = apply(text, uri, fix.edit!, p.version);
      expect(applied.snippet).toBe(false);
      expect(applied.text).toBe(rows[0][2]);
    } finally {
      await plain.close();
    }
  });
});

describe("quick fixes: quotation marks", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ capabilities: SNIPPET_CLIENT });
  });
  afterAll(async () => {
    await h.close();
  });

  async function unbalanced(uri: string, text: string) {
    const p = await h.open(uri, text);
    const d = p.diagnostics.filter((x) => x.code === "unbalanced-quote");
    expect(d, JSON.stringify(p.diagnostics)).toHaveLength(1);
    const actions = await actionsFor(h, uri, d[0].range, d);
    return { p, actions, result: (title: RegExp) => apply(text, uri, actions.find((a) => title.test(a.title))!.edit!, p.version).text };
  }

  it("an unclosed Arabic « closes before the sentence's full stop, or at the paragraph's end, or goes", async () => {
    const text = "وقال الوزير: «لن نقبل بأي شروط. وسنواصل الحوار مع الجميع\nوشهدت العاصمة هدوءاً.\n";
    const { actions, result } = await unbalanced("file:///tmp/isnad-test/unbalanced-ar.txt", text);
    expect(actions.map((a) => a.title)).toEqual([
      "Close the quotation with » at the end of the sentence",
      "Close the quotation with » at the end of the paragraph",
      "Remove the stray quotation mark «",
    ]);
    expect(actions.filter((a) => a.isPreferred).map((a) => a.title)).toEqual(["Close the quotation with » at the end of the sentence"]);
    expect(result(/sentence/)).toBe("وقال الوزير: «لن نقبل بأي شروط». وسنواصل الحوار مع الجميع\nوشهدت العاصمة هدوءاً.\n");
    expect(result(/paragraph/)).toBe("وقال الوزير: «لن نقبل بأي شروط. وسنواصل الحوار مع الجميع»\nوشهدت العاصمة هدوءاً.\n");
    expect(result(/Remove/)).toBe("وقال الوزير: لن نقبل بأي شروط. وسنواصل الحوار مع الجميع\nوشهدت العاصمة هدوءاً.\n");
  });

  it("an unclosed English “ closes after the sentence's full stop", async () => {
    const text = "The minister said: “We will not accept any conditions. Talks go on\n";
    const { result, p } = await unbalanced("file:///tmp/isnad-test/unbalanced-en.txt", text);
    expect(result(/sentence/)).toBe("The minister said: “We will not accept any conditions.” Talks go on\n");
    // Applied, the finding is gone.
    const after = await replaceAll(h, "file:///tmp/isnad-test/unbalanced-en.txt", text, result(/sentence/));
    expect(after.some((x) => x.code === "unbalanced-quote")).toBe(false);
    expect(p.version).toBe(1);
  });

  it("a sentence that runs to the paragraph's end gets one close, at its end", async () => {
    const text = "وقال الوزير: «لن نقبل بأي شروط\n";
    const { actions, result } = await unbalanced("file:///tmp/isnad-test/unbalanced-end.txt", text);
    expect(actions.map((a) => a.title)).toEqual(["Close the quotation with » at the end of the paragraph", "Remove the stray quotation mark «"]);
    expect(result(/paragraph/)).toBe("وقال الوزير: «لن نقبل بأي شروط»\n");
  });

  it("in Markdown, a quotation closes in its own paragraph, not in the list item or heading after it", async () => {
    for (const [name, text, want] of [
      ["list", 'An aide said “we will not stop\n- Item one said nothing.\n', 'An aide said “we will not stop”\n- Item one said nothing.\n'],
      ["heading", "# Talks\nThe aide said “we will not stop\n## Next\nHe said more.\n", "# Talks\nThe aide said “we will not stop”\n## Next\nHe said more.\n"],
    ]) {
      const { result } = await unbalanced(`file:///tmp/isnad-test/unbalanced-${name}.md`, text);
      expect(result(/paragraph/), name).toBe(want);
    }
  });

  it("a stray closing mark is only removed", async () => {
    const text = "وقال الوزير إن الحكومة لن تقبل» بأي شروط.\n";
    const p = await h.open("file:///tmp/isnad-test/stray.txt", text);
    const d = p.diagnostics.filter((x) => x.code === "unbalanced-quote");
    expect(d).toHaveLength(1);
    const actions = await actionsFor(h, "file:///tmp/isnad-test/stray.txt", d[0].range, d);
    expect(actions.map((a) => a.title)).toEqual(["Remove the stray quotation mark »"]);
    expect(apply(text, "file:///tmp/isnad-test/stray.txt", actions[0].edit!).text).toBe("وقال الوزير إن الحكومة لن تقبل بأي شروط.\n");
  });

  it("straight quotes become the document's style, one pair or every pair, in one edit each", async () => {
    const uri = "file:///tmp/isnad-test/straight.txt";
    const text = 'وقال الوزير: "لن نقبل بأي شروط".\nوأضاف: "سنواصل الحوار".\n"We are ready," the minister said.\n';
    await h.open(uri, text);
    const inside = { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } };
    const actions = await actionsFor(h, uri, inside, []);
    expect(actions.map((a) => a.title)).toEqual([
      "Convert these straight quotation marks to « »",
      "Convert every pair of straight quotation marks in the document to its style (3 pairs)",
    ]);
    expect(apply(text, uri, actions[0].edit!, 1).text).toBe('وقال الوزير: "لن نقبل بأي شروط".\nوأضاف: «سنواصل الحوار».\n"We are ready," the minister said.\n');
    // Arabic quotes get « », the English one “ ”.
    expect(apply(text, uri, actions[1].edit!, 1).text).toBe("وقال الوزير: «لن نقبل بأي شروط».\nوأضاف: «سنواصل الحوار».\n“We are ready,” the minister said.\n");
    // Outside any pair: nothing offered.
    expect(await actionsFor(h, uri, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, [])).toEqual([]);
  });

  it("isnad.quoteStyle.arabic: curly gives “ ” to Arabic quotes too", async () => {
    const uri = "file:///tmp/isnad-test/straight-curly.txt";
    const text = 'وأضاف: "سنواصل الحوار".\n';
    await h.open(uri, text);
    h.setSettings({ quoteStyle: { arabic: "curly" } });
    try {
      const [one] = await actionsFor(h, uri, { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, []);
      expect(one.title).toBe("Convert these straight quotation marks to “ ”");
      expect(apply(text, uri, one.edit!, 1).text).toBe("وأضاف: “سنواصل الحوار”.\n");
    } finally {
      h.setSettings({});
    }
  });

  it("a client asking only for refactorings gets no quick fix", async () => {
    const uri = "file:///tmp/isnad-test/straight.txt";
    const res = await h.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } },
      context: { diagnostics: [], only: ["refactor"] },
    });
    expect(res).toEqual([]);
  });
});

describe("quote helpers", () => {
  it("pairs straight quotes per line in plain text and per paragraph in Markdown, skipping code", () => {
    const text = 'a "b" c "d\ne" f\n';
    // Plain text: a line is a paragraph, so "d and e" on two lines are not a pair.
    expect(straightPairs(text, false)).toEqual([{ open: 2, close: 4 }]);
    expect(straightPairs(text, true).map((p) => text.slice(p.open, p.close + 1))).toEqual(['"b"', '"d\ne"']);
    const md = '---\ntitle: "x"\n---\nsaid "yes" and `"no"`\n```\n"code"\n```\n';
    expect(straightPairs(md, true).map((p) => md.slice(p.open, p.close + 1))).toEqual(['"yes"']);
    expect(markdownCode(md).map(([s, e]) => md.slice(s, e))).toEqual(['---\ntitle: "x"\n---', '`"no"`', '```\n"code"\n```']);
  });

  it("finds a sentence's end, not an abbreviation's or a number's", () => {
    const t = "«The U.S. paid 3.5 million, the minister said. Then";
    expect(sentenceEnd(t, 1, t.length, "en")).toBe(t.indexOf("said.") + "said.".length);
    expect(sentenceEnd(t, 1, t.length, "ar")).toBe(t.indexOf("said.") + "said".length);
    expect(sentenceEnd("«the end. the rest", 1, 18, "en")).toBe(18);
    expect(sentenceEnd("«no end", 1, 7, "en")).toBe(7);
  });
});

describe("hover on a finding", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("explains the rule with the standards it comes from", async () => {
    const uri = "file:///tmp/isnad-test/hover-rule.txt";
    const text = "وقال مصدر حكومي إن الحكومة ستعلن قراراتها غدا.\n";
    const p = await h.open(uri, text);
    const d = p.diagnostics.find((x) => x.code === "anonymous-no-reason")!;
    const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: d.range.start });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain(RULES["anonymous-no-reason"].explanation.en);
    expect(value).toMatch(/AP, Reuters, the BBC/);
    expect(value).toContain("`anonymous-no-reason`");
  });
});
