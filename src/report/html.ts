import { readFileSync } from "node:fs";
import { MIN_N_PER_GROUP_LIKERT5 } from "../stats/index.ts";
import { formatP } from "./charts.ts";
import type { CsvValue, Table } from "./csv.ts";

/*
 * The report page: one self-contained HTML file (inline CSS, inline SVG, no script, nothing fetched),
 * so it opens offline, can be mailed, and prints.
 */

const STYLE = readFileSync(new URL("../../eval/report/report.css", import.meta.url), "utf8");

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface FigureSection {
  id: string;
  title: string;
  /** What the figure shows and how to read it; plain text paragraphs. */
  description: string[];
  /** SVG markup from renderSvg, or undefined when there is nothing to draw. */
  svg: string | undefined;
  /** Said instead of the figure when there is no data. */
  emptyMessage: string;
  table: Table;
  csvFile: string;
  /** Method strings of the outputs behind the figure. */
  methods: string[];
}

export interface ReportPage {
  title: string;
  generatedAt: Date;
  window: { from: Date | undefined; to: Date | undefined };
  includeSynthetic: boolean;
  /** Synthetic ratings in the window that were left out (undefined when they were included). */
  syntheticRatingsExcluded: number | undefined;
  summary: { label: string; value: string }[];
  notes: { title: string; text: string }[];
  figures: FigureSection[];
}

function formatCell(column: string, value: CsvValue): string {
  if (value === null) return "—";
  if (typeof value === "boolean") {
    if (column === "underpowered") return value ? `⚠ yes (n < ${MIN_N_PER_GROUP_LIKERT5})` : "no";
    return value ? "yes" : "no";
  }
  if (typeof value === "string") return value;
  if (Number.isInteger(value)) return String(value);
  if (column === "p") return formatP(value);
  if (/^elo/.test(column) || column === "mann_whitney_u") return value.toFixed(1);
  if (column === "proportion" || column === "rank_biserial" || /^score/.test(column)) return value.toFixed(3);
  return value.toFixed(2);
}

function renderTable(table: Table): string {
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("");
  const body = table.rows
    .map((row) => {
      const cells = table.columns.map((column) => {
        const value = row[column] ?? null;
        const numeric = typeof value === "number";
        return `<td${numeric ? ' class="num"' : ""}>${escapeHtml(formatCell(column, value))}</td>`;
      });
      return `<tr${row.underpowered === true ? ' class="underpowered"' : ""}>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table data-table="${escapeHtml(table.name)}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function renderFigure(figure: FigureSection, index: number): string {
  const chart = figure.svg ? `<div class="chart">${figure.svg}</div>` : `<p class="empty">${escapeHtml(figure.emptyMessage)}</p>`;
  const underpowered = figure.table.rows.filter((row) => row.underpowered === true).length;
  const flagged =
    figure.table.rows.length === 0
      ? ""
      : `<p class="flag">${underpowered === 0 ? "No" : String(underpowered)} row${underpowered === 1 ? "" : "s"} of this figure's data ${underpowered === 1 ? "is" : "are"} flagged underpowered (n &lt; ${MIN_N_PER_GROUP_LIKERT5}; marked ⚠ or in orange).</p>`;
  return `<figure id="${escapeHtml(figure.id)}">
<h2>${index + 1}. ${escapeHtml(figure.title)}</h2>
${figure.description.map((text) => `<p>${escapeHtml(text)}</p>`).join("\n")}
${chart}
<figcaption>
${flagged}
<p class="csv">Data: <a href="${escapeHtml(figure.csvFile)}">${escapeHtml(figure.csvFile)}</a> (${figure.table.rows.length} rows).</p>
<details><summary>Numbers behind this figure</summary>${renderTable(figure.table)}</details>
${figure.methods.length ? `<details><summary>Method</summary><ul>${figure.methods.map((method) => `<li>${escapeHtml(method)}</li>`).join("")}</ul></details>` : ""}
</figcaption>
</figure>`;
}

const day = (date: Date | undefined) => (date ? date.toISOString() : undefined);

export function renderReportHtml(page: ReportPage): string {
  const window =
    page.window.from || page.window.to
      ? `${day(page.window.from) ?? "the first record"} (inclusive) to ${day(page.window.to) ?? "now"} (exclusive)`
      : "all records";
  const synthetic = page.includeSynthetic
    ? `<p class="banner synthetic-included">Synthetic rows are INCLUDED (--include-synthetic): this report shows made-up demo data from eval:seed, not what people said.</p>`
    : `<p class="banner synthetic-excluded">Synthetic rows are excluded: only real ratings, comparisons and check-ins are counted${
        page.syntheticRatingsExcluded ? ` (${page.syntheticRatingsExcluded} synthetic ratings in this window were left out)` : ""
      }.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(page.title)}</h1>
<p class="meta">Generated ${escapeHtml(page.generatedAt.toISOString())} · window: ${escapeHtml(window)}</p>
${synthetic}
<dl class="summary">
${page.summary.map((entry) => `<div><dt>${escapeHtml(entry.label)}</dt><dd>${escapeHtml(entry.value)}</dd></div>`).join("\n")}
</dl>
</header>
<section id="reading">
<h2>Read this first</h2>
${page.notes.map((note) => `<h3>${escapeHtml(note.title)}</h3>\n<p>${escapeHtml(note.text)}</p>`).join("\n")}
</section>
${page.figures.map(renderFigure).join("\n")}
</main>
</body>
</html>
`;
}
