#!/usr/bin/env node
// Language-server benchmark over real stdio against dist/server.js (build first;
// this script builds nothing), always with DEFAULT initialization options unless
// a line says otherwise. Figures (targets from issue 12):
//   1. keystroke -> publishDiagnostics on a ~5,000-word Arabic article, one-character
//      incremental edits, p50/p95;                            target p95 <= 15 ms (stretch 5)
//   2. first open of that article -> diagnostics, fresh server (alone, and with the
//      requests an editor sends with it);                     target <= 60 ms
//   3. semantic tokens (full, and a screen's range) on it, p95; target <= 10 ms
//   4. a burst of 1,000 edits a second for two seconds: publications, and the wait for
//      the final version's diagnostics after the last edit (no backlog: about one analysis)
//   5. server RSS with 50 open articles (real ones from ../shared/corpus, then 50
//      generated 5,000-word ones);                            target <= 150 MB (stretch 100)
//   6. hover latency while a 10 MB document is open;         target < 100 ms
//   7. the workspace index: keystroke -> diagnostics p50/p95 while a 1,000-article
//      workspace indexes vs idle, and indexing throughput;  target: no change
//   8. server RSS with a 10,000-article workspace indexed;  target <= 500 MB
// The articles of 1-6 are generated here from our own sentences, except 5's real
// articles, read from ../shared/corpus at run time. 7 and 8 fill a temp folder with
// the articles of ../shared/corpus repeated (generated ones when it is missing); the
// folder is deleted afterwards and never committed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as P from "vscode-languageserver-protocol/node";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// ISNAD_BENCH_SERVER=/other/dist/server.js measures another build (compare builds by alternating runs).
const SERVER = process.env.ISNAD_BENCH_SERVER ? path.resolve(process.env.ISNAD_BENCH_SERVER) : path.join(ROOT, "dist/server.js");
if (!existsSync(SERVER)) {
  console.error(`bench-lsp: ${SERVER} not found; run \`npm run build\` first`);
  process.exit(2);
}
const quick = process.argv.includes("--quick");
// `--only=2` or `--only=1,3` runs some of the measurements.
const onlyArg = process.argv.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice(7).split(",")) : new Set(["1", "2", "3", "4", "5", "6", "7", "8"]);

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
async function startServer(initializationOptions, { workspaceFolder, onIndexStatus, isnadConfig = () => ({}) } = {}) {
  // ISNAD_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers.
  const nodeArgs = process.env.ISNAD_BENCH_NODE_ARGS ? process.env.ISNAD_BENCH_NODE_ARGS.split(/\s+/u).filter(Boolean) : [];
  const proc = spawn(process.execPath, [...nodeArgs, SERVER, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const conn = P.createProtocolConnection(new P.StreamMessageReader(proc.stdout), new P.StreamMessageWriter(proc.stdin));
  const waiting = new Map(); // `${uri}@${version}` -> resolve
  const seen = new Map();
  conn.onNotification(P.PublishDiagnosticsNotification.type, (p) => {
    const key = `${p.uri}@${p.version}`;
    seen.set(key, p);
    waiting.get(key)?.(p);
    waiting.delete(key);
  });
  conn.onRequest(P.ConfigurationRequest.type, (p) => p.items.map((it) => (it.section === "isnad" ? isnadConfig() : {})));
  conn.onRequest("client/registerCapability", () => null);
  if (onIndexStatus) conn.onNotification("isnad/indexStatus", onIndexStatus);
  conn.listen();
  const init = await conn.sendRequest(P.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: workspaceFolder ? [{ uri: pathToFileURL(workspaceFolder).href, name: "bench" }] : null,
    initializationOptions,
    // What VS Code's client announces for these features.
    capabilities: {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true }, semanticTokens: { refreshSupport: true } },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        semanticTokens: {
          requests: { full: { delta: true }, range: true },
          tokenTypes: [],
          tokenModifiers: [],
          formats: ["relative"],
          multilineTokenSupport: false,
          overlappingTokenSupport: false,
        },
      },
    },
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
  const published = (uri) => [...seen.keys()].filter((k) => k.startsWith(`${uri}@`)).length;
  return { proc, conn, init, open, diagnosticsFor, stop, published };
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

// One-character edits around the article: insert a letter, delete it on the next edit.
function editor(text, seed) {
  const r = rng(seed);
  let inserted = -1;
  return {
    get text() {
      return text;
    },
    next() {
      let change;
      if (inserted < 0) {
        inserted = Math.floor(r() * text.length);
        const pos = positionAt(text, inserted);
        change = { range: { start: pos, end: pos }, text: "س" };
        text = text.slice(0, inserted) + "س" + text.slice(inserted);
      } else {
        change = { range: { start: positionAt(text, inserted), end: positionAt(text, inserted + 1) }, text: "" };
        text = text.slice(0, inserted) + text.slice(inserted + 1);
        inserted = -1;
      }
      return change;
    },
  };
}

// ---------- 1. keystroke -> diagnostics ----------
async function editLatency(initializationOptions, edits) {
  const server = await startServer(initializationOptions);
  const uri = "file:///bench/article.txt";
  const ed = editor(makeArticle(1), 7);
  await server.open(uri, ed.text);
  const res = await typeInto(server, uri, ed, edits);
  await server.stop();
  return res;
}

/**
 * `edits` one-letter edits (see editor()) of an open article, each timed from
 * didChange to its diagnostics; `pauseMs` between them; `until` ends it early.
 */
async function typeInto(server, uri, ed, edits, { pauseMs = 0, warmup = Math.min(20, edits), until } = {}) {
  const times = [];
  let version = 1;
  // The first edits warm up the JIT and are not counted.
  for (let i = 0; i < edits + warmup; i++) {
    if (until && i >= warmup && until()) break;
    const change = ed.next();
    version++;
    const t0 = performance.now();
    const done = server.diagnosticsFor(uri, version);
    await server.conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    await done;
    if (i >= warmup) times.push(performance.now() - t0);
    if (pauseMs) await new Promise((res) => setTimeout(res, pauseMs));
  }
  return { times, words: ed.text.split(/\s+/u).length, chars: ed.text.length };
}

// ---------- 2. first open ----------
/** CPU time (ms) the process's main thread has used, from Linux's schedstat; NaN elsewhere. */
function mainThreadCpuMs(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/**
 * A fresh server per run, opened as an editor does right after initialization:
 * didOpen -> diagnostics (wall), the server's main-thread CPU time meanwhile (less
 * moved by other processes on a shared machine), and the whole cold start.
 */
async function firstOpen(runs, initializationOptions, { asEditor = false } = {}) {
  const times = [];
  const cpu = [];
  const cold = [];
  const text = makeArticle(1);
  for (let i = 0; i < runs; i++) {
    const spawned = performance.now();
    const server = await startServer(initializationOptions);
    const c0 = mainThreadCpuMs(server.proc.pid);
    const t0 = performance.now();
    const uri = `file:///bench/first-${i}.txt`;
    const published = server.open(uri, text);
    // What VS Code asks for as soon as it has sent the document (answered or not, they
    // must not hold the diagnostics back).
    const asked = asEditor ? editorRequests(server, uri) : [];
    await published;
    const t1 = performance.now();
    await Promise.all(asked);
    cpu.push(mainThreadCpuMs(server.proc.pid) - c0);
    times.push(t1 - t0);
    cold.push(t1 - spawned);
    await server.stop();
  }
  return { times, cpu: cpu.every(Number.isFinite) ? cpu : null, cold };
}

/** The requests an editor sends with a newly opened document. */
function editorRequests(server, uri) {
  const textDocument = { uri };
  const screen = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };
  return [
    server.conn.sendRequest(P.SemanticTokensRequest.type, { textDocument }),
    server.conn.sendRequest(P.DocumentSymbolRequest.type, { textDocument }),
    server.conn.sendRequest(P.InlayHintRequest.type, { textDocument, range: screen }),
    server.conn.sendRequest(P.CodeActionRequest.type, { textDocument, range: screen, context: { diagnostics: [] } }),
    server.conn.sendRequest(P.DocumentHighlightRequest.type, { textDocument, position: { line: 0, character: 4 } }),
  ];
}

// ---------- 3. semantic tokens ----------
async function semanticTokens(requests) {
  const server = await startServer();
  if (!server.init.capabilities.semanticTokensProvider) {
    await server.stop();
    return null;
  }
  const uri = "file:///bench/tokens.txt";
  const ed = editor(makeArticle(1), 13);
  await server.open(uri, ed.text);
  const lines = ed.text.split("\n").length;
  const full = [];
  const range = [];
  const delta = [];
  let version = 1;
  let previous;
  let tokens = 0;
  for (let i = 0; i < requests + 10; i++) {
    // After each edit, as the editor asks: once its diagnostics are in (the analysis is
    // shared), the whole document, then what a screen shows, then the delta.
    const change = ed.next();
    version++;
    const done = server.diagnosticsFor(uri, version);
    await server.conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    await done;
    let t = performance.now();
    const res = await server.conn.sendRequest(P.SemanticTokensRequest.type, { textDocument: { uri } });
    const fullMs = performance.now() - t;
    tokens = res.data.length / 5;
    const line = Math.floor((i / (requests + 10)) * Math.max(1, lines - 40));
    t = performance.now();
    await server.conn.sendRequest(P.SemanticTokensRangeRequest.type, {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line: line + 40, character: 0 } },
    });
    const rangeMs = performance.now() - t;
    let deltaMs = NaN;
    if (previous?.resultId) {
      t = performance.now();
      await server.conn.sendRequest(P.SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: previous.resultId });
      deltaMs = performance.now() - t;
    }
    previous = res;
    if (i >= 10) {
      full.push(fullMs);
      range.push(rangeMs);
      if (Number.isFinite(deltaMs)) delta.push(deltaMs);
    }
  }
  await server.stop();
  return { full, range, delta, tokens };
}

// ---------- 4. a burst of 1,000 edits a second ----------
async function burst(seconds, perSecond) {
  const server = await startServer();
  const uri = "file:///bench/burst.txt";
  const ed = editor(makeArticle(1), 17);
  await server.open(uri, ed.text);
  const before = server.published(uri);
  let version = 1;
  const total = seconds * perSecond;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    version++;
    void server.conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [ed.next()] });
    // Pace the sender: edit i leaves at start + i/perSecond seconds.
    const due = start + ((i + 1) * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  const sent = performance.now();
  await server.diagnosticsFor(uri, version);
  const tail = performance.now() - sent;
  const elapsed = (sent - start) / 1000;
  const rss = rssMB(server.proc.pid);
  const publications = server.published(uri) - before;
  await server.stop();
  return { total, rate: total / elapsed, tail, publications, rss };
}

// ---------- 5. RSS with 50 open articles ----------
/** Server RSS once every text of `texts` is open (each a document of its own) and analysed. */
async function memory(texts, initializationOptions) {
  const server = await startServer(initializationOptions);
  const before = rssMB(server.proc.pid);
  let words = 0;
  for (let i = 0; i < texts.length; i++) {
    words += texts[i].split(/\s+/u).length;
    await server.open(`file:///bench/mem-${i}.txt`, texts[i]);
  }
  // Ask for every document's speakers too, so each analysis is surely held.
  for (let i = 0; i < texts.length; i++) await server.conn.sendRequest("isnad/speakers", { uri: `file:///bench/mem-${i}.txt` });
  const after = rssMB(server.proc.pid);
  await server.stop();
  return { before, after, words: words / texts.length };
}

/**
 * `n` different real articles: the longest of ../shared/corpus, Arabic and English
 * alternating (read at run time, never copied into the project); null without the corpus.
 */
function realArticles(n) {
  const byLang = [];
  for (const lang of ["ar", "en"]) {
    const d = path.join(CORPUS, lang);
    if (!existsSync(d)) return null;
    const texts = readdirSync(d)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(path.join(d, f), "utf8"))
      .sort((a, b) => b.length - a.length);
    byLang.push(texts);
  }
  const out = [];
  for (let i = 0; out.length < n && i < Math.max(...byLang.map((t) => t.length)); i++) for (const t of byLang) if (out.length < n && t[i]) out.push(t[i]);
  return out.length === n ? out : null;
}

// ---------- 6. hovers with a 10 MB document open ----------
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

console.log("Isnad language server benchmark (dist/server.js over stdio, default initialization options)\n");
// ---------- 7 and 8. the workspace index ----------
const CORPUS = path.join(ROOT, "..", "shared", "corpus");

/** The texts a bench workspace is filled with: the corpus articles, or generated ones. */
function benchArticles() {
  const texts = [];
  for (const lang of ["ar", "en"]) {
    const d = path.join(CORPUS, lang);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith(".txt")) texts.push(readFileSync(path.join(d, f), "utf8"));
  }
  if (texts.length) return { texts, from: `the ${texts.length} corpus articles repeated` };
  for (let i = 0; i < 200; i++) texts.push(makeArticle(500 + i, 700));
  return { texts, from: "200 generated articles repeated (../shared/corpus not found)" };
}

/** A temp folder of `n` articles, 500 to a subfolder; the caller deletes it. */
function makeWorkspace(n, texts) {
  const dir = mkdtempSync(path.join(tmpdir(), "isnad-bench-ws-"));
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `desk-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub);
    writeFileSync(path.join(sub, `article-${i}.txt`), texts[i % texts.length]);
  }
  return dir;
}

/**
 * A server on a workspace folder. `idle()` resolves (ms since the call) when the
 * next indexing run ends; `firstRun` is the run the server starts with.
 */
async function indexWorkspace(dir, initializationOptions, isnadConfig) {
  let last = null;
  const listeners = new Set();
  const idle = () => {
    const t0 = performance.now();
    let busy = false;
    return new Promise((resolve) => {
      const l = (p) => {
        if (p.state === "scanning" || p.state === "indexing") busy = true;
        else if (busy && p.state === "idle") {
          listeners.delete(l);
          resolve(performance.now() - t0);
        }
      };
      listeners.add(l);
    });
  };
  const firstRun = idle();
  const server = await startServer(initializationOptions, {
    workspaceFolder: dir,
    isnadConfig,
    onIndexStatus: (p) => {
      last = p;
      for (const l of [...listeners]) l(p);
    },
  });
  return { server, idle, firstRun, status: () => last };
}

/**
 * Keystroke -> diagnostics on a 5,000-word article (default settings, 20 ms between keys)
 * in one warm server: with the index turned off (idle), while the index of an
 * n-article workspace runs (turned on by a configuration change), and idle again.
 */
async function indexingLatency(n, texts, edits, quietMs) {
  const dir = makeWorkspace(n, texts);
  try {
    const config = { workspace: { index: false } };
    const w = await indexWorkspace(dir, quietMs === undefined ? {} : { indexQuietMs: quietMs }, () => config);
    const text = makeArticle(1);
    const type = async (name, opts) => {
      await w.server.open(`file:///bench/${name}.txt`, text);
      return (await typeInto(w.server, `file:///bench/${name}.txt`, editor(text, 7), edits, { pauseMs: 20, ...opts })).times;
    };
    const before = await type("idle-before");
    await w.server.open("file:///bench/during.txt", text);
    const finished = w.idle();
    let indexed = false;
    void finished.then(() => (indexed = true));
    config.workspace.index = true;
    await w.server.conn.sendNotification(P.DidChangeConfigurationNotification.type, { settings: { isnad: config } });
    const during = (await typeInto(w.server, "file:///bench/during.txt", editor(text, 7), edits, { pauseMs: 20, until: () => indexed })).times;
    const doneDuring = w.status()?.done ?? 0;
    const indexMs = await finished;
    const articles = w.status()?.articles ?? 0;
    const after = await type("idle-after");
    await w.server.stop();
    return { during, idle: [...before, ...after], indexMs, articles, doneDuring };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Server RSS once an n-article workspace is indexed (the index worker still alive), and the time it took. */
async function indexMemory(n, texts) {
  const dir = makeWorkspace(n, texts);
  try {
    const bare = await startServer();
    await bare.open("file:///bench/one.txt", makeArticle(3, 1000));
    const bareRss = rssMB(bare.proc.pid);
    await bare.stop();
    const w = await indexWorkspace(dir, {});
    const ms = await w.firstRun;
    const articles = w.status()?.articles ?? 0;
    const rss = rssMB(w.server.proc.pid);
    const t0 = performance.now();
    const report = await w.server.conn.sendRequest("isnad/report", { scope: { kind: "workspace" } });
    const reportMs = performance.now() - t0;
    const t1 = performance.now();
    const sp = await w.server.conn.sendRequest("isnad/workspaceSpeakers", {});
    const speakersMs = performance.now() - t1;
    await w.server.stop();
    return { ms, articles, rss, bareRss, reportMs, statements: report.report.totals.statements, speakers: sp.total, speakersMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (only.has("1")) {
  const e = await editLatency(undefined, edits);
  console.log(`1. keystroke -> publishDiagnostics, ${e.words}-word Arabic article (${e.chars} chars), ${edits} one-character incremental edits`);
  console.log(`   default settings:       ${summary(e.times)}   [target p95 <= 15 ms: ${verdict(pct(e.times, 95) <= 15)}; stretch <= 5 ms: ${verdict(pct(e.times, 95) <= 5)}]`);
  const eWorker = await editLatency({ worker: true }, quick ? 20 : 100);
  console.log(`   worker forced:          ${summary(eWorker.times)}   (by default only documents over 100,000 characters use it)`);
}
if (only.has("2")) {
  // Twenty fresh servers: the p95 of fewer is their slowest run, which one busy moment sets.
  const runs = quick ? 3 : 20;
  const { times, cpu, cold } = await firstOpen(runs);
  console.log(`\n2. first open of that article -> diagnostics, fresh server each time: ${summary(times)}   [target <= 60 ms (p95): ${verdict(pct(times, 95) <= 60)}]`);
  if (cpu) console.log(`   the server's main-thread CPU time meanwhile: ${summary(cpu)}`);
  console.log(`   the whole cold start (spawn, initialize with its warm-up, open -> diagnostics): ${summary(cold)}`);
  const editor = await firstOpen(runs, undefined, { asEditor: true });
  console.log(`   opened as VS Code opens it (semantic tokens, symbols, inlay hints, code actions, highlights asked at once): ${summary(editor.times)}`);
  const noWarm = await firstOpen(quick ? 3 : 7, { warmUp: false });
  console.log(`   without the warm-up (warmUp: false): first open ${summary(noWarm.times)}; whole cold start ${summary(noWarm.cold)}`);
}
if (only.has("3")) {
  const st = await semanticTokens(quick ? 30 : 100);
  if (!st) console.log("\n3. semantic tokens: the server does not offer them");
  else {
    console.log(`\n3. semantic tokens on that article (${st.tokens} tokens), each request after an edit's diagnostics:`);
    console.log(`   full:                   ${summary(st.full)}   [target p95 <= 10 ms: ${verdict(pct(st.full, 95) <= 10)}]`);
    console.log(`   range (40 lines):       ${summary(st.range)}`);
    if (st.delta.length) console.log(`   delta:                  ${summary(st.delta)}`);
  }
}
if (only.has("4")) {
  const b = await burst(quick ? 1 : 2, 1000);
  console.log(`\n4. burst: ${b.total} one-character edits at ${Math.round(b.rate)} a second -> ${b.publications} publications; final version's diagnostics ${ms(b.tail)} after the last edit; RSS ${b.rss.toFixed(1)} MB`);
}
if (only.has("5")) {
  const n = quick ? 10 : 50;
  const target = (mb) => `[target <= 150 MB: ${verdict(mb <= 150)}; stretch <= 100 MB: ${verdict(mb <= 100)}]`;
  const real = realArticles(n);
  if (real) {
    const m = await memory(real);
    console.log(`\n5. RSS with ${n} open articles of ../shared/corpus (the longest, Arabic and English, ${Math.round(m.words)} words on average): ${m.after.toFixed(1)} MB (idle server ${m.before.toFixed(1)} MB)   ${target(m.after)}`);
  } else console.log("\n5. (../shared/corpus not found: no real articles to open)");
  const generated = Array.from({ length: n }, (_, i) => makeArticle(100 + i));
  const mem = await memory(generated);
  console.log(`   RSS with ${n} open ${Math.round(mem.words)}-word generated Arabic articles: ${mem.after.toFixed(1)} MB (idle server ${mem.before.toFixed(1)} MB)   ${target(mem.after)}`);
  const memW = await memory(generated, { worker: true });
  console.log(`   the same with every analysis forced into the worker thread: ${memW.after.toFixed(1)} MB`);
}
if (only.has("6")) {
  const big = await bigHover(10 * 1024 * 1024, quick ? 20 : 100);
  console.log(`\n6. 10 MB document: opened and answered in ${ms(big.openMs)}; "${big.message.slice(0, 90)}…"`);
  console.log(`   hover on the 10 MB document:       ${summary(big.bigTimes)}   [target < 100 ms: ${verdict(Math.max(...big.bigTimes) < 100)}]`);
  console.log(`   hover on a small open document:    ${summary(big.smallTimes)}`);
  console.log(`   server RSS with the 10 MB document: ${big.rss.toFixed(1)} MB`);
}
if (only.has("7")) {
  const { texts, from } = benchArticles();
  const n = quick ? 300 : 1000;
  const keys = quick ? 60 : 200;
  console.log(`\n7. workspace index of ${n} articles (${from}); keystroke -> diagnostics, default settings, a key every 20 ms`);
  for (const [label, quiet] of [["default (index waits 300 ms after a key)", undefined], ["index never waits (quiet 0)", 0]]) {
    const r = await indexingLatency(n, texts, keys, quiet);
    const p95d = pct(r.during, 95);
    const p95i = pct(r.idle, 95);
    console.log(`   ${label}:`);
    console.log(`     while indexing: ${summary(r.during)}   (${r.doneDuring} files indexed meanwhile)`);
    console.log(`     index idle:     ${summary(r.idle)}   [p95 while indexing within 1.5x + 2 ms of idle: ${verdict(p95d <= p95i * 1.5 + 2)}]`);
    console.log(`     ${r.articles} articles indexed in ${(r.indexMs / 1000).toFixed(1)} s (the typing time included)`);
  }
}
if (only.has("8")) {
  const { texts, from } = benchArticles();
  const n = quick ? 2000 : 10000;
  const m = await indexMemory(n, texts);
  console.log(`\n8. workspace index of ${n} articles (${from})`);
  console.log(`   indexed ${m.articles} articles in ${(m.ms / 1000).toFixed(1)} s: ${(m.articles / (m.ms / 1000)).toFixed(0)} articles/s (one index worker)`);
  console.log(`   server RSS: ${m.rss.toFixed(1)} MB (a server with one open article: ${m.bareRss.toFixed(1)} MB)   [target <= 500 MB: ${verdict(m.rss <= 500)}]`);
  console.log(`   report of the workspace (${m.statements} statements): ${ms(m.reportMs)}; speakers across the workspace (${m.speakers}): ${ms(m.speakersMs)}`);
}
