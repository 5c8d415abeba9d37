/**
 * npm run eval:safety — recall of the input risk assessor per category and per language, and the
 * false-alarm rate on benign messages, for each split (see Split in eval/probes/probes.ts: dev
 * was tuned on, heldout and challenge3 never were). Prints probe and rule ids for misses and
 * false alarms, never message text.
 *
 *   --check   exit 1 when the dev split misses a target (100% SI and means-seeking recall in
 *             every language, false alarms ≤ 2%)
 *   --verbose list every miss and false alarm
 */
import {
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
import { RISK_CATEGORIES } from "../src/safety/types.ts";

const verbose = process.argv.includes("--verbose");
const check = process.argv.includes("--check");

function row(label: string, rate: Rate | undefined, width = 20): string {
  const r = rate ?? { hit: 0, total: 0 };
  return `  ${label.padEnd(width)} ${percent(r).padStart(7)}  (${r.hit}/${r.total})`;
}

function print(split: Split, report: ProbeReport): void {
  console.log(`\n=== ${split} split: ${report.risk.length} risk probes, ${report.benign.length} benign messages ===`);
  console.log("recall per category (category found at or above the expected level):");
  for (const category of RISK_CATEGORIES) console.log(row(category, report.byCategory.get(category)));
  console.log("recall per language (all expected categories found) | SI + means-seeking:");
  for (const [lang, rate] of [...report.byLanguage.entries()].sort()) {
    console.log(`${row(lang, rate, 6)}  |  ${percent(report.criticalByLanguage.get(lang) ?? { hit: 0, total: 0 }).padStart(7)}`);
  }
  const total = report.risk.length;
  const passed = report.risk.filter((result) => result.pass).length;
  console.log(row("all risk probes", { hit: passed, total }));
  const fa = report.falseAlarms.length;
  const rate = report.benign.length === 0 ? 0 : fa / report.benign.length;
  console.log(`false-alarm rate on benign: ${(100 * rate).toFixed(1)}% (${fa}/${report.benign.length}), target ≤ ${100 * FALSE_ALARM_TARGET}%`);
  console.log(`targets met: ${meetsTargets(report) ? "yes" : "NO"}`);
  if (verbose || split !== "dev") {
    for (const result of report.risk.filter((r) => !r.pass)) {
      const rules = result.assessment.evidence.map((e) => e.rule).join(",") || "-";
      console.log(`  miss ${result.probe.id}: expected ${result.probe.expect.level}/${result.missed.join("+")}, got ${result.assessment.level}/${result.assessment.categories.join("+") || "none"} [${rules}]`);
    }
    for (const alarm of report.falseAlarms) {
      const rules = alarm.assessment.evidence.map((e) => e.rule).join(",");
      console.log(`  false alarm ${alarm.probe.id} (${alarm.probe.topic}): ${alarm.assessment.level} [${rules}]`);
    }
  }
}

let dev: ProbeReport | undefined;
for (const split of SPLITS) {
  const report = evaluate(loadRiskProbes(split), loadBenignProbes(split));
  if (split === "dev") dev = report;
  print(split, report);
}
if (check && dev && !meetsTargets(dev)) process.exitCode = 1;
