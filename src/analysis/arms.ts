import type { Experiment, RatingItemKey } from "../profiles/schema.ts";
import { armShares } from "../routing/arms.ts";
import {
  StatsInputError,
  cumulativeOddsRatio,
  describeLikertCounts,
  meanDifferenceFromCounts,
  sampleRatioMismatch,
  underpowered,
  whiteheadSampleSizePerGroup,
} from "../stats/index.ts";
import type { ArmRatingCountsRow } from "../store/arm-queries.ts";
import { RATING_LEVELS, type EvalFilter } from "../store/eval-queries.ts";
import type { Store } from "../store/store.ts";
import { mannWhitneyFromCounts, total } from "./level-counts.ts";
import { EVAL_NOTES } from "./notes.ts";
import { describeFilter } from "./filter.ts";

/** Profiles as far as the arms analysis needs them: the current definition of each experiment. */
export type ProfileExperiments = ReadonlyMap<string, { readonly experiment?: Experiment }>;

export interface ArmsParams {
  filter: EvalFilter;
  experiment: string;
  item: RatingItemKey;
  /** The arm the others are compared with; else the definition's baseline, its first arm, or the first by name. */
  baseline?: string;
  seed?: number;
  resamples?: number;
}

/** Bootstrap resamples for the arm CIs unless the query asks for more. */
export const DEFAULT_ARMS_RESAMPLES = 2000;

/** Where the experiment is defined now (the first profile naming it), for its weights and baseline. */
export function findExperiment(profiles: ProfileExperiments, id: string): { profiles: string[]; definition: Experiment } | undefined {
  const using = [...profiles.entries()].filter(([, profile]) => profile.experiment?.id === id);
  const first = using[0]?.[1].experiment;
  return first ? { profiles: using.map(([profileId]) => profileId).sort(), definition: first } : undefined;
}

const emptyCounts = () => new Array<number>(RATING_LEVELS).fill(0);

function add(into: number[], from: readonly number[]): void {
  for (const [level, count] of from.entries()) into[level] = (into[level] as number) + count;
}

/** Models named in a set of rows, most-rated first: what the figure labels each arm with. */
function modelsOf(rows: readonly ArmRatingCountsRow[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.model ?? "(none)", (counts.get(row.model ?? "(none)") ?? 0) + row.n);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([model]) => model);
}

/** One arm against the baseline on one item: difference in means with its CI, Mann-Whitney, odds ratio, sample size. */
function armEffect(baseline: readonly number[], arm: readonly number[], seed: number | undefined, resamples: number) {
  const oddsRatio = cumulativeOddsRatio(baseline, arm);
  const pooled = emptyCounts();
  add(pooled, baseline);
  add(pooled, arm);
  const n = total(pooled);
  const measurable = oddsRatio !== undefined && Math.abs(Math.log(oddsRatio)) > 1e-9;
  const needed = measurable ? Math.ceil(whiteheadSampleSizePerGroup({ oddsRatio, categoryProportions: pooled.map((count) => count / n) })) : null;
  return {
    difference: meanDifferenceFromCounts(baseline, arm, { seed, resamples }),
    test: mannWhitneyFromCounts(arm, baseline),
    odds_ratio: oddsRatio ?? null,
    n_needed_per_arm: needed,
    underpowered: underpowered(total(baseline)) || underpowered(total(arm)) || (needed !== null && (total(baseline) < needed || total(arm) < needed)),
  };
}

function compareArms(
  rows: readonly ArmRatingCountsRow[],
  arms: readonly string[],
  baseline: string,
  item: RatingItemKey,
  seed: number | undefined,
  resamples: number,
) {
  const countsOf = (arm: string) => {
    const counts = emptyCounts();
    for (const row of rows) if (row.arm === arm) add(counts, row.counts[item]);
    return counts;
  };
  const summary = arms.map((arm) => {
    const counts = countsOf(arm);
    return {
      arm,
      models: modelsOf(rows.filter((row) => row.arm === arm)),
      ...(total(counts) > 0 ? describeLikertCounts(counts, RATING_LEVELS, { seed, resamples }) : { n: 0 }),
    };
  });
  const base = countsOf(baseline);
  const effects = arms
    .filter((arm) => arm !== baseline)
    .map((arm) => {
      const counts = countsOf(arm);
      if (total(counts) === 0 || total(base) === 0) {
        return {
          arm,
          baseline,
          n_arm: total(counts),
          n_baseline: total(base),
          effect: null,
          reason: `no ratings of ${item} for ${total(counts) === 0 ? `arm "${arm}"` : `the baseline "${baseline}"`}`,
        };
      }
      return { arm, baseline, n_arm: total(counts), n_baseline: total(base), effect: armEffect(base, counts, seed, resamples) };
    });
  return { arms: summary, effects };
}

/**
 * GET /v1/eval/arms?experiment=…: a randomised experiment's arms. Per arm, units, models and the
 * item's satisfaction with a CI; each arm against the baseline overall and within each home culture
 * (difference in means with a CI, Mann-Whitney U, odds ratio and the sample size per arm that effect
 * needs); and the sample-ratio-mismatch check of units against the weights.
 */
export async function arms(store: Store, profiles: ProfileExperiments, params: ArmsParams) {
  const resamples = params.resamples ?? DEFAULT_ARMS_RESAMPLES;
  const [units, ratingRows] = await Promise.all([store.armUnits(params.filter, params.experiment), store.armRatingCounts(params.filter, params.experiment)]);
  if (units.length === 0) {
    throw new StatsInputError(`no interactions were assigned to an arm of experiment "${params.experiment}" in this window; check the id and the window`);
  }
  const found = findExperiment(profiles, params.experiment);
  const definedArms = found?.definition.arms.map((arm) => arm.id) ?? [];
  const armIds = [...new Set([...definedArms, ...units.map((row) => row.arm)])];
  const baseline = params.baseline ?? found?.definition.baseline ?? definedArms[0] ?? ([...armIds].sort()[0] as string);
  if (!armIds.includes(baseline)) {
    throw new StatsInputError(`baseline "${baseline}" is not an arm of experiment "${params.experiment}" (${armIds.join(", ")})`);
  }

  // Expected shares: the current definition's weights; for an experiment no longer defined, the shares recorded at assignment.
  const shares: Record<string, number> = {};
  if (found) for (const [index, share] of armShares(found.definition).entries()) shares[definedArms[index] as string] = share;
  else for (const row of units) if (row.share !== null) shares[row.arm] = row.share;
  const observed = Object.fromEntries(units.map((row) => [row.arm, row.units]));
  const undefinedArms = units.filter((row) => shares[row.arm] === undefined).map((row) => row.arm);
  const sampleRatio = Object.keys(shares).length >= 2 && undefinedArms.length === 0 ? sampleRatioMismatch(observed, shares) : null;
  const nUnits = units.reduce((sum, row) => sum + row.units, 0);

  const overall = compareArms(ratingRows, armIds, baseline, params.item, params.seed, resamples);
  const homes = [...new Set(ratingRows.map((row) => row.home))].sort((a, b) => (a ?? "~").localeCompare(b ?? "~"));
  const withinHome = homes.map((home) => ({
    home,
    ...compareArms(
      ratingRows.filter((row) => row.home === home),
      armIds,
      baseline,
      params.item,
      params.seed,
      resamples,
    ),
  }));

  return {
    object: "eval.arms",
    experiment: params.experiment,
    defined_in: found?.profiles ?? [],
    item: params.item,
    baseline,
    filters: describeFilter(params.filter),
    n_units: nUnits,
    n_ratings: ratingRows.reduce((sum, row) => sum + row.n, 0),
    arms: armIds.map((arm) => {
      const row = units.find((entry) => entry.arm === arm);
      return {
        arm,
        units: row?.units ?? 0,
        interactions: row?.interactions ?? 0,
        expected_share: shares[arm] ?? null,
        observed_share: nUnits > 0 ? (row?.units ?? 0) / nUnits : null,
        models: row?.models ?? [],
      };
    }),
    sample_ratio: sampleRatio,
    ...(sampleRatio
      ? {}
      : {
          sample_ratio_note: undefinedArms.length > 0 ? `arms without a known weight: ${undefinedArms.join(", ")}` : "fewer than two arms with a known weight",
        }),
    overall,
    within_home: withinHome,
    method:
      "units (people for user-keyed assignment, sessions for session-keyed) are assigned an arm by a keyed hash, so arms are " +
      "randomised within every profile and home; ratings reach their arm through the interaction they rate. Per arm: the " +
      "item's distribution and mean with a seeded bootstrap 95 % CI. Each arm against the baseline: difference in mean " +
      "rating (arm − baseline) with a bootstrap CI resampling each arm on its own, two-sided Mann-Whitney U (a = arm), the " +
      "effect as the mean cumulative odds ratio over the cut points, and Whitehead's (1993) ratings per arm needed to " +
      "detect that odds ratio at 80 % power, α = 0.05. Sample-ratio mismatch: chi-square of units per arm against the weights.",
    notes: {
      within_home: "Compare arms within a home culture: the arms are randomised there, and the raters use the scale the same way on both sides.",
      intention_to_treat:
        "Arms are compared as assigned: a request served by the fallback because the arm's model was down still counts for its arm (its model is listed).",
      power: EVAL_NOTES.power,
    },
  };
}
