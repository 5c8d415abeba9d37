import { sql } from "drizzle-orm";
import { queryRows, type AnyPgDatabase } from "../store/db.ts";
import {
  SEED_TABLES,
  generateSynthetic,
  type CheckinSeedRow,
  type ComparisonSeedRow,
  type InteractionSeedRow,
  type RatingSeedRow,
  type SeedOptions,
  type SeedTable,
  type SessionSeedRow,
  type SyntheticBatch,
} from "./generate.ts";

/*
 * Bulk insertion for eval:seed on both drivers: one statement per table and batch, the rows passed as
 * a single JSON parameter and unpacked by json_to_recordset. That keeps the parameter count at one
 * whatever the batch size (Postgres allows 65,535 per statement) and works the same on PGlite, where
 * COPY would need a different path. ON CONFLICT DO NOTHING makes a re-run with the same seed a no-op.
 */

const COLUMN_TYPES: {
  sessions: Record<keyof SessionSeedRow, string>;
  interactions: Record<keyof InteractionSeedRow, string>;
  ratings: Record<keyof RatingSeedRow, string>;
  comparisons: Record<keyof ComparisonSeedRow, string>;
  checkins: Record<keyof CheckinSeedRow, string>;
} = {
  sessions: {
    id: "text",
    user_hash: "text",
    home_country: "text",
    home_culture: "text",
    created_at: "timestamptz",
    updated_at: "timestamptz",
    synthetic: "boolean",
  },
  interactions: {
    id: "text",
    created_at: "timestamptz",
    profile: "text",
    language: "text",
    language_confidence: "real",
    language_method: "text",
    other_culture: "boolean",
    model: "text",
    backend: "text",
    route: "jsonb",
    status: "text",
    stream: "boolean",
    latency_ms: "integer",
    session_id: "text",
    user_hash: "text",
    experiment_id: "text",
    experiment_arm: "text",
    experiment_unit: "text",
    experiment_share: "real",
    synthetic: "boolean",
  },
  ratings: {
    interaction_id: "text",
    user_hash: "text",
    session_id: "text",
    profile: "text",
    language: "text",
    model: "text",
    home: "text",
    home_country: "text",
    home_culture: "text",
    fits_culture: "smallint",
    understood: "smallint",
    would_work: "smallint",
    natural_language: "smallint",
    created_at: "timestamptz",
    updated_at: "timestamptz",
    synthetic: "boolean",
  },
  comparisons: {
    id: "text",
    user_hash: "text",
    session_id: "text",
    interaction_ids: "text[]",
    profiles: "text[]",
    preferred_profile: "text",
    language: "text",
    home: "text",
    home_country: "text",
    home_culture: "text",
    blind: "boolean",
    shown_order: "text[]",
    created_at: "timestamptz",
    synthetic: "boolean",
  },
  checkins: {
    id: "text",
    session_id: "text",
    user_hash: "text",
    phase: "text",
    distress: "smallint",
    profile: "text",
    home: "text",
    created_at: "timestamptz",
    synthetic: "boolean",
  },
};

/** Insert rows of one table in one statement; returns how many were new. */
export async function insertRows(db: AnyPgDatabase, table: SeedTable, rows: readonly object[]): Promise<number> {
  if (rows.length === 0) return 0;
  const types = COLUMN_TYPES[table] as Record<string, string>;
  const columns = Object.keys(types).join(", ");
  const definitions = Object.entries(types)
    .map(([column, type]) => `${column} ${type}`)
    .join(", ");
  const [result] = await queryRows<{ inserted: number }>(
    db,
    sql`with inserted as (
          insert into ${sql.identifier(table)} (${sql.raw(columns)})
          select ${sql.raw(columns)} from json_to_recordset(${JSON.stringify(rows)}::json) as r(${sql.raw(definitions)})
          on conflict do nothing
          returning 1)
        select count(*)::int as inserted from inserted`,
  );
  return Number(result?.inserted ?? 0);
}

export type TableCounts = Record<SeedTable, number>;

export interface SeedProgress {
  ratings: number;
  target: number;
  elapsedMs: number;
}

export interface SeedRunOptions extends SeedOptions {
  /** Batches inserted at once (default 1; Postgres gains from 2 or more, PGlite has one connection). */
  concurrency?: number;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedResult {
  generated: TableCounts;
  inserted: TableCounts;
  elapsedMs: number;
}

const zeroCounts = (): TableCounts => ({ sessions: 0, interactions: 0, ratings: 0, comparisons: 0, checkins: 0 });

/** Generate and insert synthetic rows in batches, then refresh the planner's statistics. */
export async function seedSynthetic(db: AnyPgDatabase, options: SeedRunOptions): Promise<SeedResult> {
  const started = performance.now();
  const generated = zeroCounts();
  const inserted = zeroCounts();
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;

  const insertBatch = async (batch: SyntheticBatch) => {
    // No foreign keys (see store/schema.ts), so the tables of one batch can go in any order.
    const counts = await Promise.all(SEED_TABLES.map((table) => insertRows(db, table, batch[table])));
    for (const [index, table] of SEED_TABLES.entries()) inserted[table] += counts[index] as number;
  };

  for (const batch of generateSynthetic(options)) {
    for (const table of SEED_TABLES) generated[table] += batch[table].length;
    const task: Promise<void> = insertBatch(batch).then(
      () => {
        inFlight.delete(task);
        options.onProgress?.({ ratings: inserted.ratings, target: options.ratings, elapsedMs: performance.now() - started });
      },
      (error: unknown) => {
        inFlight.delete(task);
        failure ??= error;
      },
    );
    inFlight.add(task);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) break;
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  for (const table of SEED_TABLES) await db.execute(sql`analyze ${sql.identifier(table)}`);
  return { generated, inserted, elapsedMs: performance.now() - started };
}

const ALL_TABLES = ["interactions", "interaction_texts", "sessions", "ratings", "comparisons", "checkins"] as const;

/** Delete every synthetic row (real rows are untouched); counts per table. */
export async function deleteSynthetic(db: AnyPgDatabase): Promise<Record<(typeof ALL_TABLES)[number], number>> {
  const counts = {} as Record<(typeof ALL_TABLES)[number], number>;
  for (const table of ALL_TABLES) {
    const [row] = await queryRows<{ deleted: number }>(
      db,
      sql`with deleted as (delete from ${sql.identifier(table)} where synthetic returning 1) select count(*)::int as deleted from deleted`,
    );
    counts[table] = Number(row?.deleted ?? 0);
  }
  return counts;
}
