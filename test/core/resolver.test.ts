// The resolver settles most comparisons by 32-bit word hashes before it reads the
// strings. Two different words with the same hash must still be two names, two
// descriptions, two institutions: the strings decide a tie.
import { describe, expect, it } from "vitest";
import { SpeakerResolver, wordHash, type MentionInfo } from "../../src/core/speakers";

/** Two different lowercase words with the same wordHash, found by search. */
function hashPair(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const w = i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
    const h = wordHash(w);
    const other = seen.get(h);
    if (other !== undefined) return [other, w];
    seen.set(h, w);
  }
}

function mention(kind: MentionInfo["kind"], over: Partial<MentionInfo>): MentionInfo {
  return { s: 0, e: 1, kind, lemma: "", definite: false, name: [], nameText: "", titleText: "", words: [], pronoun: "", bare: false, lang: "en", ...over };
}

describe("resolver comparisons by hash", () => {
  const [a, b] = hashPair();

  it("found two different words with one hash", () => {
    expect(a).not.toBe(b);
    expect(wordHash(a)).toBe(wordHash(b));
  });

  it("keeps two persons apart when their surnames share a hash", () => {
    const r = new SpeakerResolver();
    const first = r.resolve(mention("person", { name: ["john", a], nameText: `John ${a}` }), `John ${a}`);
    const second = r.resolve(mention("person", { name: ["mary", b], nameText: `Mary ${b}` }), `Mary ${b}`);
    expect(second).not.toBe(first);
    // The same surname again is the first person.
    expect(r.resolve(mention("person", { name: [a], nameText: a }), a)).toBe(first);
  });

  it("keeps two institutions apart when their words share a hash", () => {
    const r = new SpeakerResolver();
    const first = r.resolve(mention("organization", { words: ["ministry", a], lemma: "ministry" }), `ministry ${a}`);
    const second = r.resolve(mention("organization", { words: ["ministry", b], lemma: "ministry" }), `ministry ${b}`);
    expect(second).not.toBe(first);
    expect(r.resolve(mention("organization", { words: ["ministry", a], lemma: "ministry" }), `the ministry ${a}`)).toBe(first);
  });

  it("keeps two unnamed officials apart when their descriptions share a hash", () => {
    const r = new SpeakerResolver();
    const first = r.resolve(mention("person", { words: ["minister", a], lemma: "minister", definite: true }), `the ${a} minister`);
    const second = r.resolve(mention("person", { words: ["minister", b], lemma: "minister", definite: true }), `the ${b} minister`);
    expect(second).not.toBe(first);
    expect(r.resolve(mention("person", { words: ["minister", a], lemma: "minister", definite: true }), `the ${a} minister`)).toBe(first);
  });
});
