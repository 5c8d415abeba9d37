import type { RatingItemKey } from "../profiles/schema.ts";
import type { InteractionRow } from "./schema.ts";

/**
 * Every write the gateway makes, as plain JSON: the same value is applied directly, or appended to
 * the spool when the database is unreachable and applied on recovery. Times are ISO strings taken
 * when the gateway received the write, so a replay stores what happened, not when it was replayed.
 * Applying any op twice leaves the database as applying it once.
 */
export type WriteOp =
  | { kind: "interaction"; row: InteractionWrite }
  | { kind: "interaction_text"; row: InteractionTextWrite }
  | { kind: "session"; row: SessionWrite }
  | { kind: "rating"; row: RatingWrite }
  | { kind: "comparison"; row: ComparisonWrite }
  | { kind: "checkin"; row: CheckinWrite };

export type WriteKind = WriteOp["kind"];

/**
 * created: a new row; updated: an existing row changed (ratings, sessions); duplicate: this exact
 * write was already applied (a replay); skipped: the statement's own checks refused it, e.g. the
 * interaction does not exist or belongs to another user. The API turns "skipped" into a 4xx.
 */
export type WriteResult = "created" | "updated" | "duplicate" | "skipped";

export type InteractionWrite = Omit<InteractionRow, "createdAt"> & { createdAt: string };

export interface InteractionTextWrite {
  interactionId: string;
  userHash: string | null;
  messages: { role: string; content: string }[];
  completion: string;
  at: string;
  synthetic?: boolean;
}

export interface SessionWrite {
  id: string;
  userHash: string | null;
  /** null leaves a declared value as it is. */
  homeCountry: string | null;
  homeCulture: string | null;
  at: string;
  synthetic?: boolean;
}

export type RatingItems = Partial<Record<RatingItemKey, number>>;

export interface RatingWrite {
  interactionId: string;
  /** The rater; when the interaction carries a user hash, it is used and must match this one. */
  userHash: string | null;
  items: RatingItems;
  comment: string | null;
  at: string;
  synthetic?: boolean;
}

export interface ComparisonWrite {
  id: string;
  interactionIds: string[];
  /** A compared profile, or null for a tie. */
  preferredProfile: string | null;
  userHash: string | null;
  sessionId: string | null;
  at: string;
  /** Chosen without seeing profile or model names; `shownOrder` then holds the interaction ids as shown. */
  blind?: boolean;
  shownOrder?: string[] | null;
  synthetic?: boolean;
}

export interface CheckinWrite {
  id: string;
  sessionId: string;
  userHash: string | null;
  phase: "before" | "after";
  distress: number;
  /** Explicit profile; otherwise the session's latest interaction's profile at write time. */
  profile: string | null;
  at: string;
  synthetic?: boolean;
}

/** The op for an interaction row from the chat path; stamps the receipt time if the row has none. */
export function interactionOp(row: InteractionRow): WriteOp {
  const { createdAt, ...rest } = row;
  return { kind: "interaction", row: { ...rest, createdAt: (createdAt ?? new Date()).toISOString() } };
}
