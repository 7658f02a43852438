// UI suite: what a user of the installed Isnad VSIX sees in a real VS Code workbench (code-server), driven
// by headless Chromium. Opens the fixture article test/e2e/workspace/ar-water.txt and checks:
//   1. the Problems panel (Ctrl+Shift+M) lists the anonymous sources,
//   2. hovering a direct quote shows a hover naming its speaker,
//   3. the Speakers view (container "isnad", view "isnad.speakers") lists the speakers with group counts,
//   4. clicking a statement row selects it in the editor (status bar "Ln x, Col y (n selected)"),
//   5. "Sources in workspace" lists a speaker quoted in two files as one node with both files,
//   6. the workspace report opens in a webview and draws its charts (screenshot report.png),
//   7. a number in the report lists its statements and clicking one selects it in the editor.
//   8. semantic highlighting paints the quote in a colour of its own (the theme's, via semanticTokenScopes).
//   9. a suppression comment typed into an article removes its findings from the Problems panel,
//  10. a source noun written into the workspace's .isnad.json takes effect without a restart.
//  (9 and 10 run last, on an article and a .isnad.json this suite writes and deletes, so the
//  workspace the other checks count is the fixture's.)
// Every wait is for a condition, with a timeout. Screenshots: test-results/e2e/ui-*.png.
//   CS_URL=http://127.0.0.1:PORT node test/e2e/ui.mjs        (scripts/e2e.sh starts code-server and sets it)
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, remoteUri, repoRoot, requireEnv, workbenchUrl } from "../../scripts/e2e/browser.mjs";

const csUrl = requireEnv("CS_URL");
const results = process.env.ISNAD_E2E_RESULTS || join(repoRoot, "test-results/e2e");
const workspace = join(repoRoot, "test/e2e/workspace");
const FILE = "ar-water.txt";
const MINISTER = "سامر الحديدي";
const DIPLOMAT = "مصدر دبلوماسي";
const SOURCES = "مصادر";
const QUOTE_WORD = "سنبدأ"; // inside the minister's first quote
const NARRATION_WORD = "محافظات"; // in the first paragraph, outside any quote
const SPEAKERS_KEY = "Control+Alt+Shift+I"; // bound to isnad.showSpeakers in the run's keybindings.json
const WORKSPACE_KEY = "Control+Alt+Shift+W"; // isnad.workspaceSources.focus
const REPORT_KEY = "Control+Alt+Shift+R"; // isnad.openWorkspaceReport
const SECOND_FILE = "desk/ar-water-tenders.txt"; // quotes the same minister again
const UI_TIMEOUT = Number(process.env.ISNAD_E2E_UI_TIMEOUT_MS || 60000);
// Checks 9 and 10: an article and a house lexicon written by this suite (and removed at its end).
const HOUSE_ARTICLE = "house-e2e.txt";
const HOUSE_TEXT = "A tipster said the bridge would reopen on Monday.\n\nA senior official said the talks had stalled.\n";
const HOUSE_FILE = join(workspace, ".isnad.json");

mkdirSync(results, { recursive: true });
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
// Names in the UI are wrapped in Unicode isolates (U+2068 … U+2069); compare the words themselves.
const plain = (s) => String(s ?? "").replace(/[\u2066-\u2069\u200e\u200f\u202a-\u202e]/g, "").replace(/\u00a0/g, " ").trim();

const { page, close } = await launchBrowser();
page.on("pageerror", (e) => log("page error:", String(e).slice(0, 200)));
const shot = (name) => page.screenshot({ path: join(results, `ui-${name}.png`) }).catch((e) => log("screenshot failed", e.message));

const outcomes = [];
/** Runs one check; a failure is recorded with a screenshot and the remaining checks still run. */
async function check(name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    outcomes.push({ name, ok: true });
    log(`ok   - ${name}${detail ? ": " + detail : ""} (${Date.now() - started} ms)`);
    return true;
  } catch (e) {
    outcomes.push({ name, ok: false });
    log(`FAIL - ${name}: ${e && e.message ? e.message : e}`);
    await shot(`failed-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`);
    return false;
  }
}

/** Polls fn (run in the page) until it returns a truthy value. */
const waitInPage = (fn, arg, what, timeout = UI_TIMEOUT) =>
  page.waitForFunction(fn, arg, { timeout, polling: 200 }).then((h) => h.jsonValue()).catch((e) => {
    throw new Error(`timed out waiting for ${what} (${e.message.split("\n")[0]})`);
  });

/** Screen point in the middle of `word` as rendered in the editor, or null. */
const wordPoint = (word) =>
  page.evaluate((w) => {
    for (const line of document.querySelectorAll(".editor-instance .view-lines .view-line")) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent.indexOf(w);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
    }
    return null;
  }, word);

/** The status bar's cursor item: "Ln 5, Col 12 (40 selected)". */
const cursorStatus = () =>
  page.evaluate(() => {
    for (const item of document.querySelectorAll(".statusbar-item")) {
      const text = item.textContent.replace(/\s+/g, " ").trim();
      if (/^Ln \d+, Col \d+/.test(text)) return text;
    }
    return "";
  });

const speakersPane = () => page.locator(".pane", { has: page.locator(".pane-header", { hasText: /^\s*Speakers/i }) }).first();

/** Waits until the Speakers view shows every name in `names`; returns its rows as { level, name, description }. */
const waitForSpeakerRows = (names) =>
  waitInPage(
    (wanted) => {
      const clean = (s) => (s || "").replace(/[\u2066-\u2069\u200e\u200f]/g, "").replace(/\u00a0/g, " ").trim();
      const pane = [...document.querySelectorAll(".pane")].find((p) => /^\s*Speakers/i.test(p.querySelector(".pane-header")?.textContent || ""));
      const rows = [...(pane?.querySelectorAll(".monaco-list-row") || [])].map((r) => ({
        level: Number(r.getAttribute("aria-level") || 0),
        name: clean(r.querySelector(".label-name")?.textContent || r.textContent),
        description: clean(r.querySelector(".label-description")?.textContent),
      }));
      return wanted.every((n) => rows.some((r) => r.name === n)) && rows;
    },
    names, `the Speakers view to list ${names.join(", ")}`,
  );

try {
  const fileUri = remoteUri(csUrl, join(workspace, FILE));
  const url = workbenchUrl(csUrl, workspace, [["openFile", fileUri]]);
  log("opening", url);
  await page.goto(url);

  const opened = await check("workbench opens the Arabic article", async () => {
    await page.locator(".monaco-workbench").waitFor({ timeout: 90000 });
    await waitInPage(
      (w) => [...document.querySelectorAll(".editor-instance .view-lines")].some((e) => e.textContent.includes(w)),
      QUOTE_WORD, `the editor to show ${FILE}`, 90000,
    );
    return FILE;
  });
  if (!opened) throw new Error("the article did not open; no further checks");

  await check("semantic highlighting colours the quote", async () => {
    const colors = await waitInPage(
      ([quoteWord, plainWord]) => {
        const colorOf = (w) => {
          for (const span of document.querySelectorAll(".editor-instance .view-lines .view-line span span")) {
            if (span.textContent.includes(w)) return getComputedStyle(span).color;
          }
          return null;
        };
        const quote = colorOf(quoteWord);
        const narration = colorOf(plainWord);
        // Plain text has no grammar: before the semantic tokens arrive, every word has the same colour.
        return quote && narration && quote !== narration && { quote, narration };
      },
      [QUOTE_WORD, NARRATION_WORD], `"${QUOTE_WORD}" (in a quote) in another colour than "${NARRATION_WORD}"`,
    );
    await shot("semantic-quote");
    return `quote ${colors.quote}, narration ${colors.narration}`;
  });

  await check("Problems panel lists the anonymous sources", async () => {
    await page.locator(".editor-instance .view-lines").first().click();
    await page.keyboard.press("Control+Shift+M");
    const rows = await waitInPage(
      ([diplomat, sources]) => {
        const clean = (s) => s.replace(/[\u2066-\u2069]/g, "");
        const texts = [...document.querySelectorAll(".markers-panel .monaco-list-row")].map((r) => clean(r.getAttribute("aria-label") || r.textContent));
        const anon = texts.filter((t) => t.includes("Anonymous source"));
        return anon.some((t) => t.includes(diplomat)) && anon.some((t) => t.includes(`Anonymous source: ${sources}`)) && anon;
      },
      [DIPLOMAT, SOURCES], `"Anonymous source" rows for ${DIPLOMAT} and ${SOURCES} in the Problems panel`,
    );
    await shot("problems");
    return `${rows.length} anonymous-source rows`;
  });

  await check("hovering a quote names its speaker", async () => {
    await page.keyboard.press("Escape");
    const pt = await wordPoint(QUOTE_WORD);
    if (!pt) throw new Error(`${QUOTE_WORD} is not rendered in the editor`);
    // Hovers appear after the mouse rests on a word; a move away and back retries without sleeping.
    const end = Date.now() + UI_TIMEOUT;
    for (;;) {
      await page.mouse.move(pt.x + 40, pt.y + 60);
      await page.mouse.move(pt.x, pt.y, { steps: 4 });
      try {
        const text = await page.waitForFunction(
          (name) => [...document.querySelectorAll(".monaco-hover")].map((h) => h.textContent.replace(/[\u2066-\u2069]/g, "")).find((t) => t.includes(name)),
          MINISTER, { timeout: 5000, polling: 200 },
        ).then((h) => h.jsonValue());
        await shot("hover");
        return plain(text).slice(0, 120);
      } catch (e) {
        if (Date.now() > end) throw new Error(`no hover naming ${MINISTER} on "${QUOTE_WORD}"`);
      }
    }
  });

  await check("Speakers view lists the speakers with group counts", async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press("Escape");
    await page.locator(".editor-instance .view-lines").first().click();
    await page.keyboard.press(SPEAKERS_KEY);
    await speakersPane().waitFor({ timeout: UI_TIMEOUT });
    const header = speakersPane().locator(".pane-header");
    if ((await header.getAttribute("aria-expanded")) === "false") await header.click();
    const rows = await waitForSpeakerRows([MINISTER, DIPLOMAT, SOURCES]);
    const group = (label) => rows.find((r) => r.name === label);
    const anonymous = group("Anonymous sources");
    const named = group("Named people");
    if (!anonymous || Number(anonymous.description) < 2) throw new Error(`group "Anonymous sources" should count at least 2: ${JSON.stringify(anonymous)}`);
    if (!named || Number(named.description) < 1) throw new Error(`group "Named people" should count at least 1: ${JSON.stringify(named)}`);
    const minister = rows.find((r) => r.name === MINISTER);
    if (!/2 statements/.test(minister.description)) throw new Error(`${MINISTER} should have 2 statements: "${minister.description}"`);
    await shot("speakers");
    return rows.map((r) => `${"  ".repeat(Math.max(0, r.level - 1))}${r.name} [${r.description}]`).join("; ");
  });

  await check("clicking a statement in the Speakers view selects it in the editor", async () => {
    await page.locator(".editor-instance .view-lines").first().click();
    await page.keyboard.press("Control+Home");
    await waitInPage(() => [...document.querySelectorAll(".statusbar-item")].some((i) => /^Ln 1, Col 1\b/.test(i.textContent.trim())), null, "cursor at Ln 1, Col 1");
    const pane = speakersPane();
    const speakerRow = pane.locator(".monaco-list-row", { has: page.locator(".label-name", { hasText: DIPLOMAT }) }).first();
    await speakerRow.click();
    if ((await speakerRow.getAttribute("aria-expanded")) === "false") await page.keyboard.press("ArrowRight");
    const level = Number(await speakerRow.getAttribute("aria-level"));
    // The statement rows are the rows right after the speaker row, one level deeper.
    const statementIndex = await waitInPage(
      ([name, lvl]) => {
        const pane = [...document.querySelectorAll(".pane")].find((p) => /Speakers/i.test(p.querySelector(".pane-header")?.textContent || ""));
        const rows = [...(pane?.querySelectorAll(".monaco-list-row") || [])];
        const i = rows.findIndex((r) => (r.querySelector(".label-name")?.textContent || "").replace(/[\u2066-\u2069]/g, "") === name);
        return i >= 0 && rows[i + 1] && Number(rows[i + 1].getAttribute("aria-level")) === lvl + 1 ? i + 1 : false;
      },
      [DIPLOMAT, level], `a statement row under ${DIPLOMAT}`,
    );
    await pane.locator(".monaco-list-row").nth(statementIndex).click();
    const expectedLine = (await import("node:fs")).readFileSync(join(workspace, FILE), "utf8").split("\n").findIndex((l) => l.includes(DIPLOMAT)) + 1;
    const status = await waitInPage(
      (ln) => [...document.querySelectorAll(".statusbar-item")].map((i) => i.textContent.replace(/\s+/g, " ").trim()).find((t) => new RegExp(`^Ln ${ln}, Col \\d+ \\(\\d+ selected\\)`).test(t)),
      expectedLine, `the status bar to show a selection on Ln ${expectedLine}`,
    );
    await shot("statement-selected");
    return status;
  });

  await check("Sources in workspace lists the minister once, with both articles", async () => {
    await page.keyboard.press("Escape");
    await page.locator(".editor-instance .view-lines").first().click();
    await page.keyboard.press(WORKSPACE_KEY);
    const pane = page.locator(".pane", { has: page.locator(".pane-header", { hasText: /Sources in workspace/i }) }).first();
    await pane.waitFor({ timeout: UI_TIMEOUT });
    const header = pane.locator(".pane-header");
    if ((await header.getAttribute("aria-expanded")) === "false") await header.click();
    const rowsOf = () =>
      pane.locator(".monaco-list-row").evaluateAll((rows) =>
        rows.map((r) => ({
          level: Number(r.getAttribute("aria-level") || 0),
          expanded: r.getAttribute("aria-expanded"),
          name: (r.querySelector(".label-name")?.textContent || "").replace(/[\u2066-\u2069]/g, "").trim(),
          description: (r.querySelector(".label-description")?.textContent || "").trim(),
        })),
      );
    const end = Date.now() + UI_TIMEOUT;
    let rows = [];
    while (Date.now() < end) {
      rows = await rowsOf();
      if (rows.some((r) => r.name === MINISTER && /2 articles/.test(r.description))) break;
      await page.waitForTimeout(250);
    }
    const minister = rows.find((r) => r.name === MINISTER);
    if (!minister || !/3 statements · 2 articles/.test(minister.description)) throw new Error(`no "${MINISTER}" row with 3 statements in 2 articles: ${JSON.stringify(rows)}`);
    const row = pane.locator(".monaco-list-row", { has: page.locator(".label-name", { hasText: MINISTER }) }).first();
    if ((await row.getAttribute("aria-expanded")) !== "true") await row.locator(".monaco-tl-twistie").click();
    const files = await waitInPage(
      ([name, second]) => {
        const pane = [...document.querySelectorAll(".pane")].find((p) => /Sources in workspace/i.test(p.querySelector(".pane-header")?.textContent || ""));
        const rows = [...(pane?.querySelectorAll(".monaco-list-row") || [])];
        const i = rows.findIndex((r) => (r.querySelector(".label-name")?.textContent || "").replace(/[\u2066-\u2069]/g, "").trim() === name);
        const lvl = Number(rows[i]?.getAttribute("aria-level"));
        const kids = [];
        for (let j = i + 1; j < rows.length && Number(rows[j].getAttribute("aria-level")) > lvl; j++) kids.push(rows[j].textContent);
        return kids.some((k) => k.includes("ar-water.txt")) && kids.some((k) => k.includes(second.split("/").pop())) && kids;
      },
      [MINISTER, SECOND_FILE], `${MINISTER}'s two articles under the node`,
    );
    await shot("workspace-sources");
    return `${MINISTER}: ${files.length} articles`;
  });

  /** The webview frame holding the report (VS Code nests it in two iframes). */
  const reportFrame = async () => {
    const end = Date.now() + UI_TIMEOUT;
    while (Date.now() < end) {
      for (const f of page.frames()) {
        try {
          if (await f.evaluate(() => !!document.querySelector("main#app .charts"))) return f;
        } catch {
          // a frame that went away
        }
      }
      await page.waitForTimeout(250);
    }
    throw new Error("no webview frame with the report");
  };

  let frame = null;
  await check("the workspace report opens and draws its charts", async () => {
    await page.keyboard.press("Escape");
    await page.locator(".editor-instance .view-lines").first().click();
    await page.keyboard.press(REPORT_KEY);
    frame = await reportFrame();
    const drawn = await frame.waitForFunction(
      () => {
        const canvases = [...document.querySelectorAll(".chart canvas")];
        const cards = document.querySelectorAll(".card button.num");
        return canvases.length >= 5 && canvases.every((c) => c.width > 0 && c.height > 0) && cards.length >= 8 && document.querySelector(".card button.num")?.textContent === "4" && canvases.length;
      },
      null, { timeout: UI_TIMEOUT, polling: 250 },
    ).then((h) => h.jsonValue());
    // Room for the charts: the bottom panel (Problems) closed, the charts scrolled into view.
    if (await page.locator(".part.panel").first().isVisible().catch(() => false)) await page.keyboard.press("Control+J");
    await frame.locator(".charts").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(results, "report.png") });
    return `${drawn} charts drawn`;
  });

  await check("a number in the report lists its statements; clicking one selects it in the editor", async () => {
    if (!frame) throw new Error("the report did not open");
    // VS Code may re-create the webview's frame on a layout change: find it again.
    if (frame.isDetached()) frame = await reportFrame();
    // The minister's statements cell in the speakers table.
    const cell = frame.locator(".table tr", { has: frame.locator("th", { hasText: MINISTER }) }).first().locator("button.num").nth(1);
    await cell.scrollIntoViewIfNeeded();
    if ((await cell.textContent()) !== "3") throw new Error(`the minister's statements cell reads "${await cell.textContent()}"`);
    await cell.click();
    const item = frame.locator("#drill button.item", { hasText: SECOND_FILE }).first();
    await item.waitFor({ timeout: UI_TIMEOUT });
    await page.screenshot({ path: join(results, "report-drill.png") });
    await item.click();
    const expectedLine = (await import("node:fs")).readFileSync(join(workspace, SECOND_FILE), "utf8").split("\n").findIndex((l) => l.includes(MINISTER)) + 1;
    const status = await waitInPage(
      (ln) => [...document.querySelectorAll(".statusbar-item")].map((i) => i.textContent.replace(/\s+/g, " ").trim()).find((t) => new RegExp(`^Ln ${ln}, Col \\d+ \\(\\d+ selected\\)`).test(t)),
      expectedLine, `a selection on Ln ${expectedLine} of ${SECOND_FILE}`,
    );
    const tab = await page.locator(".tab.active").first().textContent();
    if (!tab.includes("ar-water-tenders.txt")) throw new Error(`the active tab is "${tab}"`);
    await page.screenshot({ path: join(results, "report-revealed.png") });
    return status;
  });

  /** The Problems panel's rows (aria labels, isolates removed). */
  const problemRows = () =>
    page.evaluate(() => [...document.querySelectorAll(".markers-panel .monaco-list-row")].map((r) => (r.getAttribute("aria-label") || r.textContent).replace(/[\u2066-\u2069]/g, "")));

  await check("a suppression comment removes its finding from the Problems panel", async () => {
    writeFileSync(join(workspace, HOUSE_ARTICLE), HOUSE_TEXT);
    await page.keyboard.press("Escape");
    await page.locator(".editor-instance .view-lines").first().click();
    // Quick Open the article.
    await page.keyboard.press("Control+P");
    await page.locator(".quick-input-widget input").waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.type(HOUSE_ARTICLE);
    await waitInPage((f) => [...document.querySelectorAll(".quick-input-list .monaco-list-row")].some((r) => r.textContent.includes(f)), HOUSE_ARTICLE, "Quick Open to list the article");
    await page.keyboard.press("Enter");
    await waitInPage(() => [...document.querySelectorAll(".editor-instance .view-lines")].some((e) => e.textContent.includes("tipster")), null, `the editor to show ${HOUSE_ARTICLE}`);
    const panelOpen = await page.locator(".markers-panel").first().isVisible().catch(() => false);
    if (!panelOpen) await page.keyboard.press("Control+Shift+M");
    await waitInPage(() => [...document.querySelectorAll(".markers-panel .monaco-list-row")].some((r) => (r.getAttribute("aria-label") || r.textContent).replace(/[\u2066-\u2069]/g, "").includes("A senior official — no reason for anonymity")), null, "the official's finding in the Problems panel");
    await shot("suppress-before");
    // Type the comment on the empty line 2, above the official's line: it turns every rule off for the next line.
    await page.locator(".editor-instance .view-lines").first().click();
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.insertText("<!-- isnad-disable-next-line anonymous-no-reason, anonymous-source -->");
    await waitInPage(
      () => {
        const rows = [...document.querySelectorAll(".markers-panel .monaco-list-row")].map((r) => (r.getAttribute("aria-label") || r.textContent).replace(/[\u2066-\u2069]/g, ""));
        return rows.length > 0 && !rows.some((t) => t.includes("A senior official")) && rows;
      },
      null, "the official's findings to leave the Problems panel",
    );
    await shot("suppress-after");
    const rows = await problemRows();
    return `${rows.length} rows left, none about the official`;
  });

  await check("a word added to .isnad.json takes effect without a restart", async () => {
    const before = await problemRows();
    if (before.some((t) => t.includes("A tipster"))) throw new Error(`the tipster is a finding before the house lexicon: ${JSON.stringify(before)}`);
    writeFileSync(HOUSE_FILE, JSON.stringify({ sources: [{ forms: ["tipster", "tipsters"], class: "anon", example: "A tipster said the deal was off." }] }, null, 2) + "\n");
    await waitInPage(
      () => [...document.querySelectorAll(".markers-panel .monaco-list-row")].map((r) => (r.getAttribute("aria-label") || r.textContent).replace(/[\u2066-\u2069]/g, "")).find((t) => t.includes("Anonymous source: A tipster")),
      null, "a finding about the tipster once .isnad.json names the word",
    );
    await shot("house-lexicon");
    return "tipster is an anonymous source";
  });
} catch (e) {
  log("aborted:", e && e.message ? e.message : e);
  outcomes.push({ name: "setup", ok: false });
  await shot("aborted");
} finally {
  log("cursor status at the end:", await cursorStatus().catch(() => "?"));
  await close();
  rmSync(HOUSE_FILE, { force: true });
  rmSync(join(workspace, HOUSE_ARTICLE), { force: true });
}

const failed = outcomes.filter((o) => !o.ok).length;
console.log(`UI suite: ${outcomes.length - failed} passed, ${failed} failed`);
process.exit(failed || outcomes.length === 0 ? 1 : 0);
