import { describe, expect, it } from "vitest";
import { FALSE_ALARM_TARGET, evaluate, loadBenignProbes, loadRiskProbes, meetsTargets } from "../eval/probes/probes.ts";

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
