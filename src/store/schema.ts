import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, real, smallint, text, timestamp, unique } from "drizzle-orm/pg-core";

/*
 * One schema for PGlite and Postgres. Conventions:
 * - Users appear only as `user_hash`: HMAC-SHA256 of the app's `user` id with the deployment secret.
 * - Every table has `synthetic` (demo and benchmark rows from eval:seed); evaluator queries skip them
 *   unless asked, so one database can hold both without polluting real reports.
 * - No foreign keys: writes can be replayed from the spool in any retry order, and the write
 *   statements themselves check that what they reference exists (see writes-sql.ts).
 * - Ratings, comparisons and check-ins copy profile, language and home from the interaction and
 *   session at write time, so every evaluator query reads one table.
 */

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const synthetic = () => boolean("synthetic").notNull().default(false);

/**
 * One row per chat completion: who served it and how fast, never what was said. Message text lives
 * in `interaction_texts`, written only when the deployment opts in.
 */
export const interactions = pgTable(
  "interactions",
  {
    id: text("id").primaryKey(),
    createdAt: createdAt(),
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
    /** The app's conversation id, when it sent one. */
    sessionId: text("session_id"),
    /** Keyed hash of the app's `user` field, when it sent one. */
    userHash: text("user_hash"),
    /** The profile's experiment this request was enrolled in, and the arm it was assigned (null: not enrolled). */
    experimentId: text("experiment_id"),
    experimentArm: text("experiment_arm"),
    /** What the assignment was keyed on: "user" (sticky across sessions) or "session" (no user id sent). */
    experimentUnit: text("experiment_unit", { enum: ["user", "session"] }),
    /** The arm's share of the experiment's weights when assigned: the expected share for the sample-ratio check. */
    experimentShare: real("experiment_share"),
    synthetic: synthetic(),
  },
  (t) => [
    index("interactions_profile_created_idx").on(t.profile, t.createdAt),
    index("interactions_experiment_idx").on(t.experimentId, t.experimentArm),
    index("interactions_session_created_idx").on(t.sessionId, t.createdAt),
    index("interactions_user_idx").on(t.userHash),
  ],
);

/** Conversation text, only for deployments that opted in (GLOCAL_STORE_TEXT): the fine-tuning export reads it. */
export const interactionTexts = pgTable(
  "interaction_texts",
  {
    interactionId: text("interaction_id").primaryKey(),
    createdAt: createdAt(),
    userHash: text("user_hash"),
    /** The request's messages as the model saw them: [{role, content}]. */
    messages: jsonb("messages").notNull(),
    completion: text("completion").notNull(),
    synthetic: synthetic(),
  },
  (t) => [index("interaction_texts_user_idx").on(t.userHash)],
);

/** A conversation as the app names it, with the user's self-declared home (both optional). */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userHash: text("user_hash"),
    /** ISO 3166-1 alpha-2, upper case ("KR"). */
    homeCountry: text("home_country"),
    /** Lower-case slug, usually a profile id ("kr", "yoruba"). */
    homeCulture: text("home_culture"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    synthetic: synthetic(),
  },
  (t) => [index("sessions_user_idx").on(t.userHash)],
);

/** Cultural-validity rating of one answer: four 1–5 items, each optional, at least one given. */
export const ratings = pgTable(
  "ratings",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    interactionId: text("interaction_id").notNull(),
    userHash: text("user_hash"),
    sessionId: text("session_id"),
    profile: text("profile").notNull(),
    language: text("language").notNull(),
    model: text("model"),
    /** Grouping key for "home": home_culture when declared, else home_country, else null. */
    home: text("home"),
    homeCountry: text("home_country"),
    homeCulture: text("home_culture"),
    fitsCulture: smallint("fits_culture"),
    understood: smallint("understood"),
    wouldWork: smallint("would_work"),
    naturalLanguage: smallint("natural_language"),
    /** Free text; only written when the deployment stores text. */
    comment: text("comment"),
    createdAt: createdAt(),
    /** Receipt time of the latest post; a replayed older post never overwrites a newer one. */
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    synthetic: synthetic(),
  },
  (t) => [
    // One rating per (interaction, user); an anonymous rater counts as one user.
    unique("ratings_interaction_user_key").on(t.interactionId, t.userHash).nullsNotDistinct(),
    index("ratings_created_idx").on(t.createdAt),
    index("ratings_profile_created_idx").on(t.profile, t.createdAt),
    index("ratings_home_profile_idx").on(t.home, t.profile),
    index("ratings_user_idx").on(t.userHash),
    index("ratings_session_idx").on(t.sessionId),
    check("ratings_fits_culture_range", sql`${t.fitsCulture} between 1 and 5`),
    check("ratings_understood_range", sql`${t.understood} between 1 and 5`),
    check("ratings_would_work_range", sql`${t.wouldWork} between 1 and 5`),
    check("ratings_natural_language_range", sql`${t.naturalLanguage} between 1 and 5`),
    check("ratings_some_item", sql`coalesce(${t.fitsCulture}, ${t.understood}, ${t.wouldWork}, ${t.naturalLanguage}) is not null`),
  ],
);

/** The same message answered by 2–4 profiles; the user's preferred profile, or null for a tie. */
export const comparisons = pgTable(
  "comparisons",
  {
    id: text("id").primaryKey(),
    userHash: text("user_hash"),
    sessionId: text("session_id"),
    interactionIds: text("interaction_ids").array().notNull(),
    /** The compared profiles, sorted, so identical line-ups group together. */
    profiles: text("profiles").array().notNull(),
    preferredProfile: text("preferred_profile"),
    /** The answers' language when they all share one, else null. */
    language: text("language"),
    home: text("home"),
    homeCountry: text("home_country"),
    homeCulture: text("home_culture"),
    /** The person chose without seeing profile or model names (POST /v1/chat/compare with blind: true). */
    blind: boolean("blind").notNull().default(false),
    /** Blind only: the interaction ids in the order the answers were shown (A, B, …). */
    shownOrder: text("shown_order").array(),
    createdAt: createdAt(),
    synthetic: synthetic(),
  },
  (t) => [
    index("comparisons_created_idx").on(t.createdAt),
    index("comparisons_user_idx").on(t.userHash),
    check("comparisons_profile_count", sql`cardinality(${t.profiles}) between 2 and 4`),
    check("comparisons_preferred_compared", sql`${t.preferredProfile} is null or ${t.preferredProfile} = any(${t.profiles})`),
  ],
);

/** How distressed the person felt, 0–10, before or after a session: one row per answer. */
export const checkins = pgTable(
  "checkins",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id").notNull(),
    userHash: text("user_hash"),
    phase: text("phase", { enum: ["before", "after"] }).notNull(),
    distress: smallint("distress").notNull(),
    /** The profile the session was served by (explicit, or its latest interaction's); may be unknown before the chat. */
    profile: text("profile"),
    home: text("home"),
    createdAt: createdAt(),
    synthetic: synthetic(),
  },
  (t) => [
    index("checkins_session_created_idx").on(t.sessionId, t.createdAt),
    index("checkins_created_idx").on(t.createdAt),
    index("checkins_user_idx").on(t.userHash),
    check("checkins_distress_range", sql`${t.distress} between 0 and 10`),
    check("checkins_phase", sql`${t.phase} in ('before', 'after')`),
  ],
);

export type InteractionRow = typeof interactions.$inferInsert;
export type StoredInteraction = typeof interactions.$inferSelect;
export type StoredSession = typeof sessions.$inferSelect;
export type StoredRating = typeof ratings.$inferSelect;
export type StoredComparison = typeof comparisons.$inferSelect;
export type StoredCheckin = typeof checkins.$inferSelect;
