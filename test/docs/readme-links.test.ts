// vsce packages the extension with the README and refuses a relative link it cannot
// resolve — also one written inside backticks as an example. Twice a README example
// in link syntax stopped the packaging step of CI; this catches it before.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const README = readFileSync(join(fileURLToPath(new URL("../..", import.meta.url)), "README.md"), "utf8");

/** Targets of every `[text](target)` in the text, inline code included. */
function linkTargets(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]*)/g)].map((m) => m[1]);
}

describe("README links", () => {
  it("finds targets the way vsce sees them (the check is not vacuous)", () => {
    expect(linkTargets("see `[Haddad](…)'s son` and [x](https://a.example)")).toEqual(["…", "https://a.example"]);
  });

  it("every link is absolute or to a heading of the README", () => {
    const relative = linkTargets(README).filter((t) => !/^(https?:\/\/|#)/.test(t));
    expect(relative).toEqual([]);
  });
});
