import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { interactions } from "./schema.ts";
import type { Store } from "./store.ts";

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export interface StoreOptions {
  /** Postgres connection URL; PGlite under dataDir when absent. */
  databaseUrl?: string;
  /** PGlite data directory root; "memory://" keeps it in memory (tests). */
  dataDir: string;
}

type AnyPgDatabase = PgDatabase<PgQueryResultHKT, Record<string, never>>;

function storeOver(db: AnyPgDatabase, driver: Store["driver"], close: () => Promise<void>): Store {
  return {
    driver,
    async recordInteraction(row) {
      await db.insert(interactions).values(row);
    },
    async getInteraction(id) {
      const rows = await db.select().from(interactions).where(eq(interactions.id, id)).limit(1);
      return rows[0];
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    close,
  };
}

/** Open the embedded PGlite store or Postgres, and apply the committed migrations. */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.databaseUrl, { max: 10, onnotice: () => {}, connect_timeout: 10 });
    const db = drizzle(client);
    await migrate(db, { migrationsFolder });
    return storeOver(db as unknown as AnyPgDatabase, "postgres", () => client.end({ timeout: 5 }));
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  let location = options.dataDir;
  if (!location.startsWith("memory://")) {
    location = join(options.dataDir, "pglite");
    mkdirSync(location, { recursive: true });
  }
  const client = new PGlite(location);
  const db = drizzle(client);
  await migrate(db, { migrationsFolder });
  return storeOver(db as unknown as AnyPgDatabase, "pglite", () => client.close());
}
