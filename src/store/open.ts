import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { eq, inArray, sql } from "drizzle-orm";
import type { AnyPgDatabase } from "./db.ts";
import { eraseUser } from "./erase.ts";
import { comparisonCounts, distressCounts, ratingCounts } from "./eval-queries.ts";
import { interactions, sessions } from "./schema.ts";
import { applyWrite, applyWrites } from "./sql-writes.ts";
import type { Store } from "./store.ts";
import { interactionOp } from "./write-ops.ts";

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export interface StoreOptions {
  /** Postgres connection URL; PGlite under dataDir when absent. */
  databaseUrl?: string;
  /** PGlite data directory root; "memory://" keeps it in memory (tests). */
  dataDir: string;
  /** Postgres pool size (default 10). */
  maxConnections?: number;
}

export function storeOver(db: AnyPgDatabase, driver: Store["driver"], close: () => Promise<void>): Store {
  return {
    driver,
    async recordInteraction(row) {
      await applyWrite(db, interactionOp(row));
    },
    async getInteraction(id) {
      const rows = await db.select().from(interactions).where(eq(interactions.id, id)).limit(1);
      return rows[0];
    },
    async sessionStartedAt(sessionId) {
      const [row] = await db
        .select({ first: sql<string | null>`min(${interactions.createdAt})` })
        .from(interactions)
        .where(eq(interactions.sessionId, sessionId));
      return row?.first ? new Date(row.first) : undefined;
    },
    async getInteractions(ids) {
      if (ids.length === 0) return [];
      return db.select().from(interactions).where(inArray(interactions.id, [...ids]));
    },
    async getSession(id) {
      const rows = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
      return rows[0];
    },
    applyWrite: (op) => applyWrite(db, op),
    applyWrites: (ops) => applyWrites(db, ops),
    eraseUser: (userHash) => eraseUser(db, userHash),
    ratingCounts: (filter, by) => ratingCounts(db, filter, by),
    comparisonCounts: (filter) => comparisonCounts(db, filter),
    distressCounts: (filter) => distressCounts(db, filter),
    async ping() {
      await db.execute(sql`select 1`);
    },
    close,
  };
}

export interface Connection {
  db: AnyPgDatabase;
  driver: Store["driver"];
  close: () => Promise<void>;
}

/** Connect to Postgres (DATABASE_URL) or open PGlite, and apply the committed migrations. */
export async function connect(options: StoreOptions): Promise<Connection> {
  if (options.databaseUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connect_timeout: 10,
    });
    const db = drizzle(client);
    try {
      await migrate(db, { migrationsFolder });
    } catch (error) {
      await client.end({ timeout: 1 });
      throw error;
    }
    return { db: db as unknown as AnyPgDatabase, driver: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  let location = options.dataDir;
  if (!location.startsWith("memory://")) {
    location = join(options.dataDir, "pglite");
    mkdirSync(location, { recursive: true });
  }
  // One embedded session needs few buffers; Postgres's 128 MB default would sit in this process's memory.
  const client = new PGlite(location, { postgresqlconf: ["shared_buffers=16MB"] });
  const db = drizzle(client);
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as AnyPgDatabase, driver: "pglite", close: () => client.close() };
}

/** Open the embedded PGlite store or Postgres, and apply the committed migrations. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { db, driver, close } = await connect(options);
  return storeOver(db, driver, close);
}
