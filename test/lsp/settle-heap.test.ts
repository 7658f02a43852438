// The warm-up's survivors leave the young generation before the first document arrives
// (src/server/settle-heap.ts), unless V8's defaults are asked for.
import { getHeapSpaceStatistics } from "node:v8";
import { afterEach, describe, expect, it } from "vitest";
import { settleHeap } from "../../src/server/settle-heap";

const youngUsed = () => getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_used_size ?? 0;
const saved = process.env.ISNAD_V8_DEFAULTS;

describe("settleHeap", () => {
  afterEach(() => {
    if (saved === undefined) delete process.env.ISNAD_V8_DEFAULTS;
    else process.env.ISNAD_V8_DEFAULTS = saved;
  });

  it("promotes what survives out of the young generation", () => {
    delete process.env.ISNAD_V8_DEFAULTS;
    // Some 500 KB that stays alive, as the lexicons do after the warm-up: less than the
    // smallest young generation, so at most one scavenge meets it and it is still young.
    const kept = Array.from({ length: 10_000 }, (_, i) => ({ i, word: `w${i}` }));
    const before = youngUsed();
    expect(before).toBeGreaterThan(300_000);
    settleHeap();
    expect(youngUsed()).toBeLessThan(before / 4);
    expect(kept[9_999].i).toBe(9_999);
  });

  it("does nothing with ISNAD_V8_DEFAULTS=1", () => {
    process.env.ISNAD_V8_DEFAULTS = "1";
    const kept = Array.from({ length: 10_000 }, (_, i) => ({ i, word: `w${i}` }));
    expect(youngUsed()).toBeGreaterThan(300_000);
    settleHeap();
    expect(youngUsed()).toBeGreaterThan(300_000);
    expect(kept.length).toBe(10_000);
  });
});
