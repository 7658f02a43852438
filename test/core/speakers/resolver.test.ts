// The resolver settles most comparisons by 32-bit word hashes before it reads the
// strings. Two different words with the same hash must still be two names, two
// descriptions, two institutions: the strings decide a tie.
import { describe, expect, it } from "vitest";
import { SpeakerResolver, wordHash, type MentionInfo } from "../../../src/core/speakers";

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
  return { s: 0, e: 1, kind, lemma: "", definite: false, name: [], nameText: "", titleText: "", words: [], pronoun: "", headAlone: false, proper: false, acronym: "", collective: false, generic: false, lang: "en", ...over };
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

// The window is scanned by numbers first (kind, head hash, word signatures): each
// number test must let through every speaker the full comparison would accept.
describe("resolver window pre-tests", () => {
  /** Resolves `first`, then 30 other speakers of every kind (the window keeps 48), then `later`. */
  function across(first: MentionInfo, firstText: string, later: MentionInfo, laterText: string): boolean {
    const r = new SpeakerResolver();
    const a = r.resolve(first, firstText);
    for (let i = 0; i < 10; i++) {
      r.resolve(mention("person", { name: [`p${i}`], nameText: `P${i}` }), `P${i}`);
      r.resolve(mention("organization", { words: [`org${i}`], lemma: `org${i}` }), `org${i}`);
      r.resolve(mention("anonymous", { words: [`w${i}`, "source"], lemma: `src${i}` }), `src${i}`);
    }
    return r.resolve(later, laterText) === a;
  }
  const cases: [string, MentionInfo, string, MentionInfo, string, boolean][] = [
    ["a surname finds the full name", mention("person", { name: ["ada", "lovelace"], nameText: "Ada Lovelace" }), "Ada Lovelace", mention("person", { name: ["lovelace"], nameText: "Lovelace" }), "Lovelace", true],
    ["another surname does not", mention("person", { name: ["ada", "lovelace"], nameText: "Ada Lovelace" }), "Ada Lovelace", mention("person", { name: ["byron"], nameText: "Byron" }), "Byron", false],
    ["a role again, with no head word", mention("person", { words: ["envoy"] }), "envoy", mention("person", { words: ["envoy"] }), "the envoy", true],
    ["a role by its head", mention("person", { words: ["foreign", "minister"], lemma: "minister" }), "foreign minister", mention("person", { words: ["minister"], lemma: "minister", definite: true }), "the minister", true],
    ["the official after an official", mention("anonymous", { words: ["official"], lemma: "official" }), "an official", mention("anonymous", { words: ["official"], lemma: "official", definite: true }), "the official", true],
    ["a lone word of a person's name", mention("person", { name: ["ada", "lovelace"], nameText: "Ada Lovelace" }), "Ada Lovelace", mention("unknown", { words: ["lovelace"] }), "Lovelace", true],
    ["the same institution", mention("organization", { words: ["central", "bank"], lemma: "bank" }), "central bank", mention("organization", { words: ["central", "bank"], lemma: "bank" }), "central bank", true],
    ["another institution", mention("organization", { words: ["central", "bank"], lemma: "bank" }), "central bank", mention("organization", { words: ["world", "bank"], lemma: "bank" }), "world bank", false],
    ["the same words, unknown kind", mention("unknown", { words: ["x"] }), "the committee", mention("unknown", { words: ["y"] }), "the committee", true],
  ];
  it.each(cases)("%s", (_, first, firstText, later, laterText, same) => {
    expect(across(first, firstText, later, laterText)).toBe(same);
  });
});
