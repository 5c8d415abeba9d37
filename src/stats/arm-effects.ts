import { sampleMultinomial } from "./binomial.ts";
import { type BootstrapOptions, type ConfidenceInterval, percentileInterval, percentileMethod, resolveBootstrapOptions } from "./bootstrap.ts";
import { StatsInputError } from "./errors.ts";
import { createRandom } from "./random.ts";
import { chiSquareSurvival } from "./special.ts";

/*
 * What a randomised comparison of two arms needs beyond the rank tests: the difference in mean rating
 * with a CI, the effect as an odds ratio (for the sample size), and the sample-ratio-mismatch check.
 * All work on level counts (counts[k] = ratings at level k + 1), as the database returns them.
 */

const totalOf = (counts: readonly number[]) => counts.reduce((sum, count) => sum + count, 0);

function meanOf(counts: ArrayLike<number>, n: number): number {
  let sum = 0;
  for (let k = 0; k < counts.length; k++) sum += (counts[k] as number) * (k + 1);
  return sum / n;
}

export interface MeanDifference {
  /** mean(b) − mean(a). */
  estimate: number;
  ci95: ConfidenceInterval;
  resamples: number;
  seed: number;
  method: string;
}

/**
 * mean(b) − mean(a) with a percentile bootstrap CI that resamples each arm on its own (the arms are
 * independent samples), each resample drawn as multinomial counts: O(levels) per resample.
 */
export function meanDifferenceFromCounts(a: readonly number[], b: readonly number[], options: BootstrapOptions = {}): MeanDifference {
  const nA = totalOf(a);
  const nB = totalOf(b);
  if (nA === 0 || nB === 0) throw new StatsInputError(`arm ${nA === 0 ? "a" : "b"} has no ratings; need at least one on each side`);
  const resolved = resolveBootstrapOptions(options);
  const random = createRandom(resolved.seed);
  const pA = Float64Array.from(a, (count) => count / nA);
  const pB = Float64Array.from(b, (count) => count / nB);
  const drawA = new Float64Array(a.length);
  const drawB = new Float64Array(b.length);
  const replicates = new Float64Array(resolved.resamples);
  for (let r = 0; r < resolved.resamples; r++) {
    sampleMultinomial(random, nA, pA, drawA);
    sampleMultinomial(random, nB, pB, drawB);
    replicates[r] = meanOf(drawB, nB) - meanOf(drawA, nA);
  }
  return {
    estimate: meanOf(b, nB) - meanOf(a, nA),
    ci95: percentileInterval(replicates, resolved.level),
    resamples: resolved.resamples,
    seed: resolved.seed,
    method: `difference of mean ratings (b − a); ${percentileMethod(resolved)}, each arm resampled on its own as multinomial counts`,
  };
}

/**
 * The effect as one odds ratio: the mean over the scale's cut points of the log odds ratio of answering
 * above the cut in b rather than in a (cut points where a cell is empty are skipped). Under the
 * proportional-odds model every cut point estimates the same odds ratio; this is a simple summary, not
 * a fitted model. undefined when no cut point has all four cells filled.
 */
export function cumulativeOddsRatio(a: readonly number[], b: readonly number[]): number | undefined {
  const nA = totalOf(a);
  const nB = totalOf(b);
  let sum = 0;
  let used = 0;
  let belowA = 0;
  let belowB = 0;
  for (let cut = 0; cut < Math.max(a.length, b.length) - 1; cut++) {
    belowA += a[cut] ?? 0;
    belowB += b[cut] ?? 0;
    const aboveA = nA - belowA;
    const aboveB = nB - belowB;
    if (belowA === 0 || belowB === 0 || aboveA === 0 || aboveB === 0) continue;
    sum += Math.log(aboveB / belowB) - Math.log(aboveA / belowA);
    used++;
  }
  return used === 0 ? undefined : Math.exp(sum / used);
}

export interface SampleRatioCheck {
  observed: Record<string, number>;
  expected: Record<string, number>;
  chi_square: number;
  df: number;
  p: number;
  /** p < 0.001: the split of people over the arms is unlikely under the weights; the assignment may be broken. */
  mismatch: boolean;
  method: string;
}

/** Units per arm against the arms' shares: Pearson's chi-square goodness of fit. */
export function sampleRatioMismatch(observed: Record<string, number>, shares: Record<string, number>): SampleRatioCheck {
  const arms = Object.keys(shares);
  if (arms.length < 2) throw new StatsInputError("the sample-ratio check needs at least two arms");
  const shareTotal = arms.reduce((sum, arm) => sum + (shares[arm] as number), 0);
  const n = arms.reduce((sum, arm) => sum + (observed[arm] ?? 0), 0);
  if (n === 0) throw new StatsInputError("no units were assigned to any arm in this window");
  let chiSquare = 0;
  const expected: Record<string, number> = {};
  const seen: Record<string, number> = {};
  for (const arm of arms) {
    const e = (n * (shares[arm] as number)) / shareTotal;
    const o = observed[arm] ?? 0;
    expected[arm] = e;
    seen[arm] = o;
    chiSquare += ((o - e) * (o - e)) / e;
  }
  const df = arms.length - 1;
  const p = chiSquareSurvival(chiSquare, df);
  return {
    observed: seen,
    expected,
    chi_square: chiSquare,
    df,
    p,
    mismatch: p < 0.001,
    method: "sample-ratio mismatch: Pearson chi-square goodness of fit of units per arm against the arms' weights; flagged at p < 0.001",
  };
}
