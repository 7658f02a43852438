// The sourcing report's webview (bundled by esbuild into dist/report.js with
// Chart.js). It draws what src/shared/reportView.ts computes from the report
// the extension posts; every number — a card, a chart segment or bar, a table
// cell — asks the extension for the statements behind it, and each listed
// statement reveals its text in the editor. The DOM is built with textContent
// only (no HTML strings), colours come from VS Code's theme variables, and the
// layout turns right-to-left for Arabic.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type ChartEvent,
  type ActiveElement,
} from "chart.js";
import type { ReportFilter } from "../core/report/types";
import type { DrillItem, ExportFormat, ExportWhat, FromWebview, ReportViewData, ToWebview } from "../shared/reportMessages";
import { MAX_TABLE_ROWS, articleColumns, fill, reportCards, reportCharts, speakerColumns, type ChartSpec, type ColorName, type Column } from "../shared/reportView";

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, Tooltip);

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();

let view: ReportViewData | null = null;
let charts: Chart[] = [];
let numbers = 0;
let nextRequest = 1;
let pendingDrill = 0;

const nf = (n: number) => n.toLocaleString("en-US");

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

/** A number that lists the statements behind it when clicked. */
function num(value: number, filter: ReportFilter, title: string, extra = ""): HTMLButtonElement {
  const b = el("button", { class: "num", type: "button", title }, nf(value) + extra);
  b.addEventListener("click", () => drill(filter, title));
  numbers++;
  return b;
}

function drill(filter: ReportFilter, title: string): void {
  pendingDrill = nextRequest++;
  vscode.postMessage({ type: "drill", requestId: pendingDrill, title, filter });
}

function themeColor(name: ColorName): string {
  const css = getComputedStyle(document.documentElement);
  const v = name === "gray" ? css.getPropertyValue("--vscode-descriptionForeground") : css.getPropertyValue(`--vscode-charts-${name}`);
  return v.trim() || { blue: "#3794ff", green: "#89d185", red: "#f14c4c", yellow: "#cca700", orange: "#d18616", purple: "#b180d7", gray: "#888888" }[name];
}

const DOUGHNUT: ColorName[] = ["blue", "orange", "purple"];
const ATTRIBUTION: ColorName[] = ["green", "red", "gray"];

function chartConfig(spec: ChartSpec, rtl: boolean): ChartConfiguration {
  const fg = getComputedStyle(document.body).getPropertyValue("--vscode-foreground").trim() || "#ccc";
  const grid = getComputedStyle(document.body).getPropertyValue("--vscode-charts-lines").trim() || "rgba(128,128,128,0.3)";
  const onClick = (_e: ChartEvent, els: ActiveElement[]) => {
    const hit = els[0];
    if (!hit) return;
    const s = spec.series[hit.datasetIndex];
    drill(s.filters[hit.index], `${spec.title}: ${spec.categories[hit.index]} · ${s.label}`);
  };
  const common = {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    locale: "en-US",
    onClick,
    plugins: {
      legend: { rtl, textDirection: rtl ? "rtl" : "ltr", labels: { color: fg } },
      tooltip: { rtl, textDirection: rtl ? "rtl" : "ltr" },
    },
  };
  if (spec.type === "doughnut") {
    const palette = spec.id === "attribution" ? ATTRIBUTION : DOUGHNUT;
    return {
      type: "doughnut",
      data: {
        labels: spec.categories,
        datasets: spec.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: palette.map(themeColor), borderColor: themeColor("gray"), borderWidth: 1 })),
      },
      options: common,
    };
  }
  const horizontal = spec.type === "hbar";
  const stacked = spec.type === "stacked";
  const axis = { ticks: { color: fg }, grid: { color: grid } };
  return {
    type: "bar",
    data: {
      labels: spec.categories,
      datasets: spec.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: themeColor(s.color) })),
    },
    options: {
      ...common,
      indexAxis: horizontal ? "y" : "x",
      scales: {
        // Right to left: categories run from the right, the value axis stands on the right.
        x: { ...axis, stacked, reverse: rtl, beginAtZero: true },
        y: { ...axis, stacked, position: rtl ? "right" : "left", beginAtZero: true },
      },
    },
  };
}

function table<Row extends { file?: string; name?: string }>(rows: Row[], head: string, columns: Column<Row>[], label: (r: Row) => string, title: string): HTMLElement {
  const L = view!.labels;
  const thead = el("thead", {}, el("tr", {}, el("th", { scope: "col" }, head), ...columns.map((c) => el("th", { scope: "col" }, c.label))));
  const tbody = el("tbody");
  for (const r of rows.slice(0, MAX_TABLE_ROWS)) {
    const name = label(r);
    tbody.append(
      el(
        "tr",
        {},
        el("th", { scope: "row", dir: "auto" }, name),
        ...columns.map((c) => el("td", {}, num(c.value(r), c.filter(r), `${name} · ${c.label}`))),
      ),
    );
  }
  const out = el("section", { class: "table" }, el("h2", {}, title), el("div", { class: "scroll" }, el("table", {}, thead, tbody)));
  if (rows.length > MAX_TABLE_ROWS) out.append(el("p", { class: "note" }, fill(L.moreRows, nf(rows.length - MAX_TABLE_ROWS))));
  return out;
}

function toolbar(): HTMLElement {
  const L = view!.labels;
  const bar = el("div", { class: "toolbar", role: "toolbar" });
  const group = (label: string, what: ExportWhat) => {
    const g = el("span", { class: "group" }, el("span", { class: "group-label" }, label));
    for (const [format, text] of [["csv", "CSV"], ["json", "JSON"], ["markdown", "Markdown"]] as [ExportFormat, string][]) {
      const b = el("button", { type: "button", class: "export", "data-what": what, "data-format": format }, text);
      b.addEventListener("click", () => vscode.postMessage({ type: "export", what, format }));
      g.append(b);
    }
    return g;
  };
  const refresh = el("button", { type: "button", class: "refresh" }, L.refresh);
  refresh.addEventListener("click", () => vscode.postMessage({ type: "refresh" }));
  bar.append(group(L.exportReport, "report"), group(L.exportAnalysis, "analysis"), refresh);
  return bar;
}

function render(): void {
  if (!view) return;
  const { labels: L, report } = view;
  const rtl = view.locale === "ar";
  document.documentElement.lang = view.locale;
  document.documentElement.dir = rtl ? "rtl" : "ltr";
  for (const c of charts) c.destroy();
  charts = [];
  numbers = 0;
  const app = document.getElementById("app")!;
  const keepDrill = document.getElementById("drill");
  app.replaceChildren();
  app.append(el("header", {}, el("h1", {}, L.title), el("p", { class: "scope", dir: "auto" }, view.scopeLabel), toolbar()));
  if (view.status.state === "scanning" || view.status.state === "indexing") {
    app.append(el("p", { class: "status", role: "status" }, fill(L.indexing, nf(view.status.done), nf(view.status.total))));
  }
  if (view.skipped) app.append(el("p", { class: "status", role: "status" }, view.skipped));
  if (report.totals.statements === 0) app.append(el("p", { class: "status" }, L.noStatements));

  const cards = el("section", { class: "cards" });
  for (const c of reportCards(report, L)) {
    cards.append(el("div", { class: "card" }, num(c.value, c.filter, c.label, c.percent !== undefined ? ` (${c.percent}%)` : ""), el("span", { class: "card-label" }, c.label)));
  }
  app.append(cards);
  app.append(keepDrill ?? el("section", { id: "drill", hidden: "", "aria-live": "polite" }));

  const grid = el("section", { class: "charts" });
  app.append(grid);
  const name = (file: string) => view!.names[file] ?? file;
  for (const spec of reportCharts(report, L, name)) {
    if (spec.categories.length === 0) continue;
    const canvas = el("canvas", { role: "img", "aria-label": spec.title });
    const fig = el("figure", { class: `chart chart-${spec.id}`, "data-chart": spec.id }, el("figcaption", {}, spec.title), el("div", { class: "canvas-box" }, canvas));
    grid.append(fig);
    charts.push(new Chart(canvas, chartConfig(spec, rtl)));
  }

  app.append(
    table(report.speakers, L.name, speakerColumns(L), (r) => r.name, L.tableSpeakers),
    table(report.articles, L.file, articleColumns(L), (r) => name(r.file), L.tableArticles),
  );
  vscode.postMessage({ type: "rendered", charts: charts.length, numbers });
}

function showDrill(title: string, total: number, items: DrillItem[]): void {
  const L = view!.labels;
  const pane = document.getElementById("drill");
  if (!pane) return;
  const close = el("button", { type: "button", class: "close", title: L.close }, "×");
  close.addEventListener("click", () => {
    pane.hidden = true;
    pane.replaceChildren();
  });
  const list = el("ol", { class: "items" });
  for (const it of items) {
    const b = el(
      "button",
      { type: "button", class: "item" },
      el("span", { class: "where", dir: "auto" }, `${it.name}:${it.line}`),
      el("span", { class: "who", dir: "auto" }, it.speaker || L.noSpeaker),
      el("span", { class: "what", dir: "auto" }, it.preview),
    );
    b.addEventListener("click", () => vscode.postMessage({ type: "reveal", uri: it.uri, range: it.range }));
    list.append(el("li", {}, b));
  }
  pane.replaceChildren(el("div", { class: "drill-head" }, el("h2", { dir: "auto" }, title), close), el("p", { class: "note" }, fill(L.showing, nf(items.length), nf(total))), list);
  pane.hidden = false;
  pane.scrollIntoView({ block: "nearest" });
}

window.addEventListener("message", (e: MessageEvent<ToWebview>) => {
  const m = e.data;
  if (!m || typeof m !== "object") return;
  if (m.type === "report") {
    view = m.view;
    render();
  } else if (m.type === "drill" && m.requestId === pendingDrill) showDrill(m.title, m.total, m.items);
  else if (m.type === "error") document.getElementById("app")?.prepend(el("p", { class: "status error", role: "alert" }, m.message));
});

// A theme change swaps the CSS variables: draw the charts again in the new colours.
new MutationObserver(() => render()).observe(document.body, { attributes: true, attributeFilter: ["class"] });

vscode.postMessage({ type: "ready" });
