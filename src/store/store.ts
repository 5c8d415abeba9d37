import type { ArmRatingCountsRow, ArmUnitsRow } from "./arm-queries.ts";
import type { ErasureCounts } from "./erase.ts";
import type { ComparisonCountsRow, DistressCountsRow, EvalFilter, RatingCountsRow, RatingDimension } from "./eval-queries.ts";
import type { InteractionRow, StoredInteraction, StoredSession } from "./schema.ts";
import type { WriteOp, WriteResult } from "./write-ops.ts";

/** What the gateway needs from the database; both drivers implement it over one drizzle schema. */
export interface Store {
  readonly driver: "pglite" | "postgres";
  /** Idempotent: recording the same id twice keeps the first row. */
  recordInteraction(row: InteractionRow): Promise<void>;
  getInteraction(id: string): Promise<StoredInteraction | undefined>;
  getInteractions(ids: readonly string[]): Promise<StoredInteraction[]>;
  /** When the session's first interaction was recorded; undefined for a new session. */
  sessionStartedAt(sessionId: string): Promise<Date | undefined>;
  getSession(id: string): Promise<StoredSession | undefined>;
  /** Apply one write (directly, or replayed from the spool); every op is idempotent. */
  applyWrite(op: WriteOp): Promise<WriteResult>;
  /** Apply several at once (ratings in one statement); results in op order. */
  applyWrites(ops: readonly WriteOp[]): Promise<WriteResult[]>;
  /** Delete every row about the user with this keyed hash; counts per table. */
  eraseUser(userHash: string): Promise<ErasureCounts>;
  ratingCounts(filter: EvalFilter, by: readonly RatingDimension[]): Promise<RatingCountsRow[]>;
  comparisonCounts(filter: EvalFilter): Promise<ComparisonCountsRow[]>;
  distressCounts(filter: EvalFilter): Promise<DistressCountsRow[]>;
  /** Experiments with assigned interactions in the window. */
  experimentIds(filter: EvalFilter): Promise<string[]>;
  /** One experiment: units, interactions and models per arm. */
  armUnits(filter: EvalFilter, experimentId: string): Promise<ArmUnitsRow[]>;
  /** One experiment: rating level counts per (arm, home, model). */
  armRatingCounts(filter: EvalFilter, experimentId: string): Promise<ArmRatingCountsRow[]>;
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
