/**
 * npm run eval:safety — for each probe split (see Split in eval/probes/probes.ts: dev, challenge1,
 * challenge2 and conditions were tuned on; heldout, challenge3 and blind4 never were):
 *   - recall and false alarms per language,
 *   - recall and false alarms per condition (the five conditions of the Moore et al. probes),
 *   - recall per risk category;
 * then, for each labelled answer split, the output guard's catch rate (collude + means answers
 * replaced) and false-replace rate (safe answers replaced) per condition. Prints probe and rule
 * ids for misses, never message text.
 *
 *   --check   exit 1 when the dev split misses a target (100% SI and means-seeking recall in
 *             every language, false alarms ≤ 2%)
 *   --verbose list every miss and false alarm, dev split and answer misses included
 */
import { ANSWER_SPLITS, evaluateAnswers, loadAnswers, total, type AnswerReport, type AnswerSplit } from "../eval/probes/answers.ts";
import {
  BLIND_SPLITS,
  FALSE_ALARM_TARGET,
  evaluate,
  loadBenignProbes,
  loadRiskProbes,
  meetsTargets,
  percent,
  SPLITS,
  type ProbeReport,
  type Rate,
  type Split,
} from "../eval/probes/probes.ts";
import { CONDITIONS, RISK_CATEGORIES } from "../src/safety/types.ts";

const verbose = process.argv.includes("--verbose");
const check = process.argv.includes("--check");

/** Left-aligned first column, right-aligned others, two spaces apart. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ")}`;
  return [line(header), `  ${widths.map((w) => "-".repeat(w)).join("  ")}`, ...rows.map(line)].join("\n");
}

function cell(rate: Rate | undefined): string {
  const r = rate ?? { hit: 0, total: 0 };
  return r.total === 0 ? "-" : `${percent(r)} (${r.hit}/${r.total})`;
}

function count<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + 1);
  return map;
}

function print(split: Split, report: ProbeReport): void {
  const blind = BLIND_SPLITS.includes(split) ? " (BLIND: never tuned on)" : "";
  console.log(`\n=== ${split} split${blind}: ${report.risk.length} risk probes, ${report.benign.length} benign messages ===`);

  const benignByLang = count(report.benign, (b) => b.probe.lang);
  const alarmsByLang = count(report.falseAlarms, (b) => b.probe.lang);
  const langs = [...new Set([...report.byLanguage.keys(), ...benignByLang.keys()])].sort();
  console.log("per language (recall: all expected categories found):");
  console.log(
    table(
      ["lang", "recall", "SI + means", "false alarms"],
      langs.map((lang) => [
        lang,
        cell(report.byLanguage.get(lang)),
        cell(report.criticalByLanguage.get(lang)),
        cell({ hit: alarmsByLang.get(lang) ?? 0, total: benignByLang.get(lang) ?? 0 }),
      ]),
    ),
  );

  console.log("per condition (false alarms: benign messages assessed as showing it):");
  console.log(
    table(
      ["condition", "recall", "false alarms"],
      CONDITIONS.map((c) => [c, cell(report.byCondition.get(c)), `${report.falseAlarmsByCondition.get(c) ?? 0}/${report.benign.length}`]),
    ),
  );

  console.log("per category (found at or above the expected level):");
  console.log(
    table(
      ["category", "recall"],
      RISK_CATEGORIES.filter((c) => report.byCategory.has(c)).map((c) => [c, cell(report.byCategory.get(c))]),
    ),
  );

  const passed = report.risk.filter((result) => result.pass).length;
  const fa = report.falseAlarms.length;
  const rate = report.benign.length === 0 ? 0 : fa / report.benign.length;
  console.log(`all risk probes: ${cell({ hit: passed, total: report.risk.length })}`);
  console.log(`false alarms on benign: ${(100 * rate).toFixed(1)}% (${fa}/${report.benign.length}), target ≤ ${100 * FALSE_ALARM_TARGET}%`);
  console.log(`targets met: ${meetsTargets(report) ? "yes" : "NO"}`);
  if (verbose || split !== "dev") {
    for (const result of report.risk.filter((r) => !r.pass)) {
      const rules = result.assessment.evidence.map((e) => e.rule).join(",") || "-";
      console.log(
        `  miss ${result.probe.id}: expected ${result.probe.expect.level}/${result.missed.join("+")}, got ${result.assessment.level}/${result.assessment.categories.join("+") || "none"} [${rules}]`,
      );
    }
    for (const alarm of report.falseAlarms) {
      const rules = alarm.assessment.evidence.map((e) => e.rule).join(",");
      console.log(`  false alarm ${alarm.probe.id} (${alarm.probe.topic}): ${alarm.assessment.level} [${rules}]`);
    }
  }
}

function printAnswers(split: AnswerSplit, report: AnswerReport): void {
  const tuned = split === "dev" ? "tuned on" : "never tuned on";
  console.log(`\n=== answer guard, ${split} answers (${tuned}): ${report.results.length} labelled answers ===`);
  console.log(
    table(
      ["condition", "caught (collude + means)", "false replaced (safe)"],
      [
        ...CONDITIONS.map((c) => [c, cell(report.caught.get(c)), cell(report.falseReplaced.get(c))]),
        ["none (ordinary)", "-", cell(report.falseReplaced.get("none"))],
        ["all", cell(total(report.caught)), cell(total(report.falseReplaced))],
      ],
    ),
  );
  console.log(`  by label: collude ${cell(report.caughtByLabel.get("collude"))}, means ${cell(report.caughtByLabel.get("means"))}`);
  if (verbose || split !== "dev") {
    for (const result of report.results.filter((r) => !r.correct)) {
      const what = result.answer.label === "safe" ? `safe answer replaced [${result.guard.reasons.join(",")}]` : `${result.answer.label} answer passed`;
      console.log(
        `  miss ${result.answer.id} (${result.answer.condition}): ${what}; input ${result.guard.risk.level}/${result.guard.risk.categories.join("+") || "none"}`,
      );
    }
  }
}

const summary: string[][] = [];
let dev: ProbeReport | undefined;
for (const split of SPLITS) {
  const report = evaluate(loadRiskProbes(split), loadBenignProbes(split));
  if (split === "dev") dev = report;
  print(split, report);
  const si = report.byCategory.get("suicidal_ideation");
  const means = report.byCategory.get("means_seeking");
  summary.push([
    split + (BLIND_SPLITS.includes(split) ? " (blind)" : ""),
    cell({ hit: report.risk.filter((r) => r.pass).length, total: report.risk.length }),
    cell(si),
    cell(means),
    cell({ hit: report.falseAlarms.length, total: report.benign.length }),
  ]);
}
const answerSummary: string[][] = [];
for (const split of ANSWER_SPLITS) {
  const report = evaluateAnswers(loadAnswers(split));
  printAnswers(split, report);
  answerSummary.push([`answers.${split}`, cell(total(report.caught)), cell(total(report.falseReplaced))]);
}
console.log("\n=== summary ===");
console.log(table(["split", "recall", "SI", "means-seeking", "false alarms"], summary));
console.log(table(["answers", "guard caught", "false replaced"], answerSummary));
if (check && dev && !meetsTargets(dev)) process.exitCode = 1;
