import { describe, expect, it } from "vitest";
import { RULE_LIST } from "../../../src/core/rules";
import { RULE_IDS } from "../../../src/core/rules/ids";

describe("rule ids", () => {
  it("the light list the client reads is RULE_LIST's ids, in order", () => {
    expect([...RULE_IDS]).toEqual(RULE_LIST.map((r) => r.id));
  });
});
