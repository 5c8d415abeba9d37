import type { Hono } from "hono";
import { z } from "zod";
import { readJsonBody } from "./body.ts";
import { ApiError, badRequest } from "./errors.ts";
import {
  forgedToken,
  interactionIdField,
  lookupInteractions,
  otherUsersData,
  profileIdField,
  ratingTokenField,
  sessionIdField,
  submitWrite,
  unknownInteraction,
  userField,
  type FeedbackDeps,
} from "./feedback-deps.ts";

export const TIE = "tie";

export const comparisonRequestSchema = z
  .object({
    /** The answers compared: the same message answered by 2–4 profiles. */
    interactions: z
      .array(z.object({ interaction_id: interactionIdField, rating_token: ratingTokenField }).strict())
      .min(2)
      .max(4),
    /** The profile whose answer the user preferred, or "tie". */
    preferred: z.union([z.literal(TIE), profileIdField]),
    user: userField.optional(),
    session_id: sessionIdField.optional(),
  })
  .strict();

/**
 * POST /v1/comparisons: which of 2–4 profiles' answers to the same message the user preferred, or a
 * tie. Each answer needs its own rating token; the profiles come from the stored interactions.
 */
export function registerComparisonRoutes(app: Hono, deps: FeedbackDeps): void {
  app.post("/v1/comparisons", async (c) => {
    const body = await readJsonBody(c, comparisonRequestSchema, deps.maxBodyBytes);
    const ids = body.interactions.map((entry) => entry.interaction_id);
    const duplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (duplicate !== -1) {
      throw badRequest("each compared answer must be a different interaction", `interactions[${duplicate}].interaction_id`, "duplicate_interaction");
    }
    for (const [index, entry] of body.interactions.entries()) {
      if (!(await deps.keys.verifyRatingToken(entry.interaction_id, entry.rating_token))) {
        throw forgedToken(`interactions[${index}].rating_token`);
      }
    }
    const userHash = body.user === undefined ? null : await deps.keys.hashUser(body.user);
    const preferred = body.preferred === TIE ? null : body.preferred;

    // Check what can be checked now; while the database is unreachable the write statement checks it on replay.
    const known = await lookupInteractions(deps, ids);
    let profiles: string[] | undefined = [];
    for (const [index, id] of ids.entries()) {
      const found = known.get(id);
      if (found?.state === "missing") throw unknownInteraction(`interactions[${index}].interaction_id`);
      if (found?.state !== "found") {
        profiles = undefined;
        continue;
      }
      if (found.userHash && userHash && found.userHash !== userHash) throw otherUsersData("user", "interaction");
      if (profiles?.includes(found.profile)) {
        throw badRequest(
          `two answers come from profile "${found.profile}": compare answers from different profiles`,
          `interactions[${index}].interaction_id`,
          "same_profile_twice",
        );
      }
      profiles?.push(found.profile);
    }
    const owners = new Set([...known.values()].flatMap((entry) => (entry.state === "found" && entry.userHash ? [entry.userHash] : [])));
    if (owners.size > 1) throw otherUsersData("interactions", "interaction");
    if (profiles && preferred !== null && !profiles.includes(preferred)) {
      throw badRequest(`preferred must be one of the compared profiles (${profiles.join(", ")}) or "tie"`, "preferred", "preferred_not_compared");
    }

    const id = crypto.randomUUID();
    const outcome = await submitWrite(deps, {
      kind: "comparison",
      row: { id, interactionIds: ids, preferredProfile: preferred, userHash, sessionId: body.session_id ?? null, at: new Date().toISOString() },
    });
    const view = (status: string) => ({
      object: "comparison",
      id,
      interaction_ids: ids,
      profiles: profiles ? [...profiles].sort() : null,
      preferred: body.preferred,
      status,
    });
    if (outcome.status === "queued") return c.json(view("queued"), 202);
    if (outcome.result === "skipped") {
      throw new ApiError(409, "the compared interactions changed while storing (one was erased?); nothing was stored", "invalid_request_error", "comparison_not_stored");
    }
    return c.json(view("created"), 201);
  });
}
