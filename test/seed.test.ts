import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { readProfiles, seedProfiles } from "../src/report/profiles-node.ts";
import { DEFAULT_SEED_DAYS, DEFAULT_SEED_START, SEED_TABLES, generateSynthetic, type SeedOptions, type SyntheticBatch } from "../src/seed/generate.ts";
import { deleteSynthetic, seedSynthetic } from "../src/seed/insert.ts";
import { queryRows, type AnyPgDatabase } from "../src/store/db.ts";
import type { Connection } from "../src/store/open.ts";
import { applyWrite } from "../src/store/sql-writes.ts";
import { interactionOp } from "../src/store/write-ops.ts";
import { connectionDrivers, startTestPostgres, type TestPostgres } from "./helpers/postgres.ts";
import { interactionRow } from "./helpers/interaction-row.ts";

const profiles = seedProfiles(readProfiles(join(PROJECT_ROOT, "culture-profiles")));
const options = (overrides: Partial<SeedOptions> = {}): SeedOptions => ({
  ratings: 3000,
  seed: 1,
  profiles,
  start: DEFAULT_SEED_START,
  days: DEFAULT_SEED_DAYS,
  batchRatings: 1000,
  ...overrides,
});

function collect(seedOptions: SeedOptions): SyntheticBatch {
  const all: SyntheticBatch = { sessions: [], interactions: [], ratings: [], comparisons: [], checkins: [] };
  for (const batch of generateSynthetic(seedOptions)) for (const table of SEED_TABLES) (all[table] as object[]).push(...batch[table]);
  return all;
}

describe("synthetic data generator", () => {
  const rows = collect(options());

  it("is deterministic: the same seed gives the same rows, another seed other rows", () => {
    expect(collect(options())).toEqual(rows);
    // Batch size only changes how rows are grouped, not which rows there are.
    expect(collect(options({ batchRatings: 250 }))).toEqual(rows);
    const other = collect(options({ seed: 2 }));
    expect(other.ratings).toHaveLength(3000);
    expect(other.ratings.map((row) => row.fits_culture)).not.toEqual(rows.ratings.map((row) => row.fits_culture));
  });

  it("makes exactly n ratings, each of an interaction it made, and marks every row synthetic", () => {
    expect(rows.ratings).toHaveLength(3000);
    const interactionIds = new Set(rows.interactions.map((row) => row.id));
    expect(rows.ratings.every((row) => interactionIds.has(row.interaction_id))).toBe(true);
    for (const table of SEED_TABLES) expect(rows[table].every((row) => row.synthetic === true)).toBe(true);
    for (const comparison of rows.comparisons) {
      expect(comparison.interaction_ids.every((id) => interactionIds.has(id))).toBe(true);
      expect(new Set(comparison.profiles).size).toBe(comparison.profiles.length);
    }
  });

  it("has an own-culture preference within home cultures, and culture-specific response styles", () => {
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const fits = (predicate: (row: SyntheticBatch["ratings"][number]) => boolean) =>
      rows.ratings.filter((row) => predicate(row) && row.fits_culture !== null).map((row) => row.fits_culture as number);
    const own = fits((row) => row.home_culture !== null && row.profile === row.home_culture);
    const tried = fits((row) => row.home_culture !== null && row.profile !== row.home_culture);
    expect(tried.length).toBeGreaterThan(300);
    expect(mean(own) - mean(tried)).toBeGreaterThan(0.3);

    // Midpoint responding (jp) against extreme responding (mx): share of 3s and of 1s and 5s.
    const share = (home: string, levels: number[]) => {
      const answers = fits((row) => row.home_culture === home);
      return answers.filter((level) => levels.includes(level)).length / answers.length;
    };
    expect(share("jp", [3])).toBeGreaterThan(share("mx", [3]));
    expect(share("mx", [1, 5])).toBeGreaterThan(share("jp", [1, 5]));
  });

  it("includes comparisons, before/after check-ins and homes declared by country only", () => {
    expect(rows.comparisons.length).toBeGreaterThan(50);
    expect(rows.comparisons.some((row) => row.preferred_profile === null)).toBe(true);
    const phases = new Map<string, Set<string>>();
    for (const checkin of rows.checkins) phases.set(checkin.session_id, (phases.get(checkin.session_id) ?? new Set()).add(checkin.phase));
    expect([...phases.values()].every((set) => set.has("before") && set.has("after"))).toBe(true);
    expect(rows.ratings.some((row) => row.home_culture === null && row.home_country !== null && row.home === row.home_country)).toBe(true);
    expect(rows.ratings.some((row) => row.home === null)).toBe(true);
    // Both kinds of choice, and every synthetic interaction enrolled in the synthetic experiment's two arms.
    expect(new Set(rows.comparisons.map((row) => row.blind))).toEqual(new Set([true, false]));
    expect(rows.comparisons.every((row) => (row.blind ? row.shown_order?.length === row.interaction_ids.length : row.shown_order === null))).toBe(true);
    expect(new Set(rows.interactions.map((row) => row.experiment_arm))).toEqual(new Set(["generic", "regional"]));
  });
});

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.close();
});

const drivers = connectionDrivers(() => server);

async function countRows(db: AnyPgDatabase, table: string, where = sql`true`): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`);
  return Number(row?.n);
}

describe.each(drivers)("seeding on $name", (driver) => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await driver.open();
  });
  beforeEach(async () => {
    await connection.db.execute(sql.raw("truncate interactions, interaction_texts, sessions, ratings, comparisons, checkins"));
  });
  afterAll(async () => {
    await connection?.close();
  });

  it("inserts every generated row, and a second run with the same seed adds nothing", async () => {
    const expected = collect(options({ ratings: 1200 }));
    const first = await seedSynthetic(connection.db, { ...options({ ratings: 1200 }), concurrency: 2 });
    for (const table of SEED_TABLES) {
      expect(first.generated[table]).toBe(expected[table].length);
      expect(first.inserted[table]).toBe(expected[table].length);
      expect(await countRows(connection.db, table)).toBe(expected[table].length);
    }
    const again = await seedSynthetic(connection.db, options({ ratings: 1200 }));
    expect(Object.values(again.inserted)).toEqual([0, 0, 0, 0, 0]);

    // Stored values are the generated ones (timestamps, arrays and JSON went through json_to_recordset intact).
    const sample = expected.comparisons[0];
    const [stored] = await queryRows<{ profiles: string[]; interaction_ids: string[]; created_at: Date | string }>(
      connection.db,
      sql`select profiles, interaction_ids, created_at from comparisons where id = ${sample?.id}`,
    );
    expect(stored?.profiles).toEqual(sample?.profiles);
    expect(stored?.interaction_ids).toEqual(sample?.interaction_ids);
    expect(new Date(stored?.created_at as string).toISOString()).toBe(sample?.created_at);
    expect(await countRows(connection.db, "ratings", sql`not synthetic`)).toBe(0);
  });

  it("deletes synthetic rows and leaves real ones", async () => {
    await seedSynthetic(connection.db, options({ ratings: 300 }));
    const real = interactionOp(interactionRow({ latencyMs: 10 }));
    await applyWrite(connection.db, real);
    const deleted = await deleteSynthetic(connection.db);
    expect(deleted.ratings).toBe(300);
    expect(await countRows(connection.db, "interactions")).toBe(1);
    expect(await countRows(connection.db, "ratings")).toBe(0);
  });
});
