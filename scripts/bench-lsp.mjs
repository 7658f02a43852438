#!/usr/bin/env node
// Language-server benchmark over real stdio against dist/server.js (build first;
// this script builds nothing). Three figures:
//   1. edit -> publishDiagnostics latency on a ~5,000-word Arabic article,
//      200 single-character edits, with debounce 0 (the server's own cost) and
//      with the default debounce (what a typist sees);      target p95 <= 15 ms
//   2. server RSS with 50 open 5,000-word articles;         target <= 150 MB
//   3. hover latency while a 10 MB document is open;        target < 100 ms
// The articles are generated here from our own sentences, never from a corpus.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as P from "vscode-languageserver-protocol/node";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SERVER = path.join(ROOT, "dist/server.js");
if (!existsSync(SERVER)) {
  console.error(`bench-lsp: ${SERVER} not found; run \`npm run build\` first`);
  process.exit(2);
}
const quick = process.argv.includes("--quick");
// `--only=2` or `--only=1,3` runs some of the three measurements.
const onlyArg = process.argv.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice(7).split(",")) : new Set(["1", "2", "3"]);

// ---------- deterministic article generator ----------
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
const NAMES = ["سامي الحداد", "ليلى منصور", "خالد العمري", "نادية السعدي", "يوسف القاسم", "هدى الشامي", "عمر البيطار", "رنا الخطيب"];
const TITLES = ["وزير الخارجية", "المتحدث باسم الحكومة", "وزيرة الاقتصاد", "رئيس لجنة الدفاع", "محافظ البنك المركزي", "مديرة المستشفى"];
const ADJ = ["أمني", "دبلوماسي", "حكومي", "مطلع", "عسكري", "برلماني"];
const REASONS = ["طلب عدم ذكر اسمه", "شريطة عدم نشر اسمه", "مفضلاً عدم الكشف عن هويته", "لأنه غير مخول بالحديث لوسائل الإعلام"];
const TOPICS = [
  "الحكومة ستعلن خطة جديدة لدعم الأسر في الأسابيع المقبلة",
  "المفاوضات بين الجانبين وصلت إلى مرحلة حاسمة بعد جولات طويلة",
  "أسعار الوقود لن ترتفع قبل نهاية العام الحالي",
  "الاجتماع المقبل سيعقد في العاصمة بحضور ممثلين عن الدول المجاورة",
  "الوزارة تدرس مقترحات عدة لإصلاح نظام التقاعد",
  "قوات الأمن أعادت فتح الطريق الرئيسي بعد إغلاقه ساعات",
];
const QUOTES = [
  "لن نقبل بأن تفرض علينا شروط من الخارج",
  "نحن مستعدون للحوار لكننا لن نتنازل عن حقوقنا",
  "الوضع صعب لكنه ليس ميؤوساً منه",
  "سنواصل العمل مع شركائنا حتى نصل إلى اتفاق عادل",
  "على الجميع أن يتحمل مسؤولياته في هذه المرحلة",
];
const NARRATION = [
  "وشهدت المدينة خلال اليومين الماضيين ازدحاماً كبيراً في الأسواق والشوارع الرئيسية.",
  "ويأتي ذلك بعد أسابيع من التوتر السياسي الذي رافق الانتخابات المحلية.",
  "وكانت الحكومة قد أعلنت في وقت سابق عن حزمة من الإجراءات الاقتصادية.",
  "ولم يصدر أي تعليق رسمي من الجهات المعنية حتى ساعة إعداد هذا التقرير.",
];
const pick = (r, a) => a[Math.floor(r() * a.length)];

export function makeArticle(seed, targetWords = 5000) {
  const r = rng(seed);
  const paras = [];
  let words = 0;
  while (words < targetWords) {
    const name = pick(r, NAMES);
    const last = name.split(" ").at(-1);
    const sentences = [
      `وقال ${pick(r, TITLES)} ${name} إن ${pick(r, TOPICS)}.`,
      `وأضاف ${last} قائلاً: «${pick(r, QUOTES)}».`,
      pick(r, NARRATION),
      `وقال مصدر ${pick(r, ADJ)}، ${pick(r, REASONS)}، إن ${pick(r, TOPICS)}.`,
      `وتابع قوله: «${pick(r, QUOTES)}».`,
    ];
    const para = sentences.slice(0, 3 + Math.floor(r() * 3)).join(" ");
    paras.push(para);
    words += para.split(/\s+/u).length;
  }
  return paras.join("\n") + "\n";
}

// ---------- a tiny LSP client ----------
async function startServer(initializationOptions) {
  const proc = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const conn = P.createProtocolConnection(new P.StreamMessageReader(proc.stdout), new P.StreamMessageWriter(proc.stdin));
  const waiting = new Map(); // `${uri}@${version}` -> resolve
  const seen = new Map();
  conn.onNotification(P.PublishDiagnosticsNotification.type, (p) => {
    const key = `${p.uri}@${p.version}`;
    seen.set(key, p);
    waiting.get(key)?.(p);
    waiting.delete(key);
  });
  conn.onRequest(P.ConfigurationRequest.type, (p) => p.items.map(() => ({})));
  conn.onRequest("client/registerCapability", () => null);
  conn.listen();
  await conn.sendRequest(P.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    initializationOptions,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await conn.sendNotification(P.InitializedNotification.type, {});
  const diagnosticsFor = (uri, version) =>
    new Promise((resolve, reject) => {
      const key = `${uri}@${version}`;
      if (seen.has(key)) return resolve(seen.get(key));
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${key}`)), 120_000);
      waiting.set(key, (p) => {
        clearTimeout(t);
        resolve(p);
      });
    });
  const open = async (uri, text) => {
    await conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "plaintext", version: 1, text } });
    return diagnosticsFor(uri, 1);
  };
  const stop = async () => {
    await conn.sendRequest(P.ShutdownRequest.type);
    await conn.sendNotification(P.ExitNotification.type);
    await new Promise((r) => (proc.exitCode !== null ? r() : proc.once("exit", r)));
    conn.dispose();
  };
  return { proc, conn, open, diagnosticsFor, stop };
}

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x) => `${x.toFixed(2)} ms`;
const summary = (xs) => `p50 ${ms(pct(xs, 50))}  p95 ${ms(pct(xs, 95))}  max ${ms(Math.max(...xs))}  (n=${xs.length})`;

function rssMB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

// ---------- 1. edit -> diagnostics ----------
async function editLatency(initializationOptions, edits) {
  const server = await startServer(initializationOptions);
  const uri = "file:///bench/article.txt";
  let text = makeArticle(1);
  await server.open(uri, text);
  const r = rng(7);
  const times = [];
  let version = 1;
  let inserted = -1;
  // The first edits warm up the JIT and are not counted.
  const warmup = Math.min(20, edits);
  for (let i = 0; i < edits + warmup; i++) {
    let change;
    if (inserted < 0) {
      // Insert one letter somewhere in the article, then delete it on the next edit.
      inserted = Math.floor(r() * text.length);
      const pos = positionAt(text, inserted);
      change = { range: { start: pos, end: pos }, text: "س" };
      text = text.slice(0, inserted) + "س" + text.slice(inserted);
    } else {
      const a = positionAt(text, inserted);
      const b = positionAt(text, inserted + 1);
      change = { range: { start: a, end: b }, text: "" };
      text = text.slice(0, inserted) + text.slice(inserted + 1);
      inserted = -1;
    }
    version++;
    const t0 = performance.now();
    const done = server.diagnosticsFor(uri, version);
    await server.conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    await done;
    if (i >= warmup) times.push(performance.now() - t0);
  }
  await server.stop();
  return { times, words: text.split(/\s+/u).length, chars: text.length };
}

// ---------- 2. RSS with 50 open articles ----------
async function memory(n, initializationOptions) {
  const server = await startServer(initializationOptions);
  const before = rssMB(server.proc.pid);
  let words = 0;
  for (let i = 0; i < n; i++) {
    const text = makeArticle(100 + i);
    words += text.split(/\s+/u).length;
    await server.open(`file:///bench/mem-${i}.txt`, text);
  }
  // Ask for every document's speakers too, so each analysis is surely held.
  for (let i = 0; i < n; i++) await server.conn.sendRequest("isnad/speakers", { uri: `file:///bench/mem-${i}.txt` });
  const after = rssMB(server.proc.pid);
  await server.stop();
  return { before, after, words: words / n };
}

// ---------- 3. hovers with a 10 MB document open ----------
async function bigHover(sizeChars, hovers) {
  const server = await startServer();
  const small = makeArticle(3, 1000);
  const unit = makeArticle(5);
  const big = unit.repeat(Math.ceil(sizeChars / unit.length)).slice(0, sizeChars);
  await server.open("file:///bench/small.txt", small);
  const t0 = performance.now();
  const opened = await server.open("file:///bench/big.txt", big);
  const openMs = performance.now() - t0;
  const r = rng(11);
  const lines = big.split("\n").length;
  const smallLines = small.split("\n").length;
  const bigTimes = [];
  const smallTimes = [];
  for (let i = 0; i < hovers; i++) {
    let t = performance.now();
    await server.conn.sendRequest(P.HoverRequest.type, {
      textDocument: { uri: "file:///bench/big.txt" },
      position: { line: Math.floor(r() * lines), character: Math.floor(r() * 40) },
    });
    bigTimes.push(performance.now() - t);
    t = performance.now();
    await server.conn.sendRequest(P.HoverRequest.type, {
      textDocument: { uri: "file:///bench/small.txt" },
      position: { line: Math.floor(r() * smallLines), character: Math.floor(r() * 40) },
    });
    smallTimes.push(performance.now() - t);
  }
  const rss = rssMB(server.proc.pid);
  await server.stop();
  return { openMs, bigTimes, smallTimes, rss, message: opened.diagnostics[0]?.message ?? "(no diagnostic)" };
}

const verdict = (ok) => (ok ? "PASS" : "FAIL");
const edits = quick ? 40 : 200;

console.log("Isnad language server benchmark (dist/server.js over stdio)\n");
if (only.has("1")) {
  const e0 = await editLatency({ debounceMs: 0 }, edits);
  console.log(`1. edit -> publishDiagnostics, ${e0.words}-word Arabic article (${e0.chars} chars), ${edits} one-character edits`);
  console.log(`   debounce 0 ms:          ${summary(e0.times)}   [target p95 <= 15 ms: ${verdict(pct(e0.times, 95) <= 15)}]`);
  const eWorker = await editLatency({ debounceMs: 0, worker: true }, edits);
  console.log(`   debounce 0, worker:     ${summary(eWorker.times)}   (forced; by default only documents over 100,000 characters use it)`);
  const eDefault = await editLatency(undefined, quick ? 10 : 50);
  console.log(`   default debounce (150): ${summary(eDefault.times)}   (includes the debounce wait)`);
}
if (only.has("2")) {
  const n = quick ? 10 : 50;
  const mem = await memory(n);
  console.log(`\n2. RSS with ${n} open ${Math.round(mem.words)}-word articles: ${mem.after.toFixed(1)} MB (idle server ${mem.before.toFixed(1)} MB)   [target <= 150 MB: ${verdict(mem.after <= 150)}]`);
  const memW = await memory(n, { worker: true });
  console.log(`   with every analysis forced into the worker thread: ${memW.after.toFixed(1)} MB`);
}
if (only.has("3")) {
  const big = await bigHover(10 * 1024 * 1024, quick ? 20 : 100);
  console.log(`\n3. 10 MB document: opened and answered in ${ms(big.openMs)}; "${big.message.slice(0, 90)}…"`);
  console.log(`   hover on the 10 MB document:       ${summary(big.bigTimes)}   [target < 100 ms: ${verdict(Math.max(...big.bigTimes) < 100)}]`);
  console.log(`   hover on a small open document:    ${summary(big.smallTimes)}`);
  console.log(`   server RSS with the 10 MB document: ${big.rss.toFixed(1)} MB`);
}
