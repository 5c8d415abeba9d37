import { UNKNOWN_PROFILE } from "../analysis/distress.ts";
import type { RatingItemKey } from "../profiles/schema.ts";
import { MIN_N_PER_GROUP_LIKERT5, underpowered, type LikertSummary } from "../stats/index.ts";
import { RATING_ITEMS } from "../store/eval-queries.ts";
import type { CsvValue, TypedTable } from "./csv.ts";
import type { ReportData } from "./data.ts";

/*
 * The evaluator outputs flattened into one table per figure: the CSV files hold exactly these rows,
 * and the charts draw from them, so a plotted number can always be found in a CSV.
 */

/** Shown for ratings whose session declared no home. */
export const NO_HOME = "(not declared)";

export type ProfileRatingRow = {
  profile: string;
  item: RatingItemKey;
  n: number;
  mean: number;
  ci95_lower: number;
  ci95_upper: number;
  median: number;
  underpowered: boolean;
};

export type DistributionRow = {
  profile: string;
  item: RatingItemKey;
  level: number;
  count: number;
  proportion: number;
  n: number;
  underpowered: boolean;
};

/** A profile's rating summary for one home culture (the heatmap cell). */
export type HomeProfileRow = { home: string; own_culture: boolean | null } & ProfileRatingRow;

export type WithinHomeRow = {
  home: string;
  own_profile: string | null;
  other_profiles: string;
  /** Ratings (any item) of the own profile and of the others by people of this home. */
  own_ratings: number;
  others_ratings: number;
  item: RatingItemKey | null;
  own_n: number | null;
  own_mean: number | null;
  own_median: number | null;
  others_n: number | null;
  others_mean: number | null;
  others_median: number | null;
  mann_whitney_u: number | null;
  p: number | null;
  rank_biserial: number | null;
  underpowered: boolean | null;
  note: string | null;
};

export type BradleyTerryRow = {
  profile: string;
  score: number;
  score_ci95_lower: number;
  score_ci95_upper: number;
  elo: number;
  elo_ci95_lower: number;
  elo_ci95_upper: number;
  wins: number;
  losses: number;
  ties: number;
  comparisons: number;
  underpowered: boolean;
};

export type DistressRow = {
  profile: string;
  n_sessions: number;
  mean_before: number;
  mean_after: number;
  mean_change: number;
  ci95_lower: number;
  ci95_upper: number;
  underpowered: boolean;
};

/** Blind and open side-by-side choices fitted on their own. */
export type BradleyTerryByBlindingRow = { votes: "blind" | "open" } & BradleyTerryRow;

/** One arm of an experiment against its baseline, within one home culture (or all homes pooled). */
export type ArmEffectRow = {
  experiment: string;
  home: string;
  arm: string;
  /** The models that answered the arm's rated interactions, most-rated first. */
  arm_models: string;
  baseline: string;
  baseline_models: string;
  n_arm: number;
  n_baseline: number;
  mean_arm: number | null;
  mean_baseline: number | null;
  difference: number | null;
  difference_ci95_lower: number | null;
  difference_ci95_upper: number | null;
  mann_whitney_u: number | null;
  p: number | null;
  odds_ratio: number | null;
  n_needed_per_arm: number | null;
  underpowered: boolean;
  note: string | null;
};

/** Units per arm against the weights: the sample-ratio-mismatch check. */
export type ArmAssignmentRow = {
  experiment: string;
  arm: string;
  models: string;
  units: number;
  interactions: number;
  expected_share: number | null;
  observed_share: number | null;
  chi_square: number | null;
  p: number | null;
  mismatch: boolean | null;
};

/** Shown for the pooled row of an experiment (every home together). */
export const ALL_HOMES = "(all homes)";

export interface ReportTables {
  profileRatings: TypedTable<ProfileRatingRow>;
  distributions: TypedTable<DistributionRow>;
  homeProfile: TypedTable<HomeProfileRow>;
  withinHome: TypedTable<WithinHomeRow>;
  bradleyTerry: TypedTable<BradleyTerryRow>;
  distress: TypedTable<DistressRow>;
  bradleyTerryByBlinding: TypedTable<BradleyTerryByBlindingRow>;
  armEffects: TypedTable<ArmEffectRow>;
  armAssignment: TypedTable<ArmAssignmentRow>;
}

function itemSummaries(items: Record<string, LikertSummary | null>): [RatingItemKey, LikertSummary][] {
  const present: [RatingItemKey, LikertSummary][] = [];
  for (const item of RATING_ITEMS) {
    const summary = items[item];
    if (summary) present.push([item, summary]);
  }
  return present;
}

/** The columns every rating-summary row shares, in CSV order. */
function ratingFields(summary: LikertSummary) {
  return {
    n: summary.n,
    mean: summary.mean,
    ci95_lower: summary.ci95.lower,
    ci95_upper: summary.ci95.upper,
    median: summary.median,
    underpowered: summary.underpowered,
  };
}

/** One Bradley-Terry row; the by-blinding table adds which votes it counts. */
const BRADLEY_TERRY_COLUMNS = [
  "profile",
  "score",
  "score_ci95_lower",
  "score_ci95_upper",
  "elo",
  "elo_ci95_lower",
  "elo_ci95_upper",
  "wins",
  "losses",
  "ties",
  "comparisons",
  "underpowered",
] as const;

export function buildTables(data: ReportData): ReportTables {
  const profileRatings: ProfileRatingRow[] = [];
  const distributions: DistributionRow[] = [];
  for (const group of data.byProfile.groups) {
    const profile = group.key.profile ?? UNKNOWN_PROFILE;
    for (const [item, summary] of itemSummaries(group.items)) {
      profileRatings.push({ profile, item, ...ratingFields(summary) });
      for (const share of summary.distribution) {
        distributions.push({
          profile,
          item,
          level: share.level,
          count: share.count,
          proportion: share.proportion,
          n: summary.n,
          underpowered: summary.underpowered,
        });
      }
    }
  }

  const homeProfile: HomeProfileRow[] = [];
  for (const group of data.byHomeAndProfile.groups) {
    const ownCulture = "own_culture" in group && typeof group.own_culture === "boolean" ? group.own_culture : null;
    for (const [item, summary] of itemSummaries(group.items)) {
      homeProfile.push({
        home: group.key.home ?? NO_HOME,
        profile: group.key.profile ?? UNKNOWN_PROFILE,
        own_culture: ownCulture,
        item,
        ...ratingFields(summary),
      });
    }
  }

  const ratingsOf = (home: string, profiles: readonly (string | null)[]) =>
    data.byHomeAndProfile.groups
      .filter((group) => group.key.home === home && profiles.includes(group.key.profile ?? null))
      .reduce((sum, group) => sum + group.n, 0);
  const withinHome: WithinHomeRow[] = [];
  for (const home of data.byHomeAndProfile.within_home ?? []) {
    const base = {
      home: home.home,
      own_profile: home.own_profile,
      other_profiles: home.other_profiles.join(" "),
      own_ratings: ratingsOf(home.home, [home.own_profile]),
      others_ratings: ratingsOf(home.home, home.other_profiles),
    };
    const empty = {
      item: null,
      own_n: null,
      own_mean: null,
      own_median: null,
      others_n: null,
      others_mean: null,
      others_median: null,
      mann_whitney_u: null,
      p: null,
      rank_biserial: null,
      underpowered: null,
    };
    if (!home.items) {
      withinHome.push({ ...base, ...empty, note: "reason" in home ? String(home.reason) : "no comparison" });
      continue;
    }
    for (const item of RATING_ITEMS) {
      const comparison = home.items[item];
      if (!comparison) {
        withinHome.push({ ...base, ...empty, item, note: "no ratings of this item on one side" });
        continue;
      }
      withinHome.push({
        ...base,
        item,
        own_n: comparison.own.n,
        own_mean: comparison.own.mean,
        own_median: comparison.own.median,
        others_n: comparison.others.n,
        others_mean: comparison.others.mean,
        others_median: comparison.others.median,
        mann_whitney_u: comparison.test.U,
        p: comparison.test.p,
        rank_biserial: comparison.test.rank_biserial,
        underpowered: comparison.test.underpowered,
        note: null,
      });
    }
  }

  const bradleyTerryRow = (item: (typeof data.pairwise.items)[number]): BradleyTerryRow => ({
    profile: item.item,
    score: item.score,
    score_ci95_lower: item.ci95.lower,
    score_ci95_upper: item.ci95.upper,
    elo: item.elo,
    elo_ci95_lower: item.elo_ci95.lower,
    elo_ci95_upper: item.elo_ci95.upper,
    wins: item.wins,
    losses: item.losses,
    ties: item.ties,
    comparisons: item.comparisons,
    underpowered: underpowered(item.comparisons, MIN_N_PER_GROUP_LIKERT5),
  });
  const bradleyTerry = data.pairwise.items.map(bradleyTerryRow);
  const bradleyTerryByBlinding: BradleyTerryByBlindingRow[] = (["blind", "open"] as const).flatMap((votes) =>
    (data.pairwise.by_blinding[votes]?.items ?? []).map((item) => ({ votes, ...bradleyTerryRow(item) })),
  );

  const armEffects: ArmEffectRow[] = [];
  const armAssignment: ArmAssignmentRow[] = [];
  for (const experiment of data.arms) {
    const models = (arm: string, summary: { arms: { arm: string; models: string[] }[] }) =>
      (summary.arms.find((entry) => entry.arm === arm)?.models ?? []).join(" ");
    const meanOf = (arm: string, summary: { arms: { arm: string; n: number; mean?: number }[] }) =>
      summary.arms.find((entry) => entry.arm === arm)?.mean ?? null;
    for (const [home, summary] of [
      [ALL_HOMES, experiment.overall] as const,
      ...experiment.within_home.map((entry) => [entry.home ?? NO_HOME, entry] as const),
    ]) {
      for (const effect of summary.effects) {
        const measured = effect.effect;
        armEffects.push({
          experiment: experiment.experiment,
          home,
          arm: effect.arm,
          arm_models: models(effect.arm, summary),
          baseline: effect.baseline,
          baseline_models: models(effect.baseline, summary),
          n_arm: effect.n_arm,
          n_baseline: effect.n_baseline,
          mean_arm: meanOf(effect.arm, summary),
          mean_baseline: meanOf(effect.baseline, summary),
          difference: measured?.difference.estimate ?? null,
          difference_ci95_lower: measured?.difference.ci95.lower ?? null,
          difference_ci95_upper: measured?.difference.ci95.upper ?? null,
          mann_whitney_u: measured?.test.U ?? null,
          p: measured?.test.p ?? null,
          odds_ratio: measured?.odds_ratio ?? null,
          n_needed_per_arm: measured?.n_needed_per_arm ?? null,
          underpowered: measured ? measured.underpowered : true,
          note: "reason" in effect ? String(effect.reason) : null,
        });
      }
    }
    for (const arm of experiment.arms) {
      armAssignment.push({
        experiment: experiment.experiment,
        arm: arm.arm,
        models: arm.models.map((entry) => entry.model ?? "(none)").join(" "),
        units: arm.units,
        interactions: arm.interactions,
        expected_share: arm.expected_share,
        observed_share: arm.observed_share,
        chi_square: experiment.sample_ratio?.chi_square ?? null,
        p: experiment.sample_ratio?.p ?? null,
        mismatch: experiment.sample_ratio?.mismatch ?? null,
      });
    }
  }

  const distress: DistressRow[] = data.distress.groups.map((group) => ({
    profile: group.profile,
    n_sessions: group.n,
    mean_before: group.mean_before,
    mean_after: group.mean_after,
    mean_change: group.mean_change,
    ci95_lower: group.ci95.lower,
    ci95_upper: group.ci95.upper,
    underpowered: group.underpowered,
  }));

  return {
    profileRatings: table("profile-ratings", ["profile", "item", "n", "mean", "ci95_lower", "ci95_upper", "median", "underpowered"], profileRatings),
    distributions: table("profile-distributions", ["profile", "item", "level", "count", "proportion", "n", "underpowered"], distributions),
    homeProfile: table(
      "home-profile",
      ["home", "profile", "own_culture", "item", "n", "mean", "ci95_lower", "ci95_upper", "median", "underpowered"],
      homeProfile,
    ),
    withinHome: table(
      "within-home",
      [
        "home",
        "own_profile",
        "other_profiles",
        "own_ratings",
        "others_ratings",
        "item",
        "own_n",
        "own_mean",
        "own_median",
        "others_n",
        "others_mean",
        "others_median",
        "mann_whitney_u",
        "p",
        "rank_biserial",
        "underpowered",
        "note",
      ],
      withinHome,
    ),
    bradleyTerry: table("bradley-terry", BRADLEY_TERRY_COLUMNS, bradleyTerry),
    bradleyTerryByBlinding: table("bradley-terry-blinding", ["votes", ...BRADLEY_TERRY_COLUMNS], bradleyTerryByBlinding),
    armEffects: table(
      "arm-effects",
      [
        "experiment",
        "home",
        "arm",
        "arm_models",
        "baseline",
        "baseline_models",
        "n_arm",
        "n_baseline",
        "mean_arm",
        "mean_baseline",
        "difference",
        "difference_ci95_lower",
        "difference_ci95_upper",
        "mann_whitney_u",
        "p",
        "odds_ratio",
        "n_needed_per_arm",
        "underpowered",
        "note",
      ],
      armEffects,
    ),
    armAssignment: table(
      "arm-assignment",
      ["experiment", "arm", "models", "units", "interactions", "expected_share", "observed_share", "chi_square", "p", "mismatch"],
      armAssignment,
    ),
    distress: table(
      "distress-change",
      ["profile", "n_sessions", "mean_before", "mean_after", "mean_change", "ci95_lower", "ci95_upper", "underpowered"],
      distress,
    ),
  };
}

/** Columns in the order the CSV lists them; an unknown column name is a type error. */
function table<Row extends Record<string, CsvValue>>(name: string, columns: readonly (keyof Row & string)[], rows: Row[]): TypedTable<Row> {
  return { name, columns, rows };
}
