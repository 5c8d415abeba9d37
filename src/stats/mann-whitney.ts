import { mean, median } from "./descriptive.ts";
import { StatsInputError } from "./errors.ts";
import { underpowered } from "./power.ts";
import { rankWithTies } from "./ranks.ts";
import { normalSurvival } from "./special.ts";
import { assertFiniteValues, assertNonEmpty } from "./validate.ts";

/**
 * How the p-value is obtained. "auto" follows SciPy: the exact null distribution when there are
 * no ties and one sample has at most 8 values, otherwise the tie-corrected normal approximation.
 */
export type MannWhitneyPMethod = "auto" | "exact" | "asymptotic";

export interface MannWhitneyOptions {
  pMethod?: MannWhitneyPMethod;
}

export interface MannWhitneyResult {
  n_a: number;
  n_b: number;
  /** U of sample a: the number of (a, b) pairs with a > b, ties counting one half. */
  U: number;
  U_b: number;
  /** Standardised U of a, tie-corrected, continuity-corrected towards 0; positive when a ranks higher. */
  z: number;
  /** Two-sided p-value. */
  p: number;
  /** (U_a − U_b) / (n_a·n_b) in [−1, 1]; positive when a tends to be larger. */
  rank_biserial: number;
  /** P(a > b) + ½ P(a = b) for a random pair: the "common-language" effect size, U_a / (n_a·n_b). */
  probability_a_greater: number;
  median_a: number;
  median_b: number;
  mean_rank_a: number;
  mean_rank_b: number;
  /** Either group is below the per-group size needed to detect an odds ratio of 2. */
  underpowered: boolean;
  method: string;
}

const AUTO_EXACT_MAX_SMALLER_SAMPLE = 8;
/** Work bound (smaller n × n_a × n_b) for the exact distribution, about a second in the worst case. */
const EXACT_MAX_WORK = 5_000_000;

export function mannWhitneyU(a: readonly number[], b: readonly number[], options: MannWhitneyOptions = {}): MannWhitneyResult {
  assertNonEmpty(a, "sample a");
  assertNonEmpty(b, "sample b");
  assertFiniteValues(a, "sample a");
  assertFiniteValues(b, "sample b");
  const requested = options.pMethod ?? "auto";
  const nA = a.length;
  const nB = b.length;
  const n = nA + nB;
  const { ranks, tieTerm, hasTies } = rankWithTies([...a, ...b]);
  let rankSumA = 0;
  for (let i = 0; i < nA; i++) rankSumA += ranks[i] as number;
  const uA = rankSumA - (nA * (nA + 1)) / 2;
  const uB = nA * nB - uA;

  const meanU = (nA * nB) / 2;
  // Tie-corrected variance: n_a n_b / 12 · ((n + 1) − Σ(t³ − t) / (n (n − 1))).
  const variance = n > 1 ? ((nA * nB) / 12) * (n + 1 - tieTerm / (n * (n - 1))) : 0;
  const deviation = uA - meanU;
  // When every value is tied the variance is 0: the samples are indistinguishable, so z = 0, p = 1.
  const z = variance > 0 && Math.abs(deviation) > 0.5 ? (deviation - Math.sign(deviation) * 0.5) / Math.sqrt(variance) : 0;

  const exactWork = Math.min(nA, nB) * nA * nB;
  const exactAllowed = !hasTies && exactWork <= EXACT_MAX_WORK;
  if (requested === "exact" && !exactAllowed) {
    throw new StatsInputError(
      hasTies
        ? "the exact Mann-Whitney distribution assumes no ties; use the asymptotic method"
        : `samples too large for the exact Mann-Whitney distribution (${nA} × ${nB})`,
    );
  }
  const useExact = requested === "exact" || (requested === "auto" && exactAllowed && Math.min(nA, nB) <= AUTO_EXACT_MAX_SMALLER_SAMPLE);

  const p = useExact ? exactTwoSidedP(Math.max(uA, uB), nA, nB) : Math.min(1, 2 * normalSurvival(Math.abs(z)));
  const pairs = nA * nB;
  const effectSizes = "effect size rank-biserial r = (U_a − U_b)/(n_a·n_b)";
  return {
    n_a: nA,
    n_b: nB,
    U: uA,
    U_b: uB,
    z,
    p,
    rank_biserial: (uA - uB) / pairs,
    probability_a_greater: uA / pairs,
    median_a: median(a),
    median_b: median(b),
    mean_rank_a: rankSumA / nA,
    mean_rank_b: mean(ranks.subarray(nA)),
    underpowered: underpowered(nA) || underpowered(nB),
    method: useExact
      ? `mann-whitney-u, two-sided, exact null distribution (no ties); ${effectSizes}`
      : `mann-whitney-u, two-sided, tie-corrected, normal approximation with continuity correction; ${effectSizes}`,
  };
}

/** P(U >= uHigh) doubled, capped at 1, under H0 with no ties (uHigh is the larger of U_a, U_b). */
function exactTwoSidedP(uHigh: number, nA: number, nB: number): number {
  const counts = exactUCounts(Math.min(nA, nB), Math.max(nA, nB));
  let total = 0n;
  let upperTail = 0n;
  for (let u = 0; u < counts.length; u++) {
    const count = counts[u] as bigint;
    total += count;
    if (u >= uHigh) upperTail += count;
  }
  return Math.min(1, (2 * Number(upperTail)) / Number(total));
}

/**
 * Number of arrangements giving each U = 0..m·n: the coefficients of the Gaussian binomial
 * [m+n choose m]_q = Π_{i=1..m} (1 − q^(n+i)) / (1 − q^i). BigInt keeps the counts exact.
 */
export function exactUCounts(m: number, n: number): bigint[] {
  const coefficients = new Array<bigint>(m * n + m + 1).fill(0n);
  coefficients[0] = 1n;
  for (let i = 1; i <= m; i++) {
    const shift = n + i;
    for (let u = coefficients.length - 1; u >= shift; u--) {
      coefficients[u] = (coefficients[u] as bigint) - (coefficients[u - shift] as bigint);
    }
    for (let u = i; u < coefficients.length; u++) {
      coefficients[u] = (coefficients[u] as bigint) + (coefficients[u - i] as bigint);
    }
  }
  return coefficients.slice(0, m * n + 1);
}
