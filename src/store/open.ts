import { execFile } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { promisify } from "node:util";
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
    // A fresh directory runs initdb, whose wasm memory (about 400 MB more) stays with the instance
    // that ran it until a GC that may come late: create the cluster in a short-lived child process.
    if (!existsSync(join(location, "PG_VERSION"))) await createPgliteCluster(location, pgliteOptions);
  }
  const client = new PGlite(location, pgliteOptions);
  const db = drizzle(client);
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as AnyPgDatabase, driver: "pglite", close: () => client.close() };
}

/** Run PGlite's initdb for `location` in a child process, so its memory is returned when the child exits. */
async function createPgliteCluster(location: string, options: { postgresqlconf: string[] }): Promise<void> {
  const script = `const { PGlite } = await import(process.argv[1]);
const db = new PGlite(process.argv[2], JSON.parse(process.argv[3]));
await db.waitReady;
await db.close();`;
  await promisify(execFile)(
    process.execPath,
    ["--input-type=module", "--eval", script, "--", import.meta.resolve("@electric-sql/pglite"), location, JSON.stringify(options)],
    { timeout: 120_000 },
  );
}

/** Open the embedded PGlite store or Postgres, and apply the committed migrations. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { db, driver, close } = await connect(options);
  return storeOver(db, driver, close);
}
