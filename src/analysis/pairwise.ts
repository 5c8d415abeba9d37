import { bradleyTerry, type PairwiseComparison } from "../stats/index.ts";
import type { ComparisonCountsRow, EvalFilter } from "../store/eval-queries.ts";
import type { Store } from "../store/store.ts";
import { describeFilter } from "./filter.ts";

export interface PairwiseParams {
  filter: EvalFilter;
  seed?: number;
}

/**
 * Pairwise outcomes from k-way choices: the preferred profile beats each other one (k − 1 wins); a tie
 * ties every pair. Repeated outcomes share one object, so a million choices stay a few arrays of
 * references.
 */
export function toPairwise(rows: readonly ComparisonCountsRow[]): PairwiseComparison[] {
  const pairs: PairwiseComparison[] = [];
  for (const row of rows) {
    const outcomes: PairwiseComparison[] = [];
    if (row.preferred !== null) {
      for (const other of row.profiles) if (other !== row.preferred) outcomes.push({ a: row.preferred, b: other, winner: "a" });
    } else {
      for (let i = 0; i < row.profiles.length; i++) {
        for (let j = i + 1; j < row.profiles.length; j++) {
          outcomes.push({ a: row.profiles[i] as string, b: row.profiles[j] as string, winner: "tie" });
        }
      }
    }
    for (const outcome of outcomes) for (let k = 0; k < row.count; k++) pairs.push(outcome);
  }
  return pairs;
}

function fitChoices(rows: readonly ComparisonCountsRow[], seed: number | undefined) {
  const pairs = toPairwise(rows);
  const submitted = rows.reduce((sum, row) => sum + row.count, 0);
  if (pairs.length === 0) return null;
  const fit = bradleyTerry(pairs, { seed });
  return {
    n_comparisons_submitted: submitted,
    n_pairwise: fit.n_comparisons,
    items: fit.items,
    converged: fit.converged,
    resamples: fit.resamples,
    dropped_resamples: fit.dropped_resamples,
    seed: fit.seed,
    method: fit.method,
  };
}

/**
 * GET /v1/eval/pairwise: Bradley-Terry strengths from the users' side-by-side choices: all choices, and
 * blind and open choices fitted separately (a choice made seeing the profile's name can carry its
 * reputation; a blind one carries only the answer).
 */
export async function pairwise(store: Store, params: PairwiseParams) {
  const rows = await store.comparisonCounts(params.filter);
  const submitted = rows.reduce((sum, row) => sum + row.count, 0);
  const base = { object: "eval.pairwise", filters: describeFilter(params.filter), n_comparisons_submitted: submitted };
  const byBlinding = {
    blind: fitChoices(
      rows.filter((row) => row.blind),
      params.seed,
    ),
    open: fitChoices(
      rows.filter((row) => !row.blind),
      params.seed,
    ),
  };
  const all = fitChoices(rows, params.seed);
  if (!all) return { ...base, n_pairwise: 0, items: [], by_blinding: byBlinding, method: "bradley-terry; no comparisons in this window" };
  const { n_comparisons_submitted: _, method, ...fit } = all;
  return {
    ...base,
    ...fit,
    by_blinding: byBlinding,
    method:
      `${method}; a choice among k answers counts as k − 1 wins of the preferred profile, a tie as a tie of every pair; ` +
      "the bootstrap resamples those pairs, which for 3–4-way choices are not independent, so their CIs are somewhat narrow; " +
      "by_blinding fits blind choices (order shuffled, names hidden until the choice) and open ones on their own: read the blind fit as the answers' quality",
  };
}
