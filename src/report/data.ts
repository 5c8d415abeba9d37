import { arms } from "../analysis/arms.ts";
import { distress } from "../analysis/distress.ts";
import { pairwise } from "../analysis/pairwise.ts";
import { satisfaction, type ProfileCountries } from "../analysis/satisfaction.ts";
import { DEFAULT_SEED } from "../stats/index.ts";
import type { EvalFilter } from "../store/eval-queries.ts";
import type { Store } from "../store/store.ts";

/*
 * The report reads exactly what the evaluator endpoints answer (same functions, same seed), so a
 * figure in the report and a number from GET /v1/eval/… never disagree.
 */

export interface ReportQuery {
  filter: EvalFilter;
  /** Bootstrap seed; the default makes every figure reproducible. */
  seed?: number;
}

export type SatisfactionOutput = Awaited<ReturnType<typeof satisfaction>>;
export type PairwiseOutput = Awaited<ReturnType<typeof pairwise>>;
export type DistressOutput = Awaited<ReturnType<typeof distress>>;
export type ArmsOutput = Awaited<ReturnType<typeof arms>>;

/** The item the per-arm figure compares: the cultural-validity item itself. */
export const ARMS_ITEM = "fits_culture" as const;

export interface ReportData {
  filter: EvalFilter;
  seed: number;
  byProfile: SatisfactionOutput;
  byHomeAndProfile: SatisfactionOutput;
  pairwise: PairwiseOutput;
  distress: DistressOutput;
  /** One per experiment with assigned interactions in the window. */
  arms: ArmsOutput[];
}

export async function collectReportData(store: Store, profiles: ProfileCountries, query: ReportQuery): Promise<ReportData> {
  const seed = query.seed ?? DEFAULT_SEED;
  const { filter } = query;
  // Every group is shown (min_n 1): small groups are flagged, never hidden.
  const byProfile = await satisfaction(store, profiles, { filter, by: ["profile"], minN: 1, seed });
  const byHomeAndProfile = await satisfaction(store, profiles, { filter, by: ["home", "profile"], minN: 1, seed });
  return {
    filter,
    seed,
    byProfile,
    byHomeAndProfile,
    pairwise: await pairwise(store, { filter, seed }),
    distress: await distress(store, { filter, seed }),
    arms: await Promise.all((await store.experimentIds(filter)).map((experiment) => arms(store, profiles, { filter, experiment, item: ARMS_ITEM, seed }))),
  };
}
