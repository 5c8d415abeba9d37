import { sql, type SQL } from "drizzle-orm";
import type { RatingItemKey } from "../profiles/schema.ts";
import { queryRows, type AnyPgDatabase } from "./db.ts";
import { RATING_ITEMS, RATING_LEVELS, type EvalFilter } from "./eval-queries.ts";

/*
 * Evaluator queries of one experiment, aggregated in SQL like the others. The arm lives on the
 * interaction (where it was assigned); ratings reach it by a join on the interaction's primary key,
 * so the rating write path does not need to copy it.
 */

export interface ArmUnitsRow {
  arm: string;
  /** Distinct people (user unit) or sessions (session unit) assigned this arm: what was randomised. */
  units: number;
  interactions: number;
  /** Mean recorded share of the arm's weight; null on rows written without one. */
  share: number | null;
  /** Catalog models that answered this arm's interactions (null: nothing could answer). */
  models: { model: string | null; interactions: number }[];
}

export interface ArmRatingCountsRow {
  arm: string;
  home: string | null;
  model: string | null;
  n: number;
  counts: Record<RatingItemKey, number[]>;
}

const ITEM_COLUMN: Record<RatingItemKey, string> = {
  fits_culture: "fits_culture",
  understood: "understood",
  would_work: "would_work",
  natural_language: "natural_language",
};

function interactionConditions(alias: string, filter: EvalFilter, experimentId: string): SQL {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  const parts: SQL[] = [sql`${column("experiment_id")} = ${experimentId}`, sql`${column("experiment_arm")} is not null`];
  if (!filter.includeSynthetic) parts.push(sql`${column("synthetic")} = false`);
  if (filter.profiles)
    parts.push(
      sql`${column("profile")} in (${sql.join(
        filter.profiles.map((p) => sql`${p}`),
        sql`, `,
      )})`,
    );
  if (filter.language !== undefined) parts.push(sql`${column("language")} = ${filter.language}`);
  return sql.join(parts, sql` and `);
}

function windowConditions(alias: string, filter: EvalFilter): SQL[] {
  const parts: SQL[] = [];
  if (filter.from) parts.push(sql`${sql.raw(`${alias}.created_at`)} >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.to) parts.push(sql`${sql.raw(`${alias}.created_at`)} < ${filter.to.toISOString()}::timestamptz`);
  return parts;
}

/** Per arm: units, interactions, recorded share, and the models that answered (window on the interaction's time). */
export async function armUnits(db: AnyPgDatabase, filter: EvalFilter, experimentId: string): Promise<ArmUnitsRow[]> {
  const where = sql.join([interactionConditions("i", filter, experimentId), ...windowConditions("i", filter)], sql` and `);
  const perArm = await queryRows<{ arm: string; units: number; interactions: number; share: number | null }>(
    db,
    sql`select i.experiment_arm as arm,
               count(distinct coalesce(i.experiment_unit, 'user') || ':' ||
                 coalesce(case when i.experiment_unit = 'session' then i.session_id else i.user_hash end, i.id))::int as units,
               count(*)::int as interactions,
               avg(i.experiment_share)::float8 as share
        from interactions i where ${where}
        group by i.experiment_arm order by i.experiment_arm`,
  );
  const perModel = await queryRows<{ arm: string; model: string | null; interactions: number }>(
    db,
    sql`select i.experiment_arm as arm, i.model, count(*)::int as interactions
        from interactions i where ${where}
        group by i.experiment_arm, i.model order by i.experiment_arm, count(*) desc, i.model`,
  );
  return perArm.map((row) => ({
    arm: row.arm,
    units: Number(row.units),
    interactions: Number(row.interactions),
    share: row.share === null ? null : Number(row.share),
    models: perModel.filter((m) => m.arm === row.arm).map((m) => ({ model: m.model, interactions: Number(m.interactions) })),
  }));
}

/** Rating level counts per (arm, rater's home, model), window and synthetic flag on the rating. */
export async function armRatingCounts(db: AnyPgDatabase, filter: EvalFilter, experimentId: string): Promise<ArmRatingCountsRow[]> {
  const conditions = [interactionConditions("i", filter, experimentId), ...windowConditions("r", filter)];
  if (!filter.includeSynthetic) conditions.push(sql`r.synthetic = false`);
  if (filter.home !== undefined) conditions.push(sql`r.home = ${filter.home}`);
  const levelCounts = RATING_ITEMS.flatMap((item) =>
    Array.from({ length: RATING_LEVELS }, (_, index) =>
      sql.raw(`(count(*) filter (where r.${ITEM_COLUMN[item]} = ${index + 1}))::int as ${item}_${index + 1}`),
    ),
  );
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select i.experiment_arm as arm, r.home, r.model, count(*)::int as n, ${sql.join(levelCounts, sql`, `)}
        from ratings r join interactions i on i.id = r.interaction_id
        where ${sql.join(conditions, sql` and `)}
        group by i.experiment_arm, r.home, r.model`,
  );
  return rows.map((row) => ({
    arm: row.arm as string,
    home: (row.home as string | null) ?? null,
    model: (row.model as string | null) ?? null,
    n: Number(row.n),
    counts: Object.fromEntries(
      RATING_ITEMS.map((item) => [item, Array.from({ length: RATING_LEVELS }, (_, index) => Number(row[`${item}_${index + 1}`]))]),
    ) as Record<RatingItemKey, number[]>,
  }));
}

/** Experiments with at least one assigned interaction in the window, by id. */
export async function experimentIds(db: AnyPgDatabase, filter: EvalFilter): Promise<string[]> {
  const conditions: SQL[] = [sql`i.experiment_id is not null`, ...windowConditions("i", filter)];
  if (!filter.includeSynthetic) conditions.push(sql`i.synthetic = false`);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct i.experiment_id as id from interactions i where ${sql.join(conditions, sql` and `)} order by 1`,
  );
  return rows.map((row) => row.id);
}
