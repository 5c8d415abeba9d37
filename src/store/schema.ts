import { boolean, index, integer, jsonb, pgTable, real, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per chat completion: who served it and how fast, never what was said. Message text is not a
 * column here on purpose; storing it needs an explicit deployment opt-in (a later table).
 */
export const interactions = pgTable(
  "interactions",
  {
    id: text("id").primaryKey(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    profile: text("profile").notNull(),
    language: text("language").notNull(),
    languageConfidence: real("language_confidence").notNull(),
    languageMethod: text("language_method").notNull(),
    otherCulture: boolean("other_culture").notNull(),
    /** Catalog model id that answered; null when nothing could. */
    model: text("model"),
    backend: text("backend"),
    /** Ordered targets considered and why: ids and reasons only. */
    route: jsonb("route").notNull(),
    status: text("status", { enum: ["ok", "error", "aborted", "unavailable"] }).notNull(),
    errorCode: text("error_code"),
    stream: boolean("stream").notNull(),
    latencyMs: integer("latency_ms").notNull(),
    timeToFirstTokenMs: integer("ttft_ms"),
    promptTokens: integer("prompt_tokens"),
    completionTokens: integer("completion_tokens"),
  },
  (t) => [index("interactions_profile_created_idx").on(t.profile, t.createdAt)],
);

export type InteractionRow = typeof interactions.$inferInsert;
export type StoredInteraction = typeof interactions.$inferSelect;
