import { median } from "./descriptive.ts";
import { StatsInputError } from "./errors.ts";
import { underpowered } from "./power.ts";
import { rankWithTies } from "./ranks.ts";
import { chiSquareSurvival } from "./special.ts";
import { assertFiniteValues, assertNonEmpty } from "./validate.ts";

export interface KruskalWallisGroup {
  n: number;
  median: number;
  mean_rank: number;
  underpowered: boolean;
}

export interface KruskalWallisResult {
  /** Total number of observations. */
  n: number;
  /** Tie-corrected H. */
  H: number;
  df: number;
  /** Upper tail of chi-square(df) at H. */
  p: number;
  /** ε² = H / (n − 1), Tomczak & Tomczak (2014); 0 = no rank separation, 1 = complete. */
  epsilon_squared: number;
  groups: KruskalWallisGroup[];
  /** Any group is below the per-group size needed to detect an odds ratio of 2. */
  underpowered: boolean;
  method: string;
}

export function kruskalWallis(groups: readonly (readonly number[])[]): KruskalWallisResult {
  if (groups.length < 2) {
    throw new StatsInputError(`kruskal-wallis needs at least 2 groups, got ${groups.length}`);
  }
  groups.forEach((group, index) => {
    assertNonEmpty(group, `group ${index}`);
    assertFiniteValues(group, `group ${index}`);
  });
  const pooled = groups.flat();
  const n = pooled.length;
  const { ranks, tieTerm } = rankWithTies(pooled);
  let offset = 0;
  let weightedSquares = 0;
  const summaries = groups.map((group) => {
    let rankSum = 0;
    for (let i = 0; i < group.length; i++) rankSum += ranks[offset + i] as number;
    offset += group.length;
    weightedSquares += (rankSum * rankSum) / group.length;
    return {
      n: group.length,
      median: median(group),
      mean_rank: rankSum / group.length,
      underpowered: underpowered(group.length),
    };
  });
  return kruskalWallisResult(n, weightedSquares, tieTerm, summaries);
}

/**
 * H, its p and effect size from the pooled ranking: n, Σ R_i²/n_i over groups, and the tie term Σ(t³ − t).
 * Shared by the value-based test here and count-based callers that rank levels instead of values.
 */
export function kruskalWallisResult(n: number, weightedSquares: number, tieTerm: number, groups: KruskalWallisGroup[]): KruskalWallisResult {
  const uncorrected = (12 / (n * (n + 1))) * weightedSquares - 3 * (n + 1);
  const tieCorrection = 1 - tieTerm / (n * n * n - n);
  // All values tied: there is no rank information, so no evidence of a difference (H = 0, p = 1).
  const H = tieCorrection > 0 ? Math.max(0, uncorrected / tieCorrection) : 0;
  const df = groups.length - 1;
  return {
    n,
    H,
    df,
    p: chiSquareSurvival(H, df),
    epsilon_squared: H / (n - 1), // n >= 2: at least two non-empty groups
    groups,
    underpowered: groups.some((group) => group.underpowered),
    method: "kruskal-wallis H, tie-corrected, p from the chi-square(k − 1) upper tail; effect size ε² = H/(n − 1)",
  };
}
