import type { RatingItemKey } from "../profiles/schema.ts";
import { StatsInputError, describeLikertCounts } from "../stats/index.ts";
import { RATING_LEVELS, type EvalFilter } from "../store/eval-queries.ts";
import type { Store } from "../store/store.ts";
import { kruskalWallisFromCounts, mannWhitneyFromCounts, total } from "./level-counts.ts";
import { EVAL_NOTES } from "./notes.ts";
import { describeFilter } from "./filter.ts";

export interface CompareParams {
  filter: EvalFilter;
  /** Two profiles: Mann-Whitney U; three or more: Kruskal-Wallis. */
  profiles: readonly string[];
  item: RatingItemKey;
  seed?: number;
}

/** GET /v1/eval/compare: one item's ratings of two or more profiles, with a rank-based test. */
export async function compareProfiles(store: Store, params: CompareParams) {
  const rows = await store.ratingCounts({ ...params.filter, profiles: params.profiles }, ["profile"]);
  const countsOf = new Map(rows.map((row) => [row.key.profile, row.counts[params.item]]));
  const groups = params.profiles.map((profile) => {
    const counts = countsOf.get(profile) ?? new Array<number>(RATING_LEVELS).fill(0);
    if (total(counts) === 0) {
      throw new StatsInputError(`no ratings of ${params.item} for profile "${profile}" in this window; widen the window or drop the profile`);
    }
    return { profile, counts };
  });
  const summaries = groups.map(({ profile, counts }) => ({
    profile,
    ...describeLikertCounts(counts, RATING_LEVELS, { seed: params.seed }),
  }));
  const [a, b] = groups;
  const test =
    groups.length === 2 && a && b
      ? { a: a.profile, b: b.profile, ...mannWhitneyFromCounts(a.counts, b.counts) }
      : kruskalWallisFromCounts(groups.map((group) => group.counts));
  return {
    object: "eval.compare",
    item: params.item,
    profiles: params.profiles,
    filters: describeFilter(params.filter),
    groups: summaries,
    test,
    underpowered: test.underpowered,
    method: test.method,
    notes: EVAL_NOTES,
  };
}
