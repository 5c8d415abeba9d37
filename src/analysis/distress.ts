import { meanChangeCi, type BeforeAfter } from "../stats/index.ts";
import type { EvalFilter } from "../store/eval-queries.ts";
import type { Store } from "../store/store.ts";
import { describeFilter } from "./filter.ts";

export interface DistressParams {
  filter: EvalFilter;
  seed?: number;
}

/** Sessions whose profile is unknown (no interaction linked, none given) are reported under this name. */
export const UNKNOWN_PROFILE = "(unknown)";

/** GET /v1/eval/distress: per profile, the mean change in self-rated distress over a session. */
export async function distress(store: Store, params: DistressParams) {
  const rows = await store.distressCounts(params.filter);
  const perProfile = new Map<string, BeforeAfter[]>();
  for (const row of rows) {
    const profile = row.profile ?? UNKNOWN_PROFILE;
    const pairs = perProfile.get(profile) ?? [];
    perProfile.set(profile, pairs);
    const pair = { before: row.before, after: row.after };
    for (let k = 0; k < row.count; k++) pairs.push(pair);
  }
  const groups = [...perProfile.keys()].sort().map((profile) => ({
    profile,
    ...meanChangeCi(perProfile.get(profile) as BeforeAfter[], { seed: params.seed }),
  }));
  return {
    object: "eval.distress",
    filters: describeFilter(params.filter),
    n_sessions: groups.reduce((sum, group) => sum + group.n, 0),
    groups,
    method:
      "per session, the latest 'before' and the latest 'after' distress answer (0–10); sessions without both are left out; " +
      "per profile, the mean paired change after − before (negative: less distressed afterwards) with a seeded percentile " +
      "bootstrap 95 % CI over sessions. An uncontrolled before/after change: it describes, it does not prove the profile caused it.",
  };
}
