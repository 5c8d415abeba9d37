import { sampleMultinomial } from "./binomial.ts";
import { type BootstrapOptions, type ConfidenceInterval, percentileInterval, percentileMethod, resolveBootstrapOptions } from "./bootstrap.ts";
import { StatsInputError } from "./errors.ts";
import { createRandom } from "./random.ts";
import { assertNonEmpty, assertPositiveInteger } from "./validate.ts";

export interface PairwiseComparison {
  a: string;
  b: string;
  winner: "a" | "b" | "tie";
}

export interface BradleyTerryOptions extends BootstrapOptions {
  /**
   * Virtual ties each item plays against a fixed reference of strength 1. They keep every score
   * finite (an item that never won would otherwise go to −∞) and put items from disconnected
   * comparison graphs on one scale; their pull towards 0 fades as real comparisons accumulate.
   * 0 gives the plain maximum-likelihood fit, which must then exist (else an error is thrown).
   */
  priorTies?: number;
  maxIterations?: number;
  /** Stop when no log-strength moves more than this between iterations. */
  tolerance?: number;
}

export interface BradleyTerryItem {
  item: string;
  /** Log-strength, centred so that the items' scores average 0. */
  score: number;
  ci95: ConfidenceInterval;
  /** Chatbot-Arena-style rating: 1000 + 400·log10(strength), centred on 1000. */
  elo: number;
  elo_ci95: ConfidenceInterval;
  wins: number;
  losses: number;
  ties: number;
  comparisons: number;
}

export interface BradleyTerryResult {
  n_comparisons: number;
  /** Sorted by score, strongest first. */
  items: BradleyTerryItem[];
  /** Iterations the fit on the full data took. */
  iterations: number;
  /** False if any fit (full data or a resample) hit maxIterations before the tolerance. */
  converged: boolean;
  resamples: number;
  /**
   * Resamples left out of the CIs because they had no finite estimate (only possible with
   * priorTies = 0: a resample in which some item never won or never lost). The CIs come from the
   * other `resamples − dropped_resamples`, so they are conditional on a finite estimate existing.
   */
  dropped_resamples: number;
  seed: number;
  method: string;
}

export const DEFAULT_BRADLEY_TERRY_RESAMPLES = 1000;
const DEFAULT_PRIOR_TIES = 1;
const DEFAULT_MAX_ITERATIONS = 10_000;
const DEFAULT_TOLERANCE = 1e-9;
const ELO_CENTRE = 1000;
const ELO_PER_LOG_STRENGTH = 400 / Math.LN10;

/** Comparison counts of one unordered pair of items (i < j). */
interface PairCounts {
  i: number;
  j: number;
  winsI: number;
  winsJ: number;
  ties: number;
}

interface Fit {
  logStrengths: Float64Array;
  iterations: number;
  converged: boolean;
}

interface FitSettings {
  priorTies: number;
  maxIterations: number;
  tolerance: number;
}

export function bradleyTerry(comparisons: readonly PairwiseComparison[], options: BradleyTerryOptions = {}): BradleyTerryResult {
  assertNonEmpty(comparisons, "comparisons");
  const bootstrap = resolveBootstrapOptions({
    ...options,
    resamples: options.resamples ?? DEFAULT_BRADLEY_TERRY_RESAMPLES,
  });
  const settings: FitSettings = {
    priorTies: options.priorTies ?? DEFAULT_PRIOR_TIES,
    maxIterations: options.maxIterations ?? DEFAULT_MAX_ITERATIONS,
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
  };
  if (!(settings.priorTies >= 0) || !Number.isFinite(settings.priorTies)) {
    throw new StatsInputError(`priorTies must be a finite number >= 0, got ${settings.priorTies}`);
  }
  assertPositiveInteger(settings.maxIterations, "maxIterations");
  if (!(settings.tolerance > 0)) throw new StatsInputError(`tolerance must be > 0, got ${settings.tolerance}`);

  const { names, pairs } = tallyComparisons(comparisons);
  const full = fitBradleyTerry(names.length, pairs, settings, undefined);
  assertFiniteFit(full, "the data");
  const centred = centre(full.logStrengths);

  // Resample comparisons by drawing multinomial counts over the (pair, outcome) cells.
  const cellProbabilities = new Float64Array(pairs.length * 3);
  pairs.forEach((pair, index) => {
    cellProbabilities[3 * index] = pair.winsI / comparisons.length;
    cellProbabilities[3 * index + 1] = pair.winsJ / comparisons.length;
    cellProbabilities[3 * index + 2] = pair.ties / comparisons.length;
  });
  const cellCounts = new Float64Array(cellProbabilities.length);
  const random = createRandom(bootstrap.seed);
  const replicates = names.map(() => new Float64Array(bootstrap.resamples));
  const resampledPairs: PairCounts[] = pairs.map((pair) => ({ ...pair }));
  let converged = full.converged;
  let kept = 0;
  for (let b = 0; b < bootstrap.resamples; b++) {
    sampleMultinomial(random, comparisons.length, cellProbabilities, cellCounts);
    resampledPairs.forEach((pair, index) => {
      pair.winsI = cellCounts[3 * index] as number;
      pair.winsJ = cellCounts[3 * index + 1] as number;
      pair.ties = cellCounts[3 * index + 2] as number;
    });
    const fit = fitBradleyTerry(names.length, resampledPairs, settings, full.logStrengths);
    // One unlucky resample (an item that happened never to win) must not sink the whole fit: skip it, and say so.
    if (!fit.logStrengths.every(Number.isFinite)) continue;
    converged &&= fit.converged;
    const scores = centre(fit.logStrengths);
    scores.forEach((score, item) => {
      (replicates[item] as Float64Array)[kept] = score;
    });
    kept++;
  }
  const dropped = bootstrap.resamples - kept;
  if (kept === 0) {
    throw new StatsInputError(
      `no bootstrap resample of the ${comparisons.length} comparisons has a finite Bradley-Terry estimate: too few comparisons per item; use priorTies > 0`,
    );
  }

  const items = names.map((item, index): BradleyTerryItem => {
    const score = centred[index] as number;
    const ci95 = percentileInterval((replicates[index] as Float64Array).subarray(0, kept), bootstrap.level);
    const record = recordOf(index, pairs);
    return {
      item,
      score,
      ci95,
      elo: toElo(score),
      elo_ci95: { lower: toElo(ci95.lower), upper: toElo(ci95.upper), level: ci95.level },
      ...record,
    };
  });
  items.sort((x, y) => y.score - x.score || (x.item < y.item ? -1 : 1));
  return {
    n_comparisons: comparisons.length,
    items,
    iterations: full.iterations,
    converged,
    resamples: bootstrap.resamples,
    dropped_resamples: dropped,
    seed: bootstrap.seed,
    method:
      "bradley-terry, MM algorithm (Hunter 2004), ties counted as half a win for each side, " +
      `regularised with ${settings.priorTies} virtual tie(s) per item against a fixed reference of strength 1; ` +
      "score = log-strength centred to mean 0, elo = 1000 + 400·log10(strength); " +
      `CIs by ${percentileMethod(bootstrap)} over comparisons` +
      (dropped > 0 ? `; ${dropped} resample(s) without a finite estimate (an item that never won or never lost in it) were left out` : ""),
  };
}

/** Only reachable with priorTies = 0, where the plain maximum-likelihood estimate may not exist. */
function assertFiniteFit(fit: Fit, what: string): void {
  if (!fit.logStrengths.every(Number.isFinite)) {
    throw new StatsInputError(`no finite Bradley-Terry estimate for ${what}: some item never won or never lost; use priorTies > 0`);
  }
}

function toElo(score: number): number {
  return ELO_CENTRE + ELO_PER_LOG_STRENGTH * score;
}

function centre(logStrengths: Float64Array): Float64Array {
  let sum = 0;
  for (const value of logStrengths) sum += value;
  const average = sum / logStrengths.length;
  return logStrengths.map((value) => value - average);
}

function tallyComparisons(comparisons: readonly PairwiseComparison[]): { names: string[]; pairs: PairCounts[] } {
  comparisons.forEach((comparison, index) => {
    const named = (name: unknown): boolean => typeof name === "string" && name.length > 0;
    if (!named(comparison.a) || !named(comparison.b)) {
      throw new StatsInputError(`comparisons[${index}] needs non-empty item names a and b`);
    }
    if (comparison.a === comparison.b) {
      throw new StatsInputError(`comparisons[${index}] compares "${comparison.a}" with itself`);
    }
    if (comparison.winner !== "a" && comparison.winner !== "b" && comparison.winner !== "tie") {
      throw new StatsInputError(`comparisons[${index}].winner must be "a", "b" or "tie"`);
    }
  });
  const names = [...new Set(comparisons.flatMap((c) => [c.a, c.b]))].sort();
  const indexOf = new Map(names.map((name, index) => [name, index]));
  const byPair = new Map<number, PairCounts>();
  for (const comparison of comparisons) {
    const x = indexOf.get(comparison.a) as number;
    const y = indexOf.get(comparison.b) as number;
    const [i, j] = x < y ? [x, y] : [y, x];
    const key = i * names.length + j;
    let pair = byPair.get(key);
    if (!pair) {
      pair = { i, j, winsI: 0, winsJ: 0, ties: 0 };
      byPair.set(key, pair);
    }
    if (comparison.winner === "tie") pair.ties++;
    else if ((comparison.winner === "a") === (x === i)) pair.winsI++;
    else pair.winsJ++;
  }
  return { names, pairs: [...byPair.values()].sort((p, q) => p.i - q.i || p.j - q.j) };
}

type ItemRecord = Pick<BradleyTerryItem, "wins" | "losses" | "ties" | "comparisons">;

function recordOf(item: number, pairs: readonly PairCounts[]): ItemRecord {
  let wins = 0;
  let losses = 0;
  let ties = 0;
  for (const pair of pairs) {
    if (pair.i === item) {
      wins += pair.winsI;
      losses += pair.winsJ;
      ties += pair.ties;
    } else if (pair.j === item) {
      wins += pair.winsJ;
      losses += pair.winsI;
      ties += pair.ties;
    }
  }
  return { wins, losses, ties, comparisons: wins + losses + ties };
}

/**
 * Hunter's (2004) MM update for all items at once:
 *   s_i ← W_i / Σ_j n_ij / (s_i + s_j),
 * W_i = wins + ½ ties (+ ½ per virtual tie), the sum running over real opponents and the
 * reference. Each step cannot decrease the (penalised) likelihood. Without virtual ties the scale
 * is free, so it is pinned by a geometric mean of 1 after every step.
 */
function fitBradleyTerry(itemCount: number, pairs: readonly PairCounts[], settings: FitSettings, start: Float64Array | undefined): Fit {
  const { priorTies, maxIterations, tolerance } = settings;
  const winScore = new Float64Array(itemCount).fill(priorTies / 2);
  for (const pair of pairs) {
    winScore[pair.i] = (winScore[pair.i] as number) + pair.winsI + pair.ties / 2;
    winScore[pair.j] = (winScore[pair.j] as number) + pair.winsJ + pair.ties / 2;
  }
  let strength = start ? start.map(Math.exp) : new Float64Array(itemCount).fill(1);
  const denominator = new Float64Array(itemCount);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    for (let i = 0; i < itemCount; i++) denominator[i] = priorTies / ((strength[i] as number) + 1);
    for (const pair of pairs) {
      const games = pair.winsI + pair.winsJ + pair.ties;
      if (games === 0) continue;
      const share = games / ((strength[pair.i] as number) + (strength[pair.j] as number));
      denominator[pair.i] = (denominator[pair.i] as number) + share;
      denominator[pair.j] = (denominator[pair.j] as number) + share;
    }
    const next = new Float64Array(itemCount);
    for (let i = 0; i < itemCount; i++) {
      // An item with no games at all (possible in a resample without prior) keeps its strength.
      const total = denominator[i] as number;
      next[i] = total > 0 ? (winScore[i] as number) / total : (strength[i] as number);
    }
    if (priorTies === 0) normaliseGeometricMean(next);
    else rescaleAgainstReference(next);
    let largestStep = 0;
    for (let i = 0; i < itemCount; i++) {
      largestStep = Math.max(largestStep, Math.abs(Math.log(next[i] as number) - Math.log(strength[i] as number)));
    }
    strength = next;
    if (largestStep < tolerance) {
      return { logStrengths: strength.map(Math.log), iterations: iteration, converged: true };
    }
    if (Number.isNaN(largestStep)) break;
  }
  return { logStrengths: strength.map(Math.log), iterations: maxIterations, converged: false };
}

/**
 * Real comparisons only fix strength ratios; the common scale is set by the weak virtual ties
 * alone, and MM crawls along that direction (thousands of steps). Maximising the penalised
 * likelihood over one common factor c exactly — only the virtual-tie terms depend on it — keeps
 * every step an ascent step and removes the crawl. The optimum solves Σ σ(u + ln s_i) = k/2 with
 * u = ln c and σ the logistic function; Newton's method on that monotone equation.
 */
function rescaleAgainstReference(strength: Float64Array): void {
  const logs = strength.map(Math.log);
  const target = strength.length / 2;
  let shift = 0;
  for (let step = 0; step < 50; step++) {
    let total = 0;
    let slope = 0;
    for (const log of logs) {
      const sigma = 1 / (1 + Math.exp(-(shift + log)));
      total += sigma;
      slope += sigma * (1 - sigma);
    }
    if (slope === 0) return;
    const move = (target - total) / slope;
    shift += Math.max(-1, Math.min(1, move)); // bounded steps: σ is flat far out
    if (Math.abs(move) < 1e-13) break;
  }
  const factor = Math.exp(shift);
  for (let i = 0; i < strength.length; i++) strength[i] = (strength[i] as number) * factor;
}

function normaliseGeometricMean(strength: Float64Array): void {
  let logSum = 0;
  for (const value of strength) logSum += Math.log(value);
  const scale = Math.exp(-logSum / strength.length);
  for (let i = 0; i < strength.length; i++) strength[i] = (strength[i] as number) * scale;
}
