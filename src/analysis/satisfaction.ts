import type { Experiment, RatingItemKey } from "../profiles/schema.ts";
import { MIN_N_PER_GROUP_LIKERT5, describeLikertCounts, underpowered, type LikertSummary } from "../stats/index.ts";
import { RATING_ITEMS, RATING_LEVELS, type EvalFilter, type RatingCountsRow, type RatingDimension } from "../store/eval-queries.ts";
import type { Store } from "../store/store.ts";
import { mannWhitneyFromCounts, meanOfCounts, medianOfCounts, total } from "./level-counts.ts";
import { EVAL_NOTES } from "./notes.ts";
import { describeFilter } from "./filter.ts";

export type ProfileCountries = ReadonlyMap<string, { readonly countries: readonly string[]; readonly experiment?: Experiment }>;

export interface SatisfactionParams {
  filter: EvalFilter;
  by: readonly RatingDimension[];
  /** Groups with fewer ratings are left out (and counted in suppressed_groups). */
  minN: number;
  seed?: number;
  /** Bootstrap resamples per CI (DEFAULT_SATISFACTION_RESAMPLES when absent). */
  resamples?: number;
}

/**
 * 1,000 percentile-bootstrap resamples per CI (Efron & Tibshirani's usual floor for CIs): a home ×
 * profile query over 1M synthetic ratings (about 2,100 CIs) spends about 0.4 s of CPU on them
 * (bench:store); ask for more with `resamples`.
 */
export const DEFAULT_SATISFACTION_RESAMPLES = 1000;

/**
 * A home is a profile's own when it names the profile (culture slug, e.g. "kr") or one of the
 * profile's countries (ISO code, e.g. "KR").
 */
export function isOwnProfile(profile: string, home: string, profiles: ProfileCountries): boolean {
  return home === profile || (profiles.get(profile)?.countries.includes(home) ?? false);
}

function summarise(counts: readonly number[], seed: number | undefined, resamples: number): LikertSummary | null {
  return total(counts) === 0 ? null : describeLikertCounts(counts, RATING_LEVELS, { seed, resamples });
}

function compareKeys(a: RatingCountsRow, b: RatingCountsRow, by: readonly RatingDimension[]): number {
  for (const dimension of by) {
    const x = a.key[dimension] ?? "";
    const y = b.key[dimension] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** GET /v1/eval/satisfaction: per group, each item's distribution, median, mean and bootstrap CI. */
export async function satisfaction(store: Store, profiles: ProfileCountries, params: SatisfactionParams) {
  const rows = await store.ratingCounts(params.filter, params.by);
  const kept = rows.filter((row) => row.n >= params.minN).sort((a, b) => compareKeys(a, b, params.by));
  const byHomeAndProfile = params.by.includes("home") && params.by.includes("profile");
  const groups = kept.map((row) => ({
    key: row.key,
    n: row.n,
    ...(byHomeAndProfile && row.key.home && row.key.profile ? { own_culture: isOwnProfile(row.key.profile, row.key.home, profiles) } : {}),
    underpowered: underpowered(row.n),
    items: Object.fromEntries(RATING_ITEMS.map((item) => [item, summarise(row.counts[item], params.seed, params.resamples ?? DEFAULT_SATISFACTION_RESAMPLES)])),
  }));
  return {
    object: "eval.satisfaction",
    by: params.by,
    filters: { ...describeFilter(params.filter), min_n: params.minN },
    items: RATING_ITEMS,
    n_ratings: kept.reduce((sum, row) => sum + row.n, 0),
    groups,
    suppressed_groups: rows.length - kept.length,
    ...(byHomeAndProfile ? { within_home: withinHome(kept, profiles) } : {}),
    min_n_per_group_for_power: MIN_N_PER_GROUP_LIKERT5,
    method:
      "ratings counted per group, item and level in SQL; per item: distribution, median, and mean with a seeded " +
      "percentile bootstrap 95 % CI (each item's own method field has the details); within_home: per home culture, " +
      "its own profile's ratings against the pooled ratings of the other profiles tried, mann-whitney-u per item",
    notes: EVAL_NOTES,
  };
}

type Counts = Record<RatingItemKey, number[]>;

const emptyCounts = (): Counts => Object.fromEntries(RATING_ITEMS.map((item) => [item, new Array<number>(RATING_LEVELS).fill(0)])) as Counts;

function addCounts(into: Counts, from: Counts): void {
  for (const item of RATING_ITEMS) {
    from[item].forEach((count, level) => {
      into[item][level] = (into[item][level] as number) + count;
    });
  }
}

/** The headline comparison: within each home, the own profile against the pooled others tried. */
export function withinHome(rows: readonly RatingCountsRow[], profiles: ProfileCountries) {
  const homes = new Map<string, Map<string, Counts>>();
  for (const row of rows) {
    const { home, profile } = row.key;
    if (!home || !profile) continue;
    const perProfile = homes.get(home) ?? new Map<string, Counts>();
    homes.set(home, perProfile);
    const counts = perProfile.get(profile) ?? emptyCounts();
    perProfile.set(profile, counts);
    addCounts(counts, row.counts);
  }
  return [...homes.keys()].sort().map((home) => {
    const perProfile = homes.get(home) as Map<string, Counts>;
    const tried = [...perProfile.keys()].sort();
    const own = tried.find((profile) => isOwnProfile(profile, home, profiles)) ?? null;
    const others = tried.filter((profile) => profile !== own);
    if (own === null || others.length === 0) {
      return {
        home,
        own_profile: own,
        other_profiles: others,
        items: null,
        reason: own === null ? "no profile of this home culture among the profiles rated" : "only the home culture's own profile was rated",
      };
    }
    const pooled = emptyCounts();
    for (const profile of others) addCounts(pooled, perProfile.get(profile) as Counts);
    const ownCounts = perProfile.get(own) as Counts;
    const items = Object.fromEntries(
      RATING_ITEMS.map((item) => {
        const a = ownCounts[item];
        const b = pooled[item];
        if (total(a) === 0 || total(b) === 0) return [item, null];
        const describe = (counts: number[]) => ({ n: total(counts), mean: meanOfCounts(counts), median: medianOfCounts(counts) });
        return [item, { own: describe(a), others: describe(b), test: mannWhitneyFromCounts(a, b) }];
      }),
    );
    return { home, own_profile: own, other_profiles: others, items };
  });
}
