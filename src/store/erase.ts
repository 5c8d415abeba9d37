import { eq, inArray, or, sql } from "drizzle-orm";
import type { AnyPgDatabase } from "./db.ts";
import { checkins, comparisons, interactionTexts, interactions, ratings, sessions } from "./schema.ts";

export interface ErasureCounts {
  sessions: number;
  interactions: number;
  interaction_texts: number;
  ratings: number;
  comparisons: number;
  checkins: number;
}

/**
 * Delete everything about one user, in one transaction: rows carrying the user's hash, and rows of
 * the user's sessions and interactions that carry no hash of their own (e.g. a check-in posted
 * before the app sent the user id).
 */
export async function eraseUser(db: AnyPgDatabase, userHash: string): Promise<ErasureCounts> {
  return db.transaction(async (tx) => {
    const userSessions = tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.userHash, userHash));
    const userInteractions = tx
      .select({ id: interactions.id })
      .from(interactions)
      .where(or(eq(interactions.userHash, userHash), inArray(interactions.sessionId, userSessions)));
    const count = async (rows: Promise<unknown[]>) => (await rows).length;

    const ratingsDeleted = await count(
      tx
        .delete(ratings)
        .where(or(eq(ratings.userHash, userHash), inArray(ratings.sessionId, userSessions), inArray(ratings.interactionId, userInteractions)))
        .returning({ id: ratings.id }),
    );
    const comparisonsDeleted = await count(
      tx
        .delete(comparisons)
        .where(
          or(
            eq(comparisons.userHash, userHash),
            inArray(comparisons.sessionId, userSessions),
            sql`${comparisons.interactionIds} && array(${userInteractions})`,
          ),
        )
        .returning({ id: comparisons.id }),
    );
    const checkinsDeleted = await count(
      tx
        .delete(checkins)
        .where(or(eq(checkins.userHash, userHash), inArray(checkins.sessionId, userSessions)))
        .returning({ id: checkins.id }),
    );
    const textsDeleted = await count(
      tx
        .delete(interactionTexts)
        .where(or(eq(interactionTexts.userHash, userHash), inArray(interactionTexts.interactionId, userInteractions)))
        .returning({ id: interactionTexts.interactionId }),
    );
    const interactionsDeleted = await count(
      tx
        .delete(interactions)
        .where(or(eq(interactions.userHash, userHash), inArray(interactions.sessionId, userSessions)))
        .returning({ id: interactions.id }),
    );
    const sessionsDeleted = await count(tx.delete(sessions).where(eq(sessions.userHash, userHash)).returning({ id: sessions.id }));
    return {
      sessions: sessionsDeleted,
      interactions: interactionsDeleted,
      interaction_texts: textsDeleted,
      ratings: ratingsDeleted,
      comparisons: comparisonsDeleted,
      checkins: checkinsDeleted,
    };
  });
}
