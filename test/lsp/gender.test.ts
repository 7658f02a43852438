// The speaker's gender, as the article marks it, in the hover and the Speakers tree's data:
// the real server over stdio, in English and in Arabic UI; nothing shown when it is null.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HoverRequest, type MarkupContent } from "vscode-languageserver-protocol/node";
import { SpeakersRequest } from "../../src/shared/protocol";
import { posOf, startHarness, type Harness } from "./harness";

// Own sentences: a woman marked by the verb and the title, a man by the verb, and one the text does not mark.
const AR_TEXT = [
  "وقالت وزيرة الصحة منى الخطيب إن \"المستشفيات جاهزة لاستقبال المرضى\".",
  "وقال مدير المطار سامر عودة إن \"الرحلات ستعود الأسبوع المقبل\".",
].join("\n") + "\n";
const EN_TEXT = [
  "Mrs. Alma Reyes, the director, said \"the clinic opens at nine\".",
  "\"We need more nurses,\" said Dana Kerr.",
].join("\n") + "\n";

const strip = (s: string) => s.replace(/[\u2068\u2069]/gu, "");

async function hoverText(h: Harness, uri: string, text: string, word: string): Promise<string> {
  const hover = await h.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: posOf(text, word) });
  expect(hover, `a hover on ${word}`).not.toBeNull();
  return strip((hover!.contents as MarkupContent).value);
}

describe("speaker gender in the hover and the Speakers data", () => {
  const AR = "file:///tmp/isnad-test/gender-ar.txt";
  const EN = "file:///tmp/isnad-test/gender-en.txt";
  let en: Harness;
  let ar: Harness;
  beforeAll(async () => {
    [en, ar] = await Promise.all([startHarness({ locale: "en" }), startHarness({ locale: "ar" })]);
    await Promise.all([en.open(AR, AR_TEXT), en.open(EN, EN_TEXT), ar.open(AR, AR_TEXT)]);
  });
  afterAll(async () => {
    await Promise.all([en.close(), ar.close()]);
  });

  it("English UI: the hover on a quote says woman or man after the kind, and nothing when the text does not say", async () => {
    expect(await hoverText(en, EN, EN_TEXT, "clinic")).toMatch(/Alma Reyes · person · woman/);
    const unmarked = await hoverText(en, EN, EN_TEXT, "nurses");
    expect(unmarked).toMatch(/Dana Kerr · person/);
    expect(unmarked).not.toMatch(/\b(woman|man)\b/);
    expect(await hoverText(en, AR, AR_TEXT, "الرحلات")).toMatch(/سامر عودة · person · man/);
  });

  it("Arabic UI: the label is Arabic", async () => {
    expect(await hoverText(ar, AR, AR_TEXT, "المستشفيات")).toMatch(/منى الخطيب · شخص · امرأة/);
    expect(await hoverText(ar, AR, AR_TEXT, "الرحلات")).toMatch(/سامر عودة · شخص · رجل/);
  });

  it("isnad/speakers carries the gender for the tree", async () => {
    const res = await en.conn.sendRequest(SpeakersRequest, { uri: EN });
    expect(res.speakers.map((s) => [s.name, s.gender])).toEqual([
      ["Alma Reyes", "female"],
      ["Dana Kerr", null],
    ]);
  });
});
