import type { Hono } from "hono";
import { z } from "zod";
import { RATING_ITEM_KEYS, RATING_SCALE_POINTS } from "../profiles/schema.ts";
import type { RatingItems } from "../store/write-ops.ts";
import { readJsonBody } from "./body.ts";
import {
  forgedToken,
  interactionIdField,
  lookupInteractions,
  otherUsersData,
  ratingTokenField,
  submitWrite,
  unknownInteraction,
  userField,
  type FeedbackDeps,
} from "./feedback-deps.ts";

const itemValue = z.number().int().min(1).max(RATING_SCALE_POINTS);

export const ratingRequestSchema = z
  .object({
    interaction_id: interactionIdField,
    rating_token: ratingTokenField,
    user: userField.optional(),
    items: z
      .object(
        Object.fromEntries(RATING_ITEM_KEYS.map((key) => [key, itemValue.optional()])) as Record<
          (typeof RATING_ITEM_KEYS)[number],
          z.ZodOptional<typeof itemValue>
        >,
      )
      .strict()
      .refine((items) => Object.values(items).some((value) => value !== undefined), {
        message: `answer at least one item: ${RATING_ITEM_KEYS.join(", ")}`,
      }),
    /** Kept only where the deployment stores text. */
    comment: z.string().min(1).max(2000).optional(),
  })
  .strict();

/**
 * POST /v1/ratings: rate one answer on the four cultural-validity items, 1–5. The rating token from
 * the chat response proves the caller received that answer; a second post by the same user replaces
 * the rating. While the database is unreachable the rating is spooled and the answer is 202.
 */
export function registerRatingRoutes(app: Hono, deps: FeedbackDeps): void {
  app.post("/v1/ratings", async (c) => {
    const body = await readJsonBody(c, ratingRequestSchema, deps.maxBodyBytes);
    if (!(await deps.keys.verifyRatingToken(body.interaction_id, body.rating_token))) throw forgedToken("rating_token");
    const userHash = body.user === undefined ? null : await deps.keys.hashUser(body.user);

    // A rating right after its chat may overtake the interaction's own write: let that land first.
    await deps.writes.whenWritten(body.interaction_id);

    const items: RatingItems = {};
    for (const key of RATING_ITEM_KEYS) if (body.items[key] !== undefined) items[key] = body.items[key];
    const commentStored = deps.storeText && body.comment !== undefined;
    const op = {
      kind: "rating",
      row: {
        interactionId: body.interaction_id,
        userHash,
        items,
        comment: commentStored ? (body.comment as string) : null,
        at: new Date().toISOString(),
      },
    } as const;
    let outcome = await submitWrite(deps, op);
    // The token is valid, so some gateway issued this interaction; on another replica its record may
    // be a moment behind. Retry for the grace period while it is missing (not while it belongs to someone else).
    for (let waited = 0, step = 50; outcome.status === "stored" && outcome.result === "skipped" && waited < (deps.interactionGraceMs ?? 0); step *= 2) {
      if ((await lookupInteractions(deps, [body.interaction_id])).get(body.interaction_id)?.state !== "missing") break;
      await new Promise((resolve) => setTimeout(resolve, step));
      waited += step;
      outcome = await submitWrite(deps, op);
    }
    const view = (status: string) => ({
      object: "rating",
      interaction_id: body.interaction_id,
      status,
      items,
      comment_stored: commentStored,
    });
    if (outcome.status === "queued" || outcome.result !== "skipped") deps.onRated?.(body.interaction_id);
    if (outcome.status === "queued") return c.json(view("queued"), 202);
    if (outcome.result === "skipped") {
      // The statement checks existence and owner itself (one round trip per rating); say which failed.
      const known = (await lookupInteractions(deps, [body.interaction_id])).get(body.interaction_id);
      if (known?.state === "found" && known.userHash && userHash && known.userHash !== userHash) {
        throw otherUsersData("user", "interaction");
      }
      throw unknownInteraction("interaction_id");
    }
    return c.json(view(outcome.result), outcome.result === "created" ? 201 : 200);
  });
}
