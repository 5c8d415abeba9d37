import { sampleMultinomial } from "./binomial.ts";
import { resampleSumSampler } from "./resample-sum.ts";
import { mean } from "./descriptive.ts";
import { StatsInputError } from "./errors.ts";
import { DEFAULT_SEED, assertSeed, createRandom } from "./random.ts";
import { assertConfidenceLevel, assertFiniteValues, assertNonEmpty, assertPositiveInteger } from "./validate.ts";

export const DEFAULT_BOOTSTRAP_RESAMPLES = 2000;
export const DEFAULT_CONFIDENCE_LEVEL = 0.95;

export interface BootstrapOptions {
  /** PRNG seed; the same seed and data always give the same interval. */
  seed?: number;
  /** Number of bootstrap resamples B. */
  resamples?: number;
  /** Coverage of the interval, e.g. 0.95. */
  level?: number;
}

export interface ConfidenceInterval {
  lower: number;
  upper: number;
  level: number;
}

export interface BootstrapInterval extends ConfidenceInterval {
  /** The statistic on the original data. */
  estimate: number;
  resamples: number;
  seed: number;
  method: string;
}

interface ResolvedBootstrapOptions {
  seed: number;
  resamples: number;
  level: number;
}

export function resolveBootstrapOptions(options: BootstrapOptions = {}): ResolvedBootstrapOptions {
  const seed = options.seed ?? DEFAULT_SEED;
  const resamples = options.resamples ?? DEFAULT_BOOTSTRAP_RESAMPLES;
  const level = options.level ?? DEFAULT_CONFIDENCE_LEVEL;
  assertSeed(seed);
  assertPositiveInteger(resamples, "resamples");
  assertConfidenceLevel(level);
  return { seed, resamples, level };
}

export function percentileMethod(options: ResolvedBootstrapOptions): string {
  const { resamples, seed, level } = options;
  return `seeded percentile bootstrap (B=${resamples}, seed=${seed}, ${formatLevel(level)} interval, type-7 quantiles)`;
}

function formatLevel(level: number): string {
  return `${Number((level * 100).toFixed(4))} %`;
}

/**
 * Percentile interval from the resampled statistics; reorders `replicates` in place. Only the four
 * order statistics that the type-7 quantiles interpolate between are needed, so they are selected
 * (Hoare's quickselect) rather than sorting all B values; the result equals quantileSorted on a sort.
 */
export function percentileInterval(replicates: Float64Array, level: number): ConfidenceInterval {
  for (const replicate of replicates) {
    if (!Number.isFinite(replicate)) {
      throw new StatsInputError("the statistic returned a non-finite value on a bootstrap resample");
    }
  }
  const tail = (1 - level) / 2;
  return {
    lower: selectedQuantile(replicates, tail),
    upper: selectedQuantile(replicates, 1 - tail),
    level,
  };
}

/** quantileSorted's type-7 quantile without a full sort. */
function selectedQuantile(values: Float64Array, probability: number): number {
  const position = (values.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, values.length - 1);
  selectInPlace(values, below, 0, values.length - 1);
  const lower = values[below] as number;
  let upper = lower;
  if (above > below) {
    // After the selection everything past `below` is ≥ it, so the next order statistic is their minimum.
    upper = values[above] as number;
    for (let i = above + 1; i < values.length; i++) if ((values[i] as number) < upper) upper = values[i] as number;
  }
  return lower + (position - below) * (upper - lower);
}

/** Puts the k-th smallest of values[left..right] at k, smaller ones before it and larger ones after. */
function selectInPlace(values: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const pivot = medianOfThree(values[left] as number, values[(left + right) >> 1] as number, values[right] as number);
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : Math.max(a, c)) : a < c ? a : Math.max(b, c);
}

/**
 * Percentile bootstrap CI of any statistic: B resamples of the values drawn with replacement.
 * `statistic` receives a reused buffer and must not keep a reference to it.
 */
export function bootstrapCi(values: readonly number[], statistic: (sample: Float64Array) => number, options: BootstrapOptions = {}): BootstrapInterval {
  assertNonEmpty(values, "values");
  assertFiniteValues(values, "values");
  const resolved = resolveBootstrapOptions(options);
  const data = Float64Array.from(values);
  const estimate = statistic(data);
  const random = createRandom(resolved.seed);
  const sample = new Float64Array(data.length);
  const replicates = new Float64Array(resolved.resamples);
  for (let b = 0; b < resolved.resamples; b++) {
    for (let i = 0; i < sample.length; i++) sample[i] = data[random.int(data.length)] as number;
    replicates[b] = statistic(sample);
  }
  return {
    estimate,
    ...percentileInterval(replicates, resolved.level),
    resamples: resolved.resamples,
    seed: resolved.seed,
    method: percentileMethod(resolved),
  };
}

/**
 * Percentile bootstrap CI of the mean. Resampling n values with replacement is the same as
 * drawing Multinomial(n, observed frequencies) counts of the distinct values, so each resample
 * costs O(distinct values): ratings and check-ins have at most a handful, whatever n is. For
 * integer values where it is cheaper (a few thousand values or fewer), each resample's sum is drawn
 * from the distribution of a sum of n draws instead (resample-sum.ts): the same bootstrap distribution.
 * Same seed, same data → same interval; the resampling routes draw different streams.
 */
export function bootstrapMeanCi(values: readonly number[], options: BootstrapOptions = {}): BootstrapInterval {
  assertNonEmpty(values, "values");
  assertFiniteValues(values, "values");
  const resolved = resolveBootstrapOptions(options);
  const frequencies = new Map<number, number>();
  for (const value of values) frequencies.set(value, (frequencies.get(value) ?? 0) + 1);
  const distinct = [...frequencies.keys()].sort((x, y) => x - y);
  // Mostly distinct (continuous) data gain nothing from counts: resample values directly.
  if (distinct.length * 4 > values.length) return bootstrapCi(values, mean, resolved);
  return multinomialMeanCi(
    distinct,
    distinct.map((value) => frequencies.get(value) as number),
    resolved,
  );
}

/**
 * The same interval from counts of distinct values (ascending, positive counts), without the values
 * themselves: a million ratings cost as little as five. Matches bootstrapMeanCi on the expanded values
 * whenever that takes the multinomial route.
 */
export function bootstrapMeanCiFromCounts(distinct: readonly number[], counts: readonly number[], options: BootstrapOptions = {}): BootstrapInterval {
  return multinomialMeanCi(distinct, counts, resolveBootstrapOptions(options));
}

function multinomialMeanCi(distinct: readonly number[], frequencies: readonly number[], resolved: ResolvedBootstrapOptions): BootstrapInterval {
  let n = 0;
  let total = 0;
  for (let k = 0; k < distinct.length; k++) {
    n += frequencies[k] as number;
    total += (frequencies[k] as number) * (distinct[k] as number);
  }
  if (n === 0) throw new StatsInputError("values: need at least one value");
  const random = createRandom(resolved.seed);
  const replicates = new Float64Array(resolved.resamples);
  const sums = resampleSumSampler(distinct, frequencies, resolved.resamples);
  let route: string;
  if (sums) {
    for (let b = 0; b < resolved.resamples; b++) replicates[b] = sums.draw(random) / n;
    route = `each resample's sum drawn from the distribution of a sum of n draws (the values' frequencies convolved n times, by a ${sums.fftSize}-point FFT)`;
  } else {
    const probabilities = Float64Array.from(frequencies, (count) => count / n);
    const counts = new Float64Array(distinct.length);
    for (let b = 0; b < resolved.resamples; b++) {
      sampleMultinomial(random, n, probabilities, counts);
      let sum = 0;
      for (let k = 0; k < distinct.length; k++) sum += (counts[k] as number) * (distinct[k] as number);
      replicates[b] = sum / n;
    }
    route = "resamples drawn as multinomial counts of the distinct values";
  }
  return {
    estimate: total / n,
    ...percentileInterval(replicates, resolved.level),
    resamples: resolved.resamples,
    seed: resolved.seed,
    method: `${percentileMethod(resolved)} of the mean, ${route}`,
  };
}
