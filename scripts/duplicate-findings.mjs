// Counts findings that sit on exactly the same range as another finding of the same
// article: what a user sees as one squiggle saying two or three things. Reads the JSON
// of `isnad analyze --format jsonl` (one analysis per line; `--format json` works too),
// from files or standard input.
//
//   node dist/cli.js analyze --format jsonl ARTICLES... | node scripts/duplicate-findings.mjs
//   node scripts/duplicate-findings.mjs out/plain.jsonl out/md.jsonl [--show 10]
//
// Prints the duplicates (findings beyond the first on a range), the ranges they sit on,
// and the rules that meet on one range; exits 1 when there is any duplicate.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const showAt = args.indexOf("--show");
const show = showAt >= 0 ? Number(args.splice(showAt, 2)[1]) || 0 : 0;
const inputs = args.length ? args.map((f) => readFileSync(f, "utf8")) : [readFileSync(0, "utf8")];

/** Every analysis in a JSONL stream, or in one JSON document (an object or an array). */
function analyses(text) {
  const t = text.trim();
  if (!t) return [];
  try {
    const one = JSON.parse(t);
    return Array.isArray(one) ? one : [one];
  } catch {
    return t.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  }
}

let files = 0;
let findings = 0;
let duplicates = 0;
let ranges = 0;
const pairs = new Map();
const examples = [];
for (const a of inputs.flatMap(analyses)) {
  files++;
  const byRange = new Map();
  for (const f of a.diagnostics ?? []) {
    findings++;
    const k = `${f.range.start}:${f.range.end}`;
    const list = byRange.get(k);
    if (list) list.push(f);
    else byRange.set(k, [f]);
  }
  for (const list of byRange.values()) {
    if (list.length < 2) continue;
    ranges++;
    duplicates += list.length - 1;
    const key = list.map((f) => f.rule).sort().join(" + ");
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    if (examples.length < show) examples.push(`${a.file}: «${list[0].range.text}» ${key}`);
  }
}

console.log(`${files} analyses, ${findings} findings, ${duplicates} same-range duplicates on ${ranges} ranges`);
for (const [k, n] of [...pairs].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(5)}  ${k}`);
for (const e of examples) console.log(`  ${e}`);
process.exitCode = duplicates ? 1 : 0;
