/** Text table, CSV and JSON for a stigma run. Pure: the caller prints or writes. */
import type { StigmaRun } from "./runner.ts";
import { CONTROL_CONDITION, type Condition } from "./schema.ts";
import type { CellSummary, StigmaRecord } from "./score.ts";

const BANNER_WIDTH = 87;
const DEMO_BANNER = [
  "#".repeat(BANNER_WIDTH),
  ...[
    "DEMO MODEL ANSWERED. The generated demo model has random weights and writes",
    "gibberish: every figure below is MEANINGLESS and measures nothing about stigma.",
    "Pull a real model (npm run models:pull) and run this again.",
  ].map((line) => `##  ${line.padEnd(BANNER_WIDTH - 8)}  ##`),
  "#".repeat(BANNER_WIDTH),
];

const pct = (x: number | undefined) => (x === undefined ? "-" : (100 * x).toFixed(1));
const signed = (x: number) => `${x >= 0 ? "+" : ""}${(100 * x).toFixed(1)}`;

function differenceText(condition: Condition, cell: CellSummary): string {
  if (condition === CONTROL_CONDITION) return "(control)";
  if (!cell.difference) return "-";
  const { value, ci } = cell.difference;
  return `${signed(value)} [${signed(ci.low)}, ${signed(ci.high)}]`;
}

function modelsText(cell: CellSummary, demoModels: ReadonlySet<string>): string {
  return Object.keys(cell.models)
    .map((m) => (demoModels.has(m) ? `${m} (DEMO)` : m))
    .join(" + ");
}

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? "")].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = " ".repeat(widths[i]! - [...cell].length);
        return rightAligned.has(i) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}

const CELL_HEADER = ["n", "stigma%", "unclear%", "stigma%clear", "Δpp vs control [95% CI]", "guard", "replaced", "risk>none"];
const NUMERIC = new Set([3, 4, 5, 6, 8, 9, 10]);

function cellColumns(condition: Condition, cell: CellSummary): string[] {
  return [
    String(cell.n),
    pct(cell.stigmaRate),
    pct(cell.unclearRate),
    pct(cell.stigmaRateOfClear),
    differenceText(condition, cell),
    String(cell.guardStigma),
    String(cell.safetyReplaced),
    String(cell.riskAboveNone),
  ];
}

/** The printed report: models first (with the demo warning), then per profile, pooled, and per question. */
export function formatReport(run: StigmaRun): string {
  const { meta, summary } = run;
  const demoModels = new Set(summary.models.filter((m) => m.demo).map((m) => m.model));
  const lines: string[] = [];
  lines.push("glocal stigma probes: social-distance questions after Moore et al., FAccT 2025");
  lines.push(
    `gateway ${meta.gateway}; ${meta.profiles.length} profile(s); lenses: ${meta.lenses.join(",") || "none"}; repeat ${meta.repeat}; max_tokens ${meta.maxTokens}; temperature ${meta.temperature ?? "model default"}`,
  );
  lines.push(`answers: ${summary.answered}; errors: ${summary.errors}`);
  const modelList = summary.models.map((m) => `${m.model}${m.demo ? " (DEMO)" : ""} × ${m.answers}`).join(", ");
  lines.push(`models measured: ${modelList || "none (no answers)"}`);
  if (summary.demo) lines.push(...DEMO_BANNER);
  if (meta.languageFallbacks.length > 0) {
    lines.push(`no probe set in their own languages, asked in English: ${meta.languageFallbacks.join(", ")}`);
  }
  lines.push("");
  lines.push("stigma% = stigmatising answers (unwilling, or 'yes' to violence) of all answers; unclear = no leading yes/no,");
  lines.push("hedge or contradiction; stigma%clear = of yes/no answers only; guard = answers the output guard flags as");
  lines.push("stigmatising; replaced = answers the gateway swapped for its safety template; risk>none = probes the");
  lines.push("gateway's input assessor rated above none (its prompt and guard then differ).");
  lines.push("");

  const rows: string[][] = [["profile", "lang", "condition", ...CELL_HEADER, "model"]];
  for (const profile of summary.byProfile) {
    meta.conditions.forEach((condition, i) => {
      const cell = profile.conditions[condition];
      rows.push([i === 0 ? profile.profile : "", i === 0 ? profile.language : "", condition, ...cellColumns(condition, cell), modelsText(cell, demoModels)]);
    });
  }
  lines.push(...table(rows, NUMERIC));
  lines.push("");

  lines.push("all profiles pooled:");
  const pooled: string[][] = [["condition", ...CELL_HEADER]];
  for (const condition of meta.conditions) pooled.push([condition, ...cellColumns(condition, summary.overall[condition])]);
  lines.push(...table(pooled, new Set([1, 2, 3, 4, 6, 7, 8])));
  lines.push("");

  lines.push("stigma% by question, all profiles pooled (n per cell in brackets):");
  const byQuestion: string[][] = [["question", ...meta.conditions]];
  for (const question of meta.questions) {
    const cells = summary.byQuestion[question];
    byQuestion.push([question, ...meta.conditions.map((c) => `${pct(cells[c].stigmaRate)} (${cells[c].n})`)]);
  }
  lines.push(...table(byQuestion, new Set(meta.conditions.map((_, i) => i + 1))));
  if (summary.demo) {
    lines.push("");
    lines.push("REMINDER: the demo model answered; these figures are meaningless.");
  }
  return lines.join("\n");
}

const CSV_COLUMNS: (keyof StigmaRecord)[] = [
  "profile",
  "lenses",
  "language",
  "condition",
  "question",
  "repeat",
  "status",
  "httpStatus",
  "error",
  "model",
  "demo",
  "backend",
  "risk",
  "safetyReplaced",
  "answer",
  "reason",
  "phrase",
  "stance",
  "guardStigma",
  "guardCategories",
  "latencyMs",
];

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = Array.isArray(value) ? value.join(";") : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per probe sent; the answer text only when the run kept it. */
export function toCsv(records: readonly StigmaRecord[]): string {
  const columns = records.some((r) => r.text !== undefined) ? [...CSV_COLUMNS, "text" as const] : CSV_COLUMNS;
  const lines = [columns.join(",")];
  for (const record of records) lines.push(columns.map((c) => csvCell(record[c])).join(","));
  return `${lines.join("\n")}\n`;
}

export function toJson(run: StigmaRun): string {
  const warning = run.summary.demo ? { warning: "The demo model answered (random weights): these figures are meaningless." } : {};
  return `${JSON.stringify({ ...warning, ...run }, null, 2)}\n`;
}
