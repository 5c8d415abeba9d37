/**
 * Safety probe sets: schema, loading and scoring. Used by scripts/eval-safety.ts and by the
 * safety tests, so both report the same numbers.
 *
 * Files (JSONL, one probe per line):
 *   risk.dev.jsonl / risk.heldout.jsonl      messages + the minimum level and categories expected
 *   benign.dev.jsonl / benign.heldout.jsonl  messages that merely mention heavy topics; expected
 *                                            level is always "none"
 *   risk.challenge{1,2,3}.jsonl / benign.challenge{1,2,3}.jsonl  later, harder sets (see Split)
 *   risk.conditions.jsonl / benign.conditions.jsonl  dev set of the condition-aware round (tuned on)
 *   risk.blind4.jsonl / benign.blind4.jsonl  BLIND: written before the condition round, never tuned on
 * The held-out files were written before any rule existed and are never used to tune rules.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { assessRisk } from "../../src/safety/risk.ts";
import {
  CONDITION_OF,
  CONDITIONS,
  RISK_CATEGORIES,
  RISK_LEVELS,
  levelRank,
  type Condition,
  type RiskAssessment,
  type RiskCategory,
} from "../../src/safety/types.ts";

const message = z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string().min(1) });

export const riskProbeSchema = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  style: z.array(z.enum(["direct", "indirect", "misspelled", "romanised", "code_switched", "multi_turn", "algospeak"])).default([]),
  messages: z.array(message).min(1),
  expect: z.object({
    level: z.enum(RISK_LEVELS).refine((level) => level !== "none", "risk probes expect concern or crisis"),
    categories: z.array(z.enum(RISK_CATEGORIES)).min(1),
  }),
});
export type RiskProbe = z.infer<typeof riskProbeSchema>;

export const benignProbeSchema = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  topic: z.string().min(1),
  messages: z.array(message).min(1),
});
export type BenignProbe = z.infer<typeof benignProbeSchema>;

export const PROBE_DIR = fileURLToPath(new URL(".", import.meta.url));

function loadJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  const path = `${PROBE_DIR}${file}`;
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, index }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/**
 * dev:        rules were tuned on it.
 * heldout:    written before any rule existed, never tuned on (but by the rules' author).
 * challenge1: written after the rules, phrased away from them; its first run (21% recall) led to
 *             structural generalisation (concept windows, lethality words), so it is tuned now.
 * challenge2: written after that generalisation; its first run (42.5% recall) drove a round of
 *             general clinical patterns (passive ideation, burden, quantities, methods), so it is
 *             no longer blind.
 * challenge3: written before that round, never tuned on.
 * conditions: dev set for the condition-aware round (delusion, hallucination, mania, compulsion
 *             in all 19 lexicon languages); written after blind4 with other phrasings; tuned on.
 * blind4:     BLIND. Written before the condition-aware round (delusion, hallucination, mania,
 *             compulsion rules in every lexicon), in 20 language variants (hi-Latn, ar-EG,
 *             ar-Latn and Russian as served in Kazakhstan and Uzbekistan included). Never tune a
 *             rule on it: its first run (eval/probes/README.md) is the honest estimate.
 */
export type Split = "dev" | "heldout" | "challenge1" | "challenge2" | "challenge3" | "conditions" | "blind4";
export const SPLITS: readonly Split[] = ["dev", "heldout", "challenge1", "challenge2", "challenge3", "conditions", "blind4"];
/** Splits that were never used to tune a rule and whose first run is recorded. */
export const BLIND_SPLITS: readonly Split[] = ["blind4"];

export function loadRiskProbes(split: Split): RiskProbe[] {
  return loadJsonl(`risk.${split}.jsonl`, riskProbeSchema);
}

export function loadBenignProbes(split: Split): BenignProbe[] {
  return loadJsonl(`benign.${split}.jsonl`, benignProbeSchema);
}

export interface Rate {
  hit: number;
  total: number;
}

export interface RiskProbeResult {
  probe: RiskProbe;
  assessment: RiskAssessment;
  /** Expected categories that were found at or above the expected level. */
  found: RiskCategory[];
  missed: RiskCategory[];
  pass: boolean;
}

export interface ProbeReport {
  byCategory: Map<RiskCategory, Rate>;
  byLanguage: Map<string, Rate>;
  /** Per language, recall on probes expecting suicidal_ideation or means_seeking (the 100% targets). */
  criticalByLanguage: Map<string, Rate>;
  /** Per condition: probes expecting it whose categories for it were all found. */
  byCondition: Map<Condition, Rate>;
  /** Per condition: benign messages that were assessed as showing it (false alarms). */
  falseAlarmsByCondition: Map<Condition, number>;
  risk: RiskProbeResult[];
  benign: { probe: BenignProbe; assessment: RiskAssessment }[];
  falseAlarms: { probe: BenignProbe; assessment: RiskAssessment }[];
}

const CRITICAL: readonly RiskCategory[] = ["suicidal_ideation", "means_seeking"];

/** The language hint a gateway would pass: the primary subtag ("hi" for "hi-Latn", "ar" for "ar-EG"). */
function hintLanguages(lang: string): string[] {
  return [lang.toLowerCase().split(/[-_]/)[0] as string];
}

function bump<K>(map: Map<K, Rate>, key: K, hit: boolean): void {
  const rate = map.get(key) ?? { hit: 0, total: 0 };
  rate.total += 1;
  if (hit) rate.hit += 1;
  map.set(key, rate);
}

export function evaluate(riskProbes: readonly RiskProbe[], benignProbes: readonly BenignProbe[]): ProbeReport {
  const byCategory = new Map<RiskCategory, Rate>();
  const byLanguage = new Map<string, Rate>();
  const criticalByLanguage = new Map<string, Rate>();
  const risk = riskProbes.map((probe) => {
    const assessment = assessRisk(probe.messages, { languages: hintLanguages(probe.lang) });
    const levelOk = levelRank(assessment.level) >= levelRank(probe.expect.level);
    const found = probe.expect.categories.filter((category) => levelOk && assessment.categories.includes(category));
    const missed = probe.expect.categories.filter((category) => !found.includes(category));
    for (const category of probe.expect.categories) bump(byCategory, category, found.includes(category));
    const pass = missed.length === 0;
    bump(byLanguage, probe.lang, pass);
    const critical = probe.expect.categories.filter((category) => CRITICAL.includes(category));
    if (critical.length > 0)
      bump(
        criticalByLanguage,
        probe.lang,
        critical.every((category) => found.includes(category)),
      );
    return { probe, assessment, found, missed, pass };
  });
  const benign = benignProbes.map((probe) => ({ probe, assessment: assessRisk(probe.messages, { languages: hintLanguages(probe.lang) }) }));
  const falseAlarms = benign.filter(({ assessment }) => assessment.level !== "none");
  const byCondition = new Map<Condition, Rate>();
  const falseAlarmsByCondition = new Map<Condition, number>(CONDITIONS.map((c) => [c, 0]));
  for (const result of risk) {
    for (const condition of CONDITIONS) {
      const expected = result.probe.expect.categories.filter((category) => CONDITION_OF[category] === condition);
      if (expected.length > 0)
        bump(
          byCondition,
          condition,
          expected.every((category) => result.found.includes(category)),
        );
    }
  }
  for (const { assessment } of falseAlarms) {
    for (const condition of assessment.conditions ?? []) falseAlarmsByCondition.set(condition, (falseAlarmsByCondition.get(condition) ?? 0) + 1);
  }
  return { byCategory, byLanguage, criticalByLanguage, byCondition, falseAlarmsByCondition, risk, benign, falseAlarms };
}

export function percent(rate: Rate): string {
  return rate.total === 0 ? "-" : `${((100 * rate.hit) / rate.total).toFixed(1)}%`;
}

export const FALSE_ALARM_TARGET = 0.02;

/** True when every language reaches 100% on SI and means-seeking and false alarms stay ≤ 2%. */
export function meetsTargets(report: ProbeReport): boolean {
  const critical = [...report.criticalByLanguage.values()].every((rate) => rate.hit === rate.total);
  const falseAlarmRate = report.benign.length === 0 ? 0 : report.falseAlarms.length / report.benign.length;
  return critical && falseAlarmRate <= FALSE_ALARM_TARGET;
}
