import type { Hono } from "hono";
import { z } from "zod";
import { readJsonBody } from "./body.ts";
import { positionLabel } from "./blind.ts";
import { ApiError, badRequest } from "./errors.ts";
import {
  forgedToken,
  interactionIdField,
  lookupInteractions,
  otherUsersData,
  profileIdField,
  ratingTokenField,
  sessionIdField,
  storageUnavailable,
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
    preferred: z.union([z.literal(TIE), profileIdField]).optional(),
    /** Instead of `preferred`: the preferred answer's interaction id (what a blind comparison knows). */
    preferred_interaction: interactionIdField.optional(),
    /** From a blind POST /v1/chat/compare: `interactions` must then be in the order shown. */
    blind_token: z.string().min(1).max(128).optional(),
    user: userField.optional(),
    session_id: sessionIdField.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.preferred === undefined) === (body.preferred_interaction === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["preferred"],
        message: 'send either preferred (a profile id or "tie") or preferred_interaction (an interaction id)',
      });
    }
    if (body.preferred_interaction !== undefined && !body.interactions.some((entry) => entry.interaction_id === body.preferred_interaction)) {
      ctx.addIssue({ code: "custom", path: ["preferred_interaction"], message: "must be the interaction_id of one of the compared answers" });
    }
  });

/**
 * POST /v1/comparisons: which of 2–4 profiles' answers to the same message the user preferred, or a
 * tie. Each answer needs its own rating token; the profiles come from the stored interactions. A blind
 * choice (with the compare's blind_token) is recorded as blind with the order shown, and the answer
 * carries the reveal: which profile and model gave each answer.
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
    const blind = body.blind_token !== undefined;
    if (blind && !(await deps.keys.verifyBlindToken(ids, body.blind_token as string))) {
      throw new ApiError(
        403,
        "blind_token does not match these interactions in this order: send the interactions in the order the blind compare showed them, with its comparison.blind_token",
        "invalid_request_error",
        "invalid_blind_token",
        "blind_token",
      );
    }
    const userHash = body.user === undefined ? null : await deps.keys.hashUser(body.user);

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
    let preferred: string | null;
    if (body.preferred_interaction !== undefined) {
      const chosen = known.get(body.preferred_interaction);
      if (chosen?.state !== "found") throw storageUnavailable("a choice given by interaction id");
      preferred = chosen.profile;
    } else preferred = body.preferred === TIE ? null : (body.preferred as string);
    const owners = new Set([...known.values()].flatMap((entry) => (entry.state === "found" && entry.userHash ? [entry.userHash] : [])));
    if (owners.size > 1) throw otherUsersData("interactions", "interaction");
    if (profiles && preferred !== null && !profiles.includes(preferred)) {
      throw badRequest(`preferred must be one of the compared profiles (${profiles.join(", ")}) or "tie"`, "preferred", "preferred_not_compared");
    }

    const id = crypto.randomUUID();
    const outcome = await submitWrite(deps, {
      kind: "comparison",
      row: {
        id,
        interactionIds: ids,
        preferredProfile: preferred,
        userHash,
        sessionId: body.session_id ?? null,
        at: new Date().toISOString(),
        blind,
        shownOrder: blind ? ids : null,
      },
    });
    const reveal = blind
      ? ids.map((interactionId, index) => {
          const found = known.get(interactionId);
          return found?.state === "found"
            ? {
                position: positionLabel(index),
                interaction_id: interactionId,
                profile: found.profile,
                model: found.model ?? null,
                experiment: found.experiment ?? null,
              }
            : { position: positionLabel(index), interaction_id: interactionId, profile: null, model: null, experiment: null };
        })
      : undefined;
    const view = (status: string) => ({
      object: "comparison",
      id,
      interaction_ids: ids,
      profiles: profiles ? [...profiles].sort() : null,
      preferred: preferred ?? TIE,
      blind,
      ...(reveal ? { reveal } : {}),
      status,
    });
    if (outcome.status === "queued") return c.json(view("queued"), 202);
    if (outcome.result === "skipped") {
      throw new ApiError(
        409,
        "the compared interactions changed while storing (one was erased?); nothing was stored",
        "invalid_request_error",
        "comparison_not_stored",
      );
    }
    return c.json(view("created"), 201);
  });
}
