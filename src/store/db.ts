import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/** A drizzle database over either driver; the store only uses what both offer. */
export type AnyPgDatabase = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** Raw statement rows: postgres.js answers with an array, PGlite with `{ rows }`. */
export async function queryRows<T>(db: Pick<AnyPgDatabase, "execute">, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
