import { eq, inArray, sql } from "drizzle-orm";
import { armRatingCounts, armUnits, experimentIds } from "./arm-queries.ts";
import type { AnyPgDatabase } from "./db.ts";
import { eraseUser } from "./erase.ts";
import { comparisonCounts, distressCounts, ratingCounts } from "./eval-queries.ts";
import { interactions, sessions } from "./schema.ts";
import { applyWrite, applyWrites } from "./sql-writes.ts";
import type { Store } from "./store.ts";
import { interactionOp } from "./write-ops.ts";

/** The Store over a migrated drizzle database of either driver; no fs, so Workers use it too. */
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
      return db
        .select()
        .from(interactions)
        .where(inArray(interactions.id, [...ids]));
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
    experimentIds: (filter) => experimentIds(db, filter),
    armUnits: (filter, experimentId) => armUnits(db, filter, experimentId),
    armRatingCounts: (filter, experimentId) => armRatingCounts(db, filter, experimentId),
    async ping() {
      await db.execute(sql`select 1`);
    },
    close,
  };
}
