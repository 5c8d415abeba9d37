import { z } from "zod";
import type { ProfileCountries } from "../analysis/satisfaction.ts";
import type { PrivacyKeys } from "../privacy/keys.ts";
import type { Store } from "../store/store.ts";
import { SpoolFullError } from "../store/spool.ts";
import type { SubmitOutcome, WriteQueue } from "../store/write-queue.ts";
import type { WriteOp } from "../store/write-ops.ts";
import type { Logger } from "../util/log.ts";
import { ApiError } from "./errors.ts";

/** What the rating, comparison, session, user and evaluator routes need. */
export interface FeedbackDeps {
  /** Reads (existence checks, evaluator queries, erasure). */
  store: Store;
  /** Every write goes through the durable queue. */
  writes: WriteQueue;
  /** User hashes and rating tokens under GLOCAL_SECRET. */
  keys: PrivacyKeys;
  /** GLOCAL_EVALUATOR_KEY; without it the evaluator endpoints are off. */
  evaluatorKey?: string;
  /** GLOCAL_STORE_TEXT: the deployment opted in to storing text, so rating comments are kept. */
  storeText: boolean;
  maxBodyBytes: number;
  /** Known profiles: checks profile ids, says which profile is a home culture's own, and defines the experiments. */
  profiles: ProfileCountries;
  log: Logger;
  /**
   * How long a rating with a valid token waits for its interaction to appear before answering 404:
   * with several replicas on one database, the one that served the chat may still be writing it.
   */
  interactionGraceMs?: number;
  /** Told of each accepted rating (metrics). */
  onRated?: (interactionId: string) => void;
}

/** The app's opaque user id (the OpenAI `user` field); stored only as a keyed hash. */
export const userField = z.string().min(1).max(256);
export const sessionIdField = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, "a session id of 1–128 letters, digits, '.', '_', ':' or '-'");
export const interactionIdField = z.string().min(1).max(128);
export const ratingTokenField = z.string().min(1).max(128);
export const profileIdField = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'a profile id such as "kr"');

export function storageUnavailable(what: string): ApiError {
  return new ApiError(
    503,
    `the database is unreachable, so ${what} cannot be done right now; retry shortly`,
    "service_unavailable",
    "storage_unavailable",
    null,
    10,
  );
}

/** Submit a write; a full spool (a long outage) is a 503 the app can retry, never a silent loss. */
export async function submitWrite(deps: FeedbackDeps, op: WriteOp): Promise<SubmitOutcome> {
  try {
    return await deps.writes.submit(op);
  } catch (error) {
    if (error instanceof SpoolFullError) {
      deps.log.error("write_refused_spool_full", { kind: op.kind });
      throw new ApiError(503, "storage is unavailable and the write backlog is full; retry later", "service_unavailable", "storage_backlog_full", null, 30);
    }
    throw error;
  }
}

/** Known fields of an interaction, from a write still under way or the database. */
export type InteractionLookup =
  | {
      state: "found";
      profile: string;
      userHash: string | null;
      /** What answered, for the reveal after a blind choice; unknown (null) while the write is still pending. */
      model?: string | null;
      experiment?: { id: string; arm: string } | null;
    }
  | { state: "missing" }
  | { state: "unreachable" };

export async function lookupInteractions(deps: FeedbackDeps, ids: readonly string[]): Promise<Map<string, InteractionLookup>> {
  await Promise.all(ids.map((id) => deps.writes.whenWritten(id)));
  const result = new Map<string, InteractionLookup>();
  const toRead: string[] = [];
  for (const id of ids) {
    const pending = deps.writes.pendingInteraction(id);
    if (pending) result.set(id, { state: "found", profile: pending.profile, userHash: pending.userHash });
    else toRead.push(id);
  }
  if (toRead.length === 0) return result;
  try {
    const rows = await deps.store.getInteractions(toRead);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of toRead) {
      const row = byId.get(id);
      result.set(
        id,
        row
          ? {
              state: "found",
              profile: row.profile,
              userHash: row.userHash,
              model: row.model,
              experiment: row.experimentId && row.experimentArm ? { id: row.experimentId, arm: row.experimentArm } : null,
            }
          : { state: "missing" },
      );
    }
  } catch {
    for (const id of toRead) result.set(id, { state: "unreachable" });
  }
  return result;
}

export function forgedToken(param: string): ApiError {
  return new ApiError(
    403,
    "rating_token does not match interaction_id: send the rating_token from the glocal object of the same chat response",
    "invalid_request_error",
    "invalid_rating_token",
    param,
  );
}

export function unknownInteraction(param: string): ApiError {
  return new ApiError(404, "no such interaction (it may have been erased)", "not_found_error", "interaction_not_found", param);
}

export function otherUsersData(param: string, what: string): ApiError {
  return new ApiError(403, `this ${what} belongs to another user: send the same \`user\` the app sent before`, "invalid_request_error", "wrong_user", param);
}
