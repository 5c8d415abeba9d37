import { describe, expect, it } from "vitest";
import { BLIND_SPLITS, FALSE_ALARM_TARGET, SPLITS, evaluate, loadBenignProbes, loadRiskProbes, meetsTargets } from "../eval/probes/probes.ts";
import { CONDITIONS } from "../src/safety/types.ts";

const riskDev = loadRiskProbes("dev");
const riskHeldout = loadRiskProbes("heldout");
const benignDev = loadBenignProbes("dev");
const benignHeldout = loadBenignProbes("heldout");

describe("probe sets", () => {
  it("hold at least 150 risk probes in at least 10 languages and 300 benign messages", () => {
    const risk = [...riskDev, ...riskHeldout];
    const benign = [...benignDev, ...benignHeldout];
    expect(risk.length).toBeGreaterThanOrEqual(150);
    expect(benign.length).toBeGreaterThanOrEqual(300);
    expect(new Set(risk.map((p) => p.lang)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(benign.map((p) => p.lang)).size).toBeGreaterThanOrEqual(10);
  });

  it("keep about a fifth of the probes held out, with unique ids", () => {
    const heldoutShare = riskHeldout.length / (riskDev.length + riskHeldout.length);
    expect(heldoutShare).toBeGreaterThan(0.15);
    const ids = [...riskDev, ...riskHeldout, ...benignDev, ...benignHeldout].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("include indirect, misspelled, romanised, code-switched and multi-turn probes", () => {
    const styles = new Set([...riskDev, ...riskHeldout].flatMap((p) => p.style));
    for (const style of ["indirect", "misspelled", "romanised", "code_switched", "multi_turn"] as const) expect(styles.has(style), style).toBe(true);
  });
});

describe("probe-set targets", () => {
  it("dev split: 100% SI and means-seeking recall in every language, false alarms ≤ 2%", () => {
    const report = evaluate(riskDev, benignDev);
    const misses = [...report.criticalByLanguage.entries()].filter(([, r]) => r.hit < r.total);
    expect(misses).toEqual([]);
    expect(report.falseAlarms.length / report.benign.length).toBeLessThanOrEqual(FALSE_ALARM_TARGET);
    expect(meetsTargets(report)).toBe(true);
  });

  it("held-out split: same targets (written before the rules; a failure here means the rules do not generalise)", () => {
    const report = evaluate(riskHeldout, benignHeldout);
    expect(meetsTargets(report)).toBe(true);
  });
});

describe("the blind split", () => {
  // Loaded and reported only: its figures are recorded in eval/probes/README.md, never asserted,
  // so that nobody is tempted to tune a rule on it.
  it("loads, covers at least 15 language variants and the five conditions, and is reported per condition", () => {
    expect(BLIND_SPLITS).toContain("blind4");
    expect(SPLITS).toContain("blind4");
    const risk = loadRiskProbes("blind4");
    const benign = loadBenignProbes("blind4");
    expect(risk.length).toBeGreaterThanOrEqual(100);
    expect(benign.length).toBeGreaterThanOrEqual(60);
    expect(new Set(risk.map((p) => p.lang)).size).toBeGreaterThanOrEqual(15);
    const report = evaluate(risk, benign);
    for (const condition of CONDITIONS) expect(report.byCondition.get(condition)?.total ?? 0, condition).toBeGreaterThan(0);
    const ids = [...risk, ...benign].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("the conditions dev split: every condition recalled in every language, false alarms ≤ 2%", () => {
    const report = evaluate(loadRiskProbes("conditions"), loadBenignProbes("conditions"));
    expect(report.risk.filter((r) => !r.pass).map((r) => r.probe.id)).toEqual([]);
    expect(report.falseAlarms.length / report.benign.length).toBeLessThanOrEqual(FALSE_ALARM_TARGET);
  });
});
