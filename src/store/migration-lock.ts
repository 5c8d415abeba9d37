/**
 * drizzle's migrator takes no lock: two gateway replicas starting at once would both create its
 * bookkeeping table and both apply the same migration, and one fails. A session-level Postgres
 * advisory lock, held on a connection of its own (so the migrator never waits on a pool the lock
 * holds), makes the others wait until the first has finished; they then find every migration applied. The key is an arbitrary constant that names
 * this application's migrations (the ASCII of "glocalmg").
 */
export const MIGRATION_LOCK_KEY = 0x676c6f63616c6d67n;

export async function withMigrationLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const { default: postgres } = await import("postgres");
  const session = postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await session`select pg_advisory_lock(${MIGRATION_LOCK_KEY.toString()}::bigint)`;
    try {
      return await work();
    } finally {
      await session`select pg_advisory_unlock(${MIGRATION_LOCK_KEY.toString()}::bigint)`;
    }
  } finally {
    // Ending the session would release the lock anyway; unlocking first keeps the others' wait short.
    await session.end({ timeout: 5 });
  }
}
