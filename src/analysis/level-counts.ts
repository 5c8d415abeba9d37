import {
  StatsInputError,
  kruskalWallis,
  kruskalWallisResult,
  mannWhitneyU,
  normalSurvival,
  underpowered,
  type KruskalWallisResult,
  type MannWhitneyResult,
} from "../stats/index.ts";

/*
 * Rank tests straight from level counts (counts[k] = ratings at level k + 1), which is what the
 * database returns. Small samples are expanded and handed to the stats module itself, so its exact
 * p-values apply; above EXPAND_MAX_N the same tie-corrected formulas run on the counts, in O(levels)
 * instead of sorting a million values. Tests check both paths give the stats module's answer.
 */

export const EXPAND_MAX_N = 20_000;

export function total(counts: readonly number[]): number {
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The values the counts stand for, level by level (1-based levels unless `first` says otherwise). */
export function expand(counts: readonly number[], first = 1): number[] {
  const values = new Array<number>(total(counts));
  let at = 0;
  counts.forEach((count, index) => {
    values.fill(index + first, at, at + count);
    at += count;
  });
  return values;
}

/** Median of the expanded values: the mean of the two middle ones when n is even. */
export function medianOfCounts(counts: readonly number[], first = 1): number {
  const n = total(counts);
  const valueAt = (position: number) => {
    let seen = 0;
    for (let index = 0; index < counts.length; index++) {
      seen += counts[index] as number;
      if (position < seen) return index + first;
    }
    return counts.length - 1 + first;
  };
  return (valueAt(Math.floor((n - 1) / 2)) + valueAt(Math.floor(n / 2))) / 2;
}

export function meanOfCounts(counts: readonly number[], first = 1): number {
  let sum = 0;
  for (const [index, count] of counts.entries()) sum += count * (index + first);
  return sum / total(counts);
}

/** Mid-rank of each level in the pooled sample, and Σ(t³ − t) over the tie groups. */
function pooledRanks(groups: readonly (readonly number[])[]): { midRanks: number[]; tieTerm: number; n: number } {
  const levels = Math.max(...groups.map((group) => group.length));
  const midRanks: number[] = [];
  let below = 0;
  let tieTerm = 0;
  for (let level = 0; level < levels; level++) {
    const tied = groups.reduce((sum, group) => sum + (group[level] ?? 0), 0);
    midRanks.push(below + (tied + 1) / 2);
    tieTerm += tied * tied * tied - tied;
    below += tied;
  }
  return { midRanks, tieTerm, n: below };
}

function rankSum(group: readonly number[], midRanks: readonly number[]): number {
  return group.reduce((sum, count, level) => sum + count * (midRanks[level] as number), 0);
}

export function mannWhitneyFromCounts(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  if (total(a) + total(b) <= EXPAND_MAX_N) return mannWhitneyU(expand(a), expand(b));
  return mannWhitneyOnCounts(a, b);
}

/** The asymptotic branch of stats' mannWhitneyU, on counts. Exported for tests. */
export function mannWhitneyOnCounts(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const nA = total(a);
  const nB = total(b);
  if (nA === 0 || nB === 0) throw new StatsInputError(`sample ${nA === 0 ? "a" : "b"} is empty; need at least one value`);
  const { midRanks, tieTerm, n } = pooledRanks([a, b]);
  const rankSumA = rankSum(a, midRanks);
  const uA = rankSumA - (nA * (nA + 1)) / 2;
  const uB = nA * nB - uA;
  const variance = n > 1 ? ((nA * nB) / 12) * (n + 1 - tieTerm / (n * (n - 1))) : 0;
  const deviation = uA - (nA * nB) / 2;
  const z = variance > 0 && Math.abs(deviation) > 0.5 ? (deviation - Math.sign(deviation) * 0.5) / Math.sqrt(variance) : 0;
  const pairs = nA * nB;
  return {
    n_a: nA,
    n_b: nB,
    U: uA,
    U_b: uB,
    z,
    p: Math.min(1, 2 * normalSurvival(Math.abs(z))),
    rank_biserial: (uA - uB) / pairs,
    probability_a_greater: uA / pairs,
    median_a: medianOfCounts(a),
    median_b: medianOfCounts(b),
    mean_rank_a: rankSumA / nA,
    mean_rank_b: rankSum(b, midRanks) / nB,
    underpowered: underpowered(nA) || underpowered(nB),
    method:
      "mann-whitney-u, two-sided, tie-corrected, normal approximation with continuity correction; " + "effect size rank-biserial r = (U_a − U_b)/(n_a·n_b)",
  };
}

export function kruskalWallisFromCounts(groups: readonly (readonly number[])[]): KruskalWallisResult {
  if (groups.reduce((sum, group) => sum + total(group), 0) <= EXPAND_MAX_N) {
    return kruskalWallis(groups.map((group) => expand(group)));
  }
  return kruskalWallisOnCounts(groups);
}

/** stats' kruskalWallis, on counts. Exported for tests. */
export function kruskalWallisOnCounts(groups: readonly (readonly number[])[]): KruskalWallisResult {
  if (groups.length < 2) throw new StatsInputError(`kruskal-wallis needs at least 2 groups, got ${groups.length}`);
  groups.forEach((group, index) => {
    if (total(group) === 0) throw new StatsInputError(`group ${index} is empty; need at least one value`);
  });
  const { midRanks, tieTerm, n } = pooledRanks(groups);
  let weightedSquares = 0;
  const summaries = groups.map((group) => {
    const size = total(group);
    const sum = rankSum(group, midRanks);
    weightedSquares += (sum * sum) / size;
    return { n: size, median: medianOfCounts(group), mean_rank: sum / size, underpowered: underpowered(size) };
  });
  return kruskalWallisResult(n, weightedSquares, tieTerm, summaries);
}
