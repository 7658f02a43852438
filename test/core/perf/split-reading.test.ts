// Reading ahead on another thread (perf/split-reading.ts) must not change the analysis:
// here the helper's side runs in this thread, chunk by chunk, and the analysis that takes
// its readings is compared with the plain one, on long texts whose chunk boundaries fall
// inside quotations running over paragraphs, link lines and Markdown; with a quick helper,
// a slow one (this thread then reads chunks from the end), one starting late, one failing
// on a chunk and one never starting. The helper's readings are also shown to be used.
import { describe, expect, it } from "vitest";
import { analyze, houseLexicon } from "../../../src/core";
import { CHUNK, chunkCount, ReadAhead, readAhead, type ChunkChannel, type ChunkReadings } from "../../../src/core/perf/split-reading";
import type { AnalyzeOptions, HouseLexicon } from "../../../src/core/types";

const PARAGRAPHS = [
  "وقال وزير الزراعة فادي منصور، في مؤتمر صحفي يوم الأحد، إن موسم القمح سيكون أفضل من العام الماضي.",
  "وأضاف منصور: «نتوقع أن يرتفع الإنتاج بنسبة عشرة في المئة",
  "«وسنشتري المحصول كله من المزارعين بسعر عادل».",
  "وقال مصدر في الوزارة، طلب عدم نشر اسمه، إن المخازن امتلأت.",
  "اقرأ أيضاً:",
  "الحكومة تعد بخفض أسعار الأسمدة",
  '"The harvest will be the best in a decade," Agriculture Minister Dana Fields said on Sunday.',
  '"We will buy every tonne the farmers can sell,',
  '"and we will pay on time," she added.',
  "An official, who asked not to be named because the talks were private, said the silos were full.",
  "The weather was mild for most of the month and the rivers stayed within their banks.",
];

/** A text of several chunks: the paragraphs over and over, each round a little different so the paragraphs fall on new offsets. */
function longText(rounds: number, sep = "\n"): string {
  const out: string[] = [];
  for (let i = 0; i < rounds; i++) out.push(...PARAGRAPHS.map((p, k) => (k === (i % PARAGRAPHS.length) ? `${p} (${i})` : p)));
  return out.join(sep);
}

interface Helper {
  /** Ticks (calls on the channel) the helper takes per chunk: more is a slower helper. */
  slow?: number;
  /** The tick it starts at: a helper starting late is overtaken. */
  start?: number;
  /** A chunk whose reading fails in the helper. */
  fail?: number;
  lexicon?: HouseLexicon;
}

/**
 * A helper simulated in this thread: it reads its chunks in order, one every `slow` calls on the
 * channel, claiming each as the real one does (a chunk this thread claimed first is skipped).
 */
function simulated(text: string, markdown: boolean, h: Helper = {}) {
  const all = new Map<number, ChunkReadings | null>();
  // (Through structuredClone, as a message between threads: a reading that does not survive it fails here.)
  readAhead(text, { markdown, lexicon: h.lexicon }, () => true, (c, r) => all.set(c, c === h.fail ? null : structuredClone(r)));
  const chunks = chunkCount(text.length);
  const state: ("free" | "helper" | "main" | "sent")[] = new Array(chunks).fill("free");
  let tick = 0;
  let at = -1;
  let next = 0;
  let fromTail = 0;
  const step = () => {
    tick++;
    if (tick < (h.start ?? 0) || tick % (h.slow ?? 1) !== 0) return;
    if (at >= 0) state[at] = "sent";
    while (next < chunks && state[next] !== "free") next++;
    at = next < chunks ? next++ : -1;
    if (at >= 0) state[at] = "helper";
  };
  let reached = -1;
  const channel: ChunkChannel = {
    chunks,
    claim(c) {
      step();
      if (state[c] !== "free") return false;
      state[c] = "main";
      if (c > reached + 1) fromTail++;
      else reached = c;
      return true;
    },
    poll(c) {
      step();
      reached = Math.max(reached, c);
      if (state[c] === "helper") return undefined;
      return state[c] === "sent" ? (all.get(c) ?? null) : null;
    },
  };
  return { channel, stats: () => ({ sent: state.filter((x) => x === "sent").length, fromTail }) };
}

/** analyze() with a simulated helper, and how many paragraphs took a reading made ahead. */
function analyzeAhead(text: string, opts: AnalyzeOptions, h: Helper = {}) {
  const sim = simulated(text, !!opts.markdown, { ...h, lexicon: opts.lexicon });
  const ahead = new ReadAhead(sim.channel);
  let used = 0;
  const reading = ahead.reading.bind(ahead);
  ahead.reading = (ps, pe, nextOpens) => {
    const r = reading(ps, pe, nextOpens);
    if (r) used++;
    return r;
  };
  return { analysis: analyze(text, opts, undefined, ahead), used, ...sim.stats() };
}

describe("reading ahead on a helper thread", () => {
  const cases: [string, string, AnalyzeOptions][] = [
    ["plain text, one paragraph a line", longText(400), {}],
    ["plain text, blank lines between paragraphs", longText(380, "\n\n"), {}],
    ["Markdown with headings, emphasis and a code block", "---\ntitle: x\n---\n\n" + longText(350, "\n\n").replace(/Sunday/g, "*Sunday*") + "\n\n```\nsaid the code\n```\n", { markdown: true }],
  ];
  it.each(cases)("%s: the same analysis as without it", (_name, text, opts) => {
    expect(chunkCount(text.length)).toBeGreaterThan(3);
    const { analysis, used, sent } = analyzeAhead(text, opts);
    expect(analysis).toEqual(analyze(text, opts));
    // A quick helper reads (nearly) every chunk, and its readings are taken.
    expect(sent).toBeGreaterThan(chunkCount(text.length) - 2);
    const paragraphs = text.split("\n").filter((l) => l.trim()).length;
    expect(used).toBeGreaterThan(paragraphs * 0.8);
  });

  it("with a house lexicon: the helper reads with the same lexicon", () => {
    const text = longText(350).replace(/said the silos/g, "harrumphed that the silos");
    const { lexicon } = houseLexicon(JSON.stringify({ verbs: { en: [{ base: "harrumph", forms: ["harrumphed"], frames: ["that"], example: "The mayor harrumphed that the budget was fiction." }] } }));
    expect(lexicon).toBeTruthy();
    const opts: AnalyzeOptions = { lexicon: lexicon! };
    const plain = analyze(text, opts);
    expect(analyzeAhead(text, opts).analysis).toEqual(plain);
    expect(plain.statements.some((s) => s.cue?.text === "harrumphed")).toBe(true);
  });

  const slowCases: [string, Helper, (x: { sent: number; fromTail: number }) => void][] = [
    ["a slow helper: this thread reads chunks from the end while it waits", { slow: 5 }, (x) => expect(x.fromTail).toBeGreaterThan(0)],
    ["a helper starting late: the first chunks are read here", { start: 4 }, (x) => expect(x.sent).toBeGreaterThan(0)],
    ["a chunk the helper failed to read is read here", { fail: 3 }, (x) => expect(x.sent).toBeGreaterThan(0)],
    ["a helper that never starts", { start: Number.MAX_SAFE_INTEGER }, (x) => expect(x.sent).toBe(0)],
  ];
  it.each(slowCases)("%s", (_name, h, check) => {
    const text = longText(400);
    const r = analyzeAhead(text, {}, h);
    expect(r.analysis).toEqual(analyze(text, {}));
    check(r);
  });

  it("a chunk boundary inside a quotation running over paragraphs", () => {
    // The quotation opens in the last paragraph of one chunk and closes in the next chunk.
    const filler = "The weather was mild for most of the month and the rivers stayed within their banks.\n";
    const head = filler.repeat(Math.ceil(CHUNK / filler.length));
    const cut = head.slice(0, CHUNK - 60);
    const text = cut + '\nFields said: "We will buy every tonne the farmers can sell.\n"And we will pay on time."\n' + filler.repeat(900);
    expect(text.indexOf("Fields said")).toBeLessThan(CHUNK);
    expect(text.indexOf('"And we')).toBeGreaterThanOrEqual(CHUNK);
    const { analysis } = analyzeAhead(text, {});
    expect(analysis).toEqual(analyze(text, {}));
    expect(analysis.statements.some((s) => s.quotes.length === 2)).toBe(true);
  });
});
