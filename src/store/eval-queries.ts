import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { RatingItemKey } from "../profiles/schema.ts";
import { queryRows, type AnyPgDatabase } from "./db.ts";
import { checkins, comparisons, ratings } from "./schema.ts";

/*
 * Evaluator queries aggregate in SQL: the database returns counts per (group, item, level), never one
 * row per rating, so a million ratings cost one scan and a few hundred result rows.
 */

export interface EvalFilter {
  /** Inclusive lower bound on created_at. */
  from?: Date;
  /** Exclusive upper bound on created_at. */
  to?: Date;
  /** Synthetic (eval:seed) rows are left out unless this is true. */
  includeSynthetic: boolean;
  profiles?: readonly string[];
  home?: string;
  language?: string;
}

export const RATING_DIMENSIONS = ["profile", "language", "home"] as const;
export type RatingDimension = (typeof RATING_DIMENSIONS)[number];

export const RATING_ITEMS = ["fits_culture", "understood", "would_work", "natural_language"] as const satisfies readonly RatingItemKey[];
export const RATING_LEVELS = 5;

/** Counts for one group: `counts[item][level - 1]` ratings gave that item that level. */
export interface RatingCountsRow {
  key: Partial<Record<RatingDimension, string | null>>;
  /** Ratings in the group (each may answer only some items). */
  n: number;
  counts: Record<RatingItemKey, number[]>;
}

export interface ComparisonCountsRow {
  /** Sorted profile line-up. */
  profiles: string[];
  /** null: a tie. */
  preferred: string | null;
  /** Chosen blind (names hidden until the choice) or open. */
  blind: boolean;
  count: number;
}

export interface DistressCountsRow {
  /** null when no profile is known for the session. */
  profile: string | null;
  before: number;
  after: number;
  /** Sessions with this (profile, before, after). */
  count: number;
}

const itemColumns = {
  fits_culture: ratings.fitsCulture,
  understood: ratings.understood,
  would_work: ratings.wouldWork,
  natural_language: ratings.naturalLanguage,
} as const;

const dimensionColumns = { profile: ratings.profile, language: ratings.language, home: ratings.home } as const;

function ratingConditions(filter: EvalFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filter.includeSynthetic ? undefined : eq(ratings.synthetic, false),
    filter.from ? gte(ratings.createdAt, filter.from) : undefined,
    filter.to ? lt(ratings.createdAt, filter.to) : undefined,
    filter.profiles ? inArray(ratings.profile, [...filter.profiles]) : undefined,
    filter.home !== undefined ? eq(ratings.home, filter.home) : undefined,
    filter.language !== undefined ? eq(ratings.language, filter.language) : undefined,
  ];
  return and(...conditions);
}

const levelCountName = (item: RatingItemKey, level: number) => `${item}_${level}`;

/** One pass over the ratings: 20 filtered counts (4 items × 5 levels) per group. */
export async function ratingCounts(db: AnyPgDatabase, filter: EvalFilter, by: readonly RatingDimension[]): Promise<RatingCountsRow[]> {
  const fields: Record<string, SQL.Aliased | SQL> = { n: sql<number>`count(*)::int`.mapWith(Number) };
  for (const dimension of by) fields[`dim_${dimension}`] = sql`${dimensionColumns[dimension]}`;
  for (const item of RATING_ITEMS) {
    for (let level = 1; level <= RATING_LEVELS; level++) {
      fields[levelCountName(item, level)] = sql<number>`(count(*) filter (where ${itemColumns[item]} = ${sql.raw(String(level))}))::int`.mapWith(Number);
    }
  }
  const rows = (await db
    .select(fields as Record<string, SQL>)
    .from(ratings)
    .where(ratingConditions(filter))
    .groupBy(...by.map((dimension) => dimensionColumns[dimension]))) as Record<string, unknown>[];
  return rows.map((row) => {
    const key: RatingCountsRow["key"] = {};
    for (const dimension of by) key[dimension] = (row[`dim_${dimension}`] as string | null) ?? null;
    const counts = {} as Record<RatingItemKey, number[]>;
    for (const item of RATING_ITEMS) {
      counts[item] = Array.from({ length: RATING_LEVELS }, (_, index) => Number(row[levelCountName(item, index + 1)]));
    }
    return { key, n: Number(row.n), counts };
  });
}

export async function comparisonCounts(db: AnyPgDatabase, filter: EvalFilter): Promise<ComparisonCountsRow[]> {
  const conditions = and(
    filter.includeSynthetic ? undefined : eq(comparisons.synthetic, false),
    filter.from ? gte(comparisons.createdAt, filter.from) : undefined,
    filter.to ? lt(comparisons.createdAt, filter.to) : undefined,
    filter.home !== undefined ? eq(comparisons.home, filter.home) : undefined,
    filter.language !== undefined ? eq(comparisons.language, filter.language) : undefined,
    filter.profiles
      ? sql`${comparisons.profiles} <@ ${sql`array[${sql.join(
          filter.profiles.map((p) => sql`${p}`),
          sql`, `,
        )}]::text[]`}`
      : undefined,
  );
  const rows = await db
    .select({
      profiles: comparisons.profiles,
      preferred: comparisons.preferredProfile,
      blind: comparisons.blind,
      count: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(comparisons)
    .where(conditions)
    .groupBy(comparisons.profiles, comparisons.preferredProfile, comparisons.blind);
  return rows.map((row) => ({ profiles: row.profiles, preferred: row.preferred, blind: row.blind, count: row.count }));
}

/**
 * Per session: the latest "before" and the latest "after" answer (people may correct one), and the
 * latest known profile; sessions without both answers are not pairs and are left out.
 */
export async function distressCounts(db: AnyPgDatabase, filter: EvalFilter): Promise<DistressCountsRow[]> {
  const conditions = and(
    filter.includeSynthetic ? undefined : eq(checkins.synthetic, false),
    filter.from ? gte(checkins.createdAt, filter.from) : undefined,
    filter.to ? lt(checkins.createdAt, filter.to) : undefined,
    filter.home !== undefined ? eq(checkins.home, filter.home) : undefined,
  );
  const profileFilter = filter.profiles
    ? sql`and profile in (${sql.join(
        filter.profiles.map((p) => sql`${p}`),
        sql`, `,
      )})`
    : sql``;
  return (
    await queryRows<{ profile: string | null; before: number; after: number; count: number }>(
      db,
      sql`
      select profile, before, after, count(*)::int as count
      from (
        select session_id,
               (array_agg(distress order by created_at desc, id) filter (where phase = 'before'))[1] as before,
               (array_agg(distress order by created_at desc, id) filter (where phase = 'after'))[1] as after,
               (array_agg(profile order by created_at desc, id) filter (where profile is not null))[1] as profile
        from checkins
        where ${conditions ?? sql`true`}
        group by session_id
      ) per_session
      where before is not null and after is not null ${profileFilter}
      group by profile, before, after
      order by profile, before, after`,
    )
  ).map((row) => ({ profile: row.profile, before: Number(row.before), after: Number(row.after), count: Number(row.count) }));
}
