import { type BootstrapOptions, type ConfidenceInterval, bootstrapMeanCi, bootstrapMeanCiFromCounts } from "./bootstrap.ts";
import { StatsInputError } from "./errors.ts";
import { underpowered } from "./power.ts";
import { assertNonEmpty } from "./validate.ts";

export interface LevelShare {
  level: number;
  count: number;
  proportion: number;
}

export interface LikertSummary {
  n: number;
  mean: number;
  median: number;
  /** One entry per level 1..levels, zero counts included so stacked bars line up. */
  distribution: LevelShare[];
  /** Bootstrap CI of the mean (level given by the options, 0.95 by default). */
  ci95: ConfidenceInterval;
  resamples: number;
  seed: number;
  /** n is below the per-group size needed to detect an odds ratio of 2 (see power.ts). */
  underpowered: boolean;
  method: string;
}

/** Throws unless every value is an integer rating on 1..levels. */
export function assertLikertValues(values: readonly number[], levels: number): void {
  if (!Number.isInteger(levels) || levels < 2) {
    throw new StatsInputError(`levels must be an integer >= 2, got ${levels}`);
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isInteger(value) || value < 1 || value > levels) {
      throw new StatsInputError(`values[${i}] must be an integer rating in 1..${levels}, got ${String(value)}`);
    }
  }
}

/**
 * Distribution first, then location: Likert ratings are ordinal, so the counts per level are the
 * primary description and the mean (with its bootstrap CI) is a convenience for plots.
 */
export function describeLikert(values: readonly number[], levels = 5, options: BootstrapOptions = {}): LikertSummary {
  assertNonEmpty(values, "values");
  assertLikertValues(values, levels);
  const counts = new Array<number>(levels).fill(0);
  for (const value of values) counts[value - 1] = (counts[value - 1] as number) + 1;
  return summarise(counts, levels, bootstrapMeanCi(values, options));
}

/**
 * describeLikert from the count of each level (counts[0] = ratings of 1), as a database returns them:
 * no million-element array for a million ratings. Small samples take describeLikert's own path.
 */
export function describeLikertCounts(counts: readonly number[], levels = 5, options: BootstrapOptions = {}): LikertSummary {
  if (counts.length !== levels || counts.some((c) => !Number.isInteger(c) || c < 0)) {
    throw new StatsInputError(`counts must be ${levels} non-negative integers, one per level`);
  }
  const n = counts.reduce((sum, c) => sum + c, 0);
  const present = counts.filter((c) => c > 0).length;
  // Few ratings: bootstrapMeanCi resamples the values themselves, so give it the values.
  if (present * 4 > n)
    return describeLikert(
      counts.flatMap((c, i) => new Array<number>(c).fill(i + 1)),
      levels,
      options,
    );
  const levelsPresent = counts.flatMap((c, i) => (c > 0 ? [i + 1] : []));
  return summarise(
    [...counts],
    levels,
    bootstrapMeanCiFromCounts(
      levelsPresent,
      counts.filter((c) => c > 0),
      options,
    ),
  );
}

function summarise(counts: number[], levels: number, interval: ReturnType<typeof bootstrapMeanCi>): LikertSummary {
  const n = counts.reduce((sum, c) => sum + c, 0);
  return {
    n,
    mean: interval.estimate,
    median: medianFromCounts(counts, n),
    distribution: counts.map((count, index) => ({ level: index + 1, count, proportion: count / n })),
    ci95: { lower: interval.lower, upper: interval.upper, level: interval.level },
    resamples: interval.resamples,
    seed: interval.seed,
    underpowered: underpowered(n),
    method: `likert 1..${levels}: counts and proportions per level, median, mean with ${interval.method}`,
  };
}

/** Median of ratings from their level counts (mean of the two middle ratings when n is even). */
function medianFromCounts(counts: readonly number[], n: number): number {
  const levelAtPosition = (position: number): number => {
    let seen = 0;
    for (let level = 0; level < counts.length; level++) {
      seen += counts[level] as number;
      if (position < seen) return level + 1;
    }
    return counts.length;
  };
  return (levelAtPosition(Math.floor((n - 1) / 2)) + levelAtPosition(Math.floor(n / 2))) / 2;
}
