import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnyPgDatabase } from "./db.ts";
import { withMigrationLock } from "./migration-lock.ts";
import type { Store } from "./store.ts";
import { storeOver } from "./store-over.ts";

export { storeOver };

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export interface StoreOptions {
  /** Postgres connection URL; PGlite under dataDir when absent. */
  databaseUrl?: string;
  /** PGlite data directory root; "memory://" keeps it in memory (tests). */
  dataDir: string;
  /** Postgres pool size (default 10). */
  maxConnections?: number;
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
      // Replicas starting together: one migrates, the others wait and then find nothing to do.
      await withMigrationLock(options.databaseUrl, () => migrate(db, { migrationsFolder }));
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
  // One embedded session needs few buffers; Postgres's 128 MB default would sit in this process's memory.
  const pgliteOptions = { postgresqlconf: ["shared_buffers=16MB"] };
  if (!location.startsWith("memory://")) {
    location = join(options.dataDir, "pglite");
    mkdirSync(location, { recursive: true });
    if (!existsSync(join(location, "PG_VERSION"))) {
      // A fresh directory runs initdb in this instance, whose memory (about 400 MB more) stays with it:
      // create the cluster, close, and serve from a second instance that only opens it.
      const creator = new PGlite(location, pgliteOptions);
      await creator.waitReady;
      await creator.close();
    }
  }
  const client = new PGlite(location, pgliteOptions);
  const db = drizzle(client);
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as AnyPgDatabase, driver: "pglite", close: () => client.close() };
}

/** Open the embedded PGlite store or Postgres, and apply the committed migrations. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { db, driver, close } = await connect(options);
  return storeOver(db, driver, close);
}
