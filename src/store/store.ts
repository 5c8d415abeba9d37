import type { InteractionRow, StoredInteraction } from "./schema.ts";

/** What the gateway needs from the database; both drivers implement it over one drizzle schema. */
export interface Store {
  readonly driver: "pglite" | "postgres";
  recordInteraction(row: InteractionRow): Promise<void>;
  getInteraction(id: string): Promise<StoredInteraction | undefined>;
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
